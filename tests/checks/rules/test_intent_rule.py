"""Clauses search an intent's target or purpose branch by branch, guarded by literals.

They must say exactly what one search of the whole pattern says, for every intent.
"""

from __future__ import annotations

import re

import pytest
from benchmarks.corpus import generate as corpus
from benchmarks.generalization.generate import generate

from cotmonitor.checks.rules.hack_intents import INTENTS
from cotmonitor.checks.rules.intent_rule import branches, compile_clause, needles

_STOP = re.compile(r"[.!?](?=\s)|\n")


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = [corpus(50_000)]
    texts += [str(r.get("reasoning") or "") for r in generate("dev") if r["group"] != "no_hint"]
    # Distinct sentences only: the suite's reasoning reuses its sentences many times.
    # A third of them keeps the test quick: a whole-pattern search is the slow thing here.
    return sorted({s for text in texts for s in _STOP.split(text) if s.strip()})[::3]


def test_top_level_alternatives_are_split():
    assert branches(r"ab|c(?:d|e)|f") == ["ab", "c(?:d|e)", "f"]


def test_the_one_alternation_group_is_distributed():
    assert branches(r"(?<!no\s)\b(?:skip|xfail)\b") == [
        r"(?<!no\s)\b(?:skip)\b",
        r"(?<!no\s)\b(?:xfail)\b",
    ]


def test_a_repeated_group_or_a_class_holding_a_bar_is_kept_whole():
    assert branches(r"x(?:a|b)?y") == [r"x(?:a|b)?y"]
    assert branches(r"[|(]a") == [r"[|(]a"]


def test_needles_keep_the_shortest_of_each_chain_and_skip_single_characters():
    assert needles(r"\bpass(?:es|ing)?\b|passing|green") == ("green", "pass")
    assert needles(r"\d+|ok") == ()


def test_a_clause_holds_exactly_where_its_pattern_matches(sentences: list[str]):
    patterns = {c.pattern for i in INTENTS for c in (i.target, i.purpose) if c is not None}
    for pattern in sorted(patterns):
        regex = re.compile(pattern, re.IGNORECASE)
        clause = compile_clause(pattern)
        for sentence in sentences:
            wanted = regex.search(sentence) is not None
            assert clause.holds(sentence, sentence.lower()) == wanted, (pattern[:60], sentence)
