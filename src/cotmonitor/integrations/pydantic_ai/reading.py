"""Pydantic AI messages -> the parts of a Trace (pure: reads the objects, imports no Pydantic AI).

A ``ThinkingPart`` keeps what the provider returned: its text, its ``signature`` (Anthropic's
signature or redacted data, OpenAI's encrypted content) and ``provider_details`` (the raw
reasoning text of open-weight models behind the Responses API). Visibility follows the
provider: OpenAI Responses reasoning text is a summary, Gemini thoughts are summaries, a part
with only a signature is encrypted (OpenAI) or redacted (Anthropic and others).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.trace.model import ReasoningSegment, ToolCall, Usage, Visibility
from cotmonitor.trace.normalizers.base import Parsed, get, int_or_none, items, text_of

# The Chat Completions fields Pydantic AI names its thinking parts after: the reasoning itself.
_CHAT_FIELDS = frozenset({"reasoning", "reasoning_content"})
_SYSTEM_PARTS = frozenset({"system-prompt", "instruction"})


def _is_openai(provider: str) -> bool:
    return provider.startswith(("openai", "azure"))


def thinking_segments(part: Any, provider: str) -> list[ReasoningSegment]:
    """The segments of one ``ThinkingPart``."""
    text = text_of(get(part, "content"))
    signature = text_of(get(part, "signature")) or None
    part_id = text_of(get(part, "id"))
    details = get(part, "provider_details")
    raw = items(details.get("raw_content")) if isinstance(details, Mapping) else []
    out: list[ReasoningSegment] = []
    if text:
        summary = (_is_openai(provider) and part_id not in _CHAT_FIELDS) or provider.startswith(
            "google"
        )
        visibility: Visibility = "summary" if summary else "readable"
        out.append(
            ReasoningSegment(
                text=text, visibility=visibility, source="thinking_part", signature=signature
            )
        )
    out += [
        ReasoningSegment(text=piece, source="thinking_raw_content")
        for piece in raw
        if isinstance(piece, str) and piece
    ]
    if not out and signature:
        hidden: Visibility = "encrypted" if _is_openai(provider) else "redacted"
        out.append(ReasoningSegment(visibility=hidden, source="thinking_part", signature=signature))
    return out


def _user_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "\n".join(piece for piece in items(content) if isinstance(piece, str))


def _tool_call(part: Any) -> ToolCall:
    args = get(part, "args_as_json_str")
    arguments = args() if callable(args) else text_of(get(part, "args"))
    return ToolCall(
        id=text_of(get(part, "tool_call_id")) or None,
        name=text_of(get(part, "tool_name")),
        arguments=arguments,
    )


def _request_messages(message: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    instructions = text_of(get(message, "instructions"))
    if instructions:
        out.append({"role": "system", "content": instructions})
    for part in items(get(message, "parts")):
        kind = get(part, "part_kind")
        if kind in _SYSTEM_PARTS:
            out.append({"role": "system", "content": text_of(get(part, "content"))})
        elif kind == "user-prompt":
            out.append({"role": "user", "content": _user_text(get(part, "content"))})
        elif kind == "tool-return":
            text = get(part, "model_response_str")
            content = text() if callable(text) else str(get(part, "content"))
            call_id = text_of(get(part, "tool_call_id"))
            out.append({"role": "tool", "content": content, "tool_call_id": call_id})
        elif kind == "retry-prompt":
            text = get(part, "model_response")
            out.append({"role": "user", "content": text() if callable(text) else ""})
    return out


def _response_message(message: Any) -> dict[str, Any]:
    texts = [
        text_of(get(part, "content"))
        for part in items(get(message, "parts"))
        if get(part, "part_kind") == "text"
    ]
    out: dict[str, Any] = {"role": "assistant", "content": "".join(texts)}
    calls = [
        _tool_call(p) for p in items(get(message, "parts")) if get(p, "part_kind") == "tool-call"
    ]
    if calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ]
    return out


def chat_messages(messages: Sequence[Any]) -> tuple[dict[str, Any], ...]:
    """The messages of a model request in the OpenAI chat shape (earlier thinking left out)."""
    out: list[dict[str, Any]] = []
    for message in messages:
        if get(message, "kind") == "response":
            out.append(_response_message(message))
        else:
            out += _request_messages(message)
    return tuple(out)


def _usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    details = get(usage, "details")
    reasoning = details.get("reasoning_tokens") if isinstance(details, Mapping) else None
    input_tokens = int_or_none(get(usage, "input_tokens"))
    output_tokens = int_or_none(get(usage, "output_tokens"))
    both = input_tokens is not None and output_tokens is not None
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=int_or_none(reasoning),
        total_tokens=(input_tokens or 0) + (output_tokens or 0) if both else None,
    )


def parse_response(response: Any, think_tags: Sequence[str]) -> Parsed:
    """The reasoning, answer text, tool calls and usage of one ``ModelResponse``."""
    provider = text_of(get(response, "provider_name"))
    parsed = Parsed(
        model=text_of(get(response, "model_name")), usage=_usage(get(response, "usage"))
    )
    texts: list[str] = []
    for part in items(get(response, "parts")):
        kind = get(part, "part_kind")
        if kind == "thinking":
            parsed.segments += thinking_segments(part, provider)
        elif kind == "text":
            texts.append(text_of(get(part, "content")))
        elif kind == "tool-call":
            parsed.tool_calls.append(_tool_call(part))
    parsed.output = "".join(texts)
    for key, name in (("provider_response_id", "response_id"), ("finish_reason", "finish_reason")):
        value = get(response, key)
        if value is not None:
            parsed.metadata[name] = value
    parsed.take_think_tags(think_tags)
    return parsed
