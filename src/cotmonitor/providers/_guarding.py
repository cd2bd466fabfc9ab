"""What a call returns in guard mode: the response only after the guard's decision on it.

The capture wrappers of ``_patching`` (same skipping rules, same nesting guard, the user's
exception re-raised untouched) finish a guarded call here: a response is decided on before it
is returned (``GuardRunner.enforce``: as it came, stripped, or ``GuardBlocked``), and a stream
is wrapped in a guarded tap. A streamed raw response (``with_streaming_response``) is passed
through unread, so unguarded.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import time
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.guard.stream import guarded_stream
from cotmonitor.providers._patching import AsyncFinish, CaptureSpec, Finish
from cotmonitor.verdicts import Verdict


def _answered(raw: RawCapture, result: Any, spec: CaptureSpec) -> bool:
    """Note the response on the capture; False when there is none to decide on."""
    raw.ended = time.perf_counter()
    raw.response = spec.unpack(result)
    return raw.response is not None


def _enforced(runner: GuardRunner, verdict: Verdict, result: Any, spec: CaptureSpec) -> Any:
    runner.monitor.publish(verdict)
    return runner.enforce(verdict, result, spec.kind)


def guarded_finish(spec: CaptureSpec, runner: GuardRunner) -> Finish:
    """How a sync call ends in guard mode (see the module docstring)."""

    def finish(raw: RawCapture, result: Any) -> Any:
        if isinstance(result, spec.streams):
            return guarded_stream(result, raw, runner, is_async=False)
        if not _answered(raw, result, spec):
            return result
        return _enforced(runner, runner.decide(raw), result, spec)

    return finish


def guarded_afinish(spec: CaptureSpec, runner: GuardRunner) -> AsyncFinish:
    """How an async call ends in guard mode: the judge, if any, is awaited."""

    async def finish(raw: RawCapture, result: Any) -> Any:
        if isinstance(result, spec.streams):
            return guarded_stream(result, raw, runner, is_async=True)
        if not _answered(raw, result, spec):
            return result
        return _enforced(runner, await runner.adecide(raw), result, spec)

    return finish
