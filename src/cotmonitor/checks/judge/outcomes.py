"""Which judge calls failed while one trace was judged (for guard mode's ``on_error``).

The judge counts its failures (timeouts, errors, invalid answers, an open breaker, an
exhausted budget) in the monitor's stats and carries on with no finding: right for
monitoring, but a guard that fails closed must know the judge never answered. A context
variable collects the failed outcomes of the calls made while judging one trace; the tasks
the judge starts inherit it.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable
from typing import TypeVar

_T = TypeVar("_T")

FAILED = frozenset({"timeout", "error", "invalid", "breaker", "budget"})
"""Judge outcomes after which the trace was not (fully) judged."""

_failures: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "cotmonitor_judge_failures", default=None
)


def note(outcome: str) -> None:
    """Record a judge call's outcome where a caller is collecting failures."""
    collected = _failures.get()
    if collected is not None and outcome in FAILED:
        collected.append(outcome)


async def collecting(work: Awaitable[_T]) -> tuple[_T, list[str]]:
    """Await ``work`` and return its result with the failed judge outcomes seen meanwhile."""
    failures: list[str] = []
    token = _failures.set(failures)
    try:
        return await work, failures
    finally:
        _failures.reset(token)
