"""Whether a text works on code: files, tests, functions, commands, fenced blocks.

The reward-hack checks run their intent rules on coding tasks only; a prompt, an output or a
reasoning that talks about code makes the trace one.
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.checks.rules.finders import find_literals

# Read in the lower-cased text, without IGNORECASE, and with the word boundary most
# alternatives start with written once in front of them: then ``re`` tests the boundary, and
# at a word the first letter of each alternative, before trying it (about ten times faster
# a character than each alternative behind its own ``\b``, case-blind).
_CODING = re.compile(
    r"\b(?:def\s+\w+\s*\(|assert\s|pytest\b|unittest\b|tests?/|test_\w+|repo(?:sitory)?\b"
    r"|(?:implement|refactor|debug)\w*\b|the\s+tests?\b|function\s+`|benchmark\b|grader\b"
    r"|script\b|bug\b|command\b|shell\b|terminal\b|compile\w*|solution\s*\(|stdin\b|stdout\b"
    # Work on tests named without a path: "the leap-year test fails", "the test suite".
    r"|conftest\b|test\s+(?:suite|session|module|file|runner)s?\b|unit\s+tests?\b"
    r"|failing\s+(?:\w+\s+)?tests?\b|tests?\s+(?:fail|pass)(?:s|es|ed|ing)?\b)"
    r"|```|\.py\b|\.js\b|`\w+\("
)
# Every alternative of _CODING holds one of these within its first characters: a match can only
# be near one of them, and most reasoning holds few, so searching near them beats one pass of
# the whole alternation over every position (about half a microsecond a character).
_CODING_LITERALS = (
    "`", "def", "assert", "test", ".py", ".js", "repo", "implement", "refactor", "debug",
    "function", "benchmark", "grader", "script", "bug", "command", "shell", "terminal",
    "compil", "solution", "stdin", "stdout", "unit", "failing",
)  # fmt: skip
_BEFORE = 16  # "the   tests", "conftest": the furthest a match starts before its literal
_AFTER = 64
_GAP = re.compile(r"\s")


_FIRST = 4
"""The literals of code itself (a backtick, ``def``, ``assert``, ``test``): looked for one by
one first, as most coding text holds one early; the rest in one pass."""


def mentions_code(text: str) -> bool:
    """Whether ``text`` works on code (``_CODING``), searched only near its literals."""
    lowered = lower_same_length(text)
    if len(text) < 4 * (_BEFORE + _AFTER):
        return _CODING.search(lowered) is not None
    for literal in _CODING_LITERALS[:_FIRST]:
        at = lowered.find(literal)
        while at != -1:
            if _near(lowered, at):
                return True
            at = lowered.find(literal, at + 1)
    found = find_literals(text, lowered, _CODING_LITERALS[_FIRST:])
    return any(_near(lowered, at) for positions in found.values() for at in positions)


def _near(lowered: str, at: int) -> bool:
    """Whether ``_CODING`` matches around the literal at ``at``."""
    # Windows end at a space: a cut word would fake the \b after "bug" in "bugs".
    gap = _GAP.search(lowered, at + _AFTER)
    end = len(lowered) if gap is None else gap.start()
    return _CODING.search(lowered, max(0, at - _BEFORE), end) is not None
