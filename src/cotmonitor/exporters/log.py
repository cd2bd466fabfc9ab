"""Alerting verdicts as structlog events.

One ``cotmonitor.alert`` event per alerting verdict, at warning level, with the category,
severity, check, hint type, score, trace id, model and labels of its top finding. Reasoning
text and evidence quotes are added only with ``capture_content=True``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.verdicts import Finding, Verdict


def alert_event(verdict: Verdict, *, capture_content: bool = False) -> dict[str, Any]:
    """The structured fields of an alert event for this verdict (pure)."""
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
            message=top.message,
        )
        if "hint_type" in top.details:
            event["hint_type"] = top.details["hint_type"]
            event["hint_answer"] = top.details.get("hint_answer")
        if capture_content and top.evidence:
            event["evidence"] = [e.quote for e in top.evidence if e.quote][:3]
    event.update({k: v for k, v in trace.labels.items() if k not in event})
    return event


def _top_finding(verdict: Verdict) -> Finding | None:
    return max(verdict.findings, key=lambda f: (f.severity.rank, f.score), default=None)


class LogExporter:
    """Logs each alerting verdict (and optionally every verdict) through structlog.

    Args:
        logger: a structlog logger; ``structlog.get_logger("cotmonitor")`` by default.
        capture_content: include evidence quotes.
        all_verdicts: log non-alerting verdicts with findings too, at info level.
    """

    name = "log"

    def __init__(
        self,
        logger: Any = None,
        *,
        capture_content: bool = False,
        all_verdicts: bool = False,
    ) -> None:
        if logger is None:
            # structlog pulls in rich when it is installed: load it with the first exporter,
            # not with ``import cotmonitor``.
            import structlog

            logger = structlog.get_logger("cotmonitor")
        self.logger = logger
        self.capture_content = capture_content
        self.all_verdicts = all_verdicts

    def __call__(self, verdict: Verdict) -> None:
        if verdict.alert:
            self.logger.warning(
                "cotmonitor.alert", **alert_event(verdict, capture_content=self.capture_content)
            )
        elif self.all_verdicts and verdict.findings:
            self.logger.info(
                "cotmonitor.verdict",
                **alert_event(verdict, capture_content=self.capture_content),
            )
