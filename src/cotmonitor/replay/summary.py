"""What a replay found, aggregated in bounded memory as outcomes stream past.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from cotmonitor.replay.checking import Checked, Outcome, Skipped
from cotmonitor.replay.session_pass import SessionResult
from cotmonitor.verdicts import Severity

_MAX_QUOTES = 10_000
_MAX_MODELS = 500
_MAX_EXAMPLES = 5
_HOUR = 3600


@dataclass
class ReplaySummary:
    """Counts by category, hint type, model and time; skipped records by reason.

    Every table is bounded: past ``_MAX_MODELS`` models the rest count as ``other``, past
    ``_MAX_QUOTES`` distinct evidence quotes new ones are no longer counted.
    """

    traces: int = 0
    flagged: int = 0
    alerts: int = 0
    findings: int = 0
    max_severity: Severity | None = None
    by_category: Counter[str] = field(default_factory=Counter)
    by_hint_type: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    findings_by_model: Counter[str] = field(default_factory=Counter)
    traces_by_model: Counter[str] = field(default_factory=Counter)
    visibility: Counter[str] = field(default_factory=Counter)
    by_labels: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    """Findings by ``(model, check, category, severity, hint_type)``, for metrics."""
    quotes: Counter[str] = field(default_factory=Counter)
    timeline: defaultdict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Findings per hour (epoch seconds of the hour start), by category."""
    skipped: Counter[str] = field(default_factory=Counter)
    skip_examples: dict[str, list[str]] = field(default_factory=dict)
    bytes_read: int = 0
    seconds: float = 0.0
    sessions: int = 0
    """Sessions checked (an id in the log, or a ``previous_response_id`` chain)."""
    session_steps: int = 0
    sessions_flagged: int = 0
    session_findings: int = 0
    session_by_category: Counter[str] = field(default_factory=Counter)
    sessions_evicted: int = 0
    """Sessions closed early because too many were open at once."""
    session_errors: int = 0

    def add_session(self, result: SessionResult) -> None:
        """Count one checked session and its findings."""
        self.sessions += 1
        self.session_steps += len(result.steps)
        self.sessions_evicted += result.evicted
        self.session_errors += result.error is not None
        if not result.findings:
            return
        self.sessions_flagged += 1
        for finding in result.findings:
            self.session_findings += 1
            self.session_by_category[finding.category] += 1
            if self.max_severity is None or finding.severity > self.max_severity:
                self.max_severity = finding.severity

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if isinstance(outcome, Skipped):
            self.skip(outcome)
        else:
            self._checked(outcome)

    def skip(self, outcome: Skipped) -> None:
        """Count one skipped record and keep the first few as examples."""
        self.skipped[outcome.kind] += 1
        examples = self.skip_examples.setdefault(outcome.kind, [])
        if len(examples) < _MAX_EXAMPLES:
            examples.append(f"{outcome.where}: {outcome.reason}")

    def _model(self, model: str) -> str:
        if model in self.traces_by_model or len(self.traces_by_model) < _MAX_MODELS:
            return model
        return "other"

    def _checked(self, outcome: Checked) -> None:
        self.traces += 1
        model = self._model(outcome.model)
        self.traces_by_model[model] += 1
        self.visibility[outcome.visibility] += 1
        if not outcome.findings:
            return
        self.flagged += 1
        self.alerts += outcome.alert
        hour = int(outcome.time) // _HOUR * _HOUR
        for row in outcome.findings:
            self.findings += 1
            self.by_category[row.category] += 1
            self.by_severity[row.severity] += 1
            self.findings_by_model[model] += 1
            self.timeline[hour][row.category] += 1
            self.by_labels[model, row.check, row.category, row.severity, row.hint_type or ""] += 1
            if row.hint_type:
                self.by_hint_type[row.hint_type] += 1
            if row.quote and (row.quote in self.quotes or len(self.quotes) < _MAX_QUOTES):
                self.quotes[row.quote] += 1
            severity = Severity(row.severity)
            if self.max_severity is None or severity > self.max_severity:
                self.max_severity = severity

    @property
    def skipped_total(self) -> int:
        """Records skipped, all reasons together."""
        return sum(self.skipped.values())

    @property
    def verbalization_rate(self) -> float | None:
        """Verbalized / (verbalized + unverbalized) hint findings; ``None`` without any."""
        verbalized = self.by_category["verbalized_hint"]
        total = verbalized + self.by_category["unverbalized_hint"]
        return verbalized / total if total else None

    def why_nothing_checked(self) -> str | None:
        """Why no trace was checked, in one line; ``None`` when some were."""
        if self.traces:
            return None
        if not self.skipped:
            return "no trace was checked: the input holds no record"
        kinds = ", ".join(f"{count:,} {kind}" for kind, count in self.skipped.most_common())
        kind = self.skipped.most_common(1)[0][0]
        first = self.skip_examples.get(kind, [""])[0]
        return f"no trace was checked: every record was skipped ({kinds}); first: {first}"

    def reaches(self, threshold: Severity) -> bool:
        """Whether any finding is at or above ``threshold``."""
        return self.max_severity is not None and self.max_severity >= threshold
