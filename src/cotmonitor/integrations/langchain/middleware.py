"""A LangChain v1 agent middleware: ``create_agent(..., middleware=[CotMonitorGuardMiddleware()])``.

``after_model`` runs between the model node and the tool node, so each model response is
checked before any of its tool calls run. The guard's decision is enforced the way
LangChain's own middlewares stop a step (``ModelCallLimitMiddleware``, and
``HumanInTheLoopMiddleware`` for editing a message in place):

- ``block``: the AI message is replaced (same id, so the ``add_messages`` reducer swaps it)
  by one that says why and carries no tool calls, and the run jumps to its end
  (``jump_to="end"``). The tools never run; the run returns normally, its last message the
  explanation. Nothing is raised into the graph: a thread resumed later holds no dangling
  tool calls.
- ``strip_tool_calls``: the message is replaced by a copy without its tool calls; with none
  left, the agent ends on the answer text.
- ``warn`` and ``allow``: the step goes on; the verdict (an alert for ``warn``) goes out
  through the monitor's exporters and ``on_alert`` as for a wrapped client.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.default import get_default_monitor
from cotmonitor.guard.policy import GuardPolicy
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.integrations._common import fixed_labels, framework_labels, missing_extra
from cotmonitor.integrations.langchain.reading import chat_messages, parse_message, provider_of
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Verdict

try:
    from langchain.agents.middleware import AgentMiddleware, AgentState, hook_config
    from langchain_core.messages import AIMessage
    from langgraph.config import get_config
    from langgraph.runtime import Runtime
except ImportError as e:
    raise missing_extra("langchain", "langchain") from e

_SESSION_KEYS = ("thread_id", "session_id", "conversation_id")
GUARD_METADATA_KEY = "cotmonitor_guard"
"""The ``response_metadata`` key of a message the middleware replaced: action, rule, trace id."""


def _run_metadata() -> Mapping[str, Any]:
    """The graph run's metadata (``thread_id``, ``lc_agent_name``); empty outside a run."""
    try:
        config = get_config()
    except RuntimeError:
        return {}
    metadata = config.get("metadata")
    configurable = config.get("configurable")
    merged = dict(configurable) if isinstance(configurable, Mapping) else {}
    if isinstance(metadata, Mapping):
        merged.update(metadata)
    return merged


def _last_ai(messages: Sequence[Any]) -> int | None:
    for index in range(len(messages) - 1, -1, -1):
        if isinstance(messages[index], AIMessage):
            return index
    return None


class CotMonitorGuardMiddleware(AgentMiddleware):
    """Checks each model response of a LangChain agent before its tools run.

    ::

        agent = create_agent(model, tools, middleware=[CotMonitorGuardMiddleware(monitor)])

    Args:
        monitor: the monitor whose checks, judge and exporters are used; the default monitor
            when ``None``. It need not be in guard mode.
        policy: the guard policy; the monitor's own in guard mode, else ``GuardPolicy()``.
        agent: the ``agent`` label (else the agent's ``name``, else the context label).
        **labels: further labels for every checked response.

    A failure inside the monitor never stops the agent: it is counted as
    ``internal_errors{stage="guard"}`` and the step goes on, unless the policy's ``on_error``
    is ``fail_closed``, which blocks it.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        monitor: Monitor | None = None,
        policy: GuardPolicy | None = None,
        *,
        agent: str | None = None,
        **labels: str,
    ) -> None:
        super().__init__()
        self.monitor = monitor if monitor is not None else get_default_monitor()
        runner = self.monitor.guard_runner
        if runner is None or policy is not None:
            runner = GuardRunner(self.monitor, policy)
        self.runner = runner
        self._fixed = fixed_labels(agent, labels)

    def trace_of(self, messages: Sequence[Any]) -> Trace | None:
        """The last AI message of the conversation as a Trace (``None`` when there is none)."""
        index = _last_ai(messages)
        if index is None:
            return None
        message = messages[index]
        provider = provider_of(message)
        parsed = parse_message(message, provider, self.monitor.settings.think_tags)
        meta = _run_metadata()
        session = next((meta[key] for key in _SESSION_KEYS if meta.get(key)), None)
        return Trace(
            provider=provider or "langchain",
            model=parsed.model or "unknown",
            messages=chat_messages(messages[:index]),
            segments=tuple(parsed.segments),
            output=parsed.output,
            tool_calls=tuple(parsed.tool_calls),
            usage=parsed.usage,
            labels=framework_labels(
                agent=meta.get("lc_agent_name"), session_id=session, fixed=self._fixed
            ),
            metadata=parsed.metadata,
        )

    @hook_config(can_jump_to=["end"])
    def after_model(self, state: AgentState, runtime: Runtime[Any]) -> dict[str, Any] | None:
        """Decide on the model's last message; stop the step on ``block`` (see the module)."""
        try:
            trace = self.trace_of(state["messages"])
            if trace is None:
                return None
            verdict = self.runner.decide_trace(trace)
            return self._enforce(state["messages"], verdict)
        except Exception:
            return self._failed(state)

    @hook_config(can_jump_to=["end"])
    async def aafter_model(
        self,
        state: AgentState,
        runtime: Runtime[Any],
    ) -> dict[str, Any] | None:
        """``after_model`` for async runs: the judge, if any, is awaited."""
        try:
            trace = self.trace_of(state["messages"])
            if trace is None:
                return None
            verdict = await self.runner.adecide_trace(trace)
            return self._enforce(state["messages"], verdict)
        except Exception:
            return self._failed(state)

    def _enforce(self, messages: Sequence[Any], verdict: Verdict) -> dict[str, Any] | None:
        # Monitor.publish never raises; this one is the boundary with the agent, so guard it.
        try:
            self.monitor.publish(verdict)
        except Exception:
            self.runner.internal_error()
        decision = verdict.guard
        action = "allow" if decision is None else decision.action
        if action not in ("block", "strip_tool_calls"):
            return None
        index = _last_ai(messages)
        if index is None:
            return None
        message = messages[index]
        note = {
            "action": action,
            "rule": None if decision is None else decision.rule,
            "trace_id": verdict.trace.id,
        }
        metadata = {**message.response_metadata, GUARD_METADATA_KEY: note}
        if action == "strip_tool_calls":
            stripped = message.model_copy(
                update={"tool_calls": [], "invalid_tool_calls": [], "response_metadata": metadata}
            )
            return {"messages": [stripped]}
        return self._block(message, self.runner.describe(verdict), metadata)

    def _block(self, message: Any, text: str, metadata: dict[str, Any]) -> dict[str, Any]:
        replacement = AIMessage(content=text, id=message.id, response_metadata=metadata)
        return {"messages": [replacement], "jump_to": "end"}

    def _failed(self, state: Any) -> dict[str, Any] | None:
        """Fail open (count and go on), or closed when the policy says so. Never raises."""
        self.runner.internal_error()
        if self.runner.policy.on_error != "fail_closed":
            return None
        messages = state.get("messages") if isinstance(state, Mapping) else None
        index = _last_ai(messages or ())
        if messages is None or index is None:
            return None
        message = messages[index]
        note = {"action": "block", "rule": "on_error", "trace_id": None}
        metadata = {**message.response_metadata, GUARD_METADATA_KEY: note}
        text = "cotmonitor guard blocked this response: rule 'on_error' (fail_closed): "
        return self._block(message, text + "the guard failed", metadata)
