"""Ask a model through litellm (retries, timeout) and split its reply into reasoning and answer.

litellm is imported on first use only. The reply is reduced to a small JSON-ready dict
(``content``, ``reasoning``, ``reasoning_source``, ``usage``), which is what the cache keeps.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_log = logging.getLogger("cotmonitor.faithfulness")

_THINK = re.compile(r"<(think|thinking)>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
_CLOSE_ONLY = re.compile(r"^(.*?)</(?:think|thinking)>", re.DOTALL | re.IGNORECASE)
_FATAL_STATUS = frozenset({400, 401, 403, 404, 422})


class FatalRequestError(RuntimeError):
    """The provider refused a request in a way retrying cannot fix (auth, unknown model ...).

    .. versionadded:: 0.1.0
    """


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """How to reach the model.

    Attributes:
        model: the litellm model name (``openai/gpt-4o``, ``anthropic/claude-...``).
        api_base: the server URL, for OpenAI-compatible and self-hosted servers.
        api_key: the key; litellm reads the provider's usual variable when ``None``.
        timeout_s: per-request timeout.
        retries: extra attempts after a failed request (not after a fatal one).
        backoff_s: wait before the first retry; doubles each time.
        params: extra request parameters (``temperature``, ``max_tokens`` ...); they are part
            of the cache key.
    """

    model: str
    api_base: str | None = None
    api_key: str | None = None
    timeout_s: float = 120.0
    retries: int = 3
    backoff_s: float = 1.0
    params: Mapping[str, Any] = field(default_factory=dict)


async def complete(options: ClientOptions, messages: list[dict[str, str]]) -> dict[str, Any]:
    """Send one chat request and return the reply as a JSON-ready dict.

    Raises:
        FatalRequestError: the provider refused the request (bad key, unknown model ...).
        Exception: the last error after ``retries`` failed attempts.
    """
    import litellm

    delay = options.backoff_s
    for attempt in range(options.retries + 1):
        try:
            response = await litellm.acompletion(
                model=options.model,
                messages=messages,
                api_base=options.api_base,
                api_key=options.api_key,
                timeout=options.timeout_s,
                num_retries=0,
                **dict(options.params),
            )
        except Exception as exc:
            status = getattr(exc, "status_code", None)
            if status in _FATAL_STATUS:
                raise FatalRequestError(f"{type(exc).__name__}: {exc}") from exc
            if attempt == options.retries:
                raise
            _log.debug("request failed (attempt %d), retrying: %s", attempt + 1, exc)
            await asyncio.sleep(delay)
            delay *= 2
        else:
            return reply_dict(response)
    raise AssertionError("unreachable")  # pragma: no cover


async def close_loop_clients() -> None:
    """Close the HTTP clients litellm cached for the running event loop, and forget them.

    litellm keeps one client per provider and event loop. A run ends with its loop, so its
    clients can never be used again; closed here, their connections do not linger until a
    garbage collection. Clients of other loops (another thread's judge, say) are left alone.
    """
    import sys

    litellm = sys.modules.get("litellm")
    if litellm is None:
        return
    try:
        from litellm.caching.evicted_client_closer import running_loop_token

        cache = litellm.in_memory_llm_clients_cache
        suffix = f"-{running_loop_token()}"
        keys = [k for k in list(cache.cache_dict) if str(k).endswith(suffix)]
    except (ImportError, AttributeError):
        _log.debug("cannot find litellm's client cache; leaving its clients open", exc_info=True)
        return
    for key in keys:
        client = cache.cache_dict.pop(key, None)
        cache.ttl_dict.pop(key, None)
        close = getattr(client, "close", None) or getattr(client, "aclose", None)
        if close is None:
            continue
        try:
            result = close()
            if asyncio.iscoroutine(result):
                await result
        except Exception:
            _log.debug("closing a litellm client failed", exc_info=True)


def reply_dict(response: Any) -> dict[str, Any]:
    """Reduce a litellm ``ModelResponse`` to content, reasoning and usage."""
    message = response.choices[0].message
    content = message.content if isinstance(message.content, str) else ""
    reasoning, source = _reasoning(message)
    if not reasoning:
        content, reasoning = split_think(content)
        source = "think_tag" if reasoning else "none"
    usage = getattr(response, "usage", None)
    return {
        "content": content,
        "reasoning": reasoning,
        "reasoning_source": source,
        "usage": {
            "input_tokens": getattr(usage, "prompt_tokens", None),
            "output_tokens": getattr(usage, "completion_tokens", None),
        },
    }


def _reasoning(message: Any) -> tuple[str, str]:
    text = getattr(message, "reasoning_content", None)
    if isinstance(text, str) and text.strip():
        return text, "reasoning_content"
    blocks = getattr(message, "thinking_blocks", None) or []
    thoughts = [
        str(b.get("thinking", "")) for b in blocks if isinstance(b, Mapping) and b.get("thinking")
    ]
    if thoughts:
        return "\n\n".join(thoughts), "thinking_block"
    return "", "none"


def split_think(content: str) -> tuple[str, str]:
    """Move ``<think>…</think>`` text (or text before a lone ``</think>``) out of the content.

    Returns:
        ``(content without the reasoning, reasoning)``.
    """
    found = [m.group(2).strip() for m in _THINK.finditer(content)]
    if found:
        return _THINK.sub("", content).strip(), "\n\n".join(found)
    lone = _CLOSE_ONLY.match(content)
    if lone:
        return content[lone.end() :].strip(), lone.group(1).strip()
    return content, ""
