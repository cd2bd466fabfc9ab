"""The session pass of a replay: checked steps grouped into sessions, then trajectory checks.

It runs in the reading process over the outcomes in input order, whatever ``--jobs`` is, so
its findings do not depend on how records were split between workers. A session keeps its
steps' facts and a one-line row per step for the report, never a trace. Sessions come from
the session id the log gives or from Responses API ``previous_response_id`` chains (a
response joins the session of the response it continues; two chains that turn out to be one
are merged). Memory is bounded: past ``max_sessions`` open sessions the least recently active
one is checked and closed early (counted as evicted), and a session keeps at most
``max_steps`` steps (the later ones are counted as dropped).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import NamedTuple

from cotmonitor.replay.checking import Checked
from cotmonitor.replay.session_steps import SessionStep
from cotmonitor.sessions.facts import StepFacts
from cotmonitor.sessions.trajectory import trajectory_findings
from cotmonitor.verdicts import Finding

_SESSION = "session:"
_CHAIN = "response:"


class StepRow(NamedTuple):
    """One step of a session as the report shows it."""

    seq: int
    """The step's position among all checked traces (input order)."""
    where: str
    trace_id: str
    call_findings: tuple[tuple[str, str], ...]
    """``(category, severity)`` of each of the step's own (per-call) findings."""


@dataclass
class SessionResult:
    """A checked session: its steps in order and its session findings."""

    key: str
    steps: list[StepRow]
    findings: list[Finding]
    dropped: int = 0
    """Steps past ``max_steps`` that were not kept."""
    evicted: bool = False
    """Closed early because too many sessions were open (it may continue later)."""
    error: str | None = None
    """Why the trajectory checks failed on this session, if they did."""

    @property
    def session_id(self) -> str:
        """The id as the log gave it (a chain is named by its first response id)."""
        return self.key.split(":", 1)[1]

    @property
    def kind(self) -> str:
        """``"session"`` (an id in the log) or ``"response_chain"``."""
        return "response_chain" if self.key.startswith(_CHAIN) else "session"

    def to_json(self) -> str:
        """The session as one JSON line of a findings file."""
        return json.dumps(
            {
                "session_id": self.session_id,
                "session_kind": self.kind,
                "steps": [{"trace_id": s.trace_id, "where": s.where} for s in self.steps],
                "findings": [f.model_dump(mode="json") for f in self.findings],
            },
            ensure_ascii=False,
        )


@dataclass(slots=True)
class _Open:
    key: str
    rows: list[StepRow] = field(default_factory=list)
    facts: list[StepFacts] = field(default_factory=list)
    response_ids: set[str] = field(default_factory=set)
    dropped: int = 0


class SessionPass:
    """Groups checked steps into sessions and checks each session when it closes.

    Args:
        max_sessions: open sessions kept at most; the least recently active is closed first.
        max_steps: steps kept per session.
    """

    def __init__(self, *, max_sessions: int = 100_000, max_steps: int = 1_000) -> None:
        self.max_sessions = max(1, max_sessions)
        self.max_steps = max(1, max_steps)
        self.evicted = 0
        self._open: OrderedDict[str, _Open] = OrderedDict()
        self._owner: dict[str, str] = {}
        """Response id -> key of the session it belongs to."""

    def add(self, seq: int, outcome: Checked) -> list[SessionResult]:
        """Add one checked trace; returns the sessions closed early to make room."""
        step = outcome.step
        if step is None:
            return []
        key = self._key(step)
        session = self._open.get(key)
        facts = step.facts
        if session is None:
            session = self._open[key] = _Open(key)
            facts = step.opening or step.facts
        else:
            self._open.move_to_end(key)
        if step.response_id:
            self._join(step.response_id, session)
        if step.previous_response_id and self._owner.get(step.previous_response_id) == key:
            session.response_ids.add(step.previous_response_id)
        self._append(session, outcome, seq, facts)
        closed = []
        while len(self._open) > self.max_sessions:
            _, oldest = self._open.popitem(last=False)
            self.evicted += 1
            closed.append(self._close(oldest, evicted=True))
        return closed

    def finish(self) -> list[SessionResult]:
        """Check and close every open session, in the order their first steps came."""
        sessions = sorted(self._open.values(), key=lambda s: s.rows[0].seq if s.rows else 0)
        self._open.clear()
        return [self._close(s, evicted=False) for s in sessions]

    def _key(self, step: SessionStep) -> str:
        if step.key:
            return _SESSION + step.key
        previous = step.previous_response_id
        if previous:
            owner = self._owner.get(previous)
            if owner is not None and owner in self._open:
                return owner
            # The chain's head is not in the log (or was closed): the chain starts here.
            key = _CHAIN + previous
            self._owner[previous] = key
            return key
        return _CHAIN + str(step.response_id)

    def _join(self, response_id: str, session: _Open) -> None:
        owner = self._owner.get(response_id)
        other = self._open.get(owner) if owner is not None else None
        if other is not None and other is not session:
            # A response seen earlier continued this one: its chain is this session's tail.
            self._merge(other, session)
        self._owner[response_id] = session.key
        session.response_ids.add(response_id)

    def _merge(self, tail: _Open, into: _Open) -> None:
        del self._open[tail.key]
        pairs = zip(into.rows + tail.rows, into.facts + tail.facts, strict=True)
        steps = sorted(pairs, key=lambda pair: pair[0].seq)
        kept = steps[: self.max_steps]
        into.rows = [row for row, _ in kept]
        into.facts = [facts for _, facts in kept]
        into.dropped += tail.dropped + len(steps) - len(kept)
        for response_id in tail.response_ids:
            self._owner[response_id] = into.key
        into.response_ids |= tail.response_ids

    def _append(self, session: _Open, outcome: Checked, seq: int, facts: StepFacts) -> None:
        if len(session.rows) >= self.max_steps:
            session.dropped += 1
            return
        calls = tuple((f.category, f.severity) for f in outcome.findings)
        session.rows.append(StepRow(seq, outcome.where, outcome.trace_id, calls))
        session.facts.append(facts)

    def _close(self, session: _Open, *, evicted: bool) -> SessionResult:
        for response_id in session.response_ids:
            if self._owner.get(response_id) == session.key:
                del self._owner[response_id]
        result = SessionResult(session.key, session.rows, [], session.dropped, evicted)
        try:
            result.findings = trajectory_findings(session.facts)
        except Exception as exc:  # one bad session must not end the replay
            result.error = f"{type(exc).__name__}: {exc}"[:300]
        return result
