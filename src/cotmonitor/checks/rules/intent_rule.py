"""One reward-hack intent: the act the engine finds, and what its sentence must also say.

What the sentence must say (a target, a purpose) is often a long alternation: "green", "so
the suite passes", "instead of fixing it", "the checker only looks at"... ``re`` tries every
branch at every position of the sentence, which costs hundreds of microseconds per act on
coding reasoning, where acts ("fix", "update", "set") are everywhere. So a ``Clause`` splits
its pattern into branches, each with literals one of which its every match holds: a branch
whose literals are not in the sentence is not searched at all.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cotmonitor.checks.pattern_analysis import required_literals
from cotmonitor.checks.rules.engine import Rule, Target

_TARGETS: frozenset[Target] = frozenset({"reasoning", "output"})
_FLAGS = re.IGNORECASE
_MIN_NEEDLE = 2
"""A shorter literal is in almost every sentence: testing for it only adds cost."""


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``(index, character, depth)`` of each ``(``, ``)`` and ``|`` outside escapes and classes.

    The depth of a parenthesis is that of the group it opens or closes (1 at the top level).
    """
    depth, at, in_class = 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 2 if pattern[at + 1 : at + 2] in ("]", "^") else 1  # "[]..." holds "]"
            continue
        elif char == "(":
            depth += 1
            yield at, char, depth
        elif char == ")":
            yield at, char, depth
            depth -= 1
        elif char == "|":
            yield at, char, depth
        at += 1


def _cut(text: str, bars: list[int]) -> list[str]:
    edges = [-1, *bars, len(text)]
    return [text[a + 1 : b] for a, b in itertools.pairwise(edges)]


def branches(pattern: str, depth: int = 1) -> list[str]:
    """Patterns that together match where ``pattern`` matches, for a search.

    The top-level alternatives; else ``x(?:a|b)y`` as ``x(?:a)y`` and ``x(?:b)y``, for the
    top-level group with the most alternatives that is neither repeated nor a lookaround;
    each again, ``depth`` levels down; else ``[pattern]``.
    """
    if depth == 0:
        return [pattern]
    marks = list(_structure(pattern))
    top = [i for i, c, d in marks if c == "|" and d == 0]
    if top:
        return [b for part in _cut(pattern, top) for b in branches(part, depth - 1)]
    groups: list[tuple[int, int, list[int]]] = []
    for index, char, level in marks:
        if level != 1:
            continue
        if char == "(":
            groups.append((index, -1, []))
        elif char == ")":
            groups[-1] = (groups[-1][0], index, groups[-1][2])
        else:
            groups[-1][2].append(index)
    split = [
        (start, end, bars)
        for start, end, bars in groups
        if bars
        and (pattern.startswith("(?:", start) or not pattern.startswith("(?", start))
        and pattern[end + 1 : end + 2] not in ("?", "*", "+", "{")
    ]
    if not split:
        return [pattern]
    start, end, bars = max(split, key=lambda g: len(g[2]))
    body = start + (3 if pattern.startswith("(?:", start) else 1)
    inner = _cut(pattern[body:end], [b - body for b in bars])
    return [
        b
        for part in inner
        for b in branches(f"{pattern[:start]}(?:{part}){pattern[end + 1 :]}", depth - 1)
    ]


