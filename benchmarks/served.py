"""The local model server in a process of its own, for benchmarks over HTTP.

In its own process, the server's CPU use does not compete with the client's for the GIL, so
what a benchmark times is the client and the monitor.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from cotmonitor.localserver import Reply, Responder


def _serve(make_reply: Callable[[], Reply], conn: Any) -> None:
    """The server's process: answer every request with one reply, send the base URL, serve."""
    reply = make_reply()
    _serve_with(lambda: lambda _request: reply, conn)


def _serve_with(make_responder: Callable[[], Responder], conn: Any) -> None:
    """The server's process: answer with ``make_responder()``, send the base URL, serve."""
    from cotmonitor.localserver import LocalModelServer

    with LocalModelServer(make_responder()) as server:
        conn.send(server.openai_base_url)
        conn.recv()


@contextmanager
def served(make_reply: Callable[[], Reply]) -> Iterator[str]:
    """Serve ``make_reply()`` to every request; yields the OpenAI base URL.

    ``make_reply`` is pickled to the server's process: a module-level function (or a
    ``functools.partial`` of one).
    """
    with _serving(_serve, make_reply) as base_url:
        yield base_url


@contextmanager
def served_by(make_responder: Callable[[], Responder]) -> Iterator[str]:
    """Serve what ``make_responder()`` answers to each request; yields the OpenAI base URL."""
    with _serving(_serve_with, make_responder) as base_url:
        yield base_url


@contextmanager
def _serving(target: Callable[[Any, Any], None], argument: Any) -> Iterator[str]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=target, args=(argument, child), daemon=True)
    process.start()
    try:
        if not parent.poll(60):
            msg = "local model server did not start"
            raise RuntimeError(msg)
        yield str(parent.recv())
    finally:
        parent.send("stop")
        process.join(10)


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


T = TypeVar("T")


def interleaved(
    pair: Callable[[str], T], variants: tuple[str, ...], warmup: int, rounds: int
) -> dict[str, list[T]]:
    """Time every variant round by round (so drift hits them alike), after ``warmup`` rounds."""
    import gc

    times: dict[str, list[T]] = {name: [] for name in variants}
    for _ in range(warmup):
        for name in variants:
            pair(name)
    gc.collect()
    for _ in range(rounds):
        for name in variants:
            times[name].append(pair(name))
    return times


def timed_chat(client: Any, messages: list[dict[str, str]], stream: bool) -> float:
    """Seconds one chat completion takes, a stream read to its end."""
    started = time.perf_counter()
    result = client.chat.completions.create(model="m", messages=messages, stream=stream)
    if stream:
        for _chunk in result:
            pass
    return time.perf_counter() - started
