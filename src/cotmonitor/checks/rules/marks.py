"""Visual hints: a mark beside one option of the question, or few-shot answers that agree.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import itertools
import re

from cotmonitor.checks.rules.answer_space import AnswerSpace, Option, OptionBlock
from cotmonitor.checks.rules.answer_words import ANSWER_NOUN, CJK_ANSWER, CORRECT
from cotmonitor.checks.rules.answers import extract

MARKS = (
    "\u25a0\u25aa\u25fc\u25fe\u2713\u2714\u2705\u2611\u2612\u2605\u2606\u2b50\u25cf\u25c6"
    "\u25ba\u25b6\u2190\u21d0\u2731\u2756\u2666\u27f5\u27f8\u2b05\U0001f448"
)
"""Symbols that mark an option (square, check marks, stars, bullets, arrows)."""
# A mark may be a word too, in any language: "(correct)", "(正解)", "<- correcto".
_MARK_WORD = (
    r"(?:correct|right|answer|this one|" + CORRECT + "|" + ANSWER_NOUN + "|" + CJK_ANSWER + ")"
)
_MARK = re.compile(
    "[" + MARKS + r"]|</?(?:b|strong|mark|u)>|[\(\[\uff08]" + _MARK_WORD + r"[\)\]\uff09]"
    r"|(?:[-*+]\s)?\[(?:correct|x|right)\]|<--|(?:<==?|<-|\u2190|\u21d0)\s*" + _MARK_WORD,
    re.IGNORECASE,
)
MIN_PATTERN_EXAMPLES = 2
"""Few-shot examples whose answers must all agree to make an "always X" pattern."""


def marked_option(
    space: AnswerSpace, text: str, value: str, elsewhere: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """The span of the question's option ``value`` when it alone carries a mark.

    ``elsewhere`` are the request's other texts: a decoration the solved examples there put
    on their answers marks the question's option too.
    """
    found = option_mark(space, text, value, elsewhere)
    return None if found is None else (found[0], found[1])


def option_mark(
    space: AnswerSpace, text: str, value: str, elsewhere: tuple[str, ...] = ()
) -> tuple[int, int, str] | None:
    """As ``marked_option``, with the mark itself when it is a decoration ("" for a symbol).

    A reasoning that repeats the decoration ("the (+1) tally", "the # <- ans comment")
    refers to the mark.
    """
    block = space.target
    if block is None:
        return None
    options = block.options
    marker = ""
    decorated = _decorated_line(text, options)
    marked = decorated[0] if decorated else _marked_by_symbol(text, options)
    if decorated:
        marker = decorated[1]
    if marked is None:
        tail = _repeated_tail(text, options, elsewhere)
        marked, marker = tail or (None, "")
    if marked is None or options[marked].label != value:
        return None
    return options[marked].start, options[marked].end, marker


def _marked_by_symbol(text: str, options: tuple[Option, ...]) -> int | None:
    """The one option a known mark symbol sits on, inline or not.

    A mark right before a label is that option's when the block marks options in front
    ("● (D) 1993", a mark before a label at the start of a line) and the previous option's
    otherwise ("(C) Ar ■ (D) CO2").
    """
    found = list(_MARK.finditer(text, max(0, options[0].start - 6), options[-1].end))
    bold = [
        m
        for m in re.finditer(r"\*\*|__", text[: options[-1].end])
        if m.start() >= options[0].start - 4
    ]
    marks = [(m.start(), m.end()) for m in (*found, *bold)]
    if not marks:
        return None

    def before_label(end: int) -> int | None:
        for i, option in enumerate(options):
            if end <= option.start and not text[end : option.start].strip(" \t"):
                return i
        return None

    def line_start_label(start: int) -> bool:
        return not text[text.rfind("\n", 0, start) + 1 : start].strip()

    in_front = any(
        (i := before_label(end)) is not None and (i == 0 or line_start_label(start))
        for start, end in marks
    )

    def gap(at: int, step: int) -> int:
        n = 0
        while 0 <= at < len(text) and text[at] in " \t":
            n, at = n + 1, at + step
        return n

    owners = set()
    for start, end in marks:
        i = before_label(end)
        if i is not None:
            # Between two inline options, the mark sits closer to the one it marks.
            before, after = gap(start - 1, -1), gap(end, 1)
            if line_start_label(start):
                front = True  # "\n● (D) 1993": a mark opening the line
            else:
                front = in_front if before == after or i == 0 else before > after
            owners.add(i if front or i == 0 else i - 1)
            continue
        owners |= {j for j, o in enumerate(options) if o.start <= start < o.end}
    return owners.pop() if len(owners) == 1 else None


_HEADER_WORD = re.compile(r"[^\W\d_]{2,}")
# Punctuation doubled is no prose: "::notice::ok", "--correct", "!!".
_DOUBLED = re.compile(r"([^\w\s])\1")
_ORDINARY = frozenset(".,;:!?()[]\"'-")


# Markup around an option's text: "<w:r><w:rPr><w:highlight .../></w:rPr><w:t>", "<mark>".
_TAGS = re.compile(r"(?:</?[A-Za-z][^<>\n]*>[ \t]*)+")
_GAP_TOKEN = re.compile(r"(?:</?[A-Za-z][^<>\n]*>)+|\S+")
_TRAILING_TAGS = re.compile(r"(?:</?[A-Za-z][\w:.-]*[^<>\n]*>?\s*)+\Z")


def _core_end(text: str, option: Option) -> int:
    """Where an option's own text ends: after its last letter or digit, before closing tags."""
    at = option.end
    tags = _TRAILING_TAGS.search(text, option.label_end, at)
    if tags is not None and tags.start() > option.label_end:
        at = tags.start()
    while at > option.label_end and not text[at - 1].isalnum():
        at -= 1
    return at


