"""The one error tree of cotmonitor.

::

    CotMonitorError
     ├── ConfigError          bad settings, rule packs or arguments, raised at configuration time
     ├── CaptureError         a provider response could not be read into a Trace
     ├── JudgeError           the LLM judge failed
     │    ├── JudgeTimeout
     │    └── JudgeResponseError   the judge answered, but not in the required schema
     ├── ExportError          an exporter failed
     └── ReplayFormatError    a logged record could not be read (carries file and line)

Errors inside the monitor never reach the wrapped call: they are counted and logged. These
classes are what ``Monitor.check``, the CLI and configuration raise to *their* caller.

.. versionadded:: 0.1.0
"""

from __future__ import annotations


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
