"""Guardrails for the OpenAI Agents SDK whose tripwire is a guard ``block``.

::

    guard = CotMonitorGuardrails(monitor)
    agent = Agent(..., tools=[function_tool(f, tool_input_guardrails=[guard.tool_input])],
                  output_guardrails=[guard.output])
    Runner.run_sync(agent, task, hooks=guard)

The SDK hands a guardrail the tool call (``ToolContext``) or the final output, never the
model response with its reasoning items. So the object is also the run's ``RunHooks``: its
``on_llm_end`` sees each ``ModelResponse`` right after the model call, before any tool runs,
decides on it (rules, judge under the policy's deadline), exports the verdict, and keeps the
decision for the guardrails: by ``call_id`` for each function call of the response, and per
run for its final output.

- ``tool_input``: a ``ToolInputGuardrail``. On ``block`` it raises
  (``ToolInputGuardrailTripwireTriggered``) and the tool never runs; on ``strip_tool_calls``
  it rejects the call (the model is told why, the run goes on).
- ``output``: an ``OutputGuardrail``. On ``block`` its tripwire triggers
  (``OutputGuardrailTripwireTriggered``).

A guardrail that finds no decision (the hooks were not passed) decides on what it sees: the
tool call, or the output text, without reasoning. A failure inside the monitor never trips a
guardrail: it is counted as ``internal_errors{stage="guard"}``, unless ``on_error`` is
``fail_closed``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.default import get_default_monitor
from cotmonitor.guard.decision import GuardDecision
from cotmonitor.guard.policy import GuardPolicy
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.integrations._common import fixed_labels, framework_labels, missing_extra
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import ToolCall, Trace
from cotmonitor.trace.normalizers.base import get, text_of
from cotmonitor.verdicts import Verdict

try:
    from agents import (
        Agent,
        GuardrailFunctionOutput,
        ModelResponse,
        OutputGuardrail,
        RunContextWrapper,
        RunHooks,
        ToolGuardrailFunctionOutput,
        ToolInputGuardrail,
        ToolInputGuardrailData,
        TResponseInputItem,
    )
    from agents.tracing import get_current_trace
except ImportError as e:
    raise missing_extra("openai_agents", "openai-agents") from e

_MAX_PENDING = 4096


def _session() -> str | None:
    """The run's ``group_id``, else its trace id (none when tracing is off: a no-op trace)."""
    trace = get_current_trace()
    if trace is None or trace.export() is None:
        return None
    return text_of(getattr(trace, "group_id", None)) or text_of(getattr(trace, "trace_id", None))


def _model_name(agent: Any) -> str:
    model = getattr(agent, "model", None)
    return model if isinstance(model, str) else text_of(getattr(model, "model", None))


