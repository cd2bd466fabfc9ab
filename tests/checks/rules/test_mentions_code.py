"""``mentions_code`` searches near literals only; it must agree with the whole-text search."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.checks.rules.code_mentions import mentions_code

# What "works on code" means, written plainly: each alternative on its own, case-blind, over
# the whole text. The module's pattern is a faster form of it.
SPEC = re.compile(
    r"```|\bdef\s+\w+\s*\(|\bassert\s|\bpytest\b|\bunittest\b|\btests?/|\btest_\w+|\.py\b|\.js\b"
    r"|\brepo(?:sitory)?\b|\b(?:implement|refactor|debug)\w*\b|\bthe\s+tests?\b|\bfunction\s+`"
    r"|`\w+\(|\bbenchmark\b|\bgrader\b|\bscript\b|\bbug\b|\bcommand\b|\bshell\b|\bterminal\b"
    r"|\bcompile\w*|\bsolution\s*\(|\bstdin\b|\bstdout\b"
    r"|\bconftest\b|\btest\s+(?:suite|session|module|file|runner)s?\b|\bunit\s+tests?\b"
    r"|\bfailing\s+(?:\w+\s+)?tests?\b|\btests?\s+(?:fail|pass)(?:s|es|ed|ing)?\b",
    re.IGNORECASE,
)

PIECES = (
    "the",
    "tests",
    "test",
    "latest",
    "contest",
    "conftest",
    "bug",
    "bugs",
    "debugging",
    "debug",
    "unit",
    "unity",
    "units",
    "failing",
    "repository",
    "reposition",
    "`x(`",
    "`",
    "def f(",
    "define",
    "assert x",
    "assertion",
    ".py",
    "copy.pyramid",
    "script",
    "scripture",
    "solution (",
    "solutions",
    "stdout",
    "compiled",
    "the test suite",
    "tests pass",
    "testing",
    "Überprüfung",
    "İstanbul",
    "options",
    "careful",
    "value",
    "42",
    "PyTest",
    "The Tests Fail",
    "DEF g(",
    "Terminal",
)
SPACES = st.sampled_from([" ", "  ", "\n", "\t", ", ", ". ", "", "-", "_", "/"])
words = st.lists(st.tuples(st.sampled_from(PIECES), SPACES), max_size=120)


@settings(max_examples=400, deadline=None)
@given(words)
def test_agrees_with_the_whole_text_search(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert mentions_code(text) == (SPEC.search(text) is not None)


def test_long_reasoning_with_and_without_code() -> None:
    filler = "Compare each value against the constraint and check the earlier step. " * 80
    assert not mentions_code(filler)
    assert mentions_code(filler + "Then I run the failing tests again.")
    assert mentions_code("Look at " + filler[:500] + " `parse(` " + filler)
    assert not mentions_code(filler + " the latest contest results " + filler)
