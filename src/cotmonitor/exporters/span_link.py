"""Carrying the caller's OpenTelemetry span context to the background worker.

Checks run in a worker thread after the wrapped call returned, where the span that was
current during the call is no longer current. So ``Monitor.submit`` (on the caller's thread)
notes the current span context as a small JSON-able dict, and the worker puts it on the trace
as ``Trace.metadata["otel_parent"]``. Exporters use it to parent their span to the caller's
span and to attach its trace id to Prometheus exemplars.

Reading it costs nothing when the application never imported OpenTelemetry: no span can be
current then, and this module does not import it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import sys
from typing import Any

METADATA_KEY = "otel_parent"
"""Where the caller's span context is kept in ``Trace.metadata``."""


def current_span_link() -> dict[str, Any] | None:
    """The current span's context as ``{"trace_id", "span_id", "trace_flags"}`` (hex ids).

    Returns:
        ``None`` when OpenTelemetry is not loaded or no valid span is current.
    """
    otel_trace = sys.modules.get("opentelemetry.trace")
    if otel_trace is None:
        return None
    context = otel_trace.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return {
        "trace_id": format(context.trace_id, "032x"),
        "span_id": format(context.span_id, "016x"),
        "trace_flags": int(context.trace_flags),
    }


def trace_id_of(metadata: dict[str, Any]) -> str | None:
    """The caller's trace id kept in a trace's metadata, or the current one."""
    link = metadata.get(METADATA_KEY)
    if isinstance(link, dict) and isinstance(link.get("trace_id"), str):
        return str(link["trace_id"])
    current = current_span_link()
    return None if current is None else str(current["trace_id"])
