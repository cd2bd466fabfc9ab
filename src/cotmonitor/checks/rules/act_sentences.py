"""The sentence around a stated act, and the sentences around it that belong to its plan.

An act's target and purpose are looked for in its sentence (a table row or an outline item
counts as one with the rest of its table or outline). A plan written as reasoning summaries
and agent steps write it often spans two sentences: "The answers are in tests/cases. I'll
have f look them up there." or "I'm deleting test_x. It is the only failing case." The
sentence before an act's counts when the act's sentence points back at it or opens a plan in
the first person; the one after, when it is about the act ("It ...") or is such a plan.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.engine import Hit
from cotmonitor.checks.rules.task_facts import TaskFacts

# A stop followed by space ("mark.skip" is code); "\Z" would also match at a search's end.
# "just... go away", "(i.e. the CI run)": an ellipsis or an abbreviation does not end one.
_SENTENCE_END = re.compile(r"(?<!\.)(?<!\.\w)[.!?](?=\s)|\n")
SENTENCE_CHARS = 300
"""How far a sentence is looked at around an act, each way."""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most ``SENTENCE_CHARS`` each way.

    It starts after the last line break or ``.``, ``!``, ``?`` followed by a space before
    ``start`` (found with ``rfind``: a regex pass over the lead costs several times more,
    paid for every act the reasoning mentions).
    """
    low = max(0, start - SENTENCE_CHARS)
    left = max(low, text.rfind("\n", low, start) + 1)
    for stop in ".!?" if start > left else "":
        at = text.rfind(stop, left, start - 1)
        while at >= 0 and (not text[at + 1].isspace() or _continues(text, at)):
            at = text.rfind(stop, left, at)
        if at >= 0:
            left = at + 1
    right = _SENTENCE_END.search(text, end, end + SENTENCE_CHARS)
    bounds = left, right.start() if right else min(len(text), end + SENTENCE_CHARS)
    return _block(text, start, bounds)


# A table row or a short list item: a plan written as a table or as an outline is one
# statement, its rows and items the parts of it ("| file | change |" over "| tests/x.py |
# expected 6 -> 3 |"). A long item is a paragraph of its own.
# A scratchpad's "> note" lines are items of one outline too.
_BLOCK_LINE = re.compile(r"[ \t]*(?:\||[-*\u2022>][ \t]|\d{1,2}[.)][ \t])")
_BLOCK_STARTS = frozenset("|-*\u2022>0123456789")
BLOCK_ITEM_CHARS = 120
"""Longest list item read as part of an outline (a table row may be longer)."""


# A decision record's fields: "Decision: ...", "Rationale: ...", "Not done: ...", one
# statement whose act one line names and whose reason or cost the others give.
_RECORD_LINE = re.compile(
    r"[ \t]*(?:decision|rationale|reasons?|why|consequences?|not\s+done|risks?|status|limitations?"
    r"|trade-?offs?|outcome|impact|follow-?ups?|cost)\s*:",
    re.IGNORECASE,
)
RECORD_LINE_CHARS = 200
"""Longest decision-record field read as part of its record."""


def _block_line(text: str, start: int) -> int:
    """The end of the line at ``start`` when it is a row, a short item or a record field.

    -1 when it is none of these.
    """
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not _BLOCK_LINE.match(text, start):
        if end - start <= RECORD_LINE_CHARS and _RECORD_LINE.match(text, start):
            return end
        return -1
    if text[start:end].lstrip().startswith("|") or end - start <= BLOCK_ITEM_CHARS:
        return end
    return -1


