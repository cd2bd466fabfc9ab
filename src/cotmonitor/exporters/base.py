"""Exporter plumbing: fan a verdict out to several exporters, none of which can hurt the host.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from cotmonitor.stats import MonitorStats
from cotmonitor.types import (
    Bindable,
    Closable,
    EarlyAlerting,
    Exporter,
    Flushable,
    MonitorView,
    SessionExporting,
)
from cotmonitor.verdicts import Verdict

if TYPE_CHECKING:
    from cotmonitor.sessions.verdict import SessionVerdict

_log = logging.getLogger("cotmonitor")


def exporter_name(exporter: object) -> str:
    """The name an exporter's errors are counted under."""
    name = getattr(exporter, "name", None)
    if isinstance(name, str):
        return name
    return getattr(exporter, "__name__", type(exporter).__name__)


class FanOutExporter:
    """Hands each verdict to every exporter; one failing does not stop the others.

    Failures are logged at debug and counted as ``internal_errors{stage="export"}``.
    """

    name = "fanout"

    def __init__(self, exporters: Iterable[Exporter], stats: MonitorStats | None = None) -> None:
        self.exporters = list(exporters)
        self.stats = stats if stats is not None else MonitorStats()

    def __call__(self, verdict: Verdict) -> None:
        for exporter in self.exporters:
            self._safely(exporter, partial(exporter, verdict), "export")

    @property
    def takes_early_alerts(self) -> bool:
        """Whether any exporter takes early alerts (read per stream: the list is live)."""
        return any(isinstance(exporter, EarlyAlerting) for exporter in self.exporters)

    def early_alert(self, verdict: Verdict) -> None:
        """Hand an early alert to every exporter that takes them."""
        for exporter in self.exporters:
            if isinstance(exporter, EarlyAlerting):
                self._safely(exporter, partial(exporter.early_alert, verdict), "early_alert")

    def session_ended(self, verdict: SessionVerdict) -> None:
        """Hand the final verdict of an ended session to every exporter that takes them."""
        for exporter in self.exporters:
            if isinstance(exporter, SessionExporting):
                self._safely(exporter, partial(exporter.session_ended, verdict), "session_ended")

    def bind(self, monitor: MonitorView) -> None:
        """Bind every exporter that wants the monitor; a failure is counted (``stage="bind"``)."""
        for exporter in self.exporters:
            if isinstance(exporter, Bindable):
                try:
                    exporter.bind(monitor)
                except Exception:
                    self._failed(exporter, "bind", stage="bind")

    def flush(self) -> None:
        """Flush every exporter that can."""
        for exporter in self.exporters:
            if isinstance(exporter, Flushable):
                self._safely(exporter, exporter.flush, "flush")

    def close(self) -> None:
        """Close every exporter that can."""
        for exporter in self.exporters:
            if isinstance(exporter, Closable):
                self._safely(exporter, exporter.close, "close")

    def _safely(self, exporter: object, call: Callable[[], object], what: str) -> None:
        try:
            call()
        except Exception:
            self._failed(exporter, what)

    def _failed(self, exporter: object, what: str, stage: str = "export") -> None:
        name = exporter_name(exporter)
        _log.debug("exporter %s failed in %s", name, what, exc_info=True)
        self.stats.incr("internal_errors", stage=stage, component=name)
