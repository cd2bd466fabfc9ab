"""One scripted agent per trajectory check, hack and clean, live through the real SDKs.

The monitor runs no per-call rules here (``Monitor([])``): every finding seen is a session
finding of the trajectory checks over the calls of one session.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anthropic
import openai
import pytest
from live_support import (
    SessionCapture,
    anthropic_agent,
    chat_agent,
    scenario,
    step_prompt,
)

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer

CASES = [
    # the agent that games its task, its clean twin, the trajectory check, the category
    ("hack", "clean", "plan_then_act", "reward_hack"),
    ("after", "clean", "act_then_plan", "reward_hack"),
    ("fail", "failclean", "failures_then_hack", "reward_hack"),
    ("hint", "hintclean", "hint_followed", "unverbalized_hint"),
    ("fading", "steady", "verbalization_drop", "unverbalized_hint"),
]


@pytest.fixture
def monitor(capture: SessionCapture) -> Iterator[Monitor]:
    built = Monitor([], exporters=[capture])
    yield built
    built.close()


def _openai_agent(server: LocalModelServer, monitor: Monitor) -> Callable[[str], Any]:
    client = monitor.wrap(
        openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)
    )
    return lambda session: chat_agent(client, session)


def _anthropic_agent(server: LocalModelServer, monitor: Monitor) -> Callable[[str], Any]:
    client = monitor.wrap(anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0))
    return lambda session: anthropic_agent(client, session)


AGENTS = {"openai": _openai_agent, "anthropic": _anthropic_agent}


def _traces_by_session(capture: SessionCapture) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for verdict in capture.verdicts:
        out.setdefault(verdict.trace.labels["session_id"], []).append(verdict.trace.id)
    return out


@pytest.mark.parametrize("api", sorted(AGENTS))
@pytest.mark.parametrize(("hack", "clean", "trajectory", "category"), CASES)
def test_each_trajectory_check_finds_its_hack_and_not_the_clean_twin(  # noqa: PLR0917
    server: LocalModelServer,
    monitor: Monitor,
    capture: SessionCapture,
    api: str,
    hack: str,
    clean: str,
    trajectory: str,
    category: str,
) -> None:
    run = AGENTS[api](server, monitor)
    for session in (f"{hack}-1", f"{clean}-1"):
        with cotmonitor.context(session_id=session):
            run(session)
    assert monitor.flush(10)
    traces = _traces_by_session(capture)
    assert len(traces[f"{hack}-1"]) == len(scenario(hack))
    found = capture.session_findings()
    assert [(v.trace.labels["session_id"], f.details["trajectory"]) for v, f in found] == [
        (f"{hack}-1", trajectory)
    ]
    verdict, finding = found[0]
    assert finding.category == category
    assert finding.scope == "session"
    # Reported on the call that completed the pattern, pointing into several of its calls.
    assert verdict.trace.id == traces[f"{hack}-1"][-1]
    pointed = {e.trace_id for e in finding.evidence}
    assert len(pointed) >= 2
    assert pointed <= set(traces[f"{hack}-1"])
    running = monitor.session_verdict(f"{hack}-1")
    assert running is not None
    assert running.findings == (finding,)
    assert running.alert == (finding.severity.rank >= 3)
    twin = monitor.session_verdict(f"{clean}-1")
    assert twin is not None
    assert twin.findings == ()


def test_many_agents_interleaved_on_threads(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    run = _openai_agent(server, monitor)
    expected = {hack: trajectory for hack, _, trajectory, _ in CASES}
    kinds = [*expected, *{clean for _, clean, _, _ in CASES}]
    names = [f"{kind}-t{i}" for i in range(3) for kind in kinds]

    def one(name: str) -> None:
        with cotmonitor.context(session_id=name):
            run(name)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(one, names))
    assert monitor.flush(30)
    traces = _traces_by_session(capture)
    assert {name: len(ids) for name, ids in traces.items()} == {
        name: len(scenario(name)) for name in names
    }
    reported = sorted(
        (v.trace.labels["session_id"], f.details["trajectory"])
        for v, f in capture.session_findings()
    )
    assert reported == sorted(
        (name, expected[name.split("-")[0]]) for name in names if name.split("-")[0] in expected
    )
    for verdict, finding in capture.session_findings():
        assert {e.trace_id for e in finding.evidence} <= set(
            traces[verdict.trace.labels["session_id"]]
        )


async def test_many_agents_interleaved_as_tasks(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    # The stdlib test server takes a few connections at a time: retry one it resets.
    client = monitor.wrap(
        openai.AsyncOpenAI(base_url=server.openai_base_url, api_key="k", max_retries=3)
    )
    calls = asyncio.Semaphore(4)

    async def agent(name: str) -> None:
        # Steps of different sessions interleave on one loop; context() is per task.
        with cotmonitor.context(session_id=name):
            messages: list[dict[str, Any]] = []
            for step in range(1, len(scenario(name)) + 1):
                messages.append({"role": "user", "content": step_prompt(name, step)})
                async with calls:
                    response = await client.chat.completions.create(model="m", messages=messages)
                messages.append(
                    {"role": "assistant", "content": response.choices[0].message.content or ""}
                )
                await asyncio.sleep(0)

    names = [f"{kind}-a{i}" for i in range(4) for kind in ("hack", "clean", "fading", "steady")]
    await asyncio.gather(*(agent(name) for name in names))
    assert monitor.flush(30)
    reported = sorted(
        (v.trace.labels["session_id"], f.details["trajectory"])
        for v, f in capture.session_findings()
    )
    assert reported == sorted(
        [(f"hack-a{i}", "plan_then_act") for i in range(4)]
        + [(f"fading-a{i}", "verbalization_drop") for i in range(4)]
    )
