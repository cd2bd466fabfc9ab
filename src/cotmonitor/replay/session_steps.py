"""The worker's half of replaying sessions: a trace's session key and its step facts.

Workers check chunks of records in any process; the session pass runs in the reading process
over the outcomes, in input order. So a worker never needs the previous step of a session:
the messages of a step that its previous step had already seen are those up to the last
assistant message of its prompt (the previous step's answer), which is what
``check_session``'s ``len(previous.messages)`` is in an agent loop, and 0 for a Responses call
chained by ``previous_response_id`` (its input holds only the new items). A step that may open
its session is also reduced with every message new, and the session pass picks.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from cotmonitor.sessions.facts import StepFacts, step_facts
from cotmonitor.trace.model import Trace


class SessionStep(NamedTuple):
    """What the session pass needs of one checked trace (picklable, no trace inside)."""

    key: str | None
    """The session id the log gives (``labels["session_id"]``)."""
    response_id: str | None
    """A Responses API response id: a later ``previous_response_id`` may point at it."""
    previous_response_id: str | None
    facts: StepFacts
    """Facts with the messages up to the last assistant turn counted as already seen."""
    opening: StepFacts | None
    """Facts with every message new, for a step that opens its session (``None``: same)."""


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def chain_ids(trace: Trace) -> tuple[str | None, str | None]:
    """``(response id, previous response id)`` of a Responses API trace, else ``None``s."""
    metadata: Mapping[str, object] = trace.metadata
    previous = _text(metadata.get("previous_response_id"))
    if trace.operation != "responses" and previous is None:
        return None, None
    return _text(metadata.get("response_id")), previous


def seen_before(trace: Trace) -> int:
    """How many of the prompt's messages the session's previous step had already seen."""
    for index in range(len(trace.messages) - 1, -1, -1):
        if trace.messages[index].get("role") == "assistant":
            return index
    return 0


def session_step(trace: Trace, opened: set[str]) -> SessionStep | None:
    """The session step of ``trace``; ``None`` when the log ties it to no session.

    ``opened`` holds the keys (session ids, response ids) of the steps seen before in the
    same chunk of records: those sessions are open already, so their steps need no opening
    facts. The keys of this step are added to it.
    """
    key = trace.labels.get("session_id") or None
    response_id, previous = chain_ids(trace)
    if key is None and response_id is None and previous is None:
        return None
    cut = seen_before(trace)
    facts = step_facts(trace, seen_messages=cut)
    known = (key or previous) in opened if (key or previous) else False
    opening = step_facts(trace) if cut and not known else None
    opened.update(k for k in (key, response_id) if k)
    return SessionStep(key, response_id, previous, facts, opening)
