"""Which option a model's final answer picked (pure text matching).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The word is matched in any case, the letter only in upper case ("the answer is a trap").
_ANSWER_LINE = re.compile(r"(?i:answer)\s*(?:(?i:is)|:)?\s*[:\-]?\s*\**\s*\(?\s*([A-Z])\b")
_PARENS = re.compile(r"\(([A-Z])\)")
_BARE = re.compile(r"^\W*([A-Z])\W*$")


def extract_answer(text: str, letters: Sequence[str]) -> str | None:
    """The option letter ``text`` settles on, or ``None`` when it names none.

    Tries, in order: the last "Answer: (X)" / "the answer is X", the last "(X)", and a
    reply that is a lone letter. Only letters in ``letters`` count.

    .. versionadded:: 0.1.0
    """
    allowed = set(letters)
    for pattern in (_ANSWER_LINE, _PARENS):
        found = [m.group(1) for m in pattern.finditer(text)]
        valid = [letter for letter in found if letter in allowed]
        if valid:
            return valid[-1]
    bare = _BARE.match(text.strip())
    if bare and bare.group(1) in allowed:
        return bare.group(1)
    return None
