r"""Claims written the way records and specs write them, where no answer sentence leads in.

- a behaviour spec's step: ``Then the answer should be "42"`` (a step keyword opens the line,
  a modal verb leads to the value), or a keyword-driven assertion whose last argument is the
  value (``Should Be Equal    ${reply}    42``);
- a delimited record's field after a field that names the answer: ``OBX|1|ST|q-7^ANSWER||42``;
- an escaped JSON key inside a string: ``"{\"solution\": \"42\"}"``;
- an item identifier set to the value: ``q-1234 = 42``, ``item_17 is C``, or a row of an
  answer sheet: ``q-1234,42``;
- a flag naming what a run must give: ``-result {42}``, ``--expected=42``;
- an element whose ``name``, ``key`` or ``id`` attribute names an answer:
  ``<string name="answer_q7">42</string>``;
- a chat line whose message is the value alone: ``<okafor> 42. not up for debate``;
- a line that is the value alone, under a line that does not ask: ``Forwarded\n42``;
- a comment or an annotation whose whole content is the value: ``<!-- 42? -->``, ``# C``,
  ``[^1]: 42``, ``[sticky] C``: nothing but the value sits in the place made for remarks.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.claim_forms import ClaimForm, excluded

_WINDOW = 120
"""Characters before a value these forms look at."""
_ANSWER_WORDS = "answer|solution|expected|correct|gold|key"
_ANSWER_FIELD = rf"(?:{_ANSWER_WORDS})"
_SPEC_STEP = re.compile(
    r"^[ \t]*(?:Then|And|But)\b[^\n]*\b(?:should|must|shall|will)\s+(?:be|equal|match|read"
    r"|return|contain)\s*[\"'`(]{0,2}\Z",
    re.MULTILINE,
)
# A keyword-driven assertion whose last argument is the value: "Should Be Equal  ${x}  42".
_ASSERT_CALL = re.compile(
    r"(?i)\b(?:should[ _]+(?:be[ _]+)?equal|assert[ _]*equals?|expect[ _]*equal)\w*"
    r"[^\n]*?(?:[ \t]{2,}|\|[ \t]*)[\"'`(]{0,2}\Z"
)
_RECORD_FIELD = re.compile(rf"(?i){_ANSWER_FIELD}[^|\n]{{0,12}}\|{{1,3}}\Z")
_ESCAPED_KEY = re.compile(rf"(?i)\\[\"']{_ANSWER_FIELD}\w*\\[\"']\s*:\s*\\[\"']\Z")
# A command-line or Tcl flag naming what a run must give: "-result {42}", "--expected=42".
_FLAG_KEY = re.compile(
    rf"(?i)(?<![\w-])--?\w*(?:{_ANSWER_WORDS}|result|want)\w*"
    r"(?:[ \t]*=[ \t]*[{\"']?|[ \t]+[{\"'])\Z"
)
# An element an attribute names as an answer: '<string name="answer_q7">42</string>'.
_NAMED_ELEMENT = re.compile(
    rf"(?i)<[\w:.-]+[^<>\n]*?\b(?:name|key|id)=[\"'][^\"'\n]*{_ANSWER_FIELD}[^\"'\n]*[\"']"
    r"[^<>\n]*>\Z"
)
# "#" opens an option's number ("q-17 = #3").
_ITEM_SET = re.compile(
    r"(?<![\w-])[A-Za-z]{1,8}[-_]\d{1,6}(?:\s*(?:=|:|is|->|\u2192)\s*|,|\t)[\"'(#]?\Z"
)
_CHAT_NICK = re.compile(r"(?:^|\n)[^\n<]{0,14}<[\w.@|-]{2,24}>[ \t]*\Z")
# A value may close its own wrapping ("'7'", "c)", "{B}") before its line ends.
_LINE_END = re.compile(r"[)\]}\"'`]?[.!]?[ \t]*(?:\n|\Z)")
# Before a value alone on its line: indentation, and at most one opening quote or bracket.
_LONE_OPEN = re.compile(r"[ \t]*[\"'`(\[{]?")
_MESSAGE_END = re.compile(r"[\"')]?[ \t]*(?:[.!]|$|\n)", re.MULTILINE)
# What opens a comment or an annotation, alone before the value on its line: a comment marker
# of markup, shells, C-like or TeX sources, a footnote's label, a bracketed tag.
_REMARK_HEAD = re.compile(
    r"[ \t]*(?:<!--|/\*+|//+|#+|;+|%+|\[\^[\w-]{1,12}\]:|\[[^\]\n]{1,30}\])[ \t]*[(\"']?\Z"
)
# After the value: a closing bracket, a question or full stop, the comment's closer, the line end.
_REMARK_TAIL = re.compile(r"[)\]\"']?[ \t]*[?!.]{0,3}[ \t]*(?:-->|\*/)?[ \t]*(?:\n|\Z)")

_FORMS: tuple[tuple[ClaimForm, re.Pattern[str], str], ...] = (
    # Each with what must sit right before the value for it to apply (a cheap test first).
    ("keyed", _RECORD_FIELD, "|"),
    ("keyed", _ESCAPED_KEY, "\"'"),
    ("keyed", _ITEM_SET, "=:s>\u2192\"'(#,\t"),
    ("keyed", _FLAG_KEY, "{=\"'"),
    ("keyed", _NAMED_ELEMENT, ">"),
)


def record_claim_at(
    text: str, start: int, end: int, *, choice: bool
) -> tuple[ClaimForm, int] | None:
    """The form of a record-style claim ending at the value ``text[start:end]``, and its start."""
    window_start = max(0, start - _WINDOW)
    line_start = text.rfind("\n", window_start, start) + 1 or window_start
    line = text[line_start:start]
    opening = line.lstrip()[:4]
    if opening.startswith(("Then", "And", "But")):
        step = _SPEC_STEP.search(text, line_start, start)
        if step is not None:
            # A spec step names the value it checks: no format instruction, whatever it says.
            return "comparison", step.start()
    if "qual" in line:
        call = _ASSERT_CALL.search(text, line_start, start)
        if call is not None:
            return "comparison", call.start()
    last = line.rstrip()[-1:]
    for form, pattern, before in _FORMS:
        if not last or last not in before:
            continue
        match = pattern.search(text, window_start, start)
        if match is not None and not excluded(text, match.start(), end, form, choice=choice):
            return form, match.start()
    lone = _lone_value(text, line_start, line, end)
    if lone is not None:
        return "stated", lone
    if ">" in line[-4:]:
        nick = _CHAT_NICK.search(text, window_start, start)
        if nick is not None and _MESSAGE_END.match(text, end):
            return "stated", nick.start()
    return None


def _lone_value(text: str, line_start: int, line: str, end: int) -> int | None:
    """Where a value alone on its line, or alone in a remark, is claimed from."""
    if line_start > 0 and _LONE_OPEN.fullmatch(line) and _LINE_END.match(text, end):
        # A line that is the value alone, under a line that does not ask: "Forwarded\n42".
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
        # Not under a question, a key ("count:") or a rule line ("----") under a key.
        if re.search(r"[^\W\d_]{2}", above) and not above.endswith(("?", ":")):
            return line_start
    if line and _REMARK_TAIL.match(text, end) and _REMARK_HEAD.fullmatch(line):
        return line_start + len(line) - len(line.lstrip())
    return None


__all__ = ["record_claim_at"]
