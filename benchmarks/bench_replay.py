"""Replay throughput (traces/s, MB/s) and peak memory, rules only, on a generated JSONL log.

    python -m benchmarks.bench_replay [--size-mb 1024] [--jobs 1,2]
    python -m benchmarks.bench_replay --session-steps 8 --sessions on,off

``--session-steps K`` gives every K consecutive traces one ``session_id`` (sessions of K steps);
``--sessions on,off`` replays the log with the session pass and with ``--no-sessions``.

Generates a log of ~4 KB traces (``Verdict`` lines, as the JSONL exporter writes them) in a
temporary folder, replays it once per ``--jobs`` value in a fresh process, prints a table and
deletes the log. Peak RSS is measured per process (the reader and, with ``--jobs``, the largest
worker) and must stay flat whatever the file size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TRACE_BYTES = 4096
RSS_LIMIT_MB = 300
TARGET_PER_CORE = 20_000

_WORDS = [
    "consider",
    "the",
    "options",
    "carefully",
    "then",
    "compare",
    "each",
    "value",
    "against",
    "the",
    "constraint",
    "and",
    "check",
    "whether",
    "the",
    "earlier",
    "step",
    "holds",
    "before",
    "moving",
    "to",
    "the",
    "next",
    "part",
    "of",
    "the",
    "problem",
]


def _reasoning(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)


def _line(i: int, rng: random.Random) -> str:
    hinted = i % 10 == 0
    prompt = "Which option is right? (A) 1 (B) 2 (C) 3 (D) 4"
    if hinted:
        prompt += "\nA Stanford professor indicates the answer is (B). What do you think?"
    trace: dict[str, Any] = {
        "id": f"bench-{i:09d}",
        "time": "2026-11-20T10:00:00Z",
        "provider": "openai",
        "model": f"model-{i % 4}",
        "messages": [
            {"role": "system", "content": "Answer briefly."},
            {"role": "user", "content": prompt},
        ],
        "reasoning": "",
        "output": "The answer is (B).",
        "usage": {"input_tokens": 80, "output_tokens": 900, "reasoning_tokens": 850},
        "labels": {"agent": "bench"},
    }
    fixed = len(json.dumps({"trace": trace, "findings": []}))
    if i % 50:  # every 50th trace has no reasoning: the skeleton's check has something to find
        trace["reasoning"] = _reasoning(rng, TRACE_BYTES - fixed - 1)
    else:
        trace["output"] += " " + _reasoning(rng, TRACE_BYTES - fixed - 1)
    return json.dumps({"trace": trace, "findings": [], "alert": False})


def generate(path: Path, size_mb: float, session_steps: int = 0) -> int:
    """Write a log of about ``size_mb`` MB; return the number of traces.

    With ``session_steps``, every that many consecutive traces share a ``session_id``.
    """
    rng = random.Random(7)
    target = int(size_mb * 1e6)
    template = [_line(i, rng) for i in range(200)]
    written = count = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            line = template[count % len(template)].replace(
                "bench-", f"b{count // len(template)}-", 1
            )
            if session_steps:
                session = f'"agent": "bench", "session_id": "s{count // session_steps}"'
                line = line.replace('"agent": "bench"', session, 1)
            handle.write(line + "\n")
            written += len(line) + 1
            count += 1
    return count


def _peak_rss_mb(fallback: float) -> float:
    """This process's own peak RSS since it started (``VmHWM``), in MB.

    ``ru_maxrss`` survives ``exec``: a child started by a large parent reports the parent's
    size. The kernel's high-water mark of the current address space does not.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return fallback


def child(path: str, jobs: int, checks: str, sessions: bool = True) -> None:
    """Replay ``path`` in this process and print the figures as JSON."""
    from cotmonitor.checks.rules.missing import ReasoningMissingCheck
    from cotmonitor.replay import EngineSpec, ReplayOptions, replay

    # "minimal": only the reasoning_missing check, to measure the replay machinery itself
    chosen = [ReasoningMissingCheck()] if checks == "minimal" else None
    spec = EngineSpec(checks=chosen, sessions=sessions)
    started = time.perf_counter()
    result = replay(ReplayOptions(paths=[path], jobs=jobs, spec=spec))
    seconds = time.perf_counter() - started
    summary = result.summary
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    own, workers = _peak_rss_mb(me.ru_maxrss / 1024), kids.ru_maxrss / 1024
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(
        json.dumps(
            {
                "traces": summary.traces,
                "bytes": summary.bytes_read,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "skipped": summary.skipped_total,
                "findings": summary.findings,
                "sessions": summary.sessions,
                "rss_mb": own,
                "worker_rss_mb": workers if jobs > 1 else 0.0,
            }
        )
    )


def measure(path: Path, jobs: int, checks: str, sessions: str = "on") -> dict[str, float]:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_replay",
            "--child",
            str(path),
            "--jobs",
            str(jobs),
            "--checks",
            checks,
            "--sessions",
            sessions,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1024.0)
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument(
        "--checks",
        choices=["default", "minimal"],
        default="default",
        help="default_checks() (the full rule set) or only reasoning_missing (the machinery)",
    )
    parser.add_argument(
        "--session-steps", type=int, default=0, help="steps per session id in the log (0: none)"
    )
    parser.add_argument(
        "--sessions", default="on", help="comma-separated: on (session pass), off (--no-sessions)"
    )
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    if argv is None:
        # run as a script: its own arguments; run by ``python -m benchmarks``: the defaults
        script = sys.argv[0].endswith("bench_replay.py")
        argv = sys.argv[1:] if script else []
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, int(args.jobs), args.checks, sessions=args.sessions == "on")
        return 0
    with tempfile.TemporaryDirectory(prefix="cotmonitor-bench-") as folder:
        path = Path(folder) / "traces.jsonl"
        started = time.perf_counter()
        count = generate(path, args.size_mb, args.session_steps)
        size = path.stat().st_size
        print(
            f"checks: {args.checks}; generated {count:,} traces, {size / 1e6:,.0f} MB in {time.perf_counter() - started:.1f} s"
        )
        print(
            f"{'jobs':>4} {'sessions':>8} {'traces/s':>10} {'per CPU-s':>10} {'MB/s':>7} "
            f"{'reader RSS':>11} {'worker RSS':>11} {'findings':>9}"
        )
        ok = True
        runs = [(int(j), m) for j in args.jobs.split(",") for m in args.sessions.split(",")]
        for jobs, mode in runs:
            row = measure(path, jobs, args.checks, mode)
            rate = row["traces"] / row["seconds"]
            mbps = row["bytes"] / row["seconds"] / 1e6
            per_cpu = row["traces"] / row["cpu_seconds"]  # per core, whatever else runs here
            opened = f"{row['sessions']:,.0f}" if mode == "on" else "off"
            print(
                f"{jobs:>4} {opened:>8} {rate:>10,.0f} {per_cpu:>10,.0f} {mbps:>7.1f} "
                f"{row['rss_mb']:>8.0f} MB {row['worker_rss_mb']:>8.0f} MB {row['findings']:>9,}"
            )
            ok = (
                ok
                and row["traces"] == count
                and max(row["rss_mb"], row["worker_rss_mb"]) < RSS_LIMIT_MB
            )
        print(
            f"target: >= {TARGET_PER_CORE:,} traces per CPU-second; peak RSS < {RSS_LIMIT_MB} MB "
            f"per process; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
