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
the settings (``components``), the queue and its thread (``worker``), what the worker does with
each call (``processing``), the session methods (``session_methods``), judge scheduling
(``checks.judge.runner``), the fan-out to exporters (``exporters.base``) and the exit hook
(``shutdown``). This class ties them together.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from typing_extensions import Self

from cotmonitor.capture.record import RawCapture, trace_id_of
from cotmonitor.checks.base import run_checks
from cotmonitor.components import (
    settings_checks,
    settings_exporters,
    settings_judge,
    settings_redactor,
)
from cotmonitor.errors import ConfigError
from cotmonitor.exporters.base import FanOutExporter
from cotmonitor.exporters.span_link import current_span_link
from cotmonitor.processing import Processing
from cotmonitor.sessions.live import SessionTracker
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.shutdown import exit_hook
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.types import AsyncCheck, Check, Exporter
from cotmonitor.verdicts import AlertPolicy, Verdict
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


class Monitor(Processing):
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
                self._checker = checker_process.acquire(
                    self, self.settings.rule_packs, self.settings.checker_nice
                )
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
            self._process,
            self.stats,
            queue_size or self.settings.queue_size,
            "cotmonitor-worker",
            on_idle=self._sweep_sessions if self.settings.sessions else None,
            # Idle sessions end within a quarter of their TTL (at most a minute late).
            idle_s=min(max(self.settings.session_ttl_s / 4, 0.05), 60.0),
            delay_s=self.settings.schedule_delay_s,
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

    # -- lifecycle ----------------------------------------------------------------------

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every submitted trace has been checked and exported.

        Returns:
            True when the queue drained within ``timeout`` seconds.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        self._sweep_sessions()
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
