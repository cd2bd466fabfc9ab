"""How much reasoning a request asked for: an effort level, or a token budget.

A level is a provider's own word (``low``, ``high``, Gemini's ``HIGH``), kept exactly as sent,
as the GenAI conventions ask of ``gen_ai.request.reasoning.level``. A token budget is not a
level and is kept apart (``reasoning_budget_tokens``): mapping budgets onto levels would be
this library's invention. Where each provider puts them:

- OpenAI chat, litellm, Groq and other OpenAI-compatible servers: ``reasoning_effort``;
  the Responses API (and OpenRouter): ``reasoning.effort``;
- Anthropic: ``output_config.effort``; ``thinking.budget_tokens`` is a budget;
- Gemini: ``config.thinking_config.thinking_level`` (``thinkingLevel`` in REST bodies);
  ``thinking_budget`` is a budget;
- Bedrock Converse: any of these inside ``additionalModelRequestFields``, and Amazon Nova's
  ``reasoningConfig.maxReasoningEffort``;
- Ollama: ``think`` when it is a level (``"high"``), not a plain switch;
- any of them inside ``extra_body``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

LEVEL_KEY = "reasoning_level"
"""The ``Trace.metadata`` key of the requested level."""
BUDGET_KEY = "reasoning_budget_tokens"
"""The ``Trace.metadata`` key of the requested reasoning token budget."""

_NESTED = ("extra_body", "additionalModelRequestFields", "additional_model_request_fields")
_DEPTH = 3


def get(obj: Any, key: str) -> Any:
    """``obj[key]`` for mappings, ``obj.key`` for SDK objects, ``None`` when absent."""
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def int_or_none(value: Any) -> int | None:
    """``value`` when it is a real integer, else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _word(value: Any) -> str | None:
    if isinstance(value, Enum):
        value = value.value
    return value if isinstance(value, str) and value else None


def _either(obj: Any, *keys: str) -> Any:
    for key in keys:
        value = get(obj, key)
        if value is not None:
            return value
    return None


def _level(request: Any) -> str | None:
    effort = get(request, "reasoning_effort")
    if isinstance(effort, Mapping):  # litellm also takes {"effort": ..., "summary": ...}
        effort = effort.get("effort")
    think = get(request, "think")
    config = _either(request, "config", "generationConfig", "generation_config")
    thinking = None if config is None else _either(config, "thinking_config", "thinkingConfig")
    nova = _either(request, "reasoningConfig", "reasoning_config")
    candidates = (
        effort,
        _either(get(request, "reasoning"), "effort"),
        _either(get(request, "output_config"), "effort"),
        None if thinking is None else _either(thinking, "thinking_level", "thinkingLevel"),
        None if nova is None else _either(nova, "maxReasoningEffort", "max_reasoning_effort"),
        None if isinstance(think, bool) else think,
    )
    return next((word for word in map(_word, candidates) if word), None)


def _budget(request: Any) -> int | None:
    config = _either(request, "config", "generationConfig", "generation_config")
    thinking = None if config is None else _either(config, "thinking_config", "thinkingConfig")
    anthropic = get(request, "thinking")
    candidates = (
        None if anthropic is None else get(anthropic, "budget_tokens"),
        None if thinking is None else _either(thinking, "thinking_budget", "thinkingBudget"),
    )
    return next((n for n in map(int_or_none, candidates) if n is not None), None)


def requested_reasoning(request: Any, depth: int = 0) -> dict[str, Any]:
    """``{"reasoning_level": ..., "reasoning_budget_tokens": ...}``, each only when asked.

    Args:
        request: the call's keyword arguments (or a replayed request body); SDK objects and
            dicts alike.
        depth: how deep in nested provider fields this call looks (internal).

    .. versionadded:: 0.2.0
    """
    if request is None or isinstance(request, (str, bytes, int, float)):
        return {}
    found: dict[str, Any] = {}
    level, budget = _level(request), _budget(request)
    if level is not None:
        found[LEVEL_KEY] = level
    if budget is not None:
        found[BUDGET_KEY] = budget
    if depth < _DEPTH:
        for key in _NESTED:
            nested = get(request, key)
            if nested is not None:
                found = {**requested_reasoning(nested, depth + 1), **found}
    return found
