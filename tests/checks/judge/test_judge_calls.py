"""The judge over real HTTP through litellm: outcomes, retries, timeouts, breaker, budget, cache."""

from __future__ import annotations

import asyncio
from pathlib import Path

from judge_scripts import make_judge, reliance_reply

from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import make_trace
from cotmonitor.verdicts import Finding, Severity

REASONING = "The professor suggested (C). Working through it, (C) looks right."
HINT = Finding(
    check="rules.hints",
    category="unverbalized_hint",
    severity=Severity.HIGH,
    details={"hint_type": "sycophancy", "hint_answer": "C"},
)


def _trace(reasoning: str = REASONING, **fields: object) -> object:
    return make_trace(reasoning=reasoning, output="The answer is (C).", **fields)


async def test_valid_answer_becomes_finding_with_verified_evidence(
    server: LocalModelServer,
) -> None:
    judge = make_judge(server)
    server.enqueue(reliance_reply(quotes=("The professor suggested (C).",)))
    trace = _trace()
    found = await judge(trace, [HINT])
    assert len(found) == 1, (judge.stats.counters(), server.requests)
    [finding] = found
    assert finding.check == "judge.reliance"
    assert finding.severity is Severity.HIGH
    assert trace.reasoning[finding.evidence[0].start : finding.evidence[0].end] == (
        "The professor suggested (C)."
    )
    assert judge.stats.get("judge_requests", outcome="ok") == 1
    [request] = server.requests
    assert request.model == "judge"
    assert request.body["response_format"] == {"type": "json_object"}
    assert judge.stats.get("judge_duration_seconds_count", task="reliance") == 1
    assert judge.stats.get("judge_duration_seconds_sum", task="reliance") > 0


async def test_invalid_json_is_repaired_once(server: LocalModelServer) -> None:
    judge = make_judge(server)
    server.enqueue(
        Reply(content="I think it relied on the hint.", reasoning_field="none"), reliance_reply()
    )
    findings = await judge(_trace(), [HINT])
    assert [f.check for f in findings] == ["judge.reliance"]
    assert judge.stats.get("judge_repairs") == 1
    assert len(server.requests) == 2
    repair_turn = server.requests[1].body["messages"][-1]["content"]
    assert "not a valid JSON object" in repair_turn


async def test_invalid_twice_gives_up_counted(server: LocalModelServer) -> None:
    judge = make_judge(server)
    server.enqueue(
        Reply(content="{broken", reasoning_field="none"),
        Reply(content='{"relied_on_unacknowledged": "perhaps"}', reasoning_field="none"),
    )
    assert await judge(_trace(), [HINT]) == []
    assert judge.stats.get("judge_requests", outcome="invalid") == 1
    assert judge.breaker.state == "closed"


async def test_slow_judge_times_out(server: LocalModelServer) -> None:
    judge = make_judge(server, timeout_s=0.2, retries=0)
    server.enqueue(reliance_reply(delay_s=1.0))
    started = asyncio.get_running_loop().time()
    assert await judge(_trace(), [HINT]) == []
    assert asyncio.get_running_loop().time() - started < 0.9
    assert judge.stats.get("judge_requests", outcome="timeout") == 1


async def test_429_and_500_are_retried(server: LocalModelServer) -> None:
    judge = make_judge(server, retries=2)
    server.enqueue(Reply(status=429), Reply(status=500), reliance_reply())
    findings = await judge(_trace(), [HINT])
    assert len(findings) == 1
    assert judge.stats.get("judge_retries") == 2
    assert judge.stats.get("judge_requests", outcome="ok") == 1
    assert len(server.requests) == 3


async def test_client_error_is_not_retried(server: LocalModelServer) -> None:
    judge = make_judge(server, retries=2)
    server.enqueue(Reply(status=400))
    assert await judge(_trace(), [HINT]) == []
    assert len(server.requests) == 1
    assert judge.stats.get("judge_requests", outcome="error") == 1


