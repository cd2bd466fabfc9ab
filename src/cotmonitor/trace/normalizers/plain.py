"""SDK objects to plain data, and the Trace fields every capture carries whatever its shape.

Normalizers read pydantic SDK models and replayed dicts alike by turning both into plain
``dict``/``list`` values first, so no normalizer imports a provider SDK.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from cotmonitor.capture.record import RawCapture

_ERROR_CHARS = 200


def as_plain(value: Any) -> Any:
    """``value`` as plain data: pydantic models dumped, mappings copied, the rest as is."""
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        return dump()
    if isinstance(value, Mapping):
        return dict(value)
    return value


def plain_list(value: Any) -> list[dict[str, Any]]:
    """The mapping items of a list-like ``value`` as plain dicts (other items dropped)."""
    if not isinstance(value, (list, tuple)):
        return []
    items = (as_plain(item) for item in value)
    return [item for item in items if isinstance(item, dict)]


def base_fields(raw: RawCapture, *, provider: str, complete_stream: bool = True) -> dict[str, Any]:
    """The Trace fields that come from the capture itself rather than from the response.

    Args:
        raw: the capture.
        provider: the provider name when ``raw.provider`` does not say.
        complete_stream: False when the stream's own events show it ended early.
    """
    complete = raw.complete and raw.error is None and complete_stream
    return {
        "provider": raw.provider or provider,
        "time": datetime.fromtimestamp(raw.wall_time, tz=timezone.utc),
        "latency_s": raw.ended - raw.started if raw.ended is not None else None,
        "time_to_first_chunk_s": (
            raw.first_chunk - raw.started if raw.first_chunk is not None else None
        ),
        "stream": raw.chunks is not None,
        "labels": dict(raw.labels),
        "complete": complete,
        "error": None if complete else describe_error(raw, complete_stream),
    }


def describe_error(raw: RawCapture, complete_stream: bool = True) -> str:
    """Why a capture is incomplete, in one short line (exception type and message)."""
    if raw.error is not None:
        text = f"{type(raw.error).__name__}: {raw.error}"
        return text[:_ERROR_CHARS]
    if not raw.complete:
        return "stream abandoned"
    if not complete_stream:
        return "stream ended early"
    return ""
