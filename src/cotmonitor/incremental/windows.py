"""Streamed reasoning in overlapping windows of whole sentences, screened with the checks.

The checks are functions of a whole ``Trace``; nothing in their protocol says which of them
could run on part of one. So the windows do not try to run a check "incrementally": each
window is a small trace of its own, whose reasoning is the new text (ended at the last
sentence end) plus the sentences before it, up to ``overlap`` characters. No text is read
twice except that overlap, and each window costs what checking a trace of its size costs.

A window's trace carries the call's prompt too: checks read it to know what kind of task
this is (a coding task, a multiple-choice question) and what the task asked for, so their
findings on the reasoning depend on it. The prompt is the same for every window; how much a
check pays for it each time is the check's business (the built-in ones scan it once per
trace, a few dozen microseconds for 20 KB). Of a window's findings, those whose evidence all
lies in the reasoning are reported, their evidence moved to where it lies in the whole
reasoning. Findings that need the answer or the whole trace are not found here; the full
checks at the end of the reasoning and at the end of the stream find them.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from cotmonitor.capture.record import RawCapture, trace_id_of
from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import ReasoningSegment, Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.trace.normalizers.base import request_messages
from cotmonitor.types import Check
from cotmonitor.verdicts import Evidence, Finding

MIN_CHARS = 512
"""New reasoning a window waits for before it is screened (at the next sentence end).

