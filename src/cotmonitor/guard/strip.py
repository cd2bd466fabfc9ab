"""``strip_tool_calls``: the same response object type, without its tool calls.

A stripped response is a copy (``model_copy``) of the SDK object, so its type and every
other field stay as they came; the stop reason that announced tool calls is changed to the
plain one (``tool_calls`` to ``stop``, ``tool_use`` to ``end_turn``), since an agent loop
reads it to decide whether to run tools. Streams drop the chunks that carry tool calls and
renumber the blocks or output items after them, so the SDKs' stream helpers assemble a
consistent message. A response this module cannot copy (a raw HTTP response) is not
stripped: the guard blocks it instead.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cotmonitor.capture.record import CaptureKind
from cotmonitor.incremental.readers import TOOL, anthropic_tool_block, responses_tool_item
from cotmonitor.trace.normalizers.base import get

Stripper = Callable[[Any, int], Any]
"""Maps a chunk and its reader kind to the chunk to pass on, or ``None`` to drop it."""


def _copy(obj: Any, **update: Any) -> Any:
    return obj.model_copy(update=update)


def _chat_choice(choice: Any) -> Any:
    message = get(choice, "message")
    finish = get(choice, "finish_reason")
    update: dict[str, Any] = {}
    if message is not None and (get(message, "tool_calls") or get(message, "function_call")):
        update["message"] = _copy(message, tool_calls=None, function_call=None)
    if finish in ("tool_calls", "function_call"):
        update["finish_reason"] = "stop"
    return _copy(choice, **update) if update else choice


def _strip_chat(response: Any) -> Any:
    return _copy(response, choices=[_chat_choice(c) for c in get(response, "choices") or ()])


def _strip_responses(response: Any) -> Any:
    output = [item for item in get(response, "output") or () if not responses_tool_item(item)]
    return _copy(response, output=output)


def _strip_anthropic(response: Any) -> Any:
    content = [
        b for b in get(response, "content") or () if not anthropic_tool_block(get(b, "type"))
    ]
    update: dict[str, Any] = {"content": content}
    if get(response, "stop_reason") == "tool_use":
        update["stop_reason"] = "end_turn"
    return _copy(response, **update)


_RESPONSE_STRIPPERS: dict[str, Callable[[Any], Any]] = {
    "openai.chat": _strip_chat,
    "litellm": _strip_chat,
    "openai.responses": _strip_responses,
    "anthropic.messages": _strip_anthropic,
}


def strip_response(kind: CaptureKind, response: Any) -> Any | None:
    """A copy of ``response`` without tool calls; ``None`` when it cannot be copied."""
    strip = _RESPONSE_STRIPPERS.get(kind)
    if strip is None or not hasattr(response, "model_copy"):
        return None
    return strip(response)


def _chat_chunk(chunk: Any, kind: int) -> Any:
    choices = get(chunk, "choices") or ()
    if not choices:
        return chunk
    choice = choices[0]
    delta = get(choice, "delta")
    if kind == TOOL:
        if delta is None or not (get(delta, "content") or get(delta, "role")):
            return None
        choice = _copy(choice, delta=_copy(delta, tool_calls=None, function_call=None))
    if get(choice, "finish_reason") in ("tool_calls", "function_call"):
        choice = _copy(choice, finish_reason="stop")
    if choice is choices[0]:
        return chunk
    return _copy(chunk, choices=[choice, *choices[1:]])


class _Renumbered:
    """Drops the events of tool blocks (or output items) and renumbers what follows them.

    Args:
        field: the event field holding the block's index.
        amend: rewrites the other events that mention tool calls (``None``: keep as is).
    """

    def __init__(self, field: str, amend: Callable[[Any], Any | None]) -> None:
        self.field = field
        self.amend = amend
        self.dropped: set[int] = set()

    def __call__(self, event: Any, kind: int) -> Any:
        index = get(event, self.field)
        if kind == TOOL:
            self.dropped.add(index if isinstance(index, int) else 0)
            return None
        amended = self.amend(event)
        if amended is not None:
            return amended
        if not isinstance(index, int) or not self.dropped:
            return event
        if index in self.dropped:
            return None
        before = sum(1 for gone in self.dropped if gone < index)
        return _copy(event, **{self.field: index - before}) if before else event


def _anthropic_stop(event: Any) -> Any | None:
    if get(event, "type") != "message_delta":
        return None
    delta = get(event, "delta")
    if get(delta, "stop_reason") != "tool_use":
        return None
    return _copy(event, delta=_copy(delta, stop_reason="end_turn"))


def _responses_final(event: Any) -> Any | None:
    response = get(event, "response")
    if response is None or get(event, "type") not in ("response.completed", "response.incomplete"):
        return None
    return _copy(event, response=_strip_responses(response))


def chunk_stripper(kind: CaptureKind) -> Stripper | None:
    """A fresh stripper for one stream of this kind (``None``: its chunks cannot be stripped)."""
    if kind in ("openai.chat", "litellm"):
        return _chat_chunk
    if kind == "anthropic.messages":
        return _Renumbered("index", _anthropic_stop)
    if kind == "openai.responses":
        return _Renumbered("output_index", _responses_final)
    return None
