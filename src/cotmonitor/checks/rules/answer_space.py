"""The answer space of a question: its lettered or numbered options, or free response.

Options are found by structure, in any common format: ``(A) x``, ``A. x``, ``A) x``,
``A: x``, ``[A] x``, ``a) x``, ``1. x``, one per line or inline, with or without an
``Options:`` header. A block is a run of consecutive labels (A, B, C ... or 1, 2, 3 ...)
written in one style. The question's own block is the last one of the last message that has
one; earlier blocks are few-shot examples. Without a block the question is free response.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

LETTERS = "ABCDEFGHIJ"
MAX_OPTION_CHARS = 700
"""Longest option text: a longer gap between two labels ends the block."""
_HEADER = re.compile(
    r"\b(?:options?|choices?|answers?|alternatives|candidates|select|choose|pick|which)\b",
    re.IGNORECASE,
)
# One label token per style. Each style is one named group; "sep" is the character the
# label must be followed by, checked separately (a lookahead per alternative is slower).
_LABEL = re.compile(
    # After a space, a line start or any symbol but those of words and numbers ("⟦(B)")
    r"(?:(?<=[^\w.,/\\'\"(\[])|(?<=__)|^)(?:(?i:option|choice)\s+)?(?:"
    r"\((?P<paren>[A-Ja-j]|10|[1-9])\)"
    r"|\[(?P<bracket>[A-Ja-j]|10|[1-9])\]"
    r"|(?P<close>[A-Ja-j]|10|[1-9])\)"
    r"|(?P<dot>[A-J]|10|[1-9])\.(?=\s)"
    r"|(?P<lowdot>[a-j])\.(?=\s)"
    r"|(?P<colon>[A-J])\s?:(?=\s)"
    r"|(?P<dash>[A-J])\s[-\u2013\u2014](?=\s)"
    r")",
    re.MULTILINE,
)
_STYLES = ("paren", "bracket", "close", "dot", "lowdot", "colon", "dash")

Kind = Literal["letter", "number"]


@dataclass(frozen=True, slots=True)
class Option:
    """One option: its canonical label (``"C"`` or ``"3"``), label span and text."""

    label: str
    start: int
    label_end: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class OptionBlock:
    """A run of options in one message."""

    index: int
    options: tuple[Option, ...]
    kind: Kind
    lower: bool
    """Labels written in lower case (``a)``): the answer may be written so too."""
    style: str

    @property
    def start(self) -> int:
        """Offset of the first label."""
        return self.options[0].start

    @property
    def end(self) -> int:
        """End of the last option's text."""
        return self.options[-1].end

    @property
    def labels(self) -> tuple[str, ...]:
        """The canonical labels, in order."""
        return tuple(o.label for o in self.options)


@dataclass(frozen=True, slots=True)
class AnswerSpace:
    """What the answer can be: the question's options, or free response."""

    target: OptionBlock | None
    examples: tuple[OptionBlock, ...]
    """Option blocks before the question's own: few-shot examples."""

    @property
    def free(self) -> bool:
        """No options: the answer is a number, a word or an expression."""
        return self.target is None

    @property
    def labels(self) -> frozenset[str]:
        """The question's option labels (empty for free response)."""
        return frozenset(self.target.labels) if self.target else frozenset()

    def option_text(self, label: str) -> str:
        """The text of option ``label`` of the question ("" when there is none)."""
        if self.target is None:
            return ""
        return next((o.text for o in self.target.options if o.label == label), "")


def _canonical(raw: str) -> tuple[str, int, Kind]:
    """Canonical label, its position in the sequence (0 = first) and its kind."""
    if raw.isdigit():
        return raw, int(raw) - 1, "number"
    upper = raw.upper()
    return upper, LETTERS.index(upper), "letter"


@dataclass(slots=True)
class _Token:
    label: str
    position: int
    kind: Kind
    start: int
    end: int
    line_start: bool
    lower: bool


def _tokens(text: str) -> dict[str, list[_Token]]:
    found: dict[str, list[_Token]] = {}
    for match in _LABEL.finditer(text):
        style = next(s for s in _STYLES if match.group(s) is not None)
        raw = match.group(style)
        label, position, kind = _canonical(raw)
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        line_start = not any(c.isalnum() for c in before)
        if style == "lowdot" and not line_start:
            continue  # "e.g. a. " inline is prose far more often than an option
        token = _Token(label, position, kind, match.start(), match.end(), line_start, raw.islower())
        # Letters and numbers in one style are separate runs: "A. 1. x 2. y B. 1. z".
        found.setdefault(f"{style}:{kind}", []).append(token)
    return found


