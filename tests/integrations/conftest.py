"""Fixtures the framework tests share: a capturing monitor and one whose submit fails."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cotmonitor import Monitor
from cotmonitor.testing import CapturingExporter


class BrokenMonitor(Monitor):
    """A monitor failing inside: what a framework must never see."""

    def submit(self, raw):
        raise RuntimeError("monitor is broken")


@pytest.fixture
def exporter() -> CapturingExporter:
    return CapturingExporter()


@pytest.fixture
def monitor(exporter: CapturingExporter) -> Iterator[Monitor]:
    monitor = Monitor(exporters=[exporter])
    yield monitor
    monitor.close()


@pytest.fixture
def broken(exporter: CapturingExporter) -> Iterator[Monitor]:
    monitor = BrokenMonitor(exporters=[exporter])
    yield monitor
    monitor.close()
