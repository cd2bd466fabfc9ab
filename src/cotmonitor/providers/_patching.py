"""Shared wrapt helpers: patch methods on one client's resource *instances*, reversibly.

``wrap(client)`` returns the very same client object: each captured method is shadowed by a
``wrapt.FunctionWrapper`` set on the resource instance (``client.chat.completions``), so the
class, every other client and ``isinstance`` stay untouched, and deleting the instance
attribute restores the original. A sentinel on the client makes wrapping idempotent, and
keeps one client to one monitor: wrapping it for another raises ``ConfigError`` rather than
silently taking its traffic away, and only the monitor that wrapped it can unwrap it.

The capture wrappers keep the caller's path short: build a ``RawCapture``, call through,
hand the response (or a stream tap) to the sink. The user's exception is re-raised untouched
after a failed capture is recorded.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextvars
import inspect
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import wrapt

from cotmonitor.capture.record import CaptureKind, CaptureSink, RawCapture
from cotmonitor.capture.stream import AsyncStreamTap, SyncStreamTap, _submit
from cotmonitor.context import current_labels
from cotmonitor.errors import ConfigError

SENTINEL = "_cotmonitor_sink"
"""The client attribute holding the sink it is wrapped with."""

Wrapper = Callable[[Any, Any, tuple[Any, ...], dict[str, Any]], Any]


@dataclass(frozen=True, slots=True)
class CaptureSpec:
    """How one SDK method's calls become captures.

    Attributes:
        kind: the wire shape of the response.
        streams: the SDK's stream types; results of these types are tapped.
        skip: true for calls to pass through uncaptured (e.g. streamed raw responses).
        unpack: turns a non-stream result into what ``RawCapture.response`` keeps, or
            ``None`` to record nothing (the result is returned as is either way).
        provider: the ``RawCapture.provider`` to note, if any.
        sync_tap: the tap put around sync streams.
        async_tap: the tap put around async streams.
    """

    kind: CaptureKind
    streams: tuple[type, ...] = ()
    skip: Callable[[Mapping[str, Any]], bool] = field(default=lambda _kwargs: False)
    unpack: Callable[[Any], Any] = field(default=lambda result: result)
    provider: str | None = None
    sync_tap: type[SyncStreamTap] = SyncStreamTap
    async_tap: type[AsyncStreamTap] = AsyncStreamTap


RAW_HEADER = "X-Stainless-Raw-Response"
"""The header openai and anthropic (both Stainless-built) set on ``with_raw_response`` calls."""


def skip_raw_streams(kwargs: Mapping[str, Any]) -> bool:
    """Whether a call is a streamed raw response, whose body goes to the caller unread."""
    headers = kwargs.get("extra_headers")
    mode = headers.get(RAW_HEADER) if headers else None
    if mode is None:
        return False
    # ``with_raw_response`` reads the body first (openai says "true", anthropic "raw");
    # ``with_streaming_response`` ("stream") and streamed calls hand it over unread.
    return str(mode) not in ("true", "raw") or bool(kwargs.get("stream"))


def unpack_raw_response(result: Any) -> Any:
    """The already-read HTTP response of a ``LegacyAPIResponse``, else ``result``.

    The worker parses its JSON, so the user's response object is never read twice.
    """
    http_response = getattr(result, "http_response", None)
    return result if http_response is None else http_response


def copier(wrap: Callable[[Any, CaptureSink], Any], sink: CaptureSink) -> Wrapper:
    """A wrapper for ``client.copy``/``with_options``: the new client is wrapped too."""

    def wrapper(wrapped: Any, _instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return wrap(wrapped(*args, **kwargs), sink)

    return wrapper


def record_failure(raw: RawCapture, error: BaseException, sink: CaptureSink) -> None:
    """Hand over a capture whose call raised (or whose stream could not be opened)."""
    raw.ended = time.perf_counter()
    raw.error = error
    raw.complete = False
    _submit(sink, raw)


def _answered(raw: RawCapture, result: Any, spec: CaptureSpec, sink: CaptureSink) -> None:
    raw.ended = time.perf_counter()
    response = spec.unpack(result)
    if response is not None:
        raw.response = response
        _submit(sink, raw)


capturing: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "cotmonitor_capturing", default=False
)
"""True inside a captured call: a wrapped client called by a wrapped caller (an OpenAI client
handed to a wrapped litellm as ``client=``) is then left to the outer capture, once."""


def begin_capture(spec: CaptureSpec, kwargs: dict[str, Any]) -> RawCapture | None:
    """The capture of this call, or ``None`` when it passes through uncaptured."""
    if spec.skip(kwargs) or capturing.get():
        return None
    return RawCapture(spec.kind, kwargs, labels=current_labels(), provider=spec.provider)


Finish = Callable[[RawCapture, Any], Any]
"""What a capture wrapper does with a call's result: returns what the caller gets."""
AsyncFinish = Callable[[RawCapture, Any], Awaitable[Any]]


