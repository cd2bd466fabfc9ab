"""The extension points, as small Protocols.

A rule check is any callable ``Trace -> Iterable[Finding]`` with a ``name``; an async check
(the judge) is the same with ``async``; an exporter is any callable ``Verdict -> None``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding, Verdict


@runtime_checkable
class Check(Protocol):
    """A synchronous check: a pure function of a trace, microseconds per call."""

    name: str

    def __call__(self, trace: Trace) -> Iterable[Finding]:
        """Return the findings for this trace (empty when it is fine)."""
        ...


@runtime_checkable
class AsyncCheck(Protocol):
    """An asynchronous check (an LLM judge): sees the rule findings so far."""

    name: str

    async def __call__(self, trace: Trace, findings: Sequence[Finding]) -> Iterable[Finding]:
        """Return additional findings for this trace."""
        ...


@runtime_checkable
class Exporter(Protocol):
    """Receives every verdict. ``flush()``/``close()`` are optional and called when present."""

    def __call__(self, verdict: Verdict) -> None:
        """Export one verdict. May raise: the monitor counts and swallows it."""
        ...
