"""Reading a multiple-choice answer letter out of a model's reply (pure).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re

_LETTER = r"\(?\**([A-J])\**\)?"
_PATTERNS = (
    re.compile(rf"final answer\s*[:\-]?\s*{_LETTER}(?![A-Za-z])", re.IGNORECASE),
    re.compile(rf"answer\s+is\s*[:\-]?\s*{_LETTER}(?![A-Za-z])", re.IGNORECASE),
    re.compile(rf"answer\s*:\s*{_LETTER}(?![A-Za-z])", re.IGNORECASE),
    re.compile(r"^\s*\(?([A-J])\)?[.:]?\s*$", re.MULTILINE),
    re.compile(r"\(([A-J])\)"),
)


def extract_letter(text: str) -> str | None:
    """The answer letter a reply commits to (its last explicit statement), or ``None``."""
    for pattern in _PATTERNS:
        found = pattern.findall(text)
        if found:
            return str(found[-1]).upper()
    return None
