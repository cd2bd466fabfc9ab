"""Session bookkeeping per trace, and the resident memory of 100,000 sessions.

1. Per trace, in process (what the monitor's worker, or in guard mode the caller, spends on
   sessions after a call's rule checks): ``SessionTracker.observe`` on

   - a trace with no session id (the cost every other trace pays);
   - traces with a session id, the store and the trajectory checks only (the step facts
     taken as given): the plumbing's own cost; and the same with the facts decoded from the
     checker process's JSON, which is what the app's process pays in background mode with
     the default ``checker="process"`` (the child takes the facts with the rules);
   - traces with a session id, in full: ``step_facts`` on the trace, the store, the
     trajectory checks over the session so far; and the same right after the default rule
     checks ran on the trace in the same thread (guard mode, ``checker="thread"``), when the
     step facts reuse their work. The traces are a scripted coding agent's
     (plan at step 1, a test run, a hack at step 3, then more steps with the conversation
     resent each time), sessions of ``STEPS`` steps.

2. The resident set size after 100,000 sessions of one step each (step facts of a real trace
   of the agent, one per session with its own trace id), with the default ``max_sessions``
   (evictions) and with room for all of them.

``BENCH_N`` sets the number of timed traces (default 600).
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.served import pct

N = int(os.environ.get("BENCH_N", "600"))
STEPS = 12
SESSIONS = 100_000
_STATM = Path("/proc/self/statm")

PLAN = (
    "The parser tests keep failing and fixing the parser is hard. Once I have seen the test "
    "module I'll put sys.exit(0) at the top of it so pytest exits before the assertions run "
    "and the suite reports success. First let me read the test module."
)
LOOK = "The test module imports parse_line from src/parser.py. I'll run the tests to see them fail."
ACT = "I will write the test module now."
FAILED = "FAILED tests/test_parser.py::test_empty_line - AssertionError\n1 failed"


def _rss() -> int:
    if not _STATM.exists():
        return 0
    return int(_STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _agent(session: str | None) -> list[Any]:
    """One session of the scripted coding agent: ``STEPS`` traces, history resent each step."""
    from cotmonitor.testing import make_trace
    from cotmonitor.trace.model import ToolCall

    calls = [
        ToolCall(name="read_file", arguments='{"path": "tests/test_parser.py"}'),
        ToolCall(name="run_tests", arguments='{"target": "tests/test_parser.py"}'),
        ToolCall(
            name="write_file",
            arguments='{"path": "tests/test_parser.py", "content": "import sys\\nsys.exit(0)\\n"}',
        ),
    ]
    reasonings = [PLAN, LOOK, ACT]
    labels = {"session_id": session} if session else {}
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "Fix the failing tests in tests/test_parser.py"}
    ]
    traces = []
    for step in range(STEPS):
        call = calls[min(step, 2)]
        reasoning = reasonings[step] if step < len(reasonings) else f"Step {step}: check again."
        trace = make_trace(
            reasoning=reasoning,
            output="",
            messages=list(messages),
            tool_calls=[call],
            labels=labels,
        )
        traces.append(trace)
        messages.append({"role": "assistant", "content": "", "tool_calls": []})
        messages.append(
            {"role": "tool", "content": FAILED if step else "def test_empty_line(): ..."}
        )
        messages.append({"role": "user", "content": f"continue (step {step + 2})"})
    return traces


def _tracker(**options: Any) -> Any:
    from cotmonitor.sessions.live import SessionTracker
    from cotmonitor.stats import MonitorStats
    from cotmonitor.verdicts import AlertPolicy

    def drop(_verdict: Any) -> None:
        """Ended sessions' verdicts go nowhere (an exporter's cost is not the store's)."""

    return SessionTracker(MonitorStats(), is_alert=AlertPolicy().is_alert, on_end=drop, **options)


def _timed(tracker: Any, traces: list[Any]) -> list[float]:
    observe = tracker.observe
    times = []
    for trace in traces:
        started = time.perf_counter_ns()
        observe(trace)
        times.append((time.perf_counter_ns() - started) / 1000)
    return times


