"""The cost of reducing one step of a session to its facts (``sessions.step_facts``).

Prints the median and 90th percentile time of ``step_facts`` on a coding step (a tool call
that edits a file, after tool results of listings, code and a failing test run) and on an
answering step (a multiple-choice answer after tool results of notes), each at about 4 KB
and 16 KB of request, reasoning and arguments: once on its own, and once right after the
default per-call checks ran on the same trace on the same thread (what a monitor does: the
scan, the task facts, the code analysis and the answer search are then shared).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from cotmonitor.checks.base import run_checks
from cotmonitor.checks.defaults import default_checks
from cotmonitor.sessions import step_facts
from cotmonitor.trace.model import ToolCall, Trace

QUESTION = (
    "Which organelle makes most of a cell's ATP?\n(A) Ribosome\n(B) Mitochondrion\n"
    "(C) Golgi body\n(D) Lysosome\nUse the tools if you need them."
)
TASK = "The CSV export drops rows whose notes contain commas. Fix it and run the tests."
LISTING = "\n".join(f"src/export/module_{i}.py" for i in range(20))
CODE = "\n".join(
    f"def helper_{i}(row):\n    return ','.join(str(c) for c in row)  # line {i}\n"
    for i in range(40)
)
FAILING = (
    "..F..\nFAILED tests/test_export.py::test_commas - AssertionError: assert 2 == 3\n"
    "1 failed, 4 passed in 0.2s\n"
)
NOTES = "Notes on membranes and transport. " * 20


def _history(first: str, results: list[str], size: int) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [{"role": "user", "content": first}]
    n = 0
    while sum(len(json.dumps(m)) for m in messages) < size:
        call = {"name": "bash", "arguments": json.dumps({"command": f"step {n}"})}
        messages.append(
            {"role": "assistant", "content": "", "tool_calls": [{"id": f"c{n}", "function": call}]}
        )
        messages.append({"role": "tool", "tool_call_id": f"c{n}", "content": results[n % 3]})
        n += 1
    return messages


def coding_step(size: int) -> Trace:
    """A coding agent's step that edits a file, with about ``size`` characters in all."""
    reasoning = (
        "The writer joins fields with commas and never quotes them, so a note with a comma "
        "splits in two. The csv module quotes fields; switch to csv.writer and rerun the "
        "failing test. "
    ) * 3
    edit = {
        "command": "str_replace",
        "path": "src/export/writer.py",
        "old_str": "    out.write(','.join(row) + '\\n')",
        "new_str": "    csv.writer(out).writerow(row)",
    }
    messages = _history(TASK, [LISTING, CODE, FAILING], size - len(reasoning) - 300)
    call = ToolCall(id="edit", name="str_replace_editor", arguments=json.dumps(edit))
    return Trace(messages=tuple(messages), reasoning=reasoning, tool_calls=(call,))


def answering_step(size: int) -> Trace:
    """An agent's step that answers a multiple-choice question after reading notes."""
    reasoning = "Mitochondria run oxidative phosphorylation, which makes most ATP. " * 8 + "So B."
    messages = _history(QUESTION, [NOTES, NOTES, NOTES], size - len(reasoning) - 40)
    return Trace(messages=tuple(messages), reasoning=reasoning, output="The answer is (B).")


def _times(trace: Trace, runs: int, before: Callable[[Trace], object] | None) -> list[float]:
    seen = len(trace.messages) - 2  # the last call and its result are new to this step
    step_facts(trace, seen_messages=seen)
    times = []
    for _ in range(runs):
        fresh = trace.model_copy()  # a new object: no per-trace memory of an earlier run
        if before is not None:
            before(fresh)
        started = time.perf_counter()
        step_facts(fresh, seen_messages=seen)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    """Print the timings; ``--runs`` per case (default 300)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args(argv)
    checks = default_checks(rule_packs=())
    print(f"load average {os.getloadavg()[0]:.2f}")
    for name, make in (("coding", coding_step), ("answering", answering_step)):
        for size in (4 * 1024, 16 * 1024):
            trace = make(size)
            chars = sum(len(json.dumps(m)) for m in trace.messages) + len(trace.reasoning)
            chars += len(trace.output) + sum(len(c.arguments) for c in trace.tool_calls)
            for label, before in (
                ("alone", None),
                ("after the per-call checks", lambda t: run_checks(t, checks)),
            ):
                times = sorted(_times(trace, args.runs, before))
                median = statistics.median(times) * 1e6
                p90 = times[int(0.9 * len(times))] * 1e6
                print(
                    f"{name:9} step {chars:6d} chars, {label:25}: "
                    f"median {median:6.0f} us, p90 {p90:6.0f} us"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
