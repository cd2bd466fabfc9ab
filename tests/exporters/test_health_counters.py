"""Health counters are monotonic for the life of the process, and label settings never clash
silently: Prometheus ``rate()`` and the alert rules depend on both."""

from __future__ import annotations

import gc

import pytest
from prometheus_client import CollectorRegistry

from cotmonitor import ConfigError, Monitor, PrometheusExporter
from cotmonitor.testing import make_trace


def dropped(registry: CollectorRegistry) -> float:
    return registry.get_sample_value("cotmonitor_queue_dropped_total") or 0.0


def test_counters_survive_a_garbage_collected_monitor() -> None:
    registry = CollectorRegistry()
    exporter = PrometheusExporter(registry)
    monitor = Monitor(checks=[], exporters=[exporter])
    monitor.close()
    for _ in range(5):
        monitor.submit(make_trace())  # after close: counted and dropped
    assert dropped(registry) == 5
    keep = Monitor(checks=[], exporters=[exporter])
    keep.close()
    keep.submit(make_trace())
    del monitor
    gc.collect()
    assert dropped(registry) == 6  # was 1: the collected monitor's 5 went missing


def test_queue_depth_gauge_forgets_a_collected_monitor() -> None:
    registry = CollectorRegistry()
    exporter = PrometheusExporter(registry)
    monitor = Monitor(checks=[], exporters=[exporter], queue_size=3)
    monitor.close()
    del monitor
    gc.collect()
    assert registry.get_sample_value("cotmonitor_queue_depth") == 0


def test_conflicting_label_settings_raise() -> None:
    registry = CollectorRegistry()
    PrometheusExporter(registry)  # what a Monitor() built first does on its registry
    with pytest.raises(ConfigError, match=r"max_label_values=100 and no allowlist"):
        PrometheusExporter(registry, max_label_values=3, agents=["coder"])
    with pytest.raises(ConfigError, match="max_label_values=3"):
        PrometheusExporter(registry, max_label_values=3)
    # the same settings again are fine: they share the metrics
    assert PrometheusExporter(registry).metrics is PrometheusExporter(registry).metrics


def test_label_settings_given_first_hold() -> None:
    registry = CollectorRegistry()
    first = PrometheusExporter(registry, max_label_values=3, agents=["coder"])
    again = PrometheusExporter(registry, max_label_values=3, agents=["coder"])
    assert again.metrics is first.metrics
    monitor = Monitor(checks=[], exporters=[again], mode="inline")
    monitor.check(make_trace(labels={"agent": "intruder"}))
    assert registry.get_sample_value("cotmonitor_label_overflow_total", {"label": "agent"}) == 1


def test_submit_after_close_starts_no_thread_and_counts() -> None:
    import threading

    monitor = Monitor(checks=[], exporters=[])
    monitor.submit(make_trace())
    assert monitor.flush()
    monitor.close()
    before = {t.ident for t in threading.enumerate()}
    monitor.submit(make_trace())
    monitor.submit(make_trace())
    assert {t.ident for t in threading.enumerate()} <= before
    assert monitor.stats.get("queue_dropped") == 2
    inline = Monitor(checks=[], exporters=[], mode="inline")
    inline.close()
    inline.submit(make_trace())
    assert inline.stats.get("queue_dropped") == 1
