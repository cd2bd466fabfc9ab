"""Capture wrappers for guard mode: the call returns only after the guard's decision.

Like the capture wrappers of ``_patching`` (same skipping rules, same nesting guard, the
user's exception re-raised untouched), except that a response is decided on before it is
returned (``GuardRunner.enforce``: as it came, stripped, or ``GuardBlocked``) and a stream is
wrapped in a guarded tap. A streamed raw response (``with_streaming_response``) is passed
through unread, so unguarded.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import time
from typing import Any

from cotmonitor.capture.record import CaptureSink, RawCapture
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.guard.stream import guarded_stream
from cotmonitor.providers._patching import (
    CaptureSpec,
    Wrapper,
    begin_capture,
    capturing,
    record_failure,
)


def _answered(raw: RawCapture, result: Any, spec: CaptureSpec) -> Any:
    raw.ended = time.perf_counter()
    response = spec.unpack(result)
    raw.response = response
    return response


def guarded_sync(spec: CaptureSpec, sink: CaptureSink, runner: GuardRunner) -> Wrapper:
    """A wrapt wrapper guarding calls of a sync SDK method."""

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
        if isinstance(result, spec.streams):
            return guarded_stream(result, raw, runner, is_async=False)
        if _answered(raw, result, spec) is None:
            return result
        verdict = runner.decide(raw)
        runner.monitor.publish(verdict)
        return runner.enforce(verdict, result, spec.kind)

    return wrapper


def guarded_async(spec: CaptureSpec, sink: CaptureSink, runner: GuardRunner) -> Wrapper:
    """A wrapt wrapper guarding calls of an async SDK method (the coroutine is awaited)."""

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
        if isinstance(result, spec.streams):
            return guarded_stream(result, raw, runner, is_async=True)
        if _answered(raw, result, spec) is None:
            return result
        verdict = await runner.adecide(raw)
        runner.monitor.publish(verdict)
        return runner.enforce(verdict, result, spec.kind)

    return wrapper
