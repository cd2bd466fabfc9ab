"""Judge machinery overhead and throughput against a local scripted judge.

Runs the judge over the reward-hack and hint records of the labelled JSONL against the local
model server, which answers every judge call after a fixed delay (a stand-in for the judge
model's latency). Reports:

- cotmonitor's own work per judged trace (render + fence, parse, quote verification), no I/O;
- end-to-end overhead per judge call above the scripted delay (cotmonitor + litellm + HTTP);
- throughput at concurrency 1, 8 and 64 against the ideal ``concurrency / delay``.

With ``COTMONITOR_EVAL_JUDGE_MODEL`` set (and that provider's API key), it also prints
precision/recall of the rules alone vs rules + judge on the same file.

    python -m benchmarks judge                       # default data path
    python benchmarks/bench_judge.py PATH [--delay 0.05] [--limit 400]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from cotmonitor import Judge, JudgePolicy, Trace
from cotmonitor.checks.judge.parse import parse_answer, to_findings
from cotmonitor.checks.judge.prompt import render
from cotmonitor.checks.judge.schema import TaskName
from cotmonitor.localserver import LocalModelServer, Reply, ServerRequest

DEFAULT_DATA = Path("../shared/data/public-cot-eval.jsonl")
TASKS: tuple[TaskName, ...] = ("reliance", "reward_hack")
JUDGED_LABELS = {"reward_hack", "unverbalized_hint_use", "verbalized_hint_use"}
LEVELS = (1, 8, 64)
_REASONING = re.compile(r"<<<DATA \w+ REASONING>>>\n(.*?)\n<<<END", re.DOTALL)


def load(path: Path, labels: set[str] | None = None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if labels is None or r["label"] in labels]


def to_trace(record: dict[str, Any]) -> Trace:
    return Trace(
        id=record["id"],
        messages=({"role": "user", "content": record["prompt"]},),
        reasoning=record["reasoning"] or "",
        output=str(record["answer"] or ""),
        model=str(record.get("meta", {}).get("model", "unknown")),
    )


def scripted_answer(system: str, user: str) -> str:
    """What the stand-in judge says: a plausible verdict quoting the fenced reasoning."""
    found = _REASONING.search(user)
    reasoning = found.group(1) if found else ""
    quote = reasoning[:80].strip()
    if "suspicion" in system:
        body: dict[str, Any] = {"suspicion": 7, "behaviour": "exits early", "quotes": [quote]}
    else:
        body = {
            "relied_on_unacknowledged": True,
            "information": "hint",
            "confidence": 0.8,
            "quotes": [quote, "a quote the trace does not contain at all"],
        }
    return json.dumps(body)


def responder(delay_s: float) -> Any:
    def answer(request: ServerRequest) -> Reply:
        system, user = (m["content"] for m in request.body["messages"][:2])
        return Reply(content=scripted_answer(system, user), reasoning_field="none", delay_s=delay_s)

    return answer


def serve(delay_s: float, ports: Any, stop: Any) -> None:
    """Run the scripted judge server in its own process, so it does not share the GIL."""
    from http.server import ThreadingHTTPServer

    # the stdlib's listen backlog of 5 drops bursts of 64 new connections (1 s SYN retries)
    ThreadingHTTPServer.request_queue_size = 256
    with LocalModelServer(responder(delay_s)) as server:
        ports.put(server.openai_base_url)
        stop.wait()


def machinery_us(traces: list[Trace]) -> tuple[float, float]:
    """Median and p95 microseconds of cotmonitor's own work per judged trace (no I/O)."""
    samples = []
    for trace in traces:
        replies = {}
        for task in TASKS:
            request = render(task, trace, [], model="openai/judge", max_chars=24_000)
            replies[task] = scripted_answer(
                request.messages[0]["content"], request.messages[1]["content"]
            )
        best = float("inf")
        for _ in range(3):  # best of 3: the CPU cost, not the noise of a shared machine
            started = time.perf_counter()
            for task in TASKS:
                render(task, trace, [], model="openai/judge", max_chars=24_000)
                answer = parse_answer(task, replies[task])
                to_findings(answer, trace, [], check=f"judge.{task}", min_score=0.3)
            best = min(best, time.perf_counter() - started)
        samples.append(best * 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


async def judge_all(judge: Judge, traces: list[Trace]) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(judge.review(trace, ()) for trace in traces))
    return time.perf_counter() - started


async def bare_all(base_url: str, requests: list[list[dict[str, str]]], concurrency: int) -> float:
    """The same calls made with plain ``litellm.acompletion``: the baseline cotmonitor adds to."""
    import litellm

    limit = asyncio.Semaphore(concurrency)

    async def one(messages: list[dict[str, str]]) -> None:
        async with limit:
            await litellm.acompletion(
                model="openai/judge",
                messages=messages,
                api_base=base_url,
                api_key="x",
                response_format={"type": "json_object"},
                max_retries=0,
            )

    started = time.perf_counter()
    await asyncio.gather(*(one(m) for m in requests))
    return time.perf_counter() - started


