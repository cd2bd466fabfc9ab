"""Ollama's own client (the ``ollama`` package): capture ``chat`` of one client.

Covers ``ollama.Client`` and ``ollama.AsyncClient``, streaming or not, with ``think=`` on or
off. A streamed ``chat`` returns a plain (async) generator of ``ChatResponse`` objects; it is
tapped like any SDK stream. The module-level helpers (``ollama.chat(...)``) are bound to a
hidden default client when ``ollama`` is imported, so they cannot be wrapped: build a
``Client()`` and wrap that. ``generate`` (the completion API) is not captured.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import types
from typing import TypeVar

from cotmonitor.capture.record import CaptureSink
from cotmonitor.providers._patching import CaptureSpec, unwrap_methods, wrap_methods

_C = TypeVar("_C")


def _spec() -> CaptureSpec:
    return CaptureSpec(
        kind="ollama.chat",
        streams=(types.GeneratorType, types.AsyncGeneratorType),
        provider="ollama",
    )


def wrap_ollama(client: _C, sink: CaptureSink) -> _C:
    """Capture the ``chat`` calls of one Ollama client into ``sink``; returns the same client.

    Wrapping again with the same sink does nothing.

    Raises:
        ConfigError: another sink already captures this client.

    .. versionadded:: 0.2.0
    """
    wrap_methods(client, sink, [(client, "chat")], _spec())
    return client


def unwrap_ollama(client: _C, sink: CaptureSink | None = None) -> _C:
    """Restore a client wrapped by ``wrap_ollama`` (by ``sink``, if given); returns it.

    Raises:
        ConfigError: ``sink`` is given and another sink captures this client.

    .. versionadded:: 0.2.0
    """
    unwrap_methods(client, sink, [(client, "chat")])
    return client
