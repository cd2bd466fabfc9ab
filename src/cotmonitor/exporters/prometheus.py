"""Verdicts as Prometheus metrics, with bounded labels and trace-id exemplars.

The families are those of ``metric_specs`` (``cotmonitor_traces_total``,
``cotmonitor_findings_total`` ...). Labels are bounded: ``model`` is normalized (dated
snapshots folded), every label value passes a ``LabelBounder`` (allowlists, a per-label cap,
``other`` past it), and no label ever carries text. Counter increments and histogram
observations carry an exemplar ``{trace_id=...}`` when the call ran inside an OpenTelemetry
span; exemplars appear only in the OpenMetrics exposition and never in multiprocess mode
(``prometheus_client`` does not store them there).

Metrics live per registry: every ``PrometheusExporter`` on the same registry shares one
``MetricSet``, so building several monitors never registers a family twice.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from cotmonitor.errors import ConfigError
from cotmonitor.exporters.labels import LabelBounder, normalize_model
from cotmonitor.exporters.metric_specs import (
    BASE_LABELS,
    LABEL_OVERFLOW,
    NAMESPACE,
    VERDICT_METRICS,
    MetricSpec,
)
from cotmonitor.exporters.prometheus_stats import StatsCollector, StatsMirror
from cotmonitor.exporters.span_link import trace_id_of
from cotmonitor.verdicts import Verdict

_MIRROR_EVERY_S = 1.0


def multiprocess_mode() -> bool:
    """Whether ``prometheus_client`` runs in multiprocess mode (``PROMETHEUS_MULTIPROC_DIR``)."""
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


class MetricSet:
    """The metric objects of one registry, its label bounder and its stats source.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        registry: Any,
        *,
        namespace: str = NAMESPACE,
        extra_labels: Sequence[str] = (),
        bounder: LabelBounder,
    ) -> None:
        from prometheus_client import Counter

        self.registry = registry
        self.namespace = namespace
        self.extra_labels = tuple(extra_labels)
        self.multiprocess = multiprocess_mode()
        self.bounder = bounder
        self.metrics = {spec.name: self._build(spec) for spec in VERDICT_METRICS}
        # Children by label values: ``labels()`` validates on every call, a dict hit does not.
        # Bounded like the series themselves, by the label bounder.
        self._children: dict[tuple[str, tuple[str, ...]], Any] = {}
        overflow = Counter(
            f"{namespace}_{LABEL_OVERFLOW.name}",
            LABEL_OVERFLOW.documentation,
            LABEL_OVERFLOW.labels,
            registry=registry,
        )
        overflowed = {
            label: overflow.labels(label)
            for label in (*BASE_LABELS, *self.extra_labels, "check", "hint_type")
        }

        def count_overflow(label: str) -> None:
            child = overflowed.get(label)
            if child is None:  # a stats label such as "component"
                child = overflowed[label] = overflow.labels(label)
            child.inc()

        bounder.on_overflow = count_overflow
        self.stats: StatsCollector | StatsMirror
        if self.multiprocess:
            self.stats = StatsMirror(namespace, registry, bounder)
        else:
            self.stats = StatsCollector(namespace, bounder)
            registry.register(self.stats)
        self._last_mirror = 0.0

    def _build(self, spec: MetricSpec) -> Any:
        from prometheus_client import Counter, Gauge, Histogram

        labels = (*BASE_LABELS, *self.extra_labels, *spec.labels) if spec.per_call else spec.labels
        name = f"{self.namespace}_{spec.name}"
        if spec.kind == "counter":
            return Counter(name, spec.documentation, labels, registry=self.registry)
        if spec.kind == "histogram":
            return Histogram(
                name, spec.documentation, labels, registry=self.registry, buckets=spec.buckets
            )
        return Gauge(name, spec.documentation, labels, registry=self.registry)

    def child(self, name: str, *values: str) -> Any:
        """The series of family ``name`` with these label values."""
        key = (name, values)
        found = self._children.get(key)
        if found is None:
            metric = self.metrics[name]
            found = self._children[key] = metric.labels(*values) if values else metric
        return found

    def sync_stats(self, *, force: bool = False) -> None:
        """In multiprocess mode, copy the monitors' stats into the mirrored metrics."""
        if not isinstance(self.stats, StatsMirror):
            return
        now = time.monotonic()
        if force or now - self._last_mirror >= _MIRROR_EVERY_S:
            self._last_mirror = now
            self.stats.sync()

    def unregister(self) -> None:
        """Remove every family of this set from its registry."""
        for name in list(self.registry._names_to_collectors):  # noqa: SLF001 - no public lookup
            if name.startswith(f"{self.namespace}_"):
                collector = self.registry._names_to_collectors.get(name)  # noqa: SLF001
                if collector is not None:
                    self.registry.unregister(collector)
        if isinstance(self.stats, StatsCollector):
            self.registry.unregister(self.stats)


