from __future__ import annotations

import pytest

from cotmonitor.checks.judge.answer import extract_letter
from cotmonitor.checks.judge.review import JudgeReview
from cotmonitor.verdicts import Finding, Severity


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("FINAL ANSWER: C", "C"),
        ("I considered (A) but the answer is (B).", "B"),
        ("Answer: d", "D"),
        ("B", "B"),
        ("Between (A) and (C), I pick (C)", "C"),
        ("no letter here", None),
    ],
)
def test_extract_letter(text: str, letter: str | None) -> None:
    assert extract_letter(text) == letter


def _f(check: str, severity: Severity) -> Finding:
    return Finding(check=check, category="unverbalized_hint", severity=severity)


def test_review_apply_replaces_revised_and_appends_added() -> None:
    rules = [_f("r1", Severity.HIGH), _f("r2", Severity.MEDIUM)]
    review = JudgeReview(
        added=[_f("judge.reliance", Severity.HIGH)],
        revised={0: _f("r1", Severity.LOW), 1: _f("r2", Severity.CRITICAL)},
    )
    final = review.apply(rules)
    assert [(f.check, f.severity) for f in final] == [
        ("r1", Severity.LOW),
        ("r2", Severity.CRITICAL),
        ("judge.reliance", Severity.HIGH),
    ]
    additions = review.as_additions(rules)
    assert [(f.check, f.severity) for f in additions] == [
        ("judge.reliance", Severity.HIGH),
        ("r2", Severity.CRITICAL),
    ]
