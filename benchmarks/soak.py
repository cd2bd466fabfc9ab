"""Soak test: a million wrapped calls under random faults; nothing reaches the caller, memory stays flat.

``python -m benchmarks.soak [--calls N] [--threads 8] [--tasks 8]`` (``make soak``). Not part
of ``make test``: the full run takes tens of minutes on two cores.

The real OpenAI SDK (sync clients on threads, async clients on asyncio tasks) talks to an
in-process ``httpx`` transport, so a million calls do not wait on sockets. Each call draws a
fault: a 5xx, a stream cut mid-way, a stream the caller abandons, a malformed JSON body; and
the monitor runs with an exporter that raises now and then and a judge that times out.
Checked at the end:

- the caller saw exactly the provider errors that were injected, nothing from the monitor;
- every fault is in its own counter: each injected provider fault became a trace with that
  error (or was dropped by the full queue and counted there), each exporter failure is in
  ``internal_errors{stage="export"}``, each judge timeout in ``internal_errors{stage="check"}``;
- RSS after warm-up (the first fifth of the calls) stays within 10% of its warm-up value.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import httpx
import openai
from openai.types.chat import ChatCompletionMessageParam

from cotmonitor import Monitor, Trace, Verdict
from cotmonitor.checks.defaults import default_checks
from cotmonitor.verdicts import Finding

FAULTS = ("ok", "ok_stream", "5xx", "cut", "abandon", "malformed")
WEIGHTS = (40, 30, 8, 8, 8, 6)
PROVIDER_ERRORS = {"5xx", "cut", "malformed"}
MESSAGES: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "2 + 2? (A) 3 (B) 4. A professor says (B)."}
]
REASONING = "The professor suggests (B). Checking it: 2 + 2 is 4, which is option (B). " * 4


def _completion() -> bytes:
    message = {"role": "assistant", "content": "The answer is (B).", "reasoning_content": REASONING}
    body = {
        "id": "c1",
        "object": "chat.completion",
        "created": 0,
        "model": "soak-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 20, "completion_tokens": 40, "total_tokens": 60},
    }
    return json.dumps(body).encode()


def _chunks() -> list[bytes]:
    parts = [{"reasoning_content": REASONING[i : i + 60]} for i in range(0, len(REASONING), 60)]
    parts.append({"content": "The answer is (B)."})
    out = []
    for delta in parts:
        chunk = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "soak-model",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
        out.append(f"data: {json.dumps(chunk)}\n\n".encode())
    return [*out, b"data: [DONE]\n\n"]


COMPLETION, CHUNKS = _completion(), _chunks()


class _Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, cut: bool) -> None:
        self.cut = cut

    def _parts(self) -> Iterator[bytes]:
        for index, chunk in enumerate(CHUNKS):
            if self.cut and index == 3:
                raise httpx.ReadError("connection reset mid-stream")
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        yield from self._parts()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._parts():
            yield chunk


def _respond(request: httpx.Request) -> httpx.Response:
    fault = request.headers.get("x-soak-fault", "ok")
    sse = {"content-type": "text/event-stream"}
    if fault == "5xx":
        return httpx.Response(503, json={"error": {"message": "overloaded", "type": "server"}})
    if fault == "malformed":
        body = b'{"id": "c1", "choices": ['
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})
    if fault in ("ok_stream", "cut", "abandon"):
        return httpx.Response(200, stream=_Stream(cut=fault == "cut"), headers=sse)
    return httpx.Response(200, content=COMPLETION, headers={"content-type": "application/json"})


async def _arespond(request: httpx.Request) -> httpx.Response:
    return _respond(request)


class FlakyExporter:
    """Raises on every 50th verdict."""

    name = "flaky"

    def __init__(self) -> None:
        self.calls = 0
        self.raised = 0
        self.by_error: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, verdict: Verdict) -> None:
        with self._lock:
            self.calls += 1
            error = verdict.trace.error or ""
            kind = (
                error.split(":", 1)[0]
                if error
                else ("partial" if not verdict.trace.complete else "ok")
            )
            self.by_error[kind] += 1
            if self.calls % 50 == 0:
                self.raised += 1
                raise RuntimeError("exporter down")


class TimingOutJudge:
    """An async check that judges one trace in 20 and always times out."""

    name = "slow_judge"

    def __init__(self) -> None:
        self.timeouts = 0

    def wants(self, trace: Trace, findings: Sequence[Finding]) -> bool:  # noqa: ARG002
        return hash(trace.id) % 20 == 0

    async def __call__(self, trace: Trace, findings: Sequence[Finding]) -> list[Finding]:  # noqa: ARG002
        self.timeouts += 1
        await asyncio.wait_for(asyncio.sleep(1.0), timeout=0.001)
        return []


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:  # noqa: PTH123
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.injected: Counter[str] = Counter()
        self.caller_errors: Counter[str] = Counter()
        self.unexpected: list[str] = []
        self.done = 0

    def record(self, fault: str, error: BaseException | None) -> None:
        with self.lock:
            self.injected[fault] += 1
            self.done += 1
            if error is not None:
                self.caller_errors[fault] += 1
                if fault not in PROVIDER_ERRORS:
                    self.unexpected.append(f"{fault}: {type(error).__name__}: {error}")
            elif fault in PROVIDER_ERRORS:
                self.unexpected.append(f"{fault}: no error reached the caller")


def _call(client: openai.OpenAI, fault: str) -> None:
    headers = {"x-soak-fault": fault}
    if fault in ("ok", "5xx", "malformed"):
        client.chat.completions.create(model="soak-model", messages=MESSAGES, extra_headers=headers)
        return
    stream = client.chat.completions.create(
        model="soak-model",
        messages=MESSAGES,
        stream=True,
        extra_headers=headers,
    )
    for index, _chunk in enumerate(stream):
        if fault == "abandon" and index == 2:
            break


async def _acall(client: openai.AsyncOpenAI, fault: str) -> None:
    headers = {"x-soak-fault": fault}
    if fault in ("ok", "5xx", "malformed"):
        await client.chat.completions.create(
            model="soak-model", messages=MESSAGES, extra_headers=headers
        )
        return
    stream = await client.chat.completions.create(
        model="soak-model",
        messages=MESSAGES,
        stream=True,
        extra_headers=headers,
    )
    index = 0
    async for _chunk in stream:
        if fault == "abandon" and index == 2:
            break
        index += 1


def _thread(monitor: Monitor, tally: Tally, calls: int, seed: int) -> None:
    rng = random.Random(seed)
    client = monitor.wrap(
        openai.OpenAI(api_key="soak", base_url="http://soak.invalid/v1", max_retries=0,
                      http_client=httpx.Client(transport=httpx.MockTransport(_respond)))  # type: ignore[arg-type]
    )  # fmt: skip
    for _ in range(calls):
        fault = rng.choices(FAULTS, WEIGHTS)[0]
        try:
            _call(client, fault)
        except Exception as error:
            tally.record(fault, error)
        else:
            tally.record(fault, None)


async def _tasks(monitor: Monitor, tally: Tally, tasks: int, calls: int, seed: int) -> None:
    client = monitor.wrap(
        openai.AsyncOpenAI(api_key="soak", base_url="http://soak.invalid/v1", max_retries=0,
                           http_client=httpx.AsyncClient(transport=httpx.MockTransport(_arespond)))  # type: ignore[arg-type]
    )  # fmt: skip

    async def worker(index: int) -> None:
        rng = random.Random(seed + index)
        for _ in range(calls):
            fault = rng.choices(FAULTS, WEIGHTS)[0]
            try:
                await _acall(client, fault)
            except Exception as error:
                tally.record(fault, error)
            else:
                tally.record(fault, None)

    await asyncio.gather(*(worker(i) for i in range(tasks)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--tasks", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    exporter, judge = FlakyExporter(), TimingOutJudge()
    monitor = Monitor(default_checks(), judge=judge, exporters=[exporter], queue_size=2000)
    workers = args.threads + 1
    per_worker = args.calls // workers
    tally = Tally()
    threads = [
        threading.Thread(target=_thread, args=(monitor, tally, per_worker, args.seed + i))
        for i in range(args.threads)
    ]
    runner = threading.Thread(
        target=lambda: asyncio.run(
            _tasks(monitor, tally, args.tasks, per_worker // args.tasks, args.seed + 1000)
        )
    )
    started = time.perf_counter()
    for thread in [*threads, runner]:
        thread.start()
    total = per_worker * args.threads + (per_worker // args.tasks) * args.tasks
    samples: list[tuple[int, float]] = []
    while any(t.is_alive() for t in [*threads, runner]):
        time.sleep(2.0)
        samples.append((tally.done, _rss_mb()))
        print(
            f"\r{tally.done:,}/{total:,} calls, RSS {samples[-1][1]:.0f} MB",
            end="",
            file=sys.stderr,
        )
    elapsed = time.perf_counter() - started
    # Abandoned streams reach the monitor when collected, through the reaper thread.
    gc.collect()
    time.sleep(1.0)
    monitor.flush(timeout=60)
    print(file=sys.stderr)
    return _report(
        monitor=monitor, tally=tally, exporter=exporter, judge=judge, samples=samples,
        total=total, elapsed=elapsed,
    )  # fmt: skip


def _report(
    *,
    monitor: Monitor, tally: Tally, exporter: FlakyExporter, judge: TimingOutJudge,
    samples: list[tuple[int, float]], total: int, elapsed: float,
) -> int:  # fmt: skip
    stats = monitor.stats
    dropped = stats.total("queue_dropped")
    traces = exporter.calls
    warm = next((rss for done, rss in samples if done >= total // 5), samples[0][1])
    after = [rss for done, rss in samples if done >= total // 5] or [warm]
    growth = max(after) / warm - 1
    print(f"calls: {tally.done:,} in {elapsed:,.0f} s ({tally.done / elapsed:,.0f}/s) on "
          f"{os.cpu_count()} cores")  # fmt: skip
    print(f"injected: {dict(tally.injected)}")
    print(f"errors the caller saw: {dict(tally.caller_errors)} (all injected provider errors)")
    print(f"exceptions from the monitor into the caller: {len(tally.unexpected)}")
    for line in tally.unexpected[:5]:
        print(f"  {line}")
    print(f"traces checked and exported: {traces:,}; dropped by the full queue: {dropped:,.0f}; "
          f"sum {traces + dropped:,.0f} of {tally.done:,} calls")  # fmt: skip
    print(f"traces by error: {dict(exporter.by_error)}")
    print(f"exporter failures raised: {exporter.raised:,}; counted: "
          f"{stats.get('internal_errors', stage='export', component='flaky'):,.0f}")  # fmt: skip
    print(f"judge timeouts: {judge.timeouts:,}; counted: "
          f"{stats.get('internal_errors', stage='check', component='slow_judge'):,.0f}")  # fmt: skip
    print(
        f"other internal errors: {stats.total('internal_errors') - exporter.raised - judge.timeouts:,.0f}"
    )
    print(f"RSS: {warm:.0f} MB after warm-up, at most {max(after):.0f} MB after ({growth:+.1%})")
    ok = (
        not tally.unexpected
        and traces + dropped == tally.done
        and stats.get("internal_errors", stage="export", component="flaky") == exporter.raised
        and growth <= 0.10
    )
    print("PASS" if ok else "FAIL")
    monitor.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
