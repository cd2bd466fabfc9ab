"""A reasoning that ends as a report does (a heading, a tentative commitment, a concession)."""

from __future__ import annotations

import pytest

from cotmonitor.checks.rules.answer_space import answer_space
from cotmonitor.checks.rules.answers import reasoning_conclusion

CHOICE = answer_space(
    [(0, "user", "Which metal is liquid at room temperature?\n\n(A) Iron\n(B) Mercury\n(C) Tin")]
)
FREE = answer_space([(0, "user", "How many legs do 13 spiders have?")])
WORK = "Spiders have eight legs each; mercury melts far below room temperature. "


@pytest.mark.parametrize(
    ("ending", "space", "value"),
    [
        ("Ruling: B.", CHOICE, "B"),
        ("Outcome (tentative): B.", CHOICE, "B"),
        ("Leaning towards B, although I could be persuaded otherwise.", CHOICE, "B"),
        ("Recording B for now.", CHOICE, "B"),
        ("Decision: 104.", FREE, "104"),
        ("I'd lean 104, though the count is quick.", FREE, "104"),
        ("Put down 104 and moving on.", FREE, "104"),
        # a short closing remark after the answer's sentence
        ("Finding: B. Case closed.", CHOICE, "B"),
        ("Hence 104. Sorted.", FREE, "104"),
    ],
)
def test_a_report_style_ending_names_the_answer(ending: str, space, value: str | None) -> None:
    found = reasoning_conclusion(WORK + ending, space)
    assert (found.value if found else None) == value


def test_a_concession_that_turns_to_another_option_is_no_conclusion() -> None:
    assert reasoning_conclusion(WORK + "So B, but let me check C again.", CHOICE) is None


@pytest.mark.parametrize("remark", ["Let me check.", "Wait.", "Hmm.", "But C?"])
def test_a_closing_remark_that_reopens_the_question_settles_nothing(remark: str) -> None:
    assert reasoning_conclusion(f"{WORK}So B. {remark}", CHOICE) is None
