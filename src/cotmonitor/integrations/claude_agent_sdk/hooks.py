"""Claude Agent SDK hooks: ``ClaudeAgentOptions(hooks=cotmonitor_hooks(monitor))``.

The ``PreToolUse`` hook runs after the model asked for a tool and before the tool runs. It
finds the model response holding the tool call, thinking blocks included, decides on it with
the guard policy, and answers in the hook's own terms:

- ``block``: ``permissionDecision: "deny"`` (the tool does not run; the model is told which
  rule stopped it, never the evidence) and ``continue: false``, which ends the run with a
  ``stopReason`` naming the rule and the finding.
- ``strip_tool_calls``: ``deny`` only; the model is told why and the run goes on.
- ``warn`` and ``allow``: no opinion (``{}``), so the CLI's own permission rules still apply;
  the verdict goes out through the monitor's exporters as for a wrapped client.

Where the response comes from: the message stream when it is passed through ``watch`` (the
CLI sends the assistant message before it calls the hook), else the session's transcript
file (``transcript_path``), which the CLI writes a few milliseconds later. The hook waits
for either up to ``wait_s``; with neither, it decides on the tool call alone (no reasoning,
``metadata["reasoning_unseen"]``). Each response is decided on once, whatever its number of
tool calls, and exported once: ``watch`` does not submit a response the hook decided on.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from cotmonitor.guard.policy import GuardPolicy
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.integrations._common import missing_extra
from cotmonitor.integrations.claude_agent_sdk.capture import MessageCapture
from cotmonitor.integrations.claude_agent_sdk.reading import Turn, transcript_turn
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import ToolCall, Trace
from cotmonitor.trace.normalizers.base import text_of
from cotmonitor.verdicts import Verdict

try:
    from claude_agent_sdk import (
        HookContext,
        HookInput,
        HookJSONOutput,
        HookMatcher,
        PreToolUseHookSpecificOutput,
    )
except ImportError as e:
    raise missing_extra("claude_agent_sdk", "claude-agent-sdk") from e

_POLL_S = 0.005
_TRANSCRIPT_EVERY = 5
_MAX_DECISIONS = 1024


class CotMonitorHooks(MessageCapture):
    """Guards every tool call of a Claude agent on the response that asked for it.

    ::

        guard = CotMonitorHooks(monitor)
        options = ClaudeAgentOptions(hooks=guard.hooks())
        async for message in guard.watch(query(prompt=task, options=options), prompt=task):
            ...

    Args:
        monitor: the monitor whose checks, judge and exporters are used; the default monitor
            when ``None``. It need not be in guard mode.
        policy: the guard policy; the monitor's own in guard mode, else ``GuardPolicy()``.
        agent: the ``agent`` label (else the hook's ``agent_type``, a sub-agent's type).
        wait_s: how long the hook waits for the response to show up in the stream or the
            transcript before it decides on the tool call alone.
        **labels: further labels for every trace.

    A failure inside the monitor never stops the agent: it is counted as
    ``internal_errors{stage="guard"}`` and the hook answers ``{}``, unless the policy's
    ``on_error`` is ``fail_closed``, which denies the tool.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        monitor: Monitor | None = None,
        policy: GuardPolicy | None = None,
        *,
        agent: str | None = None,
        wait_s: float = 1.0,
        **labels: str,
    ) -> None:
        super().__init__(monitor, agent=agent, **labels)
        runner = self.monitor.guard_runner
        if runner is None or policy is not None:
            runner = GuardRunner(self.monitor, policy)
        self.runner = runner
        self.wait_s = wait_s
        self._decisions: dict[str, asyncio.Future[Verdict | None]] = {}

    def hooks(
        self, existing: dict[Any, list[HookMatcher]] | None = None
    ) -> dict[Any, list[HookMatcher]]:
        """The ``hooks`` of ``ClaudeAgentOptions``: ``existing`` with this guard's added.

        ``PreToolUse`` (every tool) decides; ``UserPromptSubmit`` records the prompt.
        """
        merged: dict[Any, list[HookMatcher]] = {k: list(v) for k, v in (existing or {}).items()}
        merged.setdefault("PreToolUse", []).append(HookMatcher(hooks=[self.pre_tool_use]))
        merged.setdefault("UserPromptSubmit", []).append(HookMatcher(hooks=[self.user_prompt]))
        return merged

    async def user_prompt(
        self, input_data: HookInput, tool_use_id: str | None, context: HookContext
    ) -> HookJSONOutput:
        """``UserPromptSubmit``: keep the prompt as the start of the session's conversation."""
        try:
            prompt = input_data.get("prompt")
            if isinstance(prompt, str):
                self.record_prompt(str(input_data.get("session_id", "")), prompt)
        except Exception:
            self.runner.internal_error()
        return {}

    async def pre_tool_use(
        self, input_data: HookInput, tool_use_id: str | None, context: HookContext
    ) -> HookJSONOutput:
        """``PreToolUse``: decide on the response asking for the tool; deny it on a block."""
        try:
            verdict = await self._verdict(dict(input_data), tool_use_id)
        except Exception:
            self.runner.internal_error()
            verdict = None
        if verdict is None:
            return self._on_error()
        return self._answer(verdict)

    # -- deciding ---------------------------------------------------------------------------

    async def _verdict(self, data: dict[str, Any], tool_use_id: str | None) -> Verdict | None:
        call_id = tool_use_id or text_of(data.get("tool_use_id"))
        found = await self._find(data, call_id)
        key = found[0].message_id if found is not None and found[0].message_id else call_id
        pending = self._decisions.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[Verdict | None] = asyncio.get_running_loop().create_future()
        self._decisions[key] = future
        while len(self._decisions) > _MAX_DECISIONS:
            del self._decisions[next(iter(self._decisions))]
        try:
            verdict = await self.runner.adecide_trace(self._trace(data, call_id, found))
            if found is not None:
                self.mark_decided(found[0].message_id)
            self._publish(verdict)
        except Exception:
            self.runner.internal_error()
            verdict = None
        future.set_result(verdict)
        return verdict

    async def _find(
        self, data: dict[str, Any], call_id: str
    ) -> tuple[Turn, tuple[dict[str, Any], ...]] | None:
        """The response holding the call: from the stream, else the transcript, or ``None``."""
        path = text_of(data.get("transcript_path"))
        deadline = time.monotonic() + self.wait_s
        tries = 0
        while True:
            found = self.seen_turn(call_id)
            if found is None and path and tries % _TRANSCRIPT_EVERY == 0:
                try:
                    found = transcript_turn(path, call_id)
                except OSError:
                    found = None  # not written yet
            if found is not None or time.monotonic() >= deadline:
                return found
            tries += 1
            await asyncio.sleep(_POLL_S)

    def _trace(
        self,
        data: dict[str, Any],
        call_id: str,
        found: tuple[Turn, tuple[dict[str, Any], ...]] | None,
    ) -> Trace:
        agent = text_of(data.get("agent_type")) or None
        session_id = text_of(data.get("session_id")) or None
        if found is not None:
            turn, conversation = found
            turn.session_id = turn.session_id or session_id
            return self.runner.linked(self.trace_of(turn, conversation, agent=agent))
        call = ToolCall(
            id=call_id or None,
            name=text_of(data.get("tool_name")),
            arguments=json.dumps(data.get("tool_input") or {}),
        )
        trace = Trace(
            provider="anthropic",
            tool_calls=(call,),
            labels=self.labels(session_id, agent),
            metadata={"reasoning_unseen": True},
        )
        return self.runner.linked(trace)

    def _publish(self, verdict: Verdict) -> None:
        # Monitor.publish never raises; this is the boundary with the agent, so guard it.
        try:
            self.monitor.publish(verdict)
        except Exception:
            self.runner.internal_error()

    # -- answering --------------------------------------------------------------------------

    def _answer(self, verdict: Verdict) -> HookJSONOutput:
        decision = verdict.guard
        action = "allow" if decision is None else decision.action
        if action not in ("block", "strip_tool_calls"):
            return {}
        rule = None if decision is None else decision.rule
        # This goes back to the model: name the rule, never quote the evidence (a model shown
        # what gave it away learns to hide its plan, not to drop it).
        reason = f"cotmonitor guard denied this tool call: policy rule {rule!r}"
        if action == "strip_tool_calls":
            return _deny(reason)
        return _deny(reason, stop=self.runner.describe(verdict))

    def _on_error(self) -> HookJSONOutput:
        """Fail open (no opinion), or deny and stop when the policy says ``fail_closed``."""
        if self.runner.policy.on_error != "fail_closed":
            return {}
        reason = "cotmonitor guard denied this tool call: rule 'on_error' (fail_closed)"
        return _deny(reason, stop=reason)


def _deny(reason: str, stop: str | None = None) -> HookJSONOutput:
    """The documented deny answer; with ``stop``, the run ends too (``continue: false``)."""
    specific: PreToolUseHookSpecificOutput = {
        "hookEventName": "PreToolUse",
        "permissionDecision": "deny",
        "permissionDecisionReason": reason,
    }
    if stop is None:
        return {"hookSpecificOutput": specific}
    return {"hookSpecificOutput": specific, "continue_": False, "stopReason": stop}


def cotmonitor_hooks(
    monitor: Monitor | None = None,
    policy: GuardPolicy | None = None,
    *,
    existing: dict[Any, list[HookMatcher]] | None = None,
    agent: str | None = None,
    wait_s: float = 1.0,
    **labels: str,
) -> dict[Any, list[HookMatcher]]:
    """``ClaudeAgentOptions(hooks=cotmonitor_hooks(monitor))``: the guard in one line.

    Builds a ``CotMonitorHooks`` and returns its ``hooks(existing)``. Keep the object
    instead (``CotMonitorHooks(monitor)``) to also ``watch`` the message stream.

    .. versionadded:: 0.2.0
    """
    return CotMonitorHooks(monitor, policy, agent=agent, wait_s=wait_s, **labels).hooks(existing)
