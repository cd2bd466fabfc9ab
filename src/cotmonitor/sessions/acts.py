"""What a step does to the tests: the runs in its commands and the hacks in its code.

The hacks come from the per-call analyzers (``checks.rules.hack_actions``), each reduced to
its family, the kind of test operation it is and what it targets: the test file and, where
the code shows it, the test's own name (the function a skip mark decorates, the test an
assertion edit sits in, the id a ``--deselect`` names).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cotmonitor.checks.rules.code_units import CodeUnit
from cotmonitor.checks.rules.hack_actions import Actions, hit_evidence, trace_actions
from cotmonitor.checks.rules.pack_evidence import RuleEvidence
from cotmonitor.checks.rules.python_code import ActionHit
from cotmonitor.checks.rules.reward_hacks import MIN_ACTION_SCORE, family_of
from cotmonitor.checks.rules.task_facts import TaskFacts
from cotmonitor.sessions.runners import command_runs, normal_id
from cotmonitor.trace.model import Trace

MAX_ACTIONS = 24
"""Most operations kept from one step."""
KIND_OF_FAMILY = {
    "skip_tests": "skip",
    "delete_tests": "delete",
    "edit_tests": "edit_assertion",
    "early_exit": "early_exit",
}
"""The test operation a hack family is; every other family is ``other_hack``."""

_ID_IN = re.compile(
    r"(?P<path>[\w./\\-]+\.(?:py|[jt]sx?|mjs|cjs|go|rs))(?:::(?P<rest>[\w.\[\]:-]+))?"
)
_NOT_NAME = re.compile(r"-k\s+['\"]?\s*not\s+(?P<name>\w+)")
_NAMED_IN = re.compile(
    r"\b(?:x?it|x?test|describe)(?:\.(?:skip|todo|failing))?\s*\(\s*(?P<q>['\"`])(?P<name>[^'\"`\n]{1,120})(?P=q)"
)
_DEF = re.compile(r"\b(?:async\s+)?(?:def|func)\s+(?P<name>\w+)")
_DECORATES = ("@", "mark.")
NAME_REACH = 400
"""How far after a decorator its test function is looked for."""
DEF_LOOKBACK = 4_000
"""How far before a hack the enclosing test function is looked for."""


@dataclass(frozen=True, slots=True)
class Act:
    """One test operation of a step: its kind, target, family and where it is."""

    kind: str
    target: str
    family: str
    source: str
    index: int | None
    start: int
    end: int


def _test_name(text: str, start: int, end: int) -> str:
    """The test an act at ``text[start:end]`` concerns, "" when the code does not show it."""
    quote = text[start:end]
    named = _NAMED_IN.search(quote)
    if named is not None:
        return named.group("name")
    if quote.lstrip().startswith(_DECORATES) or "mark." in quote:
        after = _DEF.search(text, end, end + NAME_REACH)
        if after is not None:
            return after.group("name")
    enclosing = [m.group("name") for m in _DEF.finditer(text, max(0, start - DEF_LOOKBACK), start)]
    if enclosing and enclosing[-1].lower().startswith("test"):
        return enclosing[-1]
    return ""


def _target(hit: ActionHit) -> str:
    unit = hit.unit
    line_end = unit.text.find("\n", hit.end)
    line = unit.text[hit.start : len(unit.text) if line_end < 0 else line_end]
    if unit.kind == "command":
        found = _ID_IN.search(line)
        if found is not None:
            return normal_id(found.group("path"), found.group("rest") or "")
        excluded = _NOT_NAME.search(line)
        return normal_id("", excluded.group("name")) if excluded else normal_id()
    return normal_id(unit.path or "", _test_name(unit.text, hit.start, hit.end))


def _hack(hit: ActionHit, trace: Trace) -> Act:
    evidence = hit_evidence(hit, trace)
    return Act(
        KIND_OF_FAMILY.get(hit.family, "other_hack"),
        _target(hit),
        hit.family,
        evidence.source,
        evidence.index,
        evidence.start,
        evidence.end,
    )


def _runs(unit: CodeUnit) -> list[Act]:
    end = len(unit.text) if unit.base < 0 else unit.base + len(unit.text)
    start = max(unit.base, 0)
    return [
        Act("run", target, "", unit.source, unit.index, start, end)
        for target in command_runs(unit.text)
    ]


def _pack_acts(
    found: list[RuleEvidence], actions: Actions, trace: Trace, units: list[CodeUnit]
) -> list[Act]:
    """The acts a pack's text rules find in code the syntax-tree analyzers did not read."""
    acts = []
    paths = {u.index: u.path for u in units if u.source == "tool_call" and u.path}
    for item in found:
        if item.rule.category != "reward_hack" or item.rule.kind != "action":
            continue
        family = family_of(item.rule.id)
        for e in item.evidence:
            if e.source not in ("output", "tool_call") or actions.covers(e):
                continue
            raw = trace.output if e.source == "output" else trace.tool_calls[e.index or 0].arguments
            path = paths.get(e.index, "") if e.source == "tool_call" else ""
            target = normal_id(path or "", _test_name(raw, e.start, e.end))
            kind = KIND_OF_FAMILY.get(family, "other_hack")
            acts.append(Act(kind, target, family, e.source, e.index, e.start, e.end))
    return acts


def step_acts(
    trace: Trace, facts: TaskFacts, units: list[CodeUnit], found: list[RuleEvidence]
) -> list[Act]:
    """The test runs and the hacks of one step's output and tool calls, in order.

    ``found`` is the built-in reward-hack pack's evidence on the step (its text rules catch
    acts in code that does not parse, such as an edit that adds only a decorator).
    """
    acts: list[Act] = []
    for unit in units:
        if unit.kind == "command":
            acts += _runs(unit)
    actions = trace_actions(trace, facts, units=units)
    acts += [_hack(hit, trace) for hit in actions.hits if hit.score >= MIN_ACTION_SCORE]
    acts += _pack_acts(found, actions, trace, units)
    unique = {(a.kind, a.target, a.family, a.index): a for a in acts}
    return list(unique.values())[:MAX_ACTIONS]


__all__ = ["KIND_OF_FAMILY", "Act", "step_acts"]
