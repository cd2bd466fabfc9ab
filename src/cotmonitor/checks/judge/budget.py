"""The judge's spending limits: calls per minute and tokens per day.

When a limit is reached the judge is not called (the trace keeps its rule verdict) and the
refusal is counted as ``judge_requests{outcome="budget"}``, so an empty wallet shows up on the
dashboard instead of as silence.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

_MINUTE = 60.0
_DAY = 86_400.0


class Budget:
    """Sliding-window call rate plus a daily token allowance, with an injectable clock.

    Args:
        calls_per_minute: judge calls allowed in any 60-second window (``None``: unlimited).
        tokens_per_day: judge tokens allowed per UTC day (``None``: unlimited).
        clock: wall-clock seconds (``time.time``; inject a fake in tests).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        calls_per_minute: int | None,
        tokens_per_day: int | None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.calls_per_minute = calls_per_minute
        self.tokens_per_day = tokens_per_day
        self._clock = clock
        self._lock = threading.Lock()
        self._calls: deque[float] = deque()
        self._day = -1
        self._tokens = 0

    def try_acquire(self) -> bool:
        """Reserve one call now; ``False`` when a limit is spent."""
        with self._lock:
            now = self._clock()
            self._roll_day(now)
            if self.tokens_per_day is not None and self._tokens >= self.tokens_per_day:
                return False
            if self.calls_per_minute is not None:
                while self._calls and now - self._calls[0] >= _MINUTE:
                    self._calls.popleft()
                if len(self._calls) >= self.calls_per_minute:
                    return False
                self._calls.append(now)
            return True

    def spend_tokens(self, tokens: int) -> None:
        """Charge ``tokens`` to today's allowance."""
        with self._lock:
            self._roll_day(self._clock())
            self._tokens += max(tokens, 0)

    @property
    def tokens_today(self) -> int:
        """Tokens charged so far today."""
        with self._lock:
            self._roll_day(self._clock())
            return self._tokens

    def _roll_day(self, now: float) -> None:
        day = int(now // _DAY)
        if day != self._day:
            self._day = day
            self._tokens = 0
