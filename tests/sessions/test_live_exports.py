"""Ended sessions in the alert log, session findings in OpenTelemetry metrics."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest
import structlog
from live_support import by_prompt, chat_agent
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from structlog.testing import capture_logs

import cotmonitor
from cotmonitor import LogExporter, Monitor, OTelExporter
from cotmonitor.localserver import LocalModelServer


@pytest.fixture
def server() -> Iterator[LocalModelServer]:
    with LocalModelServer(responder=by_prompt) as running:
        yield running


def _run(server: LocalModelServer, monitor: Monitor, *sessions: str) -> None:
    client = monitor.wrap(
        openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)
    )
    for session in sessions:
        with cotmonitor.context(session_id=session, agent="coder"):
            chat_agent(client, session)


def test_an_ended_session_that_is_an_alert_is_one_log_event(server: LocalModelServer) -> None:
    with capture_logs() as logs:
        monitor = Monitor([], exporters=[LogExporter(structlog.get_logger("cotmonitor"))])
        _run(server, monitor, "hack-l1", "clean-l1")
        monitor.end_session("hack-l1")
        monitor.end_session("clean-l1")
        monitor.close()
    ended = [e for e in logs if e["event"].startswith("cotmonitor.session")]
    assert len(ended) == 1  # the clean session ends without a word
    event = ended[0]
    assert event["event"] == "cotmonitor.session_alert"
    assert event["log_level"] == "warning"
    assert (event["session_id"], event["steps"], event["ended"]) == ("hack-l1", 3, "end_session")
    assert (event["category"], event["check"], event["agent"]) == (
        "reward_hack",
        "trajectory",
        "coder",
    )
    assert len(event["traces"]) == 2
    # The call that completed the hack was an alert too, with the session finding on it.
    alerts = [e for e in logs if e["event"] == "cotmonitor.alert"]
    assert [a["session_id"] for a in alerts] == ["hack-l1"]


def _points(reader: InMemoryMetricReader, name: str) -> list[Any]:
    data = reader.get_metrics_data()
    assert data is not None
    return [
        point
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
        if metric.name == name
        for point in metric.data.data_points
    ]


def test_otel_metrics_count_session_findings_evictions_and_live_sessions(
    server: LocalModelServer,
) -> None:
    reader = InMemoryMetricReader()
    exporter = OTelExporter(TracerProvider(), MeterProvider(metric_readers=[reader]))
    with Monitor([], exporters=[exporter], max_sessions=1) as monitor:
        _run(server, monitor, "hack-o1", "clean-o1")
        assert monitor.flush(10)
        found = _points(reader, "cotmonitor.session.findings")
        assert [(p.attributes, p.value) for p in found] == [({"category": "reward_hack"}, 1)]
        evicted = _points(reader, "cotmonitor.session.evictions")
        assert [(p.attributes, p.value) for p in evicted] == [({"reason": "capacity"}, 1)]
        assert [p.value for p in _points(reader, "cotmonitor.sessions.live")] == [1]
