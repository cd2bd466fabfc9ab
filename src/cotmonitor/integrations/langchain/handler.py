"""A LangChain callback handler that turns every chat model run into a Trace.

LangChain creates its clients inside the chat model classes, so nothing is wrapped: the
handler is passed where LangChain takes callbacks (``config={"callbacks": [handler]}`` on an
agent or graph, or ``callbacks=[...]`` on a model) and sees each chat model run start, stream
and end, in LangGraph agents too. A streamed run arrives merged in ``on_llm_end``; a failed
one becomes an incomplete trace with what had arrived.

The session id is the run's LangGraph ``thread_id`` (LangGraph copies it from
``config["configurable"]`` into the run metadata), and the agent is the name given to
``create_agent(name=...)`` (``lc_agent_name``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from uuid import UUID

from cotmonitor.default import get_default_monitor
from cotmonitor.integrations._common import (
    count_failure,
    fixed_labels,
    framework_labels,
    missing_extra,
)
from cotmonitor.integrations.langchain.reading import chat_messages, parse_message, provider_of
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalizers.base import Parsed, describe_error

try:
    from langchain_core.callbacks import BaseCallbackHandler
    from langchain_core.messages import BaseMessage
    from langchain_core.outputs import LLMResult
except ImportError as e:
    raise missing_extra("langchain", "langchain") from e

_COMPONENT = "langchain"
_MAX_OPEN_RUNS = 1024
_SESSION_KEYS = ("thread_id", "session_id", "conversation_id")


@dataclass(slots=True)
class _Run:
    prompts: list[tuple[dict[str, Any], ...]]
    labels: dict[str, str]
    provider: str
    model: str
    started: float = field(default_factory=time.perf_counter)
    wall_time: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    first_chunk: float | None = None
    tokens: list[str] = field(default_factory=list)


def _first(mapping: Mapping[str, Any], keys: Sequence[str]) -> Any:
    return next((mapping[key] for key in keys if mapping.get(key)), None)


class CotMonitorCallbackHandler(BaseCallbackHandler):
    """Hands every LangChain chat model run to a monitor as a Trace.

    ::

        handler = CotMonitorCallbackHandler(monitor)
        agent.invoke(inputs, config={"callbacks": [handler], "configurable": {"thread_id": "t1"}})

    Args:
        monitor: the monitor to submit traces to; the default monitor when ``None``.
        agent: the ``agent`` label for every run (else the agent's own name, else the
            ``cotmonitor.context`` label).
        **labels: further labels for every run.

    Never raises into LangChain: a failure is counted as
    ``internal_errors{stage="capture", component="langchain"}``.

    .. versionadded:: 0.2.0
    """

    # The work per callback is a few dict reads; running inline keeps async runs off
    # LangChain's executor and keeps the caller's ``cotmonitor.context`` labels in scope.
    run_inline = True
    raise_error = False

    def __init__(
        self, monitor: Monitor | None = None, *, agent: str | None = None, **labels: str
    ) -> None:
        super().__init__()
        self.monitor = monitor if monitor is not None else get_default_monitor()
        self._fixed = fixed_labels(agent, labels)
        self._runs: OrderedDict[UUID, _Run] = OrderedDict()
        self._lock = threading.Lock()

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            if not self.monitor.settings.enabled:
                return
            meta = metadata or {}
            params = kwargs.get("invocation_params")
            params = params if isinstance(params, Mapping) else {}
            run = _Run(
                prompts=[chat_messages(prompt) for prompt in messages],
                labels=framework_labels(
                    agent=meta.get("lc_agent_name"),
                    session_id=_first(meta, _SESSION_KEYS),
                    fixed=self._fixed,
                ),
                provider=str(meta.get("ls_provider") or ""),
                model=str(
                    meta.get("ls_model_name") or _first(params, ("model", "model_name")) or ""
                ),
            )
            self._open(run_id, run)
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def on_llm_new_token(
        self,
        token: str | list[str | dict[str, Any]],
        *,
        chunk: Any = None,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            run = self._runs.get(run_id)
            if run is None:
                return
            if run.first_chunk is None:
                run.first_chunk = time.perf_counter()
            if isinstance(token, str) and token:
                # Kept so a stream that fails keeps its text (its merged message may be lost).
                run.tokens.append(token)
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def on_llm_end(
        self,
        response: LLMResult,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._finish(run_id, response, None)

    def on_llm_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._finish(run_id, kwargs.get("response"), error)

    def _finish(self, run_id: UUID, response: Any, error: BaseException | None) -> None:
        try:
            run = self._close(run_id)
            if run is None:
                return
            for index, prompt in enumerate(run.prompts):
                if error is None:
                    message = _message(response.generations, index)
                else:
                    message = _partial_message(response)
                self.monitor.submit(self._trace(run, prompt, message, run_id=run_id, error=error))
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def _open(self, run_id: UUID, run: _Run) -> None:
        with self._lock:
            self._runs[run_id] = run
            overflow = len(self._runs) > _MAX_OPEN_RUNS
            if overflow:
                # A run LangChain never ended (a cancelled task): forget the oldest.
                self._runs.popitem(last=False)
        if overflow:
            self.monitor.stats.incr("internal_errors", stage="capture", component=_COMPONENT)

    def _close(self, run_id: UUID) -> _Run | None:
        with self._lock:
            return self._runs.pop(run_id, None)

    def _trace(
        self,
        run: _Run,
        prompt: tuple[dict[str, Any], ...],
        message: Any,
        *,
        run_id: UUID,
        error: BaseException | None = None,
    ) -> Trace:
        provider = (provider_of(message) if message is not None else "") or run.provider
        think_tags = self.monitor.settings.think_tags
        if message is not None:
            parsed = parse_message(message, provider, think_tags)
        else:
            parsed = Parsed(output="".join(run.tokens))
            parsed.take_think_tags(think_tags)
        ended = time.perf_counter()
        first = run.first_chunk
        return Trace(
            time=run.wall_time,
            provider=provider or "langchain",
            model=parsed.model or run.model or "unknown",
            messages=prompt,
            segments=tuple(parsed.segments),
            output=parsed.output,
            tool_calls=tuple(parsed.tool_calls),
            usage=parsed.usage,
            latency_s=ended - run.started,
            time_to_first_chunk_s=None if first is None else first - run.started,
            stream=first is not None,
            labels=run.labels,
            complete=error is None,
            error=describe_error(error),
            metadata={**parsed.metadata, "langchain_run_id": str(run_id)},
        )


def _message(generations: Sequence[Any], index: int) -> Any:
    """The message of prompt ``index``'s first generation (``None`` when there is none)."""
    if index >= len(generations) or not generations[index]:
        return None
    return getattr(generations[index][0], "message", None)


def _partial_message(response: Any) -> Any:
    """The message of the first generation LangChain kept for a failed run, if any."""
    for generations in getattr(response, "generations", None) or []:
        for generation in generations or []:
            message = getattr(generation, "message", None)
            if message is not None and (getattr(message, "content", None) or []):
                return message
    return None
