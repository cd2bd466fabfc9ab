"""Session findings: evidence pointing into several traces, and a key to report each once.

Every trajectory check reports a finding when its *trigger* step arrives (the step whose
answer or action completes the pattern) and computes it from the steps up to that one only.
A finding therefore never changes once reported, and running the checks again over a longer
list of steps returns it again, identical, with the same ``details["key"]``: a caller that
runs them after every step reports the findings whose key it has not reported before.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cotmonitor.sessions.facts import Claim, Span, TestOp
from cotmonitor.verdicts import Category, Evidence, Finding, Severity

CHECK = "trajectory"
"""The ``check`` name of every session finding (``details["trajectory"]`` names which one)."""
MAX_EVIDENCE = 6
"""Most evidence spans in one session finding."""


def span_evidence(span: Span, trace_id: str) -> Evidence:
    """The evidence of a fact's span in trace ``trace_id``."""
    return Evidence(
        source=span.source,
        start=span.start,
        end=span.end,
        index=span.index,
        quote=span.quote,
        trace_id=trace_id,
    )


def claim_evidence(claim: Claim) -> Evidence:
    """The evidence of a claim: its characters in a request message of its trace."""
    return Evidence(
        source="message",
        start=claim.start,
        end=claim.end,
        index=claim.index,
        quote=claim.quote,
        trace_id=claim.trace_id,
    )


def op_evidence(op: TestOp) -> Evidence:
    """The evidence of a test operation: a tool call, the output, or a tool result message."""
    return Evidence(
        source=op.source,
        start=op.start,
        end=op.end,
        index=op.index,
        quote=op.quote,
        trace_id=op.trace_id,
    )


def session_finding(
    trajectory: str,
    key: str,
    *,
    category: Category,
    severity: Severity,
    score: float,
    evidence: Iterable[Evidence],
    message: str,
    steps: Sequence[int],
    details: dict[str, Any] | None = None,
) -> Finding:
    """A finding of scope ``session`` from trajectory check ``trajectory``.

    ``key`` identifies it within its session (see the module docstring); ``steps`` are the
    positions (0 for the first step) of the steps it comes from.
    """
    found = tuple(dict.fromkeys(evidence))[:MAX_EVIDENCE]
    return Finding(
        check=CHECK,
        category=category,
        severity=severity,
        score=round(score, 4),
        evidence=found,
        message=message,
        scope="session",
        details={
            "trajectory": trajectory,
            "key": f"{trajectory}:{key}",
            "steps": sorted(set(steps)),
            "trace_ids": list(dict.fromkeys(e.trace_id for e in found if e.trace_id)),
            **(details or {}),
        },
    )
