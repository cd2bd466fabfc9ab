"""Shared pieces of the session replay tests: the sample logs and every session of a log."""

from __future__ import annotations

from pathlib import Path

from cotmonitor.replay.checking import Checked, EngineSpec
from cotmonitor.replay.reading import open_input, read_traces
from cotmonitor.replay.session_pass import SessionPass, SessionResult
from cotmonitor.trace.model import Trace

LOGS = Path(__file__).parents[2] / "examples" / "logs"
LITELLM = LOGS / "litellm-session.jsonl"
INSPECT = LOGS / "inspect-session.eval"
RESPONSES = LOGS / "openai-responses-chain.jsonl"


def all_sessions(*paths: Path, max_sessions: int = 100_000) -> list[SessionResult]:
    """Every session of the logs, clean ones included (a replay keeps only flagged ones)."""
    engine = EngineSpec().build()
    sessions = SessionPass(max_sessions=max_sessions)
    closed: list[SessionResult] = []
    seq = 0
    for path in paths:
        with open_input(str(path)) as file_input:
            for outcome in engine.process(
                file_input.format, file_input.where, list(file_input.records)
            ):
                if isinstance(outcome, Checked):
                    closed += sessions.add(seq, outcome)
                    seq += 1
    return closed + sessions.finish()


def traces_by_session(path: Path) -> dict[str, list[Trace]]:
    """The traces of a log grouped by their session id label, in log order."""
    grouped: dict[str, list[Trace]] = {}
    for trace in read_traces(str(path)):
        grouped.setdefault(trace.labels["session_id"], []).append(trace)
    return grouped


def by_name(sessions: list[SessionResult]) -> dict[str, SessionResult]:
    """Sessions by the scripted session name their id starts with (Inspect: the sample id)."""
    return {s.session_id.split("/", 1)[0]: s for s in sessions}
