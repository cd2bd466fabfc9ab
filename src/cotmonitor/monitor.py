"""The ``Monitor``: owns checks, exporters and the background worker; ``wrap()`` lives here.

Captured calls go into a bounded queue and a daemon thread normalizes them, runs the checks
and hands each verdict to the exporters. The caller never waits on any of it and never sees
an exception from it: every failure is counted in ``monitor.stats`` (exported as
``cotmonitor_internal_errors_total{stage}``) and logged at debug.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from typing_extensions import Self

from cotmonitor.capture.record import RawCapture
from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.checks.defaults import default_checks
from cotmonitor.exporters.base import FanOutExporter, exporter_name
from cotmonitor.exporters.span_link import METADATA_KEY, current_span_link
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.types import AsyncCheck, Check, Exporter
from cotmonitor.verdicts import AlertPolicy, Verdict, make_verdict

if TYPE_CHECKING:
    # Loaded only with a judge: it brings asyncio and the judge package along.
    from cotmonitor.checks.judge.runner import JudgeRunner

_log = logging.getLogger("cotmonitor")
_C = TypeVar("_C")
_STOP = object()


class Monitor:
    """Watches reasoning traces: checks each one and exports the verdicts.

    Args:
        checks: rule checks run on every trace; ``default_checks()`` when ``None``.
        judge: an async check (``cotmonitor.Judge``) run after the rules where its policy says,
            on its own event loop thread; built from ``settings.judge`` when ``None`` and
            ``COTMONITOR_JUDGE__MODEL`` is set.
        exporters: where verdicts go; when ``None``, the structlog alert log (and the
            exporters the settings switch on).
        on_alert: called with each alerting verdict.
        mode: ``"background"`` (default) checks in a worker thread; ``"inline"`` checks before
            the wrapped call returns, so ``on_alert`` can act on it.
        queue_size: traces waiting for the worker; beyond it they are dropped and counted.
        alert_policy: which verdicts are alerts.
        settings: configuration; read from ``COTMONITOR_*`` when ``None``.
        redactor: applied to text before it leaves the process (logs, spans, JSONL) or
            reaches a judge; from ``settings.redact_patterns`` when ``None``.

    Exporters with a ``bind(monitor)`` method are bound when the monitor is built (the
    Prometheus exporter then also exposes ``monitor.stats``; the text exporters adopt
    ``monitor.redactor``). Bind exporters appended to ``monitor.exporters`` later yourself.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        checks: Iterable[Check] | None = None,
        *,
        judge: AsyncCheck | None = None,
        exporters: Iterable[Exporter] | None = None,
        on_alert: Callable[[Verdict], Any] | None = None,
        mode: Literal["background", "inline"] | None = None,
        queue_size: int | None = None,
        alert_policy: AlertPolicy | None = None,
        settings: CotMonitorSettings | None = None,
        redactor: Callable[[str], str] | None = None,
    ) -> None:
        self.settings = settings if settings is not None else CotMonitorSettings()
        self.stats = MonitorStats()
        self.redactor = redactor if redactor is not None else self._settings_redactor()
        self.checks: list[Check] = (
            list(checks) if checks is not None else default_checks(self.settings.rule_packs or None)
        )
        self.judge = judge if judge is not None else self._default_judge()
        self._judge_runner: JudgeRunner | None = None
        if self.judge is not None:
            from cotmonitor.checks.judge.runner import JudgeRunner

            self._bind_judge(self.judge)
            self._judge_runner = JudgeRunner(self.judge, self.stats)
        self.on_alert = on_alert
        self.mode = mode or self.settings.mode
        self.alert_policy = alert_policy or AlertPolicy()
        chosen = list(exporters) if exporters is not None else self._default_exporters()
        self.exporter = FanOutExporter(chosen, self.stats)
        for exporter in chosen:
            self._bind(exporter)
        self._queue_size = queue_size or self.settings.queue_size
        self._new_queue()
        self._worker: threading.Thread | None = None
        self._worker_pid = 0
        self._start_lock = threading.Lock()
        self._closed = False
        _live_monitors.add(self)

    @property
    def exporters(self) -> list[Exporter]:
        """The exporters verdicts go to (a live list: append to add one)."""
        return self.exporter.exporters

    def _default_judge(self) -> AsyncCheck | None:
        config = self.settings.judge
        if not config.model:
            return None
        from cotmonitor.checks.judge.check import Judge

        return Judge(config.model, api_base=config.api_base, sample_rate=config.sample_rate)

    def _bind_judge(self, judge: AsyncCheck) -> None:
        """The judge counts into ``self.stats`` and, unless it has its own, uses our redactor."""
        bind = getattr(judge, "bind", None)
        if callable(bind):
            bind(self.stats)
        if self.redactor is not None and getattr(judge, "redact", False) is None:
            judge.redact = self.redactor  # type: ignore[attr-defined]

    def _settings_redactor(self) -> Callable[[str], str] | None:
        if not self.settings.redact_patterns:
            return None
        from cotmonitor.exporters.redact import Redactor

        return Redactor(self.settings.redact_patterns)

    def _default_exporters(self) -> list[Exporter]:
        from cotmonitor.exporters.defaults import default_exporters

        return default_exporters(self.settings)

    def _bind(self, exporter: Exporter) -> None:
        bind = getattr(exporter, "bind", None)
        if callable(bind):
            try:
                bind(self)
            except Exception:
                _log.debug("binding exporter failed", exc_info=True)
                self.stats.incr("internal_errors", stage="bind", component=exporter_name(exporter))

    # -- capture side -------------------------------------------------------------------

    def wrap(self, client: _C) -> _C:
        """Monitor every call of ``client`` and return it.

        Accepts ``openai.OpenAI``/``AsyncOpenAI``, ``anthropic.Anthropic``/``AsyncAnthropic``
        and the ``litellm`` module. The returned client behaves exactly like the original.
        """
        if not self.settings.enabled:
            return client
        from cotmonitor.providers.dispatch import wrap_client

        return wrap_client(client, self)

    def unwrap(self, client: _C) -> _C:
        """Undo ``wrap(client)``."""
        from cotmonitor.providers.dispatch import unwrap_client

        return unwrap_client(client)

    def litellm_callback(self) -> Any:
        """A litellm ``CustomLogger`` for ``litellm.callbacks = [monitor.litellm_callback()]``."""
        from cotmonitor.providers.litellm import MonitorCallback

        return MonitorCallback(self)

    def submit(self, raw: RawCapture | Trace) -> None:
        """Hand a captured call (or a ready trace) to the monitor. Never raises, never blocks."""
        try:
            if self.mode == "inline":
                self._process(raw)
                return
            self._ensure_worker()
            pending = self._pending
            if len(pending) >= self._queue_size:
                self.stats.incr("queue_dropped")
                return
            # The caller's span is not current in the worker: carry its context along.
            pending.append((raw, current_span_link()))
            if not self._wake.is_set():
                self._wake.set()
        except Exception:
            self._internal_error("submit")

    # -- checking -----------------------------------------------------------------------

    def check(self, trace: Trace, *, export: bool = True) -> Verdict:
        """Run the rule checks on ``trace`` now and return the verdict.

        With ``export=True`` (the default) the verdict also goes to the exporters and
        ``on_alert``, exactly as for live traffic.
        """
        run = run_checks(trace, self.checks)
        verdict = self._verdict(trace, run)
        if export:
            self._emit(verdict)
        return verdict

    async def acheck(self, trace: Trace, *, export: bool = True) -> Verdict:
        """Run the rule checks and then the judge (where its policy says) on ``trace``."""
        run = run_checks(trace, self.checks)
        if self.judge is not None:
            from cotmonitor.checks.judge.runner import judge_run, judge_wants

            if judge_wants(self.judge, trace, run):
                run = await judge_run(self.judge, trace, run)
            else:
                self.stats.incr("judge_requests", outcome="skipped")
        verdict = self._verdict(trace, run)
        if export:
            self._emit(verdict)
        return verdict

    def _verdict(self, trace: Trace, run: CheckRun) -> Verdict:
        for error in run.errors:
            self.stats.incr("internal_errors", stage="check", component=error.split(":", 1)[0])
        return make_verdict(trace, run.findings, self.alert_policy, run.errors, run.durations)

    def _emit(self, verdict: Verdict) -> None:
        self.exporter(verdict)
        if verdict.alert and self.on_alert is not None:
            try:
                self.on_alert(verdict)
            except Exception:
                self._internal_error("on_alert")

    def _process(self, item: RawCapture | Trace, link: dict[str, Any] | None = None) -> None:
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
            run = run_checks(trace, self.checks)
            if self._submit_to_judge(trace, run):
                return
            self._emit(self._verdict(trace, run))
        except Exception:
            self._internal_error("process")

    def _submit_to_judge(self, trace: Trace, run: CheckRun) -> bool:
        """Hand the trace to the judge loop when the policy wants it; the judged verdict follows."""
        runner = self._judge_runner
        if runner is None:
            return False
        from cotmonitor.checks.judge.runner import judge_wants

        if not judge_wants(runner.judge, trace, run):
            self.stats.incr("judge_requests", outcome="skipped")
            return False

        def done(judged: CheckRun) -> None:
            try:
                self._emit(self._verdict(trace, judged))
            except Exception:
                self._internal_error("process")

        return runner.submit(trace, run, done)

    def _internal_error(self, stage: str) -> None:
        _log.debug("cotmonitor internal error in %s", stage, exc_info=True)
        self.stats.incr("internal_errors", stage=stage)

    # -- worker -------------------------------------------------------------------------

    def _new_queue(self) -> None:
        # A deque and an Event rather than ``queue.Queue``: ``submit`` then costs an append and
        # (only when the worker sleeps) one wake-up, with no Condition round trip per call.
        self._pending: deque[Any] = deque()
        self._wake = threading.Event()
        self._idle = threading.Condition(threading.Lock())
        self._busy = False
        self.stats.set_gauge("queue_depth", self._pending.__len__)

    def _ensure_worker(self) -> None:
        worker = self._worker
        if worker is not None and self._worker_pid == os.getpid() and worker.is_alive():
            return
        with self._start_lock:
            pid = os.getpid()
            if self._worker is not None and self._worker_pid == pid and self._worker.is_alive():
                return
            if self._worker_pid not in (0, pid):
                # A forked child inherits the queue's contents and locks but not the thread.
                self._new_queue()
            self._worker_pid = pid
            self._worker = threading.Thread(
                target=self._work, name="cotmonitor-worker", daemon=True
            )
            self._worker.start()

    def _work(self) -> None:
        pending, wake, idle = self._pending, self._wake, self._idle
        while True:
            wake.wait()
            wake.clear()
            self._busy = True
            while pending:
                item = pending.popleft()
                if item is _STOP:
                    self._set_idle(idle)
                    return
                self._process(*item)
                # Hand the GIL to a caller thread waiting for it (its socket just became
                # readable) now rather than after the interpreter's switch interval.
                time.sleep(0)
            self._set_idle(idle)

    def _set_idle(self, idle: threading.Condition) -> None:
        with idle:
            self._busy = False
            idle.notify_all()

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every submitted trace has been checked and exported.

        Returns:
            True when the queue drained within ``timeout`` seconds.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        drained = self._wait_idle(deadline)
        if self._judge_runner is not None:
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            drained = self._judge_runner.flush(remaining) and drained
        self.exporter.flush()
        return drained

    def _wait_idle(self, deadline: float | None) -> bool:
        idle = self._idle
        with idle:
            while self._pending or self._busy:
                if self._worker is None or not self._worker.is_alive():
                    break
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                idle.wait(remaining)
        return not self._pending and not self._busy

    def close(self, timeout: float | None = 5.0) -> None:
        """Flush, stop the worker and close the exporters. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.flush(timeout)
        worker = self._worker
        if worker is not None and worker.is_alive():
            self._pending.append(_STOP)
            self._wake.set()
            worker.join(timeout)
        if self._judge_runner is not None:
            self._judge_runner.close(timeout)
        self.exporter.close()
        _live_monitors.discard(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_live_monitors: weakref.WeakSet[Monitor] = weakref.WeakSet()


@atexit.register
def _flush_at_exit() -> None:
    for monitor in list(_live_monitors):
        try:
            monitor.close(timeout=2.0)
        except Exception:
            _log.debug("cotmonitor flush at exit failed", exc_info=True)
