"""An append-only JSONL sink of verdicts: the replay input format.

Each line is one ``Verdict`` as JSON (``Verdict.model_dump_json()``): the full ``trace``
(prompt messages, reasoning, output, usage, labels) and its ``findings``. ``cotmonitor
replay`` reads these lines back, as well as bare ``Trace`` objects one per line.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from cotmonitor.exporters.redact import redact_verdict
from cotmonitor.verdicts import Verdict


class JsonlExporter:
    """Appends every verdict (or only those with findings) to a file, one JSON object a line.

    Args:
        path: the file to append to; parent folders are created.
        only_findings: skip verdicts without findings.
        fsync: ``os.fsync`` after each line, for logs that must survive a crash.
        redactor: applied to every text of the verdict before it is written; a monitor
            gives its own when this is ``None``.
    """

    name = "jsonl"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        only_findings: bool = False,
        fsync: bool = False,
        redactor: Callable[[str], str] | None = None,
    ) -> None:
        self.path = Path(path)
        self.only_findings = only_findings
        self.fsync = fsync
        self.redactor = redactor
        self._lock = threading.Lock()
        self._file: IO[str] | None = None

    def __call__(self, verdict: Verdict) -> None:
        if self.only_findings and not verdict.findings:
            return
        if self.redactor is not None:
            verdict = redact_verdict(verdict, self.redactor)
        line = verdict.model_dump_json() + "\n"
        with self._lock:
            handle = self._open()
            handle.write(line)
            if self.fsync:
                handle.flush()
                os.fsync(handle.fileno())

    def bind(self, monitor: Any) -> None:
        """Adopt the monitor's redactor when none was given."""
        if self.redactor is None:
            self.redactor = getattr(monitor, "redactor", None)

    def _open(self) -> IO[str]:
        if self._file is None or self._file.closed:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def flush(self) -> None:
        """Write buffered lines to the file."""
        with self._lock:
            if self._file is not None and not self._file.closed:
                self._file.flush()

    def close(self) -> None:
        """Close the file; a later verdict reopens it."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