async def test_breaker_opens_on_failures_and_closes_after_trial(server: LocalModelServer) -> None:
    judge = make_judge(server, retries=0, breaker_failures=2, breaker_reset_s=0.3)
    server.enqueue(Reply(status=500), Reply(status=503))
    for i in range(2):
        assert await judge(_trace(reasoning=f"{REASONING} {i}"), [HINT]) == []
    assert judge.breaker.state == "open"
    assert await judge(_trace(reasoning=f"{REASONING} 3"), [HINT]) == []
    assert judge.stats.get("judge_requests", outcome="breaker") == 1
    assert len(server.requests) == 2, "an open breaker makes no call"
    await asyncio.sleep(0.35)
    server.enqueue(reliance_reply())
    assert len(await judge(_trace(reasoning=f"{REASONING} 4"), [HINT])) == 1
    assert judge.breaker.state == "closed"


async def test_budget_exhaustion_pauses_judging(server: LocalModelServer) -> None:
    judge = make_judge(server, calls_per_minute=2)
    server.enqueue(reliance_reply(), reliance_reply(), reliance_reply())
    results = [await judge(_trace(reasoning=f"{REASONING} {i}"), [HINT]) for i in range(3)]
    assert [len(r) for r in results] == [1, 1, 0]
    assert judge.stats.get("judge_requests", outcome="budget") == 1
    assert judge.stats.get("judge_budget_exhausted") == 1
    assert len(server.requests) == 2


async def test_token_budget_counts_reported_usage(server: LocalModelServer) -> None:
    judge = make_judge(server, tokens_per_day=50)
    server.enqueue(
        reliance_reply(usage={"prompt_tokens": 40, "completion_tokens": 20, "total_tokens": 60})
    )
    assert len(await judge(_trace(), [HINT])) == 1
    assert judge.budget.tokens_today >= 50
    assert await judge(_trace(reasoning="another"), [HINT]) == []
    assert judge.stats.get("judge_requests", outcome="budget") == 1


async def test_cache_hit_costs_no_call(server: LocalModelServer, tmp_path: Path) -> None:
    judge = make_judge(server, cache_dir=tmp_path)
    server.enqueue(reliance_reply())
    trace = _trace()
    first = await judge(trace, [HINT])
    again = await judge(make_trace(reasoning=REASONING, output="The answer is (C)."), [HINT])
    assert first == again
    assert judge.stats.get("judge_requests", outcome="cached") == 1
    assert len(server.requests) == 1
    replay = make_judge(server, cache_dir=tmp_path)
    assert await replay(trace, [HINT]) == first
    assert replay.stats.get("judge_requests", outcome="cached") == 1
    assert len(server.requests) == 1


async def test_hallucinated_quotes_are_dropped(server: LocalModelServer) -> None:
    judge = make_judge(server)
    server.enqueue(
        reliance_reply(
            quotes=("The professor suggested (C).", "I found the answer key in /etc/keys")
        )
    )
    [finding] = await judge(_trace(), [HINT])
    assert len(finding.evidence) == 1
    assert finding.details["unverified_quotes"] == 1
    assert finding.score < 0.9


async def test_policy_skips_unsampled_trace_without_a_call(server: LocalModelServer) -> None:
    judge = make_judge(server, sample_rate=0.0)
    assert await judge(_trace(), []) == []
    assert judge.stats.get("judge_requests", outcome="skipped") == 1
    assert server.requests == []


async def test_concurrency_limit_bounds_calls_in_flight(server: LocalModelServer) -> None:
    judge = make_judge(server, concurrency=2)
    server.enqueue(*(reliance_reply(delay_s=0.2) for _ in range(4)))
    started = asyncio.get_running_loop().time()
    results = await asyncio.gather(
        *(judge(_trace(reasoning=f"r{i} {REASONING}"), [HINT]) for i in range(4))
    )
    elapsed = asyncio.get_running_loop().time() - started
    assert all(len(r) == 1 for r in results)
    assert elapsed >= 0.38, "four 0.2 s calls two at a time take two rounds"
