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
   Non-streaming, and streaming (~200 chunks carrying 16 KB of reasoning).
2. In process, with no network: the capture wrapper around a function returning a pre-built
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
        spans.clear()

    return on, off


def _ignore(_verdict: object) -> None:
    """An ``on_alert`` hook that does nothing: its presence turns early alerts on."""


def _reply(stream: bool) -> Any:
    from cotmonitor.localserver import Reply

    if stream:
        return Reply(content="The answer is 4. " * 210, reasoning="r" * 16384, chunk_size=100)
    return Reply(content="The answer is 4.", reasoning="Two plus two is four. " * 20)


def _http(stream: bool) -> dict[str, list[float]]:
    import openai

    import cotmonitor

    monitors = {
        "capture": cotmonitor.Monitor(checks=[], exporters=[]),
        # An on_alert hook, as the default alert log would be: streams get early alerts too.
        "checks": cotmonitor.Monitor(exporters=[], on_alert=_ignore),
        "checks-idle": cotmonitor.Monitor(exporters=[], on_alert=_ignore),
    }
    otel = {name: _otel(module) for name, module in _INSTRUMENTORS.items()}
    with served(partial(_reply, stream)) as base_url:

        def client() -> Any:
            return openai.OpenAI(base_url=base_url, api_key="k", max_retries=0)

        clients = {name: client() for name in VARIANTS}
        for name, monitor in monitors.items():
            clients[name] = monitor.wrap(clients[name])

        def once(name: str) -> float:
            return timed_chat(clients[name], ASK, stream)

        def pair(name: str) -> float:
            switch = otel.get(name)
            if switch is not None:
                switch[0]()
            once(name)
            if name in _IDLE:
                monitors[name].flush(30)
            elapsed = once(name)
            if switch is not None:
                switch[1]()
            monitor = monitors.get(name)
            if monitor is not None:
                monitor.flush(30)
            return elapsed

        times = interleaved(pair, VARIANTS, 10, N)
    for monitor in monitors.values():
        dropped = monitor.stats.total("queue_dropped") + monitor.stats.total("internal_errors")
        if dropped:
            print(f"  warning: {dropped:.0f} traces dropped or failed in the monitor")
        monitor.close()
    return times


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


def main(_argv: list[str] | None = None) -> None:
    """Print the HTTP table and the in-process figures."""
    print(f"bench_wrapper: N={N} rounds, variants interleaved, local model server in a subprocess")
    print(
        f"{'mode':<11}{'variant':<13}{'median ms':>10}{'p99 ms':>9}{'x bare':>8}"
        f"{'p99 x':>9}{'added µs':>10}{'µs/chunk':>10}"
    )
    for stream in (False, True):
        _table(stream, _http(stream))
    call_us, monitor_us, chunk_us = _in_process()
    print("in process (no network, pre-built responses):")
    print(f"  capture wrapper, per non-streaming call: {call_us:.2f} µs (target <= 50)")
    print(f"  ... including Monitor.submit:            {monitor_us:.2f} µs")
    print(f"  stream tap, per chunk:                   {chunk_us:.3f} µs (target <= 2)")
    from benchmarks.sdk_stream import report

    report()
