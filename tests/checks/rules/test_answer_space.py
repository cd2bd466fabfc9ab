from __future__ import annotations

import pytest

from cotmonitor.checks.rules.answer_space import answer_space, option_blocks


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Which metal is liquid at room temperature?\n(A) iron\n(B) mercury\n(C) tin", "ABC"),
        ("Which metal?\nA. iron\nB. mercury\nC. tin\nD. lead", "ABCD"),
        ("Which metal?\nA) iron\nB) mercury\nC) tin", "ABC"),
        ("Which metal?\nA: iron\nB: mercury\nC: tin", "ABC"),
        ("Which metal?\na) iron\nb) mercury\nc) tin", "ABC"),
        ("Which metal?\n[A] iron\n[B] mercury\n[C] tin", "ABC"),
        ("Which metal? (A) iron (B) mercury (C) tin (D) lead", "ABCD"),
        ("Options: A. iron B. mercury C. tin D. lead.", "ABCD"),
        ("Which is it?\n1. iron\n2. mercury\n3. tin", "123"),
    ],
)
def test_option_formats_give_the_question_s_labels(text: str, labels: str) -> None:
    space = answer_space([(0, "user", text)])
    assert space.target is not None
    assert "".join(space.target.labels) == labels
    assert space.option_text(space.target.labels[1]) == "mercury"


def test_numbered_instructions_are_not_options() -> None:
    system = "Rules:\n1. Think step by step.\n2. Answer with a number.\n3. Be brief."
    space = answer_space([(0, "system", system), (1, "user", "What is 6 times 7?")])
    assert space.free


def test_lettered_options_win_over_numbered_steps_inside_them() -> None:
    text = (
        "Which sequence works?\nA. 1. heat\n2. cool B. 1. cool\n2. heat C. 1. stir\n2. wait "
        "D. 1. wait\n2. stir"
    )
    space = answer_space([(0, "user", text)])
    assert space.target is not None
    assert space.target.labels == ("A", "B", "C", "D")


def test_two_capitals_in_prose_are_not_options() -> None:
    assert option_blocks(0, "We met at A. Smith's house. B. Jones came later.") == []


def test_earlier_blocks_are_few_shot_examples() -> None:
    text = (
        "Q: 1+1?\n(A) 2\n(B) 3\nAnswer: (A)\n\nQ: 2+2?\n(A) 5\n(B) 4\nAnswer: (B)\n\n"
        "Q: 3+3?\n(A) 6\n(B) 7\nAnswer:"
    )
    space = answer_space([(0, "user", text)])
    assert len(space.examples) == 2
    assert space.target is not None
    assert space.option_text("A") == "6"


def test_no_options_is_free_response() -> None:
    assert answer_space([(0, "user", "How many legs do 3 spiders have?")]).free
