"""One input file -> its format and a stream of records, peeking only at the first record.

JSON Lines files (every format but Inspect's) are read line by line: lines stay raw bytes so
the worker processes do the JSON parsing. A pretty-printed JSON document (an Inspect
``.json`` log, an OTLP export) and a zip (Inspect ``.eval``) are streamed record by record.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import io
import itertools
import json
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import IO, Any

from cotmonitor.errors import ReplayFormatError
from cotmonitor.replay.checking import decode
from cotmonitor.replay.documents import Record, document_records, eval_zip_records
from cotmonitor.replay.formats import FORMATS, RecordError, ReplayFormat, detect
from cotmonitor.replay.source import CountingReader, display_name, iter_lines, open_bytes
from cotmonitor.trace.model import Trace

_ZIP_MAGIC = b"PK\x03\x04"
_SNIFF_LINES = 50


@dataclass
class FileInput:
    """An opened input: its format, its records and how far into the file reading is."""

    path: str
    format: ReplayFormat
    records: Iterator[Record]
    where: str
    """Format string for a record's location, ``{}`` standing for its position."""
    counter: CountingReader | None


class _Prefixed(io.RawIOBase):
    """Bytes already read (to peek) followed by the rest of the stream."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _is_document(first: bytes | RecordError, second: bytes | RecordError | None) -> bool:
    """A multi-line JSON document rather than JSON Lines (whose first line may be broken)."""
    if isinstance(first, RecordError) or isinstance(second, RecordError):
        return False
    text = first.strip()
    if not text.startswith((b"{", b"[")) or not _cut_at_end(text):
        return False
    return second is None or not _parses(second)


def _cut_at_end(text: bytes) -> bool:
    """Whether ``text`` is JSON that is valid up to its end, where it stops short."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(text.decode("utf-8", "replace")) - 1
    except (UnicodeDecodeError, RecursionError):
        return False
    return False


def _parses(text: bytes) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return False
    return True


Line = tuple[int, bytes | RecordError]


def _sniff_lines(lines: Iterator[Line]) -> tuple[list[Line], ReplayFormat | None]:
    peeked: list[Line] = []
    for position, line in lines:
        peeked.append((position, line))
        try:
            fmt = detect(decode(line))
        except RecordError:
            fmt = None
        if fmt is not None or len(peeked) >= _SNIFF_LINES:
            return peeked, fmt
    return peeked, None


def _unknown(path: str, position: int | None) -> ReplayFormatError:
    names = ", ".join(FORMATS)
    return ReplayFormatError(
        f"unknown format (not one of {names}; force one with --format)", path=path, line=position
    )


def _first(
    records: Iterator[Record], forced: ReplayFormat | None, path: str
) -> tuple[ReplayFormat, Iterator[Record]]:
    try:
        first = next(records, None)
    except RecordError as exc:
        raise ReplayFormatError(str(exc), path=path) from exc
    if first is None:
        return forced or FORMATS["cotmonitor"], iter(())
    fmt = forced or (None if isinstance(first[1], RecordError) else detect(first[1]))
    if fmt is None:
        raise _unknown(path, first[0])
    return fmt, itertools.chain([first], records)


def _line_input(
    path: str, stream: IO[bytes], forced: ReplayFormat | None, counter: CountingReader
) -> FileInput:
    name = display_name(path)
    lines = iter_lines(stream, path)
    head = list(itertools.islice(lines, 2))
    if head and _is_document(head[0][1], head[1][1] if len(head) > 1 else None):
        prefix = b"".join(line for _, line in head if isinstance(line, bytes))
        doc = io.BufferedReader(_Prefixed(prefix, stream))
        doc_format, records = _first(document_records(doc), forced, name)
        return FileInput(name, doc_format, records, f"{name}#{{}}", counter)
    lines = itertools.chain(head, lines)
    if forced is not None:
        return FileInput(name, forced, lines, f"{name}:{{}}", counter)
    peeked, fmt = _sniff_lines(lines)
    if fmt is None:
        if not peeked:
            return FileInput(name, FORMATS["cotmonitor"], iter(()), f"{name}:{{}}", counter)
        raise _unknown(name, peeked[0][0])
    return FileInput(name, fmt, itertools.chain(peeked, lines), f"{name}:{{}}", counter)


@contextmanager
def open_input(path: str, forced: str | None = None) -> Iterator[FileInput]:
    """Open one input for replay.

    Raises:
        ReplayFormatError: the file cannot be opened or its format is unknown.
    """
    fmt = FORMATS[forced] if forced else None
    with ExitStack() as stack:
        stream, counter = stack.enter_context(open_bytes(path))
        try:
            peek = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        except (EOFError, OSError, zlib.error) as exc:
            reason = f"input ends early or is corrupt ({type(exc).__name__}: {exc})"
            raise ReplayFormatError(reason, path=display_name(path)) from exc
        if peek == _ZIP_MAGIC:
            if path == "-":
                raise ReplayFormatError(
                    "read .eval (zip) logs from a file, not stdin", path=display_name(path)
                )
            fmt_zip, records = _first(eval_zip_records(path), fmt or FORMATS["inspect"], path)
            yield FileInput(path, fmt_zip, records, f"{path}#{{}}", counter)
            return
        yield _line_input(path, stream, fmt, counter)


def read_traces(path: str, record_format: str | None = None) -> Iterator[Trace]:
    """Every trace in the log at ``path``, in order (no checks run).

    Raises:
        ReplayFormatError: a record cannot be read, naming its file and position.

    .. versionadded:: 0.1.0
    """
    with open_input(path, record_format) as file_input:
        fmt = file_input.format
        try:
            for position, payload in file_input.records:
                try:
                    yield from fmt.traces(decode(payload))
                except RecordError as exc:
                    raise _located(file_input, position, str(exc)) from exc
                except Exception as exc:
                    raise _located(file_input, position, f"{type(exc).__name__}: {exc}") from exc
        except RecordError as exc:
            raise ReplayFormatError(str(exc), path=file_input.path) from exc


def _located(file_input: FileInput, position: int, reason: str) -> ReplayFormatError:
    if file_input.where.endswith(":{}"):
        return ReplayFormatError(reason, path=file_input.path, line=position)
    return ReplayFormatError(reason, path=file_input.where.format(position))
