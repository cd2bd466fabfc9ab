"""Static checks of the dashboard JSON (its PromQL is parsed by a real Prometheus in
tests/integration/test_prometheus_server.py)."""

from __future__ import annotations

import yaml
from grafana_files import DASHBOARD, GRAFANA, METRIC, dashboard, exposed_sample_names, panel_exprs


def test_dashboard_is_file_provisionable() -> None:
    board = dashboard()
    assert "__inputs" not in board
    assert "${DS_PROMETHEUS}" in DASHBOARD.read_text()
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["DS_PROMETHEUS"]["type"] == "datasource"
    assert variables["DS_PROMETHEUS"]["query"] == "prometheus"
    assert variables["model"]["type"] == "query"
    assert variables["agent"]["type"] == "query"
    assert 8 <= len(board["uid"]) <= 40
    assert board["id"] is None
    for panel in board["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]
            assert panel["targets"], panel["title"]
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))


def test_dashboard_provider_points_at_a_folder() -> None:
    provider = yaml.safe_load((GRAFANA / "provisioning/dashboards/cotmonitor.yml").read_text())
    assert provider["providers"][0]["type"] == "file"
    assert provider["providers"][0]["options"]["path"]


def test_panels_use_only_exposed_metrics() -> None:
    exposed = exposed_sample_names()
    for title, expr in panel_exprs():
        missing = set(METRIC.findall(expr)) - exposed
        assert not missing, (title, missing)


def test_dashboard_covers_the_required_views() -> None:
    exprs = " ".join(expr for _, expr in panel_exprs())
    for needle in (
        'category="reward_hack"',
        'category="unverbalized_hint"',
        "by (hint_type)",
        "cotmonitor_alerts_total",
        "by (severity)",
        "cotmonitor_reasoning_visibility_total",
        "cotmonitor_judge_duration_seconds_bucket",
        "cotmonitor_judge_cost_usd_total",
        'outcome=~"error|timeout|invalid"',
        "cotmonitor_queue_dropped_total",
        "cotmonitor_internal_errors_total",
        'cotmonitor_guard_decisions_total{action=~"block|strip_tool_calls|warn"}',
        "cotmonitor_guard_decision_seconds_bucket",
        "cotmonitor_guard_fallbacks_total",
        "cotmonitor_session_findings_total",
        "cotmonitor_session_evictions_total",
        'model=~"$model"',
        'agent=~"$agent"',
    ):
        assert needle in exprs, needle
