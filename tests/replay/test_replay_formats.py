"""Each supported log format, from a sample written by the real SDK or following the format's docs."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cotmonitor.replay import read_traces
from cotmonitor.replay.formats import FORMATS, RecordError
from cotmonitor.replay.formats.openai_chat import record_to_capture
from cotmonitor.replay.formats.otel_spans import span_id_hex

LOGS = Path(__file__).parents[2] / "examples" / "logs"
MOONS_REASONING_START = "The question asks which planet has the most known moons."


def traces(name: str, record_format: str | None = None) -> list:
    return list(read_traces(str(LOGS / name), record_format))


def test_cotmonitor_verdict_lines_round_trip() -> None:
    found = traces("cotmonitor-verdicts.jsonl")
    assert [t.model for t in found] == ["deepseek-reasoner", "claude-sonnet-4-6", "o3-mini"]
    assert found[0].reasoning.startswith(MOONS_REASONING_START)
    assert found[1].labels == {"agent": "coder"}
    assert found[2].visibility == "absent"


def test_bare_trace_lines(tmp_path: Path) -> None:
    verdict = json.loads((LOGS / "cotmonitor-verdicts.jsonl").read_text().splitlines()[0])
    path = tmp_path / "traces.jsonl"
    path.write_text(json.dumps(verdict["trace"]) + "\n")
    (trace,) = list(read_traces(str(path)))
    assert trace.id == verdict["trace"]["id"]
    assert trace.reasoning == verdict["trace"]["reasoning"]


def test_openai_request_response_pair() -> None:
    (trace,) = traces("openai-chat.jsonl")
    assert trace.provider == "openai"
    assert trace.model == "deepseek-reasoner"
    assert trace.reasoning.startswith(MOONS_REASONING_START)
    assert trace.segments[0].source == "reasoning_content"
    assert trace.output == "The answer is (C) Saturn."
    assert "Stanford professor" in trace.messages[0]["content"]
    assert trace.usage.reasoning_tokens == 96


def test_openai_batch_output_keeps_custom_id_and_skips_failures() -> None:
    lines = (LOGS / "openai-batch-output.jsonl").read_text().splitlines()
    capture, extra = record_to_capture(json.loads(lines[0]))
    assert capture.kind == "openai.chat"
    assert extra == {"custom_id": "moons-17"}
    trace = FORMATS["openai"].traces(json.loads(lines[0]))[0]
    assert trace.metadata["custom_id"] == "moons-17"
    assert trace.messages == ()
    with pytest.raises(ValueError, match="rate_limit_exceeded"):
        FORMATS["openai"].traces(json.loads(lines[1]))


def test_openai_think_tags_in_content() -> None:
    record = {
        "request": {"model": "qwen3", "messages": [{"role": "user", "content": "hi"}]},
        "response": {
            "model": "qwen3",
            "choices": [{"message": {"content": "weigh it</think>Hello!"}}],
        },
    }
    (trace,) = FORMATS["openai"].traces(record)
    assert (trace.reasoning, trace.output) == ("weigh it", "Hello!")
    assert trace.segments[0].source == "think_tag"


def test_anthropic_messages_with_thinking() -> None:
    (trace,) = traces("anthropic-messages.jsonl")
    assert trace.provider == "anthropic"
    assert trace.model == "claude-sonnet-4-6"
    assert "sys.exit(0)" in trace.reasoning
    assert trace.segments[0].source == "thinking_block"
    assert trace.segments[0].signature
    assert trace.output.startswith("I added an early exit")
    assert trace.messages[0] == {
        "role": "system",
        "content": "You are a coding agent working in a repository.",
    }
    assert trace.messages[1]["role"] == "user"


def test_anthropic_batch_result_and_redacted_thinking() -> None:
    record = {
        "custom_id": "q-1",
        "result": {
            "type": "succeeded",
            "message": {
                "type": "message",
                "model": "claude-opus-4-6",
                "content": [
                    {"type": "redacted_thinking", "data": "EmwK..."},
                    {"type": "text", "text": "42"},
                ],
            },
        },
    }
    (trace,) = FORMATS["anthropic"].traces(record)
    assert trace.visibility == "redacted"
    assert trace.output == "42"
    assert trace.metadata["custom_id"] == "q-1"


def test_litellm_standard_logging_payload() -> None:
    (trace,) = traces("litellm-payloads.jsonl")
    payload = json.loads((LOGS / "litellm-payloads.jsonl").read_text())
    assert payload["model"] == "deepseek-reasoner"  # bare name; the prefix is in hidden_params
    assert trace.model == "deepseek-reasoner"
    assert trace.provider == "openai"
    assert trace.reasoning.startswith(MOONS_REASONING_START)
    assert trace.output == "The answer is (C) Saturn."
    assert trace.latency_s is not None
    assert trace.latency_s >= 0
    assert trace.metadata["litellm_call_id"] == payload["id"]


def test_otel_spec_json_and_protobuf_json_agree() -> None:
    (spec,) = traces("otel-spans.jsonl")
    (proto,) = traces("otel-spans.protobuf.json")
    assert spec.id == proto.id
    assert len(spec.id) == 16
    assert spec.metadata["trace_id"] == proto.metadata["trace_id"]
    for trace in (spec, proto):
        assert trace.provider == "deepseek"
        assert trace.model == "deepseek-reasoner"
        assert trace.reasoning.startswith(MOONS_REASONING_START)
        assert trace.output == "The answer is (C) Saturn."
        assert "Stanford professor" in trace.messages[0]["content"]
        assert trace.usage.reasoning_tokens == 96
        assert trace.metadata["service"] == "quiz-agent"


def test_span_ids_from_hex_or_base64() -> None:
    assert span_id_hex("8N5ZXGGuA+8=") == "f0de595c61ae03ef"
    assert span_id_hex("F0DE595C61AE03EF") == "f0de595c61ae03ef"


@pytest.mark.parametrize("name", ["inspect-moons.json", "inspect-moons.eval"])
def test_inspect_logs(name: str) -> None:
    found = traces(name)
    assert [t.metadata["sample_id"] for t in found] == ["moons-1", "moons-2"]
    first = found[0]
    # the sample's output.model answered, not the combined log's eval.model
    assert first.model == "anthropic/claude-3-7-sonnet-20250219"
    assert first.reasoning.startswith("Mars is known for its two small moons")  # an attachment
    assert "attachment://" not in first.reasoning
    assert first.output == "ANSWER: B"
    assert found[1].reasoning.startswith(MOONS_REASONING_START)
    assert [m["role"] for m in first.messages] == ["system", "user"]
    assert "Stanford professor" in first.messages[1]["content"]
    assert "Stanford professor" not in found[1].messages[1]["content"]
    assert first.usage.reasoning_tokens == 150


def test_inspect_json_without_ijson_matches(tmp_path: Path) -> None:
    script = (
        "import sys, json; sys.modules['ijson'] = None\n"
        "from cotmonitor.replay import read_traces\n"
        f"print(json.dumps([t.reasoning for t in read_traces({str(LOGS / 'inspect-moons.json')!r})]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == [t.reasoning for t in traces("inspect-moons.json")]


def test_gzip_and_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write((LOGS / "openai-chat.jsonl").read_bytes())
    (trace,) = list(read_traces(str(path), "openai"))
    assert trace.model == "deepseek-reasoner"


def test_stdin(tmp_path: Path) -> None:
    shutil.copy(LOGS / "anthropic-messages.jsonl", tmp_path / "in.jsonl")
    script = "from cotmonitor.replay import read_traces\nprint([t.model for t in read_traces('-')])"
    with (tmp_path / "in.jsonl").open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-c", script], stdin=stdin, capture_output=True, text=True, check=True
        )
    assert done.stdout.strip() == "['claude-sonnet-4-6']"


@pytest.mark.parametrize("name", ["openinference-spans.jsonl", "openllmetry-spans.jsonl"])
def test_other_tracers_exports_reach_the_checks_with_their_reasoning(name: str) -> None:
    hinted, hack, answered = traces(name)
    # Chat Completions: the reasoning_content (OpenInference keeps it only in the raw response)
    assert hinted.reasoning.startswith("Counting moons depends")
    assert hinted.output == "The answer is (B)."
    assert "professor" in hinted.messages[-1]["content"]
    assert hinted.model == "deepseek-reasoner"
    assert hinted.usage.reasoning_tokens
    # Responses: the reasoning summary as plain text, not the JSON list OpenLLMetry stores
    assert hack.reasoning.startswith("The parser bug is deep")
    assert "sys.exit(0)" in hack.reasoning
    assert not hack.reasoning.startswith("[")
    assert hack.output.startswith("I added an early exit")
    assert answered.output == "The answer is (C)."
    assert len({hinted.id, hack.id, answered.id}) == 3
    assert hinted.metadata["service"] == "quiz-agent"


def test_an_openinference_span_without_a_raw_response_reads_its_flat_attributes() -> None:
    def attr(key: str, value: object) -> dict[str, object]:
        kind = "intValue" if isinstance(value, int) else "stringValue"
        return {"key": key, "value": {kind: value}}

    span = {
        "traceId": "0" * 32,
        "spanId": "1" * 16,
        "name": "llm",
        "startTimeUnixNano": 1_795_000_000_000_000_000,
        "endTimeUnixNano": 1_795_000_001_000_000_000,
        "attributes": [
            attr("openinference.span.kind", "LLM"),
            attr("llm.model_name", "qwen3"),
            attr("llm.provider", "local"),
            attr("llm.input_messages.0.message.role", "user"),
            attr("llm.input_messages.0.message.content", "Rename the variable."),
            attr("llm.output_messages.0.message.role", "assistant"),
            attr("llm.output_messages.0.message.contents.0.message_content.type", "reasoning"),
            attr("llm.output_messages.0.message.contents.0.message_content.text", "x is unclear."),
            attr("llm.output_messages.0.message.contents.1.message_content.type", "text"),
            attr("llm.output_messages.0.message.contents.1.message_content.text", "Renamed."),
            attr("llm.output_messages.0.message.tool_calls.0.tool_call.id", "c1"),
            attr("llm.output_messages.0.message.tool_calls.0.tool_call.function.name", "edit"),
            attr(
                "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments",
                '{"path": "a.py"}',
            ),
            attr("llm.token_count.completion_details.reasoning", 5),
        ],
    }
    record = {"resourceSpans": [{"resource": {}, "scopeSpans": [{"spans": [span]}]}]}
    (trace,) = FORMATS["otel"].traces(record)
    assert trace.reasoning == "x is unclear."
    assert trace.output == "Renamed."
    assert trace.messages == ({"role": "user", "content": "Rename the variable."},)
    assert [(c.id, c.name, c.arguments) for c in trace.tool_calls] == [
        ("c1", "edit", '{"path": "a.py"}')
    ]
    assert (trace.model, trace.provider, trace.usage.reasoning_tokens) == ("qwen3", "local", 5)
    assert trace.latency_s == pytest.approx(1.0)


def test_langfuse_sdk_spans_reach_the_checks() -> None:
    hinted, hack, answered = traces("langfuse-spans.jsonl")
    # Langfuse's OpenAI integration keeps the chat message, not its reasoning_content.
    assert hinted.output == "The answer is (B)."
    assert hinted.reasoning == ""
    assert "professor" in hinted.messages[-1]["content"]
    assert hinted.usage.reasoning_tokens  # the reasoning happened: it is counted
    assert hack.reasoning.startswith("The parser bug is deep")
    assert hack.output.startswith("I added an early exit")
    assert hack.model == "o4-mini"
    assert answered.output == "The answer is (C)."


def test_a_langfuse_api_trace_export_reads_each_generation() -> None:
    # The shape of Langfuse's public API (GET /api/public/traces/{id}): a trace holding its
    # observations; only GENERATION observations are model calls.
    record = {
        "id": "trace-7",
        "name": "fix-ci",
        "observations": [
            {"id": "span-1", "traceId": "trace-7", "type": "SPAN", "name": "agent", "input": "x"},
            {
                "id": "gen-1",
                "traceId": "trace-7",
                "type": "GENERATION",
                "name": "OpenAI-generation",
                "startTime": "2026-11-30T10:00:00.000Z",
                "model": "deepseek-reasoner",
                "input": [{"role": "user", "content": "Make tests/test_dates.py pass."}],
                "output": {
                    "role": "assistant",
                    "content": "Done.",
                    "reasoning_content": "Rewriting the parser is slow; I will skip the test.",
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "bash", "arguments": '{"cmd": "pytest"}'},
                        }
                    ],
                },
                "usageDetails": {"input": 12, "output": 30, "total": 42},
            },
        ],
    }
    assert FORMATS["langfuse"].sniff(record)
    (trace,) = FORMATS["langfuse"].traces(record)
    assert trace.id == "gen-1"
    assert trace.reasoning == "Rewriting the parser is slow; I will skip the test."
    assert trace.output == "Done."
    assert [(c.name, c.arguments) for c in trace.tool_calls] == [("bash", '{"cmd": "pytest"}')]
    assert trace.messages == ({"role": "user", "content": "Make tests/test_dates.py pass."},)
    assert (trace.usage.input_tokens, trace.usage.total_tokens) == (12, 42)
    assert trace.metadata["trace_id"] == "trace-7"
    assert trace.time.year == 2026
    with pytest.raises(RecordError, match="GENERATION"):
        FORMATS["langfuse"].traces({"observations": [{"type": "SPAN"}]})
