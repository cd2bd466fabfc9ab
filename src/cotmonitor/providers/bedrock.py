"""AWS Bedrock through boto3: capture ``converse`` and ``converse_stream`` of one client.

``wrap(boto3.client("bedrock-runtime"))`` patches the two methods on that client object only.
``converse_stream`` returns a dict whose ``"stream"`` is a botocore ``EventStream``; the
dict comes back as it was, with that one value a proxy that taps the events as the caller
iterates them (and, in guard mode, decides on the reasoning before the answer passes).
``invoke_model`` (provider-specific JSON bodies) is not captured.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from cotmonitor.capture.record import CaptureSink, RawCapture
from cotmonitor.capture.stream import SyncStreamTap
from cotmonitor.errors import ConfigError
from cotmonitor.providers._patching import (
    CaptureSpec,
    Finish,
    mark,
    may_unwrap,
    needs_wrap,
    patch,
    sync_capture,
    sync_through,
    unpatch,
)

_C = TypeVar("_C")
_METHODS = ("converse", "converse_stream")


class _Events:
    """botocore's ``EventStream`` as an iterator (it is only iterable), for the stream taps.

    Other attributes (``close``, ``get_initial_response``) are the event stream's own.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._events: Iterator[Any] | None = None

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        if self._events is None:
            self._events = iter(self._stream)
        return next(self._events)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_SPEC = CaptureSpec(kind="bedrock.converse", provider="aws.bedrock")


def _stream_finish(sink: CaptureSink) -> Finish:
    """The result dict comes back as it was, its ``"stream"`` tapped (guarded in guard mode)."""
    runner = getattr(sink, "guard_runner", None)

    def finish(raw: RawCapture, result: Any) -> Any:
        stream = result.get("stream") if isinstance(result, dict) else None
        if stream is None:
            return result
        events = _Events(stream)
        if runner is not None:
            from cotmonitor.guard.stream import guarded_stream

            result["stream"] = guarded_stream(events, raw, runner, is_async=False)
        else:
            result["stream"] = SyncStreamTap(events, raw, sink)
        return result

    return finish


def _is_bedrock_runtime(client: Any) -> bool:
    meta = getattr(client, "meta", None)
    model = getattr(meta, "service_model", None)
    return getattr(model, "service_name", None) == "bedrock-runtime"


def wrap_bedrock(client: _C, sink: CaptureSink) -> _C:
    """Capture ``converse`` and ``converse_stream`` of one bedrock-runtime client.

    Raises:
        ConfigError: the client is not a ``bedrock-runtime`` client, or another sink
            already captures it.

    .. versionadded:: 0.2.0
    """
    if not _is_bedrock_runtime(client):
        raise ConfigError(
            "cannot monitor this boto3 client: only bedrock-runtime clients "
            '(boto3.client("bedrock-runtime")) carry model calls'
        )
    if not needs_wrap(client, sink):
        return client
    patch(client, "converse", sync_capture(_SPEC, sink))
    patch(client, "converse_stream", sync_through(_SPEC, sink, _stream_finish(sink)))
    mark(client, sink)
    return client


def unwrap_bedrock(client: _C, sink: CaptureSink | None = None) -> _C:
    """Restore a client wrapped by ``wrap_bedrock`` (by ``sink``, if given); returns it.

    Raises:
        ConfigError: ``sink`` is given and another sink captures this client.

    .. versionadded:: 0.2.0
    """
    if not may_unwrap(client, sink):
        return client
    for name in _METHODS:
        unpatch(client, name)
    mark(client, None)
    return client
