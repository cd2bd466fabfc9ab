"""The verdict travels with the response: ``cotmonitor.guard_verdict(response)`` reads it.

In guard mode every response the wrapped call returns (a stripped copy included) carries its
verdict as the private attribute ``_cotmonitor_verdict``. It is set with
``object.__setattr__``, so the SDK object keeps its type, its fields and its serialization
(pydantic dumps only declared fields). A stream carries it once its end was decided.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.verdicts import Verdict

ATTRIBUTE = "_cotmonitor_verdict"


def attach(response: Any, verdict: Verdict) -> bool:
    """Put ``verdict`` on ``response``; False when the object takes no attributes."""
    try:
        object.__setattr__(response, ATTRIBUTE, verdict)
    except (AttributeError, TypeError):
        return False
    return True


def guard_verdict(response: Any) -> Verdict | None:
    """The guard's verdict on a response (or stream) a guarded client returned.

    Returns:
        ``None`` for objects that did not come through a monitor in guard mode (or a stream
        not yet read to its end).

    .. versionadded:: 0.2.0
    """
    found = getattr(response, ATTRIBUTE, None)
    return found if isinstance(found, Verdict) else None
