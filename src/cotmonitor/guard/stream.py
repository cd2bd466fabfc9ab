"""Guarding a stream: decide on the reasoning before any answer chunk goes to the caller.

``StreamGuard`` is the sans-I/O core, fed one chunk at a time on the caller's thread:

- each chunk's reasoning text goes into ``ReasoningWindows``; when a window is due (some
  new text and a sentence end), it is screened with the checks (``incremental.windows``) and
  the policy decides at once: a block ends the stream there, mid-reasoning;
- before the first answer or tool-call chunk after new reasoning, the rule checks run on
  everything that arrived (one full pass per reasoning-to-answer turn): nothing of the
  answer passes before the decision on the reasoning that precedes it;
- at the end of the stream the call gets its final decision, as a non-streamed call does
  (rules on the whole trace, the judge under its deadline). A block there is raised in place
  of the end of the iteration: the answer text has gone by, but the caller has not acted on
  the finished response yet.

A warning (or a strip) on the way sends an early alert; a ``strip_tool_calls`` decision drops
the tool-call chunks from then on (decided only after some tool calls went by, it blocks).

``GuardedSyncStream`` and ``GuardedAsyncStream`` are the two shells: stream taps that run
each chunk through the core and, on a block, close the HTTP response (no more chunks are
read) and raise ``GuardBlocked`` from the iterator.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from cotmonitor.capture.record import RawCapture, trace_id_of
from cotmonitor.capture.stream import AsyncStreamTap, SyncStreamTap
from cotmonitor.errors import GuardBlocked
from cotmonitor.guard.attach import attach
from cotmonitor.guard.decision import ACTION_RANK, GuardDecision
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.guard.strip import chunk_stripper
from cotmonitor.incremental.readers import ANSWER, OTHER, TOOL, Reader, reader_for
from cotmonitor.incremental.windows import ReasoningWindows, with_reasoning
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Verdict

_log = logging.getLogger("cotmonitor")

DROP = object()
"""``StreamGuard.step``: do not pass this chunk on (a stripped tool call)."""
BLOCKED = object()
"""``StreamGuard.step``: the policy blocked the stream at this chunk."""


class StreamGuard:
    """The guard's state for one stream (see the module docstring).

    Also the capture sink of the stream's tap: a stream that ends any way but exhaustion
    (closed, broken, garbage-collected) gets a rules-only final verdict.
    """

    def __init__(self, runner: GuardRunner, raw: RawCapture) -> None:
        self.runner = runner
        self.raw = raw
        # Early alerts, a block mid-stream and the end: one trace id for all of them.
        trace_id_of(raw)
        think_tags = runner.monitor.settings.think_tags
        reader = reader_for(raw.kind, think_tags)
        self.reader: Reader = reader if reader is not None else _nothing
        self.stripper = chunk_stripper(raw.kind)
        self.windows = ReasoningWindows(min_chars=runner.policy.window_chars)
        self._base: Trace | None = None
        self.checked_to = 0
        self.spent = 0.0
        self.strongest: Verdict | None = None
        self.alerted = 0
        self.stripping = False
        self.tools_passed = False
        self.answering = False
        """True once an answer or tool-call chunk went to the caller."""
        self.verdict: Verdict | None = None
        """The final verdict, once the stream ended (or was blocked)."""
        self.holders: list[Any] = []
        """Objects that get the final verdict attached (the SDK's stream helper)."""

    # -- per chunk ------------------------------------------------------------------------

    def step(self, chunk: Any) -> Any:
        """The chunk to pass on (perhaps a stripped copy), ``DROP`` or ``BLOCKED``."""
        text, kind = self.reader(chunk)
        windows = self.windows
        if text:
            windows.add(text)
            if windows.due and self._window() is BLOCKED:
                return BLOCKED
        if kind in (ANSWER, TOOL):
            if windows.length > self.checked_to and self._boundary() is BLOCKED:
                return BLOCKED
            self.answering = True
            if kind == TOOL and not self.stripping:
                self.tools_passed = True
        if self.stripping and self.stripper is not None:
            stripped = self.stripper(chunk, kind)
            return DROP if stripped is None else stripped
        return chunk

    def _window(self) -> object:
        started = time.perf_counter()
        start, text = self.windows.take()
        try:
            findings, _errors = self.runner.screen(self.base, start, text)
        except Exception:
            self.runner.internal_error()
            findings = []
        self.spent += time.perf_counter() - started
        if not findings:
            return None
        trace = with_reasoning(self.base, self.windows.text())
        verdict = self.runner.verdict_on(trace, findings, stage="reasoning", spent=self.spent)
        return self._act(verdict)

    def _boundary(self) -> object:
        started = time.perf_counter()
        self.checked_to = self.windows.length
        verdict = self.runner.decide_now(self.runner.partial(self.raw), "reasoning")
        self.spent += time.perf_counter() - started
        if verdict.guard is None or verdict.guard.action == "allow":
            return None
        return self._act(_spent(verdict, self.spent))

    def _act(self, verdict: Verdict) -> object:
        decision = verdict.guard
        assert decision is not None
        rank = ACTION_RANK[decision.action]
        strongest = self.strongest
        if strongest is None or rank > ACTION_RANK[_action(strongest)]:
            self.strongest = verdict
        if decision.action == "block":
            self.verdict = verdict
            return BLOCKED
        if decision.action == "strip_tool_calls":
            if self.tools_passed:
                self.verdict = verdict
                return BLOCKED
            self.stripping = True
        if rank > self.alerted:
            self.alerted = rank
            self.runner.monitor.publish(verdict.model_copy(update={"early": True}), early=True)
        return None

    @property
    def base(self) -> Trace:
        """The call's trace without reasoning (built on the first window)."""
        if self._base is None:
            self._base = self.runner.base_trace(self.raw)
        return self._base

    # -- the end --------------------------------------------------------------------------

    def ended(self, verdict: Verdict) -> Verdict:
        """The final verdict: the end's decision, or a stronger one taken on the way."""
        verdict = _merged(verdict, self.strongest, self.spent)
        self.verdict = verdict
        for holder in self.holders:
            attach(holder, verdict)
        self.runner.monitor.publish(verdict)
        return verdict

    def must_raise(self, verdict: Verdict) -> bool:
        """Whether the final decision blocks the stream (a strip too late counts)."""
        action = _action(verdict)
        return action == "block" or (action == "strip_tool_calls" and self.tools_passed)

    def blocked(self) -> GuardBlocked:
        """The exception for the decided verdict."""
        verdict = self.verdict
        assert verdict is not None
        if _action(verdict) == "strip_tool_calls":
            return self.runner.blocked(verdict, "its tool calls had already streamed")
        return self.runner.blocked(verdict)

    def submit(self, raw: RawCapture) -> None:
        """The stream ended any way but exhaustion: publish a final verdict once."""
        if self.verdict is not None:
            if raw.error is not None and isinstance(raw.error, GuardBlocked):
                self.runner.monitor.publish(self.verdict)
            return
        try:
            self.ended(self.runner.decide_now(raw))
        except Exception:
            self.runner.internal_error()


def _nothing(_chunk: Any) -> tuple[str, int]:
    return "", OTHER


def _action(verdict: Verdict) -> str:
    return "allow" if verdict.guard is None else verdict.guard.action


def _spent(verdict: Verdict, spent: float) -> Verdict:
    decision = verdict.guard
    if decision is None:
        return verdict
    return verdict.model_copy(update={"guard": decision.model_copy(update={"latency_s": spent})})


def _merged(final: Verdict, earlier: Verdict | None, spent: float) -> Verdict:
    decision: GuardDecision | None = final.guard
    total = spent + (decision.latency_s if decision is not None else 0.0)
    if earlier is None or earlier.guard is None or decision is None:
        return _spent(final, total)
    if ACTION_RANK[earlier.guard.action] <= ACTION_RANK[decision.action]:
        return _spent(final, total)
    # A decision taken on the way stands: its finding joins the final verdict.
    findings = list(final.findings)
    index = None
    if earlier.guard.finding is not None:
        index = len(findings)
        findings.append(earlier.findings[earlier.guard.finding])
    kept = earlier.guard.model_copy(
        update={"finding": index, "latency_s": total, "stage": decision.stage}
    )
    return final.model_copy(
        update={"findings": tuple(findings), "guard": kept, "alert": final.alert or earlier.alert}
    )


class _GuardedTap:
    """What the two guarded shells share: each chunk through the guard, the block, the end."""

    _self_guard: StreamGuard
    _self_raw: RawCapture
    _self_done: bool
    _self_keep: Callable[[Any], None]
    _tap_finish: Callable[..., None]

    def __init__(self, stream: Any, raw: RawCapture, guard: StreamGuard) -> None:
        super().__init__(stream, raw, guard)  # type: ignore[call-arg] # the tap shell's
        self._self_guard = guard

    @property
    def _cotmonitor_verdict(self) -> Verdict | None:
        return self._self_guard.verdict

    def _guard_chunk(self, chunk: Any) -> Any:
        self._self_keep(chunk)
        return self._self_guard.step(chunk)

    def _guard_blocked(self) -> GuardBlocked:
        blocked = self._self_guard.blocked()
        self._tap_finish(blocked, complete=False)
        return blocked

    def _guard_ending(self) -> RawCapture | None:
        """The capture of a stream that just ran out, once (``None`` after)."""
        if self._self_done:
            return None
        self._self_done = True
        raw = self._self_raw
        raw.ended = time.perf_counter()
        return raw

    def _guard_final(self, verdict: Verdict) -> None:
        guard = self._self_guard
        if guard.must_raise(guard.ended(verdict)):
            raise guard.blocked()


class GuardedSyncStream(_GuardedTap, SyncStreamTap):
    """A sync stream tap that lets a chunk through only after the guard's decision on it.

    .. versionadded:: 0.2.0
    """

    def __iter__(self) -> Iterator[Any]:
        # Every chunk goes through ``__next__`` and the guard, not the plain tap's generator.
        return self

    def __next__(self) -> Any:
        while True:
            try:
                chunk = self.__wrapped__.__next__()
            except StopIteration:
                raw = self._guard_ending()
                if raw is not None:
                    self._guard_final(self._self_guard.runner.decide(raw, "stream_end"))
                raise
            except BaseException as error:
                self._tap_finish(error, complete=False)
                raise
            passed = self._guard_chunk(chunk)
            if passed is BLOCKED:
                _close(self.__wrapped__)
                raise self._guard_blocked()
            if passed is not DROP:
                return passed


class GuardedAsyncStream(_GuardedTap, AsyncStreamTap):
    """The async twin of ``GuardedSyncStream``.

    .. versionadded:: 0.2.0
    """

    def __aiter__(self) -> AsyncIterator[Any]:
        # Every chunk goes through ``__anext__`` and the guard, not the plain tap's generator.
        return self

    async def __anext__(self) -> Any:
        while True:
            try:
                chunk = await self.__wrapped__.__anext__()
            except StopAsyncIteration:
                raw = self._guard_ending()
                if raw is not None:
                    self._guard_final(await self._self_guard.runner.adecide(raw, "stream_end"))
                raise
            except BaseException as error:
                self._tap_finish(error, complete=False)
                raise
            passed = self._guard_chunk(chunk)
            if passed is BLOCKED:
                await _aclose(self.__wrapped__)
                raise self._guard_blocked()
            if passed is not DROP:
                return passed

    def close(self) -> Any:
        """Close the stream as the SDK's own ``close`` does.

        That is a coroutine for openai and anthropic; litellm's stream closes at once.
        """
        self._tap_abandon()
        return self.__wrapped__.close()

    async def aclose(self) -> Any:
        """Close the stream (litellm's async stream closes with ``aclose``)."""
        self._tap_abandon()
        return await _aclose(self.__wrapped__)


def _close(stream: Any) -> None:
    """Close the HTTP response under a stream: no further chunk is read."""
    try:
        stream.close()
    except Exception:
        _log.debug("cotmonitor guard: closing a blocked stream failed", exc_info=True)


async def _aclose(stream: Any) -> Any:
    closer = getattr(stream, "aclose", None) or getattr(stream, "close", None)
    if closer is None:
        return None
    try:
        result = closer()
        if inspect.isawaitable(result):
            return await result
    except Exception:
        _log.debug("cotmonitor guard: closing a blocked stream failed", exc_info=True)
    return None


def guarded_stream(
    stream: Any, raw: RawCapture, runner: GuardRunner, *, is_async: bool, holder: Any = None
) -> Any:
    """Wrap an SDK stream so the guard decides on it chunk by chunk.

    Args:
        stream: the SDK's stream (or raw event stream).
        raw: the call's capture.
        runner: the guard.
        is_async: whether ``stream`` is iterated with ``async for``.
        holder: an object that also gets the final verdict attached (the SDK's helper
            around ``stream``).
    """
    guard = StreamGuard(runner, raw)
    if holder is not None:
        guard.holders.append(holder)
    if is_async:
        return GuardedAsyncStream(stream, raw, guard)
    return GuardedSyncStream(stream, raw, guard)
