"""Sessions: the compact facts of each step of an agent, and checks over its trajectory.

``facts.step_facts`` reduces one trace to what later steps need (never the trace itself);
``trajectory.trajectory_findings`` is a pure function over a session's steps, in order, and
returns findings with ``scope="session"`` whose evidence names the traces it comes from:
a hint followed steps after it was seen, a hack planned and done in different steps,
repeated failures of a test and then a way out of it, a verbalization rate that falls.
Each finding has a stable ``details["key"]`` (see ``sessions.evidence``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from cotmonitor.sessions.facts import Claim, Span, StepFacts, TestOp, step_facts
from cotmonitor.sessions.trajectory import (
    TrajectoryParams,
    check_session,
    seen_messages,
    trajectory_findings,
)

__all__ = [
    "Claim",
    "Span",
    "StepFacts",
    "TestOp",
    "TrajectoryParams",
    "check_session",
    "seen_messages",
    "step_facts",
    "trajectory_findings",
]
