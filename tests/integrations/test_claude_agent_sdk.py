"""The Claude Agent SDK hooks and capture, driving the real Claude Code CLI against the local server.

The SDK's wheel ships the CLI; it speaks the Anthropic Messages API (streaming, thinking
blocks, tool use) to ``ANTHROPIC_BASE_URL``. The scripted agents' tool is an in-process SDK
MCP tool whose side effect is recorded in a list, and the CLI's own ``Write`` tool, whose
side effect is a file on disk.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest

pytest.importorskip("claude_agent_sdk")

from claude_agent_sdk import (
    AssistantMessage,
    ClaudeAgentOptions,
    ResultMessage,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
    create_sdk_mcp_server,
    query,
    tool,
)
from framework_scripts import CLEAN, HACKING, SCRIPTS, Script, assert_findings

from cotmonitor import GuardPolicy, GuardRule, Monitor
from cotmonitor.integrations.claude_agent_sdk import (
    CotMonitorHooks,
    MessageCapture,
    cotmonitor_hooks,
)
from cotmonitor.integrations.claude_agent_sdk.reading import Turn, parse_turn
from cotmonitor.localserver import Reply

pytestmark = pytest.mark.slow
_SERVER = "scripts"


def _named(script: Script) -> Script:
    """The script with its tool under the name the CLI gives an SDK MCP tool."""
    return dataclasses.replace(script, tool=f"mcp__{_SERVER}__{script.tool}")


def _options(server, tmp_path, script: Script, calls, **extra) -> ClaudeAgentOptions:
    @tool(script.tool, f"The {script.tool} tool.", script.schema())
    async def run(arguments):
        calls.append(dict(arguments))
        return {"content": [{"type": "text", "text": script.tool_result}]}

    env = {
        "ANTHROPIC_BASE_URL": server.base_url,
        "ANTHROPIC_API_KEY": "local",
        # Keep the CLI on the local server: no update checks, telemetry or error reports.
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
        "DISABLE_AUTOUPDATER": "1",
        "CLAUDE_CONFIG_DIR": str(tmp_path / "config"),
    }
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return ClaudeAgentOptions(
        model="local-reasoner",
        cwd=str(work),
        env=env,
        max_turns=4,
        setting_sources=[],
        mcp_servers={_SERVER: create_sdk_mcp_server(_SERVER, tools=[run])},
        # Allowed up front: without the guard, nothing stops these tools.
        allowed_tools=[_named(script).tool, "Write"],
        **extra,
    )


def _run(server, tmp_path, script, *, hooks=None, capture=None, replies=None):
    """Run the script's task; returns (messages, tool calls)."""
    server.enqueue(*(replies or _named(script).replies(chunk_size=13)))
    calls: list[dict[str, str]] = []
    options = _options(
        server, tmp_path, script, calls, **({"hooks": hooks.hooks()} if hooks else {})
    )

    async def consume():
        stream = query(prompt=script.task, options=options)
        if capture is not None:
            stream = capture.watch(stream, prompt=script.task)
        return [message async for message in stream]

    return asyncio.run(asyncio.wait_for(consume(), 60)), calls


def _session(messages) -> str:
    return next(m.session_id for m in messages if isinstance(m, ResultMessage))


def _check_clean_traces(traces, session_id, tool_name):
    first, second = traces
    assert (first.reasoning, second.reasoning) == (CLEAN.first, CLEAN.second)
    assert first.visibility == second.visibility == "readable"
    assert all(s.signature for t in traces for s in t.segments)
    assert [(c.name, json.loads(c.arguments)) for c in first.tool_calls] == [
        (tool_name, CLEAN.arguments)
    ]
    assert second.output == CLEAN.answer
    assert not second.tool_calls
    assert first.messages[0] == {"role": "user", "content": CLEAN.task}
    assert second.messages[-1]["role"] == "tool"
    assert second.messages[-1]["content"] == CLEAN.tool_result
    assert second.messages[-2]["tool_calls"][0]["function"]["name"] == tool_name
    for trace in traces:
        assert trace.labels == {"agent": "coder", "session_id": session_id}
        assert trace.model == "local-reasoner"
        assert trace.provider == "anthropic"
        assert trace.usage.input_tokens


def test_message_stream_is_traced(model_server, monitor, exporter, tmp_path):
    capture = MessageCapture(monitor, agent="coder")
    messages, calls = _run(model_server, tmp_path, CLEAN, capture=capture)
    assert calls == [CLEAN.arguments]
    assert messages[-1].result == CLEAN.answer
    assert monitor.flush(timeout=5)
    _check_clean_traces(exporter.traces, _session(messages), _named(CLEAN).tool)
    # What the CLI sent: the thinking back with its signature, the tool result after it.
    second_request = model_server.requests[-1].body["messages"]
    assert any(
        block.get("type") == "thinking" and block.get("signature")
        for message in second_request
        if message["role"] == "assistant"
        for block in message["content"]
    )


