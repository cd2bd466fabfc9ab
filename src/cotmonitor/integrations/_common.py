"""What every framework integration shares: labels from framework ids, and failing open.

A framework calls its handler, processor or capability on its own schedule and often on its
own thread; an exception there would break the agent. Each integration therefore catches
everything at its boundary and counts it as ``internal_errors{stage="capture",
component=<framework>}``, as the litellm callback does.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from cotmonitor.context import current_labels

_log = logging.getLogger("cotmonitor")

MAX_ID_LENGTH = 200
"""Framework ids longer than this are cut: they are names and keys, never text."""


def missing_extra(module: str, extra: str) -> ImportError:
    """The error for ``cotmonitor.integrations.<module>`` imported without its framework."""
    return ImportError(
        f"cotmonitor.integrations.{module} needs its framework: pip install 'cotmonitor[{extra}]'"
    )


def count_failure(monitor: Any, framework: str) -> None:
    """Log the exception being handled at debug and count it; never raises."""
    _log.debug("cotmonitor %s integration failed", framework, exc_info=True)
    stats = getattr(monitor, "stats", None)
    if stats is not None:
        stats.incr("internal_errors", stage="capture", component=framework)


def _bounded(value: Any) -> str | None:
    if value is None or isinstance(value, (bytes, bytearray)):
        return None
    text = str(value).strip()
    return text[:MAX_ID_LENGTH] or None


def framework_labels(
    *, agent: Any = None, session_id: Any = None, fixed: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The labels of one captured call.

    The ``cotmonitor.context`` labels in force come first, the framework's own identifiers
    (agent name, thread or trace id) override them, and the labels the integration was
    registered with override both: what the user wrote in the one line wins.
    """
    labels = dict(current_labels())
    found = {"agent": _bounded(agent), "session_id": _bounded(session_id)}
    labels.update({key: value for key, value in found.items() if value is not None})
    if fixed:
        labels.update(fixed)
    return labels


def fixed_labels(agent: str | None, labels: Mapping[str, Any]) -> dict[str, str]:
    """The labels given at registration, as strings (``agent`` included when set)."""
    out = {str(key): str(value) for key, value in labels.items()}
    if agent is not None:
        out["agent"] = agent
    return out
