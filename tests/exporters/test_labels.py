from __future__ import annotations

import pytest

from cotmonitor.exporters.labels import OTHER, LabelBounder, normalize_model


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("gpt-4o-2024-08-06", "gpt-4o"),
        ("gpt-4o", "gpt-4o"),
        ("claude-3-7-sonnet-20250219", "claude-3-7-sonnet"),
        ("gpt-4-0613", "gpt-4"),
        ("anthropic.claude-3-sonnet-20240229-v1:0", "anthropic.claude-3-sonnet"),
        ("claude-sonnet-4-5@20250929", "claude-sonnet-4-5"),
        ("o1-2024-12-17", "o1"),
        ("deepseek-reasoner", "deepseek-reasoner"),
        ("qwen3-235b-a22b-instruct-2507", "qwen3-235b-a22b-instruct"),
        ("claude-3-5-sonnet-latest", "claude-3-5-sonnet"),
        ("llama-3.1-8b", "llama-3.1-8b"),
    ],
)
def test_normalize_model_folds_dated_snapshots(raw: str, expected: str) -> None:
    assert normalize_model(raw) == expected


def test_cap_sends_new_values_to_other_and_counts_overflow() -> None:
    overflowed: list[str] = []
    bound = LabelBounder(3, on_overflow=overflowed.append)
    assert [bound("agent", f"a{i}") for i in range(5)] == ["a0", "a1", "a2", OTHER, OTHER]
    assert bound("agent", "a1") == "a1"
    assert overflowed == ["agent", "agent"]
    assert bound.values("agent") == {"a0", "a1", "a2"}
    assert bound("model", "m") == "m"  # the cap is per label


def test_allowlist_and_long_values() -> None:
    bound = LabelBounder(10, allow={"agent": {"coder", "planner"}})
    assert bound("agent", "coder") == "coder"
    assert bound("agent", "intruder") == OTHER
    assert bound("agent", "") == ""  # unlabelled traffic stays unlabelled
    assert len(bound("check", "x" * 500)) == 64


def test_cap_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_values"):
        LabelBounder(0)
