"""RawCapture -> Trace for replayed records, through the one normalizer per wire shape.

Live capture and replay share ``trace.normalize``: a logged response dict is normalized by
the same code as the SDK object it was dumped from.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.replay.formats.base import RecordError
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize


def capture_to_trace(raw: RawCapture) -> Trace:
    """Normalize one replayed capture.

    Raises:
        RecordError: the normalizer could not read the logged response.
    """
    try:
        return normalize(raw)
    except CaptureError as exc:
        raise RecordError(str(exc)) from exc
