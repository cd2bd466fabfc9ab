from __future__ import annotations

import pytest
from pydantic import ValidationError

from cotmonitor import ReasoningSegment, Trace
from cotmonitor.trace.model import content_text


def test_trace_constructible_by_hand_and_round_trips() -> None:
    trace = Trace(
        messages=[{"role": "user", "content": "hi"}],
        reasoning="thinking",
        output="hello",
        model="m",
        provider="openai",
    )
    assert trace.segments == (ReasoningSegment(text="thinking"),)
    assert trace.visibility == "readable"
    again = Trace.model_validate_json(trace.model_dump_json())
    assert again == trace


def test_reasoning_derived_from_segments() -> None:
    trace = Trace(
        segments=[
            ReasoningSegment(text="a", source="thinking_block"),
            ReasoningSegment(visibility="redacted", source="redacted_thinking"),
            ReasoningSegment(text="b", source="thinking_block"),
        ]
    )
    assert trace.reasoning == "a\n\nb"
    assert trace.visibility == "readable"


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        ([], "absent"),
        ([ReasoningSegment(visibility="encrypted")], "encrypted"),
        (
            [ReasoningSegment(visibility="redacted"), ReasoningSegment(visibility="encrypted")],
            "redacted",
        ),
        ([ReasoningSegment(text="s", visibility="summary")], "summary"),
        ([ReasoningSegment(text="  ", visibility="readable")], "absent"),
    ],
)
def test_visibility(segments: list[ReasoningSegment], expected: str) -> None:
    assert Trace(segments=segments).visibility == expected


def test_trace_is_frozen_and_rejects_unknown_fields() -> None:
    trace = Trace()
    with pytest.raises(ValidationError):
        trace.model = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Trace(unknown_field=1)  # type: ignore[call-arg]


def test_content_text_joins_parts() -> None:
    assert content_text([{"type": "text", "text": "a"}, {"type": "image_url"}, "b"]) == "a\nb"
    assert content_text(None) == ""
    assert (
        Trace(messages=[{"role": "user", "content": [{"type": "text", "text": "q"}]}]).message_text(
            0
        )
        == "q"
    )


def test_tool_results_in_every_shape_have_text() -> None:
    trace = Trace(
        messages=[
            {"role": "user", "content": "run it"},
            {"type": "function_call", "call_id": "c1", "name": "sh", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c1", "output": "1 failed"},
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "t1", "content": "plain"},
                    {
                        "type": "tool_result",
                        "tool_use_id": "t2",
                        "content": [{"type": "text", "text": "in blocks"}],
                    },
                ],
            },
        ]
    )
    assert trace.message_text(1) == ""
    assert trace.message_text(2) == "1 failed"
    assert trace.message_text(3) == "plain\nin blocks"
    assert trace.prompt_texts() == [
        (0, "user", "run it"),
        (2, "tool", "1 failed"),
        (3, "user", "plain\nin blocks"),
    ]


def test_message_text_and_role_survive_a_type_that_is_not_a_string() -> None:
    from cotmonitor.trace.model import message_role, message_text

    odd = {"type": [], "output": "x"}
    assert message_text(odd) == ""
    assert message_role(odd) == ""
    tool = {"type": "function_call_output", "output": "42 passed"}
    assert (message_text(tool), message_role(tool)) == ("42 passed", "tool")