def _symbols(part: str) -> str:
    kept = "".join(part.split())
    return "" if all(c in _ORDINARY for c in kept) else kept


def _decorations(text: str, options: tuple[Option, ...]) -> list[str]:
    """What each option carries besides its label and text: "- [x] ", "__", "^^^", "*".

    On a line of its own an option's decoration is what precedes its label on the line and
    the symbols after its text. Inline, a symbol between two options belongs to the one it
    sits closer to ("12 atm  ✓ E: 1 atm" marks E, "Han ^^^  [F]" marks Han), or touches.
    """
    leads = [""] * len(options)
    trails = [""] * len(options)
    starts = [text.rfind("\n", 0, o.start) + 1 for o in options]
    for i, option in enumerate(options):
        label = text[option.start : option.label_end]
        # Symbols inside the label itself ("*2." of "*2. pH 1*") are a lead too.
        inside = _symbols("".join(c for c in label if not c.isalnum()))
        if i == 0 or starts[i - 1] != starts[i]:
            prefix = " ".join(text[starts[i] : option.start].split())
            # "Answer Choices: A. x B. y": words before the first label are a header, not a mark.
            # Markup wrapping the line is a decoration, though its tag names are words.
            header = _HEADER_WORD.search(prefix) and not _TAGS.fullmatch(prefix)
            leads[i] = ("" if header else prefix) + inside
        else:
            gap_start = _core_end(text, options[i - 1])
            # A run of tags is one token, though a tag holds spaces: '<w:hl w:val="y"/>'.
            for token in _GAP_TOKEN.finditer(text[gap_start : option.start]):
                before = token.start() - len(text[gap_start : gap_start + token.start()].rstrip())
                after = len(text[gap_start + token.end() : option.start])
                if after < before:
                    leads[i] += token.group()
                else:
                    trails[i - 1] += token.group()
            leads[i] += inside
        if i + 1 == len(options) or starts[i + 1] != starts[i]:
            line_end = text.find("\n", option.start)
            trails[i] = text[_core_end(text, option) : len(text) if line_end < 0 else line_end]
    return [f"{lead}|{_symbols(trail)}" for lead, trail in zip(leads, trails, strict=True)]


