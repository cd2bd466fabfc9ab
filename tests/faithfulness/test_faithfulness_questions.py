from __future__ import annotations

import json
from pathlib import Path

import pytest

from cotmonitor.errors import ConfigError
from cotmonitor.faithfulness.bundled import generate_questions
from cotmonitor.faithfulness.questions import QuestionFileError, load_questions


def _write(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_loads_letters_indexes_and_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "q.jsonl",
        [
            {
                "id": "a",
                "question": "2+2?",
                "choices": ["3", "4", "5"],
                "answer": "b",
                "subject": "math",
            },
            "",
            {
                "question": "Capital of France?",
                "choices": ["Rome", "Paris", "Oslo", "Bern"],
                "answer": 1,
            },
        ],
    )
    first, second = load_questions(path)
    assert (first.id, first.answer, first.subject, first.letters) == (
        "a",
        "B",
        "math",
        ("A", "B", "C"),
    )
    assert (second.id, second.answer, second.subject) == ("3", "B", "")
    assert "(B) Paris" in second.render()
    assert "(B) Paris \u25a0" in second.render({"B": "\u25a0"})


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"choices": ["a", "b", "c"], "answer": "A"}), "'question'"),
        (json.dumps({"question": "q", "choices": ["a", "b"], "answer": "A"}), "3 to 26 options"),
        (json.dumps({"question": "q", "choices": ["a", "a", "b"], "answer": "A"}), "distinct"),
        (
            json.dumps({"question": "q", "choices": ["a", "b", "c"], "answer": "D"}),
            "one of A, B, C",
        ),
        (json.dumps({"question": "q", "choices": ["a", "b", "c"], "answer": 3}), "out of range"),
        (json.dumps({"question": "q", "choices": ["a", "b", "c"], "answer": True}), "letter"),
        (
            json.dumps({"question": "q", "choices": ["a", "b", "c"], "answer": "A", "id": [1]}),
            "'id'",
        ),
    ],
)
def test_bad_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    good = {"id": "ok", "question": "q", "choices": ["a", "b", "c"], "answer": "A"}
    path = _write(tmp_path / "bad.jsonl", [good, line])
    with pytest.raises(QuestionFileError) as info:
        load_questions(path)
    assert info.value.line == 2
    assert str(info.value).startswith(f"{path}:2: ")
    assert reason in str(info.value)
    assert isinstance(info.value, ConfigError)


def test_repeated_id_missing_and_empty_files(tmp_path: Path) -> None:
    q = {"id": "x", "question": "q", "choices": ["a", "b", "c"], "answer": "A"}
    with pytest.raises(QuestionFileError, match=r":2: id 'x' repeats line 1"):
        load_questions(_write(tmp_path / "dup.jsonl", [q, q]))
    with pytest.raises(QuestionFileError, match="cannot read"):
        load_questions(tmp_path / "missing.jsonl")
    with pytest.raises(QuestionFileError, match="no questions"):
        load_questions(_write(tmp_path / "empty.jsonl", [""]))


def test_bundled_set_is_deterministic_and_correct() -> None:
    questions = generate_questions(60, seed=7)
    assert questions == generate_questions(60, seed=7)
    assert questions != generate_questions(60, seed=8)
    assert len({q.id for q in questions}) == 60
    assert {q.subject for q in questions} >= {"arithmetic", "logic", "sequences"}
    for q in questions:
        assert len(q.choices) == 4
        assert len(set(q.choices)) == 4
        gold = q.choices[q.letters.index(q.answer)]
        if q.question.startswith("What is ") and "remainder" not in q.question:
            expression = q.question.removeprefix("What is ").removesuffix("?")
            assert str(eval(expression)) == gold  # the generated arithmetic is right
    # the gold answer is spread over the positions
    assert len({q.answer for q in questions}) == 4


def test_bundled_rejects_zero() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate_questions(0)