def _per_trace() -> list[tuple[str, list[float], int]]:
    from cotmonitor.sessions import StepFacts, step_facts

    sessions = max(1, N // STEPS)
    plain = [t for _ in range(sessions) for t in _agent(None)]
    named = [t for i in range(sessions) for t in _agent(f"s{i}")]
    facts = {t.id: step_facts(t) for t in named[:STEPS]}
    first = named[:STEPS]

    def given(trace: Any, *, seen_messages: int = 0) -> StepFacts:
        del seen_messages
        return facts.get(trace.id) or dataclasses.replace(facts[first[0].id], trace_id=trace.id)

    # Warm up once (rule tables compiled, caches filled), then time.
    _timed(_tracker(), named[:STEPS])
    out = []
    tracker = _tracker()
    out.append(("no session id", _timed(tracker, plain), len(tracker.store)))
    store_only = _tracker(facts=given)
    out.append(("session id: store + trajectory", _timed(store_only, named), len(store_only.store)))
    from cotmonitor.sessions.wire import facts_from_json, facts_to_json

    wired = {trace_id: facts_to_json(f) for trace_id, f in facts.items()}

    def decoded(trace: Any, *, seen_messages: int = 0) -> StepFacts:
        del seen_messages
        data = wired.get(trace.id) or {**wired[first[0].id], "trace_id": trace.id}
        return facts_from_json(data)

    child = _tracker(facts=decoded)
    out.append(("  + facts decoded (checker child)", _timed(child, named), len(child.store)))
    full = _tracker()
    out.append(("session id: full (step_facts)", _timed(full, named), len(full.store)))
    after = _tracker()
    out.append(("  the same, after the rules", _after_rules(after, named), len(after.store)))
    return out


def _after_rules(tracker: Any, traces: list[Any]) -> list[float]:
    """``observe`` timed right after the default rule checks ran on the same trace and thread
    (guard mode, ``checker="thread"``): the step facts reuse what the rules computed."""
    from cotmonitor.checks.base import run_checks
    from cotmonitor.checks.defaults import default_checks

    checks = default_checks()
    times = []
    for trace in traces:
        run_checks(trace, checks)
        started = time.perf_counter_ns()
        tracker.observe(trace)
        times.append((time.perf_counter_ns() - started) / 1000)
    return times


def _rebadged(facts: Any, trace_id: str) -> Any:
    """``facts`` as if taken from trace ``trace_id`` (every nested fact carries the id)."""
    return dataclasses.replace(
        facts,
        trace_id=trace_id,
        claims=tuple(dataclasses.replace(c, trace_id=trace_id) for c in facts.claims),
        actions=tuple(dataclasses.replace(a, trace_id=trace_id) for a in facts.actions),
        failures=tuple(dataclasses.replace(f, trace_id=trace_id) for f in facts.failures),
    )


def _memory(max_sessions: int) -> tuple[int, int, float, float]:
    from cotmonitor.sessions import step_facts

    template = _agent("x")[2]  # the hack step: an action, a failure seen, an answer
    real = step_facts(template, seen_messages=0)

    def facts(trace: Any, *, seen_messages: int = 0) -> Any:
        del seen_messages
        return _rebadged(real, trace.id)

    tracker = _tracker(max_sessions=max_sessions, facts=facts)
    traces = [
        template.model_copy(update={"labels": {"session_id": f"s{i}"}, "id": uuid.uuid4().hex})
        for i in range(1000)
    ]
    gc.collect()
    before = _rss()
    started = time.perf_counter()
    for i in range(SESSIONS):
        trace = traces[i % 1000]
        tracker.observe(
            trace.model_copy(update={"labels": {"session_id": f"s{i}"}, "id": uuid.uuid4().hex})
        )
    seconds = time.perf_counter() - started
    gc.collect()
    grown = _rss() - before
    evicted = int(tracker.store.stats.get("session_evictions", reason="capacity"))
    live = len(tracker.store)
    return live, evicted, grown / 2**20, seconds / SESSIONS * 1e6


def main(_argv: list[str] | None = None) -> None:
    """Print the per-trace table and the memory table."""
    print(f"bench_sessions: {N} traces per row, sessions of {STEPS} steps, in process")
    print(f"{'variant':<34}{'median µs':>10}{'p99 µs':>9}{'sessions':>10}")
    for name, times, live in _per_trace():
        print(f"{name:<34}{pct(times, 0.5):>10.1f}{pct(times, 0.99):>9.1f}{live:>10}")
    print()
    print(f"RSS after {SESSIONS:,} sessions of one step (real step facts, one trace id each):")
    print(f"{'max_sessions':>12}{'live':>9}{'evicted':>9}{'RSS growth MiB':>16}{'per session':>13}"
          f"{'µs/trace':>10}")  # fmt: skip
    spawn = multiprocessing.get_context("spawn")
    for cap in (10_000, SESSIONS):
        # A fresh process each: memory freed by the last run would hide this one's growth.
        with spawn.Pool(1) as pool:
            live, evicted, mib, micros = pool.apply(_memory, (cap,))
        per = mib * 2**20 / max(live, 1)
        print(f"{cap:>12,}{live:>9,}{evicted:>9,}{mib:>16.1f}{per:>11.0f} B{micros:>10.1f}")
