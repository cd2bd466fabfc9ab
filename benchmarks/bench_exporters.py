"""Exporter cost per verdict (Prometheus, OpenTelemetry, structlog) and the Prometheus
registry's memory after 1 million traces offering 10,000 distinct label values.

Run: ``python -m benchmarks exporters`` (``COTMONITOR_BENCH_TRACES`` changes the 1,000,000).
"""

from __future__ import annotations

import gc
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import structlog
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from prometheus_client import CollectorRegistry

from cotmonitor import Finding, LogExporter, OTelExporter, PrometheusExporter, Severity, Usage
from cotmonitor.testing import make_trace
from cotmonitor.verdicts import AlertPolicy, Evidence, Verdict, make_verdict

REASONING = "Let me work through the options one at a time. " * 40
DISTINCT = 10_000


class _Drop(SpanExporter):
    def export(self, spans: Sequence[object]) -> SpanExportResult:  # noqa: ARG002
        return SpanExportResult.SUCCESS


def _verdict(i: int = 0) -> Verdict:
    trace = make_trace(
        reasoning=REASONING,
        model=f"model-{i}",
        labels={"agent": f"agent-{i}"},
        usage=Usage(input_tokens=200, output_tokens=900, reasoning_tokens=800),
        latency_s=2.0,
    )
    findings = [
        Finding(
            check="hints",
            category="unverbalized_hint",
            severity=Severity.HIGH,
            score=0.9,
            evidence=(Evidence(source="message", index=0, start=0, end=10, quote="professor"),),
            details={"hint_type": "sycophancy", "hint_answer": "C"},
        ),
        Finding(
            check="reward_hacks",
            category="reward_hack",
            severity=Severity.CRITICAL,
            evidence=(Evidence(source="reasoning", start=0, end=20, quote=REASONING[:20]),),
        ),
    ]
    return make_verdict(
        trace, findings, AlertPolicy(), durations={"hints": 2e-5, "reward_hacks": 3e-5}
    )


def per_call_us(
    export: Callable[[Verdict], None], verdict: Verdict, calls: int = 2_000, rounds: int = 7
) -> float:
    """Median over rounds of the mean cost of one call, in microseconds."""
    for _ in range(200):
        export(verdict)
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            export(verdict)
        samples.append((time.perf_counter() - started) / calls * 1e6)
    return statistics.median(samples)


def exporter_costs() -> list[tuple[str, float]]:
    verdict = _verdict()
    prometheus = PrometheusExporter(CollectorRegistry())
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(_Drop()))
    otel = OTelExporter(
        tracer_provider,
        MeterProvider(metric_readers=[InMemoryMetricReader()]),
        capture_content=False,
    )
    otel_spans = OTelExporter(tracer_provider, capture_content=False, record_metrics=False)
    devnull = Path(os.devnull).open("w")  # noqa: SIM115 - closed below
    logger = structlog.wrap_logger(
        structlog.PrintLogger(devnull),
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
    )
    log = LogExporter(logger)
    rows = [
        ("prometheus", per_call_us(prometheus, verdict)),
        ("otel (span + events + metrics)", per_call_us(otel, verdict)),
        ("otel (span + events only)", per_call_us(otel_spans, verdict)),
        ("structlog alert event (JSON)", per_call_us(log, verdict)),
    ]
    devnull.close()
    return rows


def registry_memory(traces: int, max_label_values: int) -> tuple[int, float, float, int]:
    """Series and KiB held by a registry fed ``traces`` verdicts over DISTINCT label values."""
    verdicts = [_verdict(i) for i in range(DISTINCT)]
    # The pre-built verdicts stay alive; keep the collector from re-scanning them.
    gc.collect()
    gc.freeze()
    tracemalloc.start()
    registry = CollectorRegistry()
    exporter = PrometheusExporter(registry, max_label_values=max_label_values)
    started = time.perf_counter()
    for i in range(traces):
        exporter(verdicts[i % DISTINCT])
    elapsed = time.perf_counter() - started
    gc.collect()
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.unfreeze()
    series = sum(len(family.samples) for family in registry.collect())
    overflow = registry.get_sample_value("cotmonitor_label_overflow_total", {"label": "model"}) or 0
    return series, held / 1024, elapsed, int(overflow)


def main(_argv: list[str] | None = None) -> None:
    print(f"{'exporter':34} {'µs / verdict (median)':>22}")
    for name, cost in exporter_costs():
        print(f"{name:34} {cost:22.1f}")
    traces = int(os.environ.get("COTMONITOR_BENCH_TRACES", "1000000"))
    print(
        f"\nPrometheus registry after {traces:,} traces over {DISTINCT:,} distinct model/agent values"
    )
    print(
        f"{'max_label_values':>16} {'series':>8} {'KiB held':>10} {'overflowed (model)':>19} {'s':>6}"
    )
    for cap in (100, DISTINCT):
        fed = traces if cap == 100 else min(traces, 2 * DISTINCT)
        series, kib, seconds, overflow = registry_memory(fed, cap)
        print(f"{cap:16,} {series:8,} {kib:10,.0f} {overflow:19,} {seconds:6.1f}")
    print(f"(the uncapped row is fed {2 * DISTINCT:,} traces: every value offered twice)")


if __name__ == "__main__":
    main()
