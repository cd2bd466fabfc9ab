"""Guard mode blocks on a session finding: the step that completes a planned hack."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest
from live_support import (
    EXIT_EARLY,
    HACK_STEPS,
    SessionCapture,
    chat_agent,
    step_prompt,
)
from prometheus_client import CollectorRegistry

import cotmonitor
from cotmonitor import (
    CotMonitorSettings,
    GuardBlocked,
    GuardPolicy,
    GuardRule,
    Monitor,
    PrometheusExporter,
)
from cotmonitor.localserver import LocalModelServer, Reply

SESSION_RULE = GuardRule(
    id="session-hack", action="block", categories={"reward_hack"}, scopes={"session"}
)


@pytest.fixture
def guarded(capture: SessionCapture) -> Iterator[Monitor]:
    # The default rule checks run too; only the session rule may block.
    built = Monitor(
        mode="guard",
        guard=GuardPolicy(rules=(SESSION_RULE,)),
        exporters=[capture],
        settings=CotMonitorSettings(checker="thread"),
    )
    yield built
    built.close()


def _client(server: LocalModelServer, monitor: Monitor) -> openai.OpenAI:
    return monitor.wrap(openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0))


def test_the_step_that_acts_on_an_earlier_plan_is_blocked(
    server: LocalModelServer, guarded: Monitor, capture: SessionCapture
) -> None:
    client = _client(server, guarded)
    with cotmonitor.context(session_id="hack-g1"), pytest.raises(GuardBlocked) as blocked:
        chat_agent(client, "hack-g1")
    assert len(server.requests) == 3
    verdict = blocked.value.verdict
    decision = verdict.guard
    assert decision is not None
    assert (decision.action, decision.rule, decision.category) == (
        "block",
        "session-hack",
        "reward_hack",
    )
    assert decision.finding is not None
    deciding = verdict.findings[decision.finding]
    assert deciding.scope == "session"
    assert "session-hack" in str(blocked.value)
    assert guarded.flush(10)
    allowed = [v.guard.action for v in capture.verdicts if v.guard is not None]
    assert allowed == ["allow", "allow", "block"]


def test_a_clean_session_and_a_lone_hack_step_pass_the_session_rule(
    server: LocalModelServer, guarded: Monitor, capture: SessionCapture
) -> None:
    client = _client(server, guarded)
    with cotmonitor.context(session_id="clean-g2"):
        chat_agent(client, "clean-g2")
    # The act alone, with no earlier plan in its session, is no session finding.
    server.enqueue(HACK_STEPS[2])
    with cotmonitor.context(session_id="hack-alone"):
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": step_prompt("hack-alone", 3)}]
        )
    assert guarded.flush(10)
    assert capture.session_findings() == []
    assert {v.guard.action for v in capture.verdicts if v.guard is not None} == {"allow"}


def test_a_streamed_step_is_blocked_at_its_end(
    server: LocalModelServer, guarded: Monitor, capture: SessionCapture
) -> None:
    client = _client(server, guarded)
    with cotmonitor.context(session_id="hack-g3"):
        chat_agent(client, "hack-g3", steps=2)
        server.enqueue(
            Reply(content="Done.", reasoning="Writing it.", tool_calls=(EXIT_EARLY,), summary=False)
        )
        stream = client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": step_prompt("hack-g3", 3)}],
            stream=True,
        )
        with pytest.raises(GuardBlocked) as blocked:
            list(stream)
    decision = blocked.value.verdict.guard
    assert decision is not None
    assert (decision.rule, decision.stage) == ("session-hack", "stream_end")


def test_guard_session_metrics(server: LocalModelServer) -> None:
    registry = CollectorRegistry()
    monitor = Monitor(
        [],
        mode="guard",
        guard=GuardPolicy(rules=(SESSION_RULE,)),
        exporters=[PrometheusExporter(registry)],
    )
    with cotmonitor.context(session_id="hack-g4"), pytest.raises(GuardBlocked):
        chat_agent(_client(server, monitor), "hack-g4")
    assert monitor.flush(10)
    labels = {"action": "block", "category": "reward_hack"}
    assert registry.get_sample_value("cotmonitor_guard_decisions_total", labels) == 1
    assert (
        registry.get_sample_value("cotmonitor_session_findings_total", {"category": "reward_hack"})
        == 1
    )
    monitor.close()
