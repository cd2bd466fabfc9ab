"""A real Prometheus server scrapes a monitored app, records its series and fires the alerts.

The app is a wrapped ``openai`` client calling the local model server; the findings come from
a scripted check keyed on ``cotmonitor.context`` labels, so the expected counts are known.
``drive_traffic`` is the only place that knows where traffic comes from.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import pytest
from prometheus_client import CollectorRegistry

import cotmonitor
from cotmonitor import Finding, Monitor, PrometheusExporter, Severity, Trace
from cotmonitor.localserver import LocalModelServer, Reply

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "grafana" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "grafana" / "dashboards" / "cotmonitor.json"


def scripted(trace: Trace) -> Iterable[Finding]:
    """Finds what the ``find`` context label names: ``reward_hack``, ``unverbalized_hint:metadata``."""
    for item in filter(None, trace.labels.get("find", "").split(",")):
        category, _, hint_type = item.partition(":")
        yield Finding(
            check="scripted",
            category=category,  # type: ignore[arg-type]
            severity=Severity.CRITICAL if category == "reward_hack" else Severity.HIGH,
            details={"hint_type": hint_type} if hint_type else {},
        )


scripted.name = "scripted"  # type: ignore[attr-defined]

TRAFFIC: tuple[tuple[str, int, bool], ...] = (
    ("unverbalized_hint:metadata", 4, True),
    ("verbalized_hint:sycophancy", 2, True),
    ("reward_hack", 1, True),
    ("", 1, False),  # no reasoning in the reply: visibility "absent"
)
"""(findings, calls, with reasoning) per kind of call."""


def drive_traffic(monitor: Monitor, server: LocalModelServer) -> int:
    """Send the TRAFFIC calls through a wrapped OpenAI client; returns the number of calls."""
    client = monitor.wrap(
        openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)
    )
    calls = 0
    for find, count, with_reasoning in TRAFFIC:
        for _ in range(count):
            server.enqueue(
                Reply(
                    content="The answer is (C).",
                    reasoning="Let me think about it step by step." if with_reasoning else "",
                    reasoning_field="reasoning_content" if with_reasoning else "none",
                )
            )
            with cotmonitor.context(agent="coder", find=find):
                client.chat.completions.create(
                    model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": "Q?"}]
                )
            calls += 1
    assert monitor.flush(10)
    return calls


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PrometheusServer:
    url: str

    def get(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(f"{self.url}{path}?{query}", timeout=5) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            return json.load(error)

    def scalar(self, expr: str) -> float | None:
        result = self.get("/api/v1/query", query=expr)["data"]["result"]
        return float(result[0]["value"][1]) if result else None

    def wait_for(self, expr: str, expected: float, timeout: float = 20.0) -> float | None:
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.scalar(expr)
            if value == expected:
                return value
            time.sleep(0.3)
        return value


@pytest.fixture(scope="module")
def app() -> Iterator[tuple[str, int]]:
    registry = CollectorRegistry()
    monitor = Monitor([scripted], exporters=[PrometheusExporter(registry)])
    metrics, thread = cotmonitor.start_metrics_server(0, registry=registry)
    with LocalModelServer() as server:
        calls = drive_traffic(monitor, server)
        yield f"127.0.0.1:{metrics.server_port}", calls
    monitor.close()
    metrics.shutdown()
    metrics.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def prometheus(
    app: tuple[str, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrometheusServer]:
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail("prometheus is missing: run scripts/ensure-system-deps.sh (make test does)")
    work = tmp_path_factory.mktemp("prometheus")
    # Production "for:" durations shortened so the test sees pending then firing.
    (work / "rules.yml").write_text(re.sub(r"for: \d+m", "for: 2s", RULES.read_text()))
    (work / "prometheus.yml").write_text(
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        "rule_files: [rules.yml]\n"
        f"scrape_configs: [{{job_name: app, static_configs: [{{targets: ['{app[0]}']}}]}}]\n"
    )
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            f"--config.file={work / 'prometheus.yml'}",
            f"--storage.tsdb.path={work / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server = PrometheusServer(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{server.url}/-/ready", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        process.wait(10)
        if process.stderr is not None:
            process.stderr.close()


def test_series_arrive_with_the_expected_values(
    prometheus: PrometheusServer, app: tuple[str, int]
) -> None:
    calls = app[1]
    assert (
        prometheus.wait_for('sum(cotmonitor_traces_total{job="app", agent="coder"})', calls)
        == calls
    )
    by_hint = prometheus.get(
        "/api/v1/query",
        query='sum by (category, hint_type) (cotmonitor_findings_total{model="gpt-4o"})',
    )
    found = {
        (r["metric"]["category"], r["metric"].get("hint_type", "")): float(r["value"][1])
        for r in by_hint["data"]["result"]
    }
    assert found[("unverbalized_hint", "metadata")] == 4
    assert found[("verbalized_hint", "sycophancy")] == 2
    assert found[("reward_hack", "")] == 1
    assert prometheus.scalar('sum(cotmonitor_reasoning_visibility_total{visibility="absent"})') == 1
    assert (
        prometheus.scalar('sum(cotmonitor_reasoning_visibility_total{visibility="readable"})')
        == calls - 1
    )
    assert (
        prometheus.scalar(
            'sum(cotmonitor_alerts_total{category="reward_hack", severity="critical"})'
        )
        == 1
    )
    assert prometheus.scalar("cotmonitor_queue_depth") == 0
    assert prometheus.scalar('cotmonitor_check_duration_seconds_count{check="scripted"}') == calls


def test_reward_hack_alert_goes_pending_then_firing(prometheus: PrometheusServer) -> None:
    seen: list[str] = []
    deadline = time.monotonic() + 25
    alert: dict[str, Any] = {}
    while time.monotonic() < deadline:
        alerts = prometheus.get("/api/v1/alerts")["data"]["alerts"]
        alert = next((a for a in alerts if a["labels"]["alertname"] == "CotMonitorRewardHack"), {})
        if alert and (not seen or seen[-1] != alert["state"]):
            seen.append(alert["state"])
        if alert.get("state") == "firing":
            break
        time.sleep(0.25)
    assert seen, "the alert never appeared"
    assert seen[-1] == "firing", seen
    assert alert["labels"]["model"] == "gpt-4o"
    assert alert["labels"]["agent"] == "coder"
    assert alert["labels"]["severity"] == "critical"
    # Nothing here should trip the monitor-health alerts.
    names = {a["labels"]["alertname"] for a in prometheus.get("/api/v1/alerts")["data"]["alerts"]}
    assert not names & {"CotMonitorSilent", "CotMonitorQueueDrops", "CotMonitorInternalErrors"}


def test_every_dashboard_query_parses(prometheus: PrometheusServer) -> None:
    board = json.loads(DASHBOARD.read_text())
    substitutions = {"$__rate_interval": "1m", "$__range": "5m", "$model": ".*", "$agent": ".*"}
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", ())]
    assert len(exprs) > 20
    for expr in exprs:
        query = expr
        for variable, value in substitutions.items():
            query = query.replace(variable, value)
        reply = prometheus.get("/api/v1/query", query=query)
        assert reply["status"] == "success", (expr, reply)
    bad = prometheus.get("/api/v1/query", query="sum(rate(cotmonitor_traces_total[1m])")
    assert bad["status"] == "error"  # the check can fail
