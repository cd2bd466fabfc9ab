"""Checking replayed records: records in, outcomes out, the same in every process.

``Engine.process`` decodes a batch of records of one file, turns each into traces with the
file's format, checks them with a ``Monitor`` and returns small picklable outcomes, so the
same code serves one process, a pool of them and ``batch_check``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pydantic import ValidationError

from cotmonitor.checks.base import run_checks
from cotmonitor.errors import ConfigError
from cotmonitor.monitor import Monitor
from cotmonitor.replay.formats import FORMATS, RecordError, ReplayFormat
from cotmonitor.replay.judge_and_packs import checks_with_rule_pack, load_judge
from cotmonitor.replay.session_steps import SessionStep, session_step
from cotmonitor.trace.model import Trace
from cotmonitor.types import Check
from cotmonitor.verdicts import Verdict, make_verdict

_QUOTE_CHARS = 160
# Timings differ from run to run; leaving them out keeps findings files diffable.
_NOT_REPLAYABLE = {"durations"}


class FindingRow(NamedTuple):
    """The part of a finding the summary needs, cheap to send between processes."""

    check: str
    category: str
    severity: str
    score: float
    hint_type: str | None
    quote: str


class Checked(NamedTuple):
    """A trace that was checked (a tuple: cheap to send back from a worker process)."""

    where: str
    trace_id: str
    model: str
    provider: str
    time: float
    visibility: str
    alert: bool
    findings: tuple[FindingRow, ...]
    verdict_json: str | None
    """The verdict as a JSON line, only when it has findings."""
    step: SessionStep | None = None
    """The trace's step of its session, when the log ties it to one and sessions are on."""


class Skipped(NamedTuple):
    """A record that could not be checked, and why."""

    where: str
    kind: str
    reason: str


Outcome = Checked | Skipped


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """How to build an engine; picklable, so each worker process builds its own."""

    checks: Sequence[Check] | None = None
    judge_model: str | None = None
    judge_sample: float = 1.0
    rule_pack: str | None = None
    require_reasoning: bool = False
    sessions: bool = True
    """Reduce the traces a log ties to a session to step facts, for the session pass."""
    extra: dict[str, Any] = field(default_factory=dict)

    def build(self) -> Engine:
        """The engine this spec describes.

        Raises:
            ConfigError: the judge or rule pack cannot be loaded.
        """
        checks = list(self.checks) if self.checks is not None else None
        if self.rule_pack is not None:
            if checks is not None:
                raise ConfigError("give checks or a rule pack, not both")
            checks = checks_with_rule_pack(self.rule_pack)

        judge = load_judge(self.judge_model, self.judge_sample) if self.judge_model else None
        monitor = Monitor(checks, judge=judge, exporters=[], mode="inline")
        return Engine(monitor, require_reasoning=self.require_reasoning, sessions=self.sessions)


def _line(verdict: Verdict) -> str:
    return verdict.model_dump_json(exclude=_NOT_REPLAYABLE)


def _rows(verdict: Verdict) -> tuple[FindingRow, ...]:
    rows = []
    for f in verdict.findings:
        quote = f.evidence[0].quote[:_QUOTE_CHARS] if f.evidence else ""
        hint = f.details.get("hint_type")
        rows.append(
            FindingRow(
                f.check,
                f.category,
                f.severity.value,
                f.score,
                hint if isinstance(hint, str) else None,
                quote,
            )
        )
    return tuple(rows)


