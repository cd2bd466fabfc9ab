"""The monitor's background worker: a bounded queue and one daemon thread that drains it.

``submit`` costs an append: a deque rather than ``queue.Queue``, so there is no Condition
round trip per call. Like OpenTelemetry's batch span processor, the worker drains on a
schedule (every ``delay_s`` while calls come) rather than being woken by each one: a thread
woken in the middle of an agent's call takes the GIL from it, and on a busy 2-core host that
costs the call more than the work itself. It is woken at once when ``batch`` items wait, on
``wait_idle``, and for the first item after it dozed (a second without items), so a quiet
monitor costs no CPU. Beyond
``size`` waiting items, or once the worker is closed, an item is dropped and counted
(``queue_dropped``), never blocking the caller. A forked child gets a fresh queue and its own
thread on its first submit: it inherits the parent's queue contents and locks, but not the
thread that would drain them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from cotmonitor.stats import MonitorStats

_STOP = object()
_DOZE_AFTER_S = 1.0
"""Without items for this long, the worker stops its schedule until an item wakes it."""


class Worker:
    """Runs ``process(*item)`` for every submitted item, in order, on one daemon thread.

    Args:
        process: called with each item's arguments; must not raise (the monitor's own
            processing counts its failures).
        stats: where drops are counted and the queue depth is read from.
        size: items waiting at most; more are dropped and counted.
        on_idle: called on the worker's thread after ``idle_s`` seconds without an item
            (idle sessions end on time though no call comes); must not raise.
        idle_s: the quiet period between two ``on_idle`` calls.
        delay_s: how long an item may wait while the worker is awake; 0 wakes the worker
            for every item.
        batch: items waiting that wake the worker before its schedule.
    """

    def __init__(
        self,
        process: Callable[..., None],
        stats: MonitorStats,
        size: int,
        name: str,
        *,
        on_idle: Callable[[], None] | None = None,
        idle_s: float = 30.0,
        delay_s: float = 0.0,
        batch: int = 64,
    ) -> None:
        self._process = process
        self._on_idle = on_idle
        self._idle_s = idle_s if on_idle is not None else None
        self._delay_s = delay_s
        self._batch = 1 if delay_s <= 0 else batch
        self._stats = stats
        self._size = size
        self._name = name
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._start_lock = threading.Lock()
        self._closed = False
        self._new_queue()
        _live.add(self)

    def _after_fork_in_child(self) -> None:
        # The parent's queue is the parent's to check, and a lock some other thread held at
        # the fork would never be released here: start clean.
        self._start_lock = threading.Lock()
        self._thread = None
        self._pid = 0
        self._new_queue()

    def _new_queue(self) -> None:
        self._pending: deque[Any] = deque()
        self._wake = threading.Event()
        self._idle = threading.Condition(threading.Lock())
        self._busy = False
        # Asleep until an item wakes it; while awake it drains every ``delay_s`` unwoken.
        self._dozing = True
        self._stats.set_gauge("queue_depth", self._pending.__len__)

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called: later items are dropped and counted."""
        return self._closed

    @property
    def depth(self) -> int:
        """Items waiting now."""
        return len(self._pending)

    def on_thread(self) -> bool:
        """Whether the caller is this worker's own thread."""
        return threading.current_thread() is self._thread

    def submit(self, *item: Any) -> bool:
        """Queue one item; False when it was dropped (queue full, or closed) and counted."""
        if self._closed:
            self._stats.incr("queue_dropped")
            return False
        self._ensure_thread()
        pending = self._pending
        if len(pending) >= self._size:
            self._stats.incr("queue_dropped")
            return False
        pending.append(item)
        # Read after the append: a worker going to doze checks ``pending`` after setting it.
        if (self._dozing or len(pending) >= self._batch) and not self._wake.is_set():
            self._wake.set()
        return True

    def _ensure_thread(self) -> None:
        thread = self._thread
        if thread is not None and self._pid == os.getpid() and thread.is_alive():
            return
        with self._start_lock:
            pid = os.getpid()
            if self._thread is not None and self._pid == pid and self._thread.is_alive():
                return
            if self._pid not in (0, pid):
                self._new_queue()
            self._pid = pid
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        pending, wake, idle, delay = self._pending, self._wake, self._idle, self._delay_s
        quiet_since = time.monotonic()
        while True:
            dozing = self._dozing
            woken = wake.wait(self._idle_s if dozing else delay)
            if woken:
                wake.clear()
            if not pending:
                if dozing:
                    if not woken and self._on_idle is not None:
                        self._on_idle()
                elif time.monotonic() - quiet_since >= _DOZE_AFTER_S:
                    self._dozing = True
                    if pending:  # submitted before it could see the worker dozing
                        self._dozing = False
                continue
            self._dozing = delay <= 0
            self._busy = True
            while pending:
                item = pending.popleft()
                if item is _STOP:
                    self._set_idle(idle)
                    return
                self._process(*item)
                # Hand the GIL to a caller thread waiting for it (its socket just became
                # readable) now rather than after the interpreter's switch interval.
                time.sleep(0)
            self._set_idle(idle)
            quiet_since = time.monotonic()

    def _set_idle(self, idle: threading.Condition) -> None:
        with idle:
            self._busy = False
            idle.notify_all()

    def _alive(self) -> bool:
        thread = self._thread
        return thread is not None and self._pid == os.getpid() and thread.is_alive()

    def wait_idle(self, deadline: float | None) -> bool:
        """Wait until every queued item was processed, or ``deadline`` (monotonic) passed."""
        idle = self._idle
        if self._pending:
            self._wake.set()  # not its schedule: someone waits for it
        with idle:
            while self._pending or self._busy:
                if not self._alive():
                    break
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                idle.wait(remaining)
        return not self._pending and not self._busy

    def close(self, deadline: float | None) -> int:
        """Stop taking items, let the thread finish what is queued, then stop it.

        Returns:
            How many queued items were not processed by ``deadline`` (counted as dropped).
        """
        self._closed = True
        self.wait_idle(deadline)
        thread = self._thread
        if thread is not None and self._alive():
            self._pending.append(_STOP)
            self._wake.set()
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            thread.join(remaining)
        lost = 0
        while self._pending:
            try:
                item = self._pending.popleft()
            except IndexError:
                break
            lost += item is not _STOP
        if self._alive() and self._busy:
            # The item in hand will not be exported before the deadline either.
            lost += 1
        if lost:
            self._stats.incr("queue_dropped", lost)
        if self._alive():
            # Still busy past the deadline: it stops after the item in hand.
            self._pending.append(_STOP)
            self._wake.set()
        return lost


_live: weakref.WeakSet[Worker] = weakref.WeakSet()


def _reset_in_child() -> None:
    for worker in list(_live):
        worker._after_fork_in_child()  # noqa: SLF001 - the module's own hook


os.register_at_fork(after_in_child=_reset_in_child)