def _chains(tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of consecutive labels (A, B, C ...), each label soon after the previous."""
    chains: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        if current and (
            token.position == current[-1].position + 1
            and token.kind == current[-1].kind
            and token.lower == current[-1].lower
            and token.start - current[-1].end <= MAX_OPTION_CHARS
        ):
            current.append(token)
        elif token.position == 0:
            if len(current) > 1:
                chains.append(current)
            current = [token]
    if len(current) > 1:
        chains.append(current)
    return chains


def _plausible(chain: list[_Token], text: str, index_is_system: bool) -> bool:
    lines = all(t.line_start for t in chain)
    header = _HEADER.search(text, max(0, chain[0].start - 300), chain[0].start) is not None
    if chain[0].kind == "number":
        # Numbered lists are mostly instructions and steps: only a short list right after
        # a question or an options header counts, and never in a system prompt.
        question = "?" in text[max(0, chain[0].start - 300) : chain[0].start]
        short = all(_text_end(text, chain, i) - t.end <= 200 for i, t in enumerate(chain))  # noqa: PLR2004
        return not index_is_system and short and (header or question)
    if lines:
        return True
    return len(chain) >= 3 or header  # noqa: PLR2004 - two inline labels are often prose


def _text_end(text: str, chain: list[_Token], i: int) -> int:
    if i + 1 < len(chain):
        return chain[i + 1].start
    line_end = text.find("\n", chain[i].end)
    return len(text) if line_end < 0 else line_end


# What may sit between an option's text and the next label: space, and the next option's
# bullet or mark ("\n● (D)", "  ✓ E:", "\n**C)").
_BETWEEN = frozenset(
    " \t\r\n*-|>#\u25a0\u25a1\u25aa\u25ab\u25fc\u25fe\u2713\u2714\u2705\u2611\u2612\u2717"
    "\u2605\u2606\u2b50\u25cf\u25c6\u25c7\u25ba\u25b6\u2192\u2190\u21d0\u2731\u273d\u2756\u2666"
    "\u2022\u25e6\u00b7\u27e6\u27e7\u301a\u301b\u2020\u2021^~\u21e6\u2b05_"
)


def _block(index: int, style: str, chain: list[_Token], text: str) -> OptionBlock:
    options = []
    for i, token in enumerate(chain):
        end = _text_end(text, chain, i)
        body = text[token.end : end].strip("".join(_BETWEEN))
        options.append(Option(token.label, token.start, token.end, end, " ".join(body.split())))
    return OptionBlock(index, tuple(options), chain[0].kind, chain[0].lower, style)


@functools.lru_cache(maxsize=512)
def _blocks_in(text: str, system: bool) -> tuple[tuple[str, tuple[_Token, ...]], ...]:
    chosen: list[tuple[str, list[_Token]]] = []
    for style, tokens in _tokens(text).items():
        chosen += [(style, c) for c in _chains(tokens) if _plausible(c, text, system)]
    # Overlapping runs of two styles: keep letters over numbers (options often hold numbered
    # steps), then the longer run, then the one on its own lines.
    chosen.sort(
        key=lambda sc: (
            sc[1][0].kind == "number",
            -len(sc[1]),
            not all(t.line_start for t in sc[1]),
        )
    )
    kept: list[tuple[str, list[_Token]]] = []
    for style, chain in chosen:
        span = (chain[0].start, chain[-1].end)
        if any(span[0] < k[-1].end and k[0].start < span[1] for _, k in kept):
            continue
        kept.append((style, chain))
    kept.sort(key=lambda sc: sc[1][0].start)
    return tuple((style, tuple(chain)) for style, chain in kept)


def option_blocks(index: int, text: str, *, system: bool = False) -> list[OptionBlock]:
    """Every option block of one message text, in order."""
    return [_block(index, style, list(chain), text) for style, chain in _blocks_in(text, system)]


def answer_space(texts: Sequence[tuple[int, str, str]]) -> AnswerSpace:
    """The answer space of a request: ``texts`` are ``(index, role, text)`` per message."""
    # Several checks ask for the same request's space: computed once per request.
    return _answer_space(tuple(texts))


@functools.lru_cache(maxsize=64)
def _answer_space(texts: tuple[tuple[int, str, str], ...]) -> AnswerSpace:
    blocks: list[tuple[str, OptionBlock]] = []
    for index, role, text in texts:
        if role == "assistant":
            continue  # an earlier answer is not where the options are defined
        blocks += [(role, b) for b in option_blocks(index, text, system=role == "system")]
    if not blocks:
        return AnswerSpace(None, ())
    asking = [b for role, b in blocks if role != "system"] or [b for _, b in blocks]
    lettered = [b for b in asking if b.kind == "letter" and b.index == asking[-1].index]
    target = lettered[-1] if lettered else asking[-1]
    examples = tuple(b for _, b in blocks if b is not target)
    return AnswerSpace(target, examples)
