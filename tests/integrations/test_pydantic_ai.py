"""The Pydantic AI capability, driven by a real ``Agent`` against the local server."""

from __future__ import annotations

import pytest

pytest.importorskip("pydantic_ai")
pytest.importorskip("pydantic_ai.models.openai")

from framework_scripts import (
    CLEAN,
    HACKING,
    SCRIPTS,
    Script,
    assert_findings,
    assert_traced_loop,
)
from pydantic_ai import Agent, Tool
from pydantic_ai.messages import ModelResponse, TextPart, ThinkingPart
from pydantic_ai.models.openai import OpenAIChatModel, OpenAIResponsesModel
from pydantic_ai.providers.openai import OpenAIProvider

import cotmonitor
from cotmonitor.integrations.pydantic_ai import CotMonitorCapability
from cotmonitor.integrations.pydantic_ai.reading import parse_response
from cotmonitor.localserver import Reply


def _tool(script: Script, calls: list[dict[str, str]]) -> Tool:
    function = script.tool_function(calls)
    return Tool.from_schema(function, script.tool, f"The {script.tool} tool.", script.schema())


def _model(server, api="responses"):
    provider = OpenAIProvider(base_url=server.openai_base_url, api_key="x")
    model_class = OpenAIResponsesModel if api == "responses" else OpenAIChatModel
    return model_class("local-reasoner", provider=provider)


def _run(server, monitor, script, *, api="responses", stream=False, **capability):
    server.enqueue(*script.replies(chunk_size=13))
    calls: list[dict[str, str]] = []
    agent = Agent(
        _model(server, api),
        name="coder",
        tools=[_tool(script, calls)],
        capabilities=[CotMonitorCapability(monitor, **capability)],
    )
    if stream:

        async def consume():
            async with agent.run_stream(script.task, conversation_id="conv-7") as run:
                return await run.get_output()

        import asyncio

        return asyncio.run(consume()), calls
    return agent.run_sync(script.task, conversation_id="conv-7").output, calls


@pytest.mark.parametrize(
    ("api", "stream"), [("responses", False), ("chat", False), ("responses", True)]
)
def test_agent_run_is_traced(model_server, monitor, exporter, api, stream):
    output, calls = _run(model_server, monitor, CLEAN, api=api, stream=stream)
    assert calls == [CLEAN.arguments]
    assert output == CLEAN.answer
    assert monitor.flush(timeout=5)
    expected = "summary" if api == "responses" else "readable"
    labels = {"agent": "coder", "session_id": "conv-7"}
    assert_traced_loop(exporter.traces, expected, labels)
    first, second = exporter.traces
    assert first.messages[-1] == {"role": "user", "content": CLEAN.task}
    assert second.messages[-1]["role"] == "tool"
    assert second.messages[-1]["content"] == CLEAN.tool_result
    for trace in (first, second):
        assert trace.provider == "openai"
        assert trace.stream is stream


@pytest.mark.parametrize("name", ["clean", "hinted", "hacking"])
def test_findings_follow_the_script(model_server, monitor, exporter, name):
    _run(model_server, monitor, SCRIPTS[name])
    assert monitor.flush(timeout=5)
    assert_findings(name, exporter.verdicts)


def test_registered_labels_win_over_agent_name(model_server, monitor, exporter):
    with cotmonitor.context(team="search"):
        _run(model_server, monitor, CLEAN, agent="fixed", labels={"tier": "gold"})
    assert monitor.flush(timeout=5)
    assert exporter.traces[0].labels == {
        "agent": "fixed",
        "session_id": "conv-7",
        "team": "search",
        "tier": "gold",
    }


def test_failed_model_call_is_an_incomplete_trace(model_server, monitor, exporter):
    model_server.enqueue(Reply(status=400))
    agent = Agent(_model(model_server), capabilities=[CotMonitorCapability(monitor)])
    with pytest.raises(Exception, match="400"):
        agent.run_sync("What is 2 + 2?")
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert not trace.complete
    assert "400" in trace.error
    assert trace.messages == ({"role": "user", "content": "What is 2 + 2?"},)


def test_monitor_failure_never_reaches_the_agent(model_server, broken, exporter):
    output, calls = _run(model_server, broken, HACKING)
    assert calls == [HACKING.arguments]
    assert output == HACKING.answer
    assert broken.stats.get("internal_errors", stage="capture", component="pydantic_ai") == 2
    assert exporter.verdicts == []


@pytest.mark.parametrize(
    ("part", "provider", "expected"),
    [
        (
            ThinkingPart("step by step", signature="sig", provider_name="anthropic"),
            "anthropic",
            [("step by step", "readable", "sig")],
        ),
        (
            ThinkingPart("", id="redacted_thinking", signature="opaque", provider_name="anthropic"),
            "anthropic",
            [("", "redacted", "opaque")],
        ),
        (
            ThinkingPart("", id="rs_1", signature="gAAA", provider_name="openai"),
            "openai",
            [("", "encrypted", "gAAA")],
        ),
        (
            ThinkingPart(
                "a summary",
                id="rs_1",
                provider_name="openai",
                provider_details={"raw_content": ["raw text"]},
            ),
            "openai",
            [("a summary", "summary", None), ("raw text", "readable", None)],
        ),
        (
            ThinkingPart("the reasoning", id="reasoning_content", provider_name="openai"),
            "openai",
            [("the reasoning", "readable", None)],
        ),
    ],
    ids=["anthropic", "redacted", "encrypted", "raw-content", "chat-field"],
)
def test_thinking_parts(part, provider, expected):
    response = ModelResponse(parts=[part, TextPart("4")], provider_name=provider)
    parsed = parse_response(response, ())
    assert [(s.text, s.visibility, s.signature) for s in parsed.segments] == expected
    assert parsed.output == "4"
