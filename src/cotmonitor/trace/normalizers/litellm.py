"""litellm (``litellm``) -> Trace: litellm's normalized chat shape, streamed or not.

litellm puts every provider's reasoning in the same few places on the message (or delta):
``thinking_blocks`` (Anthropic-style, with signatures and ``redacted_thinking``),
``reasoning_content`` (the joined text), ``reasoning_items`` (Responses API items: summaries
and ``encrypted_content``), and, for open models it does not parse, ``<think>`` tags left in
``content``. litellm's own tag parser only matches a tag at the very start of the content,
so output that starts inside the block (``...</think>answer``, as DeepSeek-R1 templates
produce) reaches us unparsed: the tags are parsed again here.

Accepts ``litellm.ModelResponse``/``ModelResponseStream`` objects and plain dicts alike.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import ReasoningSegment, Trace, Visibility
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import (
    Parsed,
    as_data,
    build_trace,
    get,
    items,
    text_of,
)
from cotmonitor.trace.normalizers.litellm_stream import merge_chunks
from cotmonitor.trace.normalizers.openai import chat_tool_calls, chat_usage
from cotmonitor.trace.think import DEFAULT_THINK_TAGS


@register("litellm")
def normalize_litellm(raw: RawCapture, think_tags: Sequence[str] = DEFAULT_THINK_TAGS) -> Trace:
    """Turn one captured litellm completion into a Trace.

    Raises:
        CaptureError: the response or chunks are not in litellm's chat shape.
    """
    if raw.chunks is not None:
        response: Any = merge_chunks(raw.chunks)
    else:
        response = as_data(raw.response) if raw.response is not None else {}
    if not isinstance(response, Mapping) and not hasattr(response, "choices"):
        raise CaptureError(f"litellm response is a {type(response).__name__}, not a completion")
    parsed, finish_reason = _parse(response)
    parsed.take_think_tags(think_tags)
    trace = build_trace(raw, parsed, provider=provider_of(raw), operation="chat")
    update: dict[str, Any] = {}
    if raw.chunks is None and raw.request.get("stream"):
        # A stream litellm assembled itself (the callback path): it streamed all the same.
        update["stream"] = True
    if raw.chunks is not None and trace.complete and finish_reason is None:
        update.update(complete=False, error="stream ended before a finish_reason")
    return trace.model_copy(update=update) if update else trace


def provider_of(raw: RawCapture) -> str:
    """The provider litellm routed the call to.

    From (first found) the capture, the response's hidden params (objects only: a dumped
    response loses them), the ``custom_llm_provider`` argument, or the ``provider/`` prefix
    of the model name.
    """
    if raw.provider:
        return raw.provider
    hidden = getattr(raw.response, "_hidden_params", None)
    if isinstance(hidden, Mapping) and hidden.get("custom_llm_provider"):
        return str(hidden["custom_llm_provider"])
    explicit = raw.request.get("custom_llm_provider")
    if explicit:
        return str(explicit)
    model = str(raw.request.get("model") or "")
    return model.split("/", 1)[0] if "/" in model else "litellm"


def _parse(response: Any) -> tuple[Parsed, str | None]:
    parsed = Parsed(model=text_of(get(response, "model")), usage=chat_usage(get(response, "usage")))
    response_id = text_of(get(response, "id"))
    if response_id:
        parsed.metadata["response_id"] = response_id
    choices = items(get(response, "choices"))
    if not choices:
        return parsed, None
    finish_reason = get(choices[0], "finish_reason")
    if isinstance(finish_reason, str):
        parsed.metadata["finish_reason"] = finish_reason
    message = get(choices[0], "message")
    parsed.segments = reasoning_segments(message)
    parsed.output = text_of(get(message, "content"))
    parsed.tool_calls = chat_tool_calls(get(message, "tool_calls"))
    return parsed, finish_reason if isinstance(finish_reason, str) else None


def reasoning_segments(message: Any) -> list[ReasoningSegment]:
    """The reasoning of one litellm message, from its richest field.

    ``thinking_blocks`` win over ``reasoning_content`` because litellm fills the latter by
    joining the former, and only the blocks keep signatures and redactions.
    """
    blocks = items(get(message, "thinking_blocks"))
    if blocks:
        return [_block_segment(block) for block in blocks]
    for key in ("reasoning_content", "reasoning"):
        text = text_of(get(message, key))
        if text:
            return [ReasoningSegment(text=text, source=key)]
    return [_item_segment(item) for item in items(get(message, "reasoning_items"))]


def _block_segment(block: Any) -> ReasoningSegment:
    if get(block, "type") == "redacted_thinking":
        data = text_of(get(block, "data")) or None
        return ReasoningSegment(visibility="redacted", source="redacted_thinking", signature=data)
    text = text_of(get(block, "thinking"))
    signature = text_of(get(block, "signature")) or None
    visibility: Visibility = "readable" if text.strip() else "redacted"
    return ReasoningSegment(
        text=text, visibility=visibility, source="thinking_block", signature=signature
    )


def _item_segment(item: Any) -> ReasoningSegment:
    summary = "\n\n".join(
        text
        for text in (text_of(get(part, "text")) for part in items(get(item, "summary")))
        if text
    )
    encrypted = text_of(get(item, "encrypted_content")) or None
    if summary:
        return ReasoningSegment(
            text=summary, visibility="summary", source="responses_summary", signature=encrypted
        )
    visibility: Visibility = "encrypted" if encrypted else "absent"
    return ReasoningSegment(visibility=visibility, source="reasoning_item", signature=encrypted)
