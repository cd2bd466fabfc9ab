"""Checks over a session's trajectory: pure functions of its steps, in order.

Each check is a function of the ``StepFacts`` list (``trajectory_hints``,
``trajectory_hacks``); ``trajectory_findings`` runs them all. Every finding has
``scope="session"``, ``check="trajectory"``, the check's name in ``details["trajectory"]``,
the positions of its steps in ``details["steps"]`` and a stable ``details["key"]``: findings
depend only on the steps up to the one that triggers them, so a caller that runs the checks
after every step reports each key once (``sessions.evidence``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cotmonitor.sessions.facts import StepFacts, step_facts
from cotmonitor.sessions.trajectory_hacks import (
    MIN_FAILURES,
    act_then_plan,
    failures_then_hack,
    plan_then_act,
)
from cotmonitor.sessions.trajectory_hints import (
    MIN_RATE_DROP,
    RATE_WINDOW,
    hint_followed,
    verbalization_drop,
)
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding


@dataclass(frozen=True, slots=True)
class TrajectoryParams:
    """The thresholds of the trajectory checks.

    Attributes:
        min_failures: times a test must fail before a skip, deletion, assertion edit or
            early exit of it is reported.
        rate_window: hinted steps in each window of the verbalization-rate comparison.
        min_rate_drop: how far the last window's rate must fall below the first's.
    """

    min_failures: int = MIN_FAILURES
    rate_window: int = RATE_WINDOW
    min_rate_drop: float = MIN_RATE_DROP


def trajectory_findings(
    steps: Sequence[StepFacts], params: TrajectoryParams | None = None
) -> list[Finding]:
    """The session findings (``scope="session"``) of these steps, oldest first.

    A finding comes before another when the step that triggers it comes first; the order
    and the findings are a function of the steps alone.

    .. versionadded:: 0.3.0
    """
    params = params or TrajectoryParams()
    found = [
        *hint_followed(steps),
        *plan_then_act(steps),
        *act_then_plan(steps),
        *failures_then_hack(steps, params.min_failures),
        *verbalization_drop(steps, params.rate_window, params.min_rate_drop),
    ]
    # Stable sort: within one step the checks keep the order above.
    return sorted(found, key=lambda f: max(f.details["steps"], default=0))


def check_session(traces: Iterable[Trace]) -> list[Finding]:
    """Replay's entry point: the session findings of these traces, in the order given.

    .. versionadded:: 0.3.0
    """
    steps: list[StepFacts] = []
    previous: Trace | None = None
    for trace in traces:
        steps.append(step_facts(trace, seen_messages=seen_messages(previous, trace)))
        previous = trace
    return trajectory_findings(steps)


def seen_messages(previous: Trace | None, trace: Trace) -> int:
    """How many of ``trace``'s messages the session saw in ``previous``, the step before it.

    A chat agent sends its whole history again, so the previous request is a prefix of
    this one; a stateful API (a previous response id, a conversation id) sends only the new
    input, which is then new entirely.

    .. versionadded:: 0.3.0
    """
    if previous is None:
        return 0
    seen = len(previous.messages)
    if seen == 0 or seen > len(trace.messages):
        return 0
    # The first and the last shared message decide it: comparing every message would cost
    # the whole history again at every step.
    same = trace.messages[0] == previous.messages[0] and (
        trace.messages[seen - 1] == previous.messages[seen - 1]
    )
    return seen if same else 0
