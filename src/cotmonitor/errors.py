"""The one error tree of cotmonitor.

::

    CotMonitorError
     ├── ConfigError          bad settings, rule packs or arguments, raised at configuration time
     ├── CaptureError         a provider response could not be read into a Trace
     ├── JudgeError           the LLM judge failed
     │    ├── JudgeTimeout
     │    └── JudgeResponseError   the judge answered, but not in the required schema
     ├── ExportError          an exporter failed
     ├── ReplayFormatError    a logged record could not be read (carries file and line)
     └── GuardBlocked         guard mode: the policy blocked a response (carries the verdict)

Errors inside the monitor never reach the wrapped call: they are counted and logged. These
classes are what ``Monitor.check``, the CLI and configuration raise to *their* caller. The one
exception a wrapped call can raise because of cotmonitor is ``GuardBlocked``, and only in
guard mode, when the user's policy says so.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cotmonitor.verdicts import Verdict


class CotMonitorError(Exception):
    """Base class of every error cotmonitor raises."""


class ConfigError(CotMonitorError, ValueError):
    """A setting, rule pack or argument is invalid."""


class CaptureError(CotMonitorError):
    """A provider response could not be normalized into a Trace."""


class JudgeError(CotMonitorError):
    """The LLM judge failed."""


class JudgeTimeout(JudgeError, TimeoutError):
    """The LLM judge did not answer in time."""


class JudgeResponseError(JudgeError):
    """The LLM judge answered, but not in the required schema."""


class ExportError(CotMonitorError):
    """An exporter failed."""


class ReplayFormatError(CotMonitorError):
    """A logged record could not be read.

    Attributes:
        path: the file the record came from.
        line: 1-based line (or record) number, when known.
        reason: what was wrong.
    """

    def __init__(self, reason: str, *, path: str = "-", line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class GuardBlocked(CotMonitorError):
    """Guard mode: the policy blocked this response; the provider's response is not returned.

    Raised by the wrapped call (or, for a stream, by its iterator, before any answer chunk
    reaches the caller). The message names the rule and the finding that decided.

    Attributes:
        verdict: the verdict behind the block: ``.findings`` with their evidence,
            ``.trace.id``, and ``.guard``, the decision (``rule``, ``action``, ``stage``).

    .. versionadded:: 0.2.0
    """

    def __init__(self, verdict: Verdict, message: str | None = None) -> None:
        self.verdict = verdict
        super().__init__(message or f"cotmonitor guard blocked trace {verdict.trace.id}")

    @property
    def rule(self) -> str | None:
        """The id of the policy rule that blocked (``on_error`` for a fail-closed block)."""
        decision = self.verdict.guard
        return None if decision is None else decision.rule

    @property
    def trace_id(self) -> str:
        """The id of the blocked call's trace (as in logs, spans and the JSONL log)."""
        return self.verdict.trace.id

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.verdict, str(self)))
