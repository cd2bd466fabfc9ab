"""Opening replay inputs: plain files, ``.gz`` files and stdin (``-``), read as byte lines.

Everything here streams: a line is read, handed on and forgotten, so memory stays flat
whatever the size of the log. Bytes read from disk are counted so a progress bar can show
how far through the (possibly compressed) file the run is.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from cotmonitor.errors import ReplayFormatError

_GZIP_MAGIC = b"\x1f\x8b"


class CountingReader(io.RawIOBase):
    """A read-only byte stream that counts what it has read from the stream below it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.consumed += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def display_name(path: str) -> str:
    """How a path is named in messages (``<stdin>`` for ``-``)."""
    return "<stdin>" if path == "-" else path


@contextmanager
def open_bytes(path: str) -> Iterator[tuple[IO[bytes], CountingReader]]:
    """Open ``path`` (``-`` is stdin) for binary reading, gunzipping when it is gzip.

    Yields the decoded stream and the counter of raw bytes read from disk.

    Raises:
        ReplayFormatError: the file cannot be opened.
    """
    try:
        raw: IO[bytes] = sys.stdin.buffer if path == "-" else Path(path).open("rb")  # noqa: SIM115
    except OSError as exc:
        raise ReplayFormatError(f"cannot open: {exc.strerror or exc}", path=path) from exc
    counter = CountingReader(raw)
    buffered = io.BufferedReader(counter, buffer_size=1 << 20)
    try:
        stream: IO[bytes] = buffered
        if buffered.peek(2)[:2] == _GZIP_MAGIC:
            stream = gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[assignment]
        yield stream, counter
    finally:
        if path != "-":
            buffered.close()


def iter_lines(stream: IO[bytes], path: str) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` for every non-blank line of ``stream`` (1-based).

    Raises:
        ReplayFormatError: the stream broke off (a truncated or corrupt gzip file).
    """
    lineno = 0
    try:
        for line in stream:
            lineno += 1
            # strip() copies the line: only a line that starts with white space can be blank
            if not line[:1].isspace() or line.strip():
                yield lineno, line
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise ReplayFormatError(
            f"input ends early or is corrupt ({type(exc).__name__}: {exc})",
            path=display_name(path),
            line=lineno + 1,
        ) from exc
