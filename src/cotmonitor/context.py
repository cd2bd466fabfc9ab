"""Labels for everything inside a block: ``with cotmonitor.context(agent="coder"): ...``.

Built on ``contextvars``, so asyncio tasks created inside the block inherit the labels. Plain
threads do not inherit context variables; run their target through ``bind_context(fn)``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_EMPTY: Mapping[str, str] = {}
_labels: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar(
    "cotmonitor_labels", default=_EMPTY
)


@contextmanager
def context(
    *, agent: str | None = None, session_id: str | None = None, **labels: str
) -> Iterator[Mapping[str, str]]:
    """Attach labels to every call captured inside the block.

    Nested blocks add to (and override) the outer labels.

    Args:
        agent: the agent name, exported as the ``agent`` metric label (bounded).
        session_id: a session identifier; kept on traces and logs, never a metric label.
        **labels: any other labels (strings).

    Yields:
        The merged labels now in force.
    """
    merged = dict(_labels.get())
    if agent is not None:
        merged["agent"] = agent
    if session_id is not None:
        merged["session_id"] = session_id
    merged.update({k: str(v) for k, v in labels.items()})
    token = _labels.set(merged)
    try:
        yield merged
    finally:
        _labels.reset(token)


def current_labels() -> Mapping[str, str]:
    """The labels in force here (read-only; do not mutate)."""
    return _labels.get()


def bind_context(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Return ``fn`` bound to the current labels, for running in another thread."""
    ctx = contextvars.copy_context()

    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return ctx.copy().run(fn, *args, **kwargs)

    return run
