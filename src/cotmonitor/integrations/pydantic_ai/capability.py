"""A Pydantic AI capability that turns every model response into a Trace.

Capabilities are Pydantic AI's own extension point for request and response hooks:
``after_model_request`` sees each attempt's ``ModelResponse`` (a streamed one once it is
complete) and ``on_model_request_error`` each failed attempt, which becomes an incomplete
trace before the error goes on unchanged. The agent label is the agent's ``name`` and the
session id the run's ``conversation_id``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime, timezone
from typing import Any

from cotmonitor.default import get_default_monitor
from cotmonitor.integrations._common import (
    count_failure,
    fixed_labels,
    framework_labels,
    missing_extra,
)
from cotmonitor.integrations.pydantic_ai.reading import chat_messages, parse_response
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalizers.base import Parsed, describe_error, get, text_of

try:
    from pydantic_ai.capabilities import AbstractCapability
    from pydantic_ai.messages import ModelResponse
    from pydantic_ai.models import ModelRequestContext
    from pydantic_ai.tools import RunContext
except ImportError as e:
    raise missing_extra("pydantic_ai", "pydantic-ai") from e

_COMPONENT = "pydantic_ai"
_MAX_OPEN = 1024


class _Starts:
    """When the attempt in flight of each run step started."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._at: OrderedDict[tuple[str, int], tuple[float, datetime]] = OrderedDict()

    def start(self, key: tuple[str, int]) -> None:
        with self._lock:
            self._at[key] = (time.perf_counter(), datetime.now(timezone.utc))
            if len(self._at) > _MAX_OPEN:
                self._at.popitem(last=False)

    def end(self, key: tuple[str, int]) -> tuple[float | None, datetime | None]:
        with self._lock:
            return self._at.pop(key, (None, None))


def _step(ctx: RunContext[Any]) -> tuple[str, int]:
    # The request context may be replaced between hooks; the run and its step number stay.
    return (str(ctx.run_id), ctx.run_step)


@dataclass
class CotMonitorCapability(AbstractCapability[Any]):
    """Hands every model response of a Pydantic AI agent to a monitor as a Trace.

    ::

        agent = Agent(model, name="coder", capabilities=[CotMonitorCapability(monitor)])

    Args:
        monitor: the monitor to submit traces to; the default monitor when ``None``.
        agent: the ``agent`` label for every call (else the agent's ``name``).
        labels: further labels for every call.

    Never raises into the agent: a failure is counted as
    ``internal_errors{stage="capture", component="pydantic_ai"}``, and a failed model call's
    own error is raised on unchanged.

    .. versionadded:: 0.2.0
    """

    monitor: Monitor | None = None
    _: KW_ONLY
    agent: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    id: str | None = "cotmonitor"
    _starts: _Starts = field(default_factory=_Starts, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.monitor is None:
            self.monitor = get_default_monitor()

    @property
    def _monitor(self) -> Monitor:
        assert self.monitor is not None  # set in __post_init__
        return self.monitor

    async def prepare_model_request(
        self, ctx: RunContext[Any], request_context: ModelRequestContext
    ) -> ModelRequestContext:
        # Runs once per attempt, right before the model is called: the attempt's start time.
        try:
            self._starts.start(_step(ctx))
        except Exception:
            count_failure(self._monitor, _COMPONENT)
        return request_context

    async def after_model_request(
        self,
        ctx: RunContext[Any],
        *,
        request_context: ModelRequestContext,
        response: ModelResponse,
    ) -> ModelResponse:
        self._submit(ctx, request_context, response, None)
        return response

    async def on_model_request_error(
        self,
        ctx: RunContext[Any],
        *,
        request_context: ModelRequestContext,
        error: Exception,
    ) -> ModelResponse:
        self._submit(ctx, request_context, None, error)
        raise error

    def _submit(
        self,
        ctx: RunContext[Any],
        request_context: ModelRequestContext,
        response: ModelResponse | None,
        error: Exception | None,
    ) -> None:
        monitor = self._monitor
        try:
            trace = self._trace(ctx, request_context, response, error)
            if trace is not None:
                monitor.submit(trace)
        except Exception:
            count_failure(monitor, _COMPONENT)

    def _trace(
        self,
        ctx: RunContext[Any],
        request_context: ModelRequestContext,
        response: ModelResponse | None,
        error: Exception | None,
    ) -> Trace | None:
        """The attempt as a trace; ``None`` when the monitor is off."""
        monitor = self._monitor
        started, wall_time = self._starts.end(_step(ctx))
        if not monitor.settings.enabled:
            return None
        think_tags = monitor.settings.think_tags
        parsed = parse_response(response, think_tags) if response is not None else Parsed()
        agent = get(ctx, "agent")
        labels = framework_labels(
            agent=get(agent, "name") if agent is not None else None,
            session_id=get(ctx, "conversation_id"),
            fixed=fixed_labels(self.agent, self.labels),
        )
        model = get(request_context, "model")
        return Trace(
            time=wall_time or datetime.now(timezone.utc),
            provider=text_of(get(response, "provider_name"))
            or text_of(get(model, "system"))
            or "pydantic_ai",
            model=parsed.model or text_of(get(model, "model_name")) or "unknown",
            messages=chat_messages(request_context.messages),
            segments=tuple(parsed.segments),
            output=parsed.output,
            tool_calls=tuple(parsed.tool_calls),
            usage=parsed.usage,
            latency_s=None if started is None else time.perf_counter() - started,
            stream=bool(get(request_context, "streaming")),
            labels=labels,
            complete=error is None,
            error=describe_error(error),
            metadata={**parsed.metadata, "run_id": text_of(get(ctx, "run_id"))},
        )
