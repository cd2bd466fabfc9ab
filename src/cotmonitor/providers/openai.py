"""OpenAI: capture ``chat.completions.create`` and ``responses.create`` of one client.

Covers ``OpenAI``, ``AsyncOpenAI`` and their Azure variants, streaming or not, and the
structured-output helpers ``chat.completions.parse()`` and ``responses.parse()``. The stream
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
    finish_unwrap,
    finish_wrap,
    may_unwrap,
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


def _spec(kind: CaptureKind) -> CaptureSpec:
    import openai

    return CaptureSpec(
        kind=kind,
        streams=(openai.Stream, openai.AsyncStream),
        skip=skip_raw_streams,
        unpack=unpack_raw_response,
    )


# ``parse()`` (structured outputs) calls the API itself, not through ``create``: patched too.
_METHODS = ("create", "parse")


def _methods(resource: object) -> tuple[str, ...]:
    return tuple(name for name in _METHODS if hasattr(resource, name))


def wrap_openai(client: _C, sink: CaptureSink) -> _C:
    """Capture the calls of one OpenAI client into ``sink``; returns the same client.

    Wrapping again with the same sink does nothing.

    Raises:
        ConfigError: another sink already captures this client.

    .. versionadded:: 0.1.0
    """
    if not needs_wrap(client, sink):
        return client
    resources = [resolve(client, path) for path, _kind in _TARGETS]
    for resource, (_path, kind) in zip(resources, _TARGETS, strict=True):
        for name in _methods(resource):
            patch(resource, name, capture_wrapper(resource, name, _spec(kind), sink))
    finish_wrap(client, sink, wrap_openai, *resources)
    return client


def unwrap_openai(client: _C, sink: CaptureSink | None = None) -> _C:
    """Restore a client wrapped by ``wrap_openai`` (by ``sink``, if given); returns it.

    Raises:
        ConfigError: ``sink`` is given and another sink captures this client.

    .. versionadded:: 0.1.0
    """
    if not may_unwrap(client, sink):
        return client
    resources = [resolve(client, path) for path, _kind in _TARGETS]
    for resource in resources:
        for name in _METHODS:
            unpatch(resource, name)
    finish_unwrap(client, *resources)
    return client
