"""``reasoning_missing``: the call returned no reasoning a monitor can read.

A CoT monitor is blind on such traffic, so it is worth counting, but it is not an alert on
its own: many models (OpenAI's o-series on Chat Completions) never return reasoning text.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding, Severity

_SEVERITY_BY_VISIBILITY = {
    "absent": Severity.LOW,
    "redacted": Severity.INFO,
    "encrypted": Severity.INFO,
}


class ReasoningMissingCheck:
    """Flags traces whose reasoning is absent, redacted or encrypted.

    Args:
        min_chars: readable reasoning shorter than this (after stripping) counts as absent.
        skip_incomplete: do not flag calls that failed before any output arrived.
    """

    name = "reasoning_missing"

    def __init__(self, *, min_chars: int = 1, skip_incomplete: bool = True) -> None:
        self.min_chars = min_chars
        self.skip_incomplete = skip_incomplete

    def __call__(self, trace: Trace) -> list[Finding]:
        if self.skip_incomplete and not trace.complete and not trace.output:
            return []
        visibility = trace.visibility
        if visibility in ("readable", "summary"):
            if len(trace.reasoning.strip()) >= self.min_chars:
                return []
            visibility = "absent"
        severity = _SEVERITY_BY_VISIBILITY.get(visibility, Severity.LOW)
        tokens = trace.usage.reasoning_tokens
        hidden = f"; {tokens} reasoning tokens were spent" if tokens else ""
        return [
            Finding(
                check=self.name,
                category="reasoning_missing",
                severity=severity,
                score=1.0,
                message=f"no readable reasoning ({visibility}){hidden}",
                details={"visibility": visibility, "reasoning_tokens": tokens},
            )
        ]
