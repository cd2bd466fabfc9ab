"""Verdicts as OpenTelemetry spans, span events and metrics (GenAI semantic conventions).

Where the verdict lands:

- **A span is recording where the exporter runs** (``monitor.check()`` called inside a span,
  or ``mode="inline"``, e.g. under opentelemetry-instrumentation-openai-v2): that span gets
  ``cotmonitor.*`` attributes (a guard decision's among them), per finding one
  ``cotmonitor.finding`` event, and with the newest GenAI conventions on, a guard decision's
  ``gen_ai.guardrail.*`` attributes and one ``gen_ai.evaluation.result`` event per finding
  (``exporters.otel_genai``).
- **Otherwise** (the background worker, where the caller's span is no longer current): a span
  ``chat {model}`` is created with the GenAI attributes (``gen_ai.operation.name``,
  ``gen_ai.provider.name``, ``gen_ai.request.model``, ``gen_ai.usage.*`` including
  ``gen_ai.usage.reasoning.output_tokens``, ``gen_ai.request.reasoning.level``), timed like
  the LLM call itself (start = the
  trace's time, end = start + latency), and parented to the span that was current when the
  call was captured (``Monitor.submit`` carries its context in
  ``Trace.metadata["otel_parent"]``). With no such context it is a root span.

Reasoning text, the output and evidence quotes are added only when content capture is on:
``COTMONITOR_CAPTURE_CONTENT=true`` and ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``
set to ``true`` (or ``SPAN_ONLY``/``SPAN_AND_EVENT``), or ``capture_content=True`` here; the
redactor is applied first; with the newest GenAI conventions on, they go in
``gen_ai.output.messages`` as a ``reasoning`` part and a ``text`` part.

GenAI names newer than v1.36.0 of the conventions go out only when
``OTEL_SEMCONV_STABILITY_OPT_IN`` lists ``gen_ai_latest_experimental`` (or with
``latest_experimental=True``); by default the older name goes out where there is one
(``gen_ai.system`` for ``gen_ai.provider.name``). ``exporters.otel_semconv`` has the list.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cotmonitor._version import __version__
from cotmonitor.exporters.labels import LabelBounder, normalize_model
from cotmonitor.exporters.otel_genai import (
    EVALUATION_EVENT,
    evaluation_event,
    guardrail_attributes,
)
from cotmonitor.exporters.otel_messages import output_messages
from cotmonitor.exporters.otel_metrics import OTelInstruments
from cotmonitor.exporters.otel_semconv import for_mode
from cotmonitor.exporters.span_link import METADATA_KEY
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding, Verdict

if TYPE_CHECKING:
    from cotmonitor.sessions.verdict import SessionVerdict


def content_capture_enabled(settings: CotMonitorSettings | None = None) -> bool:
    """Both switches on: ``COTMONITOR_CAPTURE_CONTENT`` and the OTel GenAI content switch.

    Args:
        settings: where the switches were read; from the environment when ``None``.

    .. versionadded:: 0.1.0
    """
    return (settings if settings is not None else CotMonitorSettings()).span_content


def sdk_configured() -> bool:
    """Whether the application installed an OpenTelemetry SDK tracer or meter provider.

    Looks only when the SDK is already imported: an application that configured it has.

    .. versionadded:: 0.1.0
    """
    import sys

    if (
        "opentelemetry.sdk.trace" not in sys.modules
        and "opentelemetry.sdk.metrics" not in sys.modules
    ):
        return False
    from opentelemetry import metrics, trace

    names = {
        type(trace.get_tracer_provider()).__module__,
        type(metrics.get_meter_provider()).__module__,
    }
    return any(name.startswith("opentelemetry.sdk") for name in names)


class OTelExporter:
    """Adds verdicts to spans and counts them through the OpenTelemetry metrics API.

    Args:
        tracer_provider: the tracer provider; the global one when ``None``.
        meter_provider: the meter provider; the global one when ``None``.
        capture_content: put reasoning, output and evidence quotes on spans; from the
            environment (see the module docstring) when ``None``.
        redactor: applied to every text put on a span; a monitor gives its own when ``None``.
        create_spans: create a ``chat {model}`` span when none is recording (turn off when
            another GenAI instrumentation already records the call and only metrics are
            wanted from this exporter in the background).
        max_label_values: distinct values per metric attribute before ``other``.
        record_metrics: count verdicts through the metrics API too (turn off when the
            Prometheus exporter already counts them and the metrics SDK's cost matters).
        latest_experimental: use the newest GenAI convention names, as
            ``OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental`` asks; from the
            environment when ``None`` (new in 0.2.0).

    .. versionadded:: 0.1.0
    """

    name = "otel"

    def __init__(
        self,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        *,
        capture_content: bool | None = None,
        redactor: Callable[[str], str] | None = None,
        create_spans: bool = True,
        max_label_values: int = 100,
        record_metrics: bool = True,
        latest_experimental: bool | None = None,
    ) -> None:
        from opentelemetry import metrics, trace

        self._trace_api = trace
        self.tracer = trace.get_tracer("cotmonitor", __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter("cotmonitor", __version__, meter_provider=meter_provider)
        self.instruments = OTelInstruments(meter)
        self.capture_content = (
            content_capture_enabled() if capture_content is None else capture_content
        )
        self.redactor = redactor
        self.create_spans = create_spans
        self.bound = LabelBounder(max_label_values)
        self.record_metrics = record_metrics
        self.latest_experimental = (
            CotMonitorSettings().genai_latest_experimental
            if latest_experimental is None
            else latest_experimental
        )

    def bind(self, monitor: Any) -> None:
        """Observe ``monitor.stats`` and adopt its redactor when none was given."""
        self.instruments.stats.add(monitor.stats)
        if self.redactor is None:
            self.redactor = getattr(monitor, "redactor", None)

    def __call__(self, verdict: Verdict) -> None:
        current = self._trace_api.get_current_span()
        if current.is_recording():
            annotate_span(current, verdict, self._content, latest=self.latest_experimental)
        elif self.create_spans:
            self._new_span(verdict)
        if self.record_metrics:
            self._record_metrics(verdict)

    def session_ended(self, verdict: SessionVerdict) -> None:
        """A ``session {id}`` span for an ended session with findings, first call to last.

        Its findings are already events on the spans of the calls that found them; this
        span carries the session's summary (steps, findings, alert, why it ended). Sessions
        without findings add no span: their calls' spans name the conversation already.
        """
        if not self.create_spans or not verdict.findings:
            return
        start_ns = int(verdict.started.timestamp() * 1e9)
        end_ns = max(int(verdict.last_seen.timestamp() * 1e9), start_ns)
        span = self.tracer.start_span(
            f"session {verdict.session_id}",
            context=None,
            kind=self._trace_api.SpanKind.INTERNAL,
            attributes=session_attributes(verdict),
            start_time=start_ns,
        )
        span.end(end_time=end_ns)

    def _content(self, text: str) -> str | None:
        if not self.capture_content or not text:
            return None
        return self.redactor(text) if self.redactor is not None else text

    def _new_span(self, verdict: Verdict) -> None:
        trace = verdict.trace
        start_ns = int(trace.time.timestamp() * 1e9)
        end_ns = start_ns + int((trace.latency_s or 0.0) * 1e9)
        span = self.tracer.start_span(
            f"{trace.operation} {trace.model}",
            context=self._parent(trace),
            kind=self._trace_api.SpanKind.CLIENT,
            attributes=for_mode(genai_attributes(trace), self.latest_experimental),
            start_time=start_ns,
        )
        try:
            annotate_span(span, verdict, self._content, latest=self.latest_experimental)
            output = output_messages(trace, self._content) if self.latest_experimental else None
            if output is not None:
                span.set_attribute("gen_ai.output.messages", output)
            if trace.error:
                span.set_attribute("error.type", trace.error.split(":", 1)[0][:64])
        finally:
            span.end(end_time=max(end_ns, start_ns))

    def _parent(self, trace: Trace) -> Any:
        link = trace.metadata.get(METADATA_KEY)
        if not isinstance(link, dict):
            return None
        api = self._trace_api
        parent = api.SpanContext(
            trace_id=int(link["trace_id"], 16),
            span_id=int(link["span_id"], 16),
            is_remote=True,
            trace_flags=api.TraceFlags(int(link.get("trace_flags", 1))),
        )
        return api.set_span_in_context(api.NonRecordingSpan(parent))

    def _record_metrics(self, verdict: Verdict) -> None:
        trace = verdict.trace
        bound = self.bound
        base = {
            "provider": bound("provider", trace.provider),
            "model": bound("model", normalize_model(trace.model)),
            "agent": bound("agent", trace.labels.get("agent", "")),
        }
        short = {"provider": base["provider"], "model": base["model"]}
        add = self.instruments.add
        add("traces", 1, base)
        add("reasoning_visibility", 1, {**short, "visibility": trace.visibility})
        if trace.reasoning:
            self.instruments.record("reasoning_chars", len(trace.reasoning), short)
        if trace.usage.reasoning_tokens:
            add("reasoning_tokens", trace.usage.reasoning_tokens, base)
        for finding in verdict.findings:
            add("findings", 1, {**base, **finding_labels(finding, bound)})
            if finding.scope == "session":
                add("session_findings", 1, {"category": finding.category})
        if verdict.alert and verdict.findings:
            top = max(verdict.findings, key=lambda f: (f.severity.rank, f.score))
            add("alerts", 1, {**base, "category": top.category, "severity": top.severity.value})
        for check, seconds in verdict.durations.items():
            self.instruments.record(
                "check_duration_seconds", seconds, {"check": bound("check", check)}
            )
        decision = verdict.guard
        if decision is not None:
            labels = {"action": decision.action, "category": decision.metric_category}
            add("guard_decisions", 1, labels)
            self.instruments.record("guard_decision_seconds", decision.latency_s, {})


def session_attributes(verdict: SessionVerdict) -> dict[str, Any]:
    """The attributes of an ended session's span."""
    attributes: dict[str, Any] = {
        "gen_ai.conversation.id": verdict.session_id,
        "cotmonitor.session.steps": verdict.steps,
        "cotmonitor.session.findings": len(verdict.findings),
        "cotmonitor.session.categories": verdict.categories,
        "cotmonitor.session.alert": verdict.alert,
        "cotmonitor.session.ended": verdict.ended or "running",
    }
    if verdict.severity is not None:
        attributes["cotmonitor.session.severity"] = verdict.severity.value
    if verdict.agent:
        attributes["gen_ai.agent.name"] = verdict.agent
    return attributes


def finding_labels(finding: Finding, bound: LabelBounder) -> dict[str, str]:
    """The bounded metric attributes of one finding."""
    return {
        "category": finding.category,
        "check": bound("check", finding.check),
        "severity": finding.severity.value,
        "hint_type": bound("hint_type", str(finding.details.get("hint_type") or "")),
    }


def genai_attributes(trace: Trace) -> dict[str, Any]:
    """The GenAI semantic-convention attributes of the call a trace records, newest names.

    ``otel_semconv.for_mode`` turns them into the names the chosen mode emits.
    """
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": trace.operation,
        "gen_ai.provider.name": trace.provider,
        "gen_ai.request.model": trace.model,
        "gen_ai.request.stream": trace.stream,
    }
    usage = trace.usage
    counts = {
        "gen_ai.usage.input_tokens": usage.input_tokens,
        "gen_ai.usage.output_tokens": usage.output_tokens,
        "gen_ai.usage.reasoning.output_tokens": usage.reasoning_tokens,
    }
    attributes.update({key: value for key, value in counts.items() if value is not None})
    if trace.time_to_first_chunk_s is not None:
        attributes["gen_ai.response.time_to_first_chunk"] = trace.time_to_first_chunk_s
    # Who asked and in which conversation, from the framework or cotmonitor.context labels.
    for attribute, label in (
        ("gen_ai.conversation.id", "session_id"),
        ("gen_ai.agent.name", "agent"),
    ):
        value = trace.labels.get(label)
        if value:
            attributes[attribute] = value
    answered = response_id(trace)
    if answered:
        attributes["gen_ai.response.id"] = answered
    # The provider's own word, as sent (normalizers keep it; a token budget is not a level).
    level = trace.metadata.get("reasoning_level")
    if isinstance(level, str) and level:
        attributes["gen_ai.request.reasoning.level"] = level
    return attributes


