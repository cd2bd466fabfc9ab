"""cotmonitor's guard for the LiteLLM proxy: a reward-hacking response never reaches the client.

Load it in the proxy config (see ``config.yaml``)::

    guardrails:
      - guardrail_name: cotmonitor-guard
        litellm_params:
          guardrail: cotmonitor_guardrail.CotMonitorGuardrail
          mode: post_call
          default_on: true        # or false, and clients opt in with "guardrails": [...]

Every completion it covers is decided with ``cotmonitor.GuardPolicy()`` (block high-severity
reward hacks, warn on other alerts) before the proxy answers:

- a whole response goes through ``async_post_call_success_hook``: a block becomes an HTTP 400
  whose error message names the rule, the finding and the trace id; a warning is exported
  and the response passes unchanged;
- a stream goes through ``async_post_call_streaming_iterator_hook``, chunk by chunk, as in
  guard mode anywhere: the reasoning is screened while it streams, and the rules run before
  the first answer chunk. The chunks are held until that decision (``hold_reasoning``), so a
  block is still an HTTP 400 and the upstream stream is closed at once. (litellm's own
  ``during_call`` hook runs beside the upstream call on the request only; a response is seen
  in the post-call hooks, which for streams run while it streams.)

Options, set under ``litellm_params``: ``on_error`` (``fail_open`` or ``fail_closed``),
``judge_timeout_s``, ``hold_reasoning`` (``false`` streams the reasoning at once; a block then
arrives as an error event in a stream that has started). The monitor is the process's
default one, configured from ``COTMONITOR_*`` exactly as ``cotmonitor_callback.py``, and shared
with it: a call the guardrail decided on is not checked a second time by the callback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from litellm.exceptions import GuardrailRaisedException
from litellm.integrations.custom_guardrail import CustomGuardrail

import cotmonitor
from cotmonitor.capture.record import RawCapture
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.guard.stream import GuardedAsyncStream, StreamGuard
from cotmonitor.providers.litellm_callback import claim_call, request_labels

monitor = cotmonitor.get_default_monitor()


def refusal(blocked: cotmonitor.GuardBlocked, name: str | None) -> GuardrailRaisedException:
    """The error a client gets for a blocked response: an HTTP 400 naming rule and trace.

    The message names the rule, the finding and the trace id. It is litellm's own guardrail
    exception: the proxy counts it as a block, not as a failure of the guardrail, and answers
    a stream refused before its first chunk with a JSON error body (an ``HTTPException``
    there becomes a 400 whose body is SSE frames, which clients do not read as an error).
    """
    return GuardrailRaisedException(
        guardrail_name=name,
        message=str(blocked),
        should_wrap_with_default_message=False,
        status_code=400,
        blocked_content=True,
    )


class CotMonitorGuardrail(CustomGuardrail):
    """Blocks proxied completions whose chain of thought the guard policy blocks.

    Args:
        on_error: ``fail_open`` (default) or ``fail_closed`` when the judge or a check fails.
        judge_timeout_s: the longest a response waits for the judge (with a judge set).
        hold_reasoning: hold a stream's chunks until the decision on its reasoning.
        **kwargs: litellm's guardrail settings (name, mode, default_on ...).
    """

    use_native_lifecycle_hooks: ClassVar[bool] = True

    def __init__(
        self,
        on_error: str = "fail_open",
        judge_timeout_s: float = 5.0,
        hold_reasoning: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        policy = cotmonitor.GuardPolicy(on_error=on_error, judge_timeout_s=judge_timeout_s)  # type: ignore[arg-type]
        self.guard = GuardRunner(monitor, policy)
        self.hold_reasoning = hold_reasoning

    def _capture(self, data: dict[str, Any], response: Any = None) -> RawCapture:
        claim_call(monitor, data.get("litellm_call_id"))
        labels = request_labels(data.get("metadata"))
        return RawCapture("litellm", data, response=response, labels=labels)

    async def async_post_call_success_hook(
        self,
        data: dict[str, Any],
        user_api_key_dict: Any,  # noqa: ARG002 - litellm's hook signature
        response: Any,
    ) -> Any:
        """Decide on a whole response: returned as is (or stripped), or refused with a 400."""
        verdict = await self.guard.adecide(self._capture(data, response))
        monitor.publish(verdict)
        try:
            return self.guard.enforce(verdict, response, "litellm")
        except cotmonitor.GuardBlocked as blocked:
            raise refusal(blocked, self.guardrail_name) from None

    async def async_post_call_streaming_iterator_hook(
        self,
        user_api_key_dict: Any,  # noqa: ARG002 - litellm's hook signature
        response: Any,
        request_data: dict[str, Any],
    ) -> AsyncIterator[Any]:
        """Decide on a stream as it goes; hold it until the reasoning is decided on."""
        raw = self._capture(request_data)
        guard = StreamGuard(self.guard, raw)
        stream = GuardedAsyncStream(response, raw, guard)
        held: list[Any] | None = [] if self.hold_reasoning else None
        try:
            async for chunk in stream:
                if held is None:
                    yield chunk
                    continue
                held.append(chunk)
                if guard.answering:
                    for earlier in held:
                        yield earlier
                    held = None
        except cotmonitor.GuardBlocked as blocked:
            raise refusal(blocked, self.guardrail_name) from None
        for earlier in held or ():
            yield earlier
