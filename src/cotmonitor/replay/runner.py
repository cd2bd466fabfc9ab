"""The offline replay: inputs -> records -> checked outcomes -> summary, findings file, report.

Deterministic and streaming: outcomes come out in input order whatever ``jobs`` is, and
memory stays flat (the report keeps at most ``report_limit`` flagged traces).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cotmonitor.errors import ReplayFormatError
from cotmonitor.replay.checking import EngineSpec, Outcome, Skipped
from cotmonitor.replay.formats import RecordError
from cotmonitor.replay.parallel import Task, run_parallel, start_pool
from cotmonitor.replay.progress import ReplayProgress
from cotmonitor.replay.reading import FileInput, open_input
from cotmonitor.replay.session_pass import SessionPass, SessionResult
from cotmonitor.replay.summary import ReplaySummary

_CHUNK_RECORDS = 256
_CHUNK_BYTES = 1 << 20


@dataclass
class ReplayOptions:
    """What to replay and where the results go.

    .. versionadded:: 0.1.0
    """

    paths: list[str]
    format: str | None = None
    jobs: int = 1
    spec: EngineSpec = field(default_factory=EngineSpec)
    out: str | None = None
    """Write the verdicts that have findings here, one JSON line each."""
    report_limit: int = 1000
    """Flagged traces kept for the HTML report (the first ones, in input order)."""
    strict: bool = False
    """Stop at the first record that cannot be read (``ReplayFormatError``)."""
    progress: bool = False
    max_sessions: int = 100_000
    """Open sessions kept at once; past it the least recently active is checked early."""


@dataclass
class ReplayResult:
    """A finished replay: the summary and the flagged traces kept for the report."""

    summary: ReplaySummary
    flagged: list[tuple[str, str]] = field(default_factory=list)
    """``(location, verdict JSON)`` of the first ``report_limit`` flagged traces."""
    unreadable: list[str] = field(default_factory=list)
    """``"file: reason"`` for each input that could not be read at all (the others were)."""
    sessions: list[SessionResult] = field(default_factory=list)
    """The first ``report_limit`` sessions with findings, in the order they were checked."""

    def add_session(self, session: SessionResult, out: IO[str] | None, limit: int) -> None:
        """Count a checked session; write it and keep it for the report when flagged."""
        self.summary.add_session(session)
        if not session.findings:
            return
        if out is not None:
            out.write(session.to_json() + "\n")
        if len(self.sessions) < limit:
            self.sessions.append(session)


def _chunks(file_input: FileInput) -> Iterator[Task | list[Outcome]]:
    chunk: list[tuple[int, object]] = []
    size = 0
    name = file_input.format.name
    try:
        for position, payload in file_input.records:
            chunk.append((position, payload))
            size += len(payload) if isinstance(payload, bytes) else 4096
            if len(chunk) >= _CHUNK_RECORDS or size >= _CHUNK_BYTES:
                yield name, file_input.where, chunk
                chunk, size = [], 0
    except (ReplayFormatError, RecordError) as exc:
        if chunk:
            yield name, file_input.where, chunk
            chunk = []
        where = f"{exc.path}:{exc.line}" if isinstance(exc, ReplayFormatError) else file_input.path
        reason = exc.reason if isinstance(exc, ReplayFormatError) else str(exc)
        yield [Skipped(where, "corrupt_input", reason)]
    if chunk:
        yield name, file_input.where, chunk


class _Reader:
    """Opens the inputs one after another and turns them into tasks, tracking bytes read."""

    def __init__(self, options: ReplayOptions) -> None:
        self.options = options
        self.done_bytes = 0
        self.current: FileInput | None = None
        self.unreadable: list[str] = []

    @property
    def consumed(self) -> int:
        counter = self.current.counter if self.current is not None else None
        return self.done_bytes + (counter.consumed if counter is not None else 0)

    def tasks(self) -> Iterator[Task | list[Outcome]]:
        for path in self.options.paths:
            try:
                with open_input(path, self.options.format) as file_input:
                    self.current = file_input
                    yield from _chunks(file_input)
                    self.done_bytes = self.consumed
                    self.current = None
            except ReplayFormatError as exc:
                kind = "unknown_format" if "unknown format" in exc.reason else "corrupt_input"
                where = f"{exc.path}:{exc.line}" if exc.line is not None else exc.path
                if kind == "corrupt_input":
                    self.unreadable.append(f"{where}: {exc.reason}")
                yield [Skipped(where, kind, exc.reason)]


def _outcomes(
    options: ReplayOptions, reader: _Reader, pool: ProcessPoolExecutor | None
) -> Iterator[list[Outcome]]:
    if pool is not None:
        yield from run_parallel(pool, reader.tasks(), options.jobs)
        return
    engine = options.spec.build()
    try:
        for task in reader.tasks():
            yield task if isinstance(task, list) else engine.process(*task)
    finally:
        engine.close()


def _total_bytes(paths: list[str]) -> int | None:
    try:
        return sum(Path(p).stat().st_size for p in paths)
    except OSError:
        return None


def replay(options: ReplayOptions) -> ReplayResult:
    """Replay the inputs through the checks.

    Raises:
        ReplayFormatError: with ``strict``, the first record that could not be read.
        ConfigError: the judge or rule pack could not be loaded.
    """
    result = ReplayResult(ReplaySummary())
    summary = result.summary
    reader = _Reader(options)
    sessions = SessionPass(max_sessions=options.max_sessions)
    started = time.perf_counter()
    with ExitStack() as stack:
        pool = None
        if options.jobs > 1:
            pool = stack.enter_context(start_pool(options.spec, options.jobs))
        out: IO[str] | None = None
        if options.out is not None:
            out = stack.enter_context(open(options.out, "w", encoding="utf-8"))  # noqa: PTH123
        progress = stack.enter_context(
            ReplayProgress(_total_bytes(options.paths), enabled=options.progress)
        )
        for batch in _outcomes(options, reader, pool):
            for outcome in batch:
                summary.add(outcome)
                if isinstance(outcome, Skipped):
                    if options.strict:
                        raise _strict_error(outcome)
                    continue
                if outcome.step is not None:
                    for closed in sessions.add(summary.traces, outcome):
                        result.add_session(closed, out, options.report_limit)
                if outcome.verdict_json is None:
                    continue
                if out is not None:
                    out.write(outcome.verdict_json + "\n")
                if len(result.flagged) < options.report_limit:
                    result.flagged.append((outcome.where, outcome.verdict_json))
            progress.update(reader.consumed, summary.traces, summary.findings)
        for closed in sessions.finish():
            result.add_session(closed, out, options.report_limit)
    summary.bytes_read = reader.consumed
    result.unreadable = reader.unreadable
    summary.seconds = time.perf_counter() - started
    return result


def _strict_error(skipped: Skipped) -> ReplayFormatError:
    path, _, line = skipped.where.rpartition(":")
    if path and line.isdigit():
        return ReplayFormatError(skipped.reason, path=path, line=int(line))
    return ReplayFormatError(skipped.reason, path=skipped.where)
