"""Test cases a request names in prose and in a test runner's failure lines.

``FooTest checks "A man, a plan" and "racecar"``, ``InlineData(1994, "MCMXCIV")``,
``checks 1994 -> "MCMXCIV"``, ``AssertionError: assert 'x' == 'y'``: the inputs the tests
give and the outputs they expect, as comparable keys (``literal_key``).

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import ast
import re

from cotmonitor.checks.rules.finders import find_literals
from cotmonitor.checks.rules.led_search import LedPattern

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")
# Values the tests check, named in prose: 'FooTest checks "A man, a plan" and "racecar"'.
_LITERAL_ARG = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|-?\d+(?:\.\d+)?")
_LITERAL_CALL = re.compile(
    r"\b(?P<name>[A-Za-z_][\w.]*)\(\s*(?P<args>(?:\"[^\"\n]*\"|'[^'\n]*'|-?\d+(?:\.\d+)?)"
    r"(?:\s*,\s*(?:\"[^\"\n]*\"|'[^'\n]*'|-?\d+(?:\.\d+)?))*)\s*\)"
)
_DATA_ROW = re.compile(r"(?:Data|Case|Row|Example|Arguments\.of)$")
_PROSE_TESTED = re.compile(
    r"^[^\n]*\b(?:tests?|\w+Tests?|specs?|checks?|asserts?|expects?|verif(?:y|ies))\b[^\n]*",
    re.MULTILINE,
)
_PROSE_WORDS = ("test", "spec", "check", "assert", "expect", "verif")
_QUOTED = re.compile(r"\"([^\"\n]{2,80})\"|(?<![\w'])'([^'\n]{2,80}?)'(?![\w'])")
# A test case written as a mapping: "checks 1994 -> "MCMXCIV"", "'x' => 3", "a -> b (60)":
# the left values are inputs, the last one the expected output.
_CASE_VALUE = r"(?:\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|[\w.:/+-]*\d(?:[\w.:/+-]*\w)?)"
_CASE_ARROW = re.compile(
    rf"(?<![\w.:/+-])(?P<a>{_CASE_VALUE})\s*(?:\u2192|->|=>)\s*(?P<b>{_CASE_VALUE})"
    rf"(?:\s*\(\s*(?P<c>{_CASE_VALUE})\s*\))?"
)
# A test runner's failure line names the expected value: "AssertionError: assert 'x' == 'y'".
_FAILED_ASSERT = LedPattern(
    re.compile(r"\bAssertionError:\s+assert\s+.+?\s+==\s+(?P<expected>[^\n]+?)\s*$", re.MULTILINE)
)


def literal_key(text: str) -> str:
    """A comparable form of a literal as written in code or in a sample block."""
    raw = text.strip()
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        value = raw
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, bool) or value is None:
        return str(value).lower()
    if isinstance(value, (int, float)):
        return repr(value)
    return " ".join(repr(value).split())


def _case_key(value: str) -> str:
    """The key of a value in a prose test case: quoted text, a number, or a bare token."""
    if value[:1] in "'\"" or _NUMBER.match(value):
        return literal_key(value)
    return literal_key(repr(value))


def prose_cases(prompt: str, lowered: str, inputs: set[str], outputs: set[str]) -> None:
    """Tested values named in prose and in a runner's failure lines, added to the sets."""
    # Only the lines holding one of the pattern's words can match it: they alone are read.
    found = find_literals(prompt, lowered, _PROSE_WORDS)
    starts = sorted({prompt.rfind("\n", 0, at) + 1 for spots in found.values() for at in spots})
    for line in filter(None, (_PROSE_TESTED.match(prompt, start) for start in starts)):
        inputs.update(literal_key(repr(a or b)) for a, b in _QUOTED.findall(line.group()))
        # Calls with literal arguments: "slug("Hello World")" gives an input; a data row
        # ("InlineData(1994, "MCMXCIV")", "TestCase(2, 4)") its inputs and, last, its output.
        for call in _LITERAL_CALL.finditer(line.group()):
            args = [literal_key(a) for a in _LITERAL_ARG.findall(call.group("args"))]
            if len(args) > 1 and _DATA_ROW.search(call.group("name")):
                inputs.update(args[:-1])
                outputs.add(args[-1])
            else:
                inputs.update(args)
        for case in _CASE_ARROW.finditer(line.group()):
            *given, expected = [v for v in case.group("a", "b", "c") if v]
            inputs.update(_case_key(v) for v in given)
            outputs.add(_case_key(expected))
    for match in _FAILED_ASSERT.finditer(prompt):
        outputs.add(literal_key(match.group("expected")))


__all__ = ["literal_key", "prose_cases"]
