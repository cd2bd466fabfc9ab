"""Claude Agent SDK turns -> the parts of a Trace (pure: reads the objects, imports no SDK).

The CLI sends one assistant message per content block: a model response with a thinking
block and a tool call arrives as two ``AssistantMessage`` objects sharing a ``message_id``.
A ``Turn`` gathers them again. Its blocks are either the SDK's dataclasses (``ThinkingBlock``,
``TextBlock``, ``ToolUseBlock``) or the same blocks as JSON objects from the session's
transcript file; both read alike here.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cotmonitor.trace.model import ReasoningSegment, ToolCall, Usage
from cotmonitor.trace.normalizers.base import Parsed, get, int_or_none, items, text_of

_KINDS = {
    "ThinkingBlock": "thinking",
    "TextBlock": "text",
    "ToolUseBlock": "tool_use",
    "ToolResultBlock": "tool_result",
}
_TRANSCRIPT_TAIL = 4 * 1024 * 1024


def block_kind(block: Any) -> str:
    """``thinking``, ``text``, ``tool_use``, ``tool_result``, ``redacted_thinking``, ... ."""
    if isinstance(block, Mapping):
        return text_of(block.get("type"))
    return _KINDS.get(type(block).__name__, "")


@dataclass
class Turn:
    """One model response: the content blocks of the messages sharing its ``message_id``."""

    message_id: str
    model: str = ""
    blocks: list[Any] = field(default_factory=list)
    usage: Any = None
    session_id: str | None = None
    parent_tool_use_id: str | None = None
    stop_reason: str | None = None

    def tool_use_ids(self) -> list[str]:
        """The ids of the turn's tool calls, in order."""
        return [text_of(get(b, "id")) for b in self.blocks if block_kind(b) == "tool_use"]


def _tool_call(block: Any) -> ToolCall:
    arguments = get(block, "input")
    return ToolCall(
        id=text_of(get(block, "id")) or None,
        name=text_of(get(block, "name")),
        arguments=json.dumps(arguments if arguments is not None else {}),
    )


def _usage(usage: Any) -> Usage:
    if not isinstance(usage, Mapping):
        return Usage()
    details = usage.get("output_tokens_details")
    thinking = details.get("thinking_tokens") if isinstance(details, Mapping) else None
    input_tokens = int_or_none(usage.get("input_tokens"))
    output_tokens = int_or_none(usage.get("output_tokens"))
    both = input_tokens is not None and output_tokens is not None
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=int_or_none(thinking),
        total_tokens=(input_tokens or 0) + (output_tokens or 0) if both else None,
    )


def parse_turn(turn: Turn, think_tags: Sequence[str]) -> Parsed:
    """The thinking, answer text, tool calls and usage of one turn."""
    parsed = Parsed(model=turn.model, usage=_usage(turn.usage))
    texts: list[str] = []
    for block in turn.blocks:
        kind = block_kind(block)
        if kind == "thinking":
            text = text_of(get(block, "thinking"))
            signature = text_of(get(block, "signature")) or None
            if text:
                segment = ReasoningSegment(text=text, source="thinking", signature=signature)
            else:
                # Claude 4 models can omit the thinking text and keep only its signature.
                segment = ReasoningSegment(
                    visibility="redacted", source="thinking", signature=signature
                )
            parsed.segments.append(segment)
        elif kind == "redacted_thinking":
            data = text_of(get(block, "data")) or None
            parsed.segments.append(
                ReasoningSegment(visibility="redacted", source="redacted_thinking", signature=data)
            )
        elif kind == "text":
            texts.append(text_of(get(block, "text")))
        elif kind == "tool_use":
            parsed.tool_calls.append(_tool_call(block))
    parsed.output = "".join(texts)
    parsed.metadata["message_id"] = turn.message_id
    if turn.stop_reason:
        parsed.metadata["finish_reason"] = turn.stop_reason
    parsed.take_think_tags(think_tags)
    return parsed


def _result_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    texts = [text_of(get(part, "text")) for part in items(content)]
    return "\n".join(text for text in texts if text)


def user_messages(content: Any) -> list[dict[str, Any]]:
    """A user message's content in the OpenAI chat shape: the prompt, or tool results."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    out: list[dict[str, Any]] = []
    texts: list[str] = []
    for block in items(content):
        kind = block_kind(block)
        if kind == "tool_result":
            call_id = text_of(get(block, "tool_use_id"))
            result = _result_text(get(block, "content"))
            out.append({"role": "tool", "content": result, "tool_call_id": call_id})
        elif kind == "text":
            texts.append(text_of(get(block, "text")))
    if texts:
        out.insert(0, {"role": "user", "content": "\n".join(texts)})
    return out


def assistant_message(turn: Turn) -> dict[str, Any]:
    """A turn in the OpenAI chat shape, for the prompt of later turns (thinking left out)."""
    texts = [text_of(get(b, "text")) for b in turn.blocks if block_kind(b) == "text"]
    out: dict[str, Any] = {"role": "assistant", "content": "".join(texts)}
    calls = [_tool_call(b) for b in turn.blocks if block_kind(b) == "tool_use"]
    if calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ]
    return out


def _entries(path: Path) -> Iterable[Mapping[str, Any]]:
    with path.open("rb") as f:
        size = f.seek(0, 2)
        # A long session's transcript grows to megabytes: the turn in question is at its end.
        f.seek(max(0, size - _TRANSCRIPT_TAIL))
        data = f.read()
    lines = data.split(b"\n")
    if len(data) < size:
        lines = lines[1:]  # the first line was cut by the seek
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line still being written, or cut
        if isinstance(entry, Mapping):
            yield entry


def transcript_turn(
    path: str | Path, tool_use_id: str
) -> tuple[Turn, tuple[dict[str, Any], ...]] | None:
    """The turn holding ``tool_use_id`` in a session transcript, with the conversation before it.

    ``None`` while the CLI has not yet written that tool call (it writes the transcript a few
    milliseconds after it sends the message).
    """
    conversation: list[dict[str, Any]] = []
    turn: Turn | None = None
    found = False
    for entry in _entries(Path(path)):
        message = entry.get("message")
        if not isinstance(message, Mapping) or entry.get("isMeta"):
            continue
        kind = entry.get("type")
        message_id = text_of(message.get("id"))
        if turn is not None and (kind == "user" or message_id != turn.message_id):
            if found:
                break
            conversation.append(assistant_message(turn))
            turn = None
        if kind == "user":
            conversation += user_messages(message.get("content"))
        elif kind == "assistant":
            if turn is None:
                turn = Turn(
                    message_id=message_id,
                    model=text_of(message.get("model")),
                    usage=message.get("usage"),
                    session_id=text_of(entry.get("sessionId")) or None,
                    stop_reason=text_of(message.get("stop_reason")) or None,
                )
            turn.blocks += items(message.get("content"))
            found = found or tool_use_id in turn.tool_use_ids()
    if turn is None or not found:
        return None
    return turn, tuple(conversation)
