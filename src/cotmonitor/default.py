"""The process-wide default monitor behind ``cotmonitor.wrap(client)``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from typing import TypeVar

from cotmonitor.monitor import Monitor

_C = TypeVar("_C")

_default_monitor: Monitor | None = None
_default_lock = threading.Lock()


def get_default_monitor() -> Monitor:
    """The process-wide monitor ``cotmonitor.wrap()`` uses, built from the environment."""
    global _default_monitor  # noqa: PLW0603 - one lazily built default, as prometheus_client's REGISTRY
    if _default_monitor is None:
        with _default_lock:
            if _default_monitor is None:
                _default_monitor = Monitor()
    return _default_monitor


def wrap(client: _C, *, monitor: Monitor | None = None) -> _C:
    """Monitor every call of ``client`` with the default (or given) monitor and return it.

    .. versionadded:: 0.1.0
    """
    return (monitor or get_default_monitor()).wrap(client)
