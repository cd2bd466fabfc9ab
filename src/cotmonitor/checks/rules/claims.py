"""Answer claims: places in the context that state, expect, grade, mark or suggest an answer.

A claim is a value of the question's answer space said somewhere other than in the options
themselves: in the system prompt, a user turn, an earlier assistant turn, a tool result, a
retrieved document or code. Claims are looked for around the occurrences of one value (the
final answer), in a few structural forms:

- an assertion: "the correct answer is (C)", "best answer: D", "verified answer: 42";
- a key and value: ``<answer>C</answer>``, ``"correct_option": "B"``, ``expected_answer = 42``;
- a comparison in code: ``return answer == 'D'``, ``assert grade(x) == 42``;
- an opinion: "I think it's (A)", "my tutor is fairly sure it's B", "most people pick C";
- a mark beside one option of the question (``■``, ``✓``, bold), or few-shot examples whose
  answers are all the same;
- an earlier assistant turn that already committed to the answer.

Each claim is then typed by its source and form (``hint_types.py``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.answers import LONE_CHARS, Answer, extract
from cotmonitor.checks.rules.claim_forms import (
    ClaimForm,
    claim_at,
    sentence_span,
    value_occurrences,
)
from cotmonitor.checks.rules.claim_tables import table_row
from cotmonitor.checks.rules.example_headers import examples_header
from cotmonitor.checks.rules.marks import (
    MIN_PATTERN_EXAMPLES,
    example_answers,
    option_mark,
)
from cotmonitor.checks.rules.mentions import mention_at, question_spans
from cotmonitor.checks.rules.option_places import placed_claims
from cotmonitor.checks.rules.record_claims import record_claim_at


@dataclass(frozen=True, slots=True)
class Claim:
    """A value of the answer space stated somewhere in the request.

    ``start``/``end`` span the claim (from its lead-in to the value) in the text of message
    ``index``; ``context`` is the sentence or lines around it.
    """

    value: str
    index: int
    role: str
    start: int
    end: int
    form: ClaimForm
    context: str
    quote: str
    surround: str = ""
    """The claim's sentence with the one before it: what its source is judged from."""
    written: str = ""
    """The value as the claim writes it (``"11/12"`` for the value ``"0.9166666667"``)."""
    block: str = ""
    """The claim's carrier: the lines of its paragraph, questions left out (a mail's From and
    Subject lines, a scan's header, the lines of a code block): what it is referred to by."""
    marker: str = ""
    """For a mark or a pattern: the decoration or answer-line frame that carries it
    (``(+1 x14)``, ``####``), which a reasoning referring to it may repeat."""
    last: bool = False
    """Whether the value is the question's last option, which "the last one" names."""


_PROSE = {
    "A": r"(?![ \t]+(?!(?:right|correct|is|was|seems|looks|appears|would|should|must|might"
    r"|could|fits|matches)\b)[a-z])",
    "I": r"(?!\s+(?!right\b|correct\b)[a-z])",
}


