"""What one streamed chunk adds: reasoning text, the start of the answer, or a tool call.

One small stateful reader per stream and wire shape, cheap enough to run on every chunk on
the caller's thread (a few attribute reads; no merging). The guard uses it to know when the
reasoning ends and the answer begins; the early-alert watcher uses it to feed the windows.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cotmonitor.capture.compact import compacted
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


class ChatReader:
    """Chat Completions chunks (OpenAI SDK and litellm), ``<think>`` tags in the content too."""

    def __init__(self, think_tags: Sequence[str] = ()) -> None:
        self._think = ThinkStream(think_tags) if think_tags else None

    def __call__(self, chunk: Any) -> tuple[str, int]:
        kept = compacted(chunk)
        if kept is not None:
            key, piece = kept
            text, content, calls = ("", piece, None) if key == "content" else (piece, None, None)
        else:
            delta = _first_delta(chunk)
            if delta is None:
                return "", OTHER
            text, content, calls = _delta_parts(delta)
        kind = OTHER
        if content and isinstance(content, str):
            thought, said = self._think.feed(content) if self._think else ("", content)
            text += thought
            if said:
                kind = ANSWER
        if calls:
            kind = TOOL
        elif kind == OTHER and text:
            kind = REASONING
        return text, kind


def _first_delta(chunk: Any) -> Any:
    """The delta of choice 0, read as attributes (SDK objects) or keys (dicts)."""
    try:
        choices = chunk.choices
    except AttributeError:
        choices = get(chunk, "choices")
    if not choices:
        return None
    choice = choices[0]
    try:
        index, delta = choice.index, choice.delta
    except AttributeError:
        index, delta = get(choice, "index"), get(choice, "delta")
    return delta if index in (0, None) else None


_NO_EXTRA: dict[str, Any] = {}


def _delta_parts(delta: Any) -> tuple[str, Any, Any]:
    """``(reasoning text, content, tool calls)`` of a delta.

    A pydantic model keeps some keys in its fields and some among its extras (the OpenAI SDK
    puts ``reasoning_content`` there, litellm's ``Delta`` its content and tool calls): both
    dicts are read directly, since this runs on every chunk. Anything else is read as ``get``
    reads it.
    """
    fields = getattr(delta, "__dict__", None)
    if type(fields) is dict:
        extra = getattr(delta, "__pydantic_extra__", None) or _NO_EXTRA
        reasoning = (
            fields.get("reasoning_content")
            or extra.get("reasoning_content")
            or fields.get("reasoning")
            or extra.get("reasoning")
        )
        calls = (
            fields.get("tool_calls")
            or extra.get("tool_calls")
            or fields.get("function_call")
            or extra.get("function_call")
        )
        content = fields.get("content") or extra.get("content")
    else:
        reasoning = get(delta, "reasoning_content") or get(delta, "reasoning")
        calls = get(delta, "tool_calls") or get(delta, "function_call")
        content = get(delta, "content")
    return (reasoning if isinstance(reasoning, str) else ""), content, calls


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


class OllamaReader:
    """Ollama ``/api/chat`` stream objects: ``message.thinking``, content, tool calls."""

    def __init__(self, think_tags: Sequence[str] = ()) -> None:
        self._think = ThinkStream(think_tags) if think_tags else None

    def __call__(self, chunk: Any) -> tuple[str, int]:
        message = get(chunk, "message")
        if message is None:
            return "", OTHER
        thinking = get(message, "thinking")
        text = thinking if isinstance(thinking, str) else ""
        content = get(message, "content")
        kind = REASONING if text else OTHER
        if content and isinstance(content, str):
            thought, said = self._think.feed(content) if self._think else ("", content)
            text += thought
            kind = ANSWER if said else (REASONING if text else kind)
        if get(message, "tool_calls"):
            kind = TOOL
        return text, kind


def read_gemini(response: Any) -> tuple[str, int]:
    """Gemini stream responses: thought parts are reasoning, function calls tools."""
    candidates = get(response, "candidates")
    content = get(candidates[0], "content") if candidates else None
    parts = get(content, "parts") if content is not None else None
    text, kind = "", OTHER
    for part in parts or ():
        if get(part, "function_call") is not None or get(part, "functionCall") is not None:
            kind = TOOL
        elif get(part, "thought"):
            piece = get(part, "text")
            text += piece if isinstance(piece, str) else ""
            kind = max(kind, REASONING)
        elif get(part, "text"):
            kind = max(kind, ANSWER)
    return text, kind


def read_converse(event: Any) -> tuple[str, int]:
    """Bedrock ``ConverseStream`` events (dicts keyed by event type)."""
    if not isinstance(event, dict):
        return "", OTHER
    start = event.get("contentBlockStart")
    if start is not None:
        return "", TOOL if get(get(start, "start"), "toolUse") is not None else OTHER
    delta = get(event.get("contentBlockDelta"), "delta")
    if delta is None:
        return "", OTHER
    reasoning = get(delta, "reasoningContent")
    if reasoning is not None:
        text = get(reasoning, "text")
        return (text if isinstance(text, str) else ""), REASONING
    if get(delta, "toolUse") is not None:
        return "", TOOL
    return "", ANSWER if get(delta, "text") else OTHER


# Readers kept per stream (they remember state), or shared (they do not).
_STATEFUL: dict[str, Callable[[Sequence[str]], Reader]] = {
    "openai.chat": ChatReader,
    "litellm": ChatReader,
    "anthropic.messages": lambda _tags: AnthropicReader(),
    "ollama.chat": OllamaReader,
}
_STATELESS: dict[str, Reader] = {
    "openai.responses": read_responses,
    "gemini": read_gemini,
    "bedrock.converse": read_converse,
}


def reader_for(kind: CaptureKind, think_tags: Sequence[str] = ()) -> Reader | None:
    """A fresh reader for one stream of this capture kind (``None``: nothing to read)."""
    make = _STATEFUL.get(kind)
    if make is not None:
        return make(think_tags)
    return _STATELESS.get(kind)
