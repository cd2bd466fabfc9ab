"""What the local model server is asked (``ServerRequest``) and answers (``Reply``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Api = Literal[
    "openai.chat", "openai.responses", "anthropic.messages", "ollama.chat", "gemini",
    "bedrock.converse", "anthropic.bedrock", "anthropic.vertex",
]  # fmt: skip
ReasoningField = Literal["reasoning_content", "reasoning", "think_tag", "none"]


@dataclass(frozen=True, slots=True)
class ServerRequest:
    """One request the server received, parsed.

    Attributes:
        api: which wire format the path asked for.
        body: the JSON request body.
        headers: request headers, lower-cased names.
    """

    api: Api
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def model(self) -> str:
        """The requested model name (Gemini's comes from the path)."""
        return str(self.body.get("model", self.body.get("_model", "")))

    @property
    def stream(self) -> bool:
        """Whether the client asked for a stream."""
        return bool(self.body.get("stream", False))


@dataclass(frozen=True, slots=True)
class Reply:
    """What the server answers, in whichever wire format the request used.

    Attributes:
        content: the visible answer text.
        reasoning: the reasoning text ("" for none).
        reasoning_field: where chat-completions replies put the reasoning.
        tool_calls: ``{"name": ..., "arguments": <json str>}`` items.
        model: the model name to report (default: the requested one).
        status: HTTP status; non-2xx sends ``error_body`` (or a provider-shaped error).
        error_body: raw body for error replies.
        malformed: send a body that is not valid JSON (or a broken SSE event when streaming).
        cut_after_chunks: when streaming, drop the connection after this many chunks.
        chunk_size: characters of text per streamed chunk.
        delay_s: wait before answering.
        chunk_delay_s: wait between streamed chunks.
        redacted: for Anthropic, send the reasoning as a ``redacted_thinking`` block (for
            Bedrock, as ``redactedContent``).
        summary: for the Responses API, send the reasoning as a summary (else reasoning_text).
        encrypted: for the Responses API, also send ``encrypted_content``.
        usage: token counts to report; computed from the text when ``None``.
    """

    content: str = ""
    reasoning: str = ""
    reasoning_field: ReasoningField = "reasoning_content"
    tool_calls: tuple[dict[str, str], ...] = ()
    model: str | None = None
    status: int = 200
    error_body: str | None = None
    malformed: bool = False
    cut_after_chunks: int | None = None
    chunk_size: int = 80
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0
    redacted: bool = False
    summary: bool = True
    encrypted: bool = False
    usage: dict[str, int] | None = None
