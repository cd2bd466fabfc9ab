"""Early alerts for streams in the observing modes: the reasoning screened as it arrives.

The stream tap keeps every chunk in its capture (``RawCapture.chunks``, appended on the
caller's thread) and, every few chunks, queues this watch on the monitor's worker. There the
watch reads the chunks that arrived since its last turn, feeds their reasoning to the
windows, screens each window that is due, and hands the first alerting verdict to
``on_alert`` and the alert log as an early alert. The caller's thread pays only the queueing;
the final verdict still comes when the stream ends.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cotmonitor.capture.record import RawCapture
from cotmonitor.checks.base import CheckRun
from cotmonitor.incremental.readers import Reader, reader_for
from cotmonitor.incremental.windows import ReasoningWindows, screen, stream_trace, with_reasoning
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import make_verdict

if TYPE_CHECKING:
    from cotmonitor.monitor import Monitor

EVERY = 16
"""Chunks between two turns of the watch."""


class StreamWatch:
    """One stream's early-alert state; called on the monitor's worker thread only."""

    def __init__(self, monitor: Monitor, raw: RawCapture) -> None:
        self.monitor = monitor
        self.raw = raw
        self.read = 0
        self.alerted = False
        self._reader: Reader | None = None
        self._windows = ReasoningWindows()
        self._base: Trace | None = None

    def __call__(self) -> None:
        """Screen what arrived since the last turn (a no-op once the stream alerted)."""
        chunks = self.raw.chunks
        if self.alerted or chunks is None or self.raw.ended is not None:
            return  # once the stream has ended, its final verdict is the alert
        if self._reader is None:
            self._reader = reader_for(self.raw.kind, self.monitor.settings.think_tags)
            if self._reader is None:
                self.alerted = True
                return
        end = len(chunks)
        windows = self._windows
        for chunk in chunks[self.read : end]:
            text, _kind = self._reader(chunk)
            windows.add(text)
        self.read = end
        while windows.due and not self.alerted:
            self._screen(*windows.take())

    def _run_warm(self, trace: Trace) -> CheckRun:
        return self.monitor.run_rules(trace, warm_only=True)

    def _screen(self, start: int, text: str) -> None:
        base = self._base
        if base is None:
            base = self._base = stream_trace(self.raw)
        # In the checker process, like the final verdict's checks (off the agent's GIL), once
        # it is up: an early alert that waited for the child's start would come too late.
        findings, _errors = screen(self.monitor.checks, base, start, text, run=self._run_warm)
        if not findings:
            return
        trace = with_reasoning(base, self._windows.text())
        verdict = make_verdict(trace, findings, self.monitor.alert_policy)
        if verdict.alert:
            self.alerted = True
            # Already on the worker: emitted now, so it cannot queue behind the final verdict.
            self.monitor._emit(  # noqa: SLF001 - the monitor's own worker, emitting in order
                verdict.model_copy(update={"early": True}), early=True
            )
