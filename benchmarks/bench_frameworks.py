"""Overhead of the framework integrations: one agent run, bare and with cotmonitor registered.

Each installed framework runs the same two-step agent against the local model server (in its
own process): a model call with reasoning and a tool call, the tool, then a model call with
reasoning and the final answer. Variants are interleaved round by round on one server:

- ``bare``: the framework alone;
- ``capture``: the one-line capture registered (LangChain callback handler, Agents SDK tracing
  processor, Pydantic AI capability, Claude Agent SDK ``MessageCapture.watch``), with
  ``Monitor(exporters=[])``: the rule checks run in the monitor's worker, off the agent's path;
- ``guard``: the guard registered (LangChain middleware, Agents SDK guardrails and hooks,
  Pydantic AI guard capability, Claude Agent SDK ``PreToolUse`` hook), which decides on each
  response in the agent's path before its tools run.

The monitors are flushed, untimed, after each run. The Claude Agent SDK starts its CLI in a
process of its own for every run, so it has fewer rounds (``BENCH_CLAUDE_N``).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.served import interleaved, pct, served_by

N = int(os.environ.get("BENCH_N", "100"))
CLAUDE_N = int(os.environ.get("BENCH_CLAUDE_N", "10"))
TASK = "The test suite for parse_date keeps failing on the leap-year case. Find out why."
FIRST = "I should run the failing test on its own to see the leap-year assertion."
SECOND = "The test expects 29 February 2024 to parse; the parser rejects day 29 in February."
ANSWER = "parse_date rejects 29 February in leap years."
ARGUMENTS = {"test": "test_leap_year"}
VARIANTS = ("bare", "capture", "guard")
_TOOL_RESULT_MARKS = ('"role": "tool"', '"function_call_output"', '"tool_result"')


def _agent_responder() -> Callable[[Any], Any]:
    """Step one asks for the tool, step two (a tool result is in the request) answers."""
    from cotmonitor.localserver import Reply

    def answer(request: Any) -> Any:
        body = json.dumps(request.body)
        tool = "mcp__bench__run_test" if request.api == "anthropic.messages" else "run_test"
        if any(mark in body for mark in _TOOL_RESULT_MARKS):
            return Reply(reasoning=SECOND, content=ANSWER)
        call = {"name": tool, "arguments": json.dumps(ARGUMENTS)}
        return Reply(reasoning=FIRST, tool_calls=(call,))

    return answer


def _run_test(test: str) -> str:
    return f"{test}: AssertionError: parse_date('2024-02-29') raised ValueError"


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _langchain(base_url: str, monitor: Any) -> dict[str, Callable[[], Any]]:
    from langchain.agents import create_agent
    from langchain_core.tools import StructuredTool
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    from cotmonitor.integrations.langchain import (
        CotMonitorCallbackHandler,
        CotMonitorGuardMiddleware,
    )

    model = ChatOpenAI(
        model="local-reasoner",
        base_url=base_url,
        api_key=SecretStr("x"),
        use_responses_api=True,
        max_retries=0,
    )
    tool = StructuredTool.from_function(_run_test, name="run_test", description="Run a test.")
    # Typed loosely: the compiled graph's invoke overloads want its own state type.
    bare: Any = create_agent(model, tools=[tool], name="coder")
    guarded: Any = create_agent(
        model, tools=[tool], name="coder", middleware=[CotMonitorGuardMiddleware(monitor)]
    )
    handler = CotMonitorCallbackHandler(monitor)
    inputs = {"messages": [{"role": "user", "content": TASK}]}
    thread = {"configurable": {"thread_id": "t-1"}}
    return {
        "bare": lambda: bare.invoke(inputs, config=thread),
        "capture": lambda: bare.invoke(inputs, config={**thread, "callbacks": [handler]}),
        "guard": lambda: guarded.invoke(inputs, config=thread),
    }


def _openai_agents(base_url: str, monitor: Any) -> dict[str, Callable[[], Any]]:
    from agents import (
        Agent,
        OpenAIResponsesModel,
        Runner,
        function_tool,
        set_trace_processors,
        set_tracing_disabled,
    )
    from openai import AsyncOpenAI

    from cotmonitor.integrations.openai_agents import (
        CotMonitorGuardrails,
        CotMonitorTracingProcessor,
    )

    set_tracing_disabled(False)
    set_trace_processors([])
    client = AsyncOpenAI(base_url=base_url, api_key="x", max_retries=0)
    model = OpenAIResponsesModel(model="local-reasoner", openai_client=client)
    guard = CotMonitorGuardrails(monitor)
    processor = CotMonitorTracingProcessor(monitor)

    def agent(*, guarded: bool) -> Any:
        rails = [guard.tool_input] if guarded else []
        tool = function_tool(_run_test, name_override="run_test", tool_input_guardrails=rails)
        return Agent(
            name="coder",
            instructions="Answer.",
            model=model,
            tools=[tool],
            output_guardrails=[guard.output] if guarded else [],
        )

    bare, guarded = agent(guarded=False), agent(guarded=True)

    def traced() -> Any:
        set_trace_processors([processor])
        try:
            return Runner.run_sync(bare, TASK)
        finally:
            set_trace_processors([])

    return {
        "bare": lambda: Runner.run_sync(bare, TASK),
        "capture": traced,
        "guard": lambda: Runner.run_sync(guarded, TASK, hooks=guard),
    }


def _pydantic_ai(base_url: str, monitor: Any) -> dict[str, Callable[[], Any]]:
    from pydantic_ai import Agent
    from pydantic_ai.models.openai import OpenAIResponsesModel
    from pydantic_ai.providers.openai import OpenAIProvider

    from cotmonitor.integrations.pydantic_ai import (
        CotMonitorCapability,
        CotMonitorGuardCapability,
    )

    provider = OpenAIProvider(base_url=base_url, api_key="x")
    model = OpenAIResponsesModel("local-reasoner", provider=provider)
    agents = {
        "bare": Agent(model, name="coder", tools=[_run_test]),
        "capture": Agent(
            model, name="coder", tools=[_run_test], capabilities=[CotMonitorCapability(monitor)]
        ),
        "guard": Agent(
            model,
            name="coder",
            tools=[_run_test],
            capabilities=[CotMonitorGuardCapability(monitor)],
        ),
    }

    def runner(agent: Any) -> Callable[[], Any]:
        return lambda: agent.run_sync(TASK)

    return {name: runner(agent) for name, agent in agents.items()}


def _claude_agent_sdk(base_url: str, monitor: Any) -> dict[str, Callable[[], Any]]:
    import tempfile

    from claude_agent_sdk import ClaudeAgentOptions, create_sdk_mcp_server, query, tool

    from cotmonitor.integrations.claude_agent_sdk import CotMonitorHooks, MessageCapture

    @tool("run_test", "Run a test.", {"test": str})
    async def run_test(arguments: dict[str, Any]) -> dict[str, Any]:
        return {"content": [{"type": "text", "text": _run_test(arguments["test"])}]}

    folder = tempfile.mkdtemp(prefix="bench-claude-")
    env = {
        "ANTHROPIC_BASE_URL": base_url.removesuffix("/v1"),
        "ANTHROPIC_API_KEY": "local",
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
        "DISABLE_AUTOUPDATER": "1",
        "CLAUDE_CONFIG_DIR": str(Path(folder) / "config"),
    }
    capture = MessageCapture(monitor)
    guard = CotMonitorHooks(monitor)

    def options(hooks: Any = None) -> Any:
        return ClaudeAgentOptions(
            model="local-reasoner",
            cwd=folder,
            env=env,
            max_turns=4,
            setting_sources=[],
            mcp_servers={"bench": create_sdk_mcp_server("bench", tools=[run_test])},
            allowed_tools=["mcp__bench__run_test"],
            stderr=lambda _line: None,  # the CLI warns that it does not know the model name
            **({"hooks": hooks} if hooks else {}),
        )

    def run(watcher: Any = None, hooks: Any = None) -> Any:
        async def consume() -> list[Any]:
            stream = query(prompt=TASK, options=options(hooks))
            if watcher is not None:
                stream = watcher.watch(stream, prompt=TASK)
            return [message async for message in stream]

        return asyncio.run(consume())

    return {
        "bare": run,
        "capture": lambda: run(capture),
        "guard": lambda: run(guard, guard.hooks()),
    }


FRAMEWORKS: dict[str, tuple[str, Callable[[str, Any], dict[str, Callable[[], Any]]]]] = {
    "langchain": ("langchain.agents", _langchain),
    "openai-agents": ("agents", _openai_agents),
    "pydantic-ai": ("pydantic_ai", _pydantic_ai),
    "claude-agent-sdk": ("claude_agent_sdk", _claude_agent_sdk),
}


def _measure(name: str, build: Callable[[str, Any], Any], base_url: str) -> dict[str, list[float]]:
    import cotmonitor

    monitor = cotmonitor.Monitor(exporters=[])
    runs = build(base_url, monitor)

    def once(variant: str) -> float:
        started = time.perf_counter()
        runs[variant]()
        elapsed = time.perf_counter() - started
        monitor.flush(30)
        return elapsed

    rounds = CLAUDE_N if name == "claude-agent-sdk" else N
    times = interleaved(once, VARIANTS, 2, rounds)
    failed = monitor.stats.total("internal_errors") + monitor.stats.total("queue_dropped")
    if failed:
        print(f"  warning: {failed:.0f} traces failed or dropped in the monitor")
    monitor.close()
    return times


def main(_argv: list[str] | None = None) -> None:
    """Print, per installed framework, each variant's run time and what it adds per step."""
    print(
        f"bench_frameworks: a 2-step agent run (tool call, answer), N={N} rounds "
        f"(claude-agent-sdk {CLAUDE_N}), variants interleaved, local model server in a subprocess"
    )
    print(
        f"{'framework':<18}{'variant':<9}{'median ms':>10}{'p99 ms':>9}{'x bare':>8}"
        f"{'added ms/run':>14}{'added ms/step':>15}{'p99 added ms':>14}"
    )
    with served_by(_agent_responder) as base_url:
        for name, (module, build) in FRAMEWORKS.items():
            if not _installed(module):
                print(f"{name:<18}not installed")
                continue
            times = _measure(name, build, base_url)
            base, base_p99 = statistics.median(times["bare"]), pct(times["bare"], 0.99)
            for variant, values in times.items():
                median, p99 = statistics.median(values), pct(values, 0.99)
                added = (median - base) * 1e3
                print(
                    f"{name:<18}{variant:<9}{median * 1e3:>10.2f}{p99 * 1e3:>9.2f}"
                    f"{median / base:>8.3f}{added:>14.2f}{added / 2:>15.2f}"
                    f"{(p99 - base_p99) * 1e3:>14.2f}"
                )
