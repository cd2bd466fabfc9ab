"""The ``Monitor``'s pipeline for one captured call, on its worker (or inline).

Normalize, run the rule checks (in the checker process where one serves the monitor, with the
session's step facts), add the session findings, hand the result to the judge where its policy
wants it, and emit the verdict to the exporters and ``on_alert``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.exporters.span_link import METADATA_KEY
from cotmonitor.session_methods import SessionMethods
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import normalize
from cotmonitor.verdicts import Verdict, make_verdict

if TYPE_CHECKING:
    from cotmonitor.capture.record import RawCapture
    from cotmonitor.checks.checker_process import CheckerProcess
    from cotmonitor.checks.judge.runner import JudgeRunner
    from cotmonitor.settings import CotMonitorSettings
    from cotmonitor.types import Check


class Processing(SessionMethods):
    """Mixed into ``Monitor``: what its worker does with each item it is given."""

    settings: CotMonitorSettings
    checks: list[Check]
    on_alert: Callable[[Verdict], Any] | None
    _checker: CheckerProcess | None
    _checker_checks: tuple[Check, ...]
    _judge_runner: JudgeRunner | None

    def run_rules(self, trace: Trace, *, warm_only: bool = False) -> CheckRun:
        """Run the rule checks on ``trace``; nothing is exported.

        In the checker process when one serves this monitor and its checks are the defaults;
        with ``warm_only``, only once that process has started (here until then, rather than
        wait seconds for its start).
        """
        return self._run_rules(trace, None, warm_only=warm_only)[0]

    def _verdict(self, trace: Trace, run: CheckRun) -> Verdict:
        for error in run.errors:
            self.stats.incr("internal_errors", stage="check", component=error.split(":", 1)[0])
        return make_verdict(trace, run.findings, self.alert_policy, run.errors, run.durations)

    def _emit(self, verdict: Verdict, *, early: bool = False) -> None:
        if early:
            self.exporter.early_alert(verdict)
        else:
            self.exporter(verdict)
        if (verdict.alert or early) and self.on_alert is not None:
            try:
                self.on_alert(verdict)
            except Exception:
                self._internal_error("on_alert")

    def _process(
        self,
        item: RawCapture | Trace | Verdict | Callable[[], None],
        link: dict[str, Any] | None = None,
        early: bool = False,
    ) -> None:
        if isinstance(item, Verdict):
            try:
                self._emit(item, early=early)
            except Exception:
                self._internal_error("process")
            return
        if callable(item):
            # Screening a stream's reasoning for an early alert (``watch_stream``).
            try:
                item()
            except Exception:
                self._internal_error("watch")
            return
        try:
            trace = item if isinstance(item, Trace) else normalize(item, self.settings.think_tags)
            if link is not None and METADATA_KEY not in trace.metadata:
                trace = trace.model_copy(
                    update={"metadata": {**trace.metadata, METADATA_KEY: link}}
                )
        except Exception:
            self._internal_error("normalize")
            return
        if self.mode != "inline":
            # Between stages, let an agent thread waiting for the GIL run (see ``paced``).
            time.sleep(0)
        try:
            trace, step = self._begin_session(trace)
            # The checker process takes a session's step facts with the rules.
            seen = None if step is None or not self.sessions.default_facts else step.seen
            run, data = self._run_rules(trace, seen)
            if step is not None:
                run.findings.extend(self._finish_session(step, trace, data))
            if self._judge_runner is not None and self._judge_runner.offer(
                trace, run, lambda judged: self._emit_judged(trace, judged)
            ):
                return
            self._emit(self._verdict(trace, run))
        except Exception:
            self._internal_error("process")

    def _run_rules(
        self, trace: Trace, seen: int | None, *, warm_only: bool = False
    ) -> tuple[CheckRun, Any]:
        """The rules' run, and with ``seen`` given the step facts the checker process took."""
        checker = self._checker
        # The child runs the default checks: once the list was changed, run it here.
        if (
            checker is not None
            and tuple(self.checks) == self._checker_checks
            and (checker.warm or not warm_only)
        ):
            if seen is None:
                return checker.run(trace, self.checks), None
            return checker.run_with_facts(trace, self.checks, seen)
        return run_checks(trace, self.checks), None

    def _emit_judged(self, trace: Trace, judged: CheckRun) -> None:
        try:
            self._emit(self._verdict(trace, judged))
        except Exception:
            self._internal_error("process")
