"""Taps on streamed responses: the caller reads chunks as before, capture keeps a reference.

``SyncStreamTap`` and ``AsyncStreamTap`` are ``wrapt.ObjectProxy`` shells around the SDK's
stream object, so attribute access, ``isinstance`` and context-manager use behave exactly as
on the stream itself. All accumulation lives in ``_StreamTap``: each chunk is appended to a
list (compacted to its text where ``capture.compact`` knows how, nothing else parsed on the
caller's thread) and the capture is handed to the sink exactly once, when the stream is
exhausted, fails, is closed, exits its ``with`` block, or is garbage collected. A stream that
ends any way but exhaustion is marked incomplete.

A ``for`` (``async for``) loop over a tap reads it through a generator over the stream's own
``__iter__`` (``__aiter__``), as the same loop over the bare stream would; ``next(tap)``
(``anext``) goes through ``__next__`` (``__anext__``).

A sink with a ``watch_stream(raw)`` method (the monitor, outside guard mode) can ask to be
called every ``WATCH_EVERY`` chunks, to screen the reasoning for early alerts off this thread;
the tap then counts chunks as it appends them.

A stream dropped by the garbage collector is handed over through a reentrant-safe queue and a
small daemon thread: finalizers may run while the same thread holds the monitor's queue lock,
so they must not call ``submit`` themselves.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import wrapt

from cotmonitor.capture.compact import compactor
from cotmonitor.capture.record import CaptureSink, RawCapture

_log = logging.getLogger("cotmonitor")

WATCH_EVERY = 16
"""Chunks between two calls of a sink's stream watch."""


class StreamAbandonedError(Exception):
    """The consumer stopped reading a stream before it ended (``break``, ``close()``, GC)."""


