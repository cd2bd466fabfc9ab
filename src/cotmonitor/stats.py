"""The monitor's own counters: drops, internal errors, judge calls.

Names the exporters know (``cotmonitor_<name>_total`` in Prometheus): ``internal_errors``
``{stage, component}``, ``queue_dropped``, ``judge_requests{outcome}``, ``judge_cost_usd``; the
gauge ``queue_depth``; and the histogram ``judge_duration_seconds`` recorded with ``observe()``.

Exporters read these at collection time (pull), so counting costs one dict update under a
lock and nothing is pushed anywhere from the hot path.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import TypeAlias

LabelPairs: TypeAlias = tuple[tuple[str, str], ...]

OBSERVE_BUCKETS: tuple[float, ...] = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
)  # fmt: skip
"""Default bucket bounds of ``observe()`` (the OpenTelemetry GenAI duration buckets)."""


class MonitorStats:
    """Thread-safe monotonic counters keyed by name and label pairs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[tuple[str, LabelPairs], float] = {}
        self._gauges: dict[str, Callable[[], float]] = {}
        _live.add(self)

    def incr(self, name: str, amount: float = 1.0, **labels: str) -> None:
        """Add ``amount`` to counter ``name`` with these labels."""
        key = (name, tuple(sorted(labels.items())))
        with self._lock:
            self._counters[key] = self._counters.get(key, 0.0) + amount

    def observe(
        self, name: str, value: float, buckets: Sequence[float] = OBSERVE_BUCKETS, **labels: str
    ) -> None:
        """Record one observation of histogram ``name`` (e.g. ``judge_duration_seconds``).

        Kept as counters ``<name>_count``, ``<name>_sum`` and ``<name>_bucket{le}`` (per
        bucket, not cumulative; ``le="+Inf"`` past the last bound).
        """
        le = next((bound for bound in buckets if value <= bound), math.inf)
        self.incr(f"{name}_count", 1.0, **labels)
        self.incr(f"{name}_sum", value, **labels)
        self.incr(f"{name}_bucket", 1.0, le=repr(float(le)), **labels)

    def get(self, name: str, **labels: str) -> float:
        """The current value of one counter series (0 when never counted)."""
        key = (name, tuple(sorted(labels.items())))
        with self._lock:
            return self._counters.get(key, 0.0)

    def total(self, name: str) -> float:
        """The sum of a counter over all its label values."""
        with self._lock:
            return sum(v for (n, _), v in self._counters.items() if n == name)

    def counters(self) -> dict[tuple[str, LabelPairs], float]:
        """A snapshot of every counter series."""
        with self._lock:
            return dict(self._counters)

    def set_gauge(self, name: str, read: Callable[[], float]) -> None:
        """Register a gauge read at collection time (e.g. the queue depth)."""
        self._gauges[name] = read

    def when_collected(self, keep: Callable[[dict[tuple[str, LabelPairs], float]], None]) -> None:
        """Call ``keep`` with the final counters once this object is garbage-collected.

        An exporter summing the counters of live monitors keeps a collected monitor's counts
        this way, so its counters never go backwards (``rate()`` relies on it).
        """
        weakref.finalize(self, keep, self._counters)

    def gauges(self) -> dict[str, float]:
        """Read every registered gauge now."""
        return {name: read() for name, read in self._gauges.items()}


_live: weakref.WeakSet[MonitorStats] = weakref.WeakSet()


def _new_locks_in_child() -> None:
    # A thread of the parent may have held a lock at the fork; in the child nobody would
    # ever release it.
    for stats in list(_live):
        stats._lock = threading.Lock()  # noqa: SLF001 - the module's own hook


os.register_at_fork(after_in_child=_new_locks_in_child)
