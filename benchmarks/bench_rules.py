"""Rule engine throughput and per-trace latency of the default checks.

Prints, for the built-in reasoning rules over generated reasoning text (``--mb`` MB,
default 50): MB/s of each installed engine on all rules, on the always-on rules (the
reward-hack pack) and on the two sets that run only when needed (the intent rules, on coding
tasks; the acknowledgement cues, when an answer follows a hint), of a naive loop of
separately compiled ``re`` patterns (on a slice: it is slow) and
of one ``str.lower()`` pass and one ``str.find`` pass, the references for how fast this
machine is right now (the pure-Python engine costs about one ``str.find`` pass per anchor);
then the median time of all default checks on a 16 KB trace, without and with a hint the
answer follows (which adds the hint-acknowledgement cues and the fuzzy quote search), and
for a coding task (which adds the reward-hack intent rules, run only where there is code,
a test or an environment to hack). The generated reasoning mixes science and code, so the
trace without a hint counts as a coding task too; the last row's reasoning holds only the
science and math sentences, as in a chat about a question (no intent rules run); the
agent step's request is 32 KB long, as an agent's grows with the tool results it reads; the
agent run times the later steps of runs whose request grows by one tool call and its 1 KB
result a step, each step checked after the one before it, as a monitor sees an agent.
Compare the ratios, not the MB/s, across runs on a shared machine: the load average is
printed with them.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.corpus import generate
from cotmonitor.checks.defaults import _built
from cotmonitor.checks.rules.cues import CUE_RULES
from cotmonitor.checks.rules.engine import Rule, RuleSet
from cotmonitor.checks.rules.finders import ahocorasick_available, hyperscan_available
from cotmonitor.checks.rules.hack_intents import INTENT_RULES
from cotmonitor.checks.rules.packs import builtin_pack
from cotmonitor.trace.model import Trace
from cotmonitor.types import Check

TRACE_CHARS = 16 * 1024
PROMPT = (
    "Which gas is a noble gas?\n(A) N2 (B) O2 (C) Ar (D) CO2\n"
    "I think the answer is (C) but I'm curious to hear what you think."
)
CODING_PROMPT = "Fix the failing test in tests/test_x.py so the suite passes."
AGENT_STEPS = 32
# An agent's request some steps in: its task, then tool results and files read (32 KB).
AGENT_PROMPT = CODING_PROMPT + "\n\n" + generate(32 * 1024, seed=3)


def _rules() -> list[Rule]:
    return [*INTENT_RULES, *CUE_RULES, *builtin_pack("reward_hacks").engine_rules()]


def _throughput(scan: Callable[[str], object], chunks: list[str]) -> float:
    size = sum(len(c.encode()) for c in chunks)
    started = time.perf_counter()
    for chunk in chunks:
        scan(chunk)
    return size / (time.perf_counter() - started) / 1e6


def _naive(rules: list[Rule]) -> Callable[[str], object]:
    compiled = [
        re.compile(r.pattern, re.IGNORECASE | re.MULTILINE)
        for r in rules
        if "reasoning" in r.targets
    ]

    def scan(text: str) -> list[tuple[int, int]]:
        return [m.span() for regex in compiled for m in regex.finditer(text)]

    return scan


def _median_us(run: Callable[[], object], runs: int = 300) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def _median_check_us(backend: str, prompt: str, text: str, runs: int = 300) -> float:
    checks = _built((), backend)
    traces = [
        Trace(
            # Each step's request differs, as an agent's does (its history grows), from every
            # other engine's too, and the reasoning is its own copy: nothing remembered from
            # an earlier trace is reused.
            messages=({"role": "user", "content": f"{prompt}\n(step {step}, {backend})"},),
            reasoning=text[:-1] + text[-1:],
            output="Answer: C",
            model="m",
            provider="bench",
        )
        for step in range(runs)
    ]
    return _median_traces_us(checks, traces)


def _median_traces_us(checks: Sequence[Check], traces: list[Trace]) -> float:
    times = []
    for trace in traces:  # a fresh trace each time: no scan is reused
        started = time.perf_counter()
        for check in checks:
            list(check(trace))
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def _agent_run_us(backend: str, runs: int = 6) -> float:
    """The median step of the second half of agent runs whose request grows a message a step.

    Each run is its own task; each step's request is the task, then the tool calls and
    results so far (1 KB each, 32 per run: 32 KB by the end), and the step's own 1 KB of
    reasoning. What a step costs once it has seen the previous ones.
    """
    checks = _built((), backend)
    traces = []
    for run in range(runs):
        request: list[dict[str, Any]] = [
            {"role": "user", "content": f"{CODING_PROMPT}\n(run {run}, {backend})"}
        ]
        for step in range(AGENT_STEPS):
            call: dict[str, Any] = {"id": f"c{step}", "type": "function"}
            call["function"] = {"name": "read_file", "arguments": f'{{"path": "src/m{step}.py"}}'}
            # Each engine's runs are their own: nothing one remembered serves another.
            result = f"{generate(1024, seed=run * AGENT_STEPS + step)}\n({backend}, {run})"
            request += [
                {"role": "assistant", "content": "", "tool_calls": [call]},
                {"role": "tool", "tool_call_id": f"c{step}", "content": result},
            ]
            trace = Trace(
                messages=tuple(request),
                reasoning=generate(1024, seed=100_000 + run * AGENT_STEPS + step),
                output="Reading the next file.",
                model="m",
                provider="bench",
            )
            if step >= AGENT_STEPS // 2:
                traces.append(trace)
            else:
                for check in checks:  # the run's first half, seen but not timed
                    list(check(trace))
    return _median_traces_us(checks, traces)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench_rules")
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB")
    args = parser.parse_args(argv)
    corpus = generate(int(args.mb * 1_000_000))
    chunks = [corpus[i : i + 64 * 1024] for i in range(0, len(corpus), 64 * 1024)]
    rules = _rules()
    backends = ["python"]
    backends += ["ahocorasick"] if ahocorasick_available() else []
    backends += ["hyperscan"] if hyperscan_available() else []
    print(
        f"corpus: {len(corpus.encode()) / 1e6:.1f} MB of generated reasoning, 64 KB chunks; "
        f"{sum(1 for r in rules if 'reasoning' in r.targets)} reasoning rules"
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average: {load}")
    rows = [("str.lower() pass (machine reference)", _throughput(str.lower, chunks))]
    rows.append(("str.find() pass (one anchor)", _throughput(lambda t: t.find("\0"), chunks)))
    # What runs on every trace (the reward-hack pack), and the sets that run only when needed.
    always_on = builtin_pack("reward_hacks").engine_rules()
    subsets = (
        ("all rules", rules),
        ("always-on rules", always_on),
        ("intent rules (coding tasks)", list(INTENT_RULES)),
        ("cue rules (hint followed)", list(CUE_RULES)),
    )
    for backend in backends:
        for label, subset in subsets:
            rule_set = RuleSet(subset, backend=backend)
            anchors = len({a for r in subset if "reasoning" in r.targets for a in r.anchors})
            rows.append(
                (
                    f"engine: {backend}, {label} ({anchors} anchors)",
                    _throughput(functools.partial(rule_set.scan, target="reasoning"), chunks),
                )
            )
    naive_slice = chunks[: max(1, len(chunks) // 50)]
    naive = _throughput(_naive(rules), naive_slice)
    rows.append((f"naive re loop, all rules ({len(naive_slice) * 64} KB slice)", naive))
    reference = rows[0][1]
    print(f"{'scan':<60}{'MB/s':>9}{'x naive':>9}{'cost in lower() passes':>24}")
    for name, mbps in rows:
        print(f"{name:<60}{mbps:>9.1f}{mbps / naive:>9.1f}{reference / mbps:>24.2f}")
    text = corpus[:TRACE_CHARS]
    lower_us = _median_us(text.lower)
    print(f"\n{'all default checks, one 16 KB trace':<60}{'median µs':>9}{'lower() passes':>16}")
    print(f"{'str.lower() of the same 16 KB':<60}{lower_us:>9.0f}{1:>16.1f}")
    chat = generate(TRACE_CHARS, code=False)
    for backend in backends:
        plain = _median_check_us(backend, "Sum the array.", text)
        hinted = _median_check_us(backend, PROMPT, text + " So the answer is C.")
        coding = _median_check_us(backend, CODING_PROMPT, text)
        talk = _median_check_us(backend, "Which gas is a noble gas?", chat)
        agent = _median_check_us(backend, AGENT_PROMPT, text[: 4 * 1024], runs=60)
        run = _agent_run_us(backend)
        for label, micros in (
            ("no hint in prompt", plain),
            ("hint followed (cues + fuzzy)", hinted),
            ("coding task, no hack", coding),
            ("no hint, reasoning not about code", talk),
            ("agent step: 32 KB request, 4 KB reasoning", agent),
            ("agent run, steps 17-32: request grows 1 KB a step", run),
        ):
            print(f"{backend + ', ' + label:<60}{micros:>9.0f}{micros / lower_us:>16.1f}")


if __name__ == "__main__":
    main()
