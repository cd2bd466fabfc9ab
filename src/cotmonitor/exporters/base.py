"""Exporter plumbing: fan a verdict out to several exporters, none of which can hurt the host.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from cotmonitor.stats import MonitorStats
from cotmonitor.types import Exporter
from cotmonitor.verdicts import Verdict

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
            try:
                exporter(verdict)
            except Exception:
                self._failed(exporter, "export")

    def flush(self) -> None:
        """Flush every exporter that can."""
        self._each("flush")

    def close(self) -> None:
        """Close every exporter that can."""
        self._each("close")

    def _each(self, method: str) -> None:
        for exporter in self.exporters:
            call = getattr(exporter, method, None)
            if callable(call):
                try:
                    call()
                except Exception:
                    self._failed(exporter, method)

    def _failed(self, exporter: object, what: str) -> None:
        name = exporter_name(exporter)
        _log.debug("exporter %s failed in %s", name, what, exc_info=True)
        self.stats.incr("internal_errors", stage="export", component=name)
