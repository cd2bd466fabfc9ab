"""At interpreter exit, every live monitor is closed within one bounded time.

Whatever a monitor had queued is checked and exported before the deadline, or counted as
dropped (``cotmonitor_queue_dropped_total``) and reported in one warning on the
``cotmonitor`` logger: an agent's exit is never held up for longer than
``COTMONITOR_EXIT_TIMEOUT_S`` (all monitors together), and nothing is lost silently.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import atexit
import logging
import time
import weakref
from typing import Protocol

_log = logging.getLogger("cotmonitor")


class Closes(Protocol):
    """What the exit hook needs of a monitor."""

    def close(self, timeout: float | None = ...) -> None: ...

    def dropped_at_close(self) -> int: ...


class ExitHook:
    """Remembers live monitors (weakly) and closes them at exit within ``timeout`` seconds."""

    def __init__(self) -> None:
        self._live: weakref.WeakSet[Closes] = weakref.WeakSet()
        self.timeout = 2.0

    def add(self, monitor: Closes, timeout: float) -> None:
        self._live.add(monitor)
        self.timeout = max(self.timeout, timeout) if len(self._live) > 1 else timeout

    def discard(self, monitor: Closes) -> None:
        self._live.discard(monitor)

    def run(self) -> int:
        """Close every live monitor; returns how many queued traces were lost."""
        deadline = time.monotonic() + self.timeout
        lost = 0
        for monitor in list(self._live):
            try:
                monitor.close(timeout=max(deadline - time.monotonic(), 0.0))
                lost += monitor.dropped_at_close()
            except Exception:
                _log.debug("cotmonitor close at exit failed", exc_info=True)
        if lost:
            _log.warning(
                "cotmonitor: %d queued traces were not checked before exit "
                "(counted in cotmonitor_queue_dropped_total)",
                lost,
            )
        return lost


exit_hook = ExitHook()
atexit.register(exit_hook.run)
