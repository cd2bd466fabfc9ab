"""Drive sync and async OpenAI clients through one code path in tests."""

from __future__ import annotations

import inspect
from typing import Any

import openai

from cotmonitor.localserver import LocalModelServer

VOLATILE = {"id", "created", "created_at", "item_id", "call_id", "signature"}


def make_client(flavor: str, server: LocalModelServer) -> Any:
    cls = openai.AsyncOpenAI if flavor == "async" else openai.OpenAI
    return cls(base_url=server.openai_base_url, api_key="k", max_retries=0)


async def call(method: Any, **kwargs: Any) -> Any:
    result = method(**kwargs)
    return await result if inspect.isawaitable(result) else result


async def drain(stream: Any, limit: int | None = None, out: list[Any] | None = None) -> list[Any]:
    out = [] if out is None else out
    if hasattr(stream, "__aiter__"):
        async for item in stream:
            out.append(item)
            if limit is not None and len(out) >= limit:
                break
    else:
        for item in stream:
            out.append(item)
            if limit is not None and len(out) >= limit:
                break
    return out


async def close(stream: Any) -> None:
    result = stream.close()
    if inspect.isawaitable(result):
        await result


def stable(value: Any) -> Any:
    """A model dump without the fields the server makes fresh for every response."""
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value
