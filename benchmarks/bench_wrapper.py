"""Overhead of the capture wrapper on OpenAI calls, against bare calls and OTel's openai-v2.

Two measurements:

1. Over HTTP to the local model server, which runs in its own process so its CPU use does not
   compete for the client's GIL. Variants interleaved round by round, all on one server:
   ``bare``; ``capture`` (``Monitor(checks=[], exporters=[])``: the wrapper and the worker's
   normalization); ``checks`` (``Monitor(exporters=[], on_alert=...)``: the default rule checks
   run too, and streams are screened for early alerts: the cost a user pays); ``checks-idle``
   (the same, flushed between the two calls, so the timed one starts with the worker idle:
   what the call itself pays, apart from the previous call's checking running during it); ``otel`` (the bare client instrumented by
   ``opentelemetry-instrumentation-openai-v2`` with SDK providers and in-memory exporters);
   ``otel-genai``, the same with its successor ``opentelemetry-instrumentation-genai-openai``.
   Each variant makes two calls back to back and the second is timed, so the background work
   the first one left (the monitor's worker, OTel's batch processor) lands on its own variant,
   as it does in an agent calling in a loop; the monitors are flushed, untimed, after each.
   Non-streaming, and streaming (~200 chunks carrying 16 KB of reasoning). The monitor's
   worker drains on a schedule (``schedule_delay_s``, as OTel's batch processor does), so in
   this protocol its work lands in the untimed flush, as it lands in an agent's gaps between
   calls; the next measurement leaves no gap.
2. Back to back: each variant makes a block of calls with no gap (20 non-streaming calls, or 4
   streams), each one timed, so the worker's scheduled batches land inside the variant's own
   calls and show in its p99; the block's CPU, all threads, with the flush that follows it,
   gives the CPU each call costs in all.
3. In process, with no network: the capture wrapper around a function returning a pre-built
   ``ChatCompletion``, ``Monitor.submit``, and the stream tap over pre-built chunks, so the
   added microseconds are not lost in server noise; then the tap over chunks the real SDK
   parses from an in-memory stream (``benchmarks.sdk_stream``), fresh objects as over HTTP.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from benchmarks.served import interleaved, pct, served, timed_chat

N = int(os.environ.get("BENCH_N", "300"))
ASK = [{"role": "user", "content": "What is 2 + 2?"}]
CHUNKS = 200
VARIANTS = ("bare", "capture", "checks", "checks-idle", "otel", "otel-genai")
# Flushed between its two calls: the timed call starts with the monitor's worker idle, as in an
# agent whose calls are spaced by tools and thinking; what the call itself pays.
_IDLE = frozenset({"checks-idle"})
# Each OTel variant's instrumentor: openai-v2, and the official successor that replaces it.
_INSTRUMENTORS = {
    "otel": "opentelemetry.instrumentation.openai_v2",
    "otel-genai": "opentelemetry.instrumentation.genai.openai",
}


def _otel(module: str) -> tuple[Callable[[], None], Callable[[], None]]:
    import importlib

    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    tracer_provider = TracerProvider()
    spans = InMemorySpanExporter()
    tracer_provider.add_span_processor(BatchSpanProcessor(spans))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    instrumentor = importlib.import_module(module).OpenAIInstrumentor()

    def on() -> None:
        instrumentor.instrument(tracer_provider=tracer_provider, meter_provider=meter_provider)

    def off() -> None:
        instrumentor.uninstrument()
        tracer_provider.force_flush()  # as the monitors are flushed: its batch, untimed
        spans.clear()

    return on, off


def _ignore(_verdict: object) -> None:
    """An ``on_alert`` hook that does nothing: its presence turns early alerts on."""


def _reply(stream: bool) -> Any:
    from cotmonitor.localserver import Reply

    if stream:
        return Reply(content="The answer is 4. " * 210, reasoning="r" * 16384, chunk_size=100)
    return Reply(content="The answer is 4.", reasoning="Two plus two is four. " * 20)


class _Variants:
    """The clients of every variant, over one local server, and what flushes each."""

    def __init__(self, base_url: str) -> None:
        import openai

        import cotmonitor

        self.monitors = {
            "capture": cotmonitor.Monitor(checks=[], exporters=[]),
            # An on_alert hook, as the default alert log would be: streams get early alerts too.
            "checks": cotmonitor.Monitor(exporters=[], on_alert=_ignore),
            "checks-idle": cotmonitor.Monitor(exporters=[], on_alert=_ignore),
        }
        self.otel = {name: _otel(module) for name, module in _INSTRUMENTORS.items()}
        self.clients = {
            name: openai.OpenAI(base_url=base_url, api_key="k", max_retries=0) for name in VARIANTS
        }
        for name, monitor in self.monitors.items():
            self.clients[name] = monitor.wrap(self.clients[name])

    def on(self, name: str) -> None:
        switch = self.otel.get(name)
        if switch is not None:
            switch[0]()

    def off(self, name: str) -> None:
        switch = self.otel.get(name)
        if switch is not None:
            switch[1]()
        monitor = self.monitors.get(name)
        if monitor is not None:
            monitor.flush(30)

    def close(self) -> None:
        for monitor in self.monitors.values():
            lost = monitor.stats.total("queue_dropped") + monitor.stats.total("internal_errors")
            if lost:
                print(f"  warning: {lost:.0f} traces dropped or failed in the monitor")
            monitor.close()


def _http(stream: bool) -> dict[str, list[float]]:
    with served(partial(_reply, stream)) as base_url:
        variants = _Variants(base_url)

        def pair(name: str) -> float:
            variants.on(name)
            timed_chat(variants.clients[name], ASK, stream)
            if name in _IDLE:
                variants.monitors[name].flush(30)
            elapsed = timed_chat(variants.clients[name], ASK, stream)
            variants.off(name)
            return elapsed

        times = interleaved(pair, VARIANTS, 10, N)
        variants.close()
    return times


def _back_to_back(stream: bool) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Per-call times in gapless blocks, and each variant's median CPU per call (all threads)."""
    block = 4 if stream else 20
    names = tuple(name for name in VARIANTS if name not in _IDLE)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    with served(partial(_reply, stream)) as base_url:
        variants = _Variants(base_url)

        def run(name: str) -> list[float]:
            client = variants.clients[name]
            started = time.process_time()
            variants.on(name)
            elapsed = [timed_chat(client, ASK, stream) for _ in range(block)]
            variants.off(name)
            cpu[name].append((time.process_time() - started) / block)
            return elapsed

        rounds = max(N // (10 if stream else 5), 10)
        warmup = 2
        times = interleaved(run, names, warmup, rounds)
        variants.close()
    flat = {name: [t for ts in runs for t in ts] for name, runs in times.items()}
    return flat, {name: statistics.median(values[warmup:]) for name, values in cpu.items()}


def _in_process() -> tuple[float, float, float]:
    """(µs per non-streaming call, µs per call incl. Monitor.submit, µs per streamed chunk)."""
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    from cotmonitor.capture.record import RawCapture
    from cotmonitor.capture.stream import SyncStreamTap
    from cotmonitor.providers._patching import CaptureSpec, sync_capture

    completion = ChatCompletion.model_validate(
        {
            "id": "c",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "4"},
                    "finish_reason": "stop",
                }
            ],
        }
    )
    chunk = ChatCompletionChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}],
        }
    )

    class NullSink:
        def __init__(self) -> None:
            self.kept: list[RawCapture] = []

        def submit(self, raw: RawCapture) -> None:
            self.kept.append(raw)

    def create(**_kwargs: Any) -> Any:
        return completion

    sink = NullSink()
    wrapper = sync_capture(CaptureSpec(kind="openai.chat", streams=()), sink)
    calls = 20_000

    def per_call(fn: Callable[[], Any]) -> float:
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(calls):
                fn()
            best = min(best, (time.perf_counter() - started) / calls)
            sink.kept.clear()
        return best

    bare = per_call(lambda: create(model="m", messages=ASK))
    wrapped = per_call(lambda: wrapper(create, None, (), {"model": "m", "messages": ASK}))

    import cotmonitor

    monitor = cotmonitor.Monitor(checks=[], exporters=[], queue_size=10 * calls)
    full = sync_capture(CaptureSpec(kind="openai.chat", streams=()), monitor)
    started = time.perf_counter()
    for _ in range(calls):
        full(create, None, (), {"model": "m", "messages": ASK})
    with_monitor = (time.perf_counter() - started) / calls
    monitor.close(30)

    chunks = [chunk] * 200
    rounds = 2_000

    class FakeStream:
        def __init__(self) -> None:
            self._iterator = iter(chunks)

        def __next__(self) -> Any:
            return self._iterator.__next__()

        def __iter__(self) -> Any:
            return self

    def drain(make: Callable[[], Any]) -> float:
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(rounds):
                for _item in make():
                    pass
            best = min(best, (time.perf_counter() - started) / (rounds * len(chunks)))
        return best

    plain = drain(FakeStream)
    tapped = drain(lambda: SyncStreamTap(FakeStream(), RawCapture("openai.chat", {}), sink))
    return (wrapped - bare) * 1e6, (with_monitor - bare) * 1e6, (tapped - plain) * 1e6


