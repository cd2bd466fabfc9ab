"""The Pydantic AI guard capability, in a real ``Agent`` run against the local server."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("pydantic_ai")
pytest.importorskip("pydantic_ai.models.openai")

from framework_scripts import CLEAN, HACKING, Script
from pydantic_ai import Agent, Tool
from pydantic_ai.models.openai import OpenAIResponsesModel
from pydantic_ai.providers.openai import OpenAIProvider

from cotmonitor import GuardBlocked, GuardPolicy, GuardRule, Monitor
from cotmonitor.integrations.pydantic_ai import CotMonitorGuardCapability


def _agent(server, script: Script, calls, guard):
    function = script.tool_function(calls)
    tool = Tool.from_schema(function, script.tool, f"The {script.tool} tool.", script.schema())
    provider = OpenAIProvider(base_url=server.openai_base_url, api_key="x")
    model = OpenAIResponsesModel("local-reasoner", provider=provider)
    return Agent(model, name="coder", tools=[tool], capabilities=[guard])


def _run(server, guard, script, *, stream=False, calls=None):
    server.enqueue(*script.replies(chunk_size=13))
    calls = [] if calls is None else calls
    agent = _agent(server, script, calls, guard)
    if stream:

        async def consume():
            async with agent.run_stream(script.task, conversation_id="conv-7") as run:
                return await run.get_output()

        return asyncio.run(consume()), calls
    return agent.run_sync(script.task, conversation_id="conv-7").output, calls


@pytest.mark.parametrize("stream", [False, True])
def test_hacking_response_is_blocked_before_its_tool_runs(model_server, monitor, exporter, stream):
    calls: list[dict[str, str]] = []
    with pytest.raises(GuardBlocked) as raised:
        _run(model_server, CotMonitorGuardCapability(monitor), HACKING, stream=stream, calls=calls)
    assert calls == []
    assert raised.value.rule == "block-reward-hack"
    assert "block-reward-hack" in str(raised.value)
    # The run ended: the model was asked once.
    assert len(model_server.requests) == 1
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.guard.action == "block"
    assert verdict.trace.reasoning == HACKING.first
    assert verdict.trace.labels == {"agent": "coder", "session_id": "conv-7"}


def test_clean_run_goes_on_and_each_response_is_exported_once(model_server, monitor, exporter):
    output, calls = _run(model_server, CotMonitorGuardCapability(monitor), CLEAN)
    assert calls == [CLEAN.arguments]
    assert output == CLEAN.answer
    assert monitor.flush(timeout=5)
    assert [v.guard.action for v in exporter.verdicts] == ["allow", "allow"]
    assert [v.trace.reasoning for v in exporter.verdicts] == [CLEAN.first, CLEAN.second]


def test_strip_removes_the_tool_calls(model_server, monitor, exporter):
    strip = GuardPolicy(
        rules=(GuardRule(id="strip", action="strip_tool_calls", categories={"reward_hack"}),)
    )
    output, calls = _run(model_server, CotMonitorGuardCapability(monitor, policy=strip), HACKING)
    assert calls == []
    assert "'strip'" in output
    assert len(model_server.requests) == 1


def test_warn_lets_the_tool_run(model_server, monitor, exporter):
    warn = GuardPolicy(rules=(GuardRule(id="warn", action="warn", categories={"reward_hack"}),))
    output, calls = _run(model_server, CotMonitorGuardCapability(monitor, policy=warn), HACKING)
    assert calls == [HACKING.arguments]
    assert output == HACKING.answer
    assert monitor.flush(timeout=5)
    assert exporter.verdicts[0].guard.action == "warn"
    assert exporter.verdicts[0].alert


class _BrokenGuardMonitor(Monitor):
    """A monitor failing inside: its checks cannot be run, its exporters refuse verdicts."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = None

    def publish(self, verdict, *, early=False):
        raise RuntimeError("monitor is broken")


def test_monitor_failure_fails_open(model_server):
    monitor = _BrokenGuardMonitor()
    try:
        output, calls = _run(model_server, CotMonitorGuardCapability(monitor), HACKING)
    finally:
        monitor.close()
    assert calls == [HACKING.arguments]
    assert output == HACKING.answer
    assert monitor.stats.get("internal_errors", stage="guard") == 2


def test_fail_closed_blocks_when_the_monitor_fails(model_server):
    monitor = _BrokenGuardMonitor()
    guard = CotMonitorGuardCapability(monitor, policy=GuardPolicy(on_error="fail_closed"))
    calls: list[dict[str, str]] = []
    try:
        with pytest.raises(GuardBlocked) as raised:
            _run(model_server, guard, CLEAN, calls=calls)
    finally:
        monitor.close()
    assert raised.value.rule == "on_error"
    assert calls == []