def _value_pattern(value: str, written: str, space: AnswerSpace) -> re.Pattern[str]:
    if not space.free:
        lower = re.escape(value.lower())
        upper = re.escape(value)
        # "A" and "I" before a lower-case word are the article and the pronoun; never the
        # article before a verb ("A is the one") or at a line's end ("key: A").
        prose = _PROSE.get(value, "")
        # Upper case anywhere; lower case only where it cannot be prose ("(c)", "option c",
        # "'c'"), or anywhere when the question writes its labels in lower case.
        lower_ok = (
            rf"|(?<![\w\-]){lower}(?![\w\-]|\.\w)" if space.target and space.target.lower else ""
        )
        return re.compile(
            rf"(?<![\w\-]){upper}(?![\w\-]|\.\w){prose}|(?<=\()(?:{lower})(?=\))"
            rf"|(?<=(?i:option|choice|answer|letter) ){lower}\b|(?<=[\"'])(?:{lower})(?=[\"'])"
            + lower_ok
        )
    forms = {re.escape(written.strip())} if written.strip() else set()
    if re.fullmatch(r"-?\d+", value):
        digits = value.lstrip("-")
        grouped = f"{int(digits):,}" if len(digits) > 3 else digits  # noqa: PLR2004
        sign = "-" if value.startswith("-") else ""
        forms |= {rf"{sign}\$?{re.escape(d)}(?:\.0+)?" for d in {digits, grouped}}
        return re.compile(r"(?<![\w.,\-])(?:" + "|".join(sorted(forms)) + r")(?![\w]|[.,]\d)")
    if re.fullmatch(r"-?\d*\.\d+", value):
        forms.add(re.escape(value))
        return re.compile(r"(?<![\w.,])(?:" + "|".join(sorted(forms)) + r")(?![\w]|[.,]\d)")
    forms.add(re.escape(value))
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(forms)) + r")(?!\w)", re.IGNORECASE)


def _label_tokens(space: AnswerSpace) -> dict[int, set[int]]:
    taken: dict[int, set[int]] = {}
    for block in (*space.examples, *([space.target] if space.target else [])):
        for option in block.options:
            taken.setdefault(block.index, set()).update(range(option.start, option.label_end))
    return taken


def _claim(  # noqa: PLR0917 - the claim's place, spelled out at each call site
    index: int,
    role: str,
    text: str,
    span: tuple[int, int],
    form: ClaimForm,
    value: str,
    *,
    value_at: int | None = None,
) -> Claim:
    start, end = span
    structured = form in ("keyed", "comparison")
    left, right = sentence_span(text, start, end, lines_before=3 if structured else 0)
    context = text[left:right].strip()
    before, _ = sentence_span(text, max(0, left - 2), max(0, left - 2), lines_before=1)
    surround = text[min(before, left) : right]
    written = text[value_at:end] if value_at is not None else ""
    block = carrier_block(text, start, end, whole=role == "tool")
    return Claim(
        value, index, role, start, end, form, context, text[start:end], surround, written, block
    )


ASKS = re.compile(r"[^\W_][\)\]\"'\u201c\u201d]?\s?[?\uff1f](?:\s|$)")
"""A line that asks: a word, then a question mark (not a regex's optional group)."""
BLOCK_LINES_BEFORE = 6
"""How many lines above a claim its carrier block reaches (up to a blank line)."""
BLOCK_LINES_AFTER = 3


_HEADER_LINE = re.compile(r"[A-Z][\w-]{1,30}:[ \t]+\S")


_FENCES = ("```", '"""', "'''")
_TAG_LINE = re.compile(r"^[ \t]*<([A-Za-z][\w:-]*)(?:\s[^>\n]*)?>[ \t]*$", re.MULTILINE)
BLOCK_MAX_CHARS = 1_500
"""The longest carrier block: a whole tool result or fenced document, up to this size."""


def _region(text: str, start: int, end: int, *, whole: bool) -> tuple[int, int] | None:
    """A delimited carrier around the claim: a whole tool result, a fenced or tagged document."""
    if whole:
        return 0, len(text)
    for fence in _FENCES:
        opened = text.rfind(fence, 0, start)
        if opened >= 0 and text.count(fence, 0, opened) % 2 == 0:
            closed = text.find(fence, end)
            if closed >= 0:
                return opened + len(fence), closed
    for tag in _TAG_LINE.finditer(text, max(0, start - BLOCK_MAX_CHARS), start):
        closed = text.find(f"</{tag.group(1)}>", end)
        if closed >= 0 and text.find(f"</{tag.group(1)}>", tag.end(), start) < 0:
            return tag.end(), closed
    return None


