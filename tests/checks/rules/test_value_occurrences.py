"""The label occurrence search gives exactly the matches of a full regex scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.checks.rules.answer_space import answer_space
from cotmonitor.checks.rules.claim_forms import value_occurrences
from cotmonitor.checks.rules.claims import _value_pattern

UPPER = "Pick one.\n(A) red\n(B) green\n(C) blue\n(D) black"
LOWER = "Pick one.\na) red\nb) green\nc) blue\nd) black"
PIECES = st.sampled_from(
    [
        *("A", "B", "C", "D", "a", "b", "c", "d", "10", "1"),
        *("(", ")", "'", '"', " ", "\n", "-", ".", "x", "option ", "Answer ", "LETTER "),
        *("\u0130", "\u00df", "I think ", "it's "),
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(PIECES, max_size=40).map("".join),
    label=st.sampled_from(["A", "B", "C", "D"]),
    question=st.sampled_from([UPPER, LOWER]),
)
def test_same_matches_as_finditer(text: str, label: str, question: str) -> None:
    space = answer_space(((0, "user", question),))
    assert not space.free
    pattern = _value_pattern(label, "", space)
    expected = [m.span() for m in pattern.finditer(text)]
    found = [m.span() for m in value_occurrences(pattern, text, label, choice=True)]
    assert found == expected


def test_free_values_scan_the_whole_text() -> None:
    space = answer_space(((0, "user", "How many legs does a spider have?"),))
    pattern = _value_pattern("8", "", space)
    spans = [
        m.span() for m in value_occurrences(pattern, "it has 8, not 6 or 8.5", "8", choice=False)
    ]
    assert spans == [(7, 8)]
