"""Responders: what the local server answers to a request when no reply is scripted.

A responder is any callable from ``ServerRequest`` to ``Reply``. ``echo_responder`` answers
every prompt with a short made-up reasoning; ``TraceResponder`` answers from a JSONL file of
example traces, matched on the last user message.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from cotmonitor.errors import ConfigError
from cotmonitor.localserver.reply import ReasoningField, Reply, ServerRequest

Responder = Callable[[ServerRequest], Reply]
"""Maps one parsed request to the reply the server sends."""


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [part.get("text", "") for part in content if isinstance(part, dict)]
        return "\n".join(text for text in texts if isinstance(text, str))
    return ""


def last_user_text(body: Mapping[str, Any]) -> str:
    """The text of the last user message of an OpenAI, Responses or Anthropic request body."""
    items = body.get("messages")
    if items is None:
        items = body.get("input", "")
        if isinstance(items, str):
            return items
    if not isinstance(items, list):
        return ""
    for item in reversed(items):
        if isinstance(item, dict) and item.get("role", "user") == "user":
            return _content_text(item.get("content"))
    return ""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def echo_responder(request: ServerRequest) -> Reply:
    """Answer any prompt with a short reasoning that quotes it (the server's default).

    .. versionadded:: 0.1.0
    """
    prompt = last_user_text(request.body).strip() or "(empty prompt)"
    reasoning = f"The user wrote: {prompt[:200]}. I will answer briefly and plainly."
    return Reply(content=f"Echo: {prompt[:200]}", reasoning=reasoning)


def bundled_examples() -> Path:
    """The path of the example traces that ship with the package.

    .. versionadded:: 0.1.0
    """
    return Path(str(resources.files("cotmonitor.localserver").joinpath("examples.jsonl")))


def _record_prompt(record: Mapping[str, Any]) -> str:
    if "prompt" in record:
        return str(record["prompt"])
    return last_user_text({"messages": record.get("messages", [])})


def _record_reply(record: Mapping[str, Any], reasoning_field: ReasoningField) -> Reply:
    calls = tuple(
        {"name": str(call.get("name", "")), "arguments": str(call.get("arguments", "{}"))}
        for call in record.get("tool_calls", ())
    )
    return Reply(
        content=str(record.get("output", "")),
        reasoning=str(record.get("reasoning", "")),
        reasoning_field=record.get("reasoning_field", reasoning_field),
        tool_calls=calls,
        model=record.get("model"),
    )


class TraceResponder:
    """Answers from example traces, matched on the last user message (whitespace and case folded).

    Each JSONL line is a trace-shaped object: ``messages`` (OpenAI chat shape) or ``prompt``,
    ``reasoning``, ``output``, optional ``tool_calls`` (``name``/``arguments``), ``model`` and
    ``reasoning_field``. Prompts with no matching trace go to ``fallback``.

    Args:
        records: a JSONL path, or the parsed records.
        fallback: the responder for unmatched prompts.
        reasoning_field: where chat replies put the reasoning unless a record says otherwise.

    Raises:
        ConfigError: a line of the file is not a JSON object.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        records: str | Path | Iterable[Mapping[str, Any]],
        *,
        fallback: Responder = echo_responder,
        reasoning_field: ReasoningField = "reasoning_content",
    ) -> None:
        loaded = _load(Path(records)) if isinstance(records, (str, Path)) else list(records)
        self.records: list[Mapping[str, Any]] = list(loaded)
        self.fallback = fallback
        self.replies = {
            _key(_record_prompt(record)): _record_reply(record, reasoning_field)
            for record in loaded
        }

    def __call__(self, request: ServerRequest) -> Reply:
        reply = self.replies.get(_key(last_user_text(request.body)))
        return reply if reply is not None else self.fallback(request)


def _load(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ConfigError(f"{path.name}:{number}: not JSON ({e.msg})") from e
            if not isinstance(record, dict):
                raise ConfigError(f"{path.name}:{number}: expected a JSON object")
            records.append(record)
    return records
