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
from cotmonitor.replay.formats.base import RecordError

_GZIP_MAGIC = b"\x1f\x8b"
MAX_LINE_BYTES = 16 << 20
"""A longer line is skipped (read past in pieces, never held whole): memory stays bounded."""
_SKIP_PIECE = 1 << 20


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


def iter_lines(
    stream: IO[bytes], path: str, limit: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | RecordError]]:
    """``(line number, line)`` for every non-blank line of ``stream`` (1-based).

    A line longer than ``limit`` bytes comes as a ``RecordError`` in its place.

    Raises:
        ReplayFormatError: the stream broke off (a truncated or corrupt gzip file).
    """
    lineno = 0
    try:
        while line := stream.readline(limit + 1):
            lineno += 1
            if len(line) > limit and not line.endswith(b"\n"):
                size = len(line) + _skip_rest_of_line(stream)
                reason = f"line of {size:,} bytes, longer than the {limit:,} read at most"
                yield lineno, RecordError(reason, kind="line_too_long")
            # strip() copies the line: only a line that starts with white space can be blank
            elif not line[:1].isspace() or line.strip():
                yield lineno, line
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise ReplayFormatError(
            f"input ends early or is corrupt ({type(exc).__name__}: {exc})",
            path=display_name(path),
            line=lineno + 1,
        ) from exc


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    """Read past the rest of the current line in pieces; returns how many bytes that was."""
    skipped = 0
    while piece := stream.readline(_SKIP_PIECE):
        skipped += len(piece)
        if piece.endswith(b"\n"):
            break
    return skipped
