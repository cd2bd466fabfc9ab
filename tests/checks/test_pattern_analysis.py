"""What the pattern analysis promises, checked against real matching (Hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.checks.pattern_analysis import (
    covered,
    leading_literals,
    max_width,
    required_literals,
    window_width,
)

PATTERNS = [
    r"(?:answer|solution) key",
    r"hard-?cod(?:e|ed|ing)",
    r"sys\.exit\(\s{0,3}0\s{0,3}\)",
    r"[Bb]earer\s{1,4}\w{2,10}",
    r"grader.{0,40}bypass",
    r"(?:skip|xfail)(?:ped)?",
]
ALPHABET = "abcdeghiklnoprstuxyABSKPG0()-._ \n"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=80))
def test_every_match_holds_a_required_literal_and_fits_the_width(pattern: str, noise: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    literals = required_literals(pattern)
    assert literals
    width = max_width(pattern)
    for match in compiled.finditer(noise + "answer key bearer abcd sys.exit(0) skipped"):
        text = match.group().lower()
        assert any(literal in text for literal in literals)
        assert width is None or len(text) <= width


def test_widths() -> None:
    assert max_width("abc") == 3
    assert max_width(r"a\w*") is None
    assert window_width(r"TICKET-\d+") == 8
    assert window_width(r"foo\s*bar") is None
    assert window_width(r"\s*\d+x") == 2
    assert window_width(r"a{3}b+c{2,}") is None


def test_coverage() -> None:
    assert covered(["cod"], r"(?:hard|soft)-?cod")
    assert not covered(["hard"], r"(?:hard|soft)-?cod")
    assert not covered(["x"], r"\w+")


LEADING = [
    r"\b(?:the|this)\s+(?:\w+\s+){0,2}?user\s+(?:thinks|said)",
    r"\b(?:I|we)(?:'(?:ve|re))?\s+(?:was|were)\s+told",
    r"\ban?\s+(?:external|outside)\s+source|\bsomething\s+in\s+the\s+prompt",
    r"(?<!\w)(?:per|according\s+to)\s+the\s+note",
    r"\b[Tt]he\s+(?!answer)\w+\s+says",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LEADING), st.text(alphabet=ALPHABET + "'", max_size=60))
def test_every_match_starts_with_a_leading_literal(pattern: str, noise: str) -> None:
    literals = leading_literals(pattern)
    assert literals
    probe = noise + " the user thinks, We've been told, an outside source, per the note. "
    probe += "The ticket says; something in the prompt " + noise[::-1]
    for match in re.compile(pattern, re.IGNORECASE).finditer(probe):
        assert match.group().lower().startswith(tuple(literals))


def test_no_leading_literals_when_a_match_can_start_otherwise() -> None:
    assert leading_literals(r"(?:\w+\s+)?user") is None
    assert leading_literals(r"the|\d+ apples") is None
    assert leading_literals(r"\bthe\s+user") == frozenset({"the"})
    assert leading_literals(r"(?:an?|the)\s+x") == frozenset({"a", "an", "the"})