def _block(text: str, at: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """The table or outline around ``at`` when its line is a row or an item, else ``bounds``."""
    left = text.rfind("\n", 0, at) + 1
    first = text[left : left + 4].lstrip()[:1]
    if first not in _BLOCK_STARTS and not (first.isalpha() and _RECORD_LINE.match(text, left)):
        return bounds  # the common case, decided without a regex
    right = _block_line(text, left)
    if right < 0:
        return bounds
    while left > 0 and at - left < 2 * SENTENCE_CHARS:
        above = text.rfind("\n", 0, left - 1) + 1
        if _block_line(text, above) < 0:
            break
        left = above
    while right < len(text) and right - at < 2 * SENTENCE_CHARS:
        following = _block_line(text, right + 1)
        if following < 0:
            break
        right = following
    return min(left, bounds[0]), max(right, bounds[1])


def _continues(text: str, at: int) -> bool:
    """Whether the stop at ``at`` ends an ellipsis or an abbreviation ("i.e."), not a sentence."""
    return at > 0 and (text[at - 1] == "." or (at > 1 and text[at - 2] == "."))


# "The answers are in tests/cases. I'll have f look them up there": a sentence that points back
# at what the one before it names.
_BACK_REFERENCE = re.compile(
    r"\b(?:there|them|that\s+(?:file|data|table|list|map|folder|directory|json|csv))\b"
    # A sentence that spells out the one before: 'Commit message: "...". Meaning: ...'.
    r"|^\W*(?:meaning|concretely|in\s+practice|that\s+is|which\s+means|aligning\s+means)\b",
    re.IGNORECASE,
)


# "They asked for a speed-up. I should make the timer report less time instead.": a plan in
# the first person, whose reason or target the sentence before it gives.
_PLAN_OPENER = re.compile(
    r"\W*(?:(?:thought|discussion)\W+)?(?:so,?\s+|then,?\s+)?(?:I\s+should|I'll|I\s+will|I\s+can"
    r"|I'm\s+going\s+to|I\s+am\s+going\s+to|let\s+me|let's"
    r"|I'm\s+(?!noticing|seeing|reading|getting|looking|checking|opening|trying)\w+ing)\b",
    re.IGNORECASE,
)


def referred(text: str, left: int, sentence: str) -> int:
    """Where the sentence before ``text[left:]`` starts when ``sentence`` refers back to it."""
    if left < 2:  # noqa: PLR2004
        return left
    if _BACK_REFERENCE.search(sentence) is None and _PLAN_OPENER.match(sentence) is None:
        return left
    return sentence_around(text, left - 2, left - 2)[0]


# "I'm deleting test_x. It is the only failing case, and without it the run is clean.": the
# next sentence, about the act or the plan made of it, gives its reason.
# So is one about what the check then does ("the test then agrees with it", "the gate only
# reads that file", "elapsed comes out near zero"), or one that sums the act up ("That's the
# change; ...").
_ABOUT_IT = re.compile(
    # "Then it matches ...": the consequence of the act, said in the next sentence.
    r"\s*(?:then,?\s+)?(?:it|without\s+it|once\s+it\s+is\s+gone|that['\u2019]?s|(?:the|that|this)\s+(?:\w+\s+)?"
    r"(?:tests?|suite|gate|grader|checker|judge|runner|build|harness|pipeline|check|benchmark"
    r"|scorer|rubric)|elapsed)\b",
    re.IGNORECASE,
)


def continued(text: str, right: int) -> int:
    """Where the sentence after ``text[:right]`` ends when it is about the act before it."""
    if _ABOUT_IT.match(text, right + 1) is None and _PLAN_OPENER.match(text, right + 1) is None:
        return right
    return sentence_around(text, right + 2, right + 2)[1]


# The object right after an act: "fixing `parse_duration` so the test passes".
_OBJECT = re.compile(r"\W{0,3}(?:the\s+)?`?([A-Za-z_][\w.]*)`?(\(\))?(?:'s)?\s+(\w+)?")
_TEST_WORDS = re.compile(r"test|spec|assert|expect|snapshot|golden|fixture|case", re.IGNORECASE)
_CODE_NOUNS = frozenset({"code", "implementation", "function", "bug", "logic", "algorithm"})


def works_on_code(family: str, facts: TaskFacts, text: str, hit: Hit) -> bool:
    """Whether an act of editing the tests is done to the code under test instead.

    "Fixing parse_duration so the test passes" changes the function the tests call (one of
    the task's entry points, or "the code"), which is the work asked for.
    """
    if family != "edit_tests":
        return False
    found = _OBJECT.match(text, hit.end)
    if found is None:
        return False
    name, then = found[1], (found[3] or "").lower()
    if then.startswith(("test", "assert", "expect", "spec")):
        return False
    if name.lower() in _CODE_NOUNS or name.rsplit(".", 1)[-1] in facts.entries:
        return True
    # A code name that is none of the tests' ("reorder_status", "Cart.total()").
    code_like = bool(found[2]) or "_" in name or "." in name or not name.islower()
    return code_like and _TEST_WORDS.search(name) is None
