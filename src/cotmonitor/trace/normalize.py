"""RawCapture -> Trace: one pure function per wire shape, registered by kind.

Normalizers run in the monitor's worker, never on the caller's thread. They accept SDK
objects and plain dicts (replayed logs) alike, and the only exception ``normalize`` lets out
is ``CaptureError``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import Trace
from cotmonitor.trace.think import DEFAULT_THINK_TAGS

Normalizer = Callable[[RawCapture, Sequence[str]], Trace]

_NORMALIZERS: dict[str, Normalizer] = {}


def register(kind: str) -> Callable[[Normalizer], Normalizer]:
    """Register the decorated function as the normalizer of captures of ``kind``.

    .. versionadded:: 0.1.0
    """

    def add(normalizer: Normalizer) -> Normalizer:
        _NORMALIZERS[kind] = normalizer
        return normalizer

    return add


def normalize(raw: RawCapture, think_tags: Sequence[str] = DEFAULT_THINK_TAGS) -> Trace:
    """Turn one captured call into a Trace.

    Raises:
        CaptureError: the capture's kind has no normalizer, or its response could not be read.
    """
    try:
        normalizer = _NORMALIZERS[raw.kind]
    except (KeyError, TypeError):
        raise CaptureError(f"no normalizer for capture kind {raw.kind!r}") from None
    try:
        return normalizer(raw, think_tags)
    except CaptureError:
        raise
    except Exception as e:
        raise CaptureError(f"cannot read a {raw.kind} capture: {type(e).__name__}: {e}") from e


# Each provider module registers itself on import; they need ``register`` defined above.
import cotmonitor.trace.normalizers  # noqa: E402, F401
