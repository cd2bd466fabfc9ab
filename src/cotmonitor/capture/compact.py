"""Keep a streamed chunk as the text it carries, when that is all it carries.

A captured stream keeps its chunks until it ends. Kept as SDK objects (a Chat Completions
chunk is about a dozen Python containers), they outlive the garbage collector's young
generations, count towards its full collections and make those walk them: the agent's tail
latency grows with the streams it reads. The bare client drops each chunk as it goes.

Most chunks of a reasoning stream carry one piece of text and nothing else. Those are kept
as a tuple of strings, which the collector stops tracking after its first pass; every other
chunk (the first, with its role and model; tool calls; the finish; usage) is kept as it came.
Readers of ``RawCapture.chunks`` (the normalizers, the early-alert watch) read both.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TEXT = "\x00cotmonitor.text"
"""The first item of a compacted chunk: ``(TEXT, key, text)``."""
TEXT_KEYS = ("content", "reasoning_content", "reasoning")
"""The delta fields a compacted Chat Completions chunk may carry, one at a time."""

_REASONING = frozenset(TEXT_KEYS[1:])


def compact_chat(chunk: Any) -> Any:
    """``(TEXT, key, text)`` for a Chat Completions chunk that carries only text; else ``chunk``.

    Runs on the caller's thread for every chunk, so it is one function of direct dict reads
    (each extra call costs more than the reads, the caches being cold after the SDK's own
    parsing); any surprise (a dict chunk, a missing field, a second choice) keeps the chunk.
    """
    try:
        data = chunk.__dict__
        choices = data["choices"]
        if data["usage"] is not None or len(choices) != 1:
            return chunk
        choice = choices[0].__dict__
        holder = choice["delta"]
        delta = holder.__dict__
        if (
            choice["index"]
            or choice["finish_reason"] is not None
            or choice["logprobs"]
            or delta["role"] is not None
            or delta["tool_calls"] is not None
            or delta["function_call"] is not None
            or delta["refusal"] is not None
        ):
            return chunk
        extra = holder.__pydantic_extra__
        content = delta["content"]
    except (AttributeError, KeyError, TypeError):
        return chunk
    if not extra:
        return (TEXT, "content", content) if content and type(content) is str else chunk
    if content or len(extra) != 1:
        return chunk
    ((key, value),) = extra.items()
    ok = key in _REASONING and value and type(value) is str
    return (TEXT, key, value) if ok else chunk


def compactor(kind: str) -> Callable[[Any], Any] | None:
    """The compaction for one capture kind's chunks (``None``: chunks are kept as they come)."""
    return compact_chat if kind == "openai.chat" else None


def compacted(chunk: Any) -> tuple[str, str] | None:
    """``(key, text)`` of a compacted chunk, ``None`` for any other chunk."""
    if type(chunk) is tuple and len(chunk) == 3 and chunk[0] == TEXT:  # noqa: PLR2004
        return chunk[1], chunk[2]
    return None
