"""A replay's counts as Prometheus text, for node_exporter's textfile collector.

Family names follow the live exporter's (``cotmonitor_traces_total``,
``cotmonitor_findings_total`` ...) so the same dashboards read them; the replay-only ones
start with ``cotmonitor_replay_``. A private registry keeps them apart from any live metrics
of the process.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from cotmonitor.replay.summary import ReplaySummary


class _SummaryCollector:
    """Yields the summary's counts as metric families (no ``_created`` series)."""

    def __init__(self, summary: ReplaySummary, finished: float) -> None:
        self.summary = summary
        self.finished = finished

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        s = self.summary
        traces = CounterMetricFamily("cotmonitor_traces", "Traces checked.", labels=["model"])
        for model, count in sorted(s.traces_by_model.items()):
            traces.add_metric([model], count)
        findings = CounterMetricFamily(
            "cotmonitor_findings",
            "Findings, by check, category, severity and hint type.",
            labels=["model", "check", "category", "severity", "hint_type"],
        )
        for labels, count in sorted(s.by_labels.items()):
            findings.add_metric(list(labels), count)
        visibility = CounterMetricFamily(
            "cotmonitor_reasoning_visibility",
            "Traces by how readable their reasoning was.",
            labels=["visibility"],
        )
        for kind, count in sorted(s.visibility.items()):
            visibility.add_metric([kind], count)
        alerts = CounterMetricFamily(
            "cotmonitor_alerts", "Traces whose verdict was an alert.", value=s.alerts
        )
        skipped = CounterMetricFamily(
            "cotmonitor_replay_skipped_records",
            "Records that could not be checked.",
            labels=["reason"],
        )
        for reason, count in sorted(s.skipped.items()):
            skipped.add_metric([reason], count)
        yield from (traces, findings, visibility, alerts, skipped)
        yield from _session_families(s)
        yield CounterMetricFamily(
            "cotmonitor_replay_read_bytes", "Bytes read from the inputs.", value=s.bytes_read
        )
        yield GaugeMetricFamily(
            "cotmonitor_replay_duration_seconds", "How long the replay took.", value=s.seconds
        )
        yield GaugeMetricFamily(
            "cotmonitor_replay_last_run_timestamp_seconds",
            "When the replay finished.",
            value=self.finished,
        )


def _session_families(s: ReplaySummary) -> Iterator[Any]:
    from prometheus_client.core import CounterMetricFamily

    findings = CounterMetricFamily(
        "cotmonitor_session_findings",
        "Findings of trajectory checks over whole sessions, by category.",
        labels=["category"],
    )
    for category, count in sorted(s.session_by_category.items()):
        findings.add_metric([category], count)
    yield findings
    yield CounterMetricFamily(
        "cotmonitor_replay_sessions",
        "Sessions checked (ids in the log, response chains).",
        value=s.sessions,
    )
    yield CounterMetricFamily(
        "cotmonitor_replay_sessions_evicted",
        "Sessions checked early because too many were open at once.",
        value=s.sessions_evicted,
    )


def write_metrics(summary: ReplaySummary, path: str) -> None:
    """Write the summary to ``path`` in the Prometheus text format (atomically)."""
    from prometheus_client import CollectorRegistry, write_to_textfile

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_SummaryCollector(summary, time.time()))
    write_to_textfile(path, registry)
