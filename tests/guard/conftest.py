"""Fixtures of the guard tests: a guarding monitor per test and what it alerted."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import litellm
import pytest

from cotmonitor import GuardPolicy, Monitor, Verdict
from cotmonitor.testing import CapturingExporter

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # litellm builds pydantic schemas of its ReadOnly TypedDicts on first use, which warns.
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(
                pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning")
            )


@pytest.fixture
def alerts() -> list[Verdict]:
    return []


@pytest.fixture
def guarding(
    exporter: CapturingExporter, alerts: list[Verdict]
) -> Iterator[Callable[..., Monitor]]:
    """Builds a guard-mode monitor with the default checks and a capturing exporter."""
    built: list[Monitor] = []

    def build(policy: GuardPolicy | None = None, **options: Any) -> Monitor:
        options.setdefault("exporters", [exporter])
        monitor = Monitor(mode="guard", guard=policy, on_alert=alerts.append, **options)
        built.append(monitor)
        return monitor

    yield build
    for monitor in built:
        monitor.close()


@pytest.fixture(autouse=True)
async def close_litellm_clients() -> Any:
    """litellm caches async HTTP clients per loop; close them before this test's loop ends."""
    yield
    await litellm.close_litellm_async_clients()
