"""``gen_ai.output.messages``: the call's answer in the GenAI conventions' output-message shape.

One assistant message, its ``parts`` in the order the model wrote them: a ``reasoning`` part
(``{"type": "reasoning", "content": ...}``, the conventions' ``ReasoningPart``), a ``text``
part, and one ``tool_call`` part per tool call (``ToolCallRequestPart``: id, name, arguments),
with the message's ``finish_reason`` (``stop``, ``length``, ``content_filter``, ``tool_call``
or ``error``). Text goes in only through ``content``, which returns ``None`` unless content
capture is on, after the redactor.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cotmonitor.trace.model import Trace

_FINISH_REASONS = {
    # OpenAI, litellm and OpenAI-compatible servers
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_call",
    "function_call": "tool_call",
    "content_filter": "content_filter",
    # Anthropic and Bedrock
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_call",
    "refusal": "content_filter",
    "content_filtered": "content_filter",
    "guardrail_intervened": "content_filter",
    # Responses status
    "completed": "stop",
    "incomplete": "length",
    "failed": "error",
}


def finish_reason(trace: Trace) -> str:
    """The conventions' finish reason of the call, from what its provider said.

    .. versionadded:: 0.2.0
    """
    if trace.error or not trace.complete:
        return "error"
    for key in ("finish_reason", "stop_reason", "done_reason", "status"):
        said = trace.metadata.get(key)
        if isinstance(said, str) and said.lower() in _FINISH_REASONS:
            return _FINISH_REASONS[said.lower()]
    return "tool_call" if trace.tool_calls else "stop"


def _arguments(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def output_messages(trace: Trace, content: Callable[[str], str | None]) -> str | None:
    """``gen_ai.output.messages`` as JSON, or ``None`` when content capture keeps text out.

    .. versionadded:: 0.2.0
    """
    reasoning = content(trace.reasoning)
    output = content(trace.output)
    parts: list[dict[str, Any]] = []
    if reasoning:
        parts.append({"type": "reasoning", "content": reasoning})
    if output:
        parts.append({"type": "text", "content": output})
    for call in trace.tool_calls:
        arguments = content(call.arguments)
        part: dict[str, Any] = {"type": "tool_call", "id": call.id, "name": call.name}
        if arguments:
            part["arguments"] = _arguments(arguments)
        parts.append(part)
    if not (reasoning or output or any("arguments" in p for p in parts)):
        return None
    message = {"role": "assistant", "parts": parts, "finish_reason": finish_reason(trace)}
    return json.dumps([message], ensure_ascii=False)
