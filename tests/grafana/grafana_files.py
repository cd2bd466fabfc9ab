"""Paths of the shipped Grafana and Prometheus files, and the metric names the exporter exposes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from cotmonitor import GuardPolicy, Monitor, PrometheusExporter, Usage
from cotmonitor.testing import make_trace
from cotmonitor.verdicts import make_verdict

GRAFANA = Path(__file__).resolve().parents[2] / "grafana"
PROM_RULES = GRAFANA / "prometheus" / "alerts.yml"
PROM_TESTS = GRAFANA / "prometheus" / "alerts_test.yml"
DASHBOARD = GRAFANA / "dashboards" / "cotmonitor.json"
METRIC = re.compile(r"\b(cotmonitor_[a-z_]+)\b")


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool is missing: run scripts/ensure-system-deps.sh (make test does)")
    return path


def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def panel_exprs() -> list[tuple[str, str]]:
    """``(panel title, PromQL)`` of every target of every panel."""
    return [
        (panel["title"], target["expr"])
        for panel in dashboard()["panels"]
        for target in panel.get("targets", ())
    ]


def exposed_sample_names() -> set[str]:
    """Every sample name the exporter exposes once every family has data."""
    registry = CollectorRegistry()
    monitor = Monitor(exporters=[PrometheusExporter(registry)], mode="inline")
    trace = make_trace(usage=Usage(reasoning_tokens=5))
    monitor.check(trace)
    guarded = make_verdict(trace, [], monitor.alert_policy)
    monitor.publish(guarded.model_copy(update={"guard": GuardPolicy().decide([])}))
    monitor.stats.incr("guard_fallbacks", cause="judge_timeout", outcome="fail_open")
    for name in ("internal_errors", "queue_dropped", "judge_cost_usd"):
        monitor.stats.incr(name, 1.0, stage="x", component="y")
    monitor.stats.incr("judge_requests", outcome="ok")
    monitor.stats.incr("session_evictions", reason="ttl")
    monitor.stats.observe("judge_duration_seconds", 1.0)
    names = {s.name for family in registry.collect() for s in family.samples}
    # These families exist before their first sample; their names are known too.
    return names | {
        "cotmonitor_findings_total",
        "cotmonitor_alerts_total",
        "cotmonitor_session_findings_total",
    }