class Engine:
    """Checks the records of one file at a time.

    Args:
        monitor: whose checks (and judge) run; its exporters are not called.
        require_reasoning: skip traces without readable reasoning instead of checking them.
        sessions: give each trace a log ties to a session its ``SessionStep``.
    """

    def __init__(
        self, monitor: Monitor, *, require_reasoning: bool = False, sessions: bool = False
    ) -> None:
        self.monitor = monitor
        self.require_reasoning = require_reasoning
        self.sessions = sessions
        self._loop: asyncio.AbstractEventLoop | None = None

    def verdict(self, trace: Trace) -> Verdict | None:
        """The verdict of one trace (rules, then the judge); ``None`` when nothing was found.

        Without a judge this is ``monitor.check(trace, export=False)`` minus building a
        ``Verdict`` for the many clean traces, which is a fifth of the time per trace.
        """
        monitor = self.monitor
        if monitor.judge is None:
            run = run_checks(trace, monitor.checks)
            if not run.findings and not run.errors:
                return None
            for error in run.errors:
                component = error.split(":", 1)[0]
                monitor.stats.incr("internal_errors", stage="check", component=component)
            return make_verdict(trace, run.findings, monitor.alert_policy, run.errors)
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(self.monitor.acheck(trace, export=False))

    def process(
        self, fmt: ReplayFormat | str, where: str, records: Iterable[tuple[int, Any]]
    ) -> list[Outcome]:
        """Outcomes for ``records`` (``(position, payload)``), in order.

        ``where`` is a format string with ``{}`` for the position (``"app.jsonl:{}"``).
        """
        if isinstance(fmt, str):
            fmt = FORMATS[fmt]
        out: list[Outcome] = []
        opened: set[str] = set()
        for position, payload in records:
            here = where.format(position)
            try:
                traces = _traces(fmt, payload)
            except RecordError as exc:
                out.append(Skipped(here, exc.kind, str(exc)))
                continue
            except Exception as exc:
                out.append(
                    Skipped(here, "bad_record", f"not a valid {fmt.name} record ({_brief(exc)})")
                )
                continue
            out.extend(self._check(here, trace, opened) for trace in traces)
        return out

    def _check(self, where: str, trace: Trace, opened: set[str]) -> Outcome:
        visibility = trace.visibility
        if self.require_reasoning and visibility not in ("readable", "summary"):
            return Skipped(where, "no_reasoning", f"no readable reasoning ({visibility})")
        if visibility == "absent" and not trace.output and not trace.tool_calls:
            return Skipped(where, "empty", "no reasoning, no output and no tool call to check")
        verdict = self.verdict(trace)
        return Checked(
            where=where,
            trace_id=trace.id,
            model=trace.model,
            provider=trace.provider,
            time=trace.time.timestamp(),
            visibility=visibility,
            alert=verdict.alert if verdict is not None else False,
            findings=_rows(verdict) if verdict is not None else (),
            verdict_json=_line(verdict) if verdict is not None and verdict.findings else None,
            step=session_step(trace, opened) if self.sessions else None,
        )

    def close(self) -> None:
        """Release the event loop the judge ran on."""
        if self._loop is not None:
            self._loop.close()
            self._loop = None


def _traces(fmt: ReplayFormat, payload: Any) -> list[Trace]:
    fast = getattr(fmt, "traces_from_json", None)
    if fast is not None and isinstance(payload, bytes):
        found: list[Trace] | None = fast(payload)
        if found is not None:
            return found
    return fmt.traces(decode(payload))


def decode(payload: Any) -> Any:
    """A record's JSON value: lines are parsed, already-parsed records pass through.

    Raises:
        RecordError: the line is not valid JSON, or is an error the reader recorded.
    """
    if isinstance(payload, RecordError):
        raise payload
    if not isinstance(payload, (bytes, str)):
        return payload
    try:
        return json.loads(payload)
    except json.JSONDecodeError as exc:
        raise RecordError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", kind="malformed_json"
        ) from exc
    except UnicodeDecodeError as exc:
        raise RecordError(f"not UTF-8 text ({exc.reason})", kind="malformed_json") from exc
    except RecursionError as exc:
        raise RecordError("JSON nested too deeply to read", kind="malformed_json") from exc


def _brief(exc: Exception) -> str:
    """One line about ``exc``; for a pydantic ``ValidationError``, its first field and why."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, ValidationError) and exc.errors():
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first.get("loc", ()))
        text = f"{loc}: {first.get('msg')}" if loc else str(first.get("msg"))
    return f"{type(exc).__name__}: {text}"[:300]
