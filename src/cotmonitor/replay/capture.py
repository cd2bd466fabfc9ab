"""RawCapture -> Trace for replayed records: the registered normalizer, else a fallback.

Live capture and replay share one normalizer per wire shape (``trace.normalize``). Where a
kind has none registered yet, replay falls back to the dict-based ones in
``replay.fallback``; once a normalizer is registered it takes over.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.fallback.anthropic_messages import messages_trace
from cotmonitor.replay.fallback.openai_chat import chat_trace
from cotmonitor.trace import normalize as normalize_module
from cotmonitor.trace.model import Trace

_FALLBACKS: dict[str, Callable[[RawCapture], Trace]] = {
    "openai.chat": chat_trace,
    "litellm": chat_trace,
    "anthropic.messages": messages_trace,
}


def capture_to_trace(raw: RawCapture) -> Trace:
    """Normalize one replayed capture.

    Raises:
        CaptureError: no normalizer and no fallback for ``raw.kind``.
    """
    registered = normalize_module._NORMALIZERS  # noqa: SLF001 - the registry is the one source
    if raw.kind in registered or raw.kind not in _FALLBACKS:
        return normalize_module.normalize(raw)
    return _FALLBACKS[raw.kind](raw)
