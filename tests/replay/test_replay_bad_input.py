"""Bad input is reported with file:line and a reason, counted, skipped; --strict stops at it."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest

from cotmonitor.errors import ReplayFormatError
from cotmonitor.replay import EngineSpec, ReplayOptions, read_traces, replay
from cotmonitor.testing import make_trace

LOGS = Path(__file__).parents[2] / "examples" / "logs"


def good_line(**fields: object) -> str:
    return make_trace(**fields).model_dump_json()


def run(*paths: Path, **options: object) -> object:
    return replay(ReplayOptions(paths=[str(p) for p in paths], **options))  # type: ignore[arg-type]


def test_malformed_line_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text(f'{good_line()}\n{{"trace": {{"reasoning": "cut\n{good_line()}' + "\n")
    result = run(path)
    assert result.summary.traces == 2
    assert result.summary.skipped == {"malformed_json": 1}
    (example,) = result.summary.skip_examples["malformed_json"]
    assert example.startswith(f"{path}:2: not valid JSON")


def test_strict_turns_the_first_bad_record_into_an_error(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text(f"{good_line()}\nnot json\nalso not json" + "\n")
    with pytest.raises(ReplayFormatError) as caught:
        run(path, strict=True)
    assert (caught.value.path, caught.value.line) == (str(path), 2)


def test_unknown_format_names_the_file_and_skips_it(tmp_path: Path) -> None:
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"hello": "world"}\n{"hello": "again"}\n')
    good = tmp_path / "good.jsonl"
    good.write_text(good_line() + "\n")
    result = run(odd, good)
    assert result.summary.traces == 1
    assert result.summary.skipped == {"unknown_format": 1}
    assert result.summary.skip_examples["unknown_format"][0].startswith(f"{odd}:1: unknown format")


def test_a_record_of_the_wrong_shape_under_a_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text('{"request": {}, "response": {"object": "list"}}\n')
    result = run(path, format="openai")
    assert result.summary.skipped == {"bad_record": 1}
    assert "no 'choices'" in result.summary.skip_examples["bad_record"][0]


def test_records_with_no_reasoning(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    empty = good_line(reasoning="", output="")
    unreasoned = good_line(reasoning="", output="42")
    path.write_text(f"{empty}\n{unreasoned}\n{good_line()}" + "\n")
    # nothing at all to check: skipped; an answer without reasoning: checked (reasoning_missing)
    result = run(path)
    assert result.summary.skipped == {"empty": 1}
    assert result.summary.by_category == {"reasoning_missing": 1}
    assert result.summary.skip_examples["empty"][0].startswith(f"{path}:1:")
    # --require-reasoning skips both
    result = run(path, spec=EngineSpec(require_reasoning=True))
    assert result.summary.skipped == {"no_reasoning": 2}
    assert result.summary.traces == 1


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    whole = gzip.compress(
        ("\n".join(good_line(output=f"answer {i}") for i in range(400)) + "\n").encode()
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    result = run(path)
    assert 0 < result.summary.traces < 400
    assert result.summary.skipped == {"corrupt_input": 1}
    assert "ends early or is corrupt" in result.summary.skip_examples["corrupt_input"][0]
    with pytest.raises(ReplayFormatError, match="ends early"):
        list(read_traces(str(path)))


def test_corrupt_eval_archive_member(tmp_path: Path) -> None:
    path = tmp_path / "broken.eval"
    with (
        zipfile.ZipFile(LOGS / "inspect-moons.eval") as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[:50] if name.startswith("samples/moons-1") else data)
    result = run(path)
    assert result.summary.traces == 1
    assert result.summary.skipped == {"malformed_json": 1}
    assert result.summary.skip_examples["malformed_json"][0].startswith(
        f"{path}#1: samples/moons-1"
    )


def test_a_broken_json_document(tmp_path: Path) -> None:
    text = (LOGS / "inspect-moons.json").read_text()
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) * 3 // 4])
    result = run(path)
    assert result.summary.traces == 1  # the first sample was complete
    assert result.summary.skipped == {"corrupt_input": 1}


def test_invalid_trace_fields_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    line = json.loads(good_line())
    line["usage"] = {"input_tokens": "many"}
    path.write_text(json.dumps(line) + "\n")
    result = run(path)
    (example,) = result.summary.skip_examples["bad_record"]
    assert "usage.input_tokens" in example
    assert "Traceback" not in example


def test_a_document_broken_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "eval": {"model": "m"},\n  "samples": [ {"id": 1,, }\n')
    result = run(path)
    assert result.summary.traces == 0
    assert result.summary.skipped == {"corrupt_input": 1}
    assert result.summary.skip_examples["corrupt_input"][0].startswith(f"{path}: not valid JSON")


def test_a_gzip_file_cut_in_its_header(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(good_line().encode())[:12])
    result = run(path)
    assert result.summary.skipped == {"corrupt_input": 1}
    assert "ends early or is corrupt" in result.summary.skip_examples["corrupt_input"][0]
