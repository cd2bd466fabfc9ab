"""The normalized record of one LLM call: data only, no I/O.

A ``Trace`` is what every stage after capture sees, whether it came from a live wrapped
client, a replayed log line or a hand-written test. It is a frozen pydantic model so it
validates and round-trips through JSON (the replay input format).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Visibility = Literal["readable", "summary", "redacted", "encrypted", "absent"]
"""How much of the model's reasoning a monitor can read.

``readable``: the reasoning text itself; ``summary``: a provider-written summary of it
(Claude 4 thinking, Responses API summaries); ``redacted``: withheld but signalled
(Anthropic ``redacted_thinking``, ``display: "omitted"``); ``encrypted``: present only as an
opaque blob; ``absent``: no reasoning at all in the response.
"""

_VISIBILITY_ORDER: dict[str, int] = {
    "readable": 0,
    "summary": 1,
    "redacted": 2,
    "encrypted": 3,
    "absent": 4,
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReasoningSegment(_Frozen):
    """One piece of reasoning as the provider returned it.

    Aligned with OpenTelemetry's GenAI ``ReasoningPart`` (``{"type": "reasoning", "content": ...}``)
    plus what a monitor needs to know about its readability.
    """

    text: str = ""
    visibility: Visibility = "readable"
    source: str = "reasoning"
    """Where the text was found: ``reasoning_content``, ``reasoning``, ``think_tag``,
    ``thinking_block``, ``redacted_thinking``, ``responses_summary``, ``responses_text`` ..."""
    signature: str | None = None


class ToolCall(_Frozen):
    """A tool (function) call the model asked for."""

    id: str | None = None
    name: str = ""
    arguments: str = ""
    """The arguments as the model wrote them (usually a JSON string)."""


class Usage(_Frozen):
    """Token counts; ``None`` where the provider did not say."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    reasoning_tokens: int | None = None
    total_tokens: int | None = None


def _new_id() -> str:
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Trace(_Frozen):
    """One LLM call, normalized.

    Construct by hand for tests and replay::

        Trace(messages=[{"role": "user", "content": "..."}], reasoning="...", output="...",
              model="m", provider="openai")

    ``reasoning`` is the joined reasoning text; ``segments`` keeps the pieces and their
    visibility. Give either one: the other is derived.

    .. versionadded:: 0.1.0
    """

    id: str = Field(default_factory=_new_id)
    time: datetime = Field(default_factory=_now)
    provider: str = "unknown"
    model: str = "unknown"
    operation: str = "chat"
    messages: tuple[dict[str, Any], ...] = ()
    """The request messages in the OpenAI chat shape (``role`` and ``content``)."""
    reasoning: str = ""
    segments: tuple[ReasoningSegment, ...] = ()
    output: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    usage: Usage = Field(default_factory=Usage)
    latency_s: float | None = None
    time_to_first_chunk_s: float | None = None
    stream: bool = False
    labels: dict[str, str] = Field(default_factory=dict)
    complete: bool = True
    """False when the call did not finish: a stream cut short, abandoned or failed."""
    error: str | None = None
    """Why the trace is incomplete (an exception type, ``stream abandoned`` ...)."""
    metadata: dict[str, Any] = Field(default_factory=dict)
    """Free-form extra data (response id, finish reason ...). Never exported as labels."""

    @model_validator(mode="after")
    def _derive_reasoning(self) -> Trace:
        if self.reasoning and not self.segments:
            object.__setattr__(self, "segments", (ReasoningSegment(text=self.reasoning),))
        elif self.segments and not self.reasoning:
            joined = "\n\n".join(s.text for s in self.segments if s.text)
            object.__setattr__(self, "reasoning", joined)
        return self

    @property
    def visibility(self) -> Visibility:
        """The most readable visibility among the segments, ``absent`` when there are none."""
        best: Visibility = "absent"
        for segment in self.segments:
            kind = segment.visibility
            if kind in ("readable", "summary") and not segment.text.strip():
                continue
            if _VISIBILITY_ORDER[kind] < _VISIBILITY_ORDER[best]:
                best = kind
        return best

    def message_text(self, index: int) -> str:
        """The text of request message ``index``, with content parts joined."""
        return message_text(self.messages[index])

    def prompt_texts(self) -> list[tuple[int, str, str]]:
        """``(index, role, text)`` for every request message that has text."""
        out = []
        for i, message in enumerate(self.messages):
            text = message_text(message)
            if text:
                out.append((i, message_role(message), text))
        return out


_RESULT_ITEMS = frozenset({"function_call_output", "custom_tool_call_output"})
"""Responses API input items that carry a tool's result in ``output``, not ``content``."""


def _is_result_item(message: dict[str, Any]) -> bool:
    # A logged request may hold anything under "type": only a string names an item.
    kind = message.get("type")
    return isinstance(kind, str) and kind in _RESULT_ITEMS


def message_text(message: dict[str, Any]) -> str:
    """The text of one request message: its ``content``, or a Responses tool result's ``output``.

    .. versionadded:: 0.3.0
    """
    if "content" not in message and _is_result_item(message):
        return content_text(message.get("output"))
    return content_text(message.get("content"))


def message_role(message: dict[str, Any]) -> str:
    """The role of one request message (``tool`` for a Responses tool result item).

    .. versionadded:: 0.3.0
    """
    role = message.get("role")
    if role is None and _is_result_item(message):
        return "tool"
    return str(role or "")


def content_text(content: Any) -> str:
    """Join the text of a message ``content`` in the OpenAI or Anthropic shape."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                text = part.get("text", part.get("content"))
                if isinstance(text, str):
                    parts.append(text)
                elif isinstance(text, list) and (nested := content_text(text)):
                    # An Anthropic tool_result block holds its own list of text blocks.
                    parts.append(nested)
        return "\n".join(parts)
    return ""