def _table(stream: bool, times: dict[str, list[float]]) -> None:
    base = statistics.median(times["bare"])
    base_p99 = pct(times["bare"], 0.99)
    for name, values in times.items():
        median = statistics.median(values)
        p99 = pct(values, 0.99)
        added = (median - base) * 1e6
        per_chunk = f"{added / CHUNKS:>10.2f}" if stream else f"{'':>10}"
        print(
            f"{'stream' if stream else 'non-stream':<11}{name:<13}{median * 1e3:>10.3f}"
            f"{p99 * 1e3:>9.3f}{median / base:>8.3f}{p99 / base_p99:>9.3f}{added:>10.1f}{per_chunk}"
        )


def _steady_table(stream: bool, times: dict[str, list[float]], cpu: dict[str, float]) -> None:
    base = statistics.median(times["bare"])
    base_p99 = pct(times["bare"], 0.99)
    for name, values in times.items():
        median = statistics.median(values)
        p99 = pct(values, 0.99)
        print(
            f"{'stream' if stream else 'non-stream':<11}{name:<13}{median * 1e3:>10.3f}"
            f"{p99 * 1e3:>9.3f}{median / base:>8.3f}{p99 / base_p99:>9.3f}"
            f"{(median - base) * 1e6:>10.1f}{cpu[name] * 1e6:>10.0f}"
            f"{(cpu[name] - cpu['bare']) * 1e6:>10.0f}"
        )


