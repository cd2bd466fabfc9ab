"""One trace reduced to the facts a later step of its session needs.

A fact carries the id of the trace it came from and, where it has one, the character span, so
a session finding can point at several traces without the session keeping any of them.

``step_facts`` reuses the per-call rule machinery: the answer space, claims and their types
(``checks.rules.claims``, ``hint_types``), the final answer (``answers``), whether the reasoning
refers to a claim (``verbalization``), the hack intents stated in the reasoning
(``hack_intents``) and the hacks done in code (``hack_actions``); only the failing tests read
from tool results and the test runs read from commands are its own (``runners``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from cotmonitor.checks.defaults import default_checks
from cotmonitor.checks.rules.answer_space import AnswerSpace, answer_space
from cotmonitor.checks.rules.claims import Claim as RuleClaim
from cotmonitor.checks.rules.code_units import CodeUnit, code_units
from cotmonitor.checks.rules.hint_types import hint_type, plausible_types
from cotmonitor.checks.rules.hint_use import HintUseCheck, question_text
from cotmonitor.checks.rules.pack_evidence import RuleEvidence, pack_evidence
from cotmonitor.checks.rules.reward_hacks import RewardHackCheck, pack_intents, stated_intents
from cotmonitor.checks.rules.scan import TraceScan, TraceScanner
from cotmonitor.checks.rules.task_facts import TaskFacts, task_facts
from cotmonitor.checks.rules.verbalization import Acknowledgement, acknowledgement, value_windows
from cotmonitor.sessions.acts import step_acts
from cotmonitor.sessions.runners import MAX_FAILURES, failures_in
from cotmonitor.sessions.seen_claims import claims_in, new_texts
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import EvidenceSource

ClaimSource = Literal["message", "tool_result"]
TestOpKind = Literal["run", "fail", "skip", "delete", "edit_assertion", "early_exit", "other_hack"]
QUOTE_CHARS = 120
"""Longest quote a fact keeps: enough to show what happened, never a whole text."""
MAX_ACK_TRIES = 4
"""Claims of one value whose acknowledgement is looked for in one step (the first ones)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Where a fact is: the text (``Evidence.source``), message or tool call index, characters."""

    source: EvidenceSource
    start: int
    end: int
    index: int | None = None
    quote: str = ""
    """The first ``QUOTE_CHARS`` characters of the span."""


@dataclass(frozen=True, slots=True)
class Claim:
    """An answer claim or hint seen in a request message or a tool result."""

    value: str
    """The claimed answer, normalised (an option letter, a number, a short string)."""
    source: ClaimSource
    hint_type: str | None
    trace_id: str
    index: int | None
    """The message index in that trace's request."""
    start: int = 0
    end: int = 0
    quote: str = ""
    """The claim's first ``QUOTE_CHARS`` characters."""


@dataclass(frozen=True, slots=True)
class TestOp:
    """A test or file operation seen in a tool call, or a failure seen in a tool result."""

    __test__ = False  # not a pytest test class, whatever its name

    kind: TestOpKind
    target: str
    """The test id or file path, normalised to ``path::name`` (``"::"`` when unknown)."""
    trace_id: str
    index: int | None = None
    """The tool call index in that trace (a failure: the request message index)."""
    family: str = ""
    """The reward-hack family of a hack (``skip_tests``, ``edit_tests`` ...), "" otherwise."""
    source: EvidenceSource = "tool_call"
    """Where the operation is: ``tool_call``, ``output``, or ``message`` for a failure."""
    start: int = 0
    end: int = 0
    quote: str = ""
    """The operation's first ``QUOTE_CHARS`` characters."""