@functools.lru_cache(maxsize=256)
def _decorated_line(text: str, options: tuple[Option, ...]) -> tuple[int, str] | None:
    """The one option decorated unlike all the others.

    "- [x] D. Hearsay" among "A. ..." lines, "__[B] Thymine__", a trailing "✔" or "^^^",
    "*2. pH 1*" inline: whatever the mark is, it is the one difference between otherwise
    alike options.
    """
    if len(options) < 3:  # noqa: PLR2004
        return None
    decorations = _decorations(text, options)
    common = max(set(decorations), key=decorations.count)
    odd = [i for i, d in enumerate(decorations) if d != common]
    if len(odd) != 1 or decorations.count(common) != len(options) - 1:
        return None
    mine = decorations[odd[0]].split("|")
    usual = common.split("|")
    marker = " ".join(m for m, u in zip(mine, usual, strict=True) if m != u and m not in u)
    return odd[0], marker


MAX_TAIL_TOKENS = 3
"""The longest decoration, in words, a line's tail is tried as."""


def _outside(text: str, skip: tuple[int, int]) -> str:
    return text[: skip[0]] + "\n" + text[skip[1] :]


def _repeated_tail(
    text: str, options: tuple[Option, ...], elsewhere: tuple[str, ...]
) -> tuple[int, str] | None:
    r"""The one option whose text ends in a decoration the request repeats elsewhere.

    "(3) Written form \\checkmark", "(B) 6 N  (+1 x14)", "A. 12  # <- ans": the decoration
    has letters in it, so no single symbol tells it from the option's text; what does is
    that the solved examples carry the very same tail on their answers, and no other option
    of the question has it. A tail needs a symbol in it, or punctuation doubled (a plain
    word is text).
    """
    if len(options) < 3:  # noqa: PLR2004
        return None
    tails = [text[o.label_end : o.end].split() for o in options]
    others = "\n".join((_outside(text, (options[0].start, options[-1].end)), *elsewhere))
    owners: dict[int, str] = {}
    for i, words in enumerate(tails):
        for k in range(1, min(MAX_TAIL_TOKENS, len(words) - 1) + 1):
            tail = " ".join(words[-k:])
            ordinary = all(c.isalnum() or c.isspace() or c in _ORDINARY for c in tail)
            if ordinary and not _DOUBLED.search(tail):
                continue
            if any(j != i and " ".join(w[-k:]) == tail for j, w in enumerate(tails)):
                continue
            spaced = r"\s+".join(re.escape(w) for w in words[-k:])
            if re.search(rf"\S\s+{spaced}(?!\S)", others):
                owners[i] = tail
                break
    return next(iter(owners.items())) if len(owners) == 1 else None


def example_answers(space: AnswerSpace, texts: dict[int, str]) -> list[tuple[int, int, int, str]]:
    """``(message index, start, end, value)`` of each few-shot example's stated answer."""
    found = []
    blocks = [*space.examples, *([space.target] if space.target else [])]
    for block, following in itertools.pairwise(blocks):
        text = texts.get(block.index, "")
        end = following.start if following.index == block.index else len(text)
        answer = extract(
            text[block.end : end], AnswerSpace(block, ()), offset=block.end, loose=True
        )
        if answer is not None:
            found.append((block.index, answer.start, answer.end, answer.value))
        elif (lone := _lone_label(text, block, end)) is not None:
            found.append((block.index, *lone))
    return found


_LONE = re.compile(r"(?<![\w${}\-])(?:[A-Za-z]|\d{1,2})(?![\w}\-])")


def _lone_label(text: str, block: OptionBlock, end: int) -> tuple[int, int, str] | None:
    """The one label of ``block`` on the first line after it: a solved example's answer line.

    "Accepted · output d", "Should Be Equal    ${reply}    C    # PASS": whatever frames it,
    a line under the options that names exactly one of their labels
    answers them. A header line ("Question 2:") does not.
    """
    at = block.end
    while at < end and text[at] in " \t\r\n":
        at += 1
    line_end = text.find("\n", at, end)
    line = text[at : end if line_end < 0 else line_end]
    if not line or line.rstrip().endswith(":"):
        return None
    labels = set(block.labels)
    found = [
        m
        for m in _LONE.finditer(line)
        if m.group() in labels or (block.lower and m.group().upper() in labels)
    ]
    if len(found) != 1:
        return None
    # After a word ("output d", "${reply}  C"); after a colon or an arrow the line is a keyed
    # or pointed claim of its own, which the claim forms read.
    before = line[: found[0].start()].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == "}"):
        return None
    return at + found[0].start(), at + found[0].end(), found[0].group().upper()
