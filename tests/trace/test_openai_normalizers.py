"""OpenAI normalizers on plain dicts (replay) and on arbitrary shapes (never raise but CaptureError)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.normalize import normalize


def test_chat_dict_with_hidden_reasoning_keeps_the_token_count():
    response = {
        "model": "o-mini",
        "choices": [{"message": {"content": "4"}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": 5,
            "completion_tokens": 40,
            "completion_tokens_details": {"reasoning_tokens": 39},
        },
    }
    trace = normalize(
        RawCapture("openai.chat", {"model": "o-mini", "messages": []}, response=response)
    )
    assert trace.visibility == "absent"
    assert trace.usage.reasoning_tokens == 39
    assert trace.metadata["finish_reason"] == "stop"


def test_responses_dict_summary_and_function_call():
    response = {
        "model": "r",
        "output": [
            {"type": "reasoning", "summary": [{"text": "look it up"}]},
            {"type": "function_call", "call_id": "c1", "name": "search", "arguments": "{}"},
        ],
    }
    raw = RawCapture(
        "openai.responses", {"input": "q", "instructions": "be brief"}, response=response
    )
    trace = normalize(raw)
    assert trace.visibility == "summary"
    assert [(c.id, c.name) for c in trace.tool_calls] == [("c1", "search")]
    assert trace.messages[0] == {"role": "system", "content": "be brief"}


def test_cut_responses_stream_is_rebuilt_from_deltas():
    events = [
        {"type": "response.created", "response": {"model": "r"}},
        {"type": "response.reasoning_text.delta", "delta": "half of "},
        {"type": "response.reasoning_text.delta", "delta": "it"},
        {"type": "response.output_text.delta", "delta": "par"},
    ]
    raw = RawCapture("openai.responses", {}, chunks=events, complete=False)
    trace = normalize(raw)
    assert (trace.reasoning, trace.output, trace.model) == ("half of it", "par", "r")
    assert not trace.complete


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "choices",
                    "message",
                    "delta",
                    "content",
                    "reasoning",
                    "reasoning_content",
                    "usage",
                    "tool_calls",
                    "function",
                    "output",
                    "type",
                    "summary",
                    "text",
                    "model",
                    "index",
                    "response",
                    "encrypted_content",
                    "completion_tokens_details",
                    "arguments",
                    "name",
                ]
            )
            | st.text(max_size=5),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)
kinds = st.sampled_from(["openai.chat", "openai.responses", "text", "nonsense"])


@settings(max_examples=300, deadline=None)
@given(
    kind=kinds,
    response=json_values,
    chunks=st.none() | st.lists(json_values, max_size=5),
    request=json_values,
)
def test_odd_shapes_never_raise_anything_but_capture_error(kind, response, chunks, request):
    raw = RawCapture(kind, request, response=response, chunks=chunks)  # type: ignore[arg-type]
    try:
        trace = normalize(raw, ("think",))
    except CaptureError:
        return
    assert isinstance(trace.output, str)
