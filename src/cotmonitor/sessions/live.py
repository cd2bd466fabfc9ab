"""Session bookkeeping for a live monitor: each trace's facts in, new session findings out.

After a call's rule checks (on the worker thread; in guard mode on the caller's path, before
the decision), ``SessionTracker.observe`` finds the call's session, reduces the trace to its
``StepFacts``, appends them to the session, runs the trajectory checks over the session's
steps and returns the session findings not reported before. The monitor appends those to the
call's verdict, so metrics, spans, logs, ``on_alert`` and the guard see them like any other
finding (with ``scope="session"``).

Where the session id comes from, first match wins:

1. ``trace.labels["session_id"]``: ``cotmonitor.context(session_id=...)`` or a framework
   integration (a LangGraph thread, an OpenAI Agents trace group ...);
2. the Responses API's ``conversation`` (the request's, kept by the normalizer);
3. a Responses ``previous_response_id`` chain: the response id of step N is the
   ``previous_response_id`` of step N+1, so the session id of a chain is the id of its first
   response. A Responses call that names neither opens a chain of its own, in case a later call
   continues it; such a one-step "session" is let go of silently when it expires.

A trace with none of these costs one dict lookup (and, for the Responses API, one attribute
read). When a session ends (``end_session``, idle past the TTL, evicted for room, or the
monitor closing), its final ``SessionVerdict`` goes to ``on_end``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from cotmonitor.sessions.facts import StepFacts, step_facts
from cotmonitor.sessions.store import Evicted, FindingKey, SessionState, SessionStore
from cotmonitor.sessions.trajectory import trajectory_findings
from cotmonitor.sessions.verdict import EndReason, SessionVerdict
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding

_NONE: list[Finding] = []
_CHAIN = 2
"""Steps of an implicit (Responses chain) session before it is one: a single call is not."""


class FactsOf(Protocol):
    """``step_facts``'s signature."""

    def __call__(self, trace: Trace, *, seen_messages: int = 0) -> StepFacts: ...


def finding_key(finding: Finding) -> FindingKey:
    """What makes a session finding new.

    Trajectory checks run over the whole session at every step and find the old findings
    again, identical, with the same ``details["key"]`` (``sessions.evidence``); a finding
    without one is told apart by its check, category and the traces it points at.
    """
    key = finding.details.get("key")
    if isinstance(key, str) and key:
        return (finding.check, finding.category, key, ())
    traces = tuple(sorted({e.trace_id or "" for e in finding.evidence}))
    return (finding.check, finding.category, "", traces)


@dataclass(frozen=True, slots=True)
class Step:
    """A trace's place in its session, between ``begin`` and ``finish``."""

    state: SessionState
    seen: int
    """How many of the trace's messages the session saw before (``seen_messages``)."""


