"""Test ids: failing tests read from a runner's output, test runs read from a command.

A test id is normalised to ``path::name``: the file (``tests/test_io.py``, ``src/a.test.ts``,
"" when the runner does not say) and the test's own name (``test_reads``, ``TestParse``,
``parses dates``, "" for a whole file), without class, parameters or subtests, so that the
same test reads the same in pytest's summary, in a skip mark on its function and in a
``--deselect`` argument. Runners understood: pytest, unittest, jest/vitest, go test, cargo test
and mocha-style numbered failures; anything else yields no id.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re

MAX_ID_CHARS = 160
"""Longest test id kept (a fact stays small whatever the output holds)."""
MAX_FAILURES = 32
"""Most failing tests read from one tool result."""

_PY_ID = r"(?P<path>[\w./\\-]+\.py)(?:::(?P<rest>[^\s,;'\"]+))?"
_PYTEST_SUMMARY = re.compile(r"^(?:FAILED|ERROR)\s+" + _PY_ID, re.MULTILINE)
_PYTEST_VERBOSE = re.compile(
    r"^(?P<path>[\w./\\-]+\.py)::(?P<rest>\S+)\s+(?:FAILED|ERROR)\b", re.MULTILINE
)
_PYTEST_PROGRESS = re.compile(
    r"^(?P<path>[\w./\\-]+\.py)\s+[.sxXFE]*[FE][.sxXFE]*(?:\s+\[\s*\d+%\])?\s*$", re.MULTILINE
)
_UNITTEST = re.compile(r"^(?:FAIL|ERROR):\s+(?P<name>\w+)\s+\((?P<where>[\w.]+)\)", re.MULTILINE)
_GO = re.compile(r"^\s*--- FAIL:\s+(?P<name>\w+)", re.MULTILINE)
_CARGO = re.compile(r"^test\s+(?P<name>[\w:]+)\s+\.\.\.\s+FAILED\b", re.MULTILINE)
_JEST_FILE = re.compile(r"^\s*FAIL\s+(?P<path>[\w./\\@-]+\.[cm]?[jt]sx?)\b", re.MULTILINE)
_JEST_TEST = re.compile(r"^\s*\u25cf\s+(?P<name>[^\n]{1,200}?)\s*$", re.MULTILINE)
_MOCHA = re.compile(r"^\s*\d{1,3}\)\s+(?P<name>[^\n:]{1,200}?):?\s*$", re.MULTILINE)
_MOCHA_SUMMARY = re.compile(r"^\s*\d+\s+failing\b", re.MULTILINE)
_PARAMS = re.compile(r"\[.*\]$")

_RUNNER = re.compile(
    r"(?:^|[\s;&|(`])(?:python[\d.]*\s+-m\s+)?(?P<runner>pytest|py\.test|unittest|jest|vitest"
    r"|mocha|go\s+test|cargo\s+test|npm\s+(?:run\s+)?test|yarn\s+test|pnpm\s+test|tox|nox"
    r"|make\s+test|rspec|phpunit|ctest)\b(?P<args>[^\n;&|]*)"
)
_ARG_ID = re.compile(
    r"(?P<path>[\w./\\-]+\.(?:py|[jt]sx?|mjs|cjs|go|rs))(?:::(?P<rest>[\w.\[\]:-]+))?"
)
_K_NAME = re.compile(r"-k\s+['\"]?(?:not\s+)?(?P<name>\w+)")
_RUN_NAME = re.compile(r"-(?:run|t)\s+['\"]?\^?(?P<name>[\w ]+?)\$?['\"]?(?:\s|$)")


def normal_id(path: str = "", name: str = "") -> str:
    """The normalised id of a test: ``path::name`` (either part may be empty)."""
    path = path.replace("\\", "/").strip().removeprefix("./")
    name = _PARAMS.sub("", name.strip())
    if "::" in name:
        # pytest's Class::method and cargo's module::test: the test's own name is the last part.
        name = name.rsplit("::", 1)[1]
    if "/" in name and not path:
        name = name.split("/", 1)[0]  # a go subtest belongs to its test
    name = name.rsplit("\u203a", 1)[-1].strip()  # jest's "suite > test"
    return f"{path}::{name}"[:MAX_ID_CHARS]


def split_id(test: str) -> tuple[str, str]:
    """``(path, name)`` of a normalised id."""
    path, _, name = test.partition("::")
    return path, name


def _unittest_id(name: str, where: str) -> str:
    # "tests.test_io.TestRead" or (3.11+) "tests.test_io.TestRead.test_reads": the module is
    # the lower-case dotted prefix, classes start upper case.
    parts = [p for p in where.split(".") if p != name]
    module = []
    for part in parts:
        if part[:1].isupper():
            break
        module.append(part)
    path = "/".join(module) + ".py" if module else ""
    return normal_id(path, name)


def failing_tests(text: str) -> list[str]:
    """The ids of the tests a runner's output reports failing, in order, without repeats."""
    return [test for test, _, _ in failures_in(text)]