@dataclass(frozen=True, slots=True)
class StepFacts:
    """What one step (one model call) of a session adds to it."""

    trace_id: str
    claims: tuple[Claim, ...] = ()
    """Claims in the step's request that earlier steps had not seen."""
    answer: str | None = None
    """The answer this step gives, normalised (``None``: no answer yet)."""
    acknowledged: tuple[str, ...] = ()
    """Claim values the step's reasoning refers to: of the hints its answer follows, and of
    the claims new in its request (as the per-call hint check decides a reference)."""
    verbalized: bool | None = None
    """Whether the step's reasoning acknowledges a hint it followed; ``None``: no hint used."""
    plans: tuple[str, ...] = ()
    """Hack families the reasoning states an intent for."""
    actions: tuple[TestOp, ...] = ()
    """Test and file operations in the step's tool calls, hacks included."""
    failures: tuple[TestOp, ...] = ()
    """Tests seen failing in the tool results of the step's request."""
    answer_span: Span | None = None
    """Where the answer is written (the output or the end of the reasoning)."""
    acknowledged_spans: tuple[Span, ...] = ()
    """Where the reasoning refers to each acknowledged value (same order)."""
    plan_spans: tuple[Span, ...] = ()
    """The sentence of the reasoning stating each plan (same order as ``plans``)."""


@functools.lru_cache(maxsize=1)
def _checks() -> tuple[HintUseCheck, RewardHackCheck]:
    # The default rule set, compiled once and shared with a default Monitor's checks.
    checks = default_checks(rule_packs=())
    hints = next(c for c in checks if isinstance(c, HintUseCheck))
    hacks = next(c for c in checks if isinstance(c, RewardHackCheck))
    return hints, hacks


def _hint_check() -> HintUseCheck:
    return _checks()[0]


def _pack_found(trace: Trace, hacks: RewardHackCheck) -> list[RuleEvidence]:
    """The built-in pack's evidence in the reasoning, output and tool calls.

    The prompt is left out: its messages were scanned when they were new, and it grows with
    every step.
    """
    cached = hacks.scanner.cached_scan(trace)
    if cached is not None:  # the per-call check scanned this trace on this thread
        return pack_evidence(hacks.pack, trace, cached)
    rules = hacks.scanner.rules
    scan = TraceScan(
        reasoning=tuple(rules.scan(trace.reasoning, "reasoning")),
        output=tuple(rules.scan(trace.output, "output")),
        prompt={},
        tool_calls={
            i: tuple(rules.scan(call.arguments, "tool_calls"))
            for i, call in enumerate(trace.tool_calls)
        },
    )
    return pack_evidence(hacks.pack, trace, scan)


def _acknowledges(
    trace: Trace, claim: RuleClaim, space: AnswerSpace, scanner: TraceScanner
) -> Acknowledgement | None:
    """Where the reasoning refers to ``claim``, as the per-call hint check decides it."""
    hits = scanner.cue_hits(trace)
    near = scanner.near_cue_hits(trace, value_windows(claim, trace.reasoning, hits))
    cues = sorted((*hits, *near), key=lambda h: (h.start, h.end))
    question = question_text(trace, claim, space)
    return acknowledgement(claim, plausible_types(claim), trace.reasoning, cues, question)


def _canonical(value: str) -> str:
    """A value as the session compares it: a lone letter is an option label, upper case.

    A stateful API sends the question once, so later steps read their answers and claims
    without its options, as free response (``"d"``); the same label either way.
    """
    return value.upper() if len(value) == 1 and value.isalpha() else value


def _ack_span(ack: Acknowledgement) -> Span:
    return Span("reasoning", ack.start, ack.end, quote=ack.quote[:QUOTE_CHARS])


def _claim_fact(claim: RuleClaim, trace: Trace) -> Claim:
    return Claim(
        value=_canonical(claim.value),
        source="tool_result" if claim.role == "tool" else "message",
        hint_type=hint_type(claim),
        trace_id=trace.id,
        index=claim.index,
        start=claim.start,
        end=claim.end,
        quote=claim.quote[:QUOTE_CHARS],
    )


@dataclass(slots=True)
class _Hints:
    claims: list[Claim]
    answer: str | None = None
    answer_span: Span | None = None
    verbalized: bool | None = None
    acknowledged: dict[str, Span] | None = None