class CotMonitorGuardrails(RunHooks[Any]):
    """Run hooks plus an output guardrail and a tool-input guardrail, tripped by a ``block``.

    Args:
        monitor: the monitor whose checks, judge and exporters are used; the default monitor
            when ``None``. It need not be in guard mode.
        policy: the guard policy; the monitor's own in guard mode, else ``GuardPolicy()``.
        agent: the ``agent`` label (else the SDK agent's name).
        **labels: further labels for every checked response.

    Attributes:
        output: the ``OutputGuardrail`` (``Agent(output_guardrails=[guard.output])``).
        tool_input: the ``ToolInputGuardrail`` (``function_tool(..., tool_input_guardrails=
            [guard.tool_input])``).

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
        self.monitor = monitor if monitor is not None else get_default_monitor()
        runner = self.monitor.guard_runner
        if runner is None or policy is not None:
            runner = GuardRunner(self.monitor, policy)
        self.runner = runner
        self._fixed = fixed_labels(agent, labels)
        self._lock = threading.Lock()
        self._inputs: weakref.WeakKeyDictionary[Any, tuple[str | None, list[Any]]] = (
            weakref.WeakKeyDictionary()
        )
        self._last: weakref.WeakKeyDictionary[Any, Verdict] = weakref.WeakKeyDictionary()
        self._calls: OrderedDict[str, Verdict] = OrderedDict()
        self.output: OutputGuardrail[Any] = OutputGuardrail(self._check_output, name="cotmonitor")
        self.tool_input: ToolInputGuardrail[Any] = ToolInputGuardrail(
            self._check_tool_input, name="cotmonitor"
        )

    # -- hooks: each model response is decided on as it arrives --------------------------

    async def on_llm_start(
        self,
        context: RunContextWrapper[Any],
        agent: Agent[Any],
        system_prompt: str | None,
        input_items: list[TResponseInputItem],
    ) -> None:
        """Keep the model call's input: the prompt of its trace."""
        try:
            with self._lock:
                self._inputs[context] = (system_prompt, list(input_items))
        except Exception:
            self.runner.internal_error()

    async def on_llm_end(
        self, context: RunContextWrapper[Any], agent: Agent[Any], response: ModelResponse
    ) -> None:
        """Decide on the response, export its verdict, keep the decision for the guardrails."""
        try:
            with self._lock:
                instructions, items = self._inputs.pop(context, (None, []))
            raw = RawCapture(
                kind="openai.responses",
                request={
                    "model": _model_name(agent),
                    "instructions": instructions,
                    "input": items,
                },
                response={
                    "id": response.response_id,
                    "model": _model_name(agent),
                    "output": list(response.output),
                },
                labels=self._labels(agent),
            )
            verdict = await self.runner.adecide_trace(self.runner.trace_of(raw))
        except Exception:
            self.runner.internal_error()
            return
        self._publish(verdict)
        try:
            self._keep(context, response, verdict)
        except Exception:
            self.runner.internal_error()

    def _keep(self, context: Any, response: ModelResponse, verdict: Verdict) -> None:
        """Keep the decision for the guardrails: per function call, and per run."""
        with self._lock:
            self._last[context] = verdict
            for item in response.output:
                call_id = text_of(get(item, "call_id"))
                if get(item, "type") == "function_call" and call_id:
                    self._calls[call_id] = verdict
            while len(self._calls) > _MAX_PENDING:
                # Calls the SDK never ran (a tripped run, an unguarded tool): forget the oldest.
                self._calls.popitem(last=False)

    # -- the guardrails -------------------------------------------------------------------

    async def _check_tool_input(self, data: ToolInputGuardrailData) -> ToolGuardrailFunctionOutput:
        tool = data.context
        with self._lock:
            verdict = self._calls.pop(tool.tool_call_id, None)
        if verdict is None:
            call = ToolCall(
                id=tool.tool_call_id, name=tool.tool_name, arguments=tool.tool_arguments
            )
            verdict = await self._decide_unseen(data.agent, tool_calls=(call,))
        decision = verdict.guard if verdict is not None else self._on_error()
        action = "allow" if decision is None else decision.action
        if action == "block" and verdict is not None:
            info = self._info(verdict)
            return ToolGuardrailFunctionOutput.raise_exception(output_info=info)
        if action == "block":
            return ToolGuardrailFunctionOutput.raise_exception(output_info=self._failure())
        if action == "strip_tool_calls" and verdict is not None:
            # This goes back to the model: name the rule, never quote the evidence (a model
            # shown what gave it away learns to hide its plan, not to drop it).
            rule = decision.rule if decision is not None else None
            message = f"The tool call was rejected by policy rule {rule!r}; it did not run."
            return ToolGuardrailFunctionOutput.reject_content(message, self._info(verdict))
        return ToolGuardrailFunctionOutput.allow(None if verdict is None else self._info(verdict))

    async def _check_output(
        self, context: RunContextWrapper[Any], agent: Agent[Any], output: Any
    ) -> GuardrailFunctionOutput:
        with self._lock:
            verdict = self._last.pop(context, None)
        if verdict is None:
            verdict = await self._decide_unseen(agent, output=str(output))
        decision = verdict.guard if verdict is not None else self._on_error()
        blocked = decision is not None and decision.action == "block"
        info = self._info(verdict) if verdict is not None else self._failure()
        return GuardrailFunctionOutput(output_info=info, tripwire_triggered=blocked)

    # -- building blocks ------------------------------------------------------------------

    def _labels(self, agent: Any) -> dict[str, str]:
        return framework_labels(
            agent=getattr(agent, "name", None), session_id=_session(), fixed=self._fixed
        )

    async def _decide_unseen(
        self, agent: Any, *, output: str = "", tool_calls: tuple[ToolCall, ...] = ()
    ) -> Verdict | None:
        """Decide on what a guardrail sees when no model response was decided on."""
        try:
            trace = Trace(
                provider="openai",
                model=_model_name(agent) or "unknown",
                output=output,
                tool_calls=tool_calls,
                labels=self._labels(agent),
                metadata={"reasoning_unseen": True},
            )
            verdict = await self.runner.adecide_trace(trace)
        except Exception:
            self.runner.internal_error()
            return None
        self._publish(verdict)
        return verdict

    def _publish(self, verdict: Verdict) -> None:
        # Monitor.publish never raises; this is the boundary with the agent, so guard it.
        try:
            self.monitor.publish(verdict)
        except Exception:
            self.runner.internal_error()

    def _on_error(self) -> GuardDecision | None:
        """The decision when the guard itself failed: none (fail open) or a block."""
        if self.runner.policy.on_error != "fail_closed":
            return None
        return GuardDecision(action="block", rule="on_error", fallback="internal")

    def _info(self, verdict: Verdict) -> dict[str, Any]:
        decision = verdict.guard
        return {
            "trace_id": verdict.trace.id,
            "action": None if decision is None else decision.action,
            "rule": None if decision is None else decision.rule,
            "message": self.runner.describe(verdict),
        }

    def _failure(self) -> dict[str, Any]:
        return {
            "trace_id": None,
            "action": "block",
            "rule": "on_error",
            "message": "cotmonitor guard blocked this response: rule 'on_error' (fail_closed)",
        }
