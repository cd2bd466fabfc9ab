"""Every user error of every command: one line on stderr, exit 2, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from cotmonitor.cli import COMMANDS, USAGE_ERROR, main
from cotmonitor.testing import make_trace


def one_error_line(capsys: pytest.CaptureFixture[str], command: str) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"cotmonitor {command}: ")
    return lines[0]


def test_eval_with_a_missing_rule_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "labelled.jsonl"
    data.write_text("")
    missing = tmp_path / "missing.toml"
    assert main(["eval", "--rule-pack", str(missing), str(data)]) == USAGE_ERROR
    line = one_error_line(capsys, "eval")
    assert str(missing) in line


def test_check_with_a_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    assert main(["check", "-i", str(missing)]) == USAGE_ERROR
    assert one_error_line(capsys, "check") == (
        f"cotmonitor check: {missing}: No such file or directory"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"reasoning": 5}', "not a valid trace: reasoning: Input should be a valid string"),
        (b"\xff\xfe not json", "not a valid trace: (top level): Invalid JSON"),
        (b"", "not a valid trace: (top level): Invalid JSON"),
    ],
)
def test_check_with_an_invalid_trace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    path = tmp_path / "trace.json"
    path.write_bytes(content)
    assert main(["check", "-i", str(path)]) == USAGE_ERROR
    assert reason in one_error_line(capsys, "check")


def test_check_reads_a_valid_trace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "trace.json"
    path.write_text(make_trace().model_dump_json())
    assert main(["check", "-i", str(path)]) == 0
    assert '"alert":false' in capsys.readouterr().out


def test_replay_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(tmp_path / "nope.jsonl")]) == USAGE_ERROR
    assert "nope.jsonl: no such file" in one_error_line(capsys, "replay")


def test_faithfulness_with_a_missing_question_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "questions.jsonl"
    argv = ["faithfulness", "--model", "openai/x", "--questions", str(missing), "--no-cache"]
    assert main(argv) == USAGE_ERROR
    assert str(missing) in one_error_line(capsys, "faithfulness")


def test_the_real_command_prints_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cotmonitor.cli", "eval", "--rule-pack", "missing.toml", "x"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == USAGE_ERROR
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_option_has_help_text(command: str) -> None:
    parser = argparse.ArgumentParser(prog=f"cotmonitor {command}")
    importlib.import_module(COMMANDS[command][0]).add_arguments(parser)
    silent = [
        action.option_strings[0] if action.option_strings else action.dest
        for action in parser._actions
        if not action.help
    ]
    assert silent == []


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cotmonitor", "check", "-i", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == USAGE_ERROR
    assert done.stderr.startswith("cotmonitor check: ")
    assert "Traceback" not in done.stderr
