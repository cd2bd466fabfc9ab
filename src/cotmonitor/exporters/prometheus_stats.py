"""Exposing ``MonitorStats`` to Prometheus: read at scrape time, or mirrored in multiprocess mode.

A monitor counts its own failures, drops and judge calls in ``monitor.stats`` (a dict update
under a lock). ``StatsCollector`` turns a snapshot of every bound monitor's stats into metric
families when Prometheus scrapes, so nothing is pushed from the hot path.

``prometheus_client``'s multiprocess mode cannot run custom collectors (the scraping process
reads the other workers' memory-mapped files), so there ``StatsMirror`` copies the counter
increases into ordinary metrics each time a verdict is exported and on flush. The judge
latency histogram is not mirrored in that mode (a histogram cannot be rebuilt from deltas).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from cotmonitor.exporters.metric_specs import STATS_METRICS, MetricSpec
from cotmonitor.stats import LabelPairs, MonitorStats

Bound = Callable[[str, str], str]


def memoized(bound: Bound) -> Bound:
    """``bound`` deciding each raw value once, so an overflow is counted once, not per scrape.

    The memo is as large as the stats' own label values.
    """
    memo: dict[tuple[str, str], str] = {}

    def decide(label: str, value: str) -> str:
        found = memo.get((label, value))
        if found is None:
            found = memo[(label, value)] = bound(label, value)
        return found

    return decide


class StatsSources:
    """The stats of every bound monitor, summed; monotonic for the life of the process.

    Live stats are held weakly; when one is garbage-collected with its monitor, its final
    counts move into ``retired``, so a counter never falls (only gauges drop the dead).
    """

    def __init__(self) -> None:
        self._stats: weakref.WeakSet[MonitorStats] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._retired: dict[tuple[str, LabelPairs], float] = {}

    def add(self, stats: MonitorStats) -> None:
        with self._lock:
            if stats in self._stats:
                return
            self._stats.add(stats)
        stats.when_collected(self._retire)

    def _retire(self, final: dict[tuple[str, LabelPairs], float]) -> None:
        with self._lock:
            for key, value in final.items():
                self._retired[key] = self._retired.get(key, 0.0) + value

    def counters(self) -> dict[tuple[str, LabelPairs], float]:
        with self._lock:
            merged = dict(self._retired)
            live = list(self._stats)
        for stats in live:
            for key, value in stats.counters().items():
                merged[key] = merged.get(key, 0.0) + value
        return merged

    def gauge(self, name: str) -> float:
        return sum(stats.gauges().get(name, 0.0) for stats in list(self._stats))


def project_counters(
    counters: dict[tuple[str, LabelPairs], float], name: str, labels: tuple[str, ...], bound: Bound
) -> dict[tuple[str, ...], float]:
    """Sum counter ``name`` onto the spec's label names (others are summed away)."""
    out: dict[tuple[str, ...], float] = {}
    for (counter, pairs), value in counters.items():
        if counter != name:
            continue
        given = dict(pairs)
        key = tuple(bound(label, given.get(label, "")) for label in labels)
        out[key] = out.get(key, 0.0) + value
    return out


class StatsCollector(StatsSources):
    """A ``prometheus_client`` collector over the bound monitors' stats.

    .. versionadded:: 0.1.0
    """

    def __init__(self, namespace: str, bound: Bound) -> None:
        super().__init__()
        self.namespace = namespace
        self.bound = memoized(bound)

    def describe(self) -> list[Any]:
        """Nothing: the families are only known at scrape time (no duplicate check needed)."""
        return []

    def collect(self) -> Iterator[Any]:
        """One family per stats spec, from a snapshot of every bound monitor."""
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        counters = self.counters()
        for spec in STATS_METRICS:
            name = f"{self.namespace}_{spec.name}"
            if spec.kind == "gauge":
                yield GaugeMetricFamily(name, spec.documentation, value=self.gauge(spec.name))
            elif spec.kind == "counter":
                family = CounterMetricFamily(name, spec.documentation, labels=spec.labels)
                values = project_counters(counters, spec.name, spec.labels, self.bound)
                if not spec.labels:
                    # A label-less counter starts at 0, so increase() sees its first step.
                    values.setdefault((), 0.0)
                for key, value in values.items():
                    family.add_metric(list(key), value)
                yield family
            else:
                family_h = HistogramMetricFamily(name, spec.documentation)
                count = project_counters(counters, f"{spec.name}_count", (), self.bound).get(
                    (), 0.0
                )
                if count:
                    total = project_counters(counters, f"{spec.name}_sum", (), self.bound).get(
                        (), 0.0
                    )
                    family_h.add_metric([], _cumulative(counters, spec), total)
                yield family_h


def _cumulative(
    counters: dict[tuple[str, LabelPairs], float], spec: MetricSpec
) -> list[tuple[str, float]]:
    per_bucket = project_counters(counters, f"{spec.name}_bucket", ("le",), lambda _l, v: v)
    bounds = sorted({*spec.buckets, math.inf, *(float(le) for (le,) in per_bucket)})
    running = 0.0
    out = []
    for bound in bounds:
        running += sum(v for (le,), v in per_bucket.items() if float(le) == bound)
        out.append(("+Inf" if bound == math.inf else repr(bound), running))
    return out


class StatsMirror(StatsSources):
    """Copies stats increases into ordinary metrics (for multiprocess mode).

    .. versionadded:: 0.1.0
    """

    def __init__(self, namespace: str, registry: Any, bound: Bound) -> None:
        super().__init__()
        from prometheus_client import Counter, Gauge

        self.bound = memoized(bound)
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, tuple[str, ...]], float] = {}
        self._counters = {
            spec.name: (spec, Counter(f"{namespace}_{spec.name}", spec.documentation, spec.labels,
                                      registry=registry))
            for spec in STATS_METRICS
            if spec.kind == "counter"
        }  # fmt: skip
        self._gauges = {
            spec.name: Gauge(
                f"{namespace}_{spec.name}",
                spec.documentation,
                registry=registry,
                multiprocess_mode="livesum",
            )
            for spec in STATS_METRICS
            if spec.kind == "gauge"
        }

    def sync(self) -> None:
        """Add what each stats counter gained since the last sync."""
        counters = self.counters()
        with self._lock:
            for name, (spec, metric) in self._counters.items():
                for key, value in project_counters(counters, name, spec.labels, self.bound).items():
                    gained = value - self._seen.get((name, key), 0.0)
                    if gained > 0:
                        (metric.labels(*key) if spec.labels else metric).inc(gained)
                        self._seen[(name, key)] = value
            for name, gauge in self._gauges.items():
                gauge.set(self.gauge(name))
