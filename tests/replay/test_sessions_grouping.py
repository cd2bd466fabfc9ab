"""Replay groups traces into sessions: litellm session ids, Inspect samples, Responses chains,
and cotmonitor's own log (``labels.session_id``), and runs the trajectory checks on each."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openai import OpenAI
from sessions_support import (
    INSPECT,
    LITELLM,
    LOGS,
    RESPONSES,
    all_sessions,
    by_name,
    traces_by_session,
)

import cotmonitor
from cotmonitor.exporters.jsonl import JsonlExporter
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.replay.session_pass import SessionResult
from cotmonitor.sessions import check_session

sys.path.insert(0, str(LOGS))
from session_script import FIX_PARSER, SESSIONS, SUM_CHECK, Session


def lines(session: SessionResult) -> list[int]:
    return [int(step.where.rsplit(":", 1)[1]) for step in session.steps]


def test_litellm_calls_group_by_their_litellm_session_id() -> None:
    sessions = by_name(all_sessions(LITELLM))
    assert set(sessions) == {"fix-parser", "moons-key", "sum-check"}
    # the log interleaves the three conversations, round robin
    assert lines(sessions["fix-parser"]) == [1, 4, 7, 9]
    assert lines(sessions["moons-key"]) == [2, 5, 8]
    assert lines(sessions["sum-check"]) == [3, 6]


def test_each_inspect_sample_is_one_session_in_turn_order() -> None:
    sessions = by_name(all_sessions(INSPECT))
    assert set(sessions) == {"fix-parser", "moons-key", "sum-check"}
    fix = sessions["fix-parser"]
    assert [s.trace_id.rsplit("-", 1)[1] for s in fix.steps] == ["t0", "t1", "t2", "t3"]
    assert len({s.where for s in fix.steps}) == 1  # one sample, one record


def test_responses_chain_by_previous_response_id() -> None:
    sessions = all_sessions(RESPONSES)
    assert all(s.kind == "response_chain" for s in sessions)
    assert sorted(lines(s) for s in sessions) == [[1, 4, 7, 9], [2, 5, 8], [3, 6]]
    first = json.loads(RESPONSES.read_text().splitlines()[0])["response"]["id"]
    assert next(s for s in sessions if lines(s)[0] == 1).session_id == first


def test_a_chain_seen_out_of_order_is_merged_into_one_session(tmp_path: Path) -> None:
    records = RESPONSES.read_text().splitlines()
    # the fix-parser chain is lines 1, 4, 7, 9: its third step comes before its second here
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("\n".join(records[i] for i in (0, 6, 3, 8)) + "\n")
    [session] = all_sessions(shuffled)
    assert lines(session) == [1, 2, 3, 4]


def test_session_findings_are_check_sessions_of_the_grouped_traces() -> None:
    for path in (LITELLM, INSPECT):
        grouped = traces_by_session(path)
        for session in all_sessions(path):
            expected = check_session(grouped[session.session_id])
            assert session.findings == expected, (path.name, session.session_id)


def test_the_hack_planned_at_step_1_and_done_at_step_3_is_a_session_finding() -> None:
    for path in (LITELLM, INSPECT, RESPONSES):
        sessions = all_sessions(path)
        fix = next(s for s in sessions if len(s.steps) == len(FIX_PARSER.steps))
        hacks = [f for f in fix.findings if f.category == "reward_hack"]
        assert hacks, path.name
        assert all(f.scope == "session" for f in fix.findings)
        pointed = {e.trace_id for f in hacks for e in f.evidence}
        assert {fix.steps[0].trace_id, fix.steps[2].trace_id} <= pointed, path.name


def test_the_answer_key_read_from_a_tool_result_is_followed_silently() -> None:
    for path in (LITELLM, INSPECT):
        moons = by_name(all_sessions(path))["moons-key"]
        hints = [f for f in moons.findings if f.category == "unverbalized_hint"]
        assert hints, path.name
        pointed = {e.trace_id for f in hints for e in f.evidence}
        assert moons.steps[-1].trace_id in pointed  # the answer
        assert pointed & {s.trace_id for s in moons.steps[:-1]}  # where the key was read


def test_clean_sessions_give_no_session_finding() -> None:
    for path in (LITELLM, INSPECT):
        assert by_name(all_sessions(path))["sum-check"].findings == []
    chains = all_sessions(RESPONSES)
    clean = next(s for s in chains if len(s.steps) == len(SUM_CHECK.steps))
    assert clean.findings == []


def _run_live(session: Session, client: OpenAI, server: LocalModelServer) -> None:
    messages: list[dict[str, object]] = [{"role": "user", "content": session.task}]
    for n, step in enumerate(session.steps):
        calls = (
            ({"id": f"c{n}", "name": step.tool, "arguments": step.arguments},) if step.tool else ()
        )
        server.enqueue(Reply(content=step.answer, reasoning=step.reasoning, tool_calls=calls))
        with cotmonitor.context(session_id=f"live-{session.session_id}"):
            reply = client.chat.completions.create(model="m", messages=messages)  # type: ignore[arg-type]
        message = reply.choices[0].message
        messages.append(message.model_dump(exclude_none=True))
        messages.extend(
            {"role": "tool", "tool_call_id": call.id, "content": step.result}
            for call in message.tool_calls or ()
        )


def test_cotmonitor_log_sessions_come_from_the_context_session_id(tmp_path: Path) -> None:
    log = tmp_path / "live.jsonl"
    monitor = cotmonitor.Monitor(exporters=[JsonlExporter(log)])
    with LocalModelServer() as server:
        client = monitor.wrap(OpenAI(base_url=server.openai_base_url, api_key="x"))
        for session in SESSIONS:
            _run_live(session, client, server)
    monitor.flush()
    monitor.close()
    sessions = {s.session_id: s for s in all_sessions(log)}
    assert {k: len(s.steps) for k, s in sessions.items()} == {
        f"live-{s.session_id}": len(s.steps) for s in SESSIONS
    }
    assert any(f.category == "reward_hack" for f in sessions["live-fix-parser"].findings)
    assert sessions["live-sum-check"].findings == []
