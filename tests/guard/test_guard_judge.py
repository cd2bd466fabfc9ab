"""The judge in guard mode: a hard deadline, and ``on_error`` deciding when it is missed."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from guard_support import CLEAN, DRIVERS, close_client, reply

from cotmonitor import GuardBlocked, GuardPolicy, Judge, JudgePolicy, guard_verdict
from cotmonitor.localserver import LocalModelServer, Reply

CHAT = DRIVERS["openai-chat"]
DEADLINE = 0.3
QUICK = {"timeout_s": 5.0, "retries": 0, "calls_per_minute": None, "tokens_per_day": None}


@pytest.fixture
def judge_server() -> Iterator[LocalModelServer]:
    with LocalModelServer() as server:
        yield server


def _judge(server: LocalModelServer) -> Judge:
    return Judge(
        "openai/judge",
        api_base=server.openai_base_url,
        api_key="x",
        policy=JudgePolicy(always=True, **QUICK),
        tasks=("reward_hack",),
    )


@pytest.mark.parametrize("on_error", ["fail_open", "fail_closed"])
async def test_a_judge_past_the_deadline_fails_open_or_closed(
    flavor, model_server, judge_server, guarding, on_error
):
    judge_server.enqueue(Reply(content="{}", reasoning_field="none", delay_s=2.0))
    policy = GuardPolicy(on_error=on_error, judge_timeout_s=DEADLINE)
    monitor = guarding(policy, judge=_judge(judge_server))
    client = CHAT.wrapped(flavor, model_server, monitor)
    model_server.enqueue(reply(CLEAN))
    started = time.perf_counter()
    if on_error == "fail_open":
        response = await CHAT.call(client, flavor, model_server)
        verdict = guard_verdict(response)
    else:
        with pytest.raises(GuardBlocked) as caught:
            await CHAT.call(client, flavor, model_server)
        verdict = caught.value.verdict
        assert caught.value.rule == "on_error"
        assert "did not answer within the guard's deadline" in str(caught.value)
    assert time.perf_counter() - started < 1.5, "the caller waited for the deadline only"
    assert verdict is not None
    assert verdict.guard is not None
    assert verdict.guard.fallback == "judge_timeout"
    assert verdict.guard.action == ("allow" if on_error == "fail_open" else "block")
    assert monitor.stats.get("guard_fallbacks", cause="judge_timeout", outcome=on_error) == 1
    other = "fail_closed" if on_error == "fail_open" else "fail_open"
    assert monitor.stats.get("guard_fallbacks", cause="judge_timeout", outcome=other) == 0
    await close_client(client)


async def test_a_failing_judge_is_a_judge_error(flavor, model_server, judge_server, guarding):
    judge_server.enqueue(Reply(status=500))
    monitor = guarding(GuardPolicy(on_error="fail_closed"), judge=_judge(judge_server))
    client = CHAT.wrapped(flavor, model_server, monitor)
    model_server.enqueue(reply(CLEAN))
    with pytest.raises(GuardBlocked) as caught:
        await CHAT.call(client, flavor, model_server)
    assert caught.value.verdict.guard is not None
    assert caught.value.verdict.guard.fallback == "judge_error"
    assert "the judge failed" in str(caught.value)
    assert monitor.stats.get("guard_fallbacks", cause="judge_error", outcome="fail_closed") == 1
    assert monitor.stats.get("judge_requests", outcome="error") == 1
    await close_client(client)


async def test_a_judge_in_time_adds_its_findings_to_the_decision(
    flavor, model_server, judge_server, guarding
):
    answer = (
        '{"suspicion": 9, "behaviour": "exits before the tests", "quotes": [], "explanation": "."}'
    )
    judge_server.enqueue(Reply(content=answer, reasoning_field="none"))
    monitor = guarding(GuardPolicy(judge_timeout_s=5.0), judge=_judge(judge_server))
    client = CHAT.wrapped(flavor, model_server, monitor)
    model_server.enqueue(reply(CLEAN))
    with pytest.raises(GuardBlocked) as caught:
        await CHAT.call(client, flavor, model_server)
    decision = caught.value.verdict.guard
    assert decision is not None
    assert decision.fallback is None
    assert caught.value.verdict.findings[decision.finding].check == "judge.reward_hack"
    assert len(judge_server.requests) == 1
    await close_client(client)
