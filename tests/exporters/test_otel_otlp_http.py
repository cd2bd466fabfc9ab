"""The OTLP/HTTP exporter (cotmonitor[otel]) against a local receiver decoding the protobuf."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from cotmonitor import Check, Monitor, OTelExporter
from cotmonitor.testing import make_trace


class Receiver(BaseHTTPRequestHandler):
    received: list[tuple[str, bytes]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        self.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    received: list[tuple[str, bytes]] = []
    handler = type("Handler", (Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", received
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_spans_and_metrics_reach_an_otlp_http_receiver(
    receiver: tuple[str, list[tuple[str, bytes]]],
    scripted_check: Check,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # OpenTelemetry's own switch turns the evaluation events on.
    monkeypatch.setenv("OTEL_SEMCONV_STABILITY_OPT_IN", "http,gen_ai_latest_experimental")
    url, received = receiver
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(f"{url}/v1/traces")))
    metric_reader = PeriodicExportingMetricReader(
        OTLPMetricExporter(f"{url}/v1/metrics"), export_interval_millis=60_000
    )
    meter_provider = MeterProvider(metric_readers=[metric_reader])
    exporter = OTelExporter(tracer_provider, meter_provider)
    monitor = Monitor([scripted_check], exporters=[exporter], mode="inline")
    monitor.check(make_trace(model="m1", labels={"find": "reward_hack"}))
    meter_provider.force_flush()
    meter_provider.shutdown()
    tracer_provider.shutdown()

    traces = [ExportTraceServiceRequest.FromString(b) for p, b in received if p == "/v1/traces"]
    spans = [
        s for t in traces for rs in t.resource_spans for ss in rs.scope_spans for s in ss.spans
    ]
    assert [s.name for s in spans] == ["chat m1"]
    assert [e.name for e in spans[0].events] == ["cotmonitor.finding", "gen_ai.evaluation.result"]
    metrics = [ExportMetricsServiceRequest.FromString(b) for p, b in received if p == "/v1/metrics"]
    names = {
        m.name: m
        for r in metrics
        for rm in r.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
    }
    assert names["cotmonitor.traces"].sum.data_points[0].as_int == 1
    assert "cotmonitor.findings" in names
