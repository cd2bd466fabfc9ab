"""A Pydantic AI capability that checks each model response before its tools run.

``after_model_request`` runs once the model's response is complete and before the agent
runs any tool it asks for, and it may replace the response or raise. The guard's decision is
enforced the way Pydantic AI's own capabilities stop a step (``RaiseContentFilterError``
raises from this hook and the run ends with its error):

- ``block``: ``GuardBlocked`` is raised out of ``run``/``run_sync``/``run_stream``; the tools
  never run. Its message names the rule and the finding, ``.verdict`` holds the rest.
- ``strip_tool_calls``: the response goes on without its tool calls; with no text left, a
  text part naming the rule takes their place, so the run ends on it.
- ``warn`` and ``allow``: the response goes on unchanged; the verdict (an alert for
  ``warn``) goes out through the monitor's exporters and ``on_alert`` as for a wrapped client.

Each response is exported once, by the guard: it replaces ``CotMonitorCapability``, it is not
added beside it. A failed model call is traced as by the capture capability.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from cotmonitor.errors import GuardBlocked
from cotmonitor.guard.decision import ON_ERROR_RULE, GuardDecision
from cotmonitor.guard.policy import GuardPolicy
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.integrations._common import missing_extra
from cotmonitor.integrations.pydantic_ai.capability import CotMonitorCapability
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Verdict

try:
    from pydantic_ai.messages import ModelResponse, TextPart, ToolCallPart
    from pydantic_ai.models import ModelRequestContext
    from pydantic_ai.tools import RunContext
except ImportError as e:
    raise missing_extra("pydantic_ai", "pydantic-ai") from e


@dataclass
class CotMonitorGuardCapability(CotMonitorCapability):
    """Checks every model response of a Pydantic AI agent before its tools run (see the module).

    ::

        agent = Agent(model, tools=[...], capabilities=[CotMonitorGuardCapability(monitor)])

    Args:
        monitor: the monitor whose checks, judge and exporters are used; the default monitor
            when ``None``. It need not be in guard mode.
        policy: the guard policy; the monitor's own in guard mode, else ``GuardPolicy()``.
        agent: the ``agent`` label for every call (else the agent's ``name``).
        labels: further labels for every call.

    A failure inside the monitor never stops the agent: it is counted as
    ``internal_errors{stage="guard"}`` and the response goes on, unless the policy's
    ``on_error`` is ``fail_closed``, which blocks it.

    .. versionadded:: 0.2.0
    """

    policy: GuardPolicy | None = field(default=None, kw_only=True)
    id: str | None = field(default="cotmonitor_guard", kw_only=True)
    _runner: GuardRunner | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        runner = self._monitor.guard_runner
        if runner is None or self.policy is not None:
            runner = GuardRunner(self._monitor, self.policy)
        self._runner = runner

    @property
    def runner(self) -> GuardRunner:
        """The guard runner deciding on each response."""
        assert self._runner is not None  # set in __post_init__
        return self._runner

    async def after_model_request(
        self,
        ctx: RunContext[Any],
        *,
        request_context: ModelRequestContext,
        response: ModelResponse,
    ) -> ModelResponse:
        """Decide on the response; raise ``GuardBlocked`` on ``block`` (see the module)."""
        trace: Trace | None = None
        try:
            trace = self._trace(ctx, request_context, response, None)
            if trace is None:
                return response
            verdict = await self.runner.adecide_trace(trace)
        except Exception:
            self.runner.internal_error()
            return self._failed(response, trace)
        try:
            self._monitor.publish(verdict)
        except Exception:
            self.runner.internal_error()
        return self._enforce(response, verdict)

    def _enforce(self, response: ModelResponse, verdict: Verdict) -> ModelResponse:
        decision = verdict.guard
        action = "allow" if decision is None else decision.action
        if action == "block":
            raise self.runner.blocked(verdict)
        if action != "strip_tool_calls":
            return response
        parts = [part for part in response.parts if not isinstance(part, ToolCallPart)]
        if not any(isinstance(part, TextPart) and part.content for part in parts):
            rule = None if decision is None else decision.rule
            parts.append(TextPart(f"cotmonitor guard removed the tool calls: rule {rule!r}"))
        return dataclasses.replace(response, parts=parts)

    def _failed(self, response: ModelResponse, trace: Trace | None) -> ModelResponse:
        """Fail open (the response goes on), or closed when the policy says so."""
        if self.runner.policy.on_error != "fail_closed":
            return response
        decision = GuardDecision(action="block", rule=ON_ERROR_RULE, fallback="internal")
        verdict = Verdict(trace=trace or Trace(provider="pydantic_ai"), guard=decision)
        raise GuardBlocked(verdict, self.runner.describe(verdict))
