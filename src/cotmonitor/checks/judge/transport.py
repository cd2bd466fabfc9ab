"""One judge call through litellm: timeout, retries with backoff and jitter, cost.

litellm loads on the first call, never at import (it is heavy, and it fetches a cost map over
the network at import unless ``LITELLM_LOCAL_MODEL_COST_MAP`` is set, which is set here before
loading it when the user has not chosen).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cotmonitor.errors import JudgeError, JudgeTimeout

_log = logging.getLogger("cotmonitor")
_T = TypeVar("_T")
_TOO_MANY_REQUESTS = 429
_SERVER_ERROR = 500


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where a judge (or probe) call goes.

    Attributes:
        model: a litellm model string (``openai/gpt-4o-mini``, ``ollama/qwen3`` ...).
        api_base: an OpenAI-compatible (or provider) base URL.
        api_key: the key; litellm reads the provider's usual variable when ``None``.
        params: extra completion parameters (``temperature``, ``max_tokens`` ...).
    """

    model: str
    api_base: str | None = None
    api_key: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Completion:
    """What one call returned.

    Attributes:
        text: the reply text.
        tokens: total tokens used (0 when not reported).
        cost_usd: litellm's cost estimate, ``None`` when the model's price is unknown.
    """

    text: str
    tokens: int
    cost_usd: float | None


def load_litellm() -> Any:
    """Import litellm without letting it fetch its cost map over the network."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    return litellm


async def complete(
    endpoint: Endpoint,
    messages: Sequence[dict[str, str]],
    *,
    timeout_s: float,
    json_mode: bool = False,
) -> Completion:
    """Send one chat completion; no retries here (see ``with_retries``).

    Raises:
        JudgeTimeout: no answer within ``timeout_s``.
        Exception: whatever litellm raised (rate limits, server errors ...).
    """
    litellm = load_litellm()
    kwargs: dict[str, Any] = {**endpoint.params}
    if json_mode:
        kwargs["response_format"] = {"type": "json_object"}
    try:
        response = await asyncio.wait_for(
            litellm.acompletion(
                model=endpoint.model,
                messages=list(messages),
                api_base=endpoint.api_base,
                api_key=endpoint.api_key,
                timeout=timeout_s,
                max_retries=0,
                **kwargs,
            ),
            timeout_s,
        )
    except (asyncio.TimeoutError, litellm.Timeout) as exc:
        raise JudgeTimeout(f"{endpoint.model}: no answer within {timeout_s}s") from exc
    return Completion(
        text=_reply_text(response),
        tokens=_total_tokens(response),
        cost_usd=_cost(litellm, endpoint.model, response),
    )


def retryable(exc: BaseException) -> bool:
    """Whether a failed call is worth another attempt: 429, 5xx or a broken connection."""
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return status == _TOO_MANY_REQUESTS or status >= _SERVER_ERROR
    return type(exc).__name__ in {"APIConnectionError", "ServiceUnavailableError"}


async def with_retries(
    attempt: Callable[[], Awaitable[_T]],
    *,
    retries: int,
    backoff_s: float,
    backoff_max_s: float,
    on_retry: Callable[[BaseException], None] | None = None,
) -> _T:
    """Run ``attempt``, retrying retryable failures with exponential backoff and full jitter."""
    for number in range(retries + 1):
        try:
            return await attempt()
        except JudgeError:
            raise
        except Exception as exc:
            if number >= retries or not retryable(exc):
                raise
            if on_retry is not None:
                on_retry(exc)
            # full jitter: many monitors hitting one rate limit must not retry in lockstep
            delay = random.uniform(0, min(backoff_max_s, backoff_s * 2**number))  # noqa: S311
            _log.debug("judge call failed (%s), retrying in %.3fs", exc, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def _reply_text(response: Any) -> str:
    try:
        content = response.choices[0].message.content
    except (AttributeError, IndexError):
        return ""
    return content if isinstance(content, str) else ""


def _total_tokens(response: Any) -> int:
    usage = getattr(response, "usage", None)
    total = getattr(usage, "total_tokens", None)
    return total if isinstance(total, int) else 0


def _cost(litellm: Any, model: str, response: Any) -> float | None:
    # litellm already priced the call while logging it; asking again costs milliseconds
    hidden = getattr(response, "_hidden_params", None)
    cost = hidden.get("response_cost") if isinstance(hidden, dict) else None
    if isinstance(cost, (int, float)):
        return float(cost) if cost else None
    prices = getattr(litellm, "model_cost", {})
    if model not in prices and model.split("/", 1)[-1] not in prices:
        return None  # a local or self-hosted model: its price is simply not known
    try:
        cost = litellm.completion_cost(completion_response=response)
    except Exception:
        _log.debug("litellm could not price this judge call", exc_info=True)
        return None
    return float(cost) if cost else None
