"""What one streamed chunk adds: reasoning text, the start of the answer, or a tool call.

One small stateful reader per stream and wire shape, cheap enough to run on every chunk on
the caller's thread (a few attribute reads; no merging). The guard uses it to know when the
reasoning ends and the answer begins; the early-alert watcher uses it to feed the windows.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cotmonitor.capture.record import CaptureKind
from cotmonitor.trace.normalizers.base import get
from cotmonitor.trace.think import ThinkStream

OTHER = 0
"""Metadata: role, usage, signatures, stop events."""
REASONING = 1
"""Carries reasoning text only."""
ANSWER = 2
"""Starts or carries the answer (text, refusal, the final response of an event stream)."""
TOOL = 3
"""Starts or carries a tool call."""

Reader = Callable[[Any], tuple[str, int]]
"""Maps a chunk to ``(reasoning text it adds, kind)``."""

_CHAT_REASONING = ("reasoning_content", "reasoning")


class ChatReader:
    """Chat Completions chunks (OpenAI SDK and litellm), ``<think>`` tags in the content too."""

    def __init__(self, think_tags: Sequence[str] = ()) -> None:
        self._think = ThinkStream(think_tags) if think_tags else None

    def __call__(self, chunk: Any) -> tuple[str, int]:
        choices = get(chunk, "choices")
        if not choices:
            return "", OTHER
        choice = choices[0]
        delta = get(choice, "delta")
        if delta is None or get(choice, "index") not in (0, None):
            return "", OTHER
        text = ""
        for key in _CHAT_REASONING:
            value = get(delta, key)
            if value and isinstance(value, str):
                text += value
        kind = OTHER
        content = get(delta, "content")
        if content and isinstance(content, str):
            thought, said = self._think.feed(content) if self._think else ("", content)
            text += thought
            if said:
                kind = ANSWER
        if get(delta, "tool_calls") or get(delta, "function_call"):
            kind = TOOL
        elif kind == OTHER and text:
            kind = REASONING
        return text, kind


_RESPONSES_REASONING = frozenset(
    {"response.reasoning_summary_text.delta", "response.reasoning_text.delta"}
)
_RESPONSES_ANSWER = frozenset(
    {
        "response.output_text.delta",
        "response.refusal.delta",
        # The final event repeats the whole output, answer and tool calls included.
        "response.completed",
        "response.incomplete",
    }
)
_RESPONSES_ITEM_EVENTS = frozenset({"response.output_item.added", "response.output_item.done"})


def responses_tool_item(item: Any) -> bool:
    """Whether a Responses output item is a tool call (``function_call``, ``*_call``)."""
    kind = get(item, "type")
    return isinstance(kind, str) and kind.endswith("_call")


def read_responses(event: Any) -> tuple[str, int]:
    """Responses API stream events."""
    kind = get(event, "type")
    if kind in _RESPONSES_REASONING:
        delta = get(event, "delta")
        return (delta if isinstance(delta, str) else ""), REASONING
    if kind in _RESPONSES_ANSWER:
        return "", ANSWER
    if isinstance(kind, str) and kind.startswith("response.function_call_arguments."):
        return "", TOOL
    if kind in _RESPONSES_ITEM_EVENTS and responses_tool_item(get(event, "item")):
        return "", TOOL
    return "", OTHER


def anthropic_tool_block(block_type: Any) -> bool:
    """Whether an Anthropic block type is a tool call (``tool_use``, ``server_tool_use``)."""
    return isinstance(block_type, str) and block_type.endswith("tool_use")


class AnthropicReader:
    """Anthropic Messages stream events; remembers each block's type by index."""

    def __init__(self) -> None:
        self.blocks: dict[int, str] = {}

    def __call__(self, event: Any) -> tuple[str, int]:
        kind = get(event, "type")
        if kind == "content_block_delta":
            delta = get(event, "delta")
            delta_kind = _DELTA_KINDS.get(get(delta, "type"), OTHER)
            if delta_kind != REASONING:
                return "", delta_kind
            thought = get(delta, "thinking")
            return (thought if isinstance(thought, str) else ""), REASONING
        if kind == "content_block_start":
            block_type = str(get(get(event, "content_block"), "type") or "")
            self.blocks[get(event, "index") or 0] = block_type
            return "", _block_kind(block_type)
        if kind == "content_block_stop":
            return "", _block_kind(self.blocks.get(get(event, "index") or 0, ""))
        return "", OTHER


_DELTA_KINDS: dict[Any, int] = {
    "thinking_delta": REASONING,
    "text_delta": ANSWER,
    "citations_delta": ANSWER,
    "input_json_delta": TOOL,
}


def _block_kind(block_type: str) -> int:
    if block_type == "text":
        return ANSWER
    return TOOL if anthropic_tool_block(block_type) else OTHER


def reader_for(kind: CaptureKind, think_tags: Sequence[str] = ()) -> Reader | None:
    """A fresh reader for one stream of this capture kind (``None``: nothing to read)."""
    if kind in ("openai.chat", "litellm"):
        return ChatReader(think_tags)
    if kind == "openai.responses":
        return read_responses
    if kind == "anthropic.messages":
        return AnthropicReader()
    return None