def main(_argv: list[str] | None = None) -> None:
    """Print the HTTP tables and the in-process figures."""
    print(f"bench_wrapper: N={N} rounds, variants interleaved, local model server in a subprocess")
    print(
        f"{'mode':<11}{'variant':<13}{'median ms':>10}{'p99 ms':>9}{'x bare':>8}"
        f"{'p99 x':>9}{'added µs':>10}{'µs/chunk':>10}"
    )
    for stream in (False, True):
        _table(stream, _http(stream))
    print("back to back (no gap between calls; CPU of all threads per call, flush included):")
    print(
        f"{'mode':<11}{'variant':<13}{'median ms':>10}{'p99 ms':>9}{'x bare':>8}"
        f"{'p99 x':>9}{'added µs':>10}{'CPU µs':>10}{'CPU +µs':>10}"
    )
    for stream in (False, True):
        _steady_table(stream, *_back_to_back(stream))
    call_us, monitor_us, chunk_us = _in_process()
    print("in process (no network, pre-built responses):")
    print(f"  capture wrapper, per non-streaming call: {call_us:.2f} µs (target <= 50)")
    print(f"  ... including Monitor.submit:            {monitor_us:.2f} µs")
    print(f"  stream tap, per chunk:                   {chunk_us:.3f} µs (target <= 2)")
    from benchmarks.sdk_stream import report

    report()
