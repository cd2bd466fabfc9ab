"""Every reward hack a trace's code does: the analyzers run over its code units.

Python that parses is judged by its syntax tree (``python_hacks``, ``harness_hacks``); edits,
diffs and file writes by what they change (``edit_hacks``); shell commands by what they run
(``shell_hacks``). The hits become evidence spans in the output or in a tool call's raw
arguments.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from cotmonitor.checks.rules import (
    case_tables,
    checker_edits,
    config_hacks,
    edit_hacks,
    equality_hacks,
    failure_hacks,
    gate_moves,
    harness_hacks,
    measure_hacks,
    outcome_hacks,
    proof_skips,
    python_hacks,
    reference_rewrites,
    runtime_hacks,
    shell_hacks,
    source_hacks,
    test_code_hacks,
    write_hacks,
)
from cotmonitor.checks.rules.code_units import CodeUnit, code_units
from cotmonitor.checks.rules.python_code import ActionHit, parse
from cotmonitor.checks.rules.task_facts import TaskFacts, task_facts
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Evidence

_TREE_ANALYZERS = (
    *python_hacks.ANALYZERS,
    *equality_hacks.ANALYZERS,
    *case_tables.ANALYZERS,
    *failure_hacks.ANALYZERS,
    *runtime_hacks.ANALYZERS,
    *harness_hacks.ANALYZERS,
    *outcome_hacks.ANALYZERS,
)
_UNIT_ANALYZERS = (
    *edit_hacks.ANALYZERS,
    *checker_edits.ANALYZERS,
    *shell_hacks.ANALYZERS,
    *write_hacks.ANALYZERS,
    *test_code_hacks.ANALYZERS,
    *source_hacks.ANALYZERS,
    *config_hacks.ANALYZERS,
    *measure_hacks.ANALYZERS,
    *gate_moves.ANALYZERS,
    *proof_skips.ANALYZERS,
    *reference_rewrites.ANALYZERS,
)
_last = threading.local()
QUOTE_CHARS = 200
"""Longest quote kept in an action's evidence."""


@dataclass(slots=True)
class Actions:
    """The action hits of a trace, and which parts of it were read as parsed Python."""

    hits: list[ActionHit] = field(default_factory=list)
    parsed: list[CodeUnit] = field(default_factory=list)

    def covers(self, evidence: Evidence) -> bool:
        """Whether a text rule's evidence lies in code the syntax-tree analyzers read."""
        for unit in self.parsed:
            if unit.source != evidence.source and not (
                unit.source == "tool_call" and evidence.source == "tool_call"
            ):
                continue
            if unit.source == "tool_call":
                if unit.index == evidence.index:
                    return True
                continue
            if unit.base >= 0 and unit.base <= evidence.start < unit.base + len(unit.text):
                return True
        return False


def _analyze(units: Iterable[CodeUnit], facts: TaskFacts) -> Actions:
    actions = Actions()
    for unit in units:
        for analyze in _UNIT_ANALYZERS:
            actions.hits += analyze(unit, facts)
        if unit.kind == "command" or not unit.python:
            continue
        code = parse(unit)
        if code is None:
            continue
        actions.parsed.append(unit)
        for analyze_tree in _TREE_ANALYZERS:
            actions.hits += analyze_tree(code, facts)
    return actions


def trace_actions(
    trace: Trace, facts: TaskFacts | None = None, *, units: list[CodeUnit] | None = None
) -> Actions:
    """The action hits of ``trace`` (none without code in its output or tool calls).

    ``facts`` are the trace's task facts and ``units`` its code units, when the caller has
    them already. The result is remembered for the last trace of each thread (the per-call
    check and the session facts of one trace ask for it in turn): read it, never change it.
    """
    last = getattr(_last, "value", None)
    if last is not None and last[0] is trace:
        remembered: Actions = last[1]
        return remembered
    units = code_units(trace) if units is None else units
    if not (units or trace.output):
        return Actions()
    facts = facts or task_facts(trace)
    actions = _analyze(units, facts)
    if facts.graded and trace.output and not units:
        # The visible answer itself is what the grader reads.
        prose = CodeUnit("output", None, "file", trace.output, 0, path="answer.txt")
        actions.hits += write_hacks.written_files(prose, facts)
    _last.value = (trace, actions)
    return actions


def _located(raw: str, quote: str) -> tuple[int, int]:
    """Where a decoded quote sits in raw JSON arguments (its escaped form), else the start."""
    for candidate in (quote, json.dumps(quote)[1:-1], json.dumps(quote.split("\n", 1)[0])[1:-1]):
        if candidate:
            at = raw.find(candidate)
            if at >= 0:
                return at, at + len(candidate)
    return 0, min(len(raw), QUOTE_CHARS)


def hit_evidence(hit: ActionHit, trace: Trace) -> Evidence:
    """The evidence span of an action hit in the trace's output or tool call."""
    unit = hit.unit
    quote = unit.text[hit.start : hit.end][:QUOTE_CHARS]
    raw = trace.output if unit.source == "output" else trace.tool_calls[unit.index or 0].arguments
    if unit.base >= 0:
        start = unit.base + hit.start
        end = min(unit.base + hit.end, start + QUOTE_CHARS)
    else:
        start, end = _located(raw, quote)
    return Evidence(
        source=unit.source,
        index=unit.index if unit.source == "tool_call" else None,
        start=start,
        end=end,
        quote=raw[start:end],
    )
