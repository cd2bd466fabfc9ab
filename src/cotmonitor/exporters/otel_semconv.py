"""Which GenAI semantic-convention names go out by default, and which only on opt-in.

Every GenAI name is still in Development. The conventions ask instrumentations to keep
emitting what they emitted under v1.36.0 of the conventions by default, and to move to the
newest names only when ``OTEL_SEMCONV_STABILITY_OPT_IN`` lists ``gen_ai_latest_experimental``
(as opentelemetry-instrumentation-openai-v2 does). cotmonitor follows that rule:

- names already in v1.36.0 always go out: ``gen_ai.operation.name``, ``gen_ai.request.model``,
  ``gen_ai.usage.input_tokens``, ``gen_ai.usage.output_tokens``, ``gen_ai.response.id``,
  ``gen_ai.conversation.id``, ``gen_ai.agent.name``;
- newer names with an older equivalent go out under the older name by default:
  ``gen_ai.provider.name`` is ``gen_ai.system`` (same value);
- newer names with no older equivalent go out only on opt-in: the ``gen_ai.evaluation.result``
  event, ``gen_ai.output.messages``, ``gen_ai.usage.reasoning.output_tokens``,
  ``gen_ai.request.stream``, ``gen_ai.response.time_to_first_chunk``,
  ``gen_ai.request.reasoning.level`` and the ``gen_ai.guardrail.*`` attributes. What they
  carry stays available by default under cotmonitor's own names (the ``cotmonitor.finding``
  event, ``cotmonitor.guard.*``), which follow no outside convention.

The names are built once, in their newest form, and ``for_mode`` rewrites them for the mode.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

OPT_IN_ENV = "OTEL_SEMCONV_STABILITY_OPT_IN"
"""OpenTelemetry's switch for newer semantic conventions (a comma-separated list)."""
LATEST_EXPERIMENTAL = "gen_ai_latest_experimental"
"""The value in ``OTEL_SEMCONV_STABILITY_OPT_IN`` that opts in to the newest GenAI names."""

RENAMED: Mapping[str, str] = {"gen_ai.provider.name": "gen_ai.system"}
"""Newest name -> the v1.36.0 name that goes out instead by default."""

LATEST_ONLY_ATTRIBUTES = frozenset(
    {
        "gen_ai.output.messages",
        "gen_ai.usage.reasoning.output_tokens",
        "gen_ai.request.stream",
        "gen_ai.response.time_to_first_chunk",
        "gen_ai.request.reasoning.level",
        "gen_ai.guardrail.component.name",
        "gen_ai.guardrail.target.type",
        "gen_ai.guardrail.verdict.type",
        "gen_ai.guardrail.verdict.reason",
        "gen_ai.guardrail.action.type",
        "gen_ai.guardrail.security.policy.rule.id",
    }
)
"""Span attributes newer than v1.36.0 that have no older equivalent."""

LATEST_ONLY_EVENTS = frozenset({"gen_ai.evaluation.result"})
"""Span events newer than v1.36.0 that have no older equivalent."""


def latest_experimental(opt_in: str) -> bool:
    """Whether an ``OTEL_SEMCONV_STABILITY_OPT_IN`` value opts in to the newest GenAI names.

    .. versionadded:: 0.2.0
    """
    return LATEST_EXPERIMENTAL in {part.strip().lower() for part in opt_in.split(",")}


def for_mode(attributes: Mapping[str, Any], latest: bool) -> dict[str, Any]:
    """``attributes`` (built with the newest names) as the chosen mode names them.

    .. versionadded:: 0.2.0
    """
    if latest:
        return dict(attributes)
    return {
        RENAMED.get(name, name): value
        for name, value in attributes.items()
        if name not in LATEST_ONLY_ATTRIBUTES
    }
