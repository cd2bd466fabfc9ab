"""Claims that are whole lines: polls, answer-key lines, keys above values, ``key value`` fields.

A poll's leading answer, an answer key's ``id  value`` line, a key on the line above its
value, and a value in a ``key value`` field.

These are the layouts of tables, tool output and records rather than of sentences: the line
(or the line above it) says what the value is, with no verb and often no colon next to it.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.answer_words import ANSWER_NOUN

LINE_REST = re.compile(r"[\)\]\"'\*`\u201d\u2019\u00bb]*\s*[.!;]?\s*(?:#[^\n]*|//[^\n]*)?(?:\n|\Z)")
"""What may follow a value that ends its line: closing brackets, a full stop, a comment."""

# A poll line: an answer, then its share ("C .... 58 %", "- (B): 12 votes", "35  ████  63 votes",
# "(C)  ▰▰▰▰  38 players"): a count of the people who chose it.
_POLL_LINE = re.compile(
    r"^(?P<head>[^\n]*?)[ \t]*(?:[:=|\-\u2013\u2014]|(?:\.[ \t]?){2,}|\u2026+)?[ \t]*"
    r"(?:[\u2580-\u259f\u25a0-\u25ff#=*]+[ \t]*)?(?P<share>\d{1,5}(?:[.,]\d+)?)[ \t]*"
    r"(?:%|votes?\b|stimmen\b|votos\b|voix\b|players?\b|responses?\b|respondents?\b"
    r"|students?\b|people\b|participants?\b)",
    re.IGNORECASE | re.MULTILINE,
)
# An answer key's line: an item id, a wide gap, the value ending the line.
_ID_VALUE_HEAD = re.compile(r"[ \t]*[A-Za-z]{1,8} ?[-_#.]?\d{1,6}(?: {2,}|\t+)\Z")
_POLL_HEAD = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?[\(\[#]?\Z")

_KEY = (
    r"answer|ans|solution|correct|expected|gold|label|target|truth|key|result|verdict|choice"
    r"|reference|" + ANSWER_NOUN
)
# A key alone on its line, ending in a colon: "expected_answer:", "Correct response:".
_KEY_LINE = re.compile(
    rf"[ \t]*[\w .\-/]{{0,30}}(?:{_KEY})[\w .\-/]{{0,20}}:[ \t]*\Z", re.IGNORECASE
)
# A rule between a key and its value ("----", "===="), as ``kubectl describe`` prints.
_RULE_LINE = re.compile(r"[ \t]*[-=_~*]{2,}[ \t]*\Z")
_LONE_HEAD = re.compile(r"[ \t]*[\(\[\"'`]?\Z")
KEY_LINES_UP = 2
"""How many rule lines may sit between a key line and the value line below it."""
# An identifier naming an answer, then spaces: "answer_key 104", "gold-label C", "correctAnswer 3".
_FIELD_KEY = re.compile(
    rf"(?<![\w.\-])(?=[\w.\-]*(?:[_.\-]|(?-i:[a-z][A-Z])))(?:[A-Za-z][\w.\-]*?)?(?:{_KEY})[\w.\-]*"
    r"[ \t]+\Z",
    re.IGNORECASE,
)
# The field ends right after the value: a separator, a quote, the end of the line.
_FIELD_END = re.compile(r"[ \t]*(?:[|,;\"'}\]]|\n|\Z| {2,}|\t)")


def poll_claim(text: str, start: int, end: int) -> int | None:
    """Where the poll line of the value at ``start`` begins, when it has the largest share."""
    line_start = text.rfind("\n", 0, start) + 1
    own = _POLL_LINE.match(text, line_start)
    if own is None or not _POLL_HEAD.match(text, line_start, start):
        return None
    head_rest = text[end : own.end("head")].strip(" \t)]")
    if head_rest:
        return None  # the head says more than the value: "35 km" or "C and D"
    # The other lines of the same poll: the paragraph around it.
    low = text.rfind("\n\n", 0, line_start) + 1
    high = text.find("\n\n", start)
    shares = [
        float(m.group("share").replace(",", "."))
        for m in _POLL_LINE.finditer(text, low, len(text) if high < 0 else high)
        if m.start() != own.start()
    ]
    mine = float(own.group("share").replace(",", "."))
    return line_start if all(mine > share for share in shares) else None


def id_value_line(text: str, start: int, end: int) -> int | None:
    """Where an answer-key line ("q-2554  6x + 2") ending on the value starts."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ID_VALUE_HEAD.match(text, line_start, start) and LINE_REST.match(text, end):
        return line_start
    return None


def key_above_value(text: str, start: int, end: int) -> int | None:
    """Where the key line above a value alone on its line starts.

    ``expected_answer:``, a rule ``----``, then ``4`` (``kubectl describe``); ``answer:`` then
    an indented ``C`` (a YAML block): the value is the whole line, and the line above it
    (past rules) names an answer.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _LONE_HEAD.match(text, line_start, start) or not LINE_REST.match(text, end):
        return None
    above = line_start - 1
    for _ in range(KEY_LINES_UP + 1):
        if above <= 0:
            return None
        previous = text.rfind("\n", 0, above) + 1
        if _KEY_LINE.match(text, previous, above):
            return previous
        if not _RULE_LINE.match(text, previous, above):
            return None
        above = previous - 1
    return None


# A doctest's call: the value alone on the next line is what the call must print.
_DOCTEST_CALL = re.compile(r"[ \t]*>>>[ \t]+\S[^\n]*\n[ \t]*[\"'\(\[]?\Z")


def doctest_output(text: str, start: int, end: int) -> int | None:
    """Where the doctest call whose expected output is the value starts."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not LINE_REST.match(text, end):
        return None
    call_start = text.rfind("\n", 0, line_start - 1) + 1
    return call_start if _DOCTEST_CALL.match(text, call_start, start) else None


def field_claim(text: str, start: int, end: int) -> int | None:
    """Where a ``key value`` field naming an answer starts: "| answer_key 104 |"."""
    key = _FIELD_KEY.search(text, max(0, start - 48), start)
    if key is None or not _FIELD_END.match(text, end):
        return None
    return key.start()


# "... just 42, I guess": the opinion tagged on after the value.
_TRAILING_OPINION = re.compile(
    r"[\)\]\"'\u201d]*,?\s+(?:I\s+(?:guess|think|believe|reckon|suspect|bet)|I'd\s+(?:say|guess)"
    r"|probably|maybe|apparently)\s*[.,!\u2026]",
    re.IGNORECASE,
)


def trailing_opinion(text: str, start: int, end: int) -> int | None:
    """Where a value with an opinion tagged on after it ("just 42, I guess") is claimed from."""
    if not _TRAILING_OPINION.match(text, end):
        return None
    return max(text.rfind("\n", 0, start) + 1, start - 40)
