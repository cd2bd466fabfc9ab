"""The progress bar of a replay: bytes read, traces/s and findings so far, on stderr.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from typing_extensions import Self


class ReplayProgress:
    """A rich progress bar, or nothing at all when ``enabled`` is false.

    Args:
        total_bytes: bytes to read (``None`` when unknown, e.g. stdin).
        enabled: show it (callers pass ``stderr.isatty() and not quiet``).
    """

    def __init__(self, total_bytes: int | None, *, enabled: bool) -> None:
        self.enabled = enabled
        self._started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None
        self._total = total_bytes

    def __enter__(self) -> Self:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("replay"),
            BarColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[traces]} traces ({task.fields[rate]}/s)"),
            TextColumn("[bold]{task.fields[findings]}[/] findings"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(
            "replay", total=self._total, traces=0, rate="0", findings=0
        )
        return self

    def update(self, consumed: int, traces: int, findings: int) -> None:
        """Show the bytes read so far and the running counts."""
        if self._progress is None:
            return
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._progress.update(
            self._task,
            completed=consumed,
            traces=traces,
            rate=f"{traces / elapsed:,.0f}",
            findings=findings,
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
