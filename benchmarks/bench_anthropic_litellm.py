"""Overhead of capturing Anthropic and litellm calls, and the worker-side cost of normalizing them.

1. Over HTTP to the local model server, interleaved round by round: a bare Anthropic client
   against a wrapped one (``messages.create``, non-streaming and streaming), and bare
   ``litellm.completion`` against ``monitor.wrap(litellm).completion``.
2. In process: the time the monitor's worker spends turning one captured call into a Trace
   (Anthropic stream events, litellm stream chunks), which bounds its throughput.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

N = int(os.environ.get("BENCH_N", "200"))
ASK = [{"role": "user", "content": "What is 2 + 2?"}]
REASONING = "Two and two make four; count on from two. " * 60


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _report(title: str, timings: dict[str, list[float]]) -> None:
    base = statistics.median(timings["bare"])
    print(title)
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"  {name:>9}: median {median * 1e3:7.3f} ms  p95 {_pct(values, 0.95) * 1e3:7.3f} ms"
            f"  (+{(median - base) * 1e6:7.1f} us vs bare)"
        )


def _interleaved(calls: dict[str, Callable[[], Any]]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(N):
        for name, run in calls.items():
            start = time.perf_counter()
            run()
            timings[name].append(time.perf_counter() - start)
    return timings


def _anthropic(stream: bool) -> None:
    import anthropic

    import cotmonitor
    from cotmonitor.localserver import LocalModelServer, Reply

    reply = Reply(content="4", reasoning=REASONING, chunk_size=64)
    with (
        LocalModelServer(lambda _request: reply) as server,
        cotmonitor.Monitor(checks=[], exporters=[]) as monitor,
    ):
        bare = anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0)
        wrapped = monitor.wrap(
            anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0)
        )
        options: dict[str, Any] = {"model": "claude", "max_tokens": 4096, "messages": ASK}

        def run(client: Any) -> Callable[[], Any]:
            if stream:
                return lambda: list(client.messages.create(**options, stream=True))
            return lambda: client.messages.create(**options)

        timings = _interleaved({"bare": run(bare), "wrapped": run(wrapped)})
        monitor.flush(timeout=30)
    kind = "stream (~40 events)" if stream else "non-streaming"
    _report(f"anthropic messages.create, {kind}, N={N}", timings)


def _litellm() -> None:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    import cotmonitor
    from cotmonitor.localserver import LocalModelServer, Reply

    reply = Reply(content="4", reasoning=REASONING)
    with (
        LocalModelServer(lambda _request: reply) as server,
        cotmonitor.Monitor(checks=[], exporters=[]) as monitor,
    ):
        llm = monitor.wrap(litellm)
        options = {
            "model": "openai/x",
            "api_base": server.openai_base_url,
            "api_key": "k",
            "messages": ASK,
        }
        litellm.completion(**options)
        timings = _interleaved(
            {
                "bare": lambda: litellm.completion(**options),
                "wrapped": lambda: llm.completion(**options),
            }
        )
        monitor.flush(timeout=30)
    _report(f"litellm.completion (openai/ upstream), N={N}", timings)


def _normalize_cost() -> None:
    from anthropic.types import RawMessageStreamEvent
    from pydantic import TypeAdapter

    from cotmonitor.capture.record import RawCapture
    from cotmonitor.localserver import Reply, ServerRequest
    from cotmonitor.localserver.render_anthropic import render_events
    from cotmonitor.trace.normalize import normalize

    request = ServerRequest(
        api="anthropic.messages", body={"model": "claude", "messages": ASK, "stream": True}
    )
    adapter: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)
    events = [
        adapter.validate_python(e.data)
        for e in render_events(request, Reply(content="4", reasoning=REASONING))
    ]
    raw = RawCapture(kind="anthropic.messages", request=request.body, chunks=events)
    rounds = max(N, 200)
    start = time.perf_counter()
    for _ in range(rounds):
        normalize(raw)
    per = (time.perf_counter() - start) / rounds
    print(
        f"normalize anthropic stream ({len(events)} events, {len(REASONING)} chars reasoning): {per * 1e6:.0f} us/trace"
    )


def main(_argv: list[str] | None = None) -> None:
    _anthropic(stream=False)
    _anthropic(stream=True)
    _litellm()
    _normalize_cost()


if __name__ == "__main__":
    main()
