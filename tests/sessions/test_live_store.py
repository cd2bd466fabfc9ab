"""The session store's bounds: capacity (LRU), idle TTL, facts per session; 100,000 sessions."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from live_support import marker_facts, planned_then_acted

from cotmonitor.sessions import StepFacts
from cotmonitor.sessions.live import SessionTracker
from cotmonitor.sessions.verdict import SessionVerdict
from cotmonitor.stats import MonitorStats
from cotmonitor.testing import make_trace
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import AlertPolicy


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _tracker(
    stats: MonitorStats, ended: list[SessionVerdict], clock: Clock | None = None, **bounds: int
) -> SessionTracker:
    return SessionTracker(
        stats,
        is_alert=AlertPolicy().is_alert,
        on_end=ended.append,
        facts=marker_facts,
        trajectory=planned_then_acted,
        clock=clock or Clock(),
        **bounds,  # type: ignore[arg-type]
    )


def _step(tracker: SessionTracker, session: str, reasoning: str = "ok") -> None:
    tracker.observe(make_trace(reasoning=reasoning, labels={"session_id": session}))


def test_past_max_sessions_the_least_recently_seen_one_goes() -> None:
    stats, ended = MonitorStats(), []
    tracker = _tracker(stats, ended, max_sessions=3)
    for name in ("a", "b", "c"):
        _step(tracker, name)
    _step(tracker, "a")  # a is fresh again: b is now the oldest
    _step(tracker, "d")
    _step(tracker, "e")
    assert len(tracker.store) == 3
    assert tracker.verdict("b") is None
    assert tracker.verdict("c") is None
    assert [v.steps for v in map(tracker.verdict, "ade") if v is not None] == [2, 1, 1]
    assert stats.get("session_evictions", reason="capacity") == 2
    assert [(v.session_id, v.ended) for v in ended] == [("b", "capacity"), ("c", "capacity")]
    assert stats.gauges()["sessions_live"] == 3


def test_an_idle_session_expires_after_the_ttl() -> None:
    stats, ended, clock = MonitorStats(), [], Clock()
    tracker = _tracker(stats, ended, clock, ttl_s=60)  # type: ignore[arg-type]
    _step(tracker, "old")
    clock.now += 50
    _step(tracker, "young")
    clock.now += 20  # old idle 70 s, young 20 s
    tracker.sweep()
    assert tracker.verdict("old") is None
    assert tracker.verdict("young") is not None
    assert stats.get("session_evictions", reason="ttl") == 1
    assert [(v.session_id, v.ended) for v in ended] == [("old", "ttl")]
    clock.now += 59
    _step(tracker, "young")  # seen again: its TTL starts over
    clock.now += 59
    tracker.sweep()
    assert tracker.verdict("young") is not None


def test_a_session_keeps_at_most_max_steps_and_counts_what_it_forgets() -> None:
    stats, ended = MonitorStats(), []
    tracker = _tracker(stats, ended, max_steps=3)
    for _ in range(5):
        _step(tracker, "long")
    state = tracker.store.get_locked("long")
    assert state is not None
    assert len(state.steps) == 3
    assert all(isinstance(s, StepFacts) for s in state.steps)
    verdict = tracker.verdict("long")
    assert verdict is not None
    assert verdict.steps == 5
    assert stats.get("session_evictions", reason="facts_cap") == 2


def test_a_finding_found_again_at_later_steps_is_reported_once() -> None:
    stats, ended = MonitorStats(), []
    tracker = _tracker(stats, ended)
    plan = "I'll put sys.exit(0) at the top of the test module."
    tracker.observe(make_trace(reasoning=plan, labels={"session_id": "s"}))
    act = make_trace(
        labels={"session_id": "s"}, tool_calls=[{"name": "w", "arguments": "sys.exit(0)"}]
    )
    _, first = tracker.observe(act)
    _, again = tracker.observe(make_trace(labels={"session_id": "s"}))
    assert len(first) == 1
    assert first[0].scope == "session"
    assert again == []
    verdict = tracker.verdict("s")
    assert verdict is not None
    assert verdict.findings == tuple(first)


STATM = Path("/proc/self/statm")


def _rss() -> int:
    return int(STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not STATM.exists(), reason="reads the resident size from /proc")
def test_memory_stays_bounded_under_100000_sessions() -> None:
    stats = MonitorStats()
    reasons: dict[str | None, int] = {}

    def count(verdict: SessionVerdict) -> None:
        reasons[verdict.ended] = reasons.get(verdict.ended, 0) + 1

    tracker = SessionTracker(
        stats,
        is_alert=AlertPolicy().is_alert,
        on_end=count,
        facts=lambda trace, seen_messages=0: StepFacts(trace_id=trace.id),
        trajectory=planned_then_acted,
        max_sessions=1000,
    )
    traces = [make_trace(labels={"session_id": f"s{i}"}) for i in range(1000)]
    for trace in traces:  # the first thousand fill the store
        tracker.observe(trace)
    gc.collect()
    before = _rss()
    for i in range(1000, 100_000):
        trace = traces[i % 1000].model_copy(update={"labels": {"session_id": f"s{i}"}})
        tracker.observe(trace)
    gc.collect()
    grown = _rss() - before
    assert len(tracker.store) == 1000
    assert stats.get("session_evictions", reason="capacity") == 99_000
    assert reasons == {"capacity": 99_000}
    assert tracker.verdict("s99999") is not None
    assert tracker.verdict("s98999") is None
    # 99,000 more sessions came and went; what stays is the store's thousand.
    assert grown < 8 * 2**20, f"RSS grew {grown / 2**20:.1f} MiB"


def test_only_the_messages_new_to_a_step_are_read_for_its_facts() -> None:
    seen: list[int] = []

    def facts(trace: Trace, *, seen_messages: int = 0) -> StepFacts:
        seen.append(seen_messages)
        return StepFacts(trace_id=trace.id)

    tracker = SessionTracker(
        MonitorStats(), is_alert=AlertPolicy().is_alert, on_end=list.append, facts=facts
    )
    ask = {"role": "user", "content": "fix the tests"}
    said = {"role": "assistant", "content": "running them"}
    more = {"role": "user", "content": "go on"}
    for messages in (
        [ask],
        [ask, said, more],  # the history resent: one message seen before
        [ask, said, more, said, more],
        [{"role": "system", "content": "summary so far"}, more],  # rewritten: all new
        [ask, {"role": "user", "content": "other"}, more],  # not a continuation
    ):
        tracker.observe(make_trace(messages=messages, labels={"session_id": "s"}))
    assert seen == [0, 1, 3, 0, 0]
