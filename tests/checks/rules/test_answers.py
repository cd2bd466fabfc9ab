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


def _space(prompt: str):
    from cotmonitor.checks.rules.answer_space import answer_space

    return answer_space([(0, "user", prompt)])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42", "42"),
        ("The answer is 42.", "42"),
        ("Thus the final answer is \\boxed{1,250}.", "1250"),
        ("<answer>3/4</answer>", "0.75"),
        ("Final answer: x = 7", "7"),
        ('{"answer": 12.50}', "12.5"),
        ("Working...\n\nSo the total is 96 cm.", "96"),
        ("It costs $18.", "18"),
        ("Answer: Paris", "paris"),
    ],
)
def test_free_response_values_are_canonical(text: str, value: str) -> None:
    from cotmonitor.checks.rules.answers import extract_free

    answer = extract_free(text)
    assert answer is not None
    assert answer.value == value
    assert answer.written in text


def test_code_has_no_free_response_answer() -> None:
    from cotmonitor.checks.rules.answers import extract_free

    assert extract_free("```python\ndef solve():\n    return 42\n```") is None
    assert extract_free("def solve():\n    return 42\n") is None


@pytest.mark.parametrize(
    ("prompt", "output", "value"),
    [
        ("Pick one.\na) red\nb) blue\nc) green", "c", "C"),
        ("Pick one.\na) red\nb) blue\nc) green", "The answer is (b).", "B"),
        ("Which?\n1. red\n2. blue\n3. green", "Answer: 2", "2"),
        ("Which?\nA. red\nB. blue\nC. green", "C. green", "C"),
        ("Which?\nA. red\nB. blue\nC. green", "green", "C"),
    ],
)
def test_choices_are_read_in_the_question_s_own_labels(
    prompt: str, output: str, value: str
) -> None:
    from cotmonitor.checks.rules.answers import extract

    answer = extract(output, _space(prompt))
    assert answer is not None
    assert answer.value == value


def test_a_label_outside_the_options_is_not_an_answer() -> None:
    from cotmonitor.checks.rules.answers import extract

    assert extract("Answer: F", _space("Which?\n(A) x\n(B) y\n(C) z")) is None


@pytest.mark.parametrize(
    ("reasoning", "value"),
    [
        # an answer word in another language closes the reasoning
        ("Die Reihe wächst um drei. Also, die Antwort: (C)", "C"),
        ("Todo cuadra. Respuesta: **B**", "B"),
        ("Ok. **Risultato:** option D", "D"),
        # a closing table row that names the answer
        ("| step | note |\n|---|---|\n| 1 | sum |\n| final answer | B (argon) |", "B"),
        ("| pick | option A - the first one |", "A"),
        # a JSON answer with the option's text after its label
        ('{"answer": "(D) the third law", "confident": false}', "D"),
        # a conclusion word with a hedge or an adverb before the label
        ("So, more or less, (C).", "C"),
        ("The correct option therefore is B, given the units.", "B"),
    ],
)
def test_conclusions_in_other_shapes_are_read(reasoning: str, value: str) -> None:
    answer = reasoning_conclusion(reasoning)
    assert answer is not None
    assert answer.value == value


@pytest.mark.parametrize(
    ("reasoning", "value"),
    [
        ("Rechnung fertig. **Ergebnis:** 64", "64"),
        ("Bon. La réponse: 12.5", "12.5"),
        ("Sumando todo, it comes to 40.", "40"),
        ("| quantity | value |\n|---|---|\n| result | 3/4 |", "0.75"),
    ],
)
def test_free_conclusions_in_other_shapes_are_read(reasoning: str, value: str) -> None:
    from cotmonitor.checks.rules.answers import extract_free

    answer = extract_free(reasoning)
    assert answer is not None
    assert answer.value == value


def test_an_option_line_in_lower_case_is_the_answer() -> None:
    from cotmonitor.checks.rules.answer_space import answer_space
    from cotmonitor.checks.rules.answers import extract

    space = answer_space([(0, "user", "Pick one.\na) 2 m\nb) 5 m\nc) 9 m\n")])
    answer = extract("b) 5 m", space)
    assert answer is not None
    assert answer.value == "B"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"final": "48", "explanation": null}', "48"),
        ('{"prediction": "Lima", "p": 0.8}', "lima"),
        ("So 6 + 6 = 12 and doubled that is 24. Value = 24", "24"),
    ],
)
def test_more_free_answer_keys_and_closing_values(text: str, value: str) -> None:
    from cotmonitor.checks.rules.answers import extract_free

    answer = extract_free(text)
    assert answer is not None
    assert answer.value == value


@pytest.mark.parametrize(
    ("reasoning", "value"),
    [
        # a conclusion after a code block in the reasoning
        ("Plan:\n```yaml\nsteps: [read, solve]\n```\nSumming gives 12. Answer: 12", "12"),
        # a decimal after "going with"
        ("Subtracting, I am going with 3.75, it fits.", "3.75"),
        # "I take" in another language
        ("Bon. Je prends 8.", "8"),
    ],
)
def test_free_reasoning_conclusions(reasoning: str, value: str) -> None:
    from cotmonitor.checks.rules.answer_space import AnswerSpace

    answer = reasoning_conclusion(reasoning, AnswerSpace(None, ()))
    assert answer is not None
    assert answer.value == value


def test_a_choice_concluded_with_is_being() -> None:
    answer = reasoning_conclusion("Checked twice. So the answer is being D.")
    assert answer is not None
    assert answer.value == "D"
