"""``GuardRunner.decide_trace``/``adecide_trace``: a decision on a trace a framework built."""

from __future__ import annotations

from collections.abc import Callable

from guard_support import ASK, CLEAN, HACK

from cotmonitor import Monitor
from cotmonitor.exporters.span_link import METADATA_KEY
from cotmonitor.guard.runner import GuardRunner
from cotmonitor.testing import make_trace


def test_decide_trace_blocks_a_hack_and_allows_a_clean_plan(
    guarding: Callable[..., Monitor],
) -> None:
    runner = guarding().guard_runner
    assert runner is not None
    hack = runner.decide_trace(make_trace(reasoning=HACK, messages=ASK))
    clean = runner.decide_trace(make_trace(reasoning=CLEAN, messages=ASK))
    assert hack.guard is not None
    assert (hack.guard.action, hack.guard.rule) == ("block", "block-reward-hack")
    assert hack.alert
    assert clean.guard is not None
    assert clean.guard.action == "allow"
    assert METADATA_KEY not in clean.trace.metadata  # no span was current


async def test_adecide_trace_matches_decide_trace() -> None:
    # A monitor in observe mode can lend its checks to a runner of its own.
    with Monitor() as monitor:
        runner = GuardRunner(monitor)
        trace = make_trace(reasoning=HACK, messages=ASK)
        awaited = await runner.adecide_trace(trace)
        waited = runner.decide_trace(trace)
    assert awaited.guard is not None
    assert waited.guard is not None
    assert awaited.guard.action == waited.guard.action == "block"
    assert awaited.findings == waited.findings
