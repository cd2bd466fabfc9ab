"""A circuit breaker: stop calling a judge that keeps failing, try again later.

``closed`` lets every call through; after ``failures`` consecutive failures it turns ``open``
and refuses calls for ``reset_s`` seconds; then it is ``half_open`` and lets exactly one trial
call through, whose outcome closes or reopens it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """Thread-safe circuit breaker with an injectable clock.

    Args:
        failures: consecutive failures that open it.
        reset_s: seconds it stays open before a trial call.
        clock: monotonic seconds (``time.monotonic``; inject a fake in tests).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, failures: int, reset_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.failures = failures
        self.reset_s = reset_s
        self._clock = clock
        self._lock = threading.Lock()
        self._consecutive = 0
        self._opened_at: float | None = None
        self._trial_out = False

    @property
    def state(self) -> BreakerState:
        """The state now."""
        with self._lock:
            return self._state()

    def _state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.reset_s:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """Whether a call may go out now (in half-open, only the one trial call)."""
        with self._lock:
            state = self._state()
            if state == "closed":
                return True
            if state == "half_open" and not self._trial_out:
                self._trial_out = True
                return True
            return False

    def record_success(self) -> None:
        """A call succeeded: close the breaker."""
        with self._lock:
            self._consecutive = 0
            self._opened_at = None
            self._trial_out = False

    def record_failure(self) -> None:
        """A call failed: count it, and open (or reopen) the breaker when due."""
        with self._lock:
            self._consecutive += 1
            if self._trial_out or self._consecutive >= self.failures:
                self._opened_at = self._clock()
                self._trial_out = False
