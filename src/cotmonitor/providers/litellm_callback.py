"""A litellm ``CustomLogger`` that hands every completion to a monitor.

For ``litellm.callbacks = [monitor.litellm_callback()]`` in code, and for the LiteLLM proxy's
``litellm_settings: callbacks:``. litellm calls it after each call, on its own logging
threads or tasks, once per stream with the response it assembled from the chunks.

The class derives from litellm's ``CustomLogger``, so it is built on first use: importing
this module does not import litellm.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cotmonitor.capture.record import CaptureSink, RawCapture
from cotmonitor.context import current_labels

_log = logging.getLogger("cotmonitor")
_SEEN_CALLS = 4096
LABELS_METADATA_KEY = "cotmonitor_labels"
"""Request ``metadata`` key whose dict of strings becomes trace labels (proxy clients)."""


class _SeenCalls:
    """The last few ``litellm_call_id`` values, so one call is captured once.

    litellm can report one call through more than one success path (sync and async handlers,
    retries that log each attempt); the call id is the same across them.
    """

    def __init__(self, size: int = _SEEN_CALLS) -> None:
        self._size = size
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, call_id: Any) -> bool:
        if not call_id:
            return True
        key = str(call_id)
        with self._lock:
            if key in self._ids:
                return False
            self._ids[key] = None
            if len(self._ids) > self._size:
                self._ids.popitem(last=False)
            return True


_seen_by_sink: weakref.WeakKeyDictionary[Any, _SeenCalls] = weakref.WeakKeyDictionary()
_seen_lock = threading.Lock()


def claim_call(sink: CaptureSink, call_id: Any) -> bool:
    """Whether ``call_id`` is new to ``sink``'s litellm paths (and now taken).

    The proxy guardrail claims the calls it decides on, so the logging callback of the same
    monitor does not check them a second time.
    """
    with _seen_lock:
        try:
            seen = _seen_by_sink.get(sink)
            if seen is None:
                seen = _seen_by_sink[sink] = _SeenCalls()
        except TypeError:
            return True  # a sink that takes no weak reference: nothing to share it with
    return seen.first_time(call_id)


_REASONING_PARAMS = ("reasoning_effort", "thinking", "reasoning")


def capture_from_logging(
    kwargs: Mapping[str, Any], response: Any, start: Any, end: Any, *, failed: bool = False
) -> RawCapture:
    """One ``RawCapture`` from the arguments litellm passes a ``CustomLogger``."""
    started = start.timestamp() if isinstance(start, datetime) else 0.0
    ended = end.timestamp() if isinstance(end, datetime) else started
    stream = bool(kwargs.get("stream"))
    request: dict[str, Any] = {
        "model": kwargs.get("model"),
        "messages": kwargs.get("messages") or [],
        "custom_llm_provider": kwargs.get("custom_llm_provider"),
        "stream": stream,
    }
    # What the call asked of the reasoning, for gen_ai.request.reasoning.level.
    asked = kwargs.get("optional_params")
    for source in (asked if isinstance(asked, Mapping) else {}, kwargs):
        for key in _REASONING_PARAMS:
            if source.get(key) is not None:
                request.setdefault(key, source[key])
    if stream:
        response = (
            kwargs.get("async_complete_streaming_response")
            or kwargs.get("complete_streaming_response")
            or response
        )
    error = kwargs.get("exception") if failed else None
    if failed and not isinstance(error, BaseException):
        error = RuntimeError(str(kwargs.get("exception") or "litellm call failed"))
    return RawCapture(
        kind="litellm",
        request=request,
        response=None if failed else response,
        error=error,
        started=started,
        ended=ended,
        first_chunk=_first_chunk(kwargs),
        wall_time=started or datetime.now().timestamp(),  # noqa: DTZ005 - a POSIX timestamp
        labels=_labels(kwargs),
        provider=str(kwargs["custom_llm_provider"]) if kwargs.get("custom_llm_provider") else None,
    )


def _first_chunk(kwargs: Mapping[str, Any]) -> float | None:
    payload = kwargs.get("standard_logging_object")
    if not isinstance(payload, Mapping) or not payload.get("stream"):
        return None
    first = payload.get("completionStartTime")
    return float(first) if isinstance(first, (int, float)) else None


def _labels(kwargs: Mapping[str, Any]) -> dict[str, str]:
    params = kwargs.get("litellm_params")
    return request_labels(params.get("metadata") if isinstance(params, Mapping) else None)


def request_labels(metadata: Any) -> dict[str, str]:
    """The context labels plus those a client sent in ``metadata["cotmonitor_labels"]``."""
    labels = dict(current_labels())
    extra = metadata.get(LABELS_METADATA_KEY) if isinstance(metadata, Mapping) else None
    if isinstance(extra, Mapping):
        labels.update({str(k): str(v) for k, v in extra.items()})
    return labels


@functools.cache
def callback_class() -> type[Any]:
    """Build the ``CustomLogger`` subclass (imports litellm)."""
    from litellm.integrations.custom_logger import CustomLogger

    class MonitorCallback(CustomLogger):
        """Hands every litellm completion (success or failure) to a monitor.

        Args:
            monitor: the ``Monitor`` (or any ``CaptureSink``) to submit captures to.

        .. versionadded:: 0.1.0
        """

        def __init__(self, monitor: CaptureSink) -> None:
            super().__init__()
            self.monitor = monitor
            # litellm keeps one CustomLogger per class name and public scalar attributes:
            # without this, a second monitor's callback would be dropped as a duplicate.
            self.monitor_key = f"{id(monitor):x}"

        def _take(self, kwargs: Any, response: Any, start: Any, end: Any, failed: bool) -> None:
            try:
                if not isinstance(kwargs, Mapping):
                    return
                if not claim_call(self.monitor, kwargs.get("litellm_call_id")):
                    return
                raw = capture_from_logging(kwargs, response, start, end, failed=failed)
                self.monitor.submit(raw)
            except Exception:
                _log.debug("cotmonitor litellm callback failed", exc_info=True)
                stats = getattr(self.monitor, "stats", None)
                if stats is not None:
                    stats.incr("internal_errors", stage="capture", component="litellm")

        def log_success_event(
            self, kwargs: Any, response_obj: Any, start_time: Any, end_time: Any
        ) -> None:
            self._take(kwargs, response_obj, start_time, end_time, failed=False)

        def log_failure_event(
            self, kwargs: Any, response_obj: Any, start_time: Any, end_time: Any
        ) -> None:
            self._take(kwargs, response_obj, start_time, end_time, failed=True)

        async def async_log_success_event(
            self, kwargs: Any, response_obj: Any, start_time: Any, end_time: Any
        ) -> None:
            self._take(kwargs, response_obj, start_time, end_time, failed=False)

        async def async_log_failure_event(
            self, kwargs: Any, response_obj: Any, start_time: Any, end_time: Any
        ) -> None:
            self._take(kwargs, response_obj, start_time, end_time, failed=True)

    return MonitorCallback