class _Reaper:
    """Hands captures of garbage-collected streams to their sinks, off the finalizer."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[CaptureSink, RawCapture]] = queue.SimpleQueue()
        self._pid = 0
        self._lock = threading.Lock()

    def ensure_running(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._queue = queue.SimpleQueue()
            threading.Thread(target=self._run, name="cotmonitor-reaper", daemon=True).start()
            self._pid = os.getpid()

    def put(self, sink: CaptureSink, raw: RawCapture) -> None:
        self._queue.put((sink, raw))

    def _run(self) -> None:
        pending = self._queue
        while True:
            sink, raw = pending.get()
            _submit(sink, raw)


_reaper = _Reaper()


def _watch(sink: CaptureSink, raw: RawCapture) -> Callable[[], None] | None:
    watch_stream = getattr(sink, "watch_stream", None)
    if watch_stream is None:
        return None
    try:
        watch: Callable[[], None] | None = watch_stream(raw)
    except Exception:
        _log.debug("cotmonitor stream watch failed", exc_info=True)
        return None
    return watch


def _submit(sink: CaptureSink, raw: RawCapture) -> None:
    try:
        sink.submit(raw)
    except Exception:
        # CaptureSink.submit promises not to raise; a foreign sink might.
        _log.debug("cotmonitor capture sink failed", exc_info=True)


def _keeper(
    chunks: list[Any], compact: Callable[[Any], Any] | None, watch: Callable[[], None] | None
) -> Callable[[Any], None]:
    """What keeps one chunk (after the first): appends it, compacted, watched, as asked.

    Built once per stream, so the per-chunk path holds no branch on the options: a bound
    ``list.append``, or one closure around the compaction (and the watch's countdown).
    """
    append = chunks.append
    if watch is None:
        if compact is None:
            return append

        def compacting(chunk: Any) -> None:
            append(compact(chunk))

        return compacting
    countdown = WATCH_EVERY

    def watched(chunk: Any) -> None:
        nonlocal countdown
        append(chunk if compact is None else compact(chunk))
        countdown -= 1
        if not countdown:
            countdown = WATCH_EVERY
            try:
                watch()
            except Exception:
                _log.debug("cotmonitor stream watch failed", exc_info=True)

    return watched


class _StreamTap:
    """Accumulates the chunks of one stream into a ``RawCapture`` and finalizes it once.

    Subclasses are ``wrapt.ObjectProxy`` shells; state lives in ``_self_`` attributes, which
    the proxy keeps on itself instead of forwarding to the stream.
    """

    _self_raw: RawCapture
    _self_sink: CaptureSink
    _self_done: bool
    _self_keep: Callable[[Any], None]
    _self_store: Callable[[Any], None]

    def _tap_start(self, raw: RawCapture, sink: CaptureSink) -> None:
        chunks: list[Any] = []
        raw.chunks = chunks
        self._self_raw = raw
        self._self_sink = sink
        self._self_done = False
        self._self_store = _keeper(chunks, compactor(raw.kind), _watch(sink, raw))
        # The first chunk notes its time and swaps in the plain keeper for the rest.
        self._self_keep = self._tap_first_chunk
        _reaper.ensure_running()

    def _tap_first_chunk(self, chunk: Any) -> None:
        self._self_raw.first_chunk = time.perf_counter()
        keep = self._self_keep = self._self_store
        keep(chunk)

    def _tap_chunks(self, chunks: Iterator[Any]) -> Iterator[Any]:
        """Each chunk of ``chunks``, kept on its way (what ``for chunk in tap`` reads).

        A generator rather than ``__next__``: resuming it costs less per chunk than a method
        call through the proxy and the SDK's own ``__next__``, and it reads the stream with
        the SDK's ``__iter__``, as a bare ``for`` loop does. A consumer leaving the loop early
        closes the generator; the tap stays open, as the stream does, until closed or dropped.
        """
        try:
            for chunk in chunks:
                self._self_keep(chunk)
                yield chunk
                break
            keep = self._self_store
            for chunk in chunks:
                keep(chunk)
                yield chunk
        except GeneratorExit:
            raise
        except BaseException as error:
            self._tap_finish(error, complete=False)
            raise
        self._tap_finish(None, complete=True)

    async def _tap_achunks(self, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """``_tap_chunks`` for an async stream (what ``async for chunk in tap`` reads)."""
        try:
            async for chunk in chunks:
                self._self_keep(chunk)
                yield chunk
                break
            keep = self._self_store
            async for chunk in chunks:
                keep(chunk)
                yield chunk
        except GeneratorExit:
            raise
        except BaseException as error:
            self._tap_finish(error, complete=False)
            raise
        self._tap_finish(None, complete=True)

    def _tap_finish(self, error: BaseException | None, *, complete: bool) -> None:
        if self._self_done:
            return
        self._self_done = True
        raw = self._self_raw
        raw.ended = time.perf_counter()
        raw.complete = complete
        raw.error = error
        _submit(self._self_sink, raw)

    def _tap_abandon(self) -> None:
        if not self._self_done:
            self._tap_finish(StreamAbandonedError("stream closed before its end"), complete=False)

    def _tap_collected(self) -> None:
        if getattr(self, "_self_done", True):
            return
        self._self_done = True
        raw = self._self_raw
        raw.ended = time.perf_counter()
        raw.complete = False
        raw.error = StreamAbandonedError("stream garbage-collected before its end")
        _reaper.put(self._self_sink, raw)


class SyncStreamTap(_StreamTap, wrapt.ObjectProxy[Any]):
    """A transparent proxy over a sync stream (``openai.Stream``, ``anthropic.Stream`` ...).

    .. versionadded:: 0.1.0
    """

    def __init__(self, stream: Any, raw: RawCapture, sink: CaptureSink) -> None:
        super().__init__(stream)
        self._tap_start(raw, sink)

    def __iter__(self) -> Iterator[Any]:
        return self._tap_chunks(iter(self.__wrapped__))

    def __next__(self) -> Any:
        try:
            chunk = self.__wrapped__.__next__()
        except StopIteration:
            self._tap_finish(None, complete=True)
            raise
        except BaseException as error:
            self._tap_finish(error, complete=False)
            raise
        self._self_keep(chunk)
        return chunk

    def __enter__(self) -> Any:
        self.__wrapped__.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> Any:
        self._tap_abandon()
        return self.__wrapped__.__exit__(*exc_info)

    def close(self) -> Any:
        """Close the stream; an unfinished capture is marked abandoned."""
        self._tap_abandon()
        return self.__wrapped__.close()

    def __del__(self) -> None:
        self._tap_collected()


class AsyncStreamTap(_StreamTap, wrapt.ObjectProxy[Any]):
    """A transparent proxy over an async stream (``openai.AsyncStream`` ...).

    .. versionadded:: 0.1.0
    """

    def __init__(self, stream: Any, raw: RawCapture, sink: CaptureSink) -> None:
        super().__init__(stream)
        self._tap_start(raw, sink)

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._tap_achunks(self.__wrapped__.__aiter__())

    async def __anext__(self) -> Any:
        try:
            chunk = await self.__wrapped__.__anext__()
        except StopAsyncIteration:
            self._tap_finish(None, complete=True)
            raise
        except BaseException as error:
            self._tap_finish(error, complete=False)
            raise
        self._self_keep(chunk)
        return chunk

    async def __aenter__(self) -> Any:
        await self.__wrapped__.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> Any:
        self._tap_abandon()
        return await self.__wrapped__.__aexit__(*exc_info)

    async def close(self) -> Any:
        """Close the stream; an unfinished capture is marked abandoned."""
        self._tap_abandon()
        return await self.__wrapped__.close()

    def __del__(self) -> None:
        self._tap_collected()
