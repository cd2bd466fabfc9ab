"""Fixtures for the rule-check tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cotmonitor import Finding, Trace
from cotmonitor.checks.defaults import default_checks
from cotmonitor.types import Check


@pytest.fixture(scope="session")
def checks() -> list[Check]:
    return default_checks(rule_packs=[], backend="python")


@pytest.fixture(scope="session")
def run_all(checks: list[Check]) -> Callable[[Trace], list[Finding]]:
    def run(trace: Trace) -> list[Finding]:
        return [f for check in checks for f in check(trace)]

    return run
