r"""Free-response answers, and the ``Answer`` every extraction returns.

A free-response value: ``\\boxed{42}``, ``<answer>42</answer>``, "the answer is 42",
``"answer": 42``, a bare value, or the last "so ... = 42". Values are compared in a
canonical form (``normalize_value``): ``1,000``, ``1000.0`` and ``$1000`` are the same number.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cotmonitor.checks.rules.answer_words import (
    ANSWER_NOUN,
    CJK_ANSWER,
    COPULA,
    FIRST_PERSON_PICK,
)

# A conclusion that ends the text: "So I'll go with [D] (the knave).", "All things
# considered, option B.", "i.e. (5).", "Hence 5."
CONCLUDE = (
    r"(?:\bso|\bthus|\btherefore|\bhence|\bi\.e\.|\bthat gives|\bgiving|\bconsidered|\boverall"
    r"|\bin short|\bin the end|\bfinally|\bfinal|\banswer|\bi'll (?:go with|answer|pick|say|take)"
    r"|\bi (?:get|got|pick|choose|say)|\bwe get|\bpoints to|\bfits best|\bthat's|\bit's"
    r"|\bconclusion|\bsay|\bcall it|\bmakes? it|\bw/|\bwith|\blands? on|\bsettle on|\bpick"
    r"|\bgo(?:ing)? with|\bis|\bbe|\bimo|\bans|\u2192|=>|->|\u21d2|\bcomes? to|\bbest guess"
    # a report's heading or a tentative commitment: "Verdict: C", "Result (low confidence): 42",
    # "I'd lean C", "recording 42 for now"
    r"|\bverdict|\bresult|\bfinding|\bdecision|\boutcome|\bruling|\blean(?:ing)?(?: towards?)?"
    r"|\brecording|\bput(?:ting)? down|\bput|\bplump(?:ing)? for|\bgo(?:ing)? for"
    r"|\b(?:"
    + ANSWER_NOUN
    + r")|"
    + CJK_ANSWER
    + r"|\b(?:"
    + FIRST_PERSON_PICK
    + r"))(?:\s*\([^)\n]{1,40}\))?\**[,:]?\**\s+"
    # "so, more or less, C": a hedge between the conclusion and its value
    r"(?:(?:more or less|roughly|basically|probably|i think|in the end)[,:]?\s+)?"
    r"(?:(?:it's|it is|is|the answer is|the answer is being|is being"
    r"|the correct option is|the answer"
    r"|option|choice|the|then)\s+)*"
)
# After the concluded value, a hedge may close the text: "e, prob", "option B, I think".
HEDGE_END = (
    r"(?:,?\s*(?:prob(?:ably)?|maybe|i\s+think|imo|i\s+guess|tbh|ig|lol|i'd\s+say|i\s+believe"
    r"|most\s+likely|probs"
    # a concession or a time limit closing the commitment: "though I'm not certain", "for now"
    r"|(?:though|although)\s+[^.!?\n]{1,60}|for\s+now|(?:and\s+)?mov(?:e|ing)\s+on(?:,\s*I\s+think)?))?"
    # a short closing remark after the full stop: "Result: 42. Hypothesis confirmed.", not one
    # that reopens the question ("So C. Let me check.")
    r"\s*(?:[.!](?:\s+(?!(?i:wait|but|hmm|let|actually|however|no|not|though|although|check"
    r"|recheck|hold|or|unless|maybe|perhaps|is|was|what|why|how|if|then)\b)[A-Za-z][a-z]*"
    r"(?:\s+[a-z]+){0,2}[.!])?)?\s*\Z"
)
_CONCLUSION_FREE = re.compile(
    CONCLUDE
    + r"(?:[a-z]\s*=\s*)?(?P<val>"
    + r"[-+\u2212]?\$?\s?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?\s*%?"
    r"(?:\s*[a-z°µ/]{1,12}(?![a-z]))?)" + HEDGE_END,
    re.IGNORECASE,
)
# A word or two concluded: "that'd make it Melbourne", "so: desserts".
_CONCLUSION_WORDS = re.compile(
    CONCLUDE + r"(?P<val>[^\W\d_][\w'-]{1,30}(?:\s+[^\W\d_][\w'-]{1,30}){0,2})" + HEDGE_END,
    re.IGNORECASE,
)
# The text ends on a table row whose first cell names the answer: "| result | 42 |".
ROW_CONCLUSION = re.compile(
    r"\|\s*\**(?:final\s+|my\s+)?(?:answer|result|choice|pick|decision|conclusion|verdict|value"
    r"|" + ANSWER_NOUN + r"|" + CJK_ANSWER + r")\**\s*\|\s*(?P<cell>[^|\n]{1,120}?)\s*\|\s*\Z",
    re.IGNORECASE,
)
_VALUE_TAIL = 40
LONE_CHARS = 200
"""A text this short that names one option label, and no other, commits to it."""
_NUMBER = r"[-+\u2212]?\$?\s?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+(?:\.\d+)?)?\s*%?"
_FREE_FORMS = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        r"\\boxed\{(?P<val>(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})+)\}",
        r"<answer>\s*(?P<val>[^<\n]{1,80}?)\s*</answer>",
        (
            r"(?:\b(?:answer|" + ANSWER_NOUN + r")|" + CJK_ANSWER + r")\s*(?:is|was|:|=|would be"
            r"|should be|will be|" + COPULA + r")\s*[:\-]?\s*\**\s*"
            r"(?P<val>[^\n*]{1,80}?)\s*\**\s*(?:[.;,](?:\s|$)|$|\n)"
        ),
        (
            r"[\"'](?:final_?)?(?:answer|final|result|prediction)[\"']\s*:\s*[\"']?"
            r"(?P<val>[^\"',}\n]{1,80}?)[\"']?\s*[,}]"
        ),
        (
            r"\b(?:going with|go with|went with|i'll say|i say|i pick|i choose|i'd say"
            r"|i'll go with)\s+\**(?P<val>(?:\d+[.,]\d+|[^\n.,;!?*]){1,40}?)\**\s*(?:[.!;,]|$)"
        ),
        r"\b(?:so|therefore|thus|hence|total|altogether|overall|value|result)\b[^.\n]{0,60}?"
        r"(?:is|=|equals|gives|get|gets)\s*\**(?P<val>" + _NUMBER + r")(?:\s*[a-z°µ]{1,12})?"
        r"\**\s*\.?\s*$",
    )
)
_BARE_FREE = re.compile(r"^\s*\**\s*(?P<val>[^\n]{1,60}?)\s*\**\s*\.?\s*$")
_BARE_NUMBER = re.compile(
    r"^\s*\**\s*(?P<val>" + _NUMBER + r"(?:\s*[a-z°µ/]{1,12})?)\s*\**\s*\.?\s*$"
)
_MAX_BARE_WORDS = 6
_MAX_BARE_CHARS = 60
_CODE = re.compile(
    r"```|^\s*(?:def|class|import|from\s+\S+\s+import|return|function|const|let|var|public"
    r"|#include|package)\b",
    re.MULTILINE,
)
_ONE_NUMBER = re.compile(_NUMBER)
_MAX_SENTENCE_WORDS = 8
_LATEX = (
    (re.compile(r"\\[dt]?frac\{([^{}]+)\}\{([^{}]+)\}"), r"\1/\2"),
    (re.compile(r"\\text(?:bf|rm)?\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\[,;!: ]|\\left|\\right|\$"), ""),
)
# "most likely S", "probably 42": the hedge is not part of the value.
_HEDGE = re.compile(
    r"^(?:(?:most\s+|very\s+)?(?:likely|probably|possibly|perhaps|maybe|definitely|clearly|surely"
    r"|certainly|approximately|about|around|roughly|exactly|just|simply)\s+)+",
    re.IGNORECASE,
)
_ASSIGN = re.compile(r"^[a-z][\w']{0,3}\s*=\s*(?=\S)", re.IGNORECASE)
_NUMBER_VALUE = re.compile(
    r"^(?P<sign>[-+\u2212]?)\$?\s*(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?\s*(?:%|[a-z°µ/^²³\s.]{0,16})?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Answer:
    """An extracted answer: canonical value (``"C"``, ``"42"``), span and the text written."""

    value: str
    start: int
    end: int
    written: str = ""

    @property
    def letter(self) -> str:
        """The value (kept for code written when answers were option letters only)."""
        return self.value


def normalize_value(raw: str) -> str:
    """The canonical form of a free-response value: numbers as numbers, text folded.

    ``"1,000"``, ``"1000.0"``, ``"$1000"`` and ``"x = 1000"`` all give ``"1000"``; ``"3/4"``
    gives ``"0.75"``; text is lower-cased with its whitespace collapsed.
    """
    text = raw.strip()
    for pattern, replacement in _LATEX:
        text = pattern.sub(replacement, text)
    text = text.strip(" *`'\"").rstrip(".")
    text = _HEDGE.sub("", text)
    text = _ASSIGN.sub("", text)
    number = _NUMBER_VALUE.match(text)
    if number:
        try:
            value = float(number.group("num").replace(",", ""))
            if number.group("den"):
                value /= float(number.group("den"))
        except (ValueError, ZeroDivisionError):
            return " ".join(text.lower().split())
        if number.group("sign") in ("-", "\u2212"):
            value = -value
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.10g}"  # noqa: PLR2004
    return " ".join(text.lower().split())


def looks_like_code(text: str) -> bool:
    """Whether ``text`` holds code (a fence, a ``def``, an ``import`` ...)."""
    return bool(text) and _CODE.search(text) is not None


def extract_free(text: str, offset: int = 0, *, loose: bool = False) -> Answer | None:
    """The free-response value ``text`` commits to last (``None`` for code: no answer).

    ``loose`` also takes the only number of a short text ("It's 215. Happy to explain.").
    """
    if not text or not text.strip() or _CODE.search(text):
        return None
    if loose and len(text) <= LONE_CHARS:
        numbers = list(_ONE_NUMBER.finditer(text))
        if len(numbers) == 1:
            written = numbers[0].group().strip()
            at = text.find(written, numbers[0].start())
            return Answer(
                normalize_value(written), offset + at, offset + at + len(written), written
            )
    best: tuple[int, int] | None = None
    for form in _FREE_FORMS:
        for match in form.finditer(text):
            span = match.span("val")
            if best is None or span[0] > best[0]:
                best = span
    if best is None:
        stripped = text.rstrip()
        row = ROW_CONCLUSION.search(stripped, max(0, len(stripped) - 200))
        if row is not None:
            cell = row.group("cell").split(" (")[0].strip()
            at = row.start("cell")
            best = (at, at + len(cell)) if cell else None
    if best is None:
        stripped = text.rstrip()
        # A concluded value ends the text: no digit near its end, no conclusion to look for.
        tail = max(0, len(stripped) - 300)
        concluded = (
            _CONCLUSION_FREE.search(stripped, tail)
            if any(c.isdigit() for c in stripped[-_VALUE_TAIL:])
            else _CONCLUSION_WORDS.search(stripped, max(0, len(stripped) - 80))
        )
        best = concluded.span("val") if concluded else _bare_free(text)
    if best is None:
        return None
    written = text[best[0] : best[1]]
    value = normalize_value(written)
    if not value:
        return None
    return Answer(value, offset + best[0], offset + best[1], written)


def _bare_free(text: str) -> tuple[int, int] | None:
    """A value standing alone: the whole (short) text, or a number as the last line.

    A short sentence holding one number ("It costs $18.") gives that number.
    """
    stripped = text.strip()
    bare = _BARE_FREE.match(stripped) if len(stripped) <= _MAX_BARE_CHARS else None
    if bare is not None:
        numbers = list(_ONE_NUMBER.finditer(bare.group("val")))
        words = len(bare.group("val").split())
        if (
            len(numbers) == 1
            and 1 < words <= _MAX_SENTENCE_WORDS
            and not _NUMBER_VALUE.match(bare.group("val"))
        ):
            at = text.find(bare.group("val")) + numbers[0].start()
            return at, at + len(numbers[0].group().rstrip())
        if words > _MAX_BARE_WORDS:
            bare = None
    if bare is None:
        bare = _BARE_NUMBER.match(stripped.rsplit("\n", 1)[-1])
    if bare is None:
        return None
    at = text.rstrip().rfind(bare.group("val"))
    return at, at + len(bare.group("val"))