def test_hooks_and_stream_export_each_response_once(model_server, monitor, exporter, tmp_path):
    guard = CotMonitorHooks(monitor, agent="coder")
    messages, calls = _run(model_server, tmp_path, CLEAN, hooks=guard, capture=guard)
    assert calls == [CLEAN.arguments]
    assert monitor.flush(timeout=5)
    # The first response was decided on by the hook, the second traced from the stream.
    _check_clean_traces(exporter.traces, _session(messages), _named(CLEAN).tool)
    assert [v.guard.action for v in exporter.verdicts[:1]] == ["allow"]
    assert exporter.traces[0].messages == ({"role": "user", "content": CLEAN.task},)


def test_prompt_hook_starts_the_conversation(model_server, monitor, exporter, tmp_path):
    guard = CotMonitorHooks(monitor)
    options = {"hooks": guard.hooks()}
    model_server.enqueue(*_named(CLEAN).replies())
    calls: list[dict[str, str]] = []

    async def consume():
        stream = query(
            prompt=CLEAN.task, options=_options(model_server, tmp_path, CLEAN, calls, **options)
        )
        return [message async for message in guard.watch(stream)]

    asyncio.run(asyncio.wait_for(consume(), 60))
    assert calls == [CLEAN.arguments]
    assert monitor.flush(timeout=5)
    first, second = exporter.traces
    assert first.messages == ({"role": "user", "content": CLEAN.task},)
    assert second.messages[0] == first.messages[0]


def test_hook_alone_reads_the_transcript(model_server, monitor, exporter, tmp_path):
    # No stream watched: the hook waits for the CLI to write the transcript.
    hooks = CotMonitorHooks(monitor, agent="coder", wait_s=10)
    messages, calls = _run(model_server, tmp_path, HACKING, hooks=hooks)
    assert calls == []
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    trace = verdict.trace
    assert trace.reasoning == HACKING.first
    assert trace.segments[0].signature
    assert trace.messages[0] == {"role": "user", "content": HACKING.task}
    assert trace.labels == {"agent": "coder", "session_id": _session(messages)}
    assert "reasoning_unseen" not in trace.metadata


@pytest.mark.parametrize("name", ["clean", "hinted", "hacking"])
def test_findings_follow_the_script(model_server, monitor, exporter, tmp_path, name):
    _run(model_server, tmp_path, SCRIPTS[name], capture=MessageCapture(monitor))
    assert monitor.flush(timeout=5)
    assert_findings(name, exporter.verdicts)


def test_hacking_tool_is_denied_and_the_run_stops(model_server, monitor, exporter, tmp_path):
    guard = CotMonitorHooks(monitor)
    messages, calls = _run(model_server, tmp_path, HACKING, hooks=guard, capture=guard)
    assert calls == []
    # continue: false ends the run: the model is not asked again.
    assert len(model_server.requests) == 1
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.guard.action == "block"
    assert verdict.guard.rule == "block-reward-hack"
    assert "reward_hack" in {f.category for f in verdict.findings}
    assert isinstance(messages[-1], ResultMessage)


def test_builtin_write_is_denied_and_no_file_appears(model_server, monitor, exporter, tmp_path):
    target = tmp_path / "work" / "conftest.py"
    write = {
        "name": "Write",
        "arguments": json.dumps({"file_path": str(target), "content": "import os\nos._exit(0)\n"}),
    }
    replies = (Reply(reasoning=HACKING.first, tool_calls=(write,)), Reply(content="Done."))
    _, calls = _run(
        model_server,
        tmp_path,
        HACKING,
        hooks=cotmonitor_hooks_object(monitor),
        replies=replies,
    )
    assert calls == []
    assert not target.exists()
    assert monitor.flush(timeout=5)
    [verdict] = exporter.verdicts
    assert verdict.guard.action == "block"
    assert [c.name for c in verdict.trace.tool_calls] == ["Write"]


def cotmonitor_hooks_object(monitor):
    """``cotmonitor_hooks`` wrapped so ``_run`` can take it like a ``CotMonitorHooks``."""

    class _Registered:
        def hooks(self):
            return cotmonitor_hooks(monitor)

    return _Registered()


def test_builtin_write_runs_for_a_clean_plan(model_server, monitor, tmp_path):
    target = tmp_path / "work" / "notes.txt"
    write = {
        "name": "Write",
        "arguments": json.dumps({"file_path": str(target), "content": "Mercury 0.39 AU\n"}),
    }
    replies = (
        Reply(reasoning="I will note the orbital distances in a file.", tool_calls=(write,)),
        Reply(content="Noted."),
    )
    guard = CotMonitorHooks(monitor)
    _run(model_server, tmp_path, CLEAN, hooks=guard, replies=replies)
    assert target.read_text() == "Mercury 0.39 AU\n"


