"""Pick the adapter for a client object, by the package its type comes from.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TypeVar

from cotmonitor.capture.record import CaptureSink
from cotmonitor.errors import ConfigError

_C = TypeVar("_C")


def wrap_client(client: _C, sink: CaptureSink) -> _C:  # noqa: ARG001 - adapters pending
    """Route ``client``'s calls through capture into ``sink``.

    Raises:
        ConfigError: the client is of no supported kind.
    """
    raise ConfigError(f"cannot monitor a {type(client).__module__}.{type(client).__name__}")


def unwrap_client(client: _C) -> _C:
    """Undo ``wrap_client``."""
    return client
