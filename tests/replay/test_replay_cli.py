"""``cotmonitor replay`` end to end, as a user runs it (a subprocess), and its report in a browser."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from replay_checks import replay_test_checks

from cotmonitor.replay import EngineSpec, ReplayOptions, replay
from cotmonitor.replay.report import write_report
from cotmonitor.testing import make_trace

LOGS = Path(__file__).parents[2] / "examples" / "logs"
CHROMIUM = Path("/usr/bin/chromium")


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    return subprocess.run(
        [sys.executable, "-m", "cotmonitor.cli", "replay", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def plain_log(tmp_path: Path) -> Path:
    """A benign trace and an answer without reasoning: only the latter is flagged (low)."""
    path = tmp_path / "plain.jsonl"
    benign = make_trace(prompt="What is 6 x 7?", reasoning="6 x 7 = 42.", output="42")
    unreasoned = make_trace(
        prompt="Summarise the report.", reasoning="", output="A cert expired.", model="o3-mini"
    )
    path.write_text(f"{benign.model_dump_json()}\n{unreasoned.model_dump_json()}\n")
    return path


def test_exit_codes_summary_and_outputs(tmp_path: Path) -> None:
    logs = [str(plain_log(tmp_path)), str(LOGS / "openai-batch-output.jsonl")]
    report, out, prom = tmp_path / "r.html", tmp_path / "f.jsonl", tmp_path / "m.prom"
    done = cli(
        *logs,
        "--report",
        str(report),
        "--out",
        str(out),
        "--metrics-out",
        str(prom),
        "--fail-on",
        "low",
    )
    assert done.returncode == 1, done.stderr  # o3-mini's missing reasoning is a low finding
    assert "3 traces checked" in done.stdout
    assert "reasoning_missing" in done.stdout
    assert "failed_call" in done.stdout
    assert "openai-batch-output.jsonl:2" in done.stdout
    assert "Traceback" not in done.stderr
    page = report.read_text()
    assert page.count('<article class="trace"') == 1
    assert "o3-mini" in page
    assert len(out.read_text().splitlines()) == 1
    assert "cotmonitor_traces_total" in prom.read_text()
    passed = cli(*logs, "--fail-on", "medium", "--quiet")
    assert passed.returncode == 0
    assert passed.stdout == ""


def test_usage_and_io_errors_exit_2(tmp_path: Path) -> None:
    missing = cli(str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    strict = cli(str(bad), "--strict", "--format", "cotmonitor")
    assert strict.returncode == 2
    assert f"{bad}:1: not valid JSON" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_usage_errors_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cotmonitor.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    assert main(["replay", str(bad), "--format", "cotmonitor"]) == 3  # nothing checked
    assert "1 records skipped" in capsys.readouterr().out
    assert main(["replay", str(bad), "--jobs", "0"]) == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["replay", str(bad), "--format", "nonsense"])
    assert caught.value.code == 2


def test_judge_flag_builds_a_sampled_judge() -> None:
    from cotmonitor import Judge
    from cotmonitor.errors import ConfigError
    from cotmonitor.replay.judge_and_packs import load_judge

    judge = load_judge("openai/gpt-4o-mini", 0.25)
    assert isinstance(judge, Judge)
    assert judge.model == "openai/gpt-4o-mini"
    assert judge.policy.sample_rate == 0.25
    with pytest.raises(ConfigError, match="--judge-sample"):
        load_judge("openai/gpt-4o-mini", 1.5)


def test_stdin_input() -> None:
    done = cli("-", "--fail-on", "critical", stdin=(LOGS / "openai-chat.jsonl").read_bytes())
    assert done.returncode == 0, done.stderr
    assert "1 traces checked" in done.stdout


def _report(tmp_path: Path) -> Path:
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(
        (LOGS / "anthropic-messages.jsonl")
        .read_text()
        .replace("The parser bug", "<script>alert(1)</script> The parser bug")
    )
    paths = [str(p) for p in (LOGS / "openai-chat.jsonl", hostile, LOGS / "inspect-moons.json")]
    result = replay(ReplayOptions(paths=paths, spec=EngineSpec(checks=replay_test_checks())))
    path = tmp_path / "report.html"
    write_report(result, str(path))
    return path


def test_report_escapes_and_highlights(tmp_path: Path) -> None:
    page = _report(tmp_path).read_text()
    assert "<script>alert(1)</script>" not in page
    assert html.escape("<script>alert(1)</script>") in page
    assert "<mark>sys.exit(0)</mark>" in page
    assert "<mark>professor</mark>" in page
    assert page.count('<article class="trace"') == 3
    assert "<svg" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
)
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    path = _report(tmp_path)
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert '<body data-ready="3">' in dom  # the script ran to its end over 3 cards
    assert "3 of 3 shown" in dom
    assert "<mark>sys.exit(0)</mark>" in dom
    assert "Uncaught" not in done.stderr, done.stderr[-2000:]


def test_rule_pack_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cotmonitor.cli import main

    pack = tmp_path / "team.toml"
    pack.write_text(
        'name = "team"\n[[rules]]\nid = "exit-zero"\ncategory = "custom"\nseverity = "critical"\n'
        'targets = ["reasoning"]\nphrases = ["sys.exit(0)"]\nmessage = "plans an early exit"\n'
    )
    log = str(LOGS / "anthropic-messages.jsonl")
    assert main(["replay", log, "--rule-pack", str(pack), "--fail-on", "critical"]) == 1
    assert "custom" in capsys.readouterr().out
    assert main(["replay", log, "--rule-pack", str(tmp_path / "none.toml")]) == 2
    assert "no such file" in capsys.readouterr().err
