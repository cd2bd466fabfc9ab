"""The ``Monitor``'s session methods: running and final verdicts, per-trace bookkeeping.

``sessions.live.SessionTracker`` does the work; these methods make it fail-open.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from cotmonitor.sessions.wire import facts_from_json

if TYPE_CHECKING:
    from cotmonitor.checks.base import CheckRun
    from cotmonitor.exporters.base import FanOutExporter
    from cotmonitor.sessions.live import SessionTracker, Step
    from cotmonitor.sessions.verdict import SessionVerdict
    from cotmonitor.stats import MonitorStats
    from cotmonitor.trace.model import Trace
    from cotmonitor.verdicts import AlertPolicy, Finding
    from cotmonitor.worker import Worker

_log = logging.getLogger("cotmonitor")


class SessionMethods:
    """Mixed into ``Monitor``: its session methods, and the count of its internal errors."""

    sessions: SessionTracker
    mode: str
    alert_policy: AlertPolicy
    exporter: FanOutExporter
    _worker: Worker

    stats: MonitorStats

    def _internal_error(self, stage: str) -> None:
        _log.debug("cotmonitor internal error in %s", stage, exc_info=True)
        self.stats.incr("internal_errors", stage=stage)

    def session_verdict(self, session_id: str) -> SessionVerdict | None:
        """The running verdict of a live session; ``None`` when there is no such session.

        In background mode it covers the traces checked so far (``flush()`` first to include
        every call made).

        .. versionadded:: 0.3.0
        """
        return self.sessions.verdict(session_id)

    def end_session(self, session_id: str) -> None:
        """End a session: its final verdict goes to the exporters and its state is freed.

        Queued behind the calls submitted before it (in background mode), so the final
        verdict includes them. A session also ends when idle past ``session_ttl_s``, when
        evicted for a newer one past ``max_sessions``, and at ``close()``.

        .. versionadded:: 0.3.0
        """
        if self.mode == "inline":
            self.sessions.end(session_id)
        elif not self._worker.submit(partial(self.sessions.end, session_id)):
            self.sessions.store.pop(session_id)

    def observe_session(self, trace: Trace) -> tuple[Trace, list[Finding]]:
        """Session bookkeeping for one trace: the trace and its new session findings.

        Called once per call after its rule checks (by the worker, or by the guard before
        its decision). Never raises: a failure is counted
        (``internal_errors{stage="session"}``).

        .. versionadded:: 0.3.0
        """
        try:
            return self.sessions.observe(trace)
        except Exception:
            self._internal_error("session")
            return trace, []

    def _sweep_sessions(self) -> None:
        try:
            self.sessions.sweep()
        except Exception:
            self._internal_error("session")

    def _begin_session(self, trace: Trace) -> tuple[Trace, Step | None]:
        try:
            return self.sessions.begin(trace)
        except Exception:
            self._internal_error("session")
            return trace, None

    def _finish_session(self, step: Step, trace: Trace, data: Any) -> list[Finding]:
        try:
            facts = None if data is None else facts_from_json(data)
            return self.sessions.finish(step, trace, facts)
        except Exception:
            self._internal_error("session")
            return []

    def _add_session_findings(self, trace: Trace, run: CheckRun) -> Trace:
        trace, found = self.observe_session(trace)
        run.findings.extend(found)
        return trace

    def _is_alert(self, finding: Finding) -> bool:
        return self.alert_policy.is_alert(finding)

    def _session_ended(self, verdict: SessionVerdict) -> None:
        # Exported on the worker (or inline): never on an agent's thread in guard mode.
        if self.mode == "inline" or self._worker.on_thread() or self._worker.closed:
            self.exporter.session_ended(verdict)
        else:
            self._worker.submit(partial(self.exporter.session_ended, verdict))
