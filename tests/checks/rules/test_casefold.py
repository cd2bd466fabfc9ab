from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.checks.rules.casefold import (
    LOWERING_LIMIT,
    char_class,
    foldable,
)
from cotmonitor.checks.rules.engine import Rule, RuleSet, lower_same_length
from cotmonitor.checks.rules.finders import (
    HyperscanAnchorFinder,
    PythonAnchorFinder,
    hyperscan_available,
)


def test_no_code_point_past_the_limit_has_a_lower_case_form() -> None:
    assert all(chr(c).lower() == chr(c) for c in range(LOWERING_LIMIT, sys.maxunicode + 1))


def test_a_class_holds_every_character_that_lowers_to_it() -> None:
    assert char_class("k") == ("K", "k", "\u212a")
    assert char_class("K") == ()  # nothing lowers to an upper-case letter
    assert "\u0130" in char_class("\u0130")  # its lower form is two characters: kept as is


@pytest.mark.parametrize(
    "text",
    ["THINK", "thin\u212a", "\u0130think", "\u03a3\u0391\u03a3 think", "t h i n k", "ThInKer"],
)
def test_a_class_sequence_finds_what_find_finds_in_the_lowered_text(text: str) -> None:
    lowered = lower_same_length(text)
    expected = [m.start() for m in re.finditer("(?=think)", lowered)]
    classes = "".join("[" + "".join(char_class(a)) + "]" for a in "think")
    assert [m.start() for m in re.finditer(classes, text)] == expected


def test_sigma_literals_are_not_folded() -> None:
    assert foldable(["think", "\u2713"])
    assert not foldable(["\u03c3\u03bf\u03c6"])


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
@pytest.mark.parametrize("folds", [True, False])
def test_hyperscan_finder_matches_the_python_finder(folds: bool) -> None:
    anchors = ["key", "\u2713", "\u03c3\u03b1", "aa", "K"]
    text = "\u2713 KEY \u212aey \u0130key \u03a3\u0391 \u03c3\u03b1 aaa"
    lowered = lower_same_length(text)
    expected = PythonAnchorFinder(anchors).find(lowered)
    finder = HyperscanAnchorFinder(anchors, folds=folds)
    assert finder.find(text if folds else lowered) == expected


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
@pytest.mark.parametrize("folds", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "\u00e9t\u00e9 key? \u2192 \u2713KEY \u4e2d\u6587key \U0001f600 why?",
        "the \u212aEY and key \u00e9 why?",  # the Kelvin sign lowers to an ASCII "k"
        "plain ascii key? why? KEY",
    ],
)
@pytest.mark.parametrize("anchors", [["key", "why", "y k"], ["key", "y?"]])
def test_ascii_anchors_keep_character_offsets_in_any_text(
    folds: bool, text: str, anchors: list[str]
) -> None:
    lowered = lower_same_length(text)
    expected = PythonAnchorFinder(anchors).find(lowered)
    finder = HyperscanAnchorFinder(anchors, folds=folds)
    assert finder.find(text if folds else lowered) == expected


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
def test_rule_sets_give_the_same_hits_on_either_backend_with_requires() -> None:
    rule = Rule("r", r"\bthink\w*\b", ("think",), requires=(("\u212aind", "nice"),))
    text = "I THINK so. A \u212aIND thinker. thinking is nice."
    python = RuleSet([rule], backend="python").scan(text, "reasoning")
    fast = RuleSet([rule], backend="hyperscan").scan(text, "reasoning")
    assert [(h.start, h.end) for h in fast] == [(h.start, h.end) for h in python]
    assert len(python) == 3


_ALPHABET = "ab k?\u2192\u2713\u00e9\u00c9\u212a\u0130\u03c3\u03a3\x01\x02\x0e\u4e2d"


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
@settings(max_examples=300, deadline=None)
@given(
    anchors=st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=3), min_size=1, max_size=6),
    text=st.text(alphabet=_ALPHABET, max_size=40),
    folds=st.booleans(),
)
def test_stand_ins_for_non_ascii_anchor_characters_change_no_match(
    anchors: list[str], text: str, folds: bool
) -> None:
    # Control characters, a "?" and characters that lower to others are in both the anchors
    # and the text, so a stand-in that leaked into a match would show.
    lowered = lower_same_length(text)
    anchors = list(dict.fromkeys(lower_same_length(a) for a in anchors))
    folds = folds and foldable(anchors)
    expected = PythonAnchorFinder(anchors).find(lowered)
    finder = HyperscanAnchorFinder(anchors, folds=folds)
    assert finder.find(text if folds else lowered) == expected


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
def test_anchors_with_an_arrow_are_scanned_as_ascii_with_character_offsets() -> None:
    finder = HyperscanAnchorFinder(["\u2192 c", "pick"], folds=True)
    assert finder._narrowing is not None
    text = "\u00e9\u00e9 PICK \u2192 C and \x01 c"
    assert finder.find(text) == {"pick": [3], "\u2192 c": [8]}
