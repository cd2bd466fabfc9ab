"""Gemini through ``google-genai``: capture ``generate_content`` and its stream, sync and async.

``wrap(genai.Client(...))`` patches ``client.models`` and ``client.aio.models`` (the same
client's async side). A streamed call returns a plain generator (``await``-ed to an async
generator on the async side); it is tapped like any SDK stream. With automatic function
calling on, the SDK may make several HTTP requests for one ``generate_content``: the capture
is of the call the agent made and the response it got. ``client.chats`` sessions call
``generate_content`` underneath, so they are captured too.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import types
from typing import Any, TypeVar

from cotmonitor.capture.record import CaptureSink
from cotmonitor.providers._patching import CaptureSpec, unwrap_methods, wrap_methods

_C = TypeVar("_C")
_METHODS = ("generate_content", "generate_content_stream")


def _spec() -> CaptureSpec:
    return CaptureSpec(
        kind="gemini",
        streams=(types.GeneratorType, types.AsyncGeneratorType),
        provider="gcp.gemini",
    )


def _targets(client: Any) -> list[tuple[Any, str]]:
    return [(models, name) for models in (client.models, client.aio.models) for name in _METHODS]


def wrap_gemini(client: _C, sink: CaptureSink) -> _C:
    """Capture the ``generate_content`` calls of one ``genai.Client``; returns the same client.

    Wrapping again with the same sink does nothing.

    Raises:
        ConfigError: another sink already captures this client.

    .. versionadded:: 0.2.0
    """
    wrap_methods(client, sink, _targets(client), _spec())
    return client


def unwrap_gemini(client: _C, sink: CaptureSink | None = None) -> _C:
    """Restore a client wrapped by ``wrap_gemini`` (by ``sink``, if given); returns it.

    Raises:
        ConfigError: ``sink`` is given and another sink captures this client.

    .. versionadded:: 0.2.0
    """
    unwrap_methods(client, sink, _targets(client))
    return client
