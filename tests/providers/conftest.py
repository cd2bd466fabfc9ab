"""Fixtures every provider test uses: a capturing monitor (flavours are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cotmonitor import Monitor
from cotmonitor.testing import CapturingExporter


@pytest.fixture
def monitor(exporter: CapturingExporter) -> Iterator[Monitor]:
    monitor = Monitor(checks=[], exporters=[exporter])
    yield monitor
    monitor.close()
