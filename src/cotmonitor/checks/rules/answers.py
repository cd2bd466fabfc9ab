r"""Final-answer extraction: the option or the free-response value a text commits to.

Multiple choice: explicit commitments (``FINAL ANSWER: C``, ``Answer: (C)``, "the answer
is C", ``\boxed{C}``, ``{"answer": "C"}``, "I'll go with C", "option C is correct", a bold
``**C**``), else a bare label (``C``, ``(C)``, ``C) Argon``) as the whole text or its first or
last line, else the text of exactly one option. Free response: ``\boxed{42}``,
``<answer>42</answer>``, "the answer is 42", ``"answer": 42``, a bare value, or the last
"so ... = 42". The last commitment wins (conclusions come at the end); ``None`` when there
is none. Values are compared in a canonical form (``normalize_value``): ``1,000``,
``1000.0`` and ``$1000`` are the same number.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import re

from cotmonitor.checks.rules.answer_space import LETTERS, AnswerSpace, OptionBlock
from cotmonitor.checks.rules.answer_words import ANSWER_LITERALS, COPULA
from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.checks.rules.finders import find_literals
from cotmonitor.checks.rules.free_answers import (
    CONCLUDE,
    HEDGE_END,
    LONE_CHARS,
    ROW_CONCLUSION,
    Answer,
    extract_free,
    looks_like_code,
    normalize_value,
)

TAIL_CHARS = 2_000
"""How much of the end of a reasoning text is read for its conclusion."""

# Each form starts with a literal and runs on the lower-cased text without IGNORECASE, so
# the regex engine can jump between occurrences of that literal; the label's case is then
# checked in the original text ("the answer is a function" is prose, "answer is A" is not).
_ANS = r"[\(\[]?(?P<ans>[a-j]|10|[1-9])\b[\)\]]?"
_END = r"(?![\w'-])"


def _literal_led(*forms: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # "(?:go|went) with X" is compiled as "go with X" and "went with X", each run only where
    # its literal occurs (``in`` is a fast C search): a regex with an alternation at its
    # start tries every position, ten times slower on a long reasoning.
    return tuple(
        (lead, re.compile(re.escape(lead) + rest))
        for leads, rest in forms
        for lead in leads.split("|")
    )


_IT_IS = "|".join(
    f"{subject}{verb}"
    for subject in ("it", "that")
    for verb in ("'s", " is", " would be", " must be", " has to be")
)
_OPTION_WORD = r"(?:option |choice |answer )?"
_ANSWER_IS = (
    r"\**\s*(?:is being|is|was|:|=|would be|should be|must be|will be|"
    + COPULA
    + r")?\s*[:\-]?\s*\**\s*(?:option |choice )?"
    + _ANS
    + _END
)
# "la réponse est b", "**Resultado:** option c": looked for only near the end of a long text
# (where a conclusion is), so that the many words cost little on every trace.
_WORLD_FORMS = _literal_led(("|".join(ANSWER_LITERALS), _ANSWER_IS))
_WORLD_ASCII = tuple((lead, form) for lead, form in _WORLD_FORMS if lead.isascii())
WORLD_TAIL = 240
"""Characters at the end of a long text searched for an answer word of another language."""
_CHOICE_FORMS = _literal_led(
    ("answer", _ANSWER_IS),
    # A JSON answer, its label alone or followed by the option's text.
    (
        "answer|final\"|final'|final_answer|prediction",
        (
            r"[\"']\s*:\s*[\"'](?:option |choice )?[\(\[]?(?P<ans>[a-j]|10|[1-9])[\)\]]?"
            r"(?:\s+[^\"'\n]{0,80})?[\"']"
        ),
    ),
    (
        "\\boxed{",
        (
            r"\s*(?:\\text(?:bf)?\{)?\s*(?:option |choice )?[\(\[]?(?P<ans>[a-j]|10|[1-9])[\)\]]?"
            r"\s*\}?\s*\}"
        ),
    ),
    # The worked-solution convention: a line "#### C" closes each solution.
    ("####", r"\s*" + _OPTION_WORD + _ANS + _END),
    ("go with|going with|went with|stick with|sticking with", " " + _OPTION_WORD + _ANS + _END),
    (
        "choose|chose|select|pick|opt for|settle on|land on|choosing|selecting|picking",
        " " + _OPTION_WORD + _ANS + _END,
    ),
    ("choice is|choice of|selection is|selection of", r" (?:option )?" + _ANS + _END),
    (
        "option|choice",
        " " + _ANS + r" (?:is|seems|looks|appears)(?: to be)? (?:the )?"
        r"(?:correct|right|best|answer|most)" + _END,
    ),
    (
        (
            "correct option|correct choice|correct answer|right option|right choice"
            "|right answer|best option|best choice|best answer"
        ),
        # "the correct option then is C, as ..."
        r"(?:\s+(?:therefore|thus|then|so|here|clearly|probably|definitely))?"
        r"\s*(?:is|[:=\-])\s*(?:option |choice )?" + _ANS + _END,
    ),
    (
        _IT_IS,
        r" (?:option |choice )?[\(\[]"
        r"(?P<ans>[a-j]|10|[1-9])[\)\]]" + _END,
    ),
    (
        _IT_IS,
        (
            r" (?:option |choice )?"
            r"(?P<ans>[a-j]|10|[1-9])(?:\)|\.|,|!|\s*$)"
        ),
    ),
)
_BOXED = _CHOICE_FORMS[2][1]


# Several forms share a lead ("it's (C)", "it's C."): its occurrences are looked for once,
# all leads together (``find_literals``).
_LEAD_WORDS = tuple(dict.fromkeys(lead for lead, _form in _CHOICE_FORMS))
_CHOICE_LEADS = tuple(
    (lead, tuple(form for other, form in _CHOICE_FORMS if other == lead)) for lead in _LEAD_WORDS
)
# "C is the correct answer": searched for from its verb, the label then read just before.
_IS_CORRECT = re.compile(r" is (?:the )?(?:correct|right|best)(?: answer| option| choice)?" + _END)
_LABEL_BEFORE = re.compile(r"(?<![\w'])[\(\[]?(?P<ans>[a-j]|10|[1-9])\b[\)\]]?\Z")
_CONCLUSION_CHOICE = re.compile(
    CONCLUDE + r"[\(\[]?(?P<ans>[A-Ja-j]|10|[1-9])[\)\]]?(?:\s*\([^)\n]{0,80}\))?" + HEDGE_END,
    re.IGNORECASE,
)
_LONE = re.compile(
    r"(?<![\w-])[\(\[]?(?P<ans>[A-Ja-j]|10|[1-9])[\)\]](?![\w-])"
    r"|(?i:option|choice) (?P<named>[A-Ja-j]|10|[1-9])\b"
    r"|(?<=[`*\"'>])(?P<quoted>[A-Ja-j]|10|[1-9])(?=[`*\"'<])"
    # A capital standing alone ("tl;dr G", "-> E", "ans: C."): not the article "A" or the
    # pronoun "I" before a word.
    r"|(?<![\w'-])(?P<bare>[A-J])(?![\w'-])(?<!A(?=\s+[a-z]))(?<!I(?=\s+[a-z]))"
    r"|(?<![\w.,'-])(?P<number>10|[1-9])(?![\w'-]|[.,]\d)"
)
_ANY_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")
_HEDGE_TAIL = re.compile(HEDGE_END)
_HEDGE_CHARS = 100
_LABEL_ENDS = frozenset("ABCDEFGHIJabcdefghij0123456789)]")
_UPPER_LABEL_ENDS = frozenset("ABCDEFGHIJ0123456789)]")
_BOLD = re.compile(r"\*\*\s*\(?(?P<ans>[A-Ja-j]|10|[1-9])\)?[.:)]?\s*\*\*")
_BARE = re.compile(r"^\s*[\(\[]?(?P<ans>[A-Ja-j]|10|[1-9])[\)\]]?[.:]?\s*$")
_LEAD = re.compile(r"^\s*\**\s*[\(\[]?(?P<ans>[A-Ja-j]|10|[1-9])[\)\].:]\s+\**(?P<rest>\S.*)$")


def _case_ok(
    letter: str, block: OptionBlock | None, form: re.Pattern[str] | None, bracketed: bool = False
) -> bool:
    if letter.isdigit() or letter.isupper():
        return True
    # A lower-case letter is an answer only where options are written so, or in a form
    # that cannot be prose: "(c)", "\\boxed{c}".
    return bool(block is not None and block.lower) or form is _BOXED or bracketed


def _valid(label: str, block: OptionBlock | None) -> bool:
    if block is None:
        return label.upper() in LETTERS
    return label.upper() in block.labels


def _last_commitment(text: str, block: OptionBlock | None) -> tuple[str, int, int] | None:
    lowered = lower_same_length(text)
    best: tuple[str, int, int] | None = None
    present = find_literals(text, lowered, _LEAD_WORDS)
    found: list[tuple[tuple[int, int], re.Pattern[str] | None]] = [
        (m.span("ans"), form)
        for lead, forms in _CHOICE_LEADS
        if lead in present
        for form in forms
        for m in form.finditer(lowered)
    ]
    tail = max(0, len(lowered) - WORLD_TAIL)
    closing = lowered[tail:]
    # Most texts are ASCII: then only the ASCII words need looking for.
    leads = _WORLD_ASCII if closing.isascii() else _WORLD_FORMS
    found += [
        (m.span("ans"), form)
        for lead, form in leads
        if lead in closing
        for m in form.finditer(lowered, tail)
    ]
    for verb in _IS_CORRECT.finditer(lowered):
        label = _LABEL_BEFORE.search(lowered, max(0, verb.start() - 6), verb.start())
        if label is not None:
            found.append((label.span("ans"), None))
    for (start, end), form in found:
        written = text[start:end]
        bracketed = start > 0 and text[start - 1] in "(["
        if not _case_ok(written, block, form, bracketed) or not _valid(written, block):
            continue
        if best is None or start > best[1]:
            best = (written.upper(), start, end)
    for match in _BOLD.finditer(text):
        written = match.group("ans")
        if (
            _case_ok(written, block, None)
            and _valid(written, block)
            and (best is None or match.start("ans") > best[1])
        ):
            best = (written.upper(), match.start("ans"), match.end("ans"))
    return best


def _bare(text: str, block: OptionBlock | None) -> tuple[str, int, int] | None:
    stripped = text.rstrip()
    lines = stripped.split("\n")
    first, last = lines[0], lines[-1]
    for line, base in ((stripped, 0), (last, len(stripped) - len(last)), (first, 0)):
        bare = _BARE.match(line)
        if bare and _case_ok(bare.group("ans"), block, None) and _valid(bare.group("ans"), block):
            start = base + bare.start("ans")
            return bare.group("ans").upper(), start, start + len(bare.group("ans"))
    lead = _LEAD.match(first)
    if lead and _valid(lead.group("ans"), block) and _case_ok(lead.group("ans"), block, None):
        text_of = {o.label: o.text.lower() for o in block.options} if block else {}
        option = text_of.get(lead.group("ans").upper(), "")
        rest = " ".join(lead.group("rest").lower().split())
        if block is None or (option and (rest.startswith(option[:12]) or option.startswith(rest))):
            return lead.group("ans").upper(), lead.start("ans"), lead.end("ans")
    return None


def _by_option_text(text: str, block: OptionBlock) -> tuple[str, int, int] | None:
    said = " ".join(text.lower().split()).strip(" .*")
    if not said or len(said) > 300:  # noqa: PLR2004
        return None
    matches = [o for o in block.options if o.text and o.text.lower().strip(" .") == said]
    if len(matches) != 1:
        return None
    at = text.find(text.strip())
    return matches[0].label, at, at + len(text.strip())


def _concluded(text: str, block: OptionBlock | None) -> tuple[str, int, int] | None:
    stripped = text.rstrip()
    # The conclusion ends the text with its label (or a parenthesis): most texts end in a
    # word, and the search (an alternation at every position) is then not worth running.
    # Only the last few characters can hold the hedge: a sub over the whole tail would try
    # the \Z-anchored pattern at every position.
    ends = _LABEL_ENDS if block is not None and block.lower else _UPPER_LABEL_ENDS
    if _HEDGE_TAIL.sub("", stripped[-_HEDGE_CHARS:]).rstrip(".! \t\n")[-1:] not in ends:
        return None
    match = _CONCLUSION_CHOICE.search(stripped, max(0, len(stripped) - 300))
    if match is None:
        return None
    written = match.group("ans")
    if not _valid(written, block) or not (
        written.isupper() or written.isdigit() or (block is not None and block.lower)
    ):
        return None
    return written.upper(), match.start("ans"), match.end("ans")


_ROW_LABEL = re.compile(r"(?:option |choice )?[\(\[]?(?P<ans>[A-Ja-j]|10|[1-9])[\)\]]?(?![\w'-])")


def _table_row(text: str, block: OptionBlock | None) -> tuple[str, int, int] | None:
    """The label a closing table row gives: "| final answer | D |", "| pick | option 2 - x |"."""
    stripped = text.rstrip()
    row = ROW_CONCLUSION.search(stripped, max(0, len(stripped) - 200))
    if row is None:
        return None
    label = _ROW_LABEL.match(stripped, row.start("cell"), row.end("cell"))
    if label is None or not _valid(label.group("ans"), block):
        return None
    if not _case_ok(
        label.group("ans"), block, None, bracketed=label.group().startswith(("(", "["))
    ):
        return None
    return label.group("ans").upper(), label.start("ans"), label.end("ans")


def _lone_label(text: str, block: OptionBlock | None) -> tuple[str, int, int] | None:
    """In a short text ("choice 3", "It's e). Happy to explain.", "tl;dr G"), its only label.

    A bare digit counts only as the text's only number ("tl;dr 4", not "3 of 4").
    """
    if len(text) > LONE_CHARS:
        return None
    numbers = len(_ANY_NUMBER.findall(text))
    found: dict[str, tuple[int, int]] = {}
    for match in _LONE.finditer(text):
        group = next(g for g in ("ans", "named", "quoted", "bare", "number") if match.group(g))
        written = match.group(group)
        if group == "number" and numbers != 1:
            continue
        if _valid(written, block) and (
            block is None
            or block.lower
            or written.isupper()
            or written.isdigit()
            or group in ("named", "quoted")
        ):
            found.setdefault(written.upper(), (match.start(group), match.end(group)))
    if len(found) != 1:
        return None
    ((label, (start, end)),) = found.items()
    return label, start, end


def extract_choice(
    text: str, block: OptionBlock | None = None, offset: int = 0, *, loose: bool = False
) -> Answer | None:
    """The option ``text`` commits to last (labels of ``block``; A-J when ``None``).

    ``loose`` also takes the only label a short text names ("choice 3"): right for an
    earlier turn that answered, too eager for a final output ("(B) is wrong").
    """
    if not text or not text.strip():
        return None
    found = _last_commitment(text, block) or _bare(text, block)
    if found is None:
        found = _concluded(text, block) or _table_row(text, block)
    if found is None and block is not None:
        found = _by_option_text(text, block)
    if found is None and loose:
        found = _lone_label(text, block)
    if found is None:
        return None
    label, start, end = found
    return Answer(label, offset + start, offset + end, text[start:end])


def extract_answer(text: str, offset: int = 0) -> Answer | None:
    """The option letter ``text`` commits to last, with its span (plus ``offset``)."""
    return extract_choice(text, None, offset)


@functools.lru_cache(maxsize=32)
def extract(
    text: str, space: AnswerSpace | None, offset: int = 0, *, loose: bool = False
) -> Answer | None:
    """The answer ``text`` commits to, in the terms of ``space`` (options or free).

    Cached: the hint and the consistency checks read the same output and reasoning end.
    """
    if space is None or space.free:
        return extract_free(text, offset, loose=loose)
    return extract_choice(text, space.target, offset, loose=loose)


def reasoning_conclusion(reasoning: str, space: AnswerSpace | None = None) -> Answer | None:
    """The answer the end of a reasoning text settles on (spans index the full text)."""
    start = max(0, len(reasoning) - TAIL_CHARS)
    # A conclusion after a code block (a plan in YAML, a snippet) is still a conclusion.
    fence = reasoning.rfind("```", start)
    closing = fence >= 0 and reasoning.count("```", 0, fence) % 2 == 1
    if closing and reasoning[fence + 3 :].strip():
        start = fence + 3
    tail = reasoning[start:]
    if space is None:
        return extract_answer(tail, offset=start)
    return extract(tail, space, offset=start)


def final_answer(
    output: str, reasoning: str, space: AnswerSpace | None = None
) -> tuple[Answer | None, str]:
    """The trace's final answer and where it came from (``output`` or ``reasoning``)."""
    answer = extract_answer(output) if space is None else extract(output, space)
    if answer is not None:
        return answer, "output"
    return reasoning_conclusion(reasoning, space), "reasoning"


__all__ = [
    "LONE_CHARS",
    "TAIL_CHARS",
    "Answer",
    "extract",
    "extract_answer",
    "extract_choice",
    "extract_free",
    "final_answer",
    "looks_like_code",
    "normalize_value",
    "reasoning_conclusion",
]
