"""Alerting verdicts as structlog events.

One ``cotmonitor.alert`` event per alerting verdict, at warning level, with the category,
severity, check, hint type, score, trace id, model and labels of its top finding, and in
guard mode the decision (``guard_action``, ``guard_rule``, ``guard_stage``). A session that
ends as an alert is one ``cotmonitor.session_alert`` event (``session_event``). An early alert
(a stream still running) is a ``cotmonitor.early_alert`` event with the same fields. Reasoning
text and evidence quotes are added only with ``capture_content=True``, and every text field
(message, quotes, reasoning) passes the exporter's redactor first. How the events are rendered
(JSON lines in production, a pretty console for the demo) is set by ``configure_logging()``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cotmonitor.exporters.span_link import METADATA_KEY
from cotmonitor.verdicts import Finding, Verdict

if TYPE_CHECKING:
    from cotmonitor.sessions.verdict import SessionVerdict


def _keep(text: str) -> str:
    return text


def alert_event(
    verdict: Verdict,
    *,
    capture_content: bool = False,
    redact: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """The structured fields of an alert event for this verdict (pure).

    With ``capture_content`` the top finding's evidence quotes and the reasoning text are
    included; ``redact`` is applied to every text field.
    """
    scrub = redact or _keep
    top = _top_finding(verdict)
    trace = verdict.trace
    event: dict[str, Any] = {
        "trace_id": trace.id,
        "provider": trace.provider,
        "model": trace.model,
        "severity": verdict.severity.value if verdict.severity else None,
        "findings": len(verdict.findings),
        "categories": sorted({f.category for f in verdict.findings}),
    }
    if top is not None:
        event.update(
            category=top.category,
            check=top.check,
            score=round(top.score, 3),
            message=scrub(top.message),
        )
        if "hint_type" in top.details:
            event["hint_type"] = top.details["hint_type"]
            event["hint_answer"] = top.details.get("hint_answer")
        if capture_content and top.evidence:
            event["evidence"] = [scrub(e.quote) for e in top.evidence if e.quote][:3]
    if capture_content and trace.reasoning:
        event["reasoning"] = scrub(trace.reasoning)
    decision = verdict.guard
    if decision is not None:
        event.update(
            guard_action=decision.action,
            guard_rule=decision.rule,
            guard_stage=decision.stage,
            guard_fallback=decision.fallback,
        )
    event.update({k: v for k, v in trace.labels.items() if k not in event})
    link = trace.metadata.get(METADATA_KEY)
    if isinstance(link, dict):
        # The caller's OpenTelemetry ids, so the log line joins its trace in the backend.
        event["otel_trace_id"] = link.get("trace_id")
        event["otel_span_id"] = link.get("span_id")
    return event


def session_event(
    verdict: SessionVerdict, redact: Callable[[str], str] | None = None
) -> dict[str, Any]:
    """The structured fields of an ended session's event (pure; no reasoning text)."""
    top = max(verdict.findings, key=lambda f: (f.severity.rank, f.score), default=None)
    event: dict[str, Any] = {
        "session_id": verdict.session_id,
        "steps": verdict.steps,
        "findings": len(verdict.findings),
        "categories": verdict.categories,
        "severity": verdict.severity.value if verdict.severity else None,
        "ended": verdict.ended,
        "started": verdict.started.isoformat(),
        "last_seen": verdict.last_seen.isoformat(),
    }
    if verdict.agent:
        event["agent"] = verdict.agent
    if top is not None:
        event.update(
            category=top.category,
            check=top.check,
            score=round(top.score, 3),
            message=(redact or _keep)(top.message),
            traces=sorted({e.trace_id for e in top.evidence if e.trace_id}),
        )
    return event


def _top_finding(verdict: Verdict) -> Finding | None:
    return max(verdict.findings, key=lambda f: (f.severity.rank, f.score), default=None)


class LogExporter:
    """Logs each alerting verdict (and optionally every verdict) through structlog.

    Args:
        logger: a structlog logger; ``structlog.get_logger("cotmonitor")`` by default.
        capture_content: include evidence quotes and the reasoning text.
        all_verdicts: log non-alerting verdicts with findings too, at info level.
        redactor: applied to every text field; a monitor gives its own when this is ``None``.
    """

    name = "log"

    def __init__(
        self,
        logger: Any = None,
        *,
        capture_content: bool = False,
        all_verdicts: bool = False,
        redactor: Callable[[str], str] | None = None,
    ) -> None:
        if logger is None:
            # structlog pulls in rich when it is installed: load it with the first exporter,
            # not with ``import cotmonitor``.
            import structlog

            logger = structlog.get_logger("cotmonitor")
        self.logger = logger
        self.capture_content = capture_content
        self.all_verdicts = all_verdicts
        self.redactor = redactor

    def bind(self, monitor: Any) -> None:
        """Adopt the monitor's redactor when none was given."""
        if self.redactor is None:
            self.redactor = getattr(monitor, "redactor", None)

    def early_alert(self, verdict: Verdict) -> None:
        """Log an early alert: a stream whose reasoning so far is already an alert."""
        event = alert_event(verdict, capture_content=self.capture_content, redact=self.redactor)
        self.logger.warning("cotmonitor.early_alert", **event)

    def session_ended(self, verdict: SessionVerdict) -> None:
        """Log an ended session.

        ``cotmonitor.session_alert`` (warning) when it is an alert; with ``all_verdicts``,
        ``cotmonitor.session_end`` (info) for the others that have findings.
        """
        if verdict.alert:
            self.logger.warning("cotmonitor.session_alert", **session_event(verdict, self.redactor))
        elif self.all_verdicts and verdict.findings:
            self.logger.info("cotmonitor.session_end", **session_event(verdict, self.redactor))

    def __call__(self, verdict: Verdict) -> None:
        if verdict.alert:
            event = alert_event(verdict, capture_content=self.capture_content, redact=self.redactor)
            self.logger.warning("cotmonitor.alert", **event)
        elif self.all_verdicts and verdict.findings:
            event = alert_event(verdict, capture_content=self.capture_content, redact=self.redactor)
            self.logger.info("cotmonitor.verdict", **event)
