"""The ``Monitor``: checks each captured call and exports its verdict; ``wrap()`` lives here.

Captured calls go to a bounded background ``Worker``; there each one is normalized, its rule
checks run, and its verdict goes to the exporters (or first to the judge's own loop, a
``JudgeRunner``, where the policy wants it). The caller never waits on any of it and never
sees an exception from it: every failure is counted in ``monitor.stats`` (exported as
``cotmonitor_internal_errors_total{stage}``) and logged at debug.

Streams are also screened as they arrive: every few chunks the stream tap queues a
``StreamWatch`` (``watch_stream``), which reads the new reasoning in windows on the worker and
sends an early alert (``Verdict.early``) to ``on_alert`` and the alert log as soon as the
reasoning so far is an alert, before the stream ends. In guard mode (``mode="guard"``) the
``GuardRunner`` decides on the caller's path instead, and may block a response.

The jobs live in their own modules, each readable and testable alone: the parts chosen from
the settings (``components``), the queue and its thread (``worker``), judge scheduling
(``checks.judge.runner``), the fan-out to exporters (``exporters.base``) and the exit hook
(``shutdown``). This class ties them together.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from typing_extensions import Self

from cotmonitor.capture.record import RawCapture, trace_id_of
from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.components import (
    settings_checks,
    settings_exporters,
    settings_judge,
    settings_redactor,
)
from cotmonitor.errors import ConfigError
from cotmonitor.exporters.base import FanOutExporter
from cotmonitor.exporters.span_link import METADATA_KEY, current_span_link
from cotmonitor.sessions.live import SessionTracker, Step
from cotmonitor.sessions.verdict import SessionVerdict
from cotmonitor.sessions.wire import facts_from_json
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.shutdown import exit_hook
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.types import AsyncCheck, Check, Exporter
from cotmonitor.verdicts import AlertPolicy, Finding, Verdict, make_verdict
from cotmonitor.worker import Worker

if TYPE_CHECKING:
    # Loaded only with a judge: it brings asyncio and the judge package along.
    from cotmonitor.checks.checker_process import CheckerProcess
    from cotmonitor.checks.judge.runner import JudgeRunner
    from cotmonitor.guard.policy import GuardPolicy
    from cotmonitor.guard.runner import GuardRunner

Mode = Literal["background", "inline", "guard"]

_log = logging.getLogger("cotmonitor")
_C = TypeVar("_C")


class Monitor:
    """Watches reasoning traces: checks each one and exports the verdicts.

    Args:
        checks: rule checks run on every trace; ``default_checks()`` when ``None``.
        judge: an async check (``cotmonitor.Judge``) run after the rules where its policy says,
            on its own event loop thread; built from ``settings.judge`` when ``None`` and
            ``COTMONITOR_JUDGE__MODEL`` is set. A ``Judge`` is not changed: the monitor runs
            a copy that counts into ``monitor.stats`` (``monitor.judge``), so one judge can
            serve several monitors.
        exporters: where verdicts go; when ``None``, the structlog alert log (and the
            exporters the settings switch on).
        on_alert: called with each alerting verdict, and with each early alert of a stream
            still running (``verdict.early``; its final verdict follows).
        mode: ``"background"`` (default) checks in a worker thread; ``"inline"`` checks before
            the wrapped call returns, so ``on_alert`` can act on it; ``"guard"`` checks on the
            caller's path and lets the ``guard`` policy block a response (``GuardBlocked``),
            strip its tool calls, or warn (see ``docs/guard.md``).
        guard: the guard policy (guard mode); ``GuardPolicy()`` when ``None``. Giving one
            without ``mode`` selects guard mode.
        queue_size: traces waiting for the worker; beyond it they are dropped and counted.
        alert_policy: which verdicts are alerts.
        settings: configuration; read from ``COTMONITOR_*`` when ``None``.
        redactor: applied to text before it leaves the process (logs, spans, JSONL) or
            reaches a judge; by default API keys, bearer tokens, private keys and AWS keys
            are masked, plus ``settings.redact_patterns``.
        sessions: keep session state and run the trajectory checks on traces with a session
            id (``settings.sessions``, on by default; see ``docs/sessions.md``).
        session_ttl_s: idle seconds before a session expires (``settings.session_ttl_s``).
        max_sessions: live sessions at most (``settings.max_sessions``).
        max_session_steps: steps one session keeps (``settings.max_session_steps``).

    Exporters with a ``bind(monitor)`` method (``types.Bindable``) are bound when the
    monitor is built (the Prometheus exporter then also exposes ``monitor.stats``; the text
    exporters adopt ``monitor.redactor``). Bind exporters appended to ``monitor.exporters``
    later yourself.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        checks: Iterable[Check] | None = None,
        *,
        judge: AsyncCheck | None = None,
        exporters: Iterable[Exporter] | None = None,
        on_alert: Callable[[Verdict], Any] | None = None,
        mode: Mode | None = None,
        guard: GuardPolicy | None = None,
        queue_size: int | None = None,
        alert_policy: AlertPolicy | None = None,
        settings: CotMonitorSettings | None = None,
        redactor: Callable[[str], str] | None = None,
        sessions: bool | None = None,
        session_ttl_s: float | None = None,
        max_sessions: int | None = None,
        max_session_steps: int | None = None,
    ) -> None:
        self.settings = settings if settings is not None else CotMonitorSettings()
        given = {
            "sessions": sessions,
            "session_ttl_s": session_ttl_s,
            "max_sessions": max_sessions,
            "max_session_steps": max_session_steps,
        }
        overrides = {key: value for key, value in given.items() if value is not None}
        if overrides:
            self.settings = self.settings.model_copy(update=overrides)
        self.stats = MonitorStats()
        self.redactor = redactor if redactor is not None else settings_redactor(self.settings)
        self.checks: list[Check] = (
            list(checks) if checks is not None else settings_checks(self.settings)
        )
        self.judge = judge if judge is not None else settings_judge(self.settings)
        self._judge_runner: JudgeRunner | None = None
        if self.judge is not None:
            from cotmonitor.checks.judge.runner import JudgeRunner, scoped

            self.judge = scoped(self.judge, self)
            self._judge_runner = JudgeRunner(self.judge, self.stats)
        self.on_alert = on_alert
        self.mode: Mode = mode or ("guard" if guard is not None else self.settings.mode)
        self._checker: CheckerProcess | None = None
        self._checker_checks = tuple(self.checks)
        if checks is None and self.mode == "background" and self.settings.checker == "process":
            from cotmonitor.checks import checker_process

            if checker_process.supported():
                self._checker = checker_process.acquire(self, self.settings.rule_packs)
        self.alert_policy = alert_policy or AlertPolicy()
        self._guard_runner: GuardRunner | None = None
        if self.mode == "guard":
            from cotmonitor.guard.runner import GuardRunner

            self._guard_runner = GuardRunner(self, guard)
        elif guard is not None:
            raise ConfigError(f"guard= applies in guard mode, not in mode={self.mode!r}")
        chosen = exporters if exporters is not None else settings_exporters(self.settings)
        self.exporter = FanOutExporter(chosen, self.stats)
        self.exporter.bind(self)
        self._worker = Worker(
            self._process, self.stats, queue_size or self.settings.queue_size, "cotmonitor-worker"
        )
        self.sessions = SessionTracker.from_settings(
            self.settings, self.stats, is_alert=self._is_alert, on_end=self._session_ended
        )
        self._close_lock = threading.Lock()
        self._closed = False
        self._lost_at_close = 0
        exit_hook.add(self, self.settings.exit_timeout_s)

    @property
    def exporters(self) -> list[Exporter]:
        """The exporters verdicts go to (a live list: append to add one)."""
        return self.exporter.exporters

    @property
    def guard_runner(self) -> GuardRunner | None:
        """Guard mode: what decides on each response (``None`` in the other modes)."""
        return self._guard_runner

    @property
    def judge_runner(self) -> JudgeRunner | None:
        """The judge's own event loop thread (``None`` without a judge)."""
        return self._judge_runner

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called; later submits are dropped and counted."""
        return self._closed

    # -- capture side -------------------------------------------------------------------

    def wrap(self, client: _C) -> _C:
        """Monitor every call of ``client`` and return it.

        Accepts ``openai.OpenAI``/``AsyncOpenAI``, ``anthropic.Anthropic``/``AsyncAnthropic``
        and the ``litellm`` module. The returned client behaves exactly like the original.
        Wrapping again with this monitor does nothing.

        Raises:
            ConfigError: the client is of no supported kind, or another monitor already
                watches it (one client, one monitor: ``unwrap`` it there first).
        """
        if not self.settings.enabled:
            return client
        from cotmonitor.providers.dispatch import wrap_client

        return wrap_client(client, self)

    def unwrap(self, client: _C) -> _C:
        """Undo ``wrap(client)``; a client this monitor does not watch is returned as is.

        Raises:
            ConfigError: another monitor watches the client (unwrap it with that one).
        """
        from cotmonitor.providers.dispatch import unwrap_client

        return unwrap_client(client, self)

    def litellm_callback(self) -> Any:
        """A litellm ``CustomLogger`` for ``litellm.callbacks = [monitor.litellm_callback()]``."""
        from cotmonitor.providers.litellm import MonitorCallback

        return MonitorCallback(self)

    def submit(self, raw: RawCapture | Trace) -> None:
        """Hand a captured call (or a ready trace) to the monitor. Never raises, never blocks.

        After ``close()`` the call is counted as dropped (``queue_dropped``) and not checked.
        """
        try:
            if self._closed:
                self.stats.incr("queue_dropped")
            elif self.mode == "inline":
                self._process(raw)
            else:
                # The caller's span is not current in the worker: carry its context along.
                self._worker.submit(raw, current_span_link())
        except Exception:
            self._internal_error("submit")

    def publish(self, verdict: Verdict, *, early: bool = False) -> None:
        """Hand a verdict computed elsewhere (the guard's) to the exporters. Never raises.

        Exported on the worker thread (at once in inline mode). An ``early`` verdict goes to
        ``on_alert`` and to exporters with an ``early_alert`` method only.
        """
        try:
            if self._closed:
                self.stats.incr("queue_dropped")
            elif self.mode == "inline":
                self._emit(verdict, early=early)
            else:
                self._worker.submit(verdict, None, early)
        except Exception:
            self._internal_error("submit")

    def watch_stream(self, raw: RawCapture) -> Callable[[], None] | None:
        """For a stream tap: screens its reasoning in windows on the worker, for early alerts.

        The tap calls the returned function every few chunks, on the caller's thread; all it
        does there is queue the screening of what arrived since.
        """
        if self.mode == "guard" or self._closed or not self.checks:
            return None
        if self.on_alert is None and not self.exporter.takes_early_alerts:
            return None  # an early alert would reach nobody: screening it is wasted CPU
        from cotmonitor.incremental.watch import StreamWatch

        trace_id_of(raw)  # the early alert and the final verdict: one trace id
        watch = StreamWatch(self, raw)
        submit = self._worker.submit

        def queue() -> None:
            submit(watch)

        return queue

    # -- checking -----------------------------------------------------------------------

    def check(self, trace: Trace, *, export: bool = True) -> Verdict:
        """Run the rule checks on ``trace`` now and return the verdict.

        With ``export=True`` (the default) the verdict also goes to the exporters and
        ``on_alert``, exactly as for live traffic.
        """
        run = run_checks(trace, self.checks)
        if export:
            trace = self._add_session_findings(trace, run)
        verdict = self._verdict(trace, run)
        if export:
            self._emit(verdict)
        return verdict

    async def acheck(self, trace: Trace, *, export: bool = True) -> Verdict:
        """Run the rule checks and then the judge (where its policy says) on ``trace``."""
        run = run_checks(trace, self.checks)
        if export:
            trace = self._add_session_findings(trace, run)
        if self.judge is not None:
            from cotmonitor.checks.judge.runner import judge_if_wanted

            run = await judge_if_wanted(self.judge, trace, run, self.stats)
        verdict = self._verdict(trace, run)
        if export:
            self._emit(verdict)
        return verdict

    def _verdict(self, trace: Trace, run: CheckRun) -> Verdict:
        for error in run.errors:
            self.stats.incr("internal_errors", stage="check", component=error.split(":", 1)[0])
        return make_verdict(trace, run.findings, self.alert_policy, run.errors, run.durations)

    def _emit(self, verdict: Verdict, *, early: bool = False) -> None:
        if early:
            self.exporter.early_alert(verdict)
        else:
            self.exporter(verdict)
        if (verdict.alert or early) and self.on_alert is not None:
            try:
                self.on_alert(verdict)
            except Exception:
                self._internal_error("on_alert")

    def _process(
        self,
        item: RawCapture | Trace | Verdict | Callable[[], None],
        link: dict[str, Any] | None = None,
        early: bool = False,
    ) -> None:
        if isinstance(item, Verdict):
            try:
                self._emit(item, early=early)
            except Exception:
                self._internal_error("process")
            return
        if callable(item):
            # Screening a stream's reasoning for an early alert (``watch_stream``).
            try:
                item()
            except Exception:
                self._internal_error("watch")
            return
        try:
            trace = item if isinstance(item, Trace) else normalize(item, self.settings.think_tags)
            if link is not None and METADATA_KEY not in trace.metadata:
                trace = trace.model_copy(
                    update={"metadata": {**trace.metadata, METADATA_KEY: link}}
                )
        except Exception:
            self._internal_error("normalize")
            return
        if self.mode != "inline":
            # Between stages, let an agent thread waiting for the GIL run (see ``paced``).
            time.sleep(0)
        try:
            trace, step = self._begin_session(trace)
            # The checker process takes a session's step facts with the rules.
            seen = None if step is None or not self.sessions.default_facts else step.seen
            run, data = self._run_rules(trace, seen)
            if step is not None:
                run.findings.extend(self._finish_session(step, trace, data))
            if self._judge_runner is not None and self._judge_runner.offer(
                trace, run, lambda judged: self._emit_judged(trace, judged)
            ):
                return
            self._emit(self._verdict(trace, run))
        except Exception:
            self._internal_error("process")

    def run_rules(self, trace: Trace, *, warm_only: bool = False) -> CheckRun:
        """Run the rule checks on ``trace``; nothing is exported.

        In the checker process when one serves this monitor and its checks are the defaults;
        with ``warm_only``, only once that process has started (here until then, rather than
        wait seconds for its start).
        """
        return self._run_rules(trace, None, warm_only=warm_only)[0]

    def _run_rules(
        self, trace: Trace, seen: int | None, *, warm_only: bool = False
    ) -> tuple[CheckRun, Any]:
        """The rules' run, and with ``seen`` given the step facts the checker process took."""
        checker = self._checker
        # The child runs the default checks: once the list was changed, run it here.
        if (
            checker is not None
            and tuple(self.checks) == self._checker_checks
            and (checker.warm or not warm_only)
        ):
            if seen is None:
                return checker.run(trace, self.checks), None
            return checker.run_with_facts(trace, self.checks, seen)
        return run_checks(trace, self.checks), None

    def _emit_judged(self, trace: Trace, judged: CheckRun) -> None:
        try:
            self._emit(self._verdict(trace, judged))
        except Exception:
            self._internal_error("process")

    # -- sessions -----------------------------------------------------------------------

    def session_verdict(self, session_id: str) -> SessionVerdict | None:
        """The running verdict of a live session; ``None`` when there is no such session.

        In background mode it covers the traces checked so far (``flush()`` first to include
        every call made).

        .. versionadded:: 0.3.0
        """
        return self.sessions.verdict(session_id)

    def end_session(self, session_id: str) -> None:
        """End a session: its final verdict goes to the exporters and its state is freed.

        Queued behind the calls submitted before it (in background mode), so the final
        verdict includes them. A session also ends when idle past ``session_ttl_s``, when
        evicted for a newer one past ``max_sessions``, and at ``close()``.

        .. versionadded:: 0.3.0
        """
        if self.mode == "inline":
            self.sessions.end(session_id)
        elif not self._worker.submit(partial(self.sessions.end, session_id)):
            self.sessions.store.pop(session_id)

    def observe_session(self, trace: Trace) -> tuple[Trace, list[Finding]]:
        """Session bookkeeping for one trace: the trace and its new session findings.

        Called once per call after its rule checks (by the worker, or by the guard before
        its decision). Never raises: a failure is counted
        (``internal_errors{stage="session"}``).

        .. versionadded:: 0.3.0
        """
        try:
            return self.sessions.observe(trace)
        except Exception:
            self._internal_error("session")
            return trace, []

    def _begin_session(self, trace: Trace) -> tuple[Trace, Step | None]:
        try:
            return self.sessions.begin(trace)
        except Exception:
            self._internal_error("session")
            return trace, None

    def _finish_session(self, step: Step, trace: Trace, data: Any) -> list[Finding]:
        try:
            facts = None if data is None else facts_from_json(data)
            return self.sessions.finish(step, trace, facts)
        except Exception:
            self._internal_error("session")
            return []

    def _add_session_findings(self, trace: Trace, run: CheckRun) -> Trace:
        trace, found = self.observe_session(trace)
        run.findings.extend(found)
        return trace

    def _is_alert(self, finding: Finding) -> bool:
        return self.alert_policy.is_alert(finding)

    def _session_ended(self, verdict: SessionVerdict) -> None:
        # Exported on the worker (or inline): never on an agent's thread in guard mode.
        if self.mode == "inline" or self._worker.on_thread() or self._worker.closed:
            self.exporter.session_ended(verdict)
        else:
            self._worker.submit(partial(self.exporter.session_ended, verdict))

    def _internal_error(self, stage: str) -> None:
        _log.debug("cotmonitor internal error in %s", stage, exc_info=True)
        self.stats.incr("internal_errors", stage=stage)

    # -- lifecycle ----------------------------------------------------------------------

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every submitted trace has been checked and exported.

        Returns:
            True when the queue drained within ``timeout`` seconds.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            self.sessions.sweep()
        except Exception:
            self._internal_error("session")
        drained = self._worker.wait_idle(deadline)
        if self._judge_runner is not None:
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            drained = self._judge_runner.flush(remaining) and drained
        self.exporter.flush()
        return drained

    def close(self, timeout: float | None = 5.0) -> None:
        """Check what is queued (up to ``timeout``), stop the worker, close the exporters.

        Traces still queued at the deadline are counted as dropped. Idempotent.
        """
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        deadline = None if timeout is None else time.monotonic() + timeout
        self._lost_at_close = self._worker.close(deadline)
        # After the queued calls: the live sessions' final verdicts include them.
        try:
            self.sessions.close()
        except Exception:
            self._internal_error("session")
        if self._judge_runner is not None:
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            self._judge_runner.close(remaining)
        self.exporter.flush()
        self.exporter.close()
        if self._checker is not None:
            from cotmonitor.checks.checker_process import release

            release(self, self._checker)
        exit_hook.discard(self)

    def dropped_at_close(self) -> int:
        """How many queued traces ``close()`` had to drop at its deadline."""
        return self._lost_at_close

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
