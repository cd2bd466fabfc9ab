"""Anthropic: capture ``messages.create`` and ``messages.stream`` of one client.

Covers ``Anthropic`` and ``AsyncAnthropic``, with or without extended thinking, streaming
or not. ``messages.stream(...)`` does not go through ``create``: it returns a stream manager
(for ``AsyncAnthropic`` too, never a coroutine, so ``async with client.messages.stream(...)``
must keep working). The manager is wrapped in a proxy whose ``__enter__``/``__aenter__``
taps the raw event stream under the SDK's ``MessageStream``; every way of reading it
(iteration, ``text_stream``, ``get_final_message()``) then passes through the tap.
``with_raw_response`` calls are captured from the HTTP body; ``client.with_options(...)``
and ``client.copy(...)`` return wrapped copies.

In guard mode the tap under the ``MessageStream`` is the guard's: a block raises
``GuardBlocked`` from whatever reads the stream, and the final verdict is attached to the
``MessageStream`` itself (``cotmonitor.guard_verdict(stream)``).

``client.beta.messages`` (create, stream, parse) and ``messages.parse()`` are captured the
same way, and so are the SDK's cloud clients (``AnthropicBedrock``, ``AnthropicVertex``, their
async twins): they share the Messages resources and only rewrite the URL and the auth under
them. Their traces name the platform as the provider (``aws.bedrock``, ``gcp.vertex_ai``, the
GenAI conventions' ``gen_ai.provider.name`` values), since that is who served the call.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import wrapt

from cotmonitor.capture.record import CaptureKind, CaptureSink, RawCapture
from cotmonitor.capture.stream import AsyncStreamTap, SyncStreamTap
from cotmonitor.context import current_labels
from cotmonitor.providers._patching import (
    CaptureSpec,
    Wrapper,
    capture_wrapper,
    finish_unwrap,
    finish_wrap,
    may_unwrap,
    needs_wrap,
    patch,
    record_failure,
    skip_raw_streams,
    unpack_raw_response,
    unpatch,
)

_C = TypeVar("_C")
_log = logging.getLogger("cotmonitor")
_KIND: CaptureKind = "anthropic.messages"


_PLATFORMS = (("anthropic.lib.bedrock", "aws.bedrock"), ("anthropic.lib.vertex", "gcp.vertex_ai"))
"""The SDK's cloud client modules and the provider their calls go to."""


def provider_of(client: object) -> str:
    """``aws.bedrock`` or ``gcp.vertex_ai`` for the SDK's cloud clients, else ``anthropic``.

    .. versionadded:: 0.2.0
    """
    module = type(client).__module__
    for prefix, provider in _PLATFORMS:
        if module.startswith(prefix):
            return provider
    return "anthropic"


def _spec(provider: str) -> CaptureSpec:
    import anthropic

    return CaptureSpec(
        kind=_KIND,
        streams=(anthropic.Stream, anthropic.AsyncStream),
        skip=skip_raw_streams,
        unpack=unpack_raw_response,
        provider=provider,
    )


def _start(raw: RawCapture) -> None:
    # The request goes out when the manager is entered, not when stream() is called.
    raw.started = time.perf_counter()
    raw.wall_time = time.time()


Tapper = Callable[[Any, RawCapture, Any], Any]
"""Builds the tap over a ``MessageStream``'s raw events: ``(events, raw, message stream)``."""


def _tapper(sink: CaptureSink, is_async: bool) -> Tapper:
    runner = getattr(sink, "guard_runner", None)
    if runner is None:
        tap = AsyncStreamTap if is_async else SyncStreamTap
        return lambda events, raw, _stream: tap(events, raw, sink)
    from cotmonitor.guard.stream import guarded_stream

    return lambda events, raw, stream: guarded_stream(
        events, raw, runner, is_async=is_async, holder=stream
    )


def _tap_events(stream: Any, tapper: Tapper, raw: RawCapture, sink: CaptureSink) -> None:
    events = getattr(stream, "_raw_stream", None)
    if events is None:
        # An SDK whose MessageStream no longer keeps its event stream there: pass through.
        _log.debug("cotmonitor: %s has no _raw_stream; not captured", type(stream).__name__)
        stats = getattr(sink, "stats", None)
        if stats is not None:
            stats.incr("internal_errors", stage="capture", component="anthropic")
        return
    stream._raw_stream = tapper(events, raw, stream)  # noqa: SLF001 - read on first iteration


