"""The Prometheus rules pass promtool, every alert has a firing unit test, Grafana's copy matches."""

from __future__ import annotations

import subprocess

import yaml
from grafana_files import GRAFANA, METRIC, PROM_RULES, PROM_TESTS, exposed_sample_names, promtool


def _alerts() -> dict[str, dict[str, object]]:
    groups = yaml.safe_load(PROM_RULES.read_text())["groups"]
    return {r["alert"]: r for g in groups for r in g["rules"] if "alert" in r}


def test_promtool_check_rules() -> None:
    out = subprocess.run(
        [promtool(), "check", "rules", str(PROM_RULES)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS: 10 rules found" in out.stdout


def test_promtool_test_rules() -> None:
    out = subprocess.run(
        [promtool(), "test", "rules", str(PROM_TESTS)],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROM_TESTS.parent,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    tests = yaml.safe_load(PROM_TESTS.read_text())["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for test in tests:
        for case in test.get("alert_rule_test", ()):
            (firing if case.get("exp_alerts") else quiet).add(case["alertname"])
    assert firing == set(_alerts())
    assert quiet == set(_alerts())


def test_rules_use_only_exposed_metrics() -> None:
    exposed = exposed_sample_names()
    used = set(METRIC.findall(PROM_RULES.read_text()))
    assert used - exposed == set()


def test_grafana_managed_rules_match_prometheus_rules() -> None:
    doc = yaml.safe_load((GRAFANA / "provisioning/alerting/cotmonitor-rules.yml").read_text())
    datasource = yaml.safe_load((GRAFANA / "provisioning/datasources/prometheus.yml").read_text())
    uid = datasource["datasources"][0]["uid"]
    rules = {r["title"]: r for g in doc["groups"] for r in g["rules"]}
    alerts = _alerts()
    assert set(rules) == set(alerts)
    for name, rule in rules.items():
        query = rule["data"][0]
        assert query["datasourceUid"] == uid
        assert query["model"]["expr"] == alerts[name]["expr"]
        assert rule["for"] == alerts[name].get("for", "0m")
        assert rule["labels"] == alerts[name]["labels"]
        assert rule["condition"] == rule["data"][-1]["refId"]
        assert len(rule["uid"]) <= 40