def failures_in(text: str) -> list[tuple[str, int, int]]:
    """``(id, start, end)`` of each failing test a runner's output reports (its first line)."""
    found: dict[str, tuple[int, int]] = {}

    def add(test: str, match: re.Match[str]) -> None:
        found.setdefault(test, match.span())

    if "FAIL" in text or "ERROR" in text:
        for match in _PYTEST_SUMMARY.finditer(text):
            add(normal_id(match.group("path"), match.group("rest") or ""), match)
        for match in _PYTEST_VERBOSE.finditer(text):
            add(normal_id(match.group("path"), match.group("rest")), match)
        for match in _UNITTEST.finditer(text):
            add(_unittest_id(match.group("name"), match.group("where")), match)
        for match in _GO.finditer(text):
            add(normal_id("", match.group("name")), match)
        for match in _CARGO.finditer(text):
            add(normal_id("", match.group("name")), match)
        for test, span in _jest_failures(text).items():
            found.setdefault(test, span)
    if not found and ("F" in text or "E" in text):
        for match in _PYTEST_PROGRESS.finditer(text):
            add(normal_id(match.group("path")), match)
    if not found and _MOCHA_SUMMARY.search(text):
        for match in _MOCHA.finditer(text):
            add(normal_id("", match.group("name")), match)
    return [(test, start, end) for test, (start, end) in found.items()][:MAX_FAILURES]


def _jest_failures(text: str) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    files = list(_JEST_FILE.finditer(text))
    if not files:
        return found
    for number, file in enumerate(files):
        end = files[number + 1].start() if number + 1 < len(files) else len(text)
        names = [
            m
            for m in _JEST_TEST.finditer(text, file.end(), end)
            if not m.group("name").lower().startswith("test suite failed")
        ]
        for name in names:
            found.setdefault(normal_id(file.group("path"), name.group("name")), name.span())
        if not names:
            found.setdefault(normal_id(file.group("path")), file.span())
    return found


def command_runs(command: str) -> list[str]:
    """The tests a shell command runs: an id per test or file argument, ``"::"`` for a suite."""
    runs: list[str] = []
    for match in _RUNNER.finditer(command):
        args = match.group("args")
        ids = [normal_id(m.group("path"), m.group("rest") or "") for m in _ARG_ID.finditer(args)]
        named = _K_NAME.search(args) or _RUN_NAME.search(args)
        if named is not None and not ids:
            ids.append(normal_id("", named.group("name")))
        runs += ids or [normal_id()]
    return runs


def same_test(failing: str, acted: str) -> bool:
    """Whether an act on ``acted`` (a test or a file) concerns the failing test ``failing``."""
    fail_path, fail_name = split_id(failing)
    act_path, act_name = split_id(acted)
    if act_name:
        if not fail_name:
            return bool(fail_path and act_path) and same_path(fail_path, act_path)
        return act_name == fail_name and (
            not fail_path or not act_path or same_path(fail_path, act_path)
        )
    return bool(fail_path and act_path) and same_path(fail_path, act_path)


def same_path(one: str, other: str) -> bool:
    """Whether two paths name the same file (one may be relative to a deeper directory)."""
    return one == other or one.endswith("/" + other) or other.endswith("/" + one)
