"""The guard's decisions on the caller's path: rules, the judge under a deadline, the policy.

``decide(raw)`` (sync) and ``adecide(raw)`` (async) share every step but the wait for the
judge: ``_begin`` normalizes the capture, runs the rule checks and starts the judge on the
monitor's judge loop when its policy wants the trace; the drivers wait for it at most
``GuardPolicy.judge_timeout_s`` (a blocking wait, or an ``await``); ``_end`` applies the
policy.

A judge past its deadline, a judge call that failed, a check that raised, or a failure of
the guard itself becomes the decision's ``fallback``: with ``fail_open`` the findings there
are decide, with ``fail_closed`` the call is blocked. Both outcomes are counted as
``guard_fallbacks{cause, outcome}``. A judge past the deadline is not cancelled (cutting an
HTTP client mid-call leaves its coroutines half-run): it finishes within its own
``timeout_s`` on the judge's loop, and its answer is dropped.

The verdict goes to the exporters on the monitor's worker thread (``Monitor.publish``), so
exporting adds nothing to the caller's wait.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from cotmonitor.capture.record import CaptureKind, RawCapture
from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.errors import GuardBlocked
from cotmonitor.exporters.span_link import METADATA_KEY, current_span_link
from cotmonitor.guard.attach import attach
from cotmonitor.guard.decision import ON_ERROR_RULE, FallbackCause, GuardStage
from cotmonitor.guard.policy import GuardPolicy
from cotmonitor.guard.strip import strip_response
from cotmonitor.incremental.windows import PROVIDERS, screen, stream_trace
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.types import Check
from cotmonitor.verdicts import AlertPolicy, Finding, Verdict, make_verdict

if TYPE_CHECKING:
    from cotmonitor.checks.judge.runner import JudgeRunner

_log = logging.getLogger("cotmonitor")

JudgeResult = tuple[CheckRun, list[str]]

_FINAL: frozenset[GuardStage] = frozenset({"response", "stream_end"})
"""Decisions on a whole call (not on a stream's reasoning so far): one per call."""

_CAUSES: dict[str, str] = {
    "judge_timeout": "the judge did not answer within the guard's deadline",
    "judge_error": "the judge failed",
    "check_error": "a check failed",
    "internal": "the guard could not read the response",
}


class GuardHost(Protocol):
    """What the guard reads of the monitor it decides for (``Monitor`` is one)."""

    checks: list[Check]
    alert_policy: AlertPolicy
    settings: CotMonitorSettings

    @property
    def stats(self) -> MonitorStats: ...

    @property
    def redactor(self) -> Callable[[str], str] | None: ...

    @property
    def judge_runner(self) -> JudgeRunner | None: ...

    def publish(self, verdict: Verdict, *, early: bool = False) -> None: ...

    def observe_session(self, trace: Trace) -> tuple[Trace, list[Finding]]: ...


@dataclass(slots=True)
class _Pending:
    """A decision waiting for the judge."""

    trace: Trace
    run: CheckRun
    stage: GuardStage
    started: float
    fallback: FallbackCause | None = None
    judging: concurrent.futures.Future[JudgeResult] | None = None


class GuardRunner:
    """Decides, for one monitor and policy, what happens to each response.

    Args:
        monitor: the monitor whose checks, judge, alert policy and exporters are used.
        policy: the guard policy.

    .. versionadded:: 0.2.0
    """

    def __init__(self, monitor: GuardHost, policy: GuardPolicy | None = None) -> None:
        self.monitor = monitor
        self.policy = policy if policy is not None else GuardPolicy()

    # -- whole responses ------------------------------------------------------------------

    def decide(self, raw: RawCapture, stage: GuardStage = "response") -> Verdict:
        """The verdict and decision on a finished call (waits for the judge, if any)."""
        return self._wait(self._begin(raw, stage))

    async def adecide(self, raw: RawCapture, stage: GuardStage = "response") -> Verdict:
        """``decide`` for async callers: the judge is awaited, not waited for."""
        return await self._await(self._begin(raw, stage))

    def _wait(self, pending: _Pending) -> Verdict:
        if pending.judging is None:
            return self._end(pending, None)
        try:
            return self._end(pending, pending.judging.result(self.policy.judge_timeout_s))
        except concurrent.futures.TimeoutError:
            return self._end(pending, None, "judge_timeout")
        except Exception:
            return self._end(pending, None, "judge_error")

    async def _await(self, pending: _Pending) -> Verdict:
        if pending.judging is None:
            return self._end(pending, None)
        # Shielded: past the deadline the caller stops waiting, the judge call is not cut.
        waiting = asyncio.shield(asyncio.wrap_future(pending.judging))
        try:
            judged = await asyncio.wait_for(waiting, self.policy.judge_timeout_s)
        except asyncio.TimeoutError:
            return self._end(pending, None, "judge_timeout")
        except Exception:
            return self._end(pending, None, "judge_error")
        return self._end(pending, judged)

    def decide_now(self, raw: RawCapture, stage: GuardStage = "stream_end") -> Verdict:
        """The rules-only decision (no judge): for streams abandoned or cut short."""
        return self._end(self._begin(raw, stage, judge=False), None)

    def decide_trace(self, trace: Trace, stage: GuardStage = "response") -> Verdict:
        """``decide`` on a trace built elsewhere (a framework's message, not a capture).

        .. versionadded:: 0.2.0
        """
        return self._wait(self._begin_trace(self.linked(trace), stage, time.perf_counter()))

    async def adecide_trace(self, trace: Trace, stage: GuardStage = "response") -> Verdict:
        """``adecide`` on a trace built elsewhere.

        .. versionadded:: 0.2.0
        """
        started = time.perf_counter()
        return await self._await(self._begin_trace(self.linked(trace), stage, started))

    def _begin(self, raw: RawCapture, stage: GuardStage, *, judge: bool = True) -> _Pending:
        started = time.perf_counter()
        try:
            trace = self.trace_of(raw)
        except Exception:
            self.internal_error()
            return _Pending(self.stand_in(raw), CheckRun(), stage, started, "internal")
        return self._begin_trace(trace, stage, started, judge=judge)

    def _begin_trace(
        self, trace: Trace, stage: GuardStage, started: float, *, judge: bool = True
    ) -> _Pending:
        run = run_checks(trace, self.monitor.checks)
        if stage in _FINAL:
            # A call's session facts count once, before its decision: a session rule can
            # block the step that completes a trajectory.
            trace, found = self.monitor.observe_session(trace)
            run.findings.extend(found)
        pending = _Pending(trace, run, stage, started, "check_error" if run.errors else None)
        runner = self.monitor.judge_runner if judge else None
        if runner is not None:
            try:
                pending.judging = runner.judge_now(trace, run)
            except Exception:
                self.internal_error()
                pending.fallback = pending.fallback or "judge_error"
        return pending

    def _end(
        self, pending: _Pending, judged: JudgeResult | None, cause: FallbackCause | None = None
    ) -> Verdict:
        run = pending.run
        if judged is not None:
            run, failures = judged
            if failures or len(run.errors) > len(pending.run.errors):
                cause = "judge_error"
        return self.verdict_on(
            pending.trace,
            run.findings,
            stage=pending.stage,
            errors=run.errors,
            durations=run.durations,
            fallback=pending.fallback or cause,
            spent=time.perf_counter() - pending.started,
        )

    # -- building blocks, shared with streams ---------------------------------------------

    def verdict_on(
        self,
        trace: Trace,
        findings: Sequence[Finding],
        *,
        stage: GuardStage,
        errors: Sequence[str] = (),
        durations: dict[str, float] | None = None,
        fallback: FallbackCause | None = None,
        spent: float = 0.0,
    ) -> Verdict:
        """The verdict on ``trace`` with these findings, and the policy's decision on it."""
        monitor = self.monitor
        for error in errors:
            monitor.stats.incr("internal_errors", stage="check", component=error.split(":", 1)[0])
        decision = self.policy.decide(
            findings, monitor.alert_policy, stage=stage, fallback=fallback
        ).model_copy(update={"latency_s": spent})
        if fallback is not None:
            outcome = "fail_closed" if decision.rule == ON_ERROR_RULE else "fail_open"
            monitor.stats.incr("guard_fallbacks", cause=fallback, outcome=outcome)
        verdict = make_verdict(trace, findings, monitor.alert_policy, errors, durations)
        # Whatever the policy acts on is an alert: a warning "goes out", a block is paged.
        alert = verdict.alert or decision.action != "allow"
        return verdict.model_copy(update={"guard": decision, "alert": alert})

    def trace_of(self, raw: RawCapture) -> Trace:
        """The capture as a trace, carrying the caller's span context for the exporters."""
        return self.linked(normalize(raw, self.monitor.settings.think_tags))

    def linked(self, trace: Trace) -> Trace:
        """``trace`` carrying the caller's span context (unless it has one already)."""
        link = current_span_link()
        if link is None or METADATA_KEY in trace.metadata:
            return trace
        return trace.model_copy(update={"metadata": {**trace.metadata, METADATA_KEY: link}})

    def stand_in(self, raw: RawCapture) -> Trace:
        """A trace of what is known about a call whose response could not be read."""
        request = raw.request if isinstance(raw.request, dict) else {}
        return Trace(
            provider=raw.provider or PROVIDERS.get(raw.kind, raw.kind),
            model=str(request.get("model") or "unknown"),
            labels={str(k): str(v) for k, v in dict(raw.labels).items()},
            stream=raw.chunks is not None,
            complete=False,
            error="the guard could not read the response",
        )

    def base_trace(self, raw: RawCapture) -> Trace:
        """The call's trace before any reasoning: its prompt, model and labels (streams)."""
        link = current_span_link()
        return stream_trace(raw, None if link is None else {METADATA_KEY: link})

    def screen(self, base: Trace, start: int, text: str) -> tuple[list[Finding], list[str]]:
        """Screen one window of streamed reasoning (see ``incremental.windows``)."""
        return screen(self.monitor.checks, base, start, text)

    def partial(self, raw: RawCapture) -> RawCapture:
        """A snapshot of a stream still running, to check what arrived so far."""
        chunks = list(raw.chunks or ())
        return replace(raw, chunks=chunks, complete=False, ended=time.perf_counter())

    # -- enforcement ----------------------------------------------------------------------

    def enforce(self, verdict: Verdict, result: Any, kind: CaptureKind) -> Any:
        """What the caller gets: ``result`` with the verdict attached, a copy, or an error.

        Raises:
            GuardBlocked: the policy blocked the response (or asked to strip tool calls from
                a response that cannot be copied).
        """
        decision = verdict.guard
        action = "allow" if decision is None else decision.action
        if action == "block":
            raise self.blocked(verdict)
        if action == "strip_tool_calls" and verdict.trace.tool_calls:
            stripped = strip_response(kind, result)
            if stripped is None:
                raise self.blocked(verdict, "its tool calls could not be stripped from it")
            result = stripped
        attach(result, verdict)
        return result

    def blocked(self, verdict: Verdict, why: str | None = None) -> GuardBlocked:
        """The exception for a blocked call, with a message naming the rule and finding."""
        return GuardBlocked(verdict, self.describe(verdict, why))

    def describe(self, verdict: Verdict, why: str | None = None) -> str:
        """A readable account of a decision: the rule, and the finding or failure behind it."""
        decision = verdict.guard
        head = f"cotmonitor guard blocked this response (trace {verdict.trace.id})"
        if decision is None:
            return head
        if decision.stage == "reasoning":
            head += " while its reasoning streamed, before any answer"
        reason = _finding_reason(verdict, self.monitor.redactor)
        if decision.rule == ON_ERROR_RULE:
            cause = _CAUSES.get(decision.fallback or "", "the guard failed")
            reason = f"rule 'on_error' (fail_closed): {cause}"
        if why:
            reason += f"; {decision.action} was asked, but {why}"
        return f"{head}: {reason}"

    def internal_error(self) -> None:
        """Count (and log at debug) a failure of the guard itself; the call goes on."""
        _log.debug("cotmonitor guard failed", exc_info=True)
        self.monitor.stats.incr("internal_errors", stage="guard")


def _finding_reason(verdict: Verdict, redact: Callable[[str], str] | None) -> str:
    decision = verdict.guard
    if decision is None or decision.finding is None:
        return f"rule {decision.rule if decision else None!r}"
    finding = verdict.findings[decision.finding]
    message = redact(finding.message) if redact is not None else finding.message
    text = (
        f"rule {decision.rule!r} matched a {finding.severity.value} {finding.category} finding "
        f"of check {finding.check!r} (score {finding.score:.2f})"
    )
    return f"{text}: {message}" if message else text
