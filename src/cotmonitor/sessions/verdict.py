"""``SessionVerdict``: the findings of a whole session so far, and whether they make an alert.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from cotmonitor.verdicts import Category, Finding, Severity

EndReason = Literal["end_session", "ttl", "capacity", "close"]
"""Why a session ended: ``monitor.end_session()``, idle past the TTL, evicted to make room
for a newer session, or the monitor closed."""


class SessionVerdict(BaseModel):
    """The running (or final) verdict of one session.

    Attributes:
        session_id: the session's id (``cotmonitor.context(session_id=...)``, a provider's
            conversation id, or the first response id of a Responses chain).
        steps: the model calls seen in the session (older ones may have been forgotten:
            ``max_session_steps``).
        findings: the session findings (``scope="session"``) reported so far, oldest first.
        alert: whether any of them is an alert under the monitor's ``AlertPolicy``.
        started: when the session's first call was seen.
        last_seen: when its latest call was seen.
        agent: the ``agent`` label of its latest call, when it had one.
        ended: why the session ended; ``None`` while it runs.

    .. versionadded:: 0.3.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    session_id: str
    steps: int
    findings: tuple[Finding, ...] = ()
    alert: bool = False
    started: datetime
    last_seen: datetime
    agent: str | None = None
    ended: EndReason | None = None

    @property
    def severity(self) -> Severity | None:
        """The highest severity among the findings, ``None`` when there are none."""
        return max((f.severity for f in self.findings), default=None)

    @property
    def categories(self) -> list[Category]:
        """The categories of the findings, sorted, each once."""
        return sorted({f.category for f in self.findings})
