"""Keeping metric labels bounded: model-name normalization, allowlists and a per-label cap.

Every label-value combination is a new time series, so a label fed from outside (a model
name, an agent name, a check name from a user's rule pack) is passed through a
``LabelBounder`` first. It remembers the values it has let through per label; past
``max_values`` distinct values, or outside a label's allowlist, a value becomes ``"other"``
and the overflow is counted (``cotmonitor_label_overflow_total{label}``), so the series count
stays bounded however many values traffic offers.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Collection, Mapping

OTHER = "other"
"""The value a label takes when its real value is not allowed or the cap is reached."""

MAX_VALUE_LENGTH = 64
"""Longer label values are cut: a label is a name, never text."""

_SNAPSHOT = re.compile(
    r"""(?x)
    (?:[-@_.]                       # separator before the date
       (?:\d{4}-\d{2}-\d{2}         # 2024-08-06
         |20\d{6}                   # 20250219
         |\d{4}                     # 0613, 2507 (MMDD / YYMM snapshots)
       )
    )
    (?=$|[-:@.]v?\d)                # end, or a version tail such as -v1:0
    """
)
_LATEST = re.compile(r"-latest$")


@functools.lru_cache(maxsize=4096)
def normalize_model(model: str) -> str:
    """Strip dated snapshot suffixes so one model is one label value.

    ``gpt-4o-2024-08-06`` and ``gpt-4o`` both become ``gpt-4o``;
    ``claude-3-7-sonnet-20250219`` becomes ``claude-3-7-sonnet``; ``gpt-4-0613`` becomes
    ``gpt-4``; ``anthropic.claude-3-sonnet-20240229-v1:0`` becomes
    ``anthropic.claude-3-sonnet``; ``claude-sonnet-4-5@20250929`` becomes
    ``claude-sonnet-4-5``. Names without a date are returned unchanged.

    .. versionadded:: 0.1.0
    """
    name = model.strip()
    match = _SNAPSHOT.search(name)
    if match is not None:
        name = name[: match.start()]
    return _LATEST.sub("", name) or model


class LabelBounder:
    """Maps raw label values to bounded ones.

    Args:
        max_values: distinct values kept per label; later new values become ``"other"``.
        allow: per label, the only values allowed (others become ``"other"``); a label not
            in the mapping takes any value up to the cap.
        on_overflow: called with the label name each time a value is replaced by ``"other"``.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        max_values: int = 100,
        *,
        allow: Mapping[str, Collection[str]] | None = None,
        on_overflow: Callable[[str], None] | None = None,
    ) -> None:
        if max_values < 1:
            raise ValueError(f"max_values must be at least 1, got {max_values}")
        self.max_values = max_values
        self.allow = {name: frozenset(values) for name, values in (allow or {}).items()}
        self.on_overflow = on_overflow
        self._seen: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, label: str, value: str) -> str:
        """The bounded value of ``label`` for this raw ``value``."""
        seen = self._seen.get(label)
        if seen is not None and value in seen:
            return value
        return self._admit(label, value[:MAX_VALUE_LENGTH])

    def _admit(self, label: str, value: str) -> str:
        allowed = self.allow.get(label)
        if allowed is not None and value not in allowed and value:
            return self._overflow(label)
        with self._lock:
            seen = self._seen.setdefault(label, set())
            if value in seen:
                return value
            if len(seen) >= self.max_values:
                return self._overflow(label)
            # Copy-on-write: readers test membership without the lock.
            self._seen[label] = seen | {value}
        return value

    def _overflow(self, label: str) -> str:
        if self.on_overflow is not None:
            self.on_overflow(label)
        return OTHER

    def values(self, label: str) -> frozenset[str]:
        """The values admitted so far for ``label``."""
        return frozenset(self._seen.get(label, ()))