Smaller decides sooner and costs more: each window is a check run of its own, a few hundred
microseconds with the built-in rules, so 512 characters (about 6 chunks of a typical stream)
keep a 16 KB reasoning at a few milliseconds of checks in all."""
MAX_CHARS = 4096
"""New reasoning screened even without a sentence end (code, lists without stops)."""
OVERLAP = 384
"""Reasoning of the previous window screened again, from a sentence start. Windows end at
sentence ends, so no sentence is cut in two; the overlap gives a check the sentences just
before the new ones (a plan stated over two sentences, a code line and its comment)."""

_END = re.compile(r"[.!?](?=\s)|\n")
_STOPS = frozenset(".!?")


class ReasoningWindows:
    """Collects reasoning text as it streams and hands it out in windows.

    Args:
        min_chars: new text a window waits for.
        max_chars: new text after which a window is due even without a sentence end.
        overlap: text of the previous window carried into the next, from a sentence start.
    """

    def __init__(
        self, min_chars: int = MIN_CHARS, max_chars: int = MAX_CHARS, overlap: int = OVERLAP
    ) -> None:
        self.min_chars = min_chars
        self.max_chars = max_chars
        self.overlap = overlap
        self.parts: list[str] = []
        """Every piece of reasoning so far, in order (the whole reasoning, joined)."""
        self.length = 0
        self._pending: list[str] = []
        self._scanned = 0
        self._sentence_end = 0
        self._searched = 0
        self._searched_to = 0
        self._tail = ""
        self._last = ""

    def add(self, text: str) -> None:
        """Append reasoning text (a few list appends: this runs on every chunk)."""
        if text:
            self.parts.append(text)
            self._pending.append(text)
            self.length += len(text)

    @property
    def due(self) -> bool:
        """Whether enough new text arrived for a window, ending at a sentence end."""
        new = self.length - self._scanned
        if new < self.min_chars:
            return False
        if new >= self.max_chars:
            return True
        self._find_sentence_end()
        return self._sentence_end > self._scanned

    def _find_sentence_end(self) -> None:
        # Each piece is searched once, and only once a window could be due: four ``rfind``
        # calls cost a fraction of a regex scan.
        pending = self._pending
        for piece in pending[self._searched :]:
            if self._last in _STOPS and piece[0].isspace():
                self._sentence_end = self._searched_to
            end = max(piece.rfind("\n"), piece.rfind(". "), piece.rfind("? "), piece.rfind("! "))
            if end >= 0:
                self._sentence_end = self._searched_to + end + 1
            self._searched_to += len(piece)
            self._last = piece[-1]
        self._searched = len(pending)

    @property
    def unread(self) -> bool:
        """Whether some text arrived since the last window."""
        return self.length > self._scanned

    def text(self) -> str:
        """The whole reasoning so far."""
        if len(self.parts) > 1:
            self.parts[:] = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""

    def take(self, *, final: bool = False) -> tuple[int, str]:
        """The next window, as ``(its offset in the whole reasoning, its text)``.

        Ends at the last sentence end (or, when ``final`` or past ``max_chars``, at the
        end of the text so far).
        """
        pending = "".join(self._pending)
        cut = self.length
        if (
            not final
            and self._scanned < self._sentence_end
            and self.length - self._scanned < (self.max_chars)
        ):
            cut = self._sentence_end
        new, rest = pending[: cut - self._scanned], pending[cut - self._scanned :]
        start = self._scanned - len(self._tail)
        window = self._tail + new
        self._pending = [rest] if rest else []
        # Everything up to here counts as searched: the rest holds no sentence end, since the
        # cut is the last one found.
        self._searched = len(self._pending)
        self._searched_to = self.length
        if pending:
            self._last = pending[-1]
        self._scanned = cut
        self._tail = _sentence_tail(window, self.overlap)
        return start, window


def _sentence_tail(text: str, size: int) -> str:
    """The end of ``text``, at most ``size`` characters, starting after a sentence end."""
    tail = text[-size:] if size > 0 else ""
    if len(tail) < len(text):
        match = _END.search(tail)
        if match is not None and match.end() < len(tail):
            tail = tail[match.end() :]
    return tail


def screen(
    checks: Sequence[Check],
    base: Trace,
    start: int,
    text: str,
    run: Callable[[Trace], CheckRun] | None = None,
) -> tuple[list[Finding], list[str]]:
    """Run the checks on one window; the findings whose evidence is all in its reasoning.

    Args:
        checks: the monitor's rule checks.
        base: the call's trace without reasoning: its prompt, model and labels.
        start: the window's offset in the whole reasoning.
        text: the window's text.
        run: what runs the checks on the window's trace (the monitor's checker process);
            ``run_checks`` in this thread by default.

    Returns:
        The findings, evidence moved to the whole reasoning's offsets, and the errors of
        checks that failed.
    """
    window = _window(base, text)
    done = run_checks(window, checks) if run is None else run(window)
    return [_moved(f, start) for f in done.findings if _in_reasoning(f)], done.errors


PROVIDERS: dict[str, str] = {
    "openai.chat": "openai",
    "openai.responses": "openai",
    "anthropic.messages": "anthropic",
}
"""The provider a capture kind implies (litellm's is in the capture, when known)."""


def stream_trace(raw: RawCapture, metadata: dict[str, Any] | None = None) -> Trace:
    """The trace of a stream still running, before any reasoning: prompt, model, labels.

    The prompt is read by the capture kind's own normalizer (Gemini's ``contents``, Bedrock's
    content blocks ...), from a copy of the capture with nothing received yet.
    """
    try:
        empty = normalize(replace(raw, chunks=[], response=None, error=None))
    except CaptureError:
        empty = None
    request = raw.request if isinstance(raw.request, dict) else {}
    return Trace(
        id=trace_id_of(raw),
        provider=raw.provider or PROVIDERS.get(raw.kind, "litellm"),
        model=str(request.get("model") or "unknown") if empty is None else empty.model,
        operation="responses" if raw.kind == "openai.responses" else "chat",
        messages=request_messages(request) if empty is None else empty.messages,
        labels={str(k): str(v) for k, v in dict(raw.labels).items()},
        stream=True,
        complete=False,
        metadata=metadata or {},
    )


def with_reasoning(base: Trace, reasoning: str) -> Trace:
    """``base`` with the reasoning streamed so far."""
    segment = ReasoningSegment(text=reasoning)
    return base.model_copy(update={"reasoning": reasoning, "segments": (segment,)})


def _window(base: Trace, text: str) -> Trace:
    segment = ReasoningSegment.model_construct(text=text)
    return base.model_copy(update={"reasoning": text, "segments": (segment,)})


def _in_reasoning(finding: Finding) -> bool:
    return bool(finding.evidence) and all(e.source == "reasoning" for e in finding.evidence)


def _moved(finding: Finding, start: int) -> Finding:
    if not start:
        return finding
    evidence = tuple(
        Evidence.model_construct(
            source=e.source, start=e.start + start, end=e.end + start, index=e.index, quote=e.quote
        )
        for e in finding.evidence
    )
    return finding.model_copy(update={"evidence": evidence})
