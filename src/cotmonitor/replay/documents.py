"""Records out of whole-document inputs: Inspect ``.json``/``.eval`` logs, OTLP JSON documents.

A pretty-printed JSON document is streamed with ``ijson`` when it is installed
(``cotmonitor[replay]``), so memory holds one sample at a time; without it the document is
loaded whole, which needs memory in proportion to the file. ``.eval`` logs are zip files with
one JSON file per sample and are always read one sample at a time.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, Any

from cotmonitor.replay.archive import ArchiveError, read_member
from cotmonitor.replay.formats import InspectSample, RecordError

Record = tuple[int, Any]
"""``(position, payload)``: a 1-based line or item number and the raw or parsed record."""


def _doc_records(doc: Any) -> Iterator[Record]:
    if not isinstance(doc, dict):
        yield 1, doc
        return
    if "resourceSpans" in doc:
        for n, item in enumerate(doc.get("resourceSpans") or (), start=1):
            yield n, {"resourceSpans": [item]}
        return
    if "samples" in doc or "eval" in doc:
        header = doc["eval"] if isinstance(doc.get("eval"), dict) else {}
        for n, sample in enumerate(doc.get("samples") or (), start=1):
            yield n, InspectSample(sample, header.get("model"), header.get("created"))
        return
    yield 1, doc


def _ijson_records(stream: IO[bytes]) -> Iterator[Record]:
    import ijson

    header: dict[str, Any] = {}
    events = ijson.parse(stream, use_float=True)
    n = 0
    for prefix, event, value in events:
        if prefix == "eval.model" and event == "string":
            header["model"] = value
        elif prefix == "eval.created" and event == "string":
            header["created"] = value
        elif event == "start_map" and prefix in ("samples.item", "resourceSpans.item"):
            builder = ijson.ObjectBuilder()
            builder.event(event, value)
            for inner_prefix, inner_event, inner_value in events:
                if inner_prefix == prefix and inner_event == "end_map":
                    break
                builder.event(inner_event, inner_value)
            n += 1
            item = builder.value
            if prefix == "samples.item":
                yield n, InspectSample(item, header.get("model"), header.get("created"))
            else:
                yield n, {"resourceSpans": [item]}


def document_records(stream: IO[bytes]) -> Iterator[Record]:
    """The records of one JSON document (an Inspect log or an OTLP export).

    Raises:
        RecordError: the document is not valid JSON.
    """
    try:
        import ijson  # noqa: F401
    except ImportError:
        try:
            doc = json.load(stream)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise RecordError(f"not valid JSON ({exc})", kind="malformed_json") from exc
        except _BROKEN_STREAM as exc:
            raise _broken(exc) from exc
        yield from _doc_records(doc)
        return
    try:
        yield from _ijson_records(stream)
    except _BROKEN_STREAM as exc:
        raise _broken(exc) from exc
    except Exception as exc:
        if type(exc).__module__.startswith("ijson") or isinstance(exc, RecursionError):
            raise RecordError(f"not valid JSON ({exc})", kind="malformed_json") from exc
        raise


_BROKEN_STREAM = (EOFError, OSError, zlib.error)
"""What a truncated or corrupt (gzipped) stream raises while it is read."""


def _broken(exc: BaseException) -> RecordError:
    reason = f"input ends early or is corrupt ({type(exc).__name__}: {exc})"
    return RecordError(reason, kind="corrupt_input")


def eval_zip_records(path: str) -> Iterator[Record]:
    """The samples of an Inspect ``.eval`` (zip) log, one at a time, in archive order.

    A member that cannot be read or parsed is a ``RecordError`` in place of its record.

    Raises:
        RecordError: the archive or its header cannot be read.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise RecordError(f"not a readable .eval archive ({exc})", kind="corrupt_input") from exc
    with archive:
        names = archive.namelist()
        header = _eval_header(archive, names)
        samples = [n for n in names if n.startswith("samples/") and n.endswith(".json")]
        for n, name in enumerate(samples, start=1):
            try:
                sample = json.loads(read_member(archive, name))
            except ArchiveError as exc:
                yield n, RecordError(str(exc), kind="corrupt_input")
                continue
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
                yield n, RecordError(f"{name}: unreadable ({exc})", kind="malformed_json")
                continue
            yield n, InspectSample(sample, header.get("model"), header.get("created"))


def _eval_header(archive: zipfile.ZipFile, names: list[str]) -> dict[str, Any]:
    """The ``eval`` object of the log's header (``header.json``, or the journal's start)."""
    name = next((n for n in ("header.json", "_journal/start.json") if n in names), None)
    if name is None:
        return {}
    try:
        header = json.loads(read_member(archive, name))
    except ArchiveError as exc:
        raise RecordError(f"not a readable .eval archive: {exc}", kind="corrupt_input") from exc
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise RecordError(f"{name}: not valid JSON ({exc})", kind="corrupt_input") from exc
    found = header.get("eval") if isinstance(header, dict) else None
    return found if isinstance(found, dict) else {}
