"""prometheus_client multiprocess mode: two real worker processes, one merged scrape."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.multiprocess import MultiProcessCollector

WORKER = textwrap.dedent(
    """
    import sys
    from cotmonitor import Finding, Monitor, PrometheusExporter, Severity
    from cotmonitor.testing import make_trace

    def hack(trace):
        return [Finding(check="hack", category="reward_hack", severity=Severity.CRITICAL)]
    hack.name = "hack"

    exporter = PrometheusExporter()
    monitor = Monitor([hack], exporters=[exporter], mode="inline")
    n = int(sys.argv[1])
    for _ in range(n):
        monitor.check(make_trace(model="gpt-4o-2024-08-06", labels={"agent": "w"}))
    monitor.stats.incr("queue_dropped", n)
    monitor.stats.incr("internal_errors", stage="export", component="x")
    monitor.close()
    """
)


def test_two_worker_processes_merge_in_one_scrape(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(n)], env=env) for n in (3, 5)]
    assert [w.wait(timeout=60) for w in workers] == [0, 0]

    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(tmp_path))  # type: ignore[no-untyped-call]
    get = registry.get_sample_value
    base = {"provider": "test", "model": "gpt-4o", "agent": "w"}
    assert get("cotmonitor_traces_total", base) == 8
    assert (
        get("cotmonitor_alerts_total", {**base, "category": "reward_hack", "severity": "critical"})
        == 8
    )
    assert get("cotmonitor_queue_dropped_total") == 8
    assert get("cotmonitor_internal_errors_total", {"stage": "export", "component": "x"}) == 2

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    from cotmonitor.exporters.serving import exposition_registry

    merged = exposition_registry()
    assert merged.get_sample_value("cotmonitor_traces_total", base) == 8
