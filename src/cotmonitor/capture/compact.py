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

_NOT_TEXT = ("role", "tool_calls", "function_call", "refusal")


def _lone_delta(chunk: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The fields and extras of the delta of a chunk with one choice and nothing else."""
    data = getattr(chunk, "__dict__", None)
    if type(data) is not dict or data.get("usage") is not None:
        return None
    choices = data.get("choices")
    if type(choices) is not list or len(choices) != 1:
        return None
    choice = getattr(choices[0], "__dict__", None)
    if type(choice) is not dict or choice.get("index") or choice.get("finish_reason"):
        return None
    delta_object = choice.get("delta")
    delta = getattr(delta_object, "__dict__", None)
    if type(delta) is not dict or choice.get("logprobs") is not None:
        return None
    return delta, getattr(delta_object, "__pydantic_extra__", None) or {}


def compact_chat(chunk: Any) -> Any:
    """``(TEXT, key, text)`` for a Chat Completions chunk that carries only text; else ``chunk``."""
    lone = _lone_delta(chunk)
    if lone is None:
        return chunk
    delta, extra = lone
    if any(delta.get(key) is not None or extra.get(key) is not None for key in _NOT_TEXT):
        return chunk
    texts = [(key, value) for key in TEXT_KEYS if (value := delta.get(key) or extra.get(key))]
    if len(texts) != 1 or type(texts[0][1]) is not str:
        return chunk
    return (TEXT, *texts[0])


def compactor(kind: str) -> Callable[[Any], Any] | None:
    """The compaction for one capture kind's chunks (``None``: chunks are kept as they come)."""
    return compact_chat if kind == "openai.chat" else None


def compacted(chunk: Any) -> tuple[str, str] | None:
    """``(key, text)`` of a compacted chunk, ``None`` for any other chunk."""
    if type(chunk) is tuple and len(chunk) == 3 and chunk[0] == TEXT:  # noqa: PLR2004
        return chunk[1], chunk[2]
    return None
