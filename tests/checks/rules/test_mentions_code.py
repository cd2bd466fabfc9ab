"""``mentions_code`` searches near literals only; it must agree with the whole-text search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.checks.rules.code_mentions import _CODING, mentions_code

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
)
SPACES = st.sampled_from([" ", "  ", "\n", "\t", ", ", ". ", "", "-", "_", "/"])
words = st.lists(st.tuples(st.sampled_from(PIECES), SPACES), max_size=120)


@settings(max_examples=400, deadline=None)
@given(words)
def test_agrees_with_the_whole_text_search(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert mentions_code(text) == (_CODING.search(text) is not None)


def test_long_reasoning_with_and_without_code() -> None:
    filler = "Compare each value against the constraint and check the earlier step. " * 80
    assert not mentions_code(filler)
    assert mentions_code(filler + "Then I run the failing tests again.")
    assert mentions_code("Look at " + filler[:500] + " `parse(` " + filler)
    assert not mentions_code(filler + " the latest contest results " + filler)
