"""Overhead of the capture wrapper on OpenAI calls, against bare calls and OTel's openai-v2.

Two measurements:

1. Over HTTP to the local model server, interleaved round by round: bare client, the
   cotmonitor-wrapped client, and the same bare client instrumented by
   ``opentelemetry-instrumentation-openai-v2`` (SDK tracer and meter providers, in-memory
   exporters). Non-streaming and streaming (~200 chunks carrying 16 KB of reasoning).
2. In process, with no network: the capture wrapper around a function returning a pre-built
   ``ChatCompletion``, and the stream tap over pre-built chunks, so the added microseconds are
   not lost in server noise.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

N = int(os.environ.get("BENCH_N", "300"))
ASK = [{"role": "user", "content": "What is 2 + 2?"}]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _otel() -> tuple[Any, Callable[[], None], Callable[[], None]]:
    from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    tracer_provider = TracerProvider()
    spans = InMemorySpanExporter()
    tracer_provider.add_span_processor(BatchSpanProcessor(spans))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    instrumentor = OpenAIInstrumentor()

    def on() -> None:
        instrumentor.instrument(tracer_provider=tracer_provider, meter_provider=meter_provider)

    def off() -> None:
        instrumentor.uninstrument()
        spans.clear()

    return instrumentor, on, off


def _http(stream: bool) -> dict[str, list[float]]:
    import openai

    import cotmonitor
    from cotmonitor.localserver import LocalModelServer, Reply

    if stream:
        reply = Reply(content="The answer is 4. " * 210, reasoning="r" * 16384, chunk_size=100)
    else:
        reply = Reply(content="The answer is 4.", reasoning="Two plus two is four. " * 20)
    times: dict[str, list[float]] = {"bare": [], "cotmonitor": [], "otel": []}
    monitor = cotmonitor.Monitor(exporters=[])
    _instrumentor, otel_on, otel_off = _otel()
    with LocalModelServer(lambda _request: reply) as server:
        bare = openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)
        wrapped = monitor.wrap(
            openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)
        )
        other = openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)

        def once(client: Any) -> float:
            started = time.perf_counter()
            result = client.chat.completions.create(model="m", messages=ASK, stream=stream)
            if stream:
                for _chunk in result:
                    pass
            return time.perf_counter() - started

        for client in (bare, wrapped, other):
            for _ in range(20):
                once(client)
        monitor.flush(10)
        gc.collect()
        for _ in range(N):
            times["bare"].append(once(bare))
            times["cotmonitor"].append(once(wrapped))
            otel_on()
            times["otel"].append(once(other))
            otel_off()
        monitor.flush(30)
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


def main() -> None:
    print(f"bench_wrapper: N={N} interleaved calls per variant, local model server over HTTP")
    header = f"{'mode':<11}{'variant':<12}{'median ms':>10}{'p99 ms':>9}{'x bare':>8}{'added µs':>10}{'µs/chunk':>10}"
    print(header)
    for stream in (False, True):
        times = _http(stream)
        base = statistics.median(times["bare"])
        for name, values in times.items():
            median = statistics.median(values)
            added = (median - base) * 1e6
            per_chunk = f"{added / 200:>10.2f}" if stream else f"{'':>10}"
            print(
                f"{'stream' if stream else 'non-stream':<11}{name:<12}{median * 1e3:>10.3f}"
                f"{_pct(values, 0.99) * 1e3:>9.3f}{median / base:>8.3f}{added:>10.1f}{per_chunk}"
            )
    call_us, monitor_us, chunk_us = _in_process()
    print("in process (no network, pre-built responses):")
    print(f"  capture wrapper, per non-streaming call: {call_us:.2f} µs (target <= 50)")
    print(f"  ... including Monitor.submit:            {monitor_us:.2f} µs")
    print(f"  stream tap, per chunk:                   {chunk_us:.3f} µs (target <= 2)")