def response_id(trace: Trace) -> str | None:
    """The provider's id of the response, where its normalizer kept one."""
    value = trace.metadata.get("response_id")
    return value if isinstance(value, str) and value else None


def annotate_span(
    span: Any, verdict: Verdict, content: Callable[[str], str | None], *, latest: bool = False
) -> None:
    """Put the verdict on ``span``: ``cotmonitor.*`` attributes and events per finding.

    ``latest`` adds the GenAI names newer than v1.36.0: the ``gen_ai.guardrail.*`` attributes
    and one ``gen_ai.evaluation.result`` event per finding.
    """
    trace = verdict.trace
    span.set_attributes(
        {
            "cotmonitor.trace.id": trace.id,
            "cotmonitor.alert": verdict.alert,
            "cotmonitor.findings": len(verdict.findings),
            "cotmonitor.categories": sorted({f.category for f in verdict.findings}),
            "cotmonitor.reasoning.visibility": trace.visibility,
            "cotmonitor.reasoning.chars": len(trace.reasoning),
        }
    )
    if verdict.severity is not None:
        span.set_attribute("cotmonitor.severity", verdict.severity.value)
    if verdict.guard is not None:
        span.set_attributes(for_mode(guardrail_attributes(verdict.guard), latest))
    for finding in verdict.findings:
        span.add_event("cotmonitor.finding", finding_event(finding, content))
        if latest:
            answered = response_id(trace)
            span.add_event(EVALUATION_EVENT, evaluation_event(finding, content, answered))


def finding_event(finding: Finding, content: Callable[[str], str | None]) -> dict[str, Any]:
    """The attributes of a ``cotmonitor.finding`` span event (no text unless content is on)."""
    event: dict[str, Any] = {
        "cotmonitor.finding.check": finding.check,
        "cotmonitor.finding.category": finding.category,
        "cotmonitor.finding.severity": finding.severity.value,
        "cotmonitor.finding.score": finding.score,
        "cotmonitor.finding.evidence.spans": [
            f"{e.source}:{'' if e.index is None else e.index}:{e.start}-{e.end}"
            for e in finding.evidence
        ],
        "cotmonitor.finding.scope": finding.scope,
    }
    traces = [e.trace_id for e in finding.evidence if e.trace_id]
    if traces:
        event["cotmonitor.finding.evidence.traces"] = traces
    if "hint_type" in finding.details:
        event["cotmonitor.finding.hint_type"] = str(finding.details["hint_type"])
    message = content(finding.message)
    if message is not None:
        event["cotmonitor.finding.message"] = message
    quotes = [q for q in (content(e.quote) for e in finding.evidence) if q]
    if quotes:
        event["cotmonitor.finding.evidence.quotes"] = quotes
    return event
