"""The metric families, as a table: one spec per family, shared by Prometheus and OpenTelemetry.

Names follow Prometheus conventions (base units in the name, counters without ``_total`` here:
``prometheus_client`` appends it). The OpenTelemetry exporter derives ``cotmonitor.<name>``
instruments from the same specs. Dashboards and alert rules rely on these names.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

NAMESPACE = "cotmonitor"

DURATION_BUCKETS: tuple[float, ...] = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
)  # fmt: skip
"""The OpenTelemetry GenAI operation-duration buckets: reasoning models run past 10 s."""

CHECK_BUCKETS: tuple[float, ...] = (
    0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 30.0,
)  # fmt: skip
"""Rule checks take microseconds, a judge seconds: one family covers both."""

CHAR_BUCKETS: tuple[float, ...] = (
    0, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000,
)  # fmt: skip
"""Reasoning length in characters (unfaithful CoTs run longer, Chen et al. 2025)."""

Kind = Literal["counter", "histogram", "gauge"]

BASE_LABELS: tuple[str, ...] = ("provider", "model", "agent")
"""The per-call labels; user-chosen extra labels are appended after these."""


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """One metric family.

    Attributes:
        name: the name after the ``cotmonitor_`` prefix (counters without ``_total``).
        kind: counter, histogram or gauge.
        documentation: the HELP text.
        labels: label names, all bounded.
        buckets: histogram bucket upper bounds.
        unit: the UCUM unit for OpenTelemetry (``s``, ``{char}`` ...).
        per_call: carries ``BASE_LABELS`` and the user's extra labels first.

    .. versionadded:: 0.1.0
    """

    name: str
    kind: Kind
    documentation: str
    labels: tuple[str, ...] = ()
    buckets: tuple[float, ...] = ()
    unit: str = "1"
    per_call: bool = False


VERDICT_METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("traces", "counter", "LLM calls checked.", per_call=True, unit="{trace}"),
    MetricSpec(
        "findings",
        "counter",
        "Findings of the checks, by category, check, severity and hint type.",
        ("category", "check", "severity", "hint_type"),
        per_call=True,
        unit="{finding}",
    ),
    MetricSpec(
        "alerts",
        "counter",
        "Verdicts that are alerts under the policy, by top category and severity.",
        ("category", "severity"),
        per_call=True,
        unit="{alert}",
    ),
    MetricSpec(
        "reasoning_tokens",
        "counter",
        "Reasoning tokens the provider reported (also counted in output tokens).",
        per_call=True,
        unit="{token}",
    ),
    MetricSpec(
        "reasoning_visibility",
        "counter",
        "LLM calls by how much reasoning a monitor can read: readable, summary, "
        "redacted, encrypted or absent.",
        ("provider", "model", "visibility"),
        unit="{trace}",
    ),
    MetricSpec(
        "reasoning_chars",
        "histogram",
        "Length of the readable reasoning text in characters.",
        ("provider", "model"),
        CHAR_BUCKETS,
        unit="{char}",
    ),
    MetricSpec(
        "check_duration_seconds",
        "histogram",
        "Time one check took on one trace.",
        ("check",),
        CHECK_BUCKETS,
        unit="s",
    ),
    MetricSpec(
        "guard_decisions",
        "counter",
        "Guard mode: decisions on calls (allow, warn, strip_tool_calls, block), by the "
        "category of the finding that decided (none; error when on_error did).",
        ("action", "category"),
        unit="{decision}",
    ),
    MetricSpec(
        "session_findings",
        "counter",
        "Session findings (trajectory checks over several calls of one session), by "
        "category; each is also counted in cotmonitor_findings_total.",
        ("category",),
        unit="{finding}",
    ),
    MetricSpec(
        "guard_decision_seconds",
        "histogram",
        "Guard mode: time a call was held for its decision (rules, judge wait; summed over "
        "a stream).",
        buckets=CHECK_BUCKETS,
        unit="s",
    ),
)
"""Families updated from each verdict."""

STATS_METRICS: tuple[MetricSpec, ...] = (
    MetricSpec(
        "internal_errors",
        "counter",
        "Failures inside the monitor (counted and swallowed), by stage and component.",
        ("stage", "component"),
        unit="{error}",
    ),
    MetricSpec(
        "queue_dropped", "counter", "Traces dropped because the queue was full.", unit="{trace}"
    ),
    MetricSpec("queue_depth", "gauge", "Traces waiting for the worker.", unit="{trace}"),
    MetricSpec(
        "judge_requests",
        "counter",
        "LLM judge requests by outcome (ok, error, timeout, invalid, skipped, budget).",
        ("outcome",),
        unit="{request}",
    ),
    MetricSpec(
        "judge_duration_seconds",
        "histogram",
        "Latency of LLM judge requests.",
        buckets=DURATION_BUCKETS,
        unit="s",
    ),
    MetricSpec(
        "judge_cost_usd", "counter", "Spend on LLM judge requests in US dollars.", unit="USD"
    ),
    MetricSpec(
        "session_evictions",
        "counter",
        "Session state let go of, by reason: capacity and ttl (whole sessions, least "
        "recently seen first, or idle past the TTL), facts_cap (a session's oldest step).",
        ("reason",),
        unit="{eviction}",
    ),
    MetricSpec("sessions_live", "gauge", "Sessions whose state is kept now.", unit="{session}"),
    MetricSpec(
        "guard_fallbacks",
        "counter",
        "Guard mode: decisions the policy's on_error took because the judge missed its "
        "deadline or failed, a check raised, or the response could not be read; by cause "
        "and outcome (fail_open, fail_closed).",
        ("cause", "outcome"),
        unit="{decision}",
    ),
)
"""Families read from ``MonitorStats`` at scrape time (the name is the stats counter's)."""

LABEL_OVERFLOW = MetricSpec(
    "label_overflow",
    "counter",
    "Label values replaced by 'other' because of the per-label cap or an allowlist.",
    ("label",),
    unit="{value}",
)
