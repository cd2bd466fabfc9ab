"""AWS Bedrock through boto3: capture ``converse`` and ``converse_stream`` of one client.

``wrap(boto3.client("bedrock-runtime"))`` patches the two methods on that client object only.
``converse_stream`` returns a dict whose ``"stream"`` is a botocore ``EventStream``; the
dict comes back as it was, with that one value a transparent proxy that taps the events as
the caller iterates them. ``invoke_model`` (provider-specific JSON bodies) is not captured.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from cotmonitor.capture.record import CaptureSink
from cotmonitor.capture.stream import SyncStreamTap
from cotmonitor.errors import ConfigError
from cotmonitor.providers._patching import (
    CaptureSpec,
    mark,
    may_unwrap,
    needs_wrap,
    patch,
    sync_capture,
    unpatch,
)

_C = TypeVar("_C")
_METHODS = ("converse", "converse_stream")


class EventStreamTap(SyncStreamTap):
    """A tap over botocore's ``EventStream``, which is iterable but not an iterator."""

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        events = getattr(self, "_self_events", None)
        if events is None:
            events = self._self_events = iter(self.__wrapped__)
        try:
            event = events.__next__()
        except StopIteration:
            self._tap_finish(None, complete=True)
            raise
        except BaseException as error:
            self._tap_finish(error, complete=False)
            raise
        self._self_keep(event)
        return event


def _tap_in_place(result: dict[str, Any], raw: Any, sink: CaptureSink) -> dict[str, Any]:
    """Put an ``EventStreamTap`` on the result's ``"stream"``; the same dict comes back."""
    stream = result.get("stream")
    if stream is not None:
        result["stream"] = EventStreamTap(stream, raw, sink)
    return result


def _spec(*, stream: bool) -> CaptureSpec:
    if not stream:
        return CaptureSpec(kind="bedrock.converse", provider="aws.bedrock")
    # Every converse_stream result is a dict holding the stream: tap it there.
    return CaptureSpec(
        kind="bedrock.converse",
        provider="aws.bedrock",
        streams=(dict,),
        sync_tap=_tap_in_place,  # type: ignore[arg-type]  # a callable, like the tap classes
    )


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
    patch(client, "converse", sync_capture(_spec(stream=False), sink))
    patch(client, "converse_stream", sync_capture(_spec(stream=True), sink))
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
