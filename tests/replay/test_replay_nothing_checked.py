"""A replay that checked no trace must not pass a CI gate: exit 3 and say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from cotmonitor.cli import main
from cotmonitor.testing import make_trace

NOTHING_CHECKED = 3


@pytest.mark.parametrize(
    ("content", "forced", "why"),
    [
        ('{"hello": "world"}\n', [], "1 unknown_format"),
        ("not json\n{also not\n", ["--format", "cotmonitor"], "2 malformed_json"),
        ("not json\n{also not\n", [], "1 unknown_format"),
        ("", [], "the input holds no record"),
        ("\n\n   \n\t\n", [], "the input holds no record"),
    ],
    ids=["unknown-format", "all-malformed", "all-malformed-detected", "empty", "blank"],
)
def test_fail_on_exits_3_when_nothing_was_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, forced: list[str], why: str
) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text(content)
    assert main(["replay", str(path), "--fail-on", "high", *forced]) == NOTHING_CHECKED
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith("cotmonitor replay: no trace was checked")
    assert why in line
    assert "no trace was checked" in captured.out  # the summary says it too


def test_allow_empty_accepts_it(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text("")
    assert main(["replay", str(path), "--fail-on", "high", "--allow-empty", "--quiet"]) == 0


def test_one_checked_trace_is_enough(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text("not json\n" + make_trace().model_dump_json() + "\n")
    assert main(["replay", str(path), "--fail-on", "high", "--quiet"]) == 0
