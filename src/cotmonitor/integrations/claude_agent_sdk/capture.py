"""Capture of a Claude Agent SDK message stream: each model response becomes one Trace.

``watch`` passes the stream of ``query()`` or ``ClaudeSDKClient.receive_response()`` through
unchanged and looks at each message on the way. Assistant messages sharing a ``message_id``
are one model response (the CLI sends one message per content block); the response is
complete when a message of another response, a user message (tool results) or the result
arrives. The conversation so far (the prompt, earlier responses, tool results) becomes the
trace's ``messages``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypeVar

from cotmonitor.default import get_default_monitor
from cotmonitor.integrations._common import count_failure, fixed_labels, framework_labels
from cotmonitor.integrations.claude_agent_sdk.reading import (
    Turn,
    assistant_message,
    block_kind,
    parse_turn,
    user_messages,
)
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalizers.base import get, text_of

COMPONENT = "claude_agent_sdk"
_MAX_SESSIONS = 256
_MAX_REMEMBERED = 4096
_MAX_MESSAGES = 200
_SUBAGENT_TOOLS = frozenset({"Task", "Agent"})
_M = TypeVar("_M")


@dataclass
class Session:
    """What is known of one SDK session: its conversation and the response in flight."""

    conversation: list[dict[str, Any]] = field(default_factory=list)
    turn: Turn | None = None
    started: datetime | None = None


class _Bounded(OrderedDict[str, Any]):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: str, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


class MessageCapture:
    """Turns the messages of a Claude Agent SDK session into traces (see the module).

    Args:
        monitor: the monitor to submit traces to; the default monitor when ``None``.
        agent: the ``agent`` label (else the sub-agent type of a Task sub-agent's messages).
        **labels: further labels for every trace.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, monitor: Monitor | None = None, *, agent: str | None = None, **labels: str
    ) -> None:
        self.monitor = monitor if monitor is not None else get_default_monitor()
        self._fixed = fixed_labels(agent, labels)
        self._lock = threading.Lock()
        self._sessions: _Bounded = _Bounded(_MAX_SESSIONS)
        # tool_use_id -> the response holding it, and the sub-agent type a Task call started.
        self._by_tool: _Bounded = _Bounded(_MAX_REMEMBERED)
        self._subagents: _Bounded = _Bounded(_MAX_REMEMBERED)
        # Responses the guard already decided on and exported: not submitted again.
        self._decided: _Bounded = _Bounded(_MAX_REMEMBERED)
        self._pending_prompt: str | None = None

    async def watch(
        self, messages: AsyncIterable[_M], *, prompt: str | None = None
    ) -> AsyncIterator[_M]:
        """Yield ``messages`` unchanged, tracing each model response among them.

        ``prompt`` is the prompt given to ``query()``, the first message of the traces'
        conversation (the stream does not repeat it; the ``UserPromptSubmit`` hook of
        ``CotMonitorHooks`` records it too).
        """
        if prompt is not None:
            self._pending_prompt = prompt
        try:
            async for message in messages:
                self.observe(message)
                yield message
        finally:
            self.flush()

    def observe(self, message: Any) -> None:
        """Look at one message of the stream; never raises."""
        try:
            with self._lock:
                done = self._observe(message)
            for session_id, turn, conversation, started in done:
                self._submit(session_id, turn, conversation, started)
        except Exception:
            count_failure(self.monitor, COMPONENT)

    def flush(self) -> None:
        """Trace the responses still in flight (the stream ended); never raises."""
        try:
            with self._lock:
                done = [self._finish(key, s) for key, s in self._sessions.items() if s.turn]
            for item in done:
                if item is not None:
                    self._submit(*item)
        except Exception:
            count_failure(self.monitor, COMPONENT)

    def record_prompt(self, session_id: str, prompt: str) -> None:
        """Start a session's conversation with the user's prompt."""
        with self._lock:
            session = self._session(session_id, take_pending=False)
            session.conversation.append({"role": "user", "content": prompt})
            if self._pending_prompt == prompt:
                self._pending_prompt = None

    # -- the state, under the lock -----------------------------------------------------------

    def _session(self, session_id: str, *, take_pending: bool = True) -> Session:
        session = self._sessions.get(session_id)
        if session is None:
            session = Session()
            if take_pending and self._pending_prompt is not None:
                session.conversation.append({"role": "user", "content": self._pending_prompt})
                self._pending_prompt = None
        self._sessions.put(session_id, session)
        return session

    def _observe(self, message: Any) -> list[tuple[str, Turn, tuple[dict[str, Any], ...], Any]]:
        kind = type(message).__name__
        session_id = text_of(get(message, "session_id"))
        if kind == "AssistantMessage":
            return self._assistant(message, session_id)
        if kind == "UserMessage" and not get(message, "parent_tool_use_id"):
            # The user message carries no session id: it belongs to the one in flight.
            done = []
            for key, session in self._sessions.items():
                if session.turn is not None:
                    done.append(self._finish(key, session))
                    session.conversation += user_messages(get(message, "content"))
            return [d for d in done if d is not None]
        if kind == "ResultMessage" and session_id in self._sessions:
            item = self._finish(session_id, self._sessions[session_id])
            return [] if item is None else [item]
        return []

    def _assistant(self, message: Any, session_id: str) -> list[Any]:
        session = self._session(session_id)
        message_id = text_of(get(message, "message_id")) or text_of(get(message, "uuid"))
        done = []
        if session.turn is not None and session.turn.message_id != message_id:
            done.append(self._finish(session_id, session))
        if session.turn is None:
            session.turn = Turn(
                message_id=message_id,
                model=text_of(get(message, "model")),
                session_id=session_id or None,
                parent_tool_use_id=get(message, "parent_tool_use_id"),
            )
            session.started = datetime.now(timezone.utc)
        turn = session.turn
        turn.usage = get(message, "usage") or turn.usage
        turn.stop_reason = get(message, "stop_reason") or turn.stop_reason
        for block in get(message, "content") or ():
            turn.blocks.append(block)
            if block_kind(block) != "tool_use":
                continue
            self._by_tool.put(text_of(get(block, "id")), (turn, tuple(session.conversation)))
            subagent = get(block, "input")
            if get(block, "name") in _SUBAGENT_TOOLS and isinstance(subagent, Mapping):
                self._subagents.put(text_of(get(block, "id")), subagent.get("subagent_type"))
        return [d for d in done if d is not None]

    def _finish(
        self, session_id: str, session: Session
    ) -> tuple[str, Turn, tuple[dict[str, Any], ...], Any] | None:
        turn, session.turn = session.turn, None
        if turn is None:
            return None
        conversation = tuple(session.conversation)
        if not turn.parent_tool_use_id:
            session.conversation.append(assistant_message(turn))
            del session.conversation[: -_MAX_MESSAGES or None]
        if turn.message_id in self._decided:
            return None
        return session_id, turn, conversation, session.started

    # -- traces -----------------------------------------------------------------------------

    def labels(self, session_id: str | None, agent: str | None) -> dict[str, str]:
        """The labels of one trace: the SDK's session id and sub-agent type, then the fixed."""
        return framework_labels(agent=agent, session_id=session_id, fixed=self._fixed)

    def subagent_of(self, turn: Turn) -> str | None:
        """The sub-agent type of a Task sub-agent's response; ``None`` on the main thread."""
        if not turn.parent_tool_use_id:
            return None
        with self._lock:
            found = self._subagents.get(turn.parent_tool_use_id)
        return found if isinstance(found, str) else None

    def trace_of(
        self,
        turn: Turn,
        conversation: tuple[dict[str, Any], ...],
        *,
        agent: str | None = None,
        started: datetime | None = None,
    ) -> Trace:
        """One response as a trace."""
        parsed = parse_turn(turn, self.monitor.settings.think_tags)
        return Trace(
            time=started or datetime.now(timezone.utc),
            provider="anthropic",
            model=parsed.model or "unknown",
            messages=conversation,
            segments=tuple(parsed.segments),
            output=parsed.output,
            tool_calls=tuple(parsed.tool_calls),
            usage=parsed.usage,
            labels=self.labels(turn.session_id, agent or self.subagent_of(turn)),
            metadata=parsed.metadata,
        )

    def _submit(
        self,
        session_id: str,
        turn: Turn,
        conversation: tuple[dict[str, Any], ...],
        started: datetime | None,
    ) -> None:
        if not self.monitor.settings.enabled:
            return
        turn.session_id = turn.session_id or session_id or None
        self.monitor.submit(self.trace_of(turn, conversation, started=started))

    def mark_decided(self, message_id: str) -> None:
        """Mark a response the guard decided on and exported: the stream does not submit it."""
        with self._lock:
            self._decided.put(message_id, message_id)

    def seen_turn(self, tool_use_id: str) -> tuple[Turn, tuple[dict[str, Any], ...]] | None:
        """The response holding a tool call, if the stream brought it already."""
        with self._lock:
            found = self._by_tool.get(tool_use_id)
        return found if isinstance(found, tuple) else None