class SessionTracker:
    """The sessions of one monitor (see the module docstring).

    Args:
        stats: the monitor's counters (evictions, the live-session gauge).
        is_alert: whether a finding is an alert (the monitor's ``AlertPolicy``).
        on_end: gets the final verdict of each session that ends.
        enabled: ``False`` turns session bookkeeping off.
        max_sessions: live sessions at most (least recently seen evicted first).
        ttl_s: idle seconds before a session expires.
        max_steps: steps (and findings) one session keeps at most.
        response_chains: follow Responses ``previous_response_id`` chains and
            ``conversation`` ids when a call has no session id.
        facts: reduces a trace to its step facts (``step_facts``).
        trajectory: the trajectory checks (``trajectory_findings``).
        clock: the monotonic clock of the TTL.
    """

    def __init__(
        self,
        stats: MonitorStats,
        *,
        is_alert: Callable[[Finding], bool],
        on_end: Callable[[SessionVerdict], None],
        enabled: bool = True,
        max_sessions: int = 10_000,
        ttl_s: float = 1800.0,
        max_steps: int = 200,
        response_chains: bool = True,
        facts: FactsOf = step_facts,
        trajectory: Callable[[Sequence[StepFacts]], list[Finding]] = trajectory_findings,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.store = SessionStore(
            stats, max_sessions=max_sessions, ttl_s=ttl_s, max_steps=max_steps, clock=clock
        )
        self.is_alert = is_alert
        self.on_end = on_end
        self.response_chains = response_chains
        self.facts = facts
        self.trajectory = trajectory
        self._chains: OrderedDict[str, str] = OrderedDict()

    @classmethod
    def from_settings(
        cls,
        settings: CotMonitorSettings,
        stats: MonitorStats,
        *,
        is_alert: Callable[[Finding], bool],
        on_end: Callable[[SessionVerdict], None],
    ) -> SessionTracker:
        """The tracker the settings describe (``sessions``, ``session_ttl_s`` ...)."""
        return cls(
            stats,
            is_alert=is_alert,
            on_end=on_end,
            enabled=settings.sessions,
            max_sessions=settings.max_sessions,
            ttl_s=settings.session_ttl_s,
            max_steps=settings.max_session_steps,
            response_chains=settings.session_response_chains,
        )

    # -- per trace ------------------------------------------------------------------------

    def observe(self, trace: Trace) -> tuple[Trace, list[Finding]]:
        """Add ``trace`` to its session.

        Returns:
            The trace (labelled with the session id when it was derived) and the session
            findings it brought to light.
        """
        trace, step = self.begin(trace)
        return trace, _NONE if step is None else self.finish(step, trace)

    def begin(self, trace: Trace) -> tuple[Trace, Step | None]:
        """The first half of ``observe``: find the session and what of the trace is new.

        ``finish`` completes it, given the step facts when they were taken elsewhere (the
        checker process takes them with the rules). ``None``: the trace has no session.
        """
        if not self.enabled:
            return trace, None
        session_id = trace.labels.get("session_id")
        implicit = False
        if not session_id:
            if not self.response_chains or trace.operation != "responses":
                return trace, None
            session_id, implicit = self._chained(trace)
            if not session_id:
                return trace, None
            # Exporters then see the conversation (``gen_ai.conversation.id``, log fields).
            trace = trace.model_copy(update={"labels": {**trace.labels, "session_id": session_id}})
        elif self.response_chains and trace.operation == "responses":
            self._remember(trace, session_id)
        return trace, self._open(session_id, trace, implicit=implicit)

    @property
    def default_facts(self) -> bool:
        """Whether the step facts are ``step_facts``' (which the checker process can take).

        A wrapper made with ``functools.wraps(step_facts)`` counts as ``step_facts``.
        """
        return getattr(self.facts, "__wrapped__", self.facts) is step_facts

    def _chained(self, trace: Trace) -> tuple[str, bool]:
        metadata = trace.metadata
        conversation = metadata.get("conversation_id")
        if isinstance(conversation, str) and conversation:
            return conversation, False
        previous = metadata.get("previous_response_id")
        own = metadata.get("response_id")
        with self.store.lock:
            if isinstance(previous, str) and previous:
                session_id = self._chains.get(previous, previous)
                implicit = False
            elif isinstance(own, str) and own:
                session_id, implicit = own, True
            else:
                return "", False
        self._remember(trace, session_id)
        return session_id, implicit

    def _remember(self, trace: Trace, session_id: str) -> None:
        own = trace.metadata.get("response_id")
        if not isinstance(own, str) or not own:
            return
        with self.store.lock:
            chains = self._chains
            chains[own] = session_id
            while len(chains) > self.store.max_sessions:
                chains.popitem(last=False)

    def _open(self, session_id: str, trace: Trace, *, implicit: bool) -> Step:
        store = self.store
        with store.lock:
            state, evicted = store.open(session_id, implicit=implicit)
            seen = _seen(state, trace)
            agent = trace.labels.get("agent")
            if agent:
                state.agent = agent
        self._ended(evicted)
        return Step(state, seen)

    def finish(self, step: Step, trace: Trace, facts: StepFacts | None = None) -> list[Finding]:
        """The second half of ``observe``: the new session findings ``trace`` brought."""
        store = self.store
        state = step.state
        if facts is None:
            facts = self.facts(trace, seen_messages=step.seen)
        with store.lock:
            store.add_step(state, facts)
            steps = tuple(state.steps)
        found = self.trajectory(steps) if len(steps) > 1 else _NONE
        if not found:
            return _NONE
        new: list[Finding] = []
        with store.lock:
            for finding in found:
                scoped = finding if finding.scope == "session" else _as_session(finding)
                if store.add_finding(state, finding_key(scoped), scoped):
                    new.append(scoped)
        return new

    # -- whole sessions -------------------------------------------------------------------

    def verdict(self, session_id: str) -> SessionVerdict | None:
        """The running verdict of ``session_id``; ``None`` when no such session is live."""
        self.sweep()
        with self.store.lock:
            state = self.store.get_locked(session_id)
            return None if state is None else self._verdict(state, None)

    def end(self, session_id: str, reason: EndReason = "end_session") -> SessionVerdict | None:
        """End ``session_id``: its final verdict goes to ``on_end`` and is returned."""
        state = self.store.pop(session_id)
        if state is None:
            return None
        with self.store.lock:
            verdict = self._verdict(state, reason)
        self.on_end(verdict)
        return verdict

    def sweep(self) -> None:
        """Expire the sessions idle past the TTL (their verdicts go to ``on_end``)."""
        if self.enabled:
            self._ended(self.store.sweep())

    def close(self) -> None:
        """End every live session (reason ``close``)."""
        self._ended([Evicted(state, "close") for state in self.store.drain()])

    def _ended(self, evicted: list[Evicted]) -> None:
        for gone in evicted:
            state = gone.state
            if state.implicit and state.total_steps < _CHAIN:
                continue
            with self.store.lock:
                verdict = self._verdict(state, gone.reason)
            self.on_end(verdict)

    def _verdict(self, state: SessionState, ended: EndReason | None) -> SessionVerdict:
        findings = tuple(state.findings)
        return SessionVerdict(
            session_id=state.session_id,
            steps=state.total_steps,
            findings=findings,
            alert=any(self.is_alert(f) for f in findings),
            started=_utc(state.started),
            last_seen=_utc(state.last_seen),
            agent=state.agent,
            ended=ended,
        )


def _seen(state: SessionState, trace: Trace) -> int:
    """How many of ``trace``'s messages the session saw before; notes them for the next step.

    As ``sessions.seen_messages`` decides it for replay, with fingerprints of the previous
    request's first and last messages in place of that request: a chat agent resends its
    history, so the previous request is a prefix of this one; a stateful API (a previous
    response id, a conversation id) sends only the new input; a rewritten history (trimmed,
    summarised) is new entirely.
    """
    messages = trace.messages
    seen = state.seen_messages
    metadata = trace.metadata
    continued = (
        0 < seen <= len(messages)
        and not metadata.get("previous_response_id")
        and not metadata.get("conversation_id")
        and _fingerprint(messages[0]) == state.first_message
        and _fingerprint(messages[seen - 1]) == state.last_message
    )
    state.seen_messages = len(messages)
    if messages:
        state.first_message = _fingerprint(messages[0])
        state.last_message = _fingerprint(messages[-1])
    return seen if continued else 0


def _fingerprint(message: dict[str, Any]) -> int:
    return hash(repr(message))


def _as_session(finding: Finding) -> Finding:
    return finding.model_copy(update={"scope": "session"})


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)