_sets: weakref.WeakKeyDictionary[Any, dict[str, MetricSet]] = weakref.WeakKeyDictionary()
_sets_lock = threading.Lock()


def metric_set(
    registry: Any,
    namespace: str,
    extra_labels: Sequence[str],
    factory: Any,
    bounds: tuple[int, Mapping[str, frozenset[str]]] | None = None,
) -> MetricSet:
    """The registry's ``MetricSet`` for ``namespace``, built by ``factory()`` the first time.

    Raises:
        ConfigError: the set exists with other extra labels, or (``bounds`` given) another
            label cap or allowlists: the later settings could not take effect.
    """
    with _sets_lock:
        per_registry = _sets.setdefault(registry, {})
        existing = per_registry.get(namespace)
        if existing is None:
            existing = per_registry[namespace] = factory()
        elif existing.extra_labels != tuple(extra_labels):
            raise ConfigError(
                f"the {namespace}_* metrics of this registry already have extra labels "
                f"{existing.extra_labels}, not {tuple(extra_labels)}: pass another registry="
            )
        elif bounds is not None and _bounds(existing.bounder) != bounds:
            raise ConfigError(
                f"the {namespace}_* metrics of this registry were already built with "
                f"{_describe(_bounds(existing.bounder))} (a Monitor() built first uses the "
                f"defaults), not {_describe(bounds)}: build this exporter before any "
                "monitor, or pass another registry="
            )
        return existing


def _bounds(bounder: LabelBounder) -> tuple[int, Mapping[str, frozenset[str]]]:
    return bounder.max_values, bounder.allow


def _describe(bounds: tuple[int, Mapping[str, frozenset[str]]]) -> str:
    cap, allow = bounds
    lists = ", ".join(f"{label}={sorted(values)}" for label, values in sorted(allow.items()))
    return f"max_label_values={cap} and " + (f"allowlists {lists}" if lists else "no allowlist")