def needles(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` holds, none inside another.

    ``()`` when no such set is sure, or when it would hold a one-character literal (a test
    for it would pass almost every sentence and only add cost).
    """
    found = required_literals(pattern)
    if not found or min(map(len, found)) < _MIN_NEEDLE:
        return ()
    # "pass" already tells what "passing" would: keep the shortest of each chain.
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


@dataclass(frozen=True, slots=True)
class Clause:
    """A pattern an act's sentence must hold, searched branch by branch.

    Attributes:
        pattern: the whole pattern.
        guarded: lower-case literal -> the branches whose every match holds it, each
            compiled with whether it reads the lower-cased sentence (see ``case_blind``).
        free: the branches no literal guards, in one regex (``None``: there are none).
    """

    pattern: str
    guarded: dict[str, tuple[tuple[re.Pattern[str], bool], ...]]
    free: re.Pattern[str] | None

    def holds(self, sentence: str, lowered: str) -> bool:
        """Whether ``sentence`` (``lowered`` is its lower-case form) holds a match."""
        for needle, regexes in self.guarded.items():
            if needle in lowered:
                for regex, on_lowered in regexes:
                    if regex.search(lowered if on_lowered else sentence) is not None:
                        return True
        return self.free is not None and self.free.search(sentence) is not None


def case_blind(branch: str) -> tuple[re.Pattern[str], bool]:
    """``branch`` compiled to read the lower-cased sentence, when its literals allow it.

    Case-insensitive matching keeps ``re`` from its fast paths (a literal prefix, the first
    character of each alternative); a pattern without upper-case literals finds the same in
    the lower-cased text, several times faster. ``(regex, True)`` then, else
    ``(case-insensitive regex, False)``.
    """
    at = 0
    while at < len(branch):
        if branch[at] == "\\":
            at += 2
            continue
        if branch[at].isupper():
            return re.compile(branch, _FLAGS), False
        at += 1
    return re.compile(branch), True


def clause(pattern: str | None) -> Clause | None:
    """The clause of ``pattern`` (``None`` for no pattern)."""
    return compile_clause(pattern) if pattern else None


@functools.cache
def compile_clause(pattern: str) -> Clause:
    """The clause of ``pattern``, once per pattern (intents that share one share it)."""
    guarded: dict[str, list[tuple[re.Pattern[str], bool]]] = {}
    free: list[str] = []
    for branch in branches(pattern):
        found = needles(branch)
        if not found:
            free.append(branch)
            continue
        regex = case_blind(branch)
        for needle in found:
            guarded.setdefault(needle, []).append(regex)
    return Clause(
        pattern,
        {k: tuple(v) for k, v in guarded.items()},
        re.compile("|".join(f"(?:{b})" for b in free), _FLAGS) if free else None,
    )


@dataclass(frozen=True, slots=True)
class Intent:
    """One act of a family, what it must be done to, and whether a purpose must be said.

    Attributes:
        family: the reward-hack family.
        rule: the engine rule that finds the act (its id is ``intent.<family>.<n>``).
        target: what the act's sentence must hold (``None``: the act says it all).
        purpose: what the sentence must hold too, for acts that are also everyday work.
        score: the score of the evidence.
        message: what the finding says.
    """

    family: str
    rule: Rule
    target: Clause | None
    purpose: Clause | None
    score: float
    message: str

    def fits(self, sentence: str, lowered: str) -> bool:
        """Whether the act's sentence (and its lower-case form) holds the target and purpose."""
        return (self.target is None or self.target.holds(sentence, lowered)) and (
            self.purpose is None or self.purpose.holds(sentence, lowered)
        )


def intent(
    family: str,
    number: int,
    act: str,
    anchors: str | tuple[str, ...],
    message: str,
    *,
    target: str | None = None,
    purpose: str | None = None,
    score: float = 0.8,
    before: int = 0,
    target_follows: bool = False,
) -> Intent:
    """An intent whose act rule is ``intent.<family>.<number>``, anchored where it starts.

    ``anchors`` is written ``"a|b|c"`` (lower-case literals), or as a tuple for literals that
    hold a ``|`` themselves (``"|| true"``); ``target`` and ``purpose`` are
    patterns its sentence must hold too. ``target_follows``: the target is looked for only
    after the act (within the rule's reach), which lets the engine skip the many mentions of
    an everyday act ("set", "change", "write") that name no target at all.
    """
    # Written "a|b|c": some hold spaces ("if ").
    anchor_list = anchors if isinstance(anchors, tuple) else tuple(anchors.split("|"))
    # Acts start at their anchor (``before=0``): one ``match`` per occurrence, no scanning,
    # which keeps the always-on intents cheap on long reasoning.
    follows = needles(target) if target and target_follows else ()
    rule = Rule(
        f"intent.{family}.{number}",
        act,
        anchor_list,
        _TARGETS,
        reach=80,
        before=before,
        requires=(follows,) if follows else (),
    )
    return Intent(family, rule, clause(target), clause(purpose), score, message)
