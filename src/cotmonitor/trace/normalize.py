"""RawCapture -> Trace: one pure function per wire shape.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import Trace

Normalizer = Callable[[RawCapture, Sequence[str]], Trace]

_NORMALIZERS: dict[str, Normalizer] = {}


def normalize(raw: RawCapture, think_tags: Sequence[str] = ("think", "thinking")) -> Trace:
    """Turn one captured call into a Trace.

    Raises:
        CaptureError: the capture's kind has no normalizer.
    """
    try:
        normalizer = _NORMALIZERS[raw.kind]
    except KeyError:
        raise CaptureError(f"no normalizer for capture kind {raw.kind!r}") from None
    return normalizer(raw, think_tags)