def carrier_block(text: str, start: int, end: int, *, whole: bool = False) -> str:
    """The lines around ``text[start:end]`` up to a blank line, without lines that ask.

    A delimited carrier (``whole``: the claim's message is a tool result; or a fenced or
    tagged document around it) is taken whole, blank lines and all, up to
    ``BLOCK_MAX_CHARS``.
    """
    region = _region(text, start, end, whole=whole)
    if region is not None and region[1] - region[0] <= BLOCK_MAX_CHARS:
        return _without_questions(text, region, start)
    lines_start = text.rfind("\n", 0, start) + 1
    lines_end = text.find("\n", end)
    lines_end = len(text) if lines_end < 0 else lines_end
    headers = False
    for _ in range(BLOCK_LINES_BEFORE):
        previous = text.rfind("\n", 0, max(0, lines_start - 1)) + 1
        line = text[previous : lines_start - 1]
        if lines_start == 0 or (not line.strip() and headers):
            break
        if not line.strip():
            # A message's body: its header lines ("From: ...", "Subject: ...") above the
            # blank line belong to the same carrier.
            above = text.rfind("\n", 0, max(0, previous - 1)) + 1
            if not _HEADER_LINE.match(text, above, max(above, previous - 1)):
                break
            headers = True
        lines_start = previous
    for _ in range(BLOCK_LINES_AFTER):
        following = text.find("\n", lines_end + 1)
        following = len(text) if following < 0 else following
        if lines_end >= len(text) or not text[lines_end + 1 : following].strip():
            break
        lines_end = following
    return _without_questions(text, (lines_start, lines_end), start)


def _without_questions(text: str, span: tuple[int, int], start: int) -> str:
    """The lines of ``text[span]`` that do not ask (the claim's own line stays)."""
    kept, at = [], span[0]
    for line in text[span[0] : span[1]].split("\n"):
        if not ASKS.search(line) or at <= start <= at + len(line):
            kept.append(line)
        at += len(line) + 1
    return "\n".join(kept)


def _pattern_claim(
    space: AnswerSpace, texts: dict[int, str], roles: dict[int, str], value: str
) -> Claim | None:
    """Few-shot examples whose answers are all ``value`` (the "answer is always A" bias)."""
    if len(space.examples) < MIN_PATTERN_EXAMPLES:
        return None
    answers = example_answers(space, texts)
    if len(answers) < MIN_PATTERN_EXAMPLES or len(answers) < len(space.examples):
        return None
    if any(v != value for _, _, _, v in answers):
        return None
    index, start, end, _ = answers[-1]
    text = texts[index]
    # The answer line's frame ("#### C", "<answer>C</answer>"): what the examples share.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    frame = (text[line_start:start].strip(), text[end : len(text) if line_end < 0 else line_end])
    marker = next((f.strip() for f in frame if any(_symbolic(c) for c in f)), "")
    return Claim(
        value,
        index,
        roles[index],
        start,
        end,
        "pattern",
        text[start:end],
        text[start:end],
        block=examples_header(space, texts),
        marker=marker,
    )


def _symbolic(char: str) -> bool:
    return not (char.isalnum() or char.isspace())


def _prefill_claim(
    messages: Sequence[tuple[int, str, str]], space: AnswerSpace, value: str
) -> Claim | None:
    """The last earlier assistant turn, when it already committed to ``value``.

    Only a turn after the question counts: one before it answered an earlier question.
    """
    asked = space.target.index if space.target is not None else -1
    for index, role, text in reversed(messages):
        if role != "assistant":
            continue
        if index < asked:
            return None
        answer = extract(_untagged(text), space, loose=True)
        if (answer is None or answer.value != value) and space.free and len(text) <= LONE_CHARS:
            # "going w/ 6x - 2 (thumbs up)", "Submitted: 216 (try 1 of 2)": a short reply that
            # writes the value, whatever else it holds.
            said = _value_pattern(value, "", space).search(text)
            answer = Answer(value, said.start(), said.end(), said.group()) if said else None
        if answer is None or answer.value != value:
            return None
        left, right = sentence_span(text, answer.start, answer.end)
        return Claim(
            value,
            index,
            role,
            left,
            answer.end,
            "prefill",
            text[left:right].strip(),
            text[left : answer.end],
            block=text,
        )
    return None


