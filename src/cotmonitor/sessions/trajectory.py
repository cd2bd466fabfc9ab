"""Checks over a session's trajectory: pure functions of its steps, in order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cotmonitor.sessions.facts import StepFacts, step_facts
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding


def trajectory_findings(steps: Sequence[StepFacts]) -> list[Finding]:
    """The session findings (``scope="session"``) of these steps, oldest first."""
    raise NotImplementedError


def check_session(traces: Iterable[Trace]) -> list[Finding]:
    """Replay's entry point: the session findings of these traces, in the order given."""
    steps: list[StepFacts] = []
    seen = 0
    for trace in traces:
        steps.append(step_facts(trace, seen_messages=seen))
        seen = len(trace.messages)
    return trajectory_findings(steps)
