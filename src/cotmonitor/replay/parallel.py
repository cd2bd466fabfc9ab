"""Checking chunks of records in worker processes, results kept in input order.

The reading process sends chunks (a few hundred raw lines) to a pool and keeps at most a
few chunks per worker in flight, so memory stays bounded however fast the workers are. Each
worker builds its own engine from the picklable ``EngineSpec`` once, at start.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from cotmonitor.replay.checking import Engine, EngineSpec, Outcome

Task = tuple[str, str, list[tuple[int, Any]]]
"""``(format name, location format, records)``."""

# One engine per worker process, built by the pool initializer: the state of that process,
# not configuration shared between callers.
_worker: dict[str, Engine] = {}


def _init_worker(spec: EngineSpec) -> None:
    _worker["engine"] = spec.build()


def _run_task(task: Task) -> list[Outcome]:
    fmt, where, records = task
    return _worker["engine"].process(fmt, where, records)


def _ready() -> bool:
    return True


def start_pool(spec: EngineSpec, jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` workers, already started.

    On Linux, while this process has a single thread, workers are forked: they start in
    milliseconds instead of the seconds a fresh interpreter takes to import everything.
    With other threads running (whose locks a fork would copy mid-use), or elsewhere, they
    are spawned. Call this before starting any thread (the progress bar has one).
    """
    single = threading.active_count() == 1
    method = "fork" if sys.platform == "linux" and single else "spawn"
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(spec,),
    )
    pool.submit(_ready).result()
    return pool


def run_parallel(
    pool: ProcessPoolExecutor, tasks: Iterable[Task | list[Outcome]], jobs: int
) -> Iterator[list[Outcome]]:
    """Outcomes of ``tasks`` in order; items that are already outcomes pass straight through."""
    window: deque[Future[list[Outcome]] | list[Outcome]] = deque()
    limit = jobs * 3
    for task in tasks:
        window.append(task if isinstance(task, list) else pool.submit(_run_task, task))
        while len(window) > limit or (window and isinstance(window[0], list)):
            yield _result(window.popleft())
    while window:
        yield _result(window.popleft())


def _result(item: Future[list[Outcome]] | list[Outcome]) -> list[Outcome]:
    return item if isinstance(item, list) else item.result()
