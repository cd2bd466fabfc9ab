"""Claims without a lead-in: a value set off as an answer by how it is written.

"its def (a)", "went w/ [C]", ``eq_ignore_ascii_case("36")``, ``{"q-9324", "391"}``, "my TA
circled B when i asked", "# TODO: 836?? double check": no answer word precedes the value,
but its framing marks it as one. A label in brackets, parentheses, quotes, backticks or
bold; a quoted literal equal to the value; a capital label in the middle of a sentence; a
value followed by a question to confirm it ("A right??"). The question's own text (its stem
and options) is never a claim.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.claim_forms import ClaimForm, excluded

_QUOTES = "`\"'*"
# Typographic quotes open and close with different marks: „1“, “B”, «C», 「4」.
_QUOTE_PAIRS = {
    "\u201e": "\u201c",
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u2018": "\u2019",
    "\u201a": "\u2018",
    "\u300c": "\u300d",
}
LIST_REACH = 120
"""How near another framed label makes a framed label part of a list."""
_OPTION_WORD = re.compile(
    r"\b(?:option|choice|letter|answer|ans|opt|no\.|number|#)\s*[:.]?\s*\Z", re.IGNORECASE
)
# Nouns that take a capital letter as a name, not an answer: "vitamin C", "plan B".
_NAMED_BY = re.compile(
    r"\b(?:vitamin|plan|type|grade|class|group|section|part|appendix|figure|fig\.|table"
    r"|hepatitis|step|phase|stage|level|tier|row|column|team|side|point|points|line|segment"
    r"|angle|vertex|corner|block|building|room|gate|track|channel|model|series|size|rank"
    r"|category|exhibit|schedule|form|note|item|unit|chapter|lane|zone|strain|blood|star"
    r"|letter|key|cell|sheet|tab)\s*\Z",
    re.IGNORECASE,
)
# Right after the value: a request to confirm it ("A right??", "836?? double check").
_CONFIRM = re.compile(
    r"[\)\]\"'`*]*\s*(?:\?{2,}|\?\s*(?:pls|please|right|yes|yeah)\b|,?\s+(?:right|correct|yes"
    r")\s*\?|,?\s+(?:fwiw|btw|iirc|imo|lol)\b|\s*!{2,})",
    re.IGNORECASE,
)


def question_spans(text: str, index: int, space: AnswerSpace) -> list[tuple[int, int]]:
    """The questions (stem and options) in message ``index``: the target's and examples'.

    A stem is the paragraph before the options, skipping a header ("Answer Choices:").
    """
    spans = []
    for block in (*space.examples, *([space.target] if space.target else [])):
        if block.index != index:
            continue
        start = text.rfind("\n\n", 0, block.start)
        start = 0 if start < 0 else start + 2
        header = text[start : block.start].strip()
        if (not header or header.endswith(":")) and len(header) < 40 and start > 0:  # noqa: PLR2004
            previous = text.rfind("\n\n", 0, start - 2)
            start = 0 if previous < 0 else previous + 2
        spans.append((start, block.end))
    return spans


def _listed(text: str, at: int, opening: str, closing: str) -> bool:
    """Whether another label framed the same way sits near ``at`` (an inline list)."""
    near = text[max(0, at - LIST_REACH) : at + LIST_REACH]
    framed = re.findall(re.escape(opening) + r"(?:[A-Ja-j]|10|[1-9])" + re.escape(closing), near)
    return len(set(framed)) > 1


def mention_at(
    text: str, start: int, end: int, *, choice: bool, lower_labels: bool
) -> tuple[ClaimForm, int] | None:
    """The form of a framed mention of the value ``text[start:end]``, and where it starts."""
    written = text[start:end]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    form: ClaimForm | None = None
    claim_start = start
    line_start = text.rfind("\n", 0, start) + 1
    if _CONFIRM.match(text, end):
        form = "confirmed"
        claim_start = start - 1 if before and before in "([`\"'*" else start
    elif (
        before
        and after
        and (
            (before in "([" and after in ")]")
            or (before in _QUOTES and after == before)
            or _QUOTE_PAIRS.get(before) == after
        )
    ):
        if not any(c.isalnum() for c in text[line_start : start - 1]):
            return None  # "[1] ...", "(2) 1492", "- (3) ...": a list, option or citation marker
        if _listed(text, start - 1, before, after):
            return None  # "(2) x  (3) y  (4) z": one label of an inline list
        form = "framed"
        claim_start -= 1
    elif choice and (lead := _OPTION_WORD.search(text, max(0, start - 12), start)):
        form, claim_start = "framed", lead.start()
    elif choice and after == ")" and any(c.isalnum() for c in text[line_start:start]):
        form = "framed"  # "should be h) here": a label closed mid-line, not an option line
    elif (
        choice
        and written.isupper()
        and written not in ("A", "I")
        and re.search(r"[A-Za-z,:;>→]\s+\Z", text[max(0, start - 3) : start])
        and not _NAMED_BY.search(text, max(0, start - 16), start)
        and not re.match(r"[-+'\w]", after)
    ):
        form = "named"  # a capital label in mid-sentence: "circled B when i asked"
    if form is None or (not choice and form not in ("framed", "confirmed")):
        return None
    quoted = _QUOTE_PAIRS.get(before) == after if before else False
    set_off = (
        quoted
        or bool(before and after and before in "([`\"'*" and after in ")]`\"'*")
        or bool(_OPTION_WORD.search(text, max(0, start - 12), start))
    )
    if choice and not lower_labels and written.islower() and form != "framed" and not set_off:
        return None
    if excluded(text, claim_start, end, form, choice=choice):
        return None
    return form, claim_start
