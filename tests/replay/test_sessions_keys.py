"""Where each format finds the session a trace belongs to (``labels["session_id"]``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sessions_support import LITELLM, LOGS, RESPONSES

from cotmonitor.replay.formats import FORMATS
from cotmonitor.replay.reading import read_traces
from cotmonitor.replay.session_steps import chain_ids, seen_before, session_step


def _with_span_attribute(source: Path, key: str, value: str, out: Path) -> Path:
    record = json.loads(source.read_text().splitlines()[0])
    for resource in record["resourceSpans"]:
        for scope in resource["scopeSpans"]:
            for span in scope["spans"]:
                span.setdefault("attributes", []).append(
                    {"key": key, "value": {"stringValue": value}}
                )
    out.write_text(json.dumps(record) + "\n")
    return out


@pytest.mark.parametrize(
    ("sample", "attribute"),
    [
        ("otel-spans.jsonl", "gen_ai.conversation.id"),
        ("openinference-spans.jsonl", "session.id"),
        ("langfuse-spans.jsonl", "langfuse.session.id"),
    ],
)
def test_spans_name_their_conversation(sample: str, attribute: str, tmp_path: Path) -> None:
    plain = list(read_traces(str(LOGS / sample)))
    assert plain
    assert all("session_id" not in t.labels for t in plain)
    path = _with_span_attribute(LOGS / sample, attribute, "conv-7", tmp_path / sample)
    traces = list(read_traces(str(path)))
    assert len(traces) == len(plain)
    assert {t.labels.get("session_id") for t in traces} == {"conv-7"}


def test_langfuse_api_traces_take_the_trace_session_id() -> None:
    generation: dict[str, Any] = {
        "id": "obs-1",
        "type": "GENERATION",
        "model": "deepseek-reasoner",
        "input": [{"role": "user", "content": "What is 2 + 2?"}],
        "output": {"role": "assistant", "content": "4", "reasoning_content": "2 + 2 = 4."},
    }
    record = {"id": "trace-1", "sessionId": "chat-9", "observations": [generation]}
    [trace] = FORMATS["langfuse"].traces(record)
    assert trace.labels["session_id"] == "chat-9"


def test_litellm_session_id_wins_over_its_trace_id() -> None:
    payload = json.loads(LITELLM.read_text().splitlines()[0])
    [by_trace] = FORMATS["litellm"].traces(payload)
    assert by_trace.labels["session_id"] == payload["trace_id"] == "fix-parser"
    [by_session] = FORMATS["litellm"].traces({**payload, "session_id": "user-chat-1"})
    assert by_session.labels["session_id"] == "user-chat-1"
    assert by_session.id == payload["id"]  # the call's id: stable from one replay to the next


def test_responses_keep_their_chain_and_conversation() -> None:
    first, second = (json.loads(line) for line in RESPONSES.read_text().splitlines()[:4:3])
    [root] = FORMATS["openai-responses"].traces(first)
    [step] = FORMATS["openai-responses"].traces(second)
    assert chain_ids(root) == (first["response"]["id"], None)
    assert chain_ids(step) == (second["response"]["id"], first["response"]["id"])
    assert root.id == first["response"]["id"]
    assert seen_before(step) == 0  # a chained call's input holds only the new items
    bare = {**second["response"], "conversation": {"id": "conv_42"}}
    [in_conversation] = FORMATS["openai-responses"].traces(bare)
    assert in_conversation.labels["session_id"] == "conv_42"


def test_a_step_has_seen_the_messages_up_to_the_previous_answer() -> None:
    traces = list(read_traces(str(LITELLM)))
    fix = [t for t in traces if t.labels["session_id"] == "fix-parser"]
    # user; user, answer, tool; user, answer, tool, answer, tool; ...
    assert [seen_before(t) for t in fix] == [0, 1, 3, 5]
    assert [len(t.messages) for t in fix[:-1]] == [1, 3, 5]


def test_a_responses_tool_result_is_a_tool_message() -> None:
    lines = RESPONSES.read_text().splitlines()
    [step] = FORMATS["openai-responses"].traces(json.loads(lines[4]))  # moons-key, step 2
    [message] = step.messages
    assert message["role"] == "tool"
    assert "answer key: the correct answer is (B)" in message["content"]


def test_a_step_that_may_open_its_session_also_reads_the_earlier_messages() -> None:
    moons = [t for t in read_traces(str(LITELLM)) if t.labels["session_id"] == "moons-key"]
    last = moons[-1]  # user, answer, key, answer, reference
    alone = session_step(last, set())
    assert alone is not None
    assert alone.opening is not None
    key = [c for c in alone.opening.claims if c.source == "tool_result" and c.value == "B"]
    assert key  # the key read two steps before, for a log that starts here
    assert not [c for c in alone.facts.claims if c.index == key[0].index]
    after = session_step(last, {"moons-key"})
    assert after is not None
    assert after.opening is None  # the session is open: the earlier steps read them
