"""The Agents SDK tracing processor, driven by a real ``Agent`` and ``Runner`` against the local
server, through both of the SDK's OpenAI models (Responses and Chat Completions)."""

from __future__ import annotations

import asyncio
import json

import pytest

pytest.importorskip("agents")

from agents import (
    Agent,
    FunctionTool,
    OpenAIChatCompletionsModel,
    OpenAIResponsesModel,
    RunConfig,
    Runner,
    set_trace_processors,
    set_tracing_disabled,
)
from framework_scripts import (
    CLEAN,
    HACKING,
    SCRIPTS,
    Script,
    assert_findings,
    assert_traced_loop,
)
from openai import AsyncOpenAI

import cotmonitor
from cotmonitor.integrations.openai_agents import CotMonitorTracingProcessor
from cotmonitor.integrations.openai_agents.spans import span_capture
from cotmonitor.localserver import Reply


@pytest.fixture
def register():
    """Install processors for one test only (and never the SDK's uploading default)."""
    set_tracing_disabled(False)

    def install(*processors):
        set_trace_processors(list(processors))

    yield install
    set_trace_processors([])


def _tool(script: Script, calls: list[dict[str, str]]) -> FunctionTool:
    async def invoke(_ctx, arguments: str) -> str:
        calls.append(json.loads(arguments))
        return script.tool_result

    return FunctionTool(
        name=script.tool,
        description=f"The {script.tool} tool.",
        params_json_schema=script.schema(),
        on_invoke_tool=invoke,
    )


def _run(server, script, *, api="responses", group="conv-1", stream=False, **reply):
    server.enqueue(*script.replies(**reply))
    client = AsyncOpenAI(base_url=server.openai_base_url, api_key="x", max_retries=0)
    model_class = OpenAIResponsesModel if api == "responses" else OpenAIChatCompletionsModel
    model = model_class(model="local-reasoner", openai_client=client)
    calls: list[dict[str, str]] = []
    agent = Agent(name="coder", instructions="Answer.", model=model, tools=[_tool(script, calls)])
    config = RunConfig(group_id=group)
    if not stream:
        return Runner.run_sync(agent, script.task, run_config=config), calls

    async def consume():
        result = Runner.run_streamed(agent, script.task, run_config=config)
        async for _event in result.stream_events():
            pass
        return result

    return asyncio.run(consume()), calls


@pytest.mark.parametrize(
    ("api", "stream"), [("responses", False), ("chat", False), ("responses", True)]
)
def test_agent_run_is_traced(model_server, monitor, exporter, register, api, stream):  # noqa: PLR0917 - pytest fixtures
    register(CotMonitorTracingProcessor(monitor))
    result, calls = _run(model_server, CLEAN, api=api, stream=stream, chunk_size=9)
    assert calls == [CLEAN.arguments]
    assert result.final_output == CLEAN.answer
    assert monitor.flush(timeout=5)
    expected = "summary" if api == "responses" else "readable"
    labels = {"agent": "coder", "session_id": "conv-1"}
    assert_traced_loop(exporter.traces, expected, labels)
    first, second = exporter.traces
    assert CLEAN.task in [text for _i, _role, text in first.prompt_texts()]
    for trace in (first, second):
        assert trace.operation == ("responses" if api == "responses" else "chat")


def test_encrypted_reasoning_is_marked(model_server, monitor, exporter, register):
    register(CotMonitorTracingProcessor(monitor))
    model_server.enqueue(Reply(content="4", reasoning="", encrypted=True))
    client = AsyncOpenAI(base_url=model_server.openai_base_url, api_key="x", max_retries=0)
    agent = Agent(name="solver", model=OpenAIResponsesModel(model="m", openai_client=client))
    Runner.run_sync(agent, "What is 2 + 2?")
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert trace.visibility == "encrypted"
    assert trace.reasoning == ""
    assert trace.labels["agent"] == "solver"
    assert len(trace.labels["session_id"]) > 8  # the SDK's trace id, with no group id given


@pytest.mark.parametrize("name", ["clean", "hinted", "hacking"])
def test_findings_follow_the_script(model_server, monitor, exporter, register, name):
    register(CotMonitorTracingProcessor(monitor))
    _run(model_server, SCRIPTS[name])
    assert monitor.flush(timeout=5)
    assert_findings(name, exporter.verdicts)


def test_registered_labels_win_and_context_labels_stay(model_server, monitor, exporter, register):
    register(CotMonitorTracingProcessor(monitor, agent="fixed", tier="gold"))
    with cotmonitor.context(team="search"):
        _run(model_server, CLEAN)
    assert monitor.flush(timeout=5)
    assert exporter.traces[0].labels == {
        "agent": "fixed",
        "session_id": "conv-1",
        "team": "search",
        "tier": "gold",
    }


def test_failed_model_call_is_an_incomplete_trace(model_server, monitor, exporter, register):
    register(CotMonitorTracingProcessor(monitor))
    model_server.enqueue(Reply(status=500))
    client = AsyncOpenAI(base_url=model_server.openai_base_url, api_key="x", max_retries=0)
    agent = Agent(name="solver", model=OpenAIResponsesModel(model="m", openai_client=client))
    with pytest.raises(Exception, match="500"):
        Runner.run_sync(agent, "What is 2 + 2?")
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert not trace.complete
    assert "Error getting response" in trace.error


def test_monitor_failure_never_reaches_the_agent(model_server, broken, exporter, register):
    register(CotMonitorTracingProcessor(broken))
    result, calls = _run(model_server, HACKING)
    assert calls == [HACKING.arguments]
    assert result.final_output == HACKING.answer
    assert broken.stats.get("internal_errors", stage="capture", component="openai_agents") == 2
    assert exporter.verdicts == []


def test_malformed_spans_are_counted_not_raised(monitor, exporter):
    processor = CotMonitorTracingProcessor(monitor)
    processor.on_span_start(object())
    processor.on_span_end(object())
    processor.on_trace_start(object())
    assert monitor.stats.get("internal_errors", stage="capture", component="openai_agents") == 3
    assert span_capture(object(), {}) is None
    assert monitor.flush(timeout=5)
    assert exporter.verdicts == []
