"""What the stream tap adds per chunk while the real openai SDK parses the stream.

The wrapper benchmark's in-process tap figure iterates one pre-built chunk object 200 times:
hot caches, nothing new allocated, nothing kept alive that the bare loop would free. Over
HTTP each chunk is a fresh object the SDK has just parsed, and the tap keeps what it needs
while the bare loop drops it. This measures that case without a network: the benchmark's
streamed reply is fetched once from the local model server, then served from memory through
an in-memory ``httpx`` transport to a real ``openai.OpenAI`` client, read bare and tapped in turns.
The figure is the caller thread's CPU time, so neither the server nor other processes on the
machine count.

``python -m benchmarks.sdk_stream`` prints it alone; the wrapper benchmark prints it too.
"""

from __future__ import annotations

import os
import statistics
import time
from functools import partial
from typing import Any

ROUNDS = int(os.environ.get("BENCH_SDK_ROUNDS", "150"))
ASK = [{"role": "user", "content": "What is 2 + 2?"}]


class _KeepLast:
    """A capture sink keeping only the last capture (what the worker would take)."""

    def __init__(self) -> None:
        self.last: Any = None

    def submit(self, raw: Any) -> None:
        self.last = raw


def _http() -> Any:
    """The httpx the SDK builds its client on (``httpx2`` from openai 3, ``httpx`` before)."""
    import importlib

    try:
        return importlib.import_module("httpx2")
    except ImportError:
        return importlib.import_module("httpx")


def _stream_body() -> bytes:
    """The SSE body the wrapper benchmark's streamed reply sends."""
    from benchmarks.bench_wrapper import _reply
    from benchmarks.served import served

    with served(partial(_reply, stream=True)) as base_url:
        request = {"model": "m", "messages": ASK, "stream": True}
        response = _http().post(f"{base_url}/chat/completions", json=request, timeout=60)
        return bytes(response.content)


def measure(rounds: int = ROUNDS) -> tuple[int, float, float]:
    """(chunks per stream, bare µs per chunk, µs per chunk the tap adds): medians of CPU time."""
    import openai

    from cotmonitor.capture.record import RawCapture
    from cotmonitor.capture.stream import SyncStreamTap

    body = _stream_body()
    chunks = body.count(b"data: ") - body.count(b"data: [DONE]")

    http = _http()

    def respond(_request: Any) -> Any:
        return http.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    transport = http.MockTransport(respond)
    # Typed loosely: the SDK's stubs name their own httpx types.
    client: Any = openai.OpenAI(
        base_url="http://local/v1",
        api_key="k",
        max_retries=0,
        http_client=http.Client(transport=transport),
    )
    sink = _KeepLast()

    def read(*, tapped: bool) -> float:
        started = time.thread_time()
        stream: Any = client.chat.completions.create(model="m", messages=ASK, stream=True)
        if tapped:
            stream = SyncStreamTap(stream, RawCapture("openai.chat", {}), sink)
        for _chunk in stream:
            pass
        return time.thread_time() - started

    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(5):
        read(tapped=False)
        read(tapped=True)
    for _ in range(rounds):
        for tapped in (False, True):
            times[tapped].append(read(tapped=tapped))
    bare = statistics.median(times[False])
    added = statistics.median(times[True]) - bare
    return chunks, bare / chunks * 1e6, added / chunks * 1e6


def report() -> None:
    """Print the figure."""
    chunks, bare_us, added_us = measure()
    print(f"stream read by the openai SDK from memory ({chunks} chunks, caller CPU, medians):")
    print(f"  bare read, per chunk:                    {bare_us:.1f} µs")
    print(f"  added by the stream tap, per chunk:      {added_us:.2f} µs (target <= 2)")


if __name__ == "__main__":
    report()
