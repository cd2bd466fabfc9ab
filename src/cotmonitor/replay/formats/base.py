"""What every replay format provides, and the small pieces they share.

A format turns one *record* (a parsed JSON value: a log line, a sample of an eval log) into
the traces it holds. Records that cannot be read raise ``RecordError`` with a reason a person
can act on; the runner adds the file and line.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, Protocol

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize


class RecordError(ValueError):
    """One record could not be read; the message says why.

    Attributes:
        kind: a short code the replay summary groups skipped records by.
    """

    def __init__(self, reason: str, *, kind: str = "bad_record") -> None:
        super().__init__(reason)
        self.kind = kind


class ReplayFormat(Protocol):
    """A log format ``cotmonitor replay`` reads."""

    name: str
    """The ``--format`` value."""

    def sniff(self, record: Any) -> bool:
        """Whether ``record`` (the first one of a file) looks like this format."""
        ...

    def traces(self, record: Any) -> list[Trace]:
        """The traces ``record`` holds, in order.

        Raises:
            RecordError: the record is not in this format or holds nothing to check.
        """
        ...


def require_mapping(value: Any, what: str) -> Mapping[str, Any]:
    """``value`` when it is a JSON object, else a ``RecordError`` naming ``what``."""
    if not isinstance(value, Mapping):
        raise RecordError(f"{what} is {type(value).__name__}, expected a JSON object")
    return value


def from_epoch(seconds: Any) -> datetime | None:
    """A UTC time from epoch seconds (int, float or numeric string); ``None`` when unusable."""
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        return None
    if value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def from_iso(*candidates: Any) -> datetime | None:
    """The first ISO 8601 time among ``candidates`` (``Z`` read as UTC); ``None`` if none."""
    for value in candidates:
        if isinstance(value, str):
            try:
                # Python 3.10's fromisoformat does not read the "Z" suffix.
                return datetime.fromisoformat(
                    value.removesuffix("Z") + "+00:00" if value.endswith("Z") else value
                )
            except ValueError:
                continue
    return None


def nonempty(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` without the ``None`` values, so the Trace defaults apply to them."""
    return {k: v for k, v in fields.items() if v is not None}


def capture_to_trace(raw: RawCapture, metadata: Mapping[str, Any] | None = None) -> Trace:
    """Normalize one replayed capture with the live normalizer of its wire shape.

    Live capture and replay share ``trace.normalize``: a logged response dict is normalized
    by the same code as the SDK object it was dumped from. ``metadata`` (a batch line's
    ``custom_id`` ...) is added to the trace's.

    Raises:
        RecordError: the normalizer could not read the logged response.
    """
    try:
        trace = normalize(raw)
    except CaptureError as exc:
        raise RecordError(str(exc)) from exc
    if metadata:
        trace = trace.model_copy(update={"metadata": {**trace.metadata, **metadata}})
    return trace
