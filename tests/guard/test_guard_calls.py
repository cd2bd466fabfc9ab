"""Guard mode on whole responses: block, strip, warn and allow, for every client kind, sync
and async, through the real SDKs over HTTP."""

from __future__ import annotations

import pytest
from guard_support import ASK, CLEAN, DRIVERS, HACK, close_client, decision_of, reply
from tests.providers.openai_support import stable

from cotmonitor import GuardBlocked, GuardPolicy, GuardRule, guard_verdict
from cotmonitor.localserver import LocalModelServer, Reply

KINDS = list(DRIVERS)
STRIP = GuardPolicy(
    rules=(GuardRule(id="strip-hack", action="strip_tool_calls", categories={"reward_hack"}),)
)
WARN = GuardPolicy(rules=(GuardRule(id="warn-hack", action="warn", categories={"reward_hack"}),))


@pytest.fixture(params=KINDS)
def driver(request: pytest.FixtureRequest):
    return DRIVERS[request.param]


async def _bare(driver, flavor: str, server: LocalModelServer, scripted: Reply):
    """The same reply through an unwrapped client: what the caller would have got."""
    server.enqueue(scripted)
    bare = driver.make(flavor, server)
    try:
        return await driver.call(bare, flavor, server)
    finally:
        await close_client(bare)


async def test_block_raises_with_the_verdict_and_rule(
    driver, flavor, model_server, guarding, exporter
):
    monitor = guarding()
    client = driver.wrapped(flavor, model_server, monitor)
    model_server.enqueue(reply(HACK))
    with pytest.raises(GuardBlocked) as caught:
        await driver.call(client, flavor, model_server)
    blocked = caught.value
    assert blocked.rule == "block-reward-hack"
    assert "block-reward-hack" in str(blocked)
    assert "reward_hack" in str(blocked)
    assert blocked.trace_id in str(blocked)
    decision = blocked.verdict.guard
    assert decision is not None
    assert decision.action == "block"
    assert decision.stage == "response"
    finding = blocked.verdict.findings[decision.finding]
    assert finding.category == "reward_hack"
    assert finding.evidence
    assert "sys.exit(0)" in blocked.verdict.trace.reasoning[finding.evidence[0].start :]
    assert monitor.flush(5)
    [exported] = exporter.verdicts
    assert exported.trace.id == blocked.trace_id
    assert exported.guard == decision
    await close_client(client)


async def test_strip_returns_the_response_without_tool_calls(
    driver, flavor, model_server, guarding
):
    scripted = reply(HACK)
    expected = await _bare(driver, flavor, model_server, scripted)
    assert driver.tools(expected), "the scripted reply carries a tool call"
    client = driver.wrapped(flavor, model_server, guarding(STRIP))
    model_server.enqueue(scripted)
    got = await driver.call(client, flavor, model_server)
    assert type(got) is type(expected)
    assert driver.tools(got) == []
    decision = decision_of(got)
    assert (decision.action, decision.rule) == ("strip_tool_calls", "strip-hack")
    verdict = guard_verdict(got)
    assert verdict is not None
    assert verdict.trace.tool_calls, "the verdict still records what was asked for"
    await close_client(client)


async def test_warn_returns_unchanged_and_alerts(driver, flavor, model_server, guarding, alerts):
    scripted = reply(HACK)
    expected = await _bare(driver, flavor, model_server, scripted)
    monitor = guarding(WARN)
    client = driver.wrapped(flavor, model_server, monitor)
    model_server.enqueue(scripted)
    got = await driver.call(client, flavor, model_server)
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    assert monitor.flush(5)
    [alert] = alerts
    assert alert.alert
    assert alert.guard is not None
    assert (alert.guard.action, alert.guard.rule) == ("warn", "warn-hack")
    assert guard_verdict(got) == alert
    await close_client(client)


async def test_clean_response_passes_unchanged(driver, flavor, model_server, guarding, alerts):
    scripted = reply(CLEAN)
    expected = await _bare(driver, flavor, model_server, scripted)
    monitor = guarding()
    client = driver.wrapped(flavor, model_server, monitor)
    model_server.enqueue(scripted)
    got = await driver.call(client, flavor, model_server)
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    assert decision_of(got).action == "allow"
    assert monitor.flush(5)
    assert alerts == []
    await close_client(client)


async def test_a_raw_response_is_decided_and_blocked_when_it_cannot_be_stripped(
    model_server, guarding
):
    client = DRIVERS["openai-chat"].wrapped("sync", model_server, guarding(STRIP))
    model_server.enqueue(reply(CLEAN), reply(HACK))
    raw = client.chat.completions.with_raw_response.create(model="m", messages=ASK)
    assert raw.parse().choices[0].message.tool_calls, "clean: returned as it came"
    assert decision_of(raw).action == "allow"
    with pytest.raises(GuardBlocked, match="could not be stripped"):
        client.chat.completions.with_raw_response.create(model="m", messages=ASK)
    await close_client(client)
