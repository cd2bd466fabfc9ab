"""The names a carrier goes by that are not words of its text: its file's stem and extension.

A reasoning refers to a tool result or an attachment by the file it came from: "the Helm
values file" for ``values.yaml``, "the hl7 message" for ``cache/q-12.hl7``. Those words
count even when they are everyday ones ("values", "notes"), because a file name is chosen to
name its content; only words of the answer itself ("answer", "solution"), function words and
words the question uses are left out.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import functools
import re

from cotmonitor.checks.rules.wording import question_words, singular, stop_word

# A file name: a stem and a short extension, ending the path (not "obj.attr.call()", not
# "5.00", not "e.g.").
_FILE = re.compile(r"(?<![\w.])([\w~/\\-]*?)([A-Za-z][\w-]*)\.([a-z][a-z0-9]{0,4})(?![\w.(\\/-])")
_PARTS = re.compile(r"[A-Za-z][a-z]+|[A-Za-z]+\d*")
# Words of the answer itself: a file named after it ("answer.txt") is referred to by them,
# but so is the problem in any reasoning.
_ANSWER_WORDS = frozenset(
    """
    answer answers correct right option options choice choices value result solution key
    question questions item items
    """.split()  # noqa: SIM905 - a word list reads best as text
)
MIN_PART = 2
"""Shorter parts of a name ("q" of "q-12") say nothing."""


@functools.lru_cache(maxsize=256)
def file_words(block: str, question: str) -> tuple[str, ...]:
    """Lower-case stems and extensions of the file names in ``block`` that name the carrier."""
    if "." not in block:
        return ()
    seen = question_words(question)
    found: list[str] = []
    for match in _FILE.finditer(block):
        stem, extension = match.group(2), match.group(3)
        for word in (*_PARTS.findall(stem), extension):
            low = word.lower()
            if (
                len(low) < MIN_PART
                or (any(c.isdigit() for c in low) and low.rstrip("0123456789") == "q")
                or low in _ANSWER_WORDS
                or stop_word(low)
                or low in seen
            ):
                continue
            found.append(low)
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=256)
def carrier_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word or a part of a name; a plural in its singular too.

    Only a plural widens: a singular noun or verb of the carrier ("validate") with an "s"
    in the reasoning ("validates") is the reasoning's own verb more often than a reference.
    """
    names = sorted(
        (re.escape(s) + ("s?" if s != w else "") for w in words for s in [singular(w)]),
        key=len,
        reverse=True,
    )
    # A word of a file, identifier or compound counts too: "untitled" in "notes_untitled.md",
    # "bank" in "item-bank".
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(names)})(?![^\W_])", re.IGNORECASE)
