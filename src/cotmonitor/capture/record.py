"""What a wrapped call hands to the monitor: the raw request and response, untouched.

Capture does the least work possible on the caller's thread: it keeps references to the
request keyword arguments and to the response object (or the streamed chunks) and notes the
times. Turning that into a ``Trace`` happens later, in ``trace.normalize``, off the hot path.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

CaptureKind = Literal[
    "openai.chat",
    "openai.responses",
    "anthropic.messages",
    "litellm",
    "ollama.chat",
    "gemini",
    "bedrock.converse",
    "text",
]
"""The wire shape of the captured response, which picks the normalizer."""


_CONVERSATION_KEYS = ("messages", "input")


@dataclass(slots=True)
class RawCapture:
    """One captured call, as raw as it came.

    Attributes:
        kind: the wire shape of ``response``/``chunks``.
        request: the keyword arguments of the call (``model``, ``messages`` ...).
        response: the provider's response object (SDK model, dict or litellm object).
        chunks: the streamed chunks or events, in order, when the call streamed.
        error: the exception the call raised or the stream broke with, if any.
        started: ``time.perf_counter()`` when the call started.
        ended: ``time.perf_counter()`` when the response (or the stream) ended.
        first_chunk: ``time.perf_counter()`` of the first streamed chunk.
        wall_time: ``time.time()`` when the call started.
        labels: the ``cotmonitor.context`` labels in force when the call started.
        complete: False when a stream was cut short or abandoned.
        provider: the provider name when known apart from ``kind`` (``deepseek`` ...).
        trace_id: the id its trace gets; set once something reported on the call before it
            ended (an early alert, a guard decision on a stream), so every verdict on the
            call carries the same trace id.
    """

    kind: CaptureKind
    request: Mapping[str, Any]
    response: Any = None
    chunks: list[Any] | None = None
    error: BaseException | None = None
    started: float = field(default_factory=time.perf_counter)
    ended: float | None = None
    first_chunk: float | None = None
    wall_time: float = field(default_factory=time.time)
    labels: Mapping[str, str] = field(default_factory=dict)
    complete: bool = True
    provider: str | None = None
    trace_id: str | None = None

    def __post_init__(self) -> None:
        # Agents append to their ``messages`` list right after a call returns, before the
        # worker reads this record: keep the conversation as it was sent. A shallow copy of
        # the list costs well under a microsecond; the message dicts themselves are shared.
        if not isinstance(self.request, dict):
            return
        snapshot: dict[str, Any] | None = None
        for key in _CONVERSATION_KEYS:
            value = self.request.get(key)
            if isinstance(value, list):
                if snapshot is None:
                    snapshot = dict(self.request)
                snapshot[key] = list(value)
        if snapshot is not None:
            self.request = snapshot


def trace_id_of(raw: RawCapture) -> str:
    """The capture's trace id, fixed on first asking.

    .. versionadded:: 0.2.0
    """
    if raw.trace_id is None:
        raw.trace_id = uuid.uuid4().hex
    return raw.trace_id


class CaptureSink(Protocol):
    """Where capture hands raw records; ``Monitor`` is one.

    ``submit`` must never raise and never block the caller.
    """

    def submit(self, raw: RawCapture) -> None:
        """Take one captured call."""
