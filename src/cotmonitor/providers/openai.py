"""OpenAI: capture ``chat.completions.create`` and ``responses.create`` of one client.

Covers ``OpenAI``, ``AsyncOpenAI`` and their Azure variants, streaming or not. The stream
helpers ``chat.completions.stream()`` and ``responses.stream()`` call ``create`` on the
resource, so they are captured too. ``with_raw_response`` calls are captured from the raw
HTTP body without touching the user's ``LegacyAPIResponse`` (streamed raw responses and
``with_streaming_response`` pass through uncaptured). ``client.with_options(...)`` and
``client.copy(...)`` return wrapped copies.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TypeVar

from cotmonitor.capture.record import CaptureKind, CaptureSink
from cotmonitor.providers._patching import (
    CaptureSpec,
    capture_wrapper,
    copier,
    forget_cached,
    mark,
    needs_wrap,
    patch,
    resolve,
    skip_raw_streams,
    unpack_raw_response,
    unpatch,
)

_C = TypeVar("_C")

_TARGETS: tuple[tuple[str, CaptureKind], ...] = (
    ("chat.completions", "openai.chat"),
    ("responses", "openai.responses"),
)
_CACHED = ("with_raw_response", "with_streaming_response")
_COPIERS = ("copy", "with_options")


def _spec(kind: CaptureKind) -> CaptureSpec:
    import openai

    return CaptureSpec(
        kind=kind,
        streams=(openai.Stream, openai.AsyncStream),
        skip=skip_raw_streams,
        unpack=unpack_raw_response,
    )


def wrap_openai(client: _C, sink: CaptureSink) -> _C:
    """Capture the calls of one OpenAI client into ``sink``; returns the same client.

    Wrapping again with the same sink does nothing; with another sink, it re-points the
    capture to it.

    .. versionadded:: 0.1.0
    """
    if not needs_wrap(client, sink, unwrap_openai):
        return client
    for path, kind in _TARGETS:
        resource = resolve(client, path)
        patch(resource, "create", capture_wrapper(resource, "create", _spec(kind), sink))
        forget_cached(resource, *_CACHED)
    for name in _COPIERS:
        patch(client, name, copier(wrap_openai, sink))
    mark(client, sink)
    return client


def unwrap_openai(client: _C) -> _C:
    """Restore a client wrapped by ``wrap_openai``; returns the same client.

    .. versionadded:: 0.1.0
    """
    for path, _kind in _TARGETS:
        resource = resolve(client, path)
        unpatch(resource, "create")
        forget_cached(resource, *_CACHED)
    for name in _COPIERS:
        unpatch(client, name)
    mark(client, None)
    return client