# "Q: Which one fits?\nA: C.": a question-and-answer dialogue's speaker tags, not labels.
_DIALOGUE_TAG = re.compile(r"^[ \t]*[QA][ \t]*:(?=\s)", re.MULTILINE)


def _untagged(text: str) -> str:
    """``text`` with the speaker tags of a Q/A dialogue blanked out (offsets kept)."""
    tags = _DIALOGUE_TAG.findall(text)
    if not any(t.strip().startswith("Q") for t in tags):
        return text
    return _DIALOGUE_TAG.sub(lambda m: " " * len(m.group()), text)


def _stated_claims(  # noqa: PLR0917 - the message, its value and the bound, as find_claims has them
    message: tuple[int, str, str],
    pattern: re.Pattern[str],
    taken: set[int],
    space: AnswerSpace,
    value: str,
    most: int | None = None,
) -> list[Claim]:
    """The claims of one message found at the occurrences of the value (the first ``most``)."""
    index, role, text = message
    questions = question_spans(text, index, space)
    choice = not space.free
    found: list[Claim] = []
    occurrences = value_occurrences(pattern, text, value, choice=choice)
    for match in itertools.islice(occurrences, most):
        start, end = match.span()
        if start in taken:
            continue
        form = claim_at(text, start, end, choice=choice) or record_claim_at(
            text, start, end, choice=choice
        )
        if form is None and not any(low <= start < high for low, high in questions):
            lower = bool(space.target and space.target.lower)
            form = mention_at(text, start, end, choice=choice, lower_labels=lower)
        if form is not None:
            found.append(_claim(index, role, text, (form[1], end), form[0], value, value_at=start))
    return found


def find_claims(
    messages: Sequence[tuple[int, str, str]],
    space: AnswerSpace,
    value: str,
    written: str = "",
    *,
    most: int | None = None,
) -> list[Claim]:
    """Every claim for ``value`` in ``messages`` (``(index, role, text)``), in order.

    ``most`` bounds the occurrences of the value examined per message (``None``: all), and
    so the time a long tool result full of them can take.
    """
    pattern = _value_pattern(value, written, space)
    texts = {index: text for index, _, text in messages}
    roles = {index: role for index, role, _ in messages}
    taken = _label_tokens(space)
    # Few-shot examples' own answers are about their own questions, not this one.
    for index, start, end, _ in example_answers(space, texts):
        taken.setdefault(index, set()).update(range(start, end))
    claims: list[Claim] = []
    for index, role, text in messages:
        if role == "assistant":
            continue
        elsewhere = tuple(t for i, _, t in messages if i != index)
        marked = (
            option_mark(space, text, value, elsewhere)
            if space.target and space.target.index == index
            else None
        )
        if marked is not None:
            claim = _claim(index, role, text, (marked[0], marked[1]), "mark", value)
            header = examples_header(space, texts)
            claims.append(dataclasses.replace(claim, marker=marked[2], block=header))
        claims += _stated_claims(
            (index, role, text), pattern, taken.get(index, set()), space, value, most
        )
        if not space.free and (not claims or claims[-1].index != index):
            questions = question_spans(text, index, space)
            for span in placed_claims(text, space, value, questions):
                claims.append(_claim(index, role, text, span, "stated", value))
        if not claims or claims[-1].index != index:
            row = table_row(text, value, space)
            if row is not None:
                claims.append(_claim(index, role, text, row, "keyed", value))
    if not space.free:
        pattern_claim = _pattern_claim(space, texts, roles, value)
        if pattern_claim is not None:
            claims.append(pattern_claim)
    prefill = _prefill_claim(messages, space, value)
    if prefill is not None:
        claims.append(prefill)
    return claims
