"""A ``TracingProcessor`` for the OpenAI Agents SDK: every model span becomes a Trace.

The SDK reports each model call as a span when it ends, on the thread and in the context of
the run; the processor turns ``response`` and ``generation`` spans into captures and hands
them to the monitor. It remembers the open agent spans, so a model call is labelled with the
agent it ran for, and the open traces, so it carries the trace's ``group_id`` (a conversation
id, set with ``RunConfig(group_id=...)``) or else its ``trace_id`` as the session id.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import threading
from typing import Any

from cotmonitor.default import get_default_monitor
from cotmonitor.integrations._common import (
    count_failure,
    fixed_labels,
    framework_labels,
    missing_extra,
)
from cotmonitor.integrations.openai_agents.spans import MODEL_SPANS, span_capture
from cotmonitor.monitor import Monitor
from cotmonitor.trace.normalizers.base import get

try:
    from agents.tracing import Span, TracingProcessor
    from agents.tracing import Trace as AgentsTrace
except ImportError as e:
    raise missing_extra("openai_agents", "openai-agents") from e

_COMPONENT = "openai_agents"
_MAX_OPEN = 4096
_MAX_DEPTH = 32


class _OpenSpans:
    """Parent and agent name of each open span, and the session id of each open trace."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.spans: dict[str, tuple[str | None, str | None]] = {}
        self.sessions: dict[str, str] = {}

    def add_span(self, span_id: str, parent_id: str | None, agent: str | None) -> bool:
        with self._lock:
            if len(self.spans) >= _MAX_OPEN:
                return False
            self.spans[span_id] = (parent_id, agent)
            return True

    def agent_of(self, parent_id: str | None) -> str | None:
        with self._lock:
            for _ in range(_MAX_DEPTH):
                if parent_id is None or parent_id not in self.spans:
                    return None
                parent_id, agent = self.spans[parent_id]
                if agent is not None:
                    return agent
        return None

    def add_trace(self, trace_id: str, session: str) -> bool:
        with self._lock:
            if len(self.sessions) >= _MAX_OPEN:
                return False
            self.sessions[trace_id] = session
            return True

    def session_of(self, trace_id: str) -> str:
        with self._lock:
            return self.sessions.get(trace_id, trace_id)

    def end_span(self, span_id: str) -> None:
        with self._lock:
            self.spans.pop(span_id, None)

    def end_trace(self, trace_id: str) -> None:
        with self._lock:
            self.sessions.pop(trace_id, None)


class CotMonitorTracingProcessor(TracingProcessor):
    """Hands every model call of the OpenAI Agents SDK to a monitor as a Trace.

    ::

        agents.add_trace_processor(CotMonitorTracingProcessor(monitor))

    Args:
        monitor: the monitor to submit traces to; the default monitor when ``None``.
        agent: the ``agent`` label for every call (else the running agent's name).
        **labels: further labels for every call.

    Never raises into the SDK: a failure is counted as
    ``internal_errors{stage="capture", component="openai_agents"}``.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, monitor: Monitor | None = None, *, agent: str | None = None, **labels: str
    ) -> None:
        self.monitor = monitor if monitor is not None else get_default_monitor()
        self._fixed = fixed_labels(agent, labels)
        self._open = _OpenSpans()

    def on_trace_start(self, trace: AgentsTrace) -> None:
        try:
            trace_id = str(trace.trace_id)
            group = get(trace, "group_id")
            if not self._open.add_trace(trace_id, str(group) if group else trace_id):
                self._overflow()
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def on_trace_end(self, trace: AgentsTrace) -> None:
        try:
            self._open.end_trace(str(trace.trace_id))
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def on_span_start(self, span: Span[Any]) -> None:
        try:
            data = span.span_data
            agent = str(get(data, "name")) if data.type == "agent" else None
            if not self._open.add_span(span.span_id, span.parent_id, agent):
                self._overflow()
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def on_span_end(self, span: Span[Any]) -> None:
        try:
            self._open.end_span(span.span_id)
            if span.span_data.type not in MODEL_SPANS or not self.monitor.settings.enabled:
                return
            labels = framework_labels(
                agent=self._open.agent_of(span.parent_id),
                session_id=self._open.session_of(str(span.trace_id)),
                fixed=self._fixed,
            )
            capture = span_capture(span, labels)
            if capture is not None:
                self.monitor.submit(capture)
        except Exception:
            count_failure(self.monitor, _COMPONENT)

    def _overflow(self) -> None:
        # Spans or traces the SDK never ended (a cancelled run): stop remembering new ones.
        self.monitor.stats.incr("internal_errors", stage="capture", component=_COMPONENT)

    def shutdown(self) -> None:
        """Nothing to release: the monitor is closed by its owner."""

    def force_flush(self) -> None:
        """Wait until the monitor has checked what was submitted."""
        try:
            self.monitor.flush()
        except Exception:
            count_failure(self.monitor, _COMPONENT)
