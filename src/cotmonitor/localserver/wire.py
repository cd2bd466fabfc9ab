"""Pieces every wire format shares: SSE events, text splitting, token estimates, ids.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

from cotmonitor.localserver.reply import Reply

BROKEN_JSON = '{"broken": '
"""What a malformed reply sends instead of a JSON body or event payload."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One server-sent event: an optional ``event:`` name and a ``data:`` payload.

    ``data`` is a JSON-able dict, or a raw string sent as is (``[DONE]``, broken JSON).
    """

    data: dict[str, Any] | str
    event: str | None = None

    def encode(self) -> bytes:
        """The event as it goes on the wire, blank line included."""
        payload = self.data if isinstance(self.data, str) else json.dumps(self.data)
        head = f"event: {self.event}\n" if self.event else ""
        return f"{head}data: {payload}\n\n".encode()


@dataclass(frozen=True, slots=True)
class NDJSONLine:
    """One object of a newline-delimited JSON stream (Ollama's); shaped like ``SSEEvent``.

    ``data`` is a JSON-able dict, or a raw string sent as is (broken JSON).
    """

    data: dict[str, Any] | str
    event: str | None = None

    def encode(self) -> bytes:
        """The line as it goes on the wire, newline included."""
        payload = self.data if isinstance(self.data, str) else json.dumps(self.data)
        return f"{payload}\n".encode()


def pieces(text: str, size: int) -> list[str]:
    """Split ``text`` into consecutive pieces of at most ``size`` characters."""
    step = max(1, size)
    return [text[i : i + step] for i in range(0, len(text), step)]


def estimate_tokens(text: str) -> int:
    """A rough token count (four characters a token), at least 1 for any text."""
    return (len(text) + 3) // 4


@dataclass(frozen=True, slots=True)
class TokenCounts:
    """The token counts a reply reports."""

    input: int
    output: int
    reasoning: int


def token_counts(reply: Reply, prompt_text: str) -> TokenCounts:
    """The reply's explicit ``usage`` where given, else estimates from the texts."""
    given = reply.usage or {}
    reasoning = given.get("reasoning_tokens", estimate_tokens(reply.reasoning))
    tools = "".join(call.get("arguments", "") for call in reply.tool_calls)
    output = given.get("output_tokens", reasoning + estimate_tokens(reply.content + tools))
    return TokenCounts(
        input=given.get("input_tokens", estimate_tokens(prompt_text)),
        output=output,
        reasoning=reasoning,
    )


def new_id(prefix: str) -> str:
    """A fresh identifier with a provider-style prefix (``chatcmpl-``, ``msg_`` ...)."""
    return f"{prefix}{uuid.uuid4().hex[:24]}"


def now() -> int:
    """Seconds since the epoch, as the providers' ``created`` fields."""
    return int(time.time())


def request_text(body: dict[str, Any]) -> str:
    """All text of a request body's prompt, for token estimates."""
    return json.dumps(body.get("messages", body.get("input", "")))
