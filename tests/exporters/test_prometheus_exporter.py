from __future__ import annotations

import urllib.request

import pytest
from opentelemetry.sdk.trace import TracerProvider
from prometheus_client import CollectorRegistry
from prometheus_client.openmetrics.exposition import generate_latest as openmetrics

import cotmonitor
from cotmonitor import Check, ConfigError, Monitor, PrometheusExporter, Trace, Usage
from cotmonitor.exporters.prometheus import default_prometheus_exporter
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.testing import make_trace


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


def _monitor(registry: CollectorRegistry, check: Check, **kwargs: object) -> Monitor:
    exporter = PrometheusExporter(registry, **kwargs)  # type: ignore[arg-type]
    return Monitor([check], exporters=[exporter], mode="inline")


def test_verdict_families_count_traces_findings_alerts(
    registry: CollectorRegistry, scripted_check: Check
) -> None:
    monitor = _monitor(registry, scripted_check)
    labels = {"agent": "coder", "find": "reward_hack,unverbalized_hint:metadata"}
    monitor.check(
        make_trace(
            model="gpt-4o-2024-08-06",
            provider="openai",
            labels=labels,
            usage=Usage(reasoning_tokens=120),
        )
    )
    monitor.check(make_trace(model="gpt-4o", provider="openai", labels={"agent": "coder"}))
    base = {"provider": "openai", "model": "gpt-4o", "agent": "coder"}
    get = registry.get_sample_value
    assert get("cotmonitor_traces_total", base) == 2
    assert (
        get(
            "cotmonitor_findings_total",
            {
                **base,
                "category": "reward_hack",
                "check": "scripted",
                "severity": "critical",
                "hint_type": "",
            },
        )
        == 1
    )
    assert (
        get(
            "cotmonitor_findings_total",
            {
                **base,
                "category": "unverbalized_hint",
                "check": "scripted",
                "severity": "high",
                "hint_type": "metadata",
            },
        )
        == 1
    )
    assert (
        get("cotmonitor_alerts_total", {**base, "category": "reward_hack", "severity": "critical"})
        == 1
    )
    assert get("cotmonitor_reasoning_tokens_total", base) == 120
    assert (
        get(
            "cotmonitor_reasoning_visibility_total",
            {"provider": "openai", "model": "gpt-4o", "visibility": "readable"},
        )
        == 2
    )
    assert get("cotmonitor_reasoning_chars_count", {"provider": "openai", "model": "gpt-4o"}) == 2
    assert get("cotmonitor_check_duration_seconds_count", {"check": "scripted"}) == 2


def test_visibility_absent_and_no_reasoning_histogram(
    registry: CollectorRegistry, scripted_check: Check
) -> None:
    monitor = _monitor(registry, scripted_check)
    monitor.check(Trace(model="o3", provider="openai", output="42"))
    get = registry.get_sample_value
    assert (
        get(
            "cotmonitor_reasoning_visibility_total",
            {"provider": "openai", "model": "o3", "visibility": "absent"},
        )
        == 1
    )
    assert get("cotmonitor_reasoning_chars_count", {"provider": "openai", "model": "o3"}) is None


def test_label_cap_folds_values_into_other_and_counts(
    registry: CollectorRegistry, scripted_check: Check
) -> None:
    monitor = _monitor(
        registry,
        scripted_check,
        max_label_values=2,
        extra_labels=("team",),
        allowed_values={"team": {"red"}},
    )
    for i in range(5):
        monitor.check(make_trace(model=f"model-{i}", labels={"team": "blue" if i else "red"}))
    get = registry.get_sample_value
    assert (
        get(
            "cotmonitor_traces_total",
            {"provider": "test", "model": "other", "agent": "", "team": "other"},
        )
        == 3
    )
    assert get("cotmonitor_label_overflow_total", {"label": "model"}) == 3
    assert get("cotmonitor_label_overflow_total", {"label": "team"}) == 4


def test_unbounded_extra_labels_are_refused(registry: CollectorRegistry) -> None:
    with pytest.raises(ConfigError, match="session_id"):
        PrometheusExporter(registry, extra_labels=("session_id",))


def test_exporters_on_one_registry_share_metrics(registry: CollectorRegistry) -> None:
    first = PrometheusExporter(registry)
    second = PrometheusExporter(registry)
    first(Monitor([], exporters=[]).check(make_trace(), export=False))
    second(Monitor([], exporters=[]).check(make_trace(), export=False))
    labels = {"provider": "test", "model": "test-model", "agent": ""}
    assert registry.get_sample_value("cotmonitor_traces_total", labels) == 2
    with pytest.raises(ConfigError, match="extra labels"):
        PrometheusExporter(registry, extra_labels=("team",))
    first.unregister()
    assert registry.get_sample_value("cotmonitor_traces_total", labels) is None
    PrometheusExporter(registry, extra_labels=("team",))  # a fresh set after unregister