class _StreamManagerTap(wrapt.ObjectProxy[Any]):
    """``MessageStreamManager`` as is, plus a tap on the events of the stream it opens."""

    def __init__(self, manager: Any, raw: RawCapture, sink: CaptureSink) -> None:
        super().__init__(manager)
        self._self_raw = raw
        self._self_sink = sink

    def __enter__(self) -> Any:
        _start(self._self_raw)
        try:
            stream = self.__wrapped__.__enter__()
        except BaseException as error:
            record_failure(self._self_raw, error, self._self_sink)
            raise
        tapper = _tapper(self._self_sink, is_async=False)
        _tap_events(stream, tapper, self._self_raw, self._self_sink)
        return stream

    def __exit__(self, *exc_info: object) -> Any:
        return self.__wrapped__.__exit__(*exc_info)


class _AsyncStreamManagerTap(wrapt.ObjectProxy[Any]):
    """``AsyncMessageStreamManager`` as is, plus a tap on the events of its stream."""

    def __init__(self, manager: Any, raw: RawCapture, sink: CaptureSink) -> None:
        super().__init__(manager)
        self._self_raw = raw
        self._self_sink = sink

    async def __aenter__(self) -> Any:
        _start(self._self_raw)
        try:
            stream = await self.__wrapped__.__aenter__()
        except BaseException as error:
            record_failure(self._self_raw, error, self._self_sink)
            raise
        tapper = _tapper(self._self_sink, is_async=True)
        _tap_events(stream, tapper, self._self_raw, self._self_sink)
        return stream

    async def __aexit__(self, *exc_info: object) -> Any:
        return await self.__wrapped__.__aexit__(*exc_info)


def _stream_wrapper(sink: CaptureSink, provider: str) -> Wrapper:
    # A sync wrapper for both clients: AsyncMessages.stream returns a manager, not a coroutine.
    def wrapper(wrapped: Any, _instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        manager = wrapped(*args, **kwargs)
        raw = RawCapture(_KIND, kwargs, labels=current_labels(), provider=provider)
        if hasattr(manager, "__aenter__"):
            return _AsyncStreamManagerTap(manager, raw, sink)
        return _StreamManagerTap(manager, raw, sink)

    return wrapper


def _resources(client: Any) -> list[Any]:
    """``client.messages`` and, where the SDK has it, ``client.beta.messages``."""
    beta = getattr(getattr(client, "beta", None), "messages", None)
    return [client.messages] if beta is None else [client.messages, beta]


def wrap_anthropic(client: _C, sink: CaptureSink) -> _C:
    """Capture the Messages calls of one Anthropic client into ``sink``; returns the same client.

    ``Anthropic``, ``AsyncAnthropic``, ``AnthropicBedrock``, ``AsyncAnthropicBedrock``,
    ``AnthropicVertex`` and ``AsyncAnthropicVertex`` alike.

    Wrapping again with the same sink does nothing.

    Raises:
        ConfigError: another sink already captures this client.

    .. versionadded:: 0.1.0
    """
    if not needs_wrap(client, sink):
        return client
    resources = _resources(client)
    provider = provider_of(client)
    for messages in resources:
        for name in ("create", "parse"):
            if hasattr(messages, name):
                patch(messages, name, capture_wrapper(messages, name, _spec(provider), sink))
        patch(messages, "stream", _stream_wrapper(sink, provider))
    finish_wrap(client, sink, wrap_anthropic, *resources)
    return client


def unwrap_anthropic(client: _C, sink: CaptureSink | None = None) -> _C:
    """Restore a client wrapped by ``wrap_anthropic`` (by ``sink``, if given); returns it.

    Raises:
        ConfigError: ``sink`` is given and another sink captures this client.

    .. versionadded:: 0.1.0
    """
    if not may_unwrap(client, sink):
        return client
    resources = _resources(client)
    for messages in resources:
        for name in ("create", "parse", "stream"):
            unpatch(messages, name)
    finish_unwrap(client, *resources)
    return client
