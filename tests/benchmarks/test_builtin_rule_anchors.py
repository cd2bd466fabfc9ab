"""The built-in rules' anchors cover their patterns: the engine finds what the regex finds.

The engine runs a rule's regex only around its anchors (and, with ``before=0``, only at
them). An anchor list that misses a way the pattern can match silently loses hits, so every
built-in rule is checked against a plain ``finditer`` over varied reasoning: the benchmark
corpus and the development half of the generalization suite.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from benchmarks.corpus import generate as corpus
from benchmarks.generalization.generate import generate

from cotmonitor.checks.rules.cues import CUE_RULES, STRONG_CUE_RULES
from cotmonitor.checks.rules.engine import Rule, RuleSet
from cotmonitor.checks.rules.hack_intents import INTENT_RULES
from cotmonitor.checks.rules.packs import builtin_pack


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [corpus(200_000)]
    for record in generate("dev"):
        found += [str(record.get("reasoning") or ""), str(record.get("answer") or "")]
    return found


_RULES = [
    *CUE_RULES,
    *(r for r in STRONG_CUE_RULES if r not in CUE_RULES),
    *INTENT_RULES,
    *(r for r in builtin_pack("reward_hacks").engine_rules() if "reasoning" in r.targets),
]


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_the_engine_finds_every_match_of_the_pattern(rule: Rule, texts: list[str]):
    # ``requires`` skips matches on purpose (no target near the act): anchors are what is tested.
    engine = RuleSet([dataclasses.replace(rule, requires=())], backend="python")
    regex = re.compile(rule.pattern, re.IGNORECASE | re.MULTILINE)
    for text in texts:
        wanted = {m.span() for m in regex.finditer(text) if m.end() > m.start()}
        found = {(h.start, h.end) for h in engine.scan(text, "reasoning")}
        missed = wanted - found
        assert not missed, f"{rule.id} misses {text[min(missed)[0] : min(missed)[1]]!r}"
