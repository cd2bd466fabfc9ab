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

from collections.abc import Mapping
from typing import Any, TypeVar

from cotmonitor.capture.record import CaptureKind, CaptureSink
from cotmonitor.providers._patching import (
    CaptureSpec,
    capture_wrapper,
    forget_cached,
    mark,
    patch,
    resolve,
    unpatch,
    wrapped_sink,
)

_C = TypeVar("_C")

_RAW_HEADER = "X-Stainless-Raw-Response"
_TARGETS: tuple[tuple[str, CaptureKind], ...] = (
    ("chat.completions", "openai.chat"),
    ("responses", "openai.responses"),
)
_CACHED = ("with_raw_response", "with_streaming_response")
_COPIERS = ("copy", "with_options")


def _raw_mode(kwargs: Mapping[str, Any]) -> str | None:
    headers = kwargs.get("extra_headers")
    if not headers:
        return None
    mode = headers.get(_RAW_HEADER)
    return None if mode is None else str(mode)


def _skip(kwargs: Mapping[str, Any]) -> bool:
    mode = _raw_mode(kwargs)
    if mode is None:
        return False
    # Streamed and streaming raw responses hand the body to the caller unread.
    return mode != "true" or bool(kwargs.get("stream"))


def _unpack(result: Any) -> Any:
    # A LegacyAPIResponse: keep the already-read HTTP response, parse its JSON in the worker.
    http_response = getattr(result, "http_response", None)
    return result if http_response is None else http_response


def _spec(kind: CaptureKind) -> CaptureSpec:
    import openai

    return CaptureSpec(
        kind=kind,
        streams=(openai.Stream, openai.AsyncStream),
        skip=_skip,
        unpack=_unpack,
    )


def _copier(sink: CaptureSink) -> Any:
    def wrapper(wrapped: Any, _instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return wrap_openai(wrapped(*args, **kwargs), sink)

    return wrapper


def wrap_openai(client: _C, sink: CaptureSink) -> _C:
    """Capture the calls of one OpenAI client into ``sink``; returns the same client.

    Wrapping again with the same sink does nothing; with another sink, it re-points the
    capture to it.

    .. versionadded:: 0.1.0
    """
    current = wrapped_sink(client)
    if current is sink:
        return client
    if current is not None:
        unwrap_openai(client)
    for path, kind in _TARGETS:
        resource = resolve(client, path)
        patch(resource, "create", capture_wrapper(resource, "create", _spec(kind), sink))
        forget_cached(resource, *_CACHED)
    for name in _COPIERS:
        patch(client, name, _copier(sink))
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