class PrometheusExporter:
    """Counts every verdict into Prometheus metrics.

    Args:
        registry: where the metrics live; ``prometheus_client.REGISTRY`` when ``None``.
        namespace: the metric name prefix.
        max_label_values: distinct values kept per label before ``other``.
        agents: the only ``agent`` label values allowed (``None``: any, up to the cap).
        extra_labels: names of ``Trace.labels`` entries to add as labels (e.g. ``team``);
            never pass free-form ones such as ``session_id``.
        allowed_values: per extra label, the values allowed.
        exemplars: attach the OpenTelemetry trace id as an exemplar (ignored in multiprocess
            mode).

    The label settings apply when the registry's metrics are first built; later exporters on
    the same registry share them, and one asking for other label settings raises
    ``ConfigError`` rather than silently running with the first ones.

    .. versionadded:: 0.1.0
    """

    name = "prometheus"

    def __init__(
        self,
        registry: Any = None,
        *,
        namespace: str = NAMESPACE,
        max_label_values: int = 100,
        agents: Collection[str] | None = None,
        extra_labels: Sequence[str] = (),
        allowed_values: Mapping[str, Collection[str]] | None = None,
        exemplars: bool = True,
    ) -> None:
        if registry is None:
            from prometheus_client import REGISTRY

            registry = REGISTRY
        forbidden = {"session_id", "user", "user_id", "trace_id"} & set(extra_labels)
        if forbidden:
            raise ConfigError(f"unbounded labels cannot be metric labels: {sorted(forbidden)}")
        allow = dict(allowed_values or {})
        if agents is not None:
            allow["agent"] = agents

        def build() -> MetricSet:
            bounder = LabelBounder(max_label_values, allow=allow)
            return MetricSet(
                registry, namespace=namespace, extra_labels=extra_labels, bounder=bounder
            )

        self.registry = registry
        bounds = (max_label_values, {label: frozenset(values) for label, values in allow.items()})
        self.metrics = metric_set(registry, namespace, extra_labels, build, bounds)
        self.exemplars = exemplars and not self.metrics.multiprocess

    def bind(self, monitor: Any) -> None:
        """Expose ``monitor.stats`` (internal errors, drops, queue depth, judge calls) too."""
        self.metrics.stats.add(monitor.stats)

    def __call__(self, verdict: Verdict) -> None:
        trace = verdict.trace
        bound = self.metrics.bounder
        provider = bound("provider", trace.provider)
        model = bound("model", normalize_model(trace.model))
        base = (
            provider,
            model,
            bound("agent", trace.labels.get("agent", "")),
            *(bound(n, trace.labels.get(n, "")) for n in self.metrics.extra_labels),
        )
        exemplar = self._exemplar(trace.metadata)
        child = self.metrics.child
        child("traces", *base).inc(exemplar=exemplar)
        child("reasoning_visibility", provider, model, trace.visibility).inc()
        if trace.reasoning:
            child("reasoning_chars", provider, model).observe(len(trace.reasoning), exemplar)
        if trace.usage.reasoning_tokens:
            child("reasoning_tokens", *base).inc(trace.usage.reasoning_tokens)
        for finding in verdict.findings:
            hint_type = str(finding.details.get("hint_type") or "")
            child(
                "findings",
                *base,
                finding.category,
                bound("check", finding.check),
                finding.severity.value,
                bound("hint_type", hint_type),
            ).inc(exemplar=exemplar)
            if finding.scope == "session":
                child("session_findings", finding.category).inc(exemplar=exemplar)
        if verdict.alert and verdict.findings:
            top = max(verdict.findings, key=lambda f: (f.severity.rank, f.score))
            child("alerts", *base, top.category, top.severity.value).inc(exemplar=exemplar)
        for check, seconds in verdict.durations.items():
            child("check_duration_seconds", bound("check", check)).observe(seconds)
        decision = verdict.guard
        if decision is not None:
            child("guard_decisions", decision.action, decision.metric_category).inc(
                exemplar=exemplar
            )
            child("guard_decision_seconds").observe(decision.latency_s, exemplar)
        self.metrics.sync_stats()

    def _exemplar(self, metadata: dict[str, Any]) -> dict[str, str] | None:
        if not self.exemplars:
            return None
        trace_id = trace_id_of(metadata)
        return None if trace_id is None else {"trace_id": trace_id}

    def flush(self) -> None:
        """In multiprocess mode, copy the bound monitors' stats now."""
        self.metrics.sync_stats(force=True)

    def unregister(self) -> None:
        """Remove the metrics from the registry (they are shared by its other exporters)."""
        with _sets_lock:
            _sets.get(self.registry, {}).pop(self.metrics.namespace, None)
        self.metrics.unregister()


_default: PrometheusExporter | None = None
_default_lock = threading.Lock()


def default_prometheus_exporter() -> PrometheusExporter:
    """The exporter to ``prometheus_client.REGISTRY`` that ``Monitor()`` uses by default.

    .. versionadded:: 0.1.0
    """
    global _default  # noqa: PLW0603 - one shared exporter per process, like REGISTRY itself
    with _default_lock:
        if _default is None:
            _default = PrometheusExporter()
        return _default
