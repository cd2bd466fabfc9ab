"""What a request asked of the reasoning, from every shape it comes in (replayed bodies too)."""

from __future__ import annotations

from typing import Any

import pytest

from cotmonitor.trace.reasoning_request import requested_reasoning


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ({"reasoning_effort": "minimal"}, {"reasoning_level": "minimal"}),
        ({"reasoning_effort": {"effort": "high", "summary": "auto"}}, {"reasoning_level": "high"}),
        ({"reasoning": {"effort": "xhigh", "summary": "auto"}}, {"reasoning_level": "xhigh"}),
        ({"output_config": {"effort": "low"}}, {"reasoning_level": "low"}),
        (
            {"thinking": {"type": "enabled", "budget_tokens": 4096}},
            {"reasoning_budget_tokens": 4096},
        ),
        (
            {"generationConfig": {"thinkingConfig": {"thinkingLevel": "high"}}},
            {"reasoning_level": "high"},
        ),
        (
            {"generationConfig": {"thinkingConfig": {"thinkingBudget": -1}}},
            {"reasoning_budget_tokens": -1},
        ),
        (
            {"additionalModelRequestFields": {"reasoningConfig": {"maxReasoningEffort": "low"}}},
            {"reasoning_level": "low"},
        ),
        (
            {"additionalModelRequestFields": {"thinking": {"budget_tokens": 2000}}},
            {"reasoning_budget_tokens": 2000},
        ),
        ({"extra_body": {"reasoning_effort": "medium"}}, {"reasoning_level": "medium"}),
        ({"think": "low"}, {"reasoning_level": "low"}),
        ({"think": True}, {}),
        ({"thinking": {"type": "adaptive"}}, {}),
        ({"reasoning": True, "reasoning_effort": ""}, {}),
        ({"model": "m", "messages": []}, {}),
    ],
)
def test_levels_and_budgets_are_read_where_each_provider_puts_them(
    request_: dict[str, Any], expected: dict[str, Any]
) -> None:
    assert requested_reasoning(request_) == expected


def test_the_outer_request_wins_over_a_nested_one() -> None:
    asked = {"reasoning_effort": "high", "extra_body": {"reasoning_effort": "low"}}
    assert requested_reasoning(asked) == {"reasoning_level": "high"}


def test_a_budget_is_never_turned_into_a_level() -> None:
    asked = requested_reasoning({"thinking": {"type": "enabled", "budget_tokens": 32000}})
    assert "reasoning_level" not in asked
