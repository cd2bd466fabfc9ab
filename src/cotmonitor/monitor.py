"""The ``Monitor``: owns checks, exporters and the background worker; ``wrap()`` lives here.

Captured calls go into a bounded queue and a daemon thread normalizes them, runs the checks
and hands each verdict to the exporters. The caller never waits on any of it and never sees
an exception from it: every failure is counted in ``monitor.stats`` (exported as
``cotmonitor_internal_errors_total{stage}``) and logged at debug.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import queue
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeVar

from typing_extensions import Self

from cotmonitor.capture.record import RawCapture
from cotmonitor.checks.base import CheckRun, arun_checks, run_checks
from cotmonitor.checks.defaults import default_checks
from cotmonitor.exporters.base import FanOutExporter
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.types import AsyncCheck, Check, Exporter
from cotmonitor.verdicts import AlertPolicy, Verdict, make_verdict

_log = logging.getLogger("cotmonitor")
_C = TypeVar("_C")
_STOP = object()


class Monitor:
    """Watches reasoning traces: checks each one and exports the verdicts.

    Args:
        checks: rule checks run on every trace; ``default_checks()`` when ``None``.
        judge: an async check (``cotmonitor.Judge``) run after the rules where its policy says.
        exporters: where verdicts go; when ``None``, the structlog alert log (and the
            exporters the settings switch on).
        on_alert: called with each alerting verdict.
        mode: ``"background"`` (default) checks in a worker thread; ``"inline"`` checks before
            the wrapped call returns, so ``on_alert`` can act on it.
        queue_size: traces waiting for the worker; beyond it they are dropped and counted.
        alert_policy: which verdicts are alerts.
        settings: configuration; read from ``COTMONITOR_*`` when ``None``.

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
    ) -> None:
        self.settings = settings if settings is not None else CotMonitorSettings()
        self.stats = MonitorStats()
        self.checks: list[Check] = (
            list(checks) if checks is not None else default_checks(self.settings.rule_packs or None)
        )
        self.judge = judge
        self.on_alert = on_alert
        self.mode = mode or self.settings.mode
        self.alert_policy = alert_policy or AlertPolicy()
        chosen = list(exporters) if exporters is not None else self._default_exporters()
        self.exporter = FanOutExporter(chosen, self.stats)
        self._queue: queue.Queue[Any] = queue.Queue(queue_size or self.settings.queue_size)
        self.stats.set_gauge("queue_depth", self._queue.qsize)
        self._worker: threading.Thread | None = None
        self._worker_pid = 0
        self._start_lock = threading.Lock()
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        _live_monitors.add(self)

    @property
    def exporters(self) -> list[Exporter]:
        """The exporters verdicts go to (a live list: append to add one)."""
        return self.exporter.exporters

    def _default_exporters(self) -> list[Exporter]:
        from cotmonitor.exporters.jsonl import JsonlExporter
        from cotmonitor.exporters.log import LogExporter

        chosen: list[Exporter] = []
        if self.settings.log_alerts:
            chosen.append(LogExporter(capture_content=self.settings.capture_content))
        if self.settings.jsonl_path is not None:
            chosen.append(JsonlExporter(self.settings.jsonl_path))
        return chosen

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
            self._queue.put_nowait(raw)
        except queue.Full:
            self.stats.incr("queue_dropped")
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
            run = await arun_checks(trace, [self.judge], run)
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

    def _process(self, item: RawCapture | Trace) -> None:
        try:
            trace = item if isinstance(item, Trace) else normalize(item, self.settings.think_tags)
        except Exception:
            self._internal_error("normalize")
            return
        try:
            run = run_checks(trace, self.checks)
            if self.judge is not None:
                run = self._run_judge(trace, run)
            self._emit(self._verdict(trace, run))
        except Exception:
            self._internal_error("process")

    def _run_judge(self, trace: Trace, run: CheckRun) -> CheckRun:
        assert self.judge is not None
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.new_event_loop()
        return loop.run_until_complete(arun_checks(trace, [self.judge], run))

    def _internal_error(self, stage: str) -> None:
        _log.debug("cotmonitor internal error in %s", stage, exc_info=True)
        self.stats.incr("internal_errors", stage=stage)

    # -- worker -------------------------------------------------------------------------

    def _ensure_worker(self) -> None:
        pid = os.getpid()
        if self._worker is not None and self._worker_pid == pid and self._worker.is_alive():
            return
        with self._start_lock:
            if self._worker is not None and self._worker_pid == pid and self._worker.is_alive():
                return
            if self._worker_pid not in (0, pid):
                # A forked child inherits the queue's contents and locks but not the thread.
                self._queue = queue.Queue(self._queue.maxsize)
                self.stats.set_gauge("queue_depth", self._queue.qsize)
            self._worker_pid = pid
            self._worker = threading.Thread(
                target=self._work, name="cotmonitor-worker", daemon=True
            )
            self._worker.start()

    def _work(self) -> None:
        q = self._queue
        while True:
            item = q.get()
            try:
                if item is _STOP:
                    return
                self._process(item)
            finally:
                q.task_done()

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every submitted trace has been checked and exported.

        Returns:
            True when the queue drained within ``timeout`` seconds.
        """
        q = self._queue
        deadline = None if timeout is None else time.monotonic() + timeout
        with q.all_tasks_done:
            while q.unfinished_tasks:
                if self._worker is None or not self._worker.is_alive():
                    break
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                q.all_tasks_done.wait(remaining)
        drained = q.unfinished_tasks == 0
        self.exporter.flush()
        return drained

    def close(self, timeout: float | None = 5.0) -> None:
        """Flush, stop the worker and close the exporters. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.flush(timeout)
        worker = self._worker
        if worker is not None and worker.is_alive():
            try:
                self._queue.put(_STOP, timeout=timeout)
                worker.join(timeout)
            except queue.Full:
                _log.debug("cotmonitor worker did not stop: queue full")
        if self._loop is not None:
            self._loop.close()
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


_default_monitor: Monitor | None = None
_default_lock = threading.Lock()


def get_default_monitor() -> Monitor:
    """The process-wide monitor ``cotmonitor.wrap()`` uses, built from the environment."""
    global _default_monitor  # noqa: PLW0603 - one lazily built default, as prometheus_client's REGISTRY
    if _default_monitor is None:
        with _default_lock:
            if _default_monitor is None:
                _default_monitor = Monitor()
    return _default_monitor


def wrap(client: _C, *, monitor: Monitor | None = None) -> _C:
    """Monitor every call of ``client`` with the default (or given) monitor and return it.

    .. versionadded:: 0.1.0
    """
    return (monitor or get_default_monitor()).wrap(client)
