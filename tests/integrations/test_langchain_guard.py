"""The LangChain guard middleware, in a real ``create_agent`` loop against the local server."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("langchain_openai")
pytest.importorskip("langchain.agents")

from framework_scripts import CLEAN, HACKING, Script
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from langchain_core.tools import StructuredTool
from langchain_openai import ChatOpenAI

from cotmonitor import GuardPolicy, GuardRule, Monitor
from cotmonitor.integrations.langchain import CotMonitorGuardMiddleware
from cotmonitor.integrations.langchain.middleware import GUARD_METADATA_KEY


def _run(server, middleware, script: Script, *, aio=False, thread="t-1"):
    server.enqueue(*script.replies())
    model = ChatOpenAI(
        model="local-reasoner",
        base_url=server.openai_base_url,
        api_key="x",
        use_responses_api=True,
        max_retries=0,
    )
    calls: list[dict[str, str]] = []
    tool = StructuredTool.from_function(
        script.tool_function(calls),
        name=script.tool,
        description=f"The {script.tool} tool.",
        args_schema=script.schema(),
    )
    agent = create_agent(model, tools=[tool], name="coder", middleware=[middleware])
    inputs = {"messages": [{"role": "user", "content": script.task}]}
    config = {"configurable": {"thread_id": thread}}
    if aio:
        return asyncio.run(agent.ainvoke(inputs, config=config)), calls
    return agent.invoke(inputs, config=config), calls


@pytest.mark.parametrize("aio", [False, True])
def test_hacking_plan_is_blocked_before_the_tool_runs(model_server, monitor, exporter, aio):
    result, calls = _run(model_server, CotMonitorGuardMiddleware(monitor), HACKING, aio=aio)
    assert calls == []
    last = result["messages"][-1]
    assert isinstance(last, AIMessage)
    assert not last.tool_calls
    assert last.text.startswith("cotmonitor guard blocked this response")
    assert "block-reward-hack" in last.text
    note = last.response_metadata[GUARD_METADATA_KEY]
    assert note["action"] == "block"
    assert note["rule"] == "block-reward-hack"
    # The blocked message replaced the model's: no dangling tool call in the conversation.
    assert [type(m).__name__ for m in result["messages"]] == ["HumanMessage", "AIMessage"]
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.guard is not None
    assert verdict.guard.action == "block"
    assert verdict.trace.id == note["trace_id"]
    assert verdict.trace.reasoning == HACKING.first
    assert verdict.trace.labels == {"agent": "coder", "session_id": "t-1"}
    assert verdict.trace.messages == ({"role": "user", "content": HACKING.task},)
    assert [c.name for c in verdict.trace.tool_calls] == [HACKING.tool]


def test_clean_run_goes_through(model_server, monitor, exporter):
    result, calls = _run(model_server, CotMonitorGuardMiddleware(monitor), CLEAN)
    assert calls == [CLEAN.arguments]
    assert result["messages"][-1].text == CLEAN.answer
    assert monitor.flush(timeout=5)
    assert [v.guard.action for v in exporter.verdicts if v.guard] == ["allow", "allow"]


def test_warn_lets_the_step_through_and_alerts(model_server, exporter):
    alerts = []
    monitor = Monitor(exporters=[exporter], on_alert=alerts.append)
    warn_only = GuardPolicy(rules=(GuardRule(id="warn-all", action="warn", alerting=True),))
    try:
        result, calls = _run(model_server, CotMonitorGuardMiddleware(monitor, warn_only), HACKING)
        assert monitor.flush(timeout=5)
    finally:
        monitor.close()
    assert calls == [HACKING.arguments]
    assert result["messages"][-1].text == HACKING.answer
    assert alerts[0].guard.action == "warn"


def test_strip_tool_calls_ends_on_the_answer_text(model_server, monitor):
    strip = GuardPolicy(
        rules=(GuardRule(id="strip", action="strip_tool_calls", categories={"reward_hack"}),)
    )
    result, calls = _run(model_server, CotMonitorGuardMiddleware(monitor, strip), HACKING)
    assert calls == []
    last = result["messages"][-1]
    assert not last.tool_calls
    assert last.response_metadata[GUARD_METADATA_KEY]["action"] == "strip_tool_calls"


class _RefusingMonitor(Monitor):
    """A monitor whose exporting fails (``Monitor.publish`` never raises; this one does)."""

    def publish(self, verdict, *, early=False):
        raise RuntimeError("monitor is broken")


class _BrokenGuardMonitor(_RefusingMonitor):
    """A monitor failing inside: its checks cannot be run, its exporters refuse verdicts."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = None


@pytest.mark.parametrize("aio", [False, True])
def test_monitor_failure_fails_open(model_server, aio):
    monitor = _BrokenGuardMonitor()
    try:
        result, calls = _run(model_server, CotMonitorGuardMiddleware(monitor), HACKING, aio=aio)
    finally:
        monitor.close()
    assert calls == [HACKING.arguments]
    assert result["messages"][-1].text == HACKING.answer
    assert monitor.stats.get("internal_errors", stage="guard") == 2


def test_export_failure_keeps_the_decision(model_server):
    monitor = _RefusingMonitor()
    try:
        _, calls = _run(model_server, CotMonitorGuardMiddleware(monitor), HACKING)
    finally:
        monitor.close()
    assert calls == []
    assert monitor.stats.get("internal_errors", stage="guard") == 1


def test_fail_closed_blocks_when_the_monitor_fails(model_server):
    monitor = _BrokenGuardMonitor()
    middleware = CotMonitorGuardMiddleware(monitor, GuardPolicy(on_error="fail_closed"))
    try:
        result, calls = _run(model_server, middleware, CLEAN)
    finally:
        monitor.close()
    assert calls == []
    assert "on_error" in result["messages"][-1].text