def test_monitor_stats_are_exposed_at_scrape_time(registry: CollectorRegistry) -> None:
    exporter = PrometheusExporter(registry)
    monitor = Monitor([], exporters=[exporter], queue_size=1)
    get = registry.get_sample_value
    assert get("cotmonitor_queue_dropped_total") == 0
    monitor.stats.incr("internal_errors", stage="check", component="hints")
    monitor.stats.incr("queue_dropped", 3)
    monitor.stats.incr("judge_requests", outcome="ok", model="judge-model")
    monitor.stats.incr("judge_cost_usd", 0.25)
    monitor.stats.observe("judge_duration_seconds", 0.3)
    monitor.stats.observe("judge_duration_seconds", 100.0)
    assert get("cotmonitor_internal_errors_total", {"stage": "check", "component": "hints"}) == 1
    assert get("cotmonitor_queue_dropped_total") == 3
    assert get("cotmonitor_judge_requests_total", {"outcome": "ok"}) == 1
    assert get("cotmonitor_judge_cost_usd_total") == 0.25
    assert get("cotmonitor_judge_duration_seconds_bucket", {"le": "0.32"}) == 1
    assert get("cotmonitor_judge_duration_seconds_bucket", {"le": "+Inf"}) == 2
    assert get("cotmonitor_judge_duration_seconds_sum") == pytest.approx(100.3)
    assert get("cotmonitor_queue_depth") == 0
    monitor.close()


def test_exemplar_carries_the_trace_id_of_the_span_current_at_submit(
    registry: CollectorRegistry, scripted_check: Check
) -> None:
    exporter = PrometheusExporter(registry)
    monitor = Monitor([scripted_check], exporters=[exporter])  # background worker
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("agent step") as span:
        monitor.submit(make_trace(labels={"find": "reward_hack"}))
        trace_id = format(span.get_span_context().trace_id, "032x")
    assert monitor.flush(5)
    text = openmetrics(registry).decode()
    assert f'# {{trace_id="{trace_id}"}}' in text
    finding_lines = [
        line for line in text.splitlines() if line.startswith("cotmonitor_findings_total{")
    ]
    assert finding_lines
    assert trace_id in finding_lines[0]
    monitor.close()


def test_default_monitor_exports_to_the_default_registry(scripted_check: Check) -> None:
    from prometheus_client import REGISTRY

    settings = CotMonitorSettings(log_alerts=False)
    monitor = Monitor([scripted_check], settings=settings, mode="inline")
    assert default_prometheus_exporter() in monitor.exporters
    labels = {"provider": "test", "model": "default-registry-model", "agent": ""}
    before = REGISTRY.get_sample_value("cotmonitor_traces_total", labels) or 0
    monitor.check(make_trace(model="default-registry-model"))
    Monitor(settings=settings)  # a second monitor does not register the metrics twice
    assert REGISTRY.get_sample_value("cotmonitor_traces_total", labels) == before + 1
    off = Monitor(settings=CotMonitorSettings(prometheus=False, log_alerts=False))
    assert off.exporters == []


def test_metrics_server_serves_registry(registry: CollectorRegistry) -> None:
    exporter = PrometheusExporter(registry)
    exporter(Monitor([], exporters=[]).check(make_trace(model="served"), export=False))
    server, thread = cotmonitor.start_metrics_server(0, registry=registry)
    try:
        url = f"http://127.0.0.1:{server.server_port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert 'cotmonitor_traces_total{agent="",model="served",provider="test"} 1.0' in body


def test_wsgi_app_serves_registry(registry: CollectorRegistry) -> None:
    from wsgiref.util import setup_testing_defaults

    PrometheusExporter(registry)(Monitor([], exporters=[]).check(make_trace(), export=False))
    app = cotmonitor.metrics_app(registry)
    environ: dict[str, object] = {}
    setup_testing_defaults(environ)
    statuses: list[str] = []
    body = b"".join(app(environ, lambda status, _headers: statuses.append(status)))
    assert statuses == ["200 OK"]
    assert b"cotmonitor_traces_total" in body


def test_stats_labels_are_bounded_too(registry: CollectorRegistry) -> None:
    monitor = Monitor([], exporters=[PrometheusExporter(registry, max_label_values=2)])
    for i in range(4):
        monitor.stats.incr("internal_errors", stage="check", component=f"rule-{i}")
    get = registry.get_sample_value
    assert get("cotmonitor_internal_errors_total", {"stage": "check", "component": "other"}) == 2
    for _ in range(3):  # every scrape sees the same values: counted once
        assert get("cotmonitor_label_overflow_total", {"label": "component"}) == 2
    monitor.close()


async def test_asgi_app_serves_registry(registry: CollectorRegistry) -> None:
    PrometheusExporter(registry)(Monitor([], exporters=[]).check(make_trace(), export=False))
    app = cotmonitor.metrics_asgi_app(registry)
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/metrics",
        "query_string": b"",
        "headers": [],
    }
    await app(scope, receive, send)
    assert sent[0]["status"] == 200
    assert b"cotmonitor_traces_total" in b"".join(
        m.get("body", b"")
        for m in sent
        if m["type"] == "http.response.body"  # type: ignore[misc]
    )