def judge_level(
    base_url: str, traces: list[Trace], concurrency: int, repeat: int = 1
) -> dict[str, float]:
    """Judge ``traces`` at ``concurrency`` and make the same calls with bare litellm; best walls."""
    policy = JudgePolicy(
        always=True,
        concurrency=concurrency,
        cache_size=0,
        calls_per_minute=None,
        tokens_per_day=None,
        retries=0,
        timeout_s=30,
    )
    judge = Judge("openai/judge", api_base=base_url, api_key="x", policy=policy)
    requests = [
        list(render(task, trace, (), model=judge.model, max_chars=policy.max_chars).messages)
        for trace in traces
        for task in judge.applicable(trace, ())
    ]
    walls, bare_walls = [], []
    for _ in range(repeat):  # interleaved, so both see the same load on a shared machine
        bare_walls.append(asyncio.run(bare_all(base_url, requests, concurrency)))
        walls.append(asyncio.run(judge_all(judge, traces)))
    wall, bare_wall = min(walls), min(bare_walls)
    calls = judge.stats.total("judge_duration_seconds_count")
    seconds = judge.stats.total("judge_duration_seconds_sum")
    return {
        "traces": len(traces),
        "calls": len(requests),
        "ok": judge.stats.get("judge_requests", outcome="ok") / repeat,
        "wall_s": wall,
        "calls_per_s": len(requests) / wall,
        "bare_calls_per_s": len(requests) / bare_wall,
        "per_call_ms": seconds / max(calls, 1) * 1000,
        "added_ms_per_trace": (wall - bare_wall) / len(traces) * 1000,
    }


def print_table(rows: list[tuple[int, dict[str, float]]], delay_s: float) -> None:
    print(
        f"{'concurrency':>11} {'traces':>6} {'calls':>5} {'ok':>4} {'wall s':>7} {'judge calls/s':>13} "
        f"{'bare litellm calls/s':>20} {'ideal':>6} {'ms/call':>8} {'added ms/trace':>14}"
    )
    for level, r in rows:
        print(
            f"{level:>11} {r['traces']:>6.0f} {r['calls']:>5.0f} {r['ok']:>4.0f} {r['wall_s']:>7.2f} "
            f"{r['calls_per_s']:>13.1f} {r['bare_calls_per_s']:>20.1f} {level / delay_s:>6.0f} "
            f"{r['per_call_ms']:>8.1f} {r['added_ms_per_trace']:>14.2f}"
        )


def evaluate(path: Path, model: str) -> None:
    """Precision/recall of rules alone vs rules + judge (needs a real judge model)."""
    from cotmonitor import Monitor, default_checks

    records = load(path)
    judge = Judge(model, policy=JudgePolicy(always=True, concurrency=8))
    monitor = Monitor(checks=default_checks(), judge=judge, exporters=[])
    targets = {"unverbalized_hint": "unverbalized_hint_use", "reward_hack": "reward_hack"}

    async def judged(trace: Trace) -> set[str]:
        verdict = await monitor.acheck(trace, export=False)
        return {f.category for f in verdict.findings}

    async def run_all() -> list[set[str]]:
        return await asyncio.gather(*(judged(to_trace(r)) for r in records))

    rule_sets = [
        {f.category for f in monitor.check(to_trace(r), export=False).findings} for r in records
    ]
    judge_sets = asyncio.run(run_all())
    print(f"{'target':>18} {'setup':>14} {'precision':>9} {'recall':>7}")
    for category, label in targets.items():
        truth = [r["label"] == label for r in records]
        for setup, sets in (("rules", rule_sets), ("rules + judge", judge_sets)):
            predicted = [category in s for s in sets]
            tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
            precision = tp / max(sum(predicted), 1)
            recall = tp / max(sum(truth), 1)
            print(f"{category:>18} {setup:>14} {precision:>9.2f} {recall:>7.2f}")
    monitor.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_judge", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--delay", type=float, default=0.05, help="scripted judge latency (s)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per level (best wall kept)")
    parser.add_argument("--limit", type=int, default=384, help="records used per level at most")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"no data at {args.path}: pass the labelled JSONL path")
        return 0
    traces = [to_trace(r) for r in load(args.path, JUDGED_LABELS)]
    median_us, p95_us = machinery_us(traces)
    print(f"judged records: {len(traces)} (reward_hack + hint labels)")
    print(
        f"cotmonitor machinery per judged trace (render+fence, parse, quote check; 2 tasks; no I/O; best of 3): median {median_us:.0f} µs, p95 {p95_us:.0f} µs"
    )
    rows = []
    context = multiprocessing.get_context("spawn")
    ports, stop = context.Queue(), context.Event()
    process = context.Process(target=serve, args=(args.delay, ports, stop), daemon=True)
    process.start()
    try:
        base_url = ports.get(timeout=60)
        judge_level(base_url, traces[:2], 1)  # warm up: litellm's import and caches
        for level in LEVELS:
            count = min(len(traces), args.limit, max(24, level * 6))
            rows.append((level, judge_level(base_url, traces[:count], level, args.repeat)))
    finally:
        stop.set()
        process.join(10)
    print(f"end to end against a local judge answering after {args.delay * 1000:.0f} ms:")
    print_table(rows, args.delay)
    model = os.environ.get("COTMONITOR_EVAL_JUDGE_MODEL")
    if model:
        evaluate(args.path, model)
    else:
        print(
            "precision/recall rules vs rules + judge: not run (set COTMONITOR_EVAL_JUDGE_MODEL and its API key)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
