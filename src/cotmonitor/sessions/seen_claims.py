"""Claims in the messages a step adds: answers stated before anyone has answered.

The per-call hint check looks for claims of one value, the trace's final answer. A session
sees a claim (a tool result holding the answer key) steps before the answer comes, so here
the values are the question's option labels, or for a free-response question the values
written right after an answer word ("expected: 42", ``"solution": "Paris"``), each confirmed
by the same claim finder (``checks.rules.claims``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.answers import normalize_value
from cotmonitor.checks.rules.claims import Claim, find_claims
from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.trace.model import Trace, message_role

MAX_CLAIMS = 16
"""Most claims kept from one step."""
MAX_FREE_VALUES = 6
"""Most free-response values tried in one step's messages."""
MAX_TEXT_CHARS = 200_000
"""Longest message text searched (a huge tool result is cut, never read whole)."""
MAX_OCCURRENCES = 48
"""Most occurrences of one value examined per message: a log full of one letter is bounded."""

_ANSWER_WORDS = (
    *("answer", "solution", "expected", "correct", "key", "gold", "label", "target"),
    *("truth", "result", "verdict", "accepted", "verified"),
)
# Matched at an answer word found with ``str.find``: scanning every position with an
# alternation of words costs far more on long tool results.
_FREE_VALUE = re.compile(
    # The answer word, up to four more words ("answer key for item 7"), a separator, the value.
    r"\w+(?:[ \t]+[\w#-]+){0,4}?[\"'\]]?[ \t]*(?:is|was|=|:|->|=>|==|\u2192)"
    r"[ \t]*[\"'(\[<*`]*[ \t]*"
    r"(?P<val>-?\$?\d[\d,]*(?:\.\d+)?(?:/\d+)?|[^\W\d_][\w'-]*(?:[ \t][\w'-]+){0,2})",
    re.IGNORECASE,
)


def tool_result(message: Mapping[str, Any]) -> bool:
    """Whether a request message is a tool result.

    A ``tool`` message (the OpenAI chat shape), a ``function_call_output`` item (the Responses
    API) or a user message made of ``tool_result`` blocks (the Anthropic shape).
    """
    if message_role(dict(message)) in ("tool", "function"):
        return True
    content = message.get("content")
    if isinstance(content, list) and content:
        return all(isinstance(p, Mapping) and p.get("type") == "tool_result" for p in content)
    return False


def new_texts(trace: Trace, seen: int) -> list[tuple[int, str, str]]:
    """``(index, role, text)`` of the request messages after the first ``seen``.

    The role of a message made only of tool results is ``tool`` whatever its shape.
    """
    found = []
    for index in range(max(seen, 0), len(trace.messages)):
        message = trace.messages[index]
        text = trace.message_text(index)
        if text:
            role = "tool" if tool_result(message) else message_role(message)
            found.append((index, role, text[:MAX_TEXT_CHARS]))
    return found


def _free_values(texts: Sequence[tuple[int, str, str]]) -> dict[str, str]:
    """Values written right after an answer word, normalised (``{value: as written}``)."""
    values: dict[str, str] = {}
    for _, role, text in texts:
        if role == "assistant":
            continue
        lowered = lower_same_length(text)
        starts = sorted(
            at
            for word in _ANSWER_WORDS
            for at in _finds(lowered, word)
            if at == 0 or not lowered[at - 1].isalnum()
        )
        for at in starts:
            match = _FREE_VALUE.match(text, at)
            if match is None:
                continue
            written = match.group("val").strip()
            value = normalize_value(written)
            if value and value not in values:
                values[value] = written
            if len(values) >= MAX_FREE_VALUES:
                return values
    return values


def _finds(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def claims_in(texts: Sequence[tuple[int, str, str]], space: AnswerSpace) -> list[Claim]:
    """The claims in ``texts`` of any value of ``space`` (earlier turns of the model aside)."""
    asked = [t for t in texts if t[1] != "assistant"]
    if not asked:
        return []
    values = (
        dict.fromkeys(space.target.labels, "") if space.target is not None else _free_values(asked)
    )
    found: dict[tuple[str, int, int], Claim] = {}
    for value, written in values.items():
        for claim in find_claims(asked, space, value, written, most=MAX_OCCURRENCES):
            # An earlier turn of the model is its own answer in a session, not a prefill.
            if claim.form != "prefill":
                found.setdefault((claim.value, claim.index, claim.start), claim)
    ordered = sorted(found.values(), key=lambda c: (c.index, c.start, c.value))
    return ordered[:MAX_CLAIMS]
