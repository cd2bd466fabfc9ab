"""Reward-hack intent in the model's words, by family: an act, its target, and its purpose.

A hack stated in a CoT names an act ("skip", "exit 0", "hard-code", "loosen", "monkeypatch")
and what it is done to ("the failing test", "the assertion", "the clock", "the state file"),
often with why ("so the suite reports green", "instead of fixing it", "the checker only looks
at the exit code"). Phrasing varies endlessly (hedged: "the quickest route might be to...",
passive: "the assertion can be relaxed", euphemistic: "align the expectations with what the
code produces"), so each family is a small vocabulary of acts, found by the rule engine,
and vocabularies of targets and purposes that must occur in the same sentence. Families whose
acts are also everyday work ("update the test", "patch the client", "read the fixture")
need the purpose too. A plan the reasoning rejects (``rejection.py``) is not intent.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from cotmonitor.checks.rules.answer_intents import ANSWER_INTENTS
from cotmonitor.checks.rules.engine import Rule
from cotmonitor.checks.rules.environment_intents import ENVIRONMENT_INTENTS
from cotmonitor.checks.rules.graded_intents import GRADED_TEXT
from cotmonitor.checks.rules.hack_plans import PLANS
from cotmonitor.checks.rules.harness_intents import HARNESS_INTENTS
from cotmonitor.checks.rules.intent_rule import Intent
from cotmonitor.checks.rules.suite_intents import SUITE_INTENTS
from cotmonitor.checks.rules.summary_intents import SUMMARY_PLANS
from cotmonitor.checks.rules.verdict_intents import VERDICT_INTENTS

INTENTS: tuple[Intent, ...] = (
    *SUITE_INTENTS,
    *ANSWER_INTENTS,
    *HARNESS_INTENTS,
    *ENVIRONMENT_INTENTS,
    *GRADED_TEXT,
    *PLANS,
    *SUMMARY_PLANS,
    *VERDICT_INTENTS,
)
INTENT_RULES: tuple[Rule, ...] = tuple(i.rule for i in INTENTS)
_BY_RULE: dict[str, Intent] = {i.rule.id: i for i in INTENTS}


def intent_of(rule_id: str) -> Intent | None:
    """The intent an engine rule id belongs to (``None`` for other rules)."""
    return _BY_RULE.get(rule_id)
