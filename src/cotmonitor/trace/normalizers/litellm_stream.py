"""Merge litellm's streamed chunks (``ModelResponseStream``) back into one response.

Only the first choice is kept, as the normalizer reads only that one. Text fields are
appended; a thinking block's text is appended to the open block and its signature (sent
once, at the block's end) set, which also closes the block; tool calls merge by ``index``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cotmonitor.errors import CaptureError
from cotmonitor.trace.normalizers.base import get, int_or_none, items, paced, text_of


class _Merged:
    def __init__(self) -> None:
        self.response: dict[str, Any] = {}
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.blocks: list[dict[str, Any]] = []
        self.tools: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None

    def add(self, chunk: Any) -> None:
        for key in ("id", "model"):
            if key not in self.response and text_of(get(chunk, key)):
                self.response[key] = get(chunk, key)
        if get(chunk, "usage") is not None:
            self.response["usage"] = get(chunk, "usage")
        for choice in items(get(chunk, "choices"))[:1]:
            finish_reason = get(choice, "finish_reason")
            if isinstance(finish_reason, str) and finish_reason:
                self.finish_reason = finish_reason
            delta = get(choice, "delta")
            if delta is not None:
                self._add_delta(delta)

    def _add_delta(self, delta: Any) -> None:
        self.content.append(text_of(get(delta, "content")))
        self.reasoning.append(text_of(get(delta, "reasoning_content") or get(delta, "reasoning")))
        for block in items(get(delta, "thinking_blocks")):
            self._add_block(block)
        for call in items(get(delta, "tool_calls")):
            self._add_tool(call)

    def _add_block(self, block: Any) -> None:
        kind = text_of(get(block, "type"))
        text, signature = text_of(get(block, "thinking")), text_of(get(block, "signature"))
        last = self.blocks[-1] if self.blocks else None
        # A block stays open until its signature arrives; deltas before that belong to it.
        if (
            kind == "thinking"
            and last is not None
            and last["type"] == "thinking"
            and not last["signature"]
        ):
            last["thinking"] += text
            last["signature"] = signature
            return
        self.blocks.append(
            {"type": kind, "thinking": text, "signature": signature, "data": get(block, "data")}
        )

    def _add_tool(self, call: Any) -> None:
        index = int_or_none(get(call, "index"))
        slot = self.tools.setdefault(
            len(self.tools) if index is None else index, {"id": None, "name": "", "arguments": ""}
        )
        slot["id"] = slot["id"] or text_of(get(call, "id")) or None
        function = get(call, "function")
        slot["name"] = slot["name"] or text_of(get(function, "name"))
        slot["arguments"] += text_of(get(function, "arguments"))

    def result(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": "".join(self.content),
            "reasoning_content": "".join(self.reasoning),
            "thinking_blocks": self.blocks,
            "tool_calls": [
                {
                    "id": slot["id"],
                    "function": {"name": slot["name"], "arguments": slot["arguments"]},
                }
                for _, slot in sorted(self.tools.items())
            ],
        }
        choice = {"index": 0, "message": message, "finish_reason": self.finish_reason}
        return {**self.response, "choices": [choice]}


def merge_chunks(chunks: Sequence[Any]) -> dict[str, Any]:
    """One response dict (``choices[0].message`` ...) from streamed chunks.

    Raises:
        CaptureError: a chunk is not a completion chunk.
    """
    merged = _Merged()
    for chunk in paced(chunks):
        if get(chunk, "choices") is None and get(chunk, "usage") is None:
            raise CaptureError(f"litellm stream chunk is a {type(chunk).__name__}")
        merged.add(chunk)
    return merged.result()
