"""LangChain messages -> the parts of a Trace (pure: reads the objects, imports no LangChain).

Reasoning comes in several shapes, all read here: v1 standard ``reasoning`` content blocks;
Anthropic ``thinking`` / ``redacted_thinking`` blocks in a content list (also wrapped in a v1
``non_standard`` block); OpenAI Responses ``reasoning`` items in the content list
(``output_version="responses/v1"``) or in ``additional_kwargs["reasoning"]`` (v0); and the
``additional_kwargs["reasoning_content"]`` string of DeepSeek-style chat models. ``<think>``
tags in the text are split off as with wrapped clients.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.trace.model import ReasoningSegment, ToolCall, Usage, Visibility, content_text
from cotmonitor.trace.normalizers.anthropic import thinking_block_segment
from cotmonitor.trace.normalizers.base import Parsed, get, int_or_none, items, text_of
from cotmonitor.trace.normalizers.openai import reasoning_item_segments

_ROLES = {
    "human": "user",
    "ai": "assistant",
    "system": "system",
    "developer": "developer",
    "tool": "tool",
    "function": "tool",
}
_ANTHROPIC_BLOCKS = ("thinking", "redacted_thinking")
_RESPONSES_KEYS = ("summary", "encrypted_content", "content")
# In a v1 block the provider's own reasoning text is a summary for OpenAI (the Responses API
# returns summaries); elsewhere it is the reasoning as given.
_SUMMARY_PROVIDERS = frozenset({"openai", "azure_openai"})


def _arguments(args: Any) -> str:
    if isinstance(args, str):
        return args
    return json.dumps(args if args is not None else {}, ensure_ascii=False, default=str)


def tool_calls(message: Any) -> list[ToolCall]:
    """The ``tool_calls`` of an AI message (``{"name", "args", "id"}`` dicts) as ToolCalls."""
    return [
        ToolCall(
            id=text_of(get(call, "id")) or None,
            name=text_of(get(call, "name")),
            arguments=_arguments(get(call, "args")),
        )
        for call in items(get(message, "tool_calls"))
    ]


def chat_message(message: Any) -> dict[str, Any]:
    """One prompt message in the OpenAI chat shape.

    Earlier reasoning blocks are left out: they are the model's own, not what it was given.
    """
    kind = text_of(get(message, "type"))
    role = text_of(get(message, "role")) if kind == "chat" else _ROLES.get(kind, kind or "user")
    out: dict[str, Any] = {"role": role, "content": content_text(get(message, "content"))}
    calls = tool_calls(message)
    if calls:
        out["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for call in calls
        ]
    call_id = text_of(get(message, "tool_call_id"))
    if call_id:
        out["tool_call_id"] = call_id
    return out


def chat_messages(messages: Sequence[Any]) -> tuple[dict[str, Any], ...]:
    """A run's prompt messages in the OpenAI chat shape."""
    return tuple(chat_message(message) for message in messages)


def _standard_reasoning(block: Mapping[str, Any], provider: str) -> list[ReasoningSegment]:
    extras = block.get("extras")
    extras = extras if isinstance(extras, Mapping) else {}
    out: list[ReasoningSegment] = []
    text = text_of(block.get("reasoning"))
    if text:
        visibility: Visibility = "summary" if provider in _SUMMARY_PROVIDERS else "readable"
        signature = text_of(extras.get("signature")) or None
        out.append(
            ReasoningSegment(
                text=text, visibility=visibility, source="reasoning_block", signature=signature
            )
        )
    # What the v1 translation moved aside: raw reasoning text, or only an encrypted blob.
    hidden = {key: extras[key] for key in ("content", "encrypted_content") if key in extras}
    if hidden and (extras.get("content") or not out):
        out += reasoning_item_segments(hidden)
    return out


def _block_segments(block: Any, provider: str) -> list[ReasoningSegment]:
    kind = get(block, "type")
    if kind in _ANTHROPIC_BLOCKS:
        return [thinking_block_segment(block)]
    if kind == "non_standard":
        value = get(block, "value")
        return _block_segments(value, provider) if get(value, "type") in _ANTHROPIC_BLOCKS else []
    if kind != "reasoning" or not isinstance(block, Mapping):
        return []
    if any(key in block for key in _RESPONSES_KEYS):
        return reasoning_item_segments(block)
    return _standard_reasoning(block, provider)


def _kwargs_segments(extra: Any) -> list[ReasoningSegment]:
    if not isinstance(extra, Mapping):
        return []
    out: list[ReasoningSegment] = []
    for key in ("reasoning_content", "reasoning"):
        value = extra.get(key)
        if isinstance(value, str) and value:
            out.append(ReasoningSegment(text=value, source=key))
        elif isinstance(value, Mapping):
            # langchain-openai's v0 format keeps the Responses reasoning item here.
            out += reasoning_item_segments(value)
    return out


def usage(message: Any) -> Usage:
    """Token counts of an AI message's ``usage_metadata``."""
    meta = get(message, "usage_metadata")
    if not isinstance(meta, Mapping):
        return Usage()
    details = meta.get("output_token_details")
    reasoning = details.get("reasoning") if isinstance(details, Mapping) else None
    return Usage(
        input_tokens=int_or_none(meta.get("input_tokens")),
        output_tokens=int_or_none(meta.get("output_tokens")),
        reasoning_tokens=int_or_none(reasoning),
        total_tokens=int_or_none(meta.get("total_tokens")),
    )


def provider_of(message: Any) -> str:
    """The provider an AI message names in its ``response_metadata`` ("" when none)."""
    meta = get(message, "response_metadata")
    return text_of(meta.get("model_provider")) if isinstance(meta, Mapping) else ""


def parse_message(message: Any, provider: str, think_tags: Sequence[str]) -> Parsed:
    """The reasoning, answer text, tool calls and usage of one AI message."""
    parsed = Parsed(usage=usage(message))
    meta = get(message, "response_metadata")
    if isinstance(meta, Mapping):
        parsed.model = text_of(meta.get("model_name")) or text_of(meta.get("model"))
        for key in ("id", "finish_reason", "stop_reason"):
            if meta.get(key) is not None:
                parsed.metadata["response_id" if key == "id" else key] = meta[key]
    content = get(message, "content")
    texts = [content] if isinstance(content, str) else []
    for block in items(content):
        if isinstance(block, str):
            texts.append(block)
        elif get(block, "type") == "text":
            texts.append(text_of(get(block, "text")))
        else:
            parsed.segments += _block_segments(block, provider)
    parsed.segments += _kwargs_segments(get(message, "additional_kwargs"))
    parsed.output = "".join(texts)
    parsed.tool_calls = tool_calls(message)
    parsed.take_think_tags(think_tags)
    return parsed