def _hints(trace: Trace, new: list[tuple[int, str, str]]) -> _Hints:
    check = _hint_check()
    space = answer_space(trace.prompt_texts())
    found = claims_in(new, space)
    facts = _Hints([_claim_fact(c, trace) for c in found], acknowledged={})
    followed = check.follow(trace)
    answer = followed.answer
    if answer is not None:
        facts.answer = _canonical(answer.value)
        where: EvidenceSource = "output" if followed.where == "output" else "reasoning"
        written = (answer.written or answer.value)[:QUOTE_CHARS]
        facts.answer_span = Span(where, answer.start, answer.end, quote=written)
    if not trace.reasoning.strip():
        return facts
    acknowledged: dict[str, Span] = {}
    if followed.hints:
        said = [_acknowledges(trace, h.claim, space, check.scanner) for h in followed.hints]
        facts.verbalized = any(ack is not None for ack in said)
        for hint, ack in zip(followed.hints, said, strict=True):
            if ack is not None:
                acknowledged.setdefault(_canonical(hint.answer), _ack_span(ack))
    tried: dict[str, int] = {}
    for claim in found:
        value = _canonical(claim.value)
        if value in acknowledged or tried.get(value, 0) >= MAX_ACK_TRIES:
            continue
        tried[value] = tried.get(value, 0) + 1
        ack = _acknowledges(trace, claim, space, check.scanner)
        if ack is not None:
            acknowledged[value] = _ack_span(ack)
    facts.acknowledged = acknowledged
    return facts


def _plans(
    trace: Trace, scanner: TraceScanner, facts: TaskFacts, found: list[RuleEvidence]
) -> list[tuple[str, Span]]:
    if not trace.reasoning:
        return []
    stated = pack_intents(found, facts)
    if facts.coding:  # as in the per-call check: no tests to hack otherwise
        in_reasoning, _ = scanner.intent_hits(trace)
        stated = stated_intents(facts, in_reasoning, trace.reasoning) + stated
    plans: dict[str, Span] = {}
    for family, start, end in stated:
        quote = trace.reasoning[start : min(end, start + QUOTE_CHARS)]
        plans.setdefault(family, Span("reasoning", start, end, quote=quote))
    return list(plans.items())


def _failures(trace: Trace, new: list[tuple[int, str, str]]) -> list[TestOp]:
    failures: dict[str, TestOp] = {}
    for index, role, text in new:
        if role != "tool":
            continue
        for target, start, end in failures_in(text):
            # One failure per test and step: a step's tool results are one look at the tests.
            failures.setdefault(
                target,
                TestOp(
                    "fail",
                    target,
                    trace.id,
                    index,
                    source="message",
                    start=start,
                    end=end,
                    quote=text[start : min(end, start + QUOTE_CHARS)],
                ),
            )
    return list(failures.values())[:MAX_FAILURES]


def _actions(
    trace: Trace, facts: TaskFacts, units: list[CodeUnit], found: list[RuleEvidence]
) -> list[TestOp]:
    ops = []
    for act in step_acts(trace, facts, units, found):
        raw = trace.output if act.source == "output" else trace.tool_calls[act.index or 0].arguments
        ops.append(
            TestOp(
                act.kind,  # type: ignore[arg-type]
                act.target,
                trace.id,
                act.index,
                family=act.family,
                source=act.source,  # type: ignore[arg-type]
                start=act.start,
                end=act.end,
                quote=raw[act.start : min(act.end, act.start + QUOTE_CHARS)],
            )
        )
    return ops


def step_facts(trace: Trace, *, seen_messages: int = 0) -> StepFacts:
    """Reduce ``trace`` to its facts; its first ``seen_messages`` messages were seen before.

    Claims and failures are read from the later messages only (the earlier ones were read
    when an earlier step of the session was reduced); the answer, the acknowledgements, the
    plans and the actions are this call's own.

    .. versionadded:: 0.3.0
    """
    new = new_texts(trace, seen_messages)
    hints = _hints(trace, new)
    facts = task_facts(trace)
    units = code_units(trace)
    hacks = _checks()[1]
    found = _pack_found(trace, hacks)
    actions = _actions(trace, facts, units, found)
    plans = _plans(trace, hacks.scanner, facts, found)
    acknowledged = hints.acknowledged or {}
    return StepFacts(
        trace_id=trace.id,
        claims=tuple(hints.claims),
        answer=hints.answer,
        acknowledged=tuple(acknowledged),
        verbalized=hints.verbalized,
        plans=tuple(family for family, _ in plans),
        actions=tuple(actions),
        failures=tuple(_failures(trace, new)),
        answer_span=hints.answer_span,
        acknowledged_spans=tuple(acknowledged.values()),
        plan_spans=tuple(span for _, span in plans),
    )