def sync_through(spec: CaptureSpec, sink: CaptureSink, finish: Finish) -> Wrapper:
    """A wrapt wrapper around a sync SDK method: capture the call, then ``finish`` it."""

    def wrapper(wrapped: Any, _instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        raw = begin_capture(spec, kwargs)
        if raw is None:
            return wrapped(*args, **kwargs)
        token = capturing.set(True)
        try:
            result = wrapped(*args, **kwargs)
        except BaseException as error:
            record_failure(raw, error, sink)
            raise
        finally:
            capturing.reset(token)
        return finish(raw, result)

    return wrapper


def async_through(spec: CaptureSpec, sink: CaptureSink, finish: AsyncFinish) -> Wrapper:
    """``sync_through`` for an async SDK method (the coroutine is awaited)."""

    async def wrapper(
        wrapped: Any, _instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        raw = begin_capture(spec, kwargs)
        if raw is None:
            return await wrapped(*args, **kwargs)
        token = capturing.set(True)
        try:
            result = await wrapped(*args, **kwargs)
        except BaseException as error:
            record_failure(raw, error, sink)
            raise
        finally:
            capturing.reset(token)
        return await finish(raw, result)

    return wrapper


def sync_capture(spec: CaptureSpec, sink: CaptureSink) -> Wrapper:
    """A wrapt wrapper capturing calls of a sync SDK method (guarding them in guard mode)."""
    runner = getattr(sink, "guard_runner", None)
    if runner is not None:
        from cotmonitor.providers._guarding import guarded_finish

        return sync_through(spec, sink, guarded_finish(spec, runner))

    def finish(raw: RawCapture, result: Any) -> Any:
        if isinstance(result, spec.streams):
            return spec.sync_tap(result, raw, sink)
        _answered(raw, result, spec, sink)
        return result

    return sync_through(spec, sink, finish)


def async_capture(spec: CaptureSpec, sink: CaptureSink) -> Wrapper:
    """A wrapt wrapper capturing calls of an async SDK method (guarding them in guard mode)."""
    runner = getattr(sink, "guard_runner", None)
    if runner is not None:
        from cotmonitor.providers._guarding import guarded_afinish

        return async_through(spec, sink, guarded_afinish(spec, runner))

    async def finish(raw: RawCapture, result: Any) -> Any:
        if isinstance(result, spec.streams):
            return spec.async_tap(result, raw, sink)
        _answered(raw, result, spec, sink)
        return result

    return async_through(spec, sink, finish)


def capture_wrapper(owner: Any, name: str, spec: CaptureSpec, sink: CaptureSink) -> Wrapper:
    """The sync or async capture wrapper, matching what ``owner.name`` is."""
    method = getattr(owner, name)
    if inspect.iscoroutinefunction(inspect.unwrap(method)):
        return async_capture(spec, sink)
    return sync_capture(spec, sink)


class _Patch(wrapt.FunctionWrapper[..., Any]):
    """A FunctionWrapper we installed (told apart from anyone else's)."""


def patch(owner: Any, name: str, wrapper: Wrapper) -> None:
    """Shadow the bound method ``owner.name`` with ``wrapper`` on the instance only."""
    unpatch(owner, name)
    setattr(owner, name, _Patch(getattr(owner, name), wrapper))


def unpatch(owner: Any, name: str) -> None:
    """Remove our patch of ``owner.name``, if any, restoring the class's method."""
    if isinstance(vars(owner).get(name), _Patch):
        delattr(owner, name)


def resolve(client: Any, path: str) -> Any:
    """The object at dotted ``path`` below ``client`` (``"chat.completions"``)."""
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    return target


def forget_cached(owner: Any, *names: str) -> None:
    """Drop cached properties (``with_raw_response`` ...) so they rebind to the current method."""
    for name in names:
        vars(owner).pop(name, None)


def wrapped_sink(client: Any) -> CaptureSink | None:
    """The sink ``client`` is wrapped with, or ``None``."""
    sink: CaptureSink | None = vars(client).get(SENTINEL)
    return sink


def needs_wrap(client: Any, sink: CaptureSink) -> bool:
    """Whether ``client`` must be wrapped for ``sink`` (False: it already is).

    Raises:
        ConfigError: another sink (monitor) already watches ``client``.
    """
    current = wrapped_sink(client)
    if current is sink:
        return False
    if current is not None:
        raise watched_by_another(client)
    return True


def may_unwrap(client: Any, sink: CaptureSink | None) -> bool:
    """Whether ``client`` is wrapped and ``sink`` (any sink when ``None``) may unwrap it.

    Raises:
        ConfigError: another sink (monitor) watches ``client``.
    """
    current = wrapped_sink(client)
    if current is None:
        return False
    if sink is not None and current is not sink:
        raise watched_by_another(client)
    return True


def watched_by_another(client: Any) -> ConfigError:
    """The error for a client that another monitor already watches."""
    kind = f"{type(client).__module__}.{type(client).__name__}"
    return ConfigError(
        f"this {kind} is already watched by another Monitor: one client reports to one "
        "monitor; unwrap it with that monitor first, or give this monitor a client of its own"
    )


CACHED = ("with_raw_response", "with_streaming_response")
"""Cached properties of a Stainless resource that bind the method they were built from."""
COPIERS = ("copy", "with_options")
"""Client methods that return a new client, wrapped like the one they copy."""


def finish_wrap(
    client: Any, sink: CaptureSink, wrap: Callable[[Any, CaptureSink], Any], *resources: Any
) -> None:
    """After the resources' methods are patched: rebind caches, wrap copies, mark the client."""
    for resource in resources:
        forget_cached(resource, *CACHED)
    for name in COPIERS:
        patch(client, name, copier(wrap, sink))
    mark(client, sink)


def finish_unwrap(client: Any, *resources: Any) -> None:
    """After the resources' methods are restored: the same, undone."""
    for resource in resources:
        forget_cached(resource, *CACHED)
    for name in COPIERS:
        unpatch(client, name)
    mark(client, None)


def mark(client: Any, sink: CaptureSink | None) -> None:
    """Set (or with ``None`` clear) the wrapped-with sentinel on ``client``."""
    if sink is None:
        vars(client).pop(SENTINEL, None)
    else:
        setattr(client, SENTINEL, sink)


def wrap_methods(
    client: Any, sink: CaptureSink, targets: Sequence[tuple[Any, str]], spec: CaptureSpec
) -> None:
    """Capture ``owner.name`` for each target of a client with no copy helpers, and mark it.

    Raises:
        ConfigError: another sink already captures ``client``.
    """
    if not needs_wrap(client, sink):
        return
    for owner, name in targets:
        patch(owner, name, capture_wrapper(owner, name, spec, sink))
    mark(client, sink)


def unwrap_methods(
    client: Any, sink: CaptureSink | None, targets: Sequence[tuple[Any, str]]
) -> None:
    """Undo ``wrap_methods`` (only ``sink``'s, when given).

    Raises:
        ConfigError: ``sink`` is given and another sink captures ``client``.
    """
    if not may_unwrap(client, sink):
        return
    for owner, name in targets:
        unpatch(owner, name)
    mark(client, None)
