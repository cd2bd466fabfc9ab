"""Run the default rule checks in a child process, so their CPU never holds the agent's GIL.

The rule checks cost milliseconds of pure-Python work per trace. Run in a thread of the agent's
process, that work holds the GIL while the agent's own thread waits to read its next stream
chunk, and the agent's tail latency grows with it. A ``CheckerProcess`` sends each trace (as
JSON over a pipe) to a child interpreter that runs the same ``default_checks`` and sends the
findings back; the monitor's worker thread waits on the pipe with the GIL released.

- One child per distinct set of rule packs, shared by every monitor of the process and
  started on the first trace; it ends when the last monitor using it closes, or when the app
  exits (its input pipe closes).
- Findings are the same as in-thread: the child builds its checks with ``default_checks`` from
  the same pack files and runs them with the same ``run_checks``.
- Fail-open: a child that cannot start, dies, or answers garbage costs nothing but time. The
  trace is checked in the calling thread instead, and the fault is reported as a
  ``checker: ...`` error of that trace (``internal_errors{stage="check",component="checker"}``).
  A child that does not answer within ``timeout_s`` is killed, and that trace's checks are
  reported as failed rather than run again in the app, where they would stall the worker.
  After three failed starts in a row the process stays in-thread for its lifetime.
- A forked child process drops its parent's checker (the pipes are the parent's) and starts
  its own on its first trace.

Costs: one extra interpreter (about 50 MB resident with the compiled rules) and one CPU's
worth of check time off the app's GIL; per trace, the app pays a JSON encode of the trace and
a decode of the findings.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cotmonitor.checks.base import CheckRun, run_checks
from cotmonitor.checks.checker_main import HEADER, CheckReply, session_request
from cotmonitor.trace.model import Trace
from cotmonitor.types import Check

_log = logging.getLogger("cotmonitor")

START_TIMEOUT_S = 60.0
"""How long the first answer of a new child may take: it imports and compiles the rules."""
_MAX_FAILED_STARTS = 3
# Makes the child import this very cotmonitor (and its dependencies), whatever put them on
# the app's path: a source checkout, a zipapp, PYTHONPATH.
_BOOT = (
    "import json, sys; sys.path[:0] = json.loads(sys.argv.pop(1)); "
    "from cotmonitor.checks.checker_main import main; raise SystemExit(main())"
)


class CheckerError(Exception):
    """The child could not answer: it died, timed out or sent something unreadable."""


def supported() -> bool:
    """Whether this platform can run the checker (it waits on pipes with ``select``)."""
    return sys.platform != "win32" and bool(sys.executable)


class CheckerProcess:
    """One child interpreter running the default rule checks for the monitors that share it.

    Args:
        rule_packs: the pack files the child loads, as the app's ``default_checks`` did.
        timeout_s: longest wait for one trace's answer before the child is killed.
        nice: how much the child lowers its scheduling priority when it starts (``os.nice``),
            so that on a busy machine the agent, and whatever serves it, get the CPU first.

    .. versionchanged:: 0.5.0
       ``nice``.
    """

    def __init__(
        self, rule_packs: Sequence[str | Path] = (), timeout_s: float = 10.0, nice: int = 0
    ) -> None:
        self.rule_packs = tuple(str(pack) for pack in rule_packs)
        self.timeout_s = timeout_s
        self.nice = nice
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._owner = os.getpid()
        self._answered = False
        self._failed_starts = 0
        self.disabled = False
        self.restarts = 0
        _live.add(self)

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def run(self, trace: Trace, checks: Sequence[Check]) -> CheckRun:
        """Run the default checks on ``trace`` in the child.

        ``checks`` are the same checks, run in this thread when the child is unusable.
        """
        return self.run_with_facts(trace, checks)[0]

    def run_with_facts(
        self, trace: Trace, checks: Sequence[Check], seen_messages: int | None = None
    ) -> tuple[CheckRun, dict[str, Any] | None]:
        """``run``, and with ``seen_messages`` the trace's step facts as JSON data.

        The facts are ``None`` when the child could not take them (the caller does).

        .. versionadded:: 0.3.0
        """
        if self.disabled:
            return run_checks(trace, checks), None
        try:
            payload = trace.model_dump_json().encode()
        except Exception:
            # Metadata that does not serialise stays in this process.
            return run_checks(trace, checks), None
        if seen_messages is not None:
            payload = session_request(payload, seen_messages)
        with self._lock:
            try:
                reply = self._ask(payload)
            except CheckerError as exc:
                timed_out = "timed out" in str(exc)
                self._stop(kill=True)
                run = CheckRun() if timed_out else run_checks(trace, checks)
                run.errors.append(f"checker: {exc}")
                return run, None
        if reply.fatal is not None:
            self.disabled = True
            run = run_checks(trace, checks)
            run.errors.append(f"checker: cannot start: {reply.fatal}")
            return run, None
        run = CheckRun(
            findings=list(reply.findings), errors=list(reply.errors), durations=reply.durations
        )
        return run, reply.facts

    @property
    def warm(self) -> bool:
        """Whether the child has answered: no start (imports, rule compiling) to wait for."""
        return self._answered and self.pid is not None

    def _ask(self, payload: bytes) -> CheckReply:
        proc = self._ensure()
        assert proc.stdin is not None
        assert proc.stdout is not None
        timeout = self.timeout_s if self._answered else max(self.timeout_s, START_TIMEOUT_S)
        try:
            proc.stdin.write(HEADER.pack(len(payload)) + payload)
            proc.stdin.flush()
        except OSError as exc:
            raise CheckerError(f"child exited ({exc})") from exc
        header = self._read(proc, HEADER.size, time.monotonic() + timeout)
        (size,) = HEADER.unpack(header)
        body = self._read(proc, size, time.monotonic() + timeout)
        try:
            reply = CheckReply.model_validate_json(body)
        except ValueError as exc:
            raise CheckerError(f"unreadable answer ({exc})") from exc
        self._answered = True
        self._failed_starts = 0
        return reply

    def _read(self, proc: subprocess.Popen[bytes], size: int, deadline: float) -> bytes:
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        chunks: list[bytes] = []
        missing = size
        while missing:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise CheckerError(f"timed out after {self.timeout_s:g}s")
            data = os.read(fd, missing)
            if not data:
                code = proc.poll()
                raise CheckerError(f"child exited ({'code ' + str(code) if code else 'no answer'})")
            chunks.append(data)
            missing -= len(data)
        return b"".join(chunks)

    def _ensure(self) -> subprocess.Popen[bytes]:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            return proc
        if proc is not None:
            self._stop(kill=True)
        if not self._answered:
            self._failed_starts += 1
            if self._failed_starts > _MAX_FAILED_STARTS:
                self.disabled = True
                raise CheckerError("child failed to start three times; checking in-thread")
        else:
            self.restarts += 1
        self._answered = False
        try:
            self._proc = subprocess.Popen(  # noqa: S603 - this interpreter, our own module
                [
                    sys.executable,
                    "-c",
                    _BOOT,
                    json.dumps(sys.path),
                    json.dumps(self.rule_packs),
                    str(self.nice),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
            )
        except OSError as exc:
            raise CheckerError(f"cannot start ({exc})") from exc
        return self._proc

    def _stop(self, *, kill: bool) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            if kill:
                proc.kill()
            proc.wait(timeout=2.0)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()

    def close(self) -> None:
        """End the child: it sees its input close and exits."""
        with self._lock:
            self._stop(kill=False)

    def _forget_after_fork(self) -> None:
        # The pipes belong to the parent's checker: close this copy of them (so the parent's
        # child still sees its input end when the parent closes it) and start afresh.
        proc, self._proc = self._proc, None
        self._lock = threading.Lock()
        self._owner = os.getpid()
        self._answered = False
        if proc is not None:
            # Close the descriptors without flushing (a buffer half-written by another thread
            # at the fork would corrupt the parent's pipe), and keep the objects alive so
            # that nothing closes those descriptor numbers again once they are reused.
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        os.close(stream.fileno())
            _orphans.append(proc)


_live: weakref.WeakSet[CheckerProcess] = weakref.WeakSet()
_orphans: list[subprocess.Popen[bytes]] = []
# Users are held weakly: a monitor dropped without close() stops counting once collected, so
# it cannot keep the child alive for the monitors that do close.
_shared: dict[tuple[tuple[str, ...], int], tuple[CheckerProcess, weakref.WeakSet[object]]] = {}
_shared_lock = threading.Lock()


def acquire(user: object, rule_packs: Sequence[str | Path], nice: int = 0) -> CheckerProcess:
    """The shared checker for these rule packs and priority, counting ``user`` as one of its users.

    .. versionchanged:: 0.5.0
       ``nice``.
    """
    packs = tuple(str(pack) for pack in rule_packs)
    key = (packs, nice)
    with _shared_lock:
        entry = _shared.get(key)
        if entry is None:
            entry = _shared[key] = (CheckerProcess(packs, nice=nice), weakref.WeakSet())
        entry[1].add(user)
        return entry[0]


def release(user: object, checker: CheckerProcess) -> None:
    """``user`` is done with ``checker``; the last user's release ends the child."""
    with _shared_lock:
        key = (checker.rule_packs, checker.nice)
        entry = _shared.get(key)
        if entry is None or entry[0] is not checker:
            return
        entry[1].discard(user)
        if entry[1]:
            return
        del _shared[key]
    checker.close()


def _after_fork_in_child() -> None:
    for checker in list(_live):
        checker._forget_after_fork()  # noqa: SLF001 - the module's own hook


os.register_at_fork(after_in_child=_after_fork_in_child)
# No exit hook of its own: the monitors' exit hook still needs the child to check what is
# queued, and a child whose app is gone reads the end of its input and leaves.
