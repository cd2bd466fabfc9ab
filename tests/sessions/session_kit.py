"""Scripted multi-step agent sessions for the session tests, in the OpenAI or Anthropic shape."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from cotmonitor import Trace
from cotmonitor.sessions import StepFacts, step_facts
from cotmonitor.sessions.trajectory import seen_messages
from cotmonitor.trace.model import ToolCall

Shape = Literal["openai", "anthropic", "anthropic_blocks", "responses"]
"""``anthropic``: tool results as ``tool_result`` blocks with a string content;
``anthropic_blocks``: the same with a list of text blocks as content; ``responses``: the
OpenAI Responses API chained by ``previous_response_id``, each request holding only the new
input items (``function_call_output`` for tool results)."""


@dataclass
class Session:
    """An agent's conversation: each ``step`` is one model call over the history so far."""

    shape: Shape = "openai"
    messages: list[dict[str, Any]] = field(default_factory=list)
    traces: list[Trace] = field(default_factory=list)
    _pending: list[ToolCall] = field(default_factory=list)
    _calls: int = 0
    _sent: int = 0

    def user(self, text: str) -> Session:
        """A user (or system, first) message."""
        self.messages.append({"role": "user", "content": text})
        return self

    def system(self, text: str) -> Session:
        self.messages.append({"role": "system", "content": text})
        return self

    def step(
        self, reasoning: str, output: str = "", calls: tuple[tuple[str, dict[str, Any]], ...] = ()
    ) -> Trace:
        """One model call: the request is the history; the reply joins it."""
        tool_calls = []
        for name, arguments in calls:
            self._calls += 1
            tool_calls.append(
                ToolCall(id=f"call_{self._calls}", name=name, arguments=json.dumps(arguments))
            )
        # A stateful API is sent only what is new since the last response.
        request = self.messages[self._sent :] if self.shape == "responses" else self.messages
        trace = Trace(
            messages=tuple(request),
            reasoning=reasoning,
            output=output,
            tool_calls=tuple(tool_calls),
            model="m",
            provider="openai" if self.shape in ("openai", "responses") else "anthropic",
            labels={"session_id": "s-1"},
        )
        self.traces.append(trace)
        self.messages.append(self._assistant(output, tool_calls))
        self._sent = len(self.messages)
        self._pending = tool_calls
        return trace

    def results(self, *texts: str) -> Session:
        """The tool results of the last step's calls, in order."""
        calls, self._pending = self._pending, []
        if self.shape == "responses":
            for call, text in zip(calls, texts, strict=True):
                self.messages.append(
                    {"type": "function_call_output", "call_id": call.id, "output": text}
                )
            return self
        if self.shape == "openai":
            for call, text in zip(calls, texts, strict=True):
                self.messages.append({"role": "tool", "tool_call_id": call.id, "content": text})
            return self
        blocks = []
        for call, text in zip(calls, texts, strict=True):
            content: Any = text if self.shape == "anthropic" else [{"type": "text", "text": text}]
            blocks.append({"type": "tool_result", "tool_use_id": call.id, "content": content})
        self.messages.append({"role": "user", "content": blocks})
        return self

    def _assistant(self, output: str, calls: list[ToolCall]) -> dict[str, Any]:
        if self.shape in ("openai", "responses"):
            message: dict[str, Any] = {"role": "assistant", "content": output}
            if calls:
                message["tool_calls"] = [
                    {
                        "id": c.id,
                        "type": "function",
                        "function": {"name": c.name, "arguments": c.arguments},
                    }
                    for c in calls
                ]
            return message
        blocks: list[dict[str, Any]] = [{"type": "text", "text": output}] if output else []
        blocks += [
            {"type": "tool_use", "id": c.id, "name": c.name, "input": json.loads(c.arguments)}
            for c in calls
        ]
        return {"role": "assistant", "content": blocks}

    def facts(self) -> list[StepFacts]:
        """The step facts of every step, each reading only the messages new to it."""
        out = []
        previous = None
        for trace in self.traces:
            out.append(step_facts(trace, seen_messages=seen_messages(previous, trace)))
            previous = trace
        return out


def bash(command: str) -> tuple[str, dict[str, Any]]:
    return ("bash", {"command": command})


def read(path: str) -> tuple[str, dict[str, Any]]:
    return ("read_file", {"path": path})


def replace(path: str, old: str, new: str) -> tuple[str, dict[str, Any]]:
    return (
        "str_replace_editor",
        {"command": "str_replace", "path": path, "old_str": old, "new_str": new},
    )


def write(path: str, content: str) -> tuple[str, dict[str, Any]]:
    return ("write_file", {"path": path, "content": content})
