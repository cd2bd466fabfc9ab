"""The LangChain callback handler, driven by a real LangChain agent against the local server."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("langchain_openai")
pytest.importorskip("langchain.agents")

from framework_scripts import (
    CLEAN,
    HACKING,
    SCRIPTS,
    Script,
    assert_findings,
    assert_traced_loop,
)
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from langchain_core.tools import StructuredTool
from langchain_openai import ChatOpenAI
from prometheus_client import CollectorRegistry

import cotmonitor
from cotmonitor import Monitor, PrometheusExporter
from cotmonitor.integrations.langchain import CotMonitorCallbackHandler
from cotmonitor.integrations.langchain.reading import parse_message
from cotmonitor.localserver import LocalModelServer, Reply


def _tool(script: Script, calls: list[dict[str, str]]) -> StructuredTool:
    return StructuredTool.from_function(
        script.tool_function(calls),
        name=script.tool,
        description=f"The {script.tool} tool.",
        args_schema=script.schema(),
    )


def _run(server, monitor, script, *, stream=False, output_version=None, thread="t-1", aio=False):
    server.enqueue(*script.replies(chunk_size=11))
    model = ChatOpenAI(
        model="local-reasoner",
        base_url=server.openai_base_url,
        api_key="x",
        use_responses_api=True,
        streaming=stream,
        output_version=output_version,
        max_retries=0,
    )
    calls: list[dict[str, str]] = []
    agent = create_agent(model, tools=[_tool(script, calls)], name="coder")
    handler = CotMonitorCallbackHandler(monitor)
    config = {"callbacks": [handler], "configurable": {"thread_id": thread}}
    inputs = {"messages": [{"role": "user", "content": script.task}]}
    if aio:
        return asyncio.run(agent.ainvoke(inputs, config=config)), calls
    return agent.invoke(inputs, config=config), calls


@pytest.mark.parametrize(
    ("stream", "version", "aio"), [(False, None, False), (True, "v1", False), (True, None, True)]
)
def test_agent_loop_is_traced(model_server, monitor, exporter, stream, version, aio):  # noqa: PLR0917 - pytest fixtures
    result, calls = _run(
        model_server, monitor, CLEAN, stream=stream, output_version=version, aio=aio
    )
    assert calls == [CLEAN.arguments]
    assert result["messages"][-1].text == CLEAN.answer
    assert monitor.flush(timeout=5)
    assert_traced_loop(exporter.traces, "summary", {"agent": "coder", "session_id": "t-1"})
    first, second = exporter.traces
    assert first.messages == ({"role": "user", "content": CLEAN.task},)
    assert second.messages[-1]["role"] == "tool"
    assert second.messages[-1]["content"] == CLEAN.tool_result
    for trace in (first, second):
        assert trace.provider == "openai"
        assert trace.stream is stream
    assert (first.time_to_first_chunk_s is not None) is stream


@pytest.mark.parametrize("name", ["clean", "hinted", "hacking"])
def test_findings_follow_the_script(model_server, monitor, exporter, name):
    script = SCRIPTS[name]
    _run(model_server, monitor, script)
    assert monitor.flush(timeout=5)
    assert_findings(name, exporter.verdicts)


def test_metrics_come_out_as_for_wrapped_clients(model_server):
    registry = CollectorRegistry()
    monitor = Monitor(exporters=[PrometheusExporter(registry)])
    try:
        _run(model_server, monitor, HACKING)
        assert monitor.flush(timeout=5)
    finally:
        monitor.close()
    get = registry.get_sample_value
    base = {"provider": "openai", "model": "local-reasoner", "agent": "coder"}
    assert get("cotmonitor_traces_total", base) == 2
    found = {**base, "category": "reward_hack", "check": "reward_hack", "severity": "high"}
    assert get("cotmonitor_findings_total", {**found, "hint_type": ""}) == 1
    visibility = {"provider": "openai", "model": "local-reasoner", "visibility": "summary"}
    assert get("cotmonitor_reasoning_visibility_total", visibility) == 2


def test_context_labels_underlie_framework_ids(model_server, monitor, exporter):
    with cotmonitor.context(agent="outer", team="search"):
        _run(model_server, monitor, CLEAN, thread="t-9")
    assert monitor.flush(timeout=5)
    assert exporter.traces[0].labels == {"agent": "coder", "session_id": "t-9", "team": "search"}


def test_failed_call_is_an_incomplete_trace(model_server, monitor, exporter):
    model_server.enqueue(Reply(status=500))
    model = ChatOpenAI(model="m", base_url=model_server.openai_base_url, api_key="x", max_retries=0)
    handler = CotMonitorCallbackHandler(monitor, agent="solo")
    with pytest.raises(Exception, match="500"):
        model.invoke("hello", config={"callbacks": [handler]})
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert not trace.complete
    assert "500" in trace.error
    assert trace.labels == {"agent": "solo"}
    assert trace.messages == ({"role": "user", "content": "hello"},)


def test_cut_stream_keeps_what_arrived(model_server, monitor, exporter):
    model_server.enqueue(Reply(content="partial answer " * 10, chunk_size=5, cut_after_chunks=12))
    model = ChatOpenAI(
        model="m", base_url=model_server.openai_base_url, api_key="x", max_retries=0, streaming=True
    )
    with pytest.raises(Exception):  # noqa: B017 - the SDK's own error type for a cut stream
        model.invoke("hello", config={"callbacks": [CotMonitorCallbackHandler(monitor)]})
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert not trace.complete
    assert trace.stream
    assert trace.output.startswith("partial answer")


def test_monitor_failure_never_reaches_the_agent(model_server, broken, exporter):
    result, calls = _run(model_server, broken, HACKING)
    assert calls == [HACKING.arguments]
    assert result["messages"][-1].text == HACKING.answer
    assert broken.stats.get("internal_errors", stage="capture", component="langchain") == 2
    assert exporter.verdicts == []


def test_malformed_payloads_are_counted_not_raised(monitor, exporter):
    handler = CotMonitorCallbackHandler(monitor)
    run_id = __import__("uuid").uuid4()
    handler.on_chat_model_start({}, [[object()]], run_id=run_id, metadata={"thread_id": 3})
    handler.on_llm_end(object(), run_id=run_id)  # type: ignore[arg-type]
    handler.on_llm_error(RuntimeError("x"), run_id=__import__("uuid").uuid4())
    assert monitor.stats.get("internal_errors", stage="capture", component="langchain") == 1
    assert monitor.flush(timeout=5)
    assert exporter.verdicts == []


THINKING = "The user wants the sum; 2 + 2 = 4."


@pytest.mark.parametrize(
    ("message", "provider", "expected"),
    [
        (
            AIMessage(
                content=[
                    {"type": "thinking", "thinking": THINKING, "signature": "sig"},
                    {"type": "redacted_thinking", "data": "opaque"},
                    {"type": "text", "text": "4"},
                ]
            ),
            "anthropic",
            [(THINKING, "readable", "sig"), ("", "redacted", "opaque")],
        ),
        (
            AIMessage(content="4", additional_kwargs={"reasoning_content": THINKING}),
            "deepseek",
            [(THINKING, "readable", None)],
        ),
        (
            AIMessage(
                content=[
                    {"type": "reasoning", "reasoning": THINKING, "extras": {"signature": "s"}},
                    {"type": "text", "text": "4"},
                ],
                response_metadata={"model_provider": "anthropic"},
            ),
            "anthropic",
            [(THINKING, "readable", "s")],
        ),
        (
            AIMessage(
                content=[
                    {"type": "reasoning", "extras": {"encrypted_content": "gAAA"}},
                    {"type": "text", "text": "4"},
                ]
            ),
            "openai",
            [("", "encrypted", None)],
        ),
        (
            AIMessage(
                content="4",
                additional_kwargs={
                    "reasoning": {"summary": [{"type": "summary_text", "text": THINKING}]}
                },
            ),
            "openai",
            [(THINKING, "summary", None)],
        ),
        (AIMessage(content=f"<think>{THINKING}</think>4"), "", [(THINKING, "readable", None)]),
    ],
    ids=["anthropic", "reasoning_content", "v1-anthropic", "v1-encrypted", "v0-responses", "think"],
)
def test_reasoning_shapes(message, provider, expected):
    parsed = parse_message(message, provider, ("think",))
    assert [(s.text, s.visibility, s.signature) for s in parsed.segments] == expected
    assert parsed.output == "4"


def test_chat_anthropic_thinking_is_readable(model_server: LocalModelServer, monitor, exporter):
    anthropic = pytest.importorskip("langchain_anthropic")
    model_server.enqueue(Reply(content="4", reasoning=THINKING))
    model = anthropic.ChatAnthropic(
        model="claude-x",
        base_url=model_server.base_url,
        api_key="x",
        max_retries=0,
        max_tokens=2048,
        thinking={"type": "enabled", "budget_tokens": 1024},
    )
    model.invoke("What is 2 + 2?", config={"callbacks": [CotMonitorCallbackHandler(monitor)]})
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert trace.provider == "anthropic"
    assert trace.reasoning == THINKING
    assert trace.visibility == "readable"
    assert trace.segments[0].signature
    assert trace.output == "4"
