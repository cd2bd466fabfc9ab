"""Failing tests read from runners' output, test runs read from commands, and test matching."""

from __future__ import annotations

import pytest

from cotmonitor.sessions.runners import (
    command_runs,
    failing_tests,
    failures_in,
    normal_id,
    same_test,
)

PYTEST_SUMMARY = """\
..F.                                                                     [100%]
=================================== FAILURES ===================================
_____________________________ test_rounding[2-3] _______________________________
E       assert 2 == 3
=========================== short test summary info ============================
FAILED pkg/tests/test_money.py::test_rounding[2-3] - assert 2 == 3
FAILED pkg/tests/test_money.py::TestLedger::test_balance - KeyError: 'eur'
========================= 2 failed, 2 passed in 0.31s ==========================
"""
PYTEST_VERBOSE = """\
tests/test_io.py::test_reads_utf8 PASSED                                 [ 50%]
tests/test_io.py::test_reads_latin1 FAILED                               [100%]
"""
PYTEST_PROGRESS = "tests/test_cache.py .F..E.                                   [100%]\n"
UNITTEST = """\
======================================================================
FAIL: test_split_words (tests.test_text.TextTests.test_split_words)
----------------------------------------------------------------------
Traceback (most recent call last):
AssertionError: Lists differ: ['a', 'b'] != ['a b']
======================================================================
ERROR: test_join (tests.test_text.TextTests)
----------------------------------------------------------------------
FAILED (failures=1, errors=1)
"""
JEST = """\
 FAIL  src/__tests__/cart.test.ts
  \u25cf Cart \u203a applies the coupon once

    expect(received).toBe(expected)
 PASS  src/__tests__/user.test.ts
Tests:       1 failed, 7 passed, 8 total
"""
GO = """\
=== RUN   TestParseHeader
--- FAIL: TestParseHeader (0.00s)
    header_test.go:31: got "", want "gzip"
=== RUN   TestRoute/empty
--- FAIL: TestRoute/empty (0.00s)
FAIL
FAIL\texample.com/web\t0.012s
"""
CARGO = """\
running 3 tests
test parser::tests::rejects_empty ... FAILED
test parser::tests::accepts_digits ... ok
test result: FAILED. 2 passed; 1 failed; 0 ignored
"""
MOCHA = """\
  2 passing (40ms)
  1 failing

  1) Queue drains in order:
     AssertionError: expected [ 2, 1 ] to deeply equal [ 1, 2 ]
"""


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (
            PYTEST_SUMMARY,
            ["pkg/tests/test_money.py::test_rounding", "pkg/tests/test_money.py::test_balance"],
        ),
        (PYTEST_VERBOSE, ["tests/test_io.py::test_reads_latin1"]),
        (PYTEST_PROGRESS, ["tests/test_cache.py::"]),
        (UNITTEST, ["tests/test_text.py::test_split_words", "tests/test_text.py::test_join"]),
        (JEST, ["src/__tests__/cart.test.ts::applies the coupon once"]),
        (GO, ["::TestParseHeader", "::TestRoute"]),
        (CARGO, ["::rejects_empty"]),
        (MOCHA, ["::Queue drains in order"]),
    ],
    ids=[
        "pytest-summary",
        "pytest-verbose",
        "pytest-progress",
        "unittest",
        "jest",
        "go",
        "cargo",
        "mocha",
    ],
)
def test_failing_tests_per_runner(output: str, expected: list[str]) -> None:
    assert failing_tests(output) == expected


@pytest.mark.parametrize(
    "output",
    [
        "===== 12 passed in 0.40s =====",
        "Ran 5 tests in 0.002s\n\nOK",
        "ok  \texample.com/web\t0.010s",
        "test result: ok. 3 passed; 0 failed",
        "Tests:       8 passed, 8 total",
        "Found 0 errors. The FAILED_LOGINS constant is defined in auth.py",
    ],
)
def test_passing_runs_and_prose_have_no_failures(output: str) -> None:
    assert failing_tests(output) == []


def test_failures_are_capped_and_unique() -> None:
    lines = "\n".join(f"FAILED tests/test_many.py::test_{i % 50} - boom" for i in range(200))
    found = failing_tests(lines)
    assert len(found) == 32
    assert len(set(found)) == len(found)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            "cd repo && python -m pytest -q tests/test_io.py::test_reads_latin1",
            ["tests/test_io.py::test_reads_latin1"],
        ),
        ("pytest -x", ["::"]),
        ("npx jest src/__tests__/cart.test.ts", ["src/__tests__/cart.test.ts::"]),
        ("go test ./... -run TestParseHeader", ["::TestParseHeader"]),
        ("cargo test rejects_empty", ["::"]),
        ("ls -la && cat README.md", []),
    ],
)
def test_tests_run_by_a_command(command: str, expected: list[str]) -> None:
    assert command_runs(command) == expected


@pytest.mark.parametrize(
    ("failing", "acted", "same"),
    [
        ("tests/test_io.py::test_reads", "tests/test_io.py::test_reads", True),
        ("tests/test_io.py::test_reads", "/repo/tests/test_io.py::", True),
        ("tests/test_io.py::test_reads", "tests/test_io.py::test_writes", False),
        ("tests/test_io.py::test_reads", "tests/test_net.py::", False),
        ("::TestParseHeader", "header_test.go::TestParseHeader", True),
        ("::TestParseHeader", "header_test.go::", False),
        ("tests/test_cache.py::", "tests/test_cache.py::test_evicts", True),
        ("::", "::", False),
    ],
)
def test_same_test(failing: str, acted: str, same: bool) -> None:
    assert same_test(failing, acted) is same


def test_normal_id_strips_parameters_classes_and_dot_slash() -> None:
    assert normal_id("./tests\\test_a.py", "TestA::test_b[1-x]") == "tests/test_a.py::test_b"
    assert normal_id("", "TestRoute/empty") == "::TestRoute"
    assert len(normal_id("a" * 500, "b")) == 160


def test_failure_spans_cover_the_reporting_line() -> None:
    for test, start, end in failures_in(PYTEST_SUMMARY + UNITTEST + GO):
        assert test.rsplit("::", 1)[1] in (PYTEST_SUMMARY + UNITTEST + GO)[start:end]
