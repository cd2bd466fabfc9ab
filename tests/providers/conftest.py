"""Fixtures every provider test uses: sync and async flavours, a capturing monitor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cotmonitor import Monitor
from cotmonitor.testing import CapturingExporter


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def exporter() -> CapturingExporter:
    return CapturingExporter()


@pytest.fixture
def monitor(exporter: CapturingExporter) -> Iterator[Monitor]:
    monitor = Monitor(checks=[], exporters=[exporter])
    yield monitor
    monitor.close()
