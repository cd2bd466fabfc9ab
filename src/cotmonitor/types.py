"""The extension points, as small Protocols.

A rule check is any callable ``Trace -> Iterable[Finding]`` with a ``name``; an async check
(the judge) is the same with ``async``; an exporter is any callable ``Verdict -> None``.

Each optional method the monitor calls when present is a Protocol of its own, checked with
``isinstance``: ``Bindable`` (``bind(monitor)``: exporters that read the monitor's stats or
adopt its redactor), ``EarlyAlerting`` (``early_alert(verdict)``: early alerts of streams still
running), ``SessionExporting`` (``session_ended(session_verdict)``: sessions that end),
``Flushable``, ``Closable``, and for async checks ``Selective``
(``wants``: the judge's policy), ``Reviewing`` (``review``: findings to add and revise) and
``MonitorScoped`` (``for_monitor(monitor)``: a copy counting into that monitor, so one judge
object can serve several monitors and is never changed behind its user's back). Every one of
them that takes the monitor takes the same ``MonitorView``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding, Verdict

if TYPE_CHECKING:
    from cotmonitor.sessions.verdict import SessionVerdict


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


class MonitorView(Protocol):
    """What an exporter or a judge may read of the monitor it serves."""

    @property
    def stats(self) -> MonitorStats:
        """The monitor's own counters (drops, internal errors, judge calls)."""
        ...

    @property
    def redactor(self) -> Callable[[str], str] | None:
        """Applied to text before it leaves the process."""
        ...


@runtime_checkable
class Bindable(Protocol):
    """An exporter that wants the monitor it serves (its stats, its redactor)."""

    def bind(self, monitor: MonitorView) -> None:
        """Called once when the monitor is built."""
        ...


@runtime_checkable
class EarlyAlerting(Protocol):
    """An exporter that also takes early alerts (``Verdict.early``: a stream still running).

    .. versionadded:: 0.2.0
    """

    def early_alert(self, verdict: Verdict) -> None:
        """Export one early alert; the stream's final verdict follows through ``__call__``."""
        ...


@runtime_checkable
class SessionExporting(Protocol):
    """An exporter that also takes the final verdict of each session that ends.

    .. versionadded:: 0.3.0
    """

    def session_ended(self, verdict: SessionVerdict) -> None:
        """Export one ended session (``end_session``, idle expiry, eviction, close)."""
        ...


@runtime_checkable
class Flushable(Protocol):
    """Has buffered output to write out."""

    def flush(self) -> None: ...


@runtime_checkable
class Closable(Protocol):
    """Holds resources (files, connections) to release."""

    def close(self) -> None: ...


@runtime_checkable
class Selective(Protocol):
    """An async check that decides per trace whether to run (the judge's policy)."""

    def wants(self, trace: Trace, findings: Sequence[Finding]) -> bool:
        """Whether this trace, with these rule findings, should be checked."""
        ...


class Review(Protocol):
    """What reviewing one trace produced."""

    def apply(self, findings: Sequence[Finding]) -> list[Finding]:
        """The final findings: the rule findings (possibly revised) plus the new ones."""
        ...


@runtime_checkable
class Reviewing(Protocol):
    """An async check that can revise the rule findings, not only add to them."""

    async def review(self, trace: Trace, findings: Sequence[Finding]) -> Review:
        """Review the trace now (no policy check)."""
        ...


@runtime_checkable
class MonitorScoped(Protocol):
    """An async check that gives each monitor its own copy, counting into that monitor."""

    def for_monitor(self, monitor: MonitorView) -> AsyncCheck:
        """A copy of this check bound to ``monitor``; this object is left as it is."""
        ...
