"""The monitor's own counters: drops, internal errors, judge calls.

Exporters read these at collection time (pull), so counting costs one dict update under a
lock and nothing is pushed anywhere from the hot path.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeAlias

LabelPairs: TypeAlias = tuple[tuple[str, str], ...]


class MonitorStats:
    """Thread-safe monotonic counters keyed by name and label pairs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[tuple[str, LabelPairs], float] = {}
        self._gauges: dict[str, Callable[[], float]] = {}
        self._observed: dict[tuple[str, LabelPairs], tuple[int, float]] = {}

    def incr(self, name: str, amount: float = 1.0, **labels: str) -> None:
        """Add ``amount`` to counter ``name`` with these labels."""
        key = (name, tuple(sorted(labels.items())))
        with self._lock:
            self._counters[key] = self._counters.get(key, 0.0) + amount

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

    def observe(self, name: str, value: float, **labels: str) -> None:
        """Record one observation (e.g. a judge call's seconds): count and sum are kept."""
        key = (name, tuple(sorted(labels.items())))
        with self._lock:
            count, total = self._observed.get(key, (0, 0.0))
            self._observed[key] = (count + 1, total + value)

    def observations(self) -> dict[tuple[str, LabelPairs], tuple[int, float]]:
        """A snapshot of every observed series as ``(count, sum)``."""
        with self._lock:
            return dict(self._observed)

    def set_gauge(self, name: str, read: Callable[[], float]) -> None:
        """Register a gauge read at collection time (e.g. the queue depth)."""
        self._gauges[name] = read

    def gauges(self) -> dict[str, float]:
        """Read every registered gauge now."""
        return {name: read() for name, read in self._gauges.items()}
