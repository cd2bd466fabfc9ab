"""Running checks over a trace: the one place that times them and contains their failures.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from cotmonitor.trace.model import Trace
from cotmonitor.types import AsyncCheck, Check
from cotmonitor.verdicts import Finding

_log = logging.getLogger("cotmonitor")


@dataclass(slots=True)
class CheckRun:
    """What running a set of checks over one trace produced."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=dict)


def check_name(check: object) -> str:
    """The name a check reports under."""
    name = getattr(check, "name", None)
    if isinstance(name, str):
        return name
    return getattr(check, "__name__", type(check).__name__)


def run_checks(trace: Trace, checks: Sequence[Check], run: CheckRun | None = None) -> CheckRun:
    """Run rule checks in order; a failing check is recorded and the others still run."""
    run = run if run is not None else CheckRun()
    for check in checks:
        name = check_name(check)
        started = time.perf_counter()
        try:
            run.findings.extend(check(trace))
        except Exception as exc:
            _log.debug("check %s failed", name, exc_info=True)
            run.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        run.durations[name] = time.perf_counter() - started
    return run


async def arun_checks(
    trace: Trace, checks: Sequence[AsyncCheck], run: CheckRun | None = None
) -> CheckRun:
    """Run async checks after the rules; each sees the findings so far."""
    run = run if run is not None else CheckRun()
    for check in checks:
        name = check_name(check)
        started = time.perf_counter()
        try:
            run.findings.extend(await check(trace, tuple(run.findings)))
        except Exception as exc:
            _log.debug("async check %s failed", name, exc_info=True)
            run.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        run.durations[name] = time.perf_counter() - started
    return run
