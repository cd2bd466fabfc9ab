"""GenAI semantic-convention attributes for guard decisions and evaluation results.

Both sets are experimental ("Development" status) and newer than v1.36.0 of the GenAI
conventions, so they go out only with ``OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental``
(``exporters.otel_semconv``); the guardrail names are not even in the installed
``opentelemetry-semantic-conventions`` package, which has moved its GenAI constants to the
``semantic-conventions-genai`` repository. The names are written here as strings, and may
change with that repository.

- A guard decision goes on the call's span as ``gen_ai.guardrail.*`` attributes: the verdict
  type (``allow``, ``warn``, ``deny``), the action type (``allow``, ``warn``, ``block``,
  ``modify`` for stripped tool calls), the policy rule id and the reason (the deciding
  finding's category, or the cause of a fallback).
- Each finding is one ``gen_ai.evaluation.result`` event: ``gen_ai.evaluation.name`` (the
  category), ``gen_ai.evaluation.score.value`` (its score), ``gen_ai.evaluation.score.label``
  (``fail``, or ``pass`` for an informational finding such as an acknowledged hint: two
  values, so dashboards can group on it), ``gen_ai.evaluation.explanation`` (the check's
  message: always for the built-in rule checks, which write it from a template and never from
  the reasoning; for a judge or a check of your own, which may quote the reasoning, only when
  content capture is on), and
  ``gen_ai.response.id`` when the provider gave one, and ``cotmonitor.evaluation.scope=session``
  for a session finding (a trajectory check over the conversation, ``gen_ai.conversation.id``
  on the same span). The ``cotmonitor.finding`` event beside
  it keeps what the convention has no name for: the check, the severity, the hint type and
  the evidence spans (and, with content capture, the quotes), and it is what carries the
  findings when the newest conventions are off.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cotmonitor.guard.decision import GuardDecision
from cotmonitor.verdicts import Finding, Severity

GUARDRAIL_COMPONENT = "gen_ai.guardrail.component.name"
GUARDRAIL_TARGET_TYPE = "gen_ai.guardrail.target.type"
GUARDRAIL_VERDICT_TYPE = "gen_ai.guardrail.verdict.type"
GUARDRAIL_VERDICT_REASON = "gen_ai.guardrail.verdict.reason"
GUARDRAIL_ACTION_TYPE = "gen_ai.guardrail.action.type"
GUARDRAIL_RULE_ID = "gen_ai.guardrail.security.policy.rule.id"

EVALUATION_EVENT = "gen_ai.evaluation.result"
EVALUATION_NAME = "gen_ai.evaluation.name"
EVALUATION_SCORE_VALUE = "gen_ai.evaluation.score.value"
EVALUATION_SCORE_LABEL = "gen_ai.evaluation.score.label"
EVALUATION_EXPLANATION = "gen_ai.evaluation.explanation"
RESPONSE_ID = "gen_ai.response.id"
EVALUATION_SCOPE = "cotmonitor.evaluation.scope"
"""``session`` on the events of session findings (trajectory checks over a conversation)."""
TEMPLATED_CHECKS = frozenset(
    {"reasoning_missing", "hint_use", "reward_hack", "answer_mismatch", "trajectory"}
)
"""The built-in rule and trajectory checks, whose messages never carry reasoning text."""

_VERDICT_TYPES = {"allow": "allow", "warn": "warn", "strip_tool_calls": "deny", "block": "deny"}
_ACTION_TYPES = {"allow": "allow", "warn": "warn", "strip_tool_calls": "modify", "block": "block"}


def guardrail_attributes(decision: GuardDecision) -> dict[str, Any]:
    """The ``gen_ai.guardrail.*`` attributes of one decision, plus cotmonitor's own.

    ``cotmonitor.guard.*`` (action, stage, latency, reason, rule) go out in every mode, so a
    decision is on the span even where the newest GenAI names are off.
    """
    attributes: dict[str, Any] = {
        GUARDRAIL_COMPONENT: "cotmonitor",
        GUARDRAIL_TARGET_TYPE: "output",
        GUARDRAIL_VERDICT_TYPE: _VERDICT_TYPES[decision.action],
        GUARDRAIL_ACTION_TYPE: _ACTION_TYPES[decision.action],
        GUARDRAIL_VERDICT_REASON: decision.fallback or decision.category or "none",
        "cotmonitor.guard.action": decision.action,
        "cotmonitor.guard.stage": decision.stage,
        "cotmonitor.guard.latency_s": decision.latency_s,
        "cotmonitor.guard.reason": decision.fallback or decision.category or "none",
    }
    if decision.rule is not None:
        attributes[GUARDRAIL_RULE_ID] = decision.rule
        attributes["cotmonitor.guard.rule"] = decision.rule
    return attributes


def evaluation_event(
    finding: Finding, content: Callable[[str], str | None], response_id: str | None = None
) -> dict[str, Any]:
    """The attributes of one ``gen_ai.evaluation.result`` event."""
    event: dict[str, Any] = {
        EVALUATION_NAME: finding.category,
        EVALUATION_SCORE_VALUE: finding.score,
        EVALUATION_SCORE_LABEL: "pass" if finding.severity is Severity.INFO else "fail",
    }
    # A built-in rule's message is a template; a judge or a user's check may quote the CoT.
    templated = finding.check in TEMPLATED_CHECKS
    explanation = finding.message if templated else content(finding.message)
    if explanation:
        event[EVALUATION_EXPLANATION] = explanation
    if response_id:
        event[RESPONSE_ID] = response_id
    if finding.scope == "session":
        # The convention has no scope yet: a session finding judges the whole conversation.
        event[EVALUATION_SCOPE] = "session"
    return event
