"""The metric families of ``metric_specs`` as OpenTelemetry instruments.

Instrument names are the Prometheus names in OpenTelemetry style: ``cotmonitor_traces_total``
is the counter ``cotmonitor.traces``, ``cotmonitor_check_duration_seconds`` the histogram
``cotmonitor.check.duration`` with unit ``s``; an OpenTelemetry-to-Prometheus pipeline turns
them back into the same names. Attributes are the same bounded labels. The monitor's own
counters are observable instruments read from the bound monitors' stats at collection time.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cotmonitor.exporters.metric_specs import NAMESPACE, STATS_METRICS, VERDICT_METRICS, MetricSpec
from cotmonitor.exporters.prometheus_stats import StatsSources, project_counters

_UNIT_SUFFIXES = ("_seconds", "_usd")


def otel_name(spec: MetricSpec, namespace: str = NAMESPACE) -> str:
    """``check_duration_seconds`` becomes ``cotmonitor.check.duration`` (the unit says ``s``).

    .. versionadded:: 0.1.0
    """
    name = spec.name
    for suffix in _UNIT_SUFFIXES:
        name = name.removesuffix(suffix)
    return f"{namespace}.{name.replace('_', '.')}"


class OTelInstruments:
    """Every verdict family as a synchronous instrument, every stats family as an observable.

    .. versionadded:: 0.1.0
    """

    def __init__(self, meter: Any) -> None:
        self.instruments: dict[str, Any] = {}
        for spec in VERDICT_METRICS:
            name = otel_name(spec)
            if spec.kind == "counter":
                self.instruments[spec.name] = meter.create_counter(
                    name, unit=spec.unit, description=spec.documentation
                )
            else:
                self.instruments[spec.name] = meter.create_histogram(
                    name,
                    unit=spec.unit,
                    description=spec.documentation,
                    explicit_bucket_boundaries_advisory=spec.buckets,
                )
        self.stats = StatsSources()
        for spec in STATS_METRICS:
            self._observable(meter, spec)

    def _observable(self, meter: Any, spec: MetricSpec) -> None:
        if spec.kind == "gauge":
            meter.create_observable_gauge(
                otel_name(spec),
                callbacks=[self._gauge_callback(spec)],
                unit=spec.unit,
                description=spec.documentation,
            )
        elif spec.kind == "counter":
            meter.create_observable_counter(
                otel_name(spec),
                callbacks=[self._counter_callback(spec)],
                unit=spec.unit,
                description=spec.documentation,
            )
        # The judge latency histogram has no observable form; judges record it as spans.

    def _counter_callback(self, spec: MetricSpec) -> Any:
        from opentelemetry.metrics import Observation

        def observe(_options: Any) -> Iterable[Any]:
            values = project_counters(
                self.stats.counters(), spec.name, spec.labels, lambda _l, v: v
            )
            return [
                Observation(value, dict(zip(spec.labels, key, strict=True)))
                for key, value in values.items()
            ]

        return observe

    def _gauge_callback(self, spec: MetricSpec) -> Any:
        from opentelemetry.metrics import Observation

        def observe(_options: Any) -> Iterable[Any]:
            return [Observation(self.stats.gauge(spec.name))]

        return observe

    def add(self, name: str, amount: float, attributes: dict[str, str]) -> None:
        """Add to counter ``name`` (a spec name such as ``findings``)."""
        self.instruments[name].add(amount, attributes)

    def record(self, name: str, value: float, attributes: dict[str, str]) -> None:
        """Record a histogram value."""
        self.instruments[name].record(value, attributes)
