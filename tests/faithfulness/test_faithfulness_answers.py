from __future__ import annotations

import pytest

from cotmonitor.faithfulness.answers import extract_answer
from cotmonitor.faithfulness.completion import split_think

LETTERS = ("A", "B", "C", "D")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work... so (A) is out.\nAnswer: (C)", "C"),
        ("The answer is B.", "B"),
        ("the answer is **D**", "D"),
        ("I first thought (A), then (B).", "B"),
        ("C", "C"),
        ("Answer: (E)", None),  # not an option
        ("the answer is a trap, (D) it is", "D"),
        ("no idea", None),
    ],
)
def test_extract_answer(text: str, expected: str | None) -> None:
    assert extract_answer(text, LETTERS) == expected


def test_split_think_tags_and_lone_close() -> None:
    assert split_think("<think>hmm (A)?</think>Answer: (B)") == ("Answer: (B)", "hmm (A)?")
    assert split_think("mulling it over</think>\nAnswer: (C)") == ("Answer: (C)", "mulling it over")
    assert split_think("Answer: (D)") == ("Answer: (D)", "")
