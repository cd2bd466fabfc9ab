"""Hypothesis over every replay reader and every normalizer: no crash, a reason with a place
for each skipped record, and memory bounded."""

from __future__ import annotations

import gzip
import io
import json
import re
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.replay import FORMATS, ReplayOptions, replay
from cotmonitor.replay.formats import RecordError
from cotmonitor.testing import make_trace
from cotmonitor.trace.normalize import normalize

LOGS = Path(__file__).parents[2] / "examples" / "logs"
EXAMPLES = sorted(p for p in LOGS.iterdir() if p.suffix in (".jsonl", ".json", ".eval"))
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WHERE = re.compile(r"^.+(?::\d+|#\d+)?$")

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
KEYS = ["trace", "request", "response", "choices", "message", "content", "reasoning",
        "messages", "usage", "model", "resourceSpans", "samples", "eval", "output", "custom_id",
        "result", "response_obj", "type", "role", "thinking", "body", "id"]  # fmt: skip
shaped = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=30,
)


def every_outcome_is_accounted_for(path: Path, result: Any) -> None:
    summary = result.summary
    for examples in summary.skip_examples.values():
        for example in examples:
            where, _, reason = example.partition(": ")
            assert where.startswith(str(path)), example
            assert reason, example


def mutate(record: Any, value: Any, data: st.DataObject) -> Any:
    """``record`` with one field (anywhere) replaced by ``value``."""
    if isinstance(record, dict) and record:
        key = data.draw(st.sampled_from(sorted(record)))
        if data.draw(st.booleans()):
            return {**record, key: value}
        return {**record, key: mutate(record[key], value, data)}
    if isinstance(record, list) and record:
        index = data.draw(st.integers(0, len(record) - 1))
        return [*record[:index], mutate(record[index], value, data), *record[index + 1 :]]
    return value


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@FUZZ
@given(record=json_values | shaped)
def test_every_format_reads_any_json_value_or_says_why(fmt: str, record: Any) -> None:
    # A RecordError says why; anything else Engine.process turns into a skipped record
    # naming the format. What must not happen is a crash no reader can catch.
    error: Exception | None = None
    try:
        FORMATS[fmt].traces(record)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        error = exc
    if isinstance(error, RecordError):
        assert str(error)
    elif error is not None:
        assert type(error).__module__ in ("builtins", "pydantic_core._pydantic_core")


@pytest.mark.parametrize(
    "example", [p for p in EXAMPLES if p.suffix == ".jsonl"], ids=lambda p: p.name
)
@FUZZ
@given(data=st.data(), value=scalars | st.lists(scalars, max_size=2) | st.just({}))
def test_wrong_types_in_any_field_of_a_real_record(
    tmp_path: Path, example: Path, data: st.DataObject, value: Any
) -> None:
    lines = [json.loads(line) for line in example.read_text().splitlines() if line.strip()]
    broken = [mutate(line, value, data) for line in lines]
    path = tmp_path / "log.jsonl"
    path.write_text("\n".join(json.dumps(b) for b in broken) + "\n")
    result = replay(ReplayOptions(paths=[str(path)], format=None))
    every_outcome_is_accounted_for(path, result)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
@FUZZ
@given(data=st.data())
def test_bytes_cut_flipped_or_nulled_anywhere(
    tmp_path: Path, example: Path, data: st.DataObject
) -> None:
    raw = bytearray(example.read_bytes())
    how = data.draw(st.sampled_from(["truncate", "flip", "nul", "gzip-truncate"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if how == "truncate":
        raw = raw[:at]
    elif how == "flip":
        raw[at] ^= data.draw(st.integers(1, 255))
    elif how == "nul":
        raw[at:at] = b"\x00" * data.draw(st.integers(1, 8))
    else:
        packed = gzip.compress(bytes(raw))
        raw = bytearray(packed[: max(1, at % len(packed))])
    path = tmp_path / example.name
    path.write_bytes(bytes(raw))
    result = replay(ReplayOptions(paths=[str(path)]))
    every_outcome_is_accounted_for(path, result)


@FUZZ
@given(blob=st.binary(max_size=400))
def test_arbitrary_bytes_as_a_log(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "noise.jsonl"
    path.write_bytes(blob)
    result = replay(ReplayOptions(paths=[str(path)]))
    assert result.summary.traces == 0 or blob.strip().startswith(b"{")
    every_outcome_is_accounted_for(path, result)


@FUZZ
@given(
    members=st.lists(
        st.tuples(
            st.sampled_from(["header.json", "samples/a.json", "samples/b.json"]),
            st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()),
        ),
        max_size=3,
        unique_by=lambda member: member[0],
    ),
    cut=st.integers(0, 10_000),
)
def test_arbitrary_eval_archives(
    tmp_path: Path, members: list[tuple[str, bytes]], cut: int
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    raw = buffer.getvalue()
    path = tmp_path / "log.eval"
    path.write_bytes(raw[: max(4, cut % (len(raw) + 1))] if cut % 3 else raw)
    result = replay(ReplayOptions(paths=[str(path)]))
    every_outcome_is_accounted_for(path, result)


@pytest.mark.parametrize(
    "kind", ["openai.chat", "openai.responses", "anthropic.messages", "litellm", "text"]
)
@FUZZ
@given(
    response=json_values | shaped,
    chunks=st.none() | st.lists(json_values | shaped, max_size=4),
    request=st.dictionaries(st.sampled_from(KEYS), json_values, max_size=4),
)
def test_every_normalizer_raises_only_capture_errors(
    kind: str, response: Any, chunks: Any, request: Any
) -> None:
    raw = RawCapture(kind, request, response=response, chunks=chunks)  # type: ignore[arg-type]
    error: CaptureError | None = None
    try:
        normalize(raw)
    except CaptureError as exc:
        error = exc
    assert error is None or str(error)


def test_deep_nesting_is_a_skipped_record(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    good = make_trace().model_dump_json()
    lists = "[" * 200_000 + "]" * 200_000
    objects = '{"a":' * 100_000 + "1" + "}" * 100_000
    path.write_text(f"{good}\n{lists}\n{objects}\n{good}\n")
    result = replay(ReplayOptions(paths=[str(path)]))
    assert result.summary.traces == 2
    assert result.summary.skipped_total == 2


def test_a_100_mb_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    good = make_trace().model_dump_json().encode()
    piece = b"x" * (1 << 20)
    with path.open("wb") as handle:
        handle.write(good + b"\n" + b'{"trace": {"reasoning": "')
        for _ in range(100):
            handle.write(piece)
        handle.write(b'"}}\n' + good + b"\n")
    tracemalloc.start()
    try:
        result = replay(ReplayOptions(paths=[str(path)]))
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.summary.traces == 2
    assert result.summary.skipped == {"line_too_long": 1}
    assert result.summary.skip_examples["line_too_long"][0].startswith(f"{path}:2: line of 104,")
    assert peak < 80 << 20, f"peak {peak / 2**20:.0f} MiB"
