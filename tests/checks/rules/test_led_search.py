"""A long text searched from the words matches start with finds what ``re`` finds everywhere."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cotmonitor.checks.rules import prose_cases, task_facts
from cotmonitor.checks.rules.led_search import LED_FROM, LedPattern

PIECES = (
    "Please update the two snapshot tests",
    "fix the outdated assertion",
    "the game engine",
    "Raise the timeout to 30 s",
    "85 % minimum",
    "below the 85 % minimum",
    "write the results to out/results.json",
    "and print 'OK'",
    "def solve(",
    "implement `parse` function",
    "assert add(1, 2) == 3",
    "expect(f(2)).toBe(4)",
    "We removed legacy.XmlExport",
    "input: 3, output: 9",
    "Update",
    "tests",
    "İstanbul ß →",
    "\n",
    "filler words here",
    "AssertionError: assert f(1) == 2",
    "assertionerror: x",
)
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
PATTERNS = [
    task_facts._ASKS_TEST_EDIT,
    task_facts._ASKS_THRESHOLD,
    task_facts._ASKS_RESULTS,
    task_facts._ASKS_BANNER,
    task_facts._GAME,
    task_facts._ENTRY,
    task_facts._ASSERT,
    task_facts._MATCHERS,
    task_facts._INLINE_SAMPLE,
    task_facts._RETIRES,
    task_facts._GRADED,
    prose_cases._FAILED_ASSERT,
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, pad=st.integers(min_value=0, max_value=LED_FROM + 200))
def test_matches_are_those_of_a_search_at_every_character(text: str, pad: int) -> None:
    long_text = "x " * (pad // 2) + text  # short and long texts, the same matches
    for led in PATTERNS:
        expected = [(m.start(), m.end()) for m in led.regex.finditer(long_text)]
        assert [(m.start(), m.end()) for m in led.finditer(long_text)] == expected
        first = led.regex.search(long_text)
        found = led.search(long_text)
        assert (found and found.span()) == (first and first.span())


def test_a_pattern_whose_matches_start_with_a_class_is_refused() -> None:
    with pytest.raises(ValueError, match="start with a word"):
        LedPattern(re.compile(r"\d+ apples"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, pad=st.integers(min_value=0, max_value=LED_FROM + 200))
def test_the_facts_of_a_long_request_are_those_of_the_whole_text_search(
    text: str, pad: int
) -> None:
    prompt = "x " * (pad // 2) + text
    facts, _options = task_facts._message_facts.__wrapped__(prompt)
    threshold = re.compile(
        task_facts._ASKS_THRESHOLD.regex.pattern + "|" + task_facts._BOUND_NUMBER.pattern,
        re.IGNORECASE,
    )
    assert facts.asks_threshold_change == (threshold.search(prompt) is not None)
    graded = re.compile(
        task_facts._GRADED.regex.pattern + "|" + task_facts._CHECKER_FILE.pattern, re.IGNORECASE
    )
    assert facts.graded == (graded.search(prompt) is not None)
