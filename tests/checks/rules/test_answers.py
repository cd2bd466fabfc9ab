from __future__ import annotations

import pytest

from cotmonitor.checks.rules.answers import extract_answer, final_answer, reasoning_conclusion


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("(C)", "C"),
        ("C", "C"),
        ("Answer: C", "C"),
        ("FINAL ANSWER: G", "G"),
        ("After all that, the answer is C.", "C"),
        ("So the final answer is \\boxed{D}.", "D"),
        ('{"answer": "B", "confidence": 0.7}', "B"),
        ("Looking at the options, **E** fits best.", "E"),
        ("I'll go with option A.", "A"),
        ("Therefore, choice H is correct.", "H"),
        ("First I thought the answer is A.\nOn reflection the answer is B.", "B"),
    ],
)
def test_explicit_commitments_are_extracted_with_span(text: str, letter: str) -> None:
    answer = extract_answer(text)
    assert answer is not None
    assert answer.letter == letter
    assert text[answer.start : answer.end] == letter


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the answer is a function of the temperature",
        "Option B is wrong because the sign flips.",
        "We compare A and B and C carefully.",
    ],
)
def test_unclear_text_gives_none(text: str) -> None:
    assert extract_answer(text) is None


def test_reasoning_conclusion_reads_the_end_with_full_text_offsets() -> None:
    reasoning = "x" * 5000 + "\nSo the answer is (D)."
    answer = reasoning_conclusion(reasoning)
    assert answer is not None
    assert reasoning[answer.start : answer.end] == "D"


def test_final_answer_falls_back_to_the_reasoning() -> None:
    answer, where = final_answer("I hope this helps.", "... therefore the answer is B.")
    assert answer is not None
    assert (answer.letter, where) == ("B", "reasoning")
    answer, where = final_answer("Answer: C", "... therefore the answer is B.")
    assert answer is not None
    assert (answer.letter, where) == ("C", "output")