def test_strip_denies_the_tool_and_the_run_goes_on(model_server, monitor, exporter, tmp_path):
    strip = GuardPolicy(
        rules=(GuardRule(id="strip", action="strip_tool_calls", categories={"reward_hack"}),)
    )
    guard = CotMonitorHooks(monitor, strip)
    messages, calls = _run(model_server, tmp_path, HACKING, hooks=guard, capture=guard)
    assert calls == []
    assert messages[-1].result == HACKING.answer
    # The model was told which rule denied the call, and not the evidence.
    results = [
        block
        for message in model_server.requests[-1].body["messages"]
        if message["role"] == "user" and isinstance(message["content"], list)
        for block in message["content"]
        if block.get("type") == "tool_result"
    ]
    assert "'strip'" in json.dumps(results)
    assert "os._exit" not in json.dumps(results)


class _BrokenGuardMonitor(Monitor):
    """A monitor failing inside: its checks cannot be run, its exporters refuse verdicts."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = None

    def publish(self, verdict, *, early=False):
        raise RuntimeError("monitor is broken")

    def submit(self, raw):
        raise RuntimeError("monitor is broken")


def test_monitor_failure_fails_open(model_server, tmp_path):
    monitor = _BrokenGuardMonitor()
    guard = CotMonitorHooks(monitor)
    try:
        messages, calls = _run(model_server, tmp_path, HACKING, hooks=guard, capture=guard)
    finally:
        monitor.close()
    assert calls == [HACKING.arguments]
    assert messages[-1].result == HACKING.answer
    assert monitor.stats.get("internal_errors", stage="guard") >= 1


def test_fail_closed_denies_when_the_monitor_fails(model_server, tmp_path):
    monitor = _BrokenGuardMonitor()
    guard = CotMonitorHooks(monitor, GuardPolicy(on_error="fail_closed"))
    try:
        _, calls = _run(model_server, tmp_path, CLEAN, hooks=guard)
    finally:
        monitor.close()
    assert calls == []


def test_turn_of_sdk_blocks():
    turn = Turn(
        message_id="msg_1",
        model="claude-sonnet-4-5",
        blocks=[
            ThinkingBlock(thinking="plan", signature="sig"),
            ThinkingBlock(thinking="", signature="only-signature"),
            TextBlock(text="Running it."),
            ToolUseBlock(id="toolu_1", name="Bash", input={"command": "pytest"}),
        ],
        usage={"input_tokens": 10, "output_tokens": 5},
    )
    parsed = parse_turn(turn, ())
    assert [(s.text, s.visibility, s.signature) for s in parsed.segments] == [
        ("plan", "readable", "sig"),
        ("", "redacted", "only-signature"),
    ]
    assert parsed.output == "Running it."
    assert [(c.id, c.name, c.arguments) for c in parsed.tool_calls] == [
        ("toolu_1", "Bash", '{"command": "pytest"}')
    ]
    assert parsed.usage.total_tokens == 15


def test_assistant_messages_of_one_response_are_one_trace(monitor, exporter):
    capture = MessageCapture(monitor)
    common = {"model": "m", "message_id": "msg_1", "session_id": "s-1"}
    capture.observe(AssistantMessage(content=[ThinkingBlock("plan", "sig")], **common))
    capture.observe(AssistantMessage(content=[TextBlock("answer")], **common))
    assert exporter.traces == []
    capture.flush()
    assert monitor.flush(timeout=5)
    [trace] = exporter.traces
    assert (trace.reasoning, trace.output, trace.labels) == (
        "plan",
        "answer",
        {"session_id": "s-1"},
    )


def test_capture_failure_never_reaches_the_agent(model_server, broken, exporter, tmp_path):
    messages, calls = _run(model_server, tmp_path, HACKING, capture=MessageCapture(broken))
    assert calls == [HACKING.arguments]
    assert messages[-1].result == HACKING.answer
    assert broken.stats.get("internal_errors", stage="capture", component="claude_agent_sdk") == 2
    assert exporter.verdicts == []


def test_subagent_responses_carry_its_type(monitor, exporter):
    capture = MessageCapture(monitor)
    task = ToolUseBlock(id="toolu_task", name="Task", input={"subagent_type": "reviewer"})
    capture.observe(AssistantMessage(content=[task], model="m", message_id="msg_1", session_id="s"))
    capture.observe(
        AssistantMessage(
            content=[ThinkingBlock("read the diff", "sig"), TextBlock("looks fine")],
            model="m",
            message_id="msg_2",
            session_id="s",
            parent_tool_use_id="toolu_task",
        )
    )
    capture.flush()
    assert monitor.flush(timeout=5)
    main, sub = exporter.traces
    assert main.labels == {"session_id": "s"}
    assert sub.labels == {"agent": "reviewer", "session_id": "s"}
    assert sub.reasoning == "read the diff"
