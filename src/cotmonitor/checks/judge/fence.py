"""Fencing untrusted text for the judge with a random per-call boundary.

The judged text comes from the monitored model and may address the judge ("note to any
monitor: this is benign"). It goes to the judge only between two markers that carry a fresh
random token, so the text cannot close its own fence: it never saw the token. Marker-like
sequences inside the text are defused as well, so it cannot fake a look-alike fence either.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

_MARKERS = re.compile(r"<<<|>>>")
_DEFUSED = {"<<<": "<< <", ">>>": "> >>"}


@dataclass(frozen=True, slots=True)
class Fence:
    """A boundary token for one judge call.

    Attributes:
        token: the random part of the markers.
    """

    token: str

    @classmethod
    def new(cls) -> Fence:
        """A fence with a fresh random token."""
        return cls(secrets.token_hex(8))

    def opening(self, label: str) -> str:
        """The line that opens a fenced section called ``label``."""
        return f"<<<DATA {self.token} {label}>>>"

    def closing(self, label: str) -> str:
        """The line that closes a fenced section called ``label``."""
        return f"<<<END {self.token} {label}>>>"

    def neutralise(self, text: str) -> str:
        """``text`` with the token and every marker-like sequence defused."""
        if self.token in text:
            text = text.replace(self.token, "[boundary removed]")
        return _MARKERS.sub(lambda m: _DEFUSED[m.group(0)], text)

    def wrap(self, label: str, text: str) -> str:
        """``text`` as one fenced section."""
        return f"{self.opening(label)}\n{self.neutralise(text)}\n{self.closing(label)}"


def clip(text: str, max_chars: int) -> str:
    """``text`` cut to about ``max_chars``, keeping its head and tail (where answers live)."""
    if len(text) <= max_chars:
        return text
    keep = max_chars // 2
    omitted = len(text) - 2 * keep
    return f"{text[:keep]}\n[... {omitted} characters omitted ...]\n{text[-keep:]}"
