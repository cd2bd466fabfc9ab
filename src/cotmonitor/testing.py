"""Fakes and helpers for testing code that uses cotmonitor (and for cotmonitor's own tests).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Verdict


class CapturingExporter:
    """Keeps every verdict it receives, in order (thread-safe)."""

    name = "capturing"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.verdicts: list[Verdict] = []

    def __call__(self, verdict: Verdict) -> None:
        with self._lock:
            self.verdicts.append(verdict)

    @property
    def traces(self) -> list[Trace]:
        """The traces of the verdicts received so far."""
        with self._lock:
            return [v.trace for v in self.verdicts]

    def clear(self) -> None:
        """Forget what was received."""
        with self._lock:
            self.verdicts.clear()


@contextmanager
def capture_verdicts(monitor: Monitor) -> Iterator[list[Verdict]]:
    """Collect the verdicts ``monitor`` exports inside the block (flushed on exit)."""
    exporter = CapturingExporter()
    monitor.exporters.append(exporter)
    try:
        yield exporter.verdicts
    finally:
        monitor.flush()
        monitor.exporters.remove(exporter)


def make_trace(
    prompt: str = "What is 2 + 2? (A) 3 (B) 4",
    reasoning: str = "2 + 2 is 4, so (B).",
    output: str = "The answer is (B).",
    **fields: Any,
) -> Trace:
    """A small trace with one user message; any ``Trace`` field can be overridden."""
    fields.setdefault("messages", [{"role": "user", "content": prompt}])
    fields.setdefault("model", "test-model")
    fields.setdefault("provider", "test")
    return Trace(reasoning=reasoning, output=output, **fields)


def chat_chunk(delta: dict[str, Any], finish: str | None = None) -> Any:
    """An OpenAI ``ChatCompletionChunk`` with one choice carrying ``delta`` (needs ``openai``).

    .. versionadded:: 0.2.0
    """
    from openai.types.chat import ChatCompletionChunk

    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return ChatCompletionChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [choice],
        }
    )
