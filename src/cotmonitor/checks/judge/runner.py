"""Judge scheduling for the monitor: one asyncio loop thread, off the caller's thread.

The monitor's worker runs the rules, asks the policy, and either exports the rule-only verdict
at once or hands the trace here; the judge loop judges up to the policy's concurrency at a
time and calls back with the final findings, so each trace gets exactly one verdict.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from cotmonitor.checks.base import CheckRun, arun_checks, check_name
from cotmonitor.checks.judge.outcomes import collecting
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.types import AsyncCheck, MonitorScoped, MonitorView, Reviewing, Selective

_log = logging.getLogger("cotmonitor")
_DEFAULT_MAX_PENDING = 1000


def scoped(judge: AsyncCheck, monitor: MonitorView) -> AsyncCheck:
    """The judge a monitor runs: its own copy when the judge makes one, else ``judge``."""
    return judge.for_monitor(monitor) if isinstance(judge, MonitorScoped) else judge


def judge_wants(judge: AsyncCheck, trace: Trace, run: CheckRun) -> bool:
    """Whether ``judge`` wants this trace (judges without a policy want every trace)."""
    return judge.wants(trace, tuple(run.findings)) if isinstance(judge, Selective) else True


async def judge_if_wanted(
    judge: AsyncCheck, trace: Trace, run: CheckRun, stats: MonitorStats
) -> CheckRun:
    """``run`` judged when the judge wants the trace; otherwise counted as skipped."""
    if judge_wants(judge, trace, run):
        return await judge_run(judge, trace, run)
    stats.incr("judge_requests", outcome="skipped")
    return run


async def judge_run(judge: AsyncCheck, trace: Trace, run: CheckRun) -> CheckRun:
    """``run`` with the judge's findings merged in; a failing judge is recorded, not raised."""
    if not isinstance(judge, Reviewing):
        return await arun_checks(trace, [judge], run)
    name = check_name(judge)
    started = time.perf_counter()
    findings = list(run.findings)
    try:
        result = await judge.review(trace, tuple(findings))
        findings = result.apply(findings)
    except Exception as exc:
        _log.debug("judge %s failed", name, exc_info=True)
        run.errors.append(f"{name}: {type(exc).__name__}: {exc}")
    durations = {**run.durations, name: time.perf_counter() - started}
    return CheckRun(findings=findings, errors=run.errors, durations=durations)


class JudgeRunner:
    """Runs judge work on a dedicated event loop thread.

    Args:
        judge: the async check to run.
        stats: where drops and failures are counted.

    .. versionadded:: 0.1.0
    """

    def __init__(self, judge: AsyncCheck, stats: MonitorStats) -> None:
        self.judge = judge
        self.stats = stats
        policy = getattr(judge, "policy", None)  # any judge may carry a JudgePolicy
        self.max_pending = int(getattr(policy, "max_pending", _DEFAULT_MAX_PENDING))
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0

    @property
    def pending(self) -> int:
        """Traces submitted and not yet through the judge."""
        with self._lock:
            return self._pending

    def offer(self, trace: Trace, run: CheckRun, done: Callable[[CheckRun], None]) -> bool:
        """Judge ``trace`` in the background when the judge wants it, then call ``done``.

        Returns:
            False when the judge does not want it (counted as skipped) or too much is
            pending: the caller exports the rule-only verdict.
        """
        if not judge_wants(self.judge, trace, run):
            self.stats.incr("judge_requests", outcome="skipped")
            return False
        return self.submit(trace, run, done)

    def submit(self, trace: Trace, run: CheckRun, done: Callable[[CheckRun], None]) -> bool:
        """Judge ``trace`` in the background, then call ``done`` with the merged run.

        Returns:
            False when too much is pending: the caller exports the rule-only verdict.
        """
        with self._lock:
            if self._pending >= self.max_pending:
                self.stats.incr("judge_queue_dropped")
                return False
            self._pending += 1
        try:
            loop = self._ensure_loop()
            future: Future[None] = asyncio.run_coroutine_threadsafe(
                self._judge(trace, run, done), loop
            )
        except Exception:
            self._finished()
            raise
        future.add_done_callback(self._check_future)
        return True

    def judge_now(self, trace: Trace, run: CheckRun) -> Future[tuple[CheckRun, list[str]]] | None:
        """Start judging ``trace`` on the judge's loop for a caller that waits (guard mode).

        Returns:
            A future of the judged run and the judge's failed call outcomes meanwhile, or
            ``None`` when the judge does not want the trace (counted as skipped).
        """
        if not judge_wants(self.judge, trace, run):
            self.stats.incr("judge_requests", outcome="skipped")
            return None
        # A copy: past the caller's deadline the judge may still be writing to it.
        mine = CheckRun(list(run.findings), list(run.errors), dict(run.durations))
        work = collecting(judge_run(self.judge, trace, mine))
        return asyncio.run_coroutine_threadsafe(work, self._ensure_loop())

    async def _judge(self, trace: Trace, run: CheckRun, done: Callable[[CheckRun], None]) -> None:
        try:
            done(await judge_run(self.judge, trace, run))
        finally:
            self._finished()

    def _check_future(self, future: Future[None]) -> None:
        if not future.cancelled() and future.exception() is not None:
            _log.debug("judge task failed", exc_info=future.exception())
            self.stats.incr("internal_errors", stage="judge")

    def _finished(self) -> None:
        with self._idle:
            self._pending -= 1
            if self._pending <= 0:
                self._idle.notify_all()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        pid = os.getpid()
        with self._lock:
            alive = self._thread is not None and self._thread.is_alive()
            if self._loop is not None and alive and self._pid == pid:
                return self._loop
            # first use, or a forked child that inherited the loop but not its thread
            loop = asyncio.new_event_loop()
            thread = threading.Thread(
                target=_serve, args=(loop,), name="cotmonitor-judge", daemon=True
            )
            thread.start()
            self._loop, self._thread, self._pid = loop, thread, pid
            return loop

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every submitted trace is judged; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while self._pending > 0:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def close(self, timeout: float | None = 5.0) -> None:
        """Wait for pending work (up to ``timeout``), then stop the loop thread."""
        self.flush(timeout)
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        _shutdown(loop)


def _shutdown(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left (litellm keeps a logging task on every loop it saw), then close."""
    try:
        tasks = asyncio.all_tasks(loop)
        for task in tasks:
            task.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()
