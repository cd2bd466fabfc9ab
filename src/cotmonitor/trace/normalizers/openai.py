"""OpenAI shapes: Chat Completions (``openai.chat``) and the Responses API (``openai.responses``).

Chat reasoning is read from ``reasoning_content`` (DeepSeek, vLLM <= 0.10, litellm) or
``reasoning`` (vLLM >= 0.11, OpenRouter, Ollama), which the SDK keeps as pydantic extras, and
from ``<think>`` tags in the content. Responses reasoning items give a summary
(visibility ``summary``), the reasoning text itself (``readable``) or only an encrypted blob
(``encrypted``). SDK objects and plain dicts (replay) are read alike.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.capture.compact import compacted
from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage, Visibility
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import (
    Parsed,
    as_data,
    build_trace,
    fields,
    get,
    int_or_none,
    items,
    paced,
    parse_capture,
    text_of,
)

_REASONING_KEYS = ("reasoning_content", "reasoning")


def chat_usage(usage: Any) -> Usage:
    """Token counts of an OpenAI-shaped ``usage`` (litellm's too), reasoning tokens included."""
    if usage is None:
        return Usage()
    details = get(usage, "completion_tokens_details")
    reasoning = None if details is None else int_or_none(get(details, "reasoning_tokens"))
    if reasoning is None:
        # Some OpenAI-compatible servers (and litellm for some providers) put it at the top.
        reasoning = int_or_none(get(usage, "reasoning_tokens"))
    return Usage(
        input_tokens=int_or_none(get(usage, "prompt_tokens")),
        output_tokens=int_or_none(get(usage, "completion_tokens")),
        reasoning_tokens=reasoning,
        total_tokens=int_or_none(get(usage, "total_tokens")),
    )


def chat_tool_calls(calls: Any) -> list[ToolCall]:
    """The ``tool_calls`` of an OpenAI-shaped message as ToolCalls."""
    out = []
    for call in items(calls):
        function = get(call, "function")
        out.append(
            ToolCall(
                id=text_of(get(call, "id")) or None,
                name=text_of(get(function, "name")),
                arguments=text_of(get(function, "arguments")),
            )
        )
    return out


def _chat_response(data: Any) -> Parsed:
    parsed = Parsed(model=text_of(get(data, "model")), usage=chat_usage(get(data, "usage")))
    parsed.metadata["response_id"] = text_of(get(data, "id"))
    choices = items(get(data, "choices"))
    if not choices:
        return parsed
    message = get(choices[0], "message")
    parsed.metadata["finish_reason"] = text_of(get(choices[0], "finish_reason"))
    for key in _REASONING_KEYS:
        text = text_of(get(message, key))
        if text:
            parsed.segments.append(ReasoningSegment(text=text, source=key))
    parsed.output = text_of(get(message, "content"))
    parsed.tool_calls = chat_tool_calls(get(message, "tool_calls"))
    return parsed


class _ChatStream:
    """Merges ``chat.completion.chunk`` deltas of the first choice."""

    def __init__(self) -> None:
        self.reasoning: dict[str, list[str]] = {key: [] for key in _REASONING_KEYS}
        self.content: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.parsed = Parsed()

    def add(self, chunk: Any) -> None:
        text = compacted(chunk)
        if text is not None:
            key, piece = text
            (self.content if key == "content" else self.reasoning[key]).append(piece)
            return
        parsed = self.parsed
        data = fields(chunk)
        parsed.model = parsed.model or text_of(data.get("model"))
        usage = data.get("usage")
        if usage is not None:
            parsed.usage = chat_usage(usage)
        for choice in items(data.get("choices")):
            choice_data = fields(choice)
            if choice_data.get("index") not in (0, None):
                continue
            finish = text_of(choice_data.get("finish_reason"))
            if finish:
                parsed.metadata["finish_reason"] = finish
            delta = choice_data.get("delta")
            if delta is not None:
                self._delta(fields(delta))

    def _delta(self, delta: Mapping[str, Any] | Any) -> None:
        for key, parts in self.reasoning.items():
            text = delta.get(key)
            if text and isinstance(text, str):
                parts.append(text)
        text = delta.get("content")
        if text and isinstance(text, str):
            self.content.append(text)
        for call in items(delta.get("tool_calls")):
            index = get(call, "index")
            slot = self.calls.setdefault(index if isinstance(index, int) else 0, {})
            slot["id"] = slot.get("id") or text_of(get(call, "id"))
            function = get(call, "function")
            slot["name"] = slot.get("name", "") + text_of(get(function, "name"))
            slot["arguments"] = slot.get("arguments", "") + text_of(get(function, "arguments"))

    def result(self) -> Parsed:
        parsed = self.parsed
        for key, parts in self.reasoning.items():
            if parts:
                parsed.segments.append(ReasoningSegment(text="".join(parts), source=key))
        parsed.output = "".join(self.content)
        parsed.tool_calls = [
            ToolCall(id=slot["id"] or None, name=slot["name"], arguments=slot["arguments"])
            for _index, slot in sorted(self.calls.items())
        ]
        return parsed


@register("openai.chat")
def normalize_chat(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """A Chat Completions capture (response or streamed chunks) as a Trace.

    .. versionadded:: 0.1.0
    """
    if raw.chunks is not None:
        merger = _ChatStream()
        for chunk in paced(raw.chunks):
            merger.add(chunk)
        parsed = merger.result()
    elif raw.response is not None:
        parsed = _chat_response(as_data(raw.response))
    else:
        parsed = Parsed()
    parsed.take_think_tags(think_tags)
    return build_trace(raw, parsed, provider="openai", operation="chat")


def _responses_usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    details = get(usage, "output_tokens_details")
    return Usage(
        input_tokens=int_or_none(get(usage, "input_tokens")),
        output_tokens=int_or_none(get(usage, "output_tokens")),
        reasoning_tokens=None if details is None else int_or_none(get(details, "reasoning_tokens")),
        total_tokens=int_or_none(get(usage, "total_tokens")),
    )


def reasoning_item_segments(item: Any) -> list[ReasoningSegment]:
    """The segments of one Responses ``reasoning`` item (summary, text or encrypted only)."""
    out = [
        ReasoningSegment(text=text, visibility="summary", source="responses_summary")
        for part in items(get(item, "summary"))
        if (text := text_of(get(part, "text")))
    ]
    out += [
        ReasoningSegment(text=text, source="responses_text")
        for part in items(get(item, "content"))
        if (text := text_of(get(part, "text")))
    ]
    if not out and text_of(get(item, "encrypted_content")):
        out.append(ReasoningSegment(visibility="encrypted", source="responses_encrypted"))
    return out


def _function_call(item: Any) -> ToolCall:
    return ToolCall(
        id=text_of(get(item, "call_id")) or text_of(get(item, "id")) or None,
        name=text_of(get(item, "name")),
        arguments=text_of(get(item, "arguments")),
    )


def _responses_response(data: Any) -> Parsed:
    parsed = Parsed(model=text_of(get(data, "model")), usage=_responses_usage(get(data, "usage")))
    parsed.metadata["response_id"] = text_of(get(data, "id"))
    parsed.metadata["status"] = text_of(get(data, "status"))
    texts = []
    for item in items(get(data, "output")):
        kind = get(item, "type")
        if kind == "reasoning":
            parsed.segments += reasoning_item_segments(item)
        elif kind == "message":
            texts += [text_of(get(part, "text")) for part in items(get(item, "content"))]
        elif kind == "function_call":
            parsed.tool_calls.append(_function_call(item))
    parsed.output = "".join(texts)
    return parsed


_FINAL_EVENTS = ("response.completed", "response.incomplete", "response.failed")
_DELTA_SOURCES: dict[str, tuple[Visibility, str]] = {
    "response.reasoning_summary_text.delta": ("summary", "responses_summary"),
    "response.reasoning_text.delta": ("readable", "responses_text"),
}


def _responses_events(events: Sequence[Any]) -> Parsed:
    for event in reversed(events):
        if get(event, "type") in _FINAL_EVENTS and get(event, "response") is not None:
            return _responses_response(get(event, "response"))
    # Cut short: rebuild what arrived from the deltas.
    parsed = Parsed()
    reasoning: dict[str, list[str]] = {kind: [] for kind, _source in _DELTA_SOURCES.values()}
    output: list[str] = []
    for event in events:
        kind = get(event, "type")
        if kind in _DELTA_SOURCES:
            reasoning[_DELTA_SOURCES[kind][0]].append(text_of(get(event, "delta")))
        elif kind == "response.output_text.delta":
            output.append(text_of(get(event, "delta")))
        elif kind == "response.created":
            parsed.model = text_of(get(get(event, "response"), "model"))
        elif kind == "response.output_item.done" and get(get(event, "item"), "type") == (
            "function_call"
        ):
            parsed.tool_calls.append(_function_call(get(event, "item")))
    for visibility, source in _DELTA_SOURCES.values():
        text = "".join(reasoning[visibility])
        if text:
            parsed.segments.append(
                ReasoningSegment(text=text, visibility=visibility, source=source)
            )
    parsed.output = "".join(output)
    return parsed


@register("openai.responses")
def normalize_responses(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """A Responses API capture (response or streamed events) as a Trace.

    .. versionadded:: 0.1.0
    """
    parsed = parse_capture(raw, _responses_events, _responses_response, think_tags)
    parsed.metadata.update(_conversation_of(raw.request))
    return build_trace(raw, parsed, provider="openai", operation="responses")


def _conversation_of(request: Any) -> dict[str, str]:
    """The conversation a Responses request continues: the sessions' grouping keys."""
    if not isinstance(request, Mapping):
        return {}
    out: dict[str, str] = {}
    conversation = request.get("conversation")
    if isinstance(conversation, Mapping):
        conversation = conversation.get("id")
    if isinstance(conversation, str) and conversation:
        out["conversation_id"] = conversation
    previous = request.get("previous_response_id")
    if isinstance(previous, str) and previous:
        out["previous_response_id"] = previous
    return out
