"""The live sessions of one monitor: their step facts, bounded in count, age and size.

A session keeps only ``StepFacts`` (compact facts, never traces), the session findings
reported so far and a few numbers. Memory is bounded three ways, each counted in
``session_evictions{reason}`` of the monitor's stats:

- ``capacity``: past ``max_sessions`` live sessions, the least recently seen one goes;
- ``ttl``: a session not seen for ``ttl_s`` seconds expires (at the next sweep);
- ``facts_cap``: past ``max_steps`` steps, a session forgets its oldest step.

One ``OrderedDict`` serves both the LRU and the TTL: touching a session moves it to the end,
so the least recently seen sessions are always at the front, and a sweep stops at the first
session still fresh. Everything is under one lock; the work per trace under it is a dict
lookup, a move and an append.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from cotmonitor.sessions.facts import StepFacts
from cotmonitor.sessions.verdict import EndReason
from cotmonitor.stats import MonitorStats
from cotmonitor.verdicts import Finding

FindingKey = tuple[str, str, str, tuple[str, ...]]


class SessionState:
    """What one live session keeps (slotted: a session costs a few hundred bytes)."""

    __slots__ = (
        "agent",
        "findings",
        "first_message",
        "implicit",
        "keys",
        "last_message",
        "last_seen",
        "seen_messages",
        "session_id",
        "started",
        "steps",
        "total_steps",
        "touched",
    )

    def __init__(self, session_id: str, now: float, touched: float, *, implicit: bool) -> None:
        self.session_id = session_id
        self.started = now
        """Wall-clock time of the first step (``time.time()``)."""
        self.last_seen = now
        self.touched = touched
        """Monotonic time of the last step, for the TTL."""
        self.implicit = implicit
        """Opened by a provider's response chain rather than a session id (see ``live``)."""
        self.steps: list[StepFacts] = []
        self.total_steps = 0
        self.seen_messages = 0
        """How many messages the last step's request had."""
        self.first_message = 0
        self.last_message = 0
        """Fingerprints of the last request's first and last messages: the next request
        continues it when its own messages at those places are the same."""
        self.findings: list[Finding] = []
        self.keys: set[FindingKey] = set()
        self.agent: str | None = None


@dataclass(frozen=True, slots=True)
class Evicted:
    """A session the store let go of, and why."""

    state: SessionState
    reason: EndReason


class SessionStore:
    """Live sessions by id: LRU past ``max_sessions``, expired after ``ttl_s`` idle seconds.

    Args:
        stats: where evictions are counted (``session_evictions{reason}``) and the live
            session count is read from (gauge ``sessions_live``).
        max_sessions: live sessions at most.
        ttl_s: idle seconds after which a session expires.
        max_steps: steps (and findings) a session keeps at most; older steps are dropped.
        clock: the monotonic clock (``time.monotonic``); tests pass their own.
    """

    def __init__(
        self,
        stats: MonitorStats,
        *,
        max_sessions: int,
        ttl_s: float,
        max_steps: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stats = stats
        self.max_sessions = max_sessions
        self.ttl_s = ttl_s
        self.max_steps = max_steps
        self.clock = clock
        self.lock = threading.Lock()
        self._live: OrderedDict[str, SessionState] = OrderedDict()
        stats.set_gauge("sessions_live", self._live.__len__)

    def __len__(self) -> int:
        return len(self._live)

    def get_locked(self, session_id: str) -> SessionState | None:
        """The live session ``session_id`` (not touched), ``None`` when there is none.

        Call with ``self.lock`` held.
        """
        return self._live.get(session_id)

    def open(
        self, session_id: str, *, implicit: bool = False
    ) -> tuple[SessionState, list[Evicted]]:
        """The session ``session_id``, touched (created if new), and the sessions it evicted.

        Call with ``self.lock`` held.
        """
        live = self._live
        now = self.clock()
        evicted = self._expire(now)
        state = live.get(session_id)
        if state is not None:
            live.move_to_end(session_id)
        else:
            state = SessionState(session_id, time.time(), now, implicit=implicit)
            live[session_id] = state
            while len(live) > self.max_sessions:
                _, old = live.popitem(last=False)
                evicted.append(Evicted(old, "capacity"))
                self.stats.incr("session_evictions", reason="capacity")
        state.touched = now
        state.last_seen = time.time()
        return state, evicted

    def add_step(self, state: SessionState, facts: StepFacts) -> None:
        """Append one step, dropping the oldest past ``max_steps``. Call with the lock held."""
        steps = state.steps
        steps.append(facts)
        state.total_steps += 1
        if len(steps) > self.max_steps:
            del steps[0]
            self.stats.incr("session_evictions", reason="facts_cap")

    def add_finding(self, state: SessionState, key: FindingKey, finding: Finding) -> bool:
        """Record a new session finding; False when seen before or past the cap (lock held)."""
        if key in state.keys:
            return False
        if len(state.findings) >= self.max_steps:
            self.stats.incr("session_evictions", reason="facts_cap")
            return False
        state.keys.add(key)
        state.findings.append(finding)
        return True

    def pop(self, session_id: str) -> SessionState | None:
        """Remove and return the session (``end_session``)."""
        with self.lock:
            return self._live.pop(session_id, None)

    def sweep(self) -> list[Evicted]:
        """Expire every session idle past the TTL."""
        with self.lock:
            return self._expire(self.clock())

    def drain(self) -> list[SessionState]:
        """Remove and return every live session (at close)."""
        with self.lock:
            states = list(self._live.values())
            self._live.clear()
            return states

    def _expire(self, now: float) -> list[Evicted]:
        live = self._live
        out: list[Evicted] = []
        cutoff = now - self.ttl_s
        while live:
            state = next(iter(live.values()))
            if state.touched > cutoff:
                break
            live.popitem(last=False)
            out.append(Evicted(state, "ttl"))
        if out:
            self.stats.incr("session_evictions", len(out), reason="ttl")
        return out
