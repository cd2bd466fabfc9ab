"""The Agents SDK guardrails, in a real ``Agent`` and ``Runner`` loop against the local server."""

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
    OutputGuardrailTripwireTriggered,
    RunConfig,
    Runner,
    ToolInputGuardrailTripwireTriggered,
    set_trace_processors,
    set_tracing_disabled,
)
from framework_scripts import CLEAN, HACKING, Script
from openai import AsyncOpenAI

from cotmonitor import GuardPolicy, GuardRule, Monitor
from cotmonitor.integrations.openai_agents import CotMonitorGuardrails
from cotmonitor.localserver import Reply


@pytest.fixture(autouse=True)
def _tracing_without_export():
    """Tracing on (the session id is its group id), with no processor: nothing is uploaded."""
    set_tracing_disabled(False)
    set_trace_processors([])
    yield
    set_trace_processors([])


def _agent(server, guard: CotMonitorGuardrails, script: Script, calls, *, api="responses"):
    async def invoke(_ctx, arguments: str) -> str:
        calls.append(json.loads(arguments))
        return script.tool_result

    tool = FunctionTool(
        name=script.tool,
        description=f"The {script.tool} tool.",
        params_json_schema=script.schema(),
        on_invoke_tool=invoke,
        tool_input_guardrails=[guard.tool_input],
    )
    client = AsyncOpenAI(base_url=server.openai_base_url, api_key="x", max_retries=0)
    model_class = OpenAIResponsesModel if api == "responses" else OpenAIChatCompletionsModel
    return Agent(
        name="coder",
        instructions="Answer.",
        model=model_class(model="local-reasoner", openai_client=client),
        tools=[tool],
        output_guardrails=[guard.output],
    )


def _run(server, guard, script, calls, *, api="responses", hooks=True, replies=None):
    server.enqueue(*(replies or script.replies()))
    agent = _agent(server, guard, script, calls, api=api)
    config = RunConfig(group_id="conv-1")
    return Runner.run_sync(agent, script.task, run_config=config, hooks=guard if hooks else None)


@pytest.mark.parametrize("api", ["responses", "chat"])
def test_hacking_tool_call_trips_before_the_tool_runs(model_server, monitor, exporter, api):
    guard = CotMonitorGuardrails(monitor)
    calls: list[dict[str, str]] = []
    with pytest.raises(ToolInputGuardrailTripwireTriggered) as raised:
        _run(model_server, guard, HACKING, calls, api=api)
    assert calls == []
    info = raised.value.output.output_info
    assert info["action"] == "block"
    assert info["rule"] == "block-reward-hack"
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.trace.id == info["trace_id"]
    assert verdict.trace.reasoning == HACKING.first
    assert verdict.trace.labels == {"agent": "coder", "session_id": "conv-1"}
    assert [c.name for c in verdict.trace.tool_calls] == [HACKING.tool]


def test_hacking_final_answer_trips_the_output_guardrail(model_server, monitor):
    guard = CotMonitorGuardrails(monitor)
    reply = Reply(reasoning=HACKING.first, content=HACKING.answer)
    with pytest.raises(OutputGuardrailTripwireTriggered) as raised:
        _run(model_server, guard, HACKING, [], replies=(reply,))
    info = raised.value.guardrail_result.output.output_info
    assert info["rule"] == "block-reward-hack"


def test_clean_run_passes(model_server, monitor, exporter):
    guard = CotMonitorGuardrails(monitor)
    calls: list[dict[str, str]] = []
    result = _run(model_server, guard, CLEAN, calls)
    assert calls == [CLEAN.arguments]
    assert result.final_output == CLEAN.answer
    assert monitor.flush(timeout=5)
    assert [v.guard.action for v in exporter.verdicts] == ["allow", "allow"]


def test_strip_rejects_the_call_and_the_run_goes_on(model_server, monitor):
    strip = GuardPolicy(
        rules=(GuardRule(id="strip", action="strip_tool_calls", categories={"reward_hack"}),)
    )
    guard = CotMonitorGuardrails(monitor, strip)
    calls: list[dict[str, str]] = []
    result = _run(model_server, guard, HACKING, calls)
    assert calls == []
    assert result.final_output == HACKING.answer
    [rejected] = result.tool_input_guardrail_results
    assert rejected.output.behavior["type"] == "reject_content"
    # The model is told the rule, not the evidence.
    assert rejected.output.behavior["message"] == (
        "The tool call was rejected by policy rule 'strip'; it did not run."
    )


def test_without_hooks_the_tool_call_itself_is_decided(model_server, monitor, exporter):
    guard = CotMonitorGuardrails(monitor)
    calls: list[dict[str, str]] = []
    # No reasoning reaches the guardrail: the rules read the tool call's arguments alone.
    with pytest.raises(ToolInputGuardrailTripwireTriggered):
        _run(model_server, guard, HACKING, calls, hooks=False)
    assert calls == []
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.trace.reasoning == ""
    assert verdict.trace.metadata["reasoning_unseen"] is True


class _BrokenMonitor(Monitor):
    """A monitor failing inside: its checks cannot be run."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = None


def test_monitor_failure_fails_open(model_server):
    monitor = _BrokenMonitor()
    guard = CotMonitorGuardrails(monitor)
    calls: list[dict[str, str]] = []
    try:
        result = _run(model_server, guard, HACKING, calls)
    finally:
        monitor.close()
    assert calls == [HACKING.arguments]
    assert result.final_output == HACKING.answer
    # Two model responses, one tool call, one final output: each decision failed and was let by.
    assert monitor.stats.get("internal_errors", stage="guard") == 4


def test_fail_closed_trips_when_the_monitor_fails(model_server):
    monitor = _BrokenMonitor()
    guard = CotMonitorGuardrails(monitor, GuardPolicy(on_error="fail_closed"))
    calls: list[dict[str, str]] = []
    try:
        with pytest.raises(ToolInputGuardrailTripwireTriggered):
            _run(model_server, guard, CLEAN, calls)
    finally:
        monitor.close()
    assert calls == []


def test_streamed_run_trips_before_the_tool_runs(model_server, monitor):
    guard = CotMonitorGuardrails(monitor)
    calls: list[dict[str, str]] = []
    model_server.enqueue(*HACKING.replies(chunk_size=9))
    agent = _agent(model_server, guard, HACKING, calls)

    async def consume():
        result = Runner.run_streamed(agent, HACKING.task, hooks=guard)
        async for _event in result.stream_events():
            pass

    with pytest.raises(ToolInputGuardrailTripwireTriggered):
        asyncio.run(consume())
    assert calls == []
