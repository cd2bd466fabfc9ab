"""Session findings in a replay's outputs: findings file, summary, metrics, report; the same with
any ``--jobs``; unreadable lines reported where they are without breaking the grouping."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sessions_support import INSPECT, LITELLM, RESPONSES

from cotmonitor.replay import EngineSpec, ReplayOptions, replay, runner
from cotmonitor.replay.report import write_report

LOGS = [str(LITELLM), str(INSPECT), str(RESPONSES)]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    return subprocess.run(
        [sys.executable, "-m", "cotmonitor.cli", "replay", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def session_lines(path: Path) -> list[dict[str, object]]:
    records = [json.loads(line) for line in path.read_text().splitlines()]
    return [r for r in records if "session_id" in r]


def test_jobs_2_gives_what_jobs_1_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chunks of two records: a session's steps land in different workers
    monkeypatch.setattr(runner, "_CHUNK_RECORDS", 2)
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}.jsonl"
        result = replay(ReplayOptions(paths=LOGS, jobs=jobs, out=str(out)))
        outs.append(out.read_text())
        assert result.summary.sessions == 9
        # the hack in each log, the silent answer key in litellm's and Inspect's
        assert result.summary.session_by_category == {"reward_hack": 3, "unverbalized_hint": 2}
    assert outs[0] == outs[1]
    assert len(session_lines(tmp_path / "jobs1.jsonl")) == 5


def test_unreadable_lines_are_reported_and_the_sessions_still_grouped(tmp_path: Path) -> None:
    good = LITELLM.read_text().splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([good[0], "{not json", *good[1:5], "[1, 2", *good[5:]]) + "\n")
    clean = replay(ReplayOptions(paths=[str(LITELLM)]))
    result = replay(ReplayOptions(paths=[str(broken)]))
    assert result.summary.skipped["malformed_json"] == 2
    examples = result.summary.skip_examples["malformed_json"]
    assert examples[0].startswith(f"{broken}:2:")
    assert examples[1].startswith(f"{broken}:7:")
    assert result.summary.session_steps == clean.summary.session_steps == 9
    assert [s.findings for s in result.sessions] == [s.findings for s in clean.sessions]


def test_too_many_open_sessions_close_the_oldest_early(tmp_path: Path) -> None:
    result = replay(ReplayOptions(paths=[str(LITELLM)], max_sessions=1))
    # round robin over three conversations with room for one: every step reopens its session
    assert result.summary.sessions_evicted == 8
    assert result.summary.sessions == 9
    assert result.summary.session_steps == 9
    assert result.summary.session_findings == 0  # no session kept two steps
    done = cli(str(LITELLM), "--max-sessions", "1")
    assert done.returncode == 0, done.stderr
    assert "9 sessions (9 steps): 0 session findings in 0 sessions; 8 closed early" in done.stdout


def test_cli_writes_session_findings_and_metrics_and_can_turn_sessions_off(
    tmp_path: Path,
) -> None:
    out, prom = tmp_path / "f.jsonl", tmp_path / "m.prom"
    done = cli(*LOGS, "--out", str(out), "--metrics-out", str(prom))
    assert done.returncode == 0, done.stderr
    assert re.search(r"9 sessions \(27 steps\): \d+ session findings in \d+ sessions", done.stdout)
    assert "Session findings by category" in done.stdout
    sessions = session_lines(out)
    assert {s["session_id"] for s in sessions} >= {"fix-parser", "moons-key"}
    fix = next(s for s in sessions if s["session_id"] == "fix-parser")
    assert all(f["scope"] == "session" for f in fix["findings"])  # type: ignore[union-attr]
    metrics = prom.read_text()
    assert 'cotmonitor_session_findings_total{category="reward_hack"}' in metrics
    assert "cotmonitor_replay_sessions_total 9.0" in metrics

    # the findings file replays again: session lines are read as nothing to check, not errors
    again = cli(str(out), "--quiet")
    assert again.returncode == 0, again.stderr

    off = cli(*LOGS, "--out", str(out), "--metrics-out", str(prom), "--no-sessions")
    assert off.returncode == 0, off.stderr
    assert session_lines(out) == []
    assert "sessions (" not in off.stdout
    assert "cotmonitor_replay_sessions_total 0.0" in prom.read_text()


def test_report_draws_a_timeline_for_each_session_with_findings(tmp_path: Path) -> None:
    result = replay(ReplayOptions(paths=[str(LITELLM)], spec=EngineSpec()))
    report = tmp_path / "r.html"
    write_report(result, str(report))
    page = report.read_text()
    cards = re.findall(r'<article class="session".*?</article>', page, flags=re.DOTALL)
    assert len(cards) == result.summary.sessions_flagged >= 2
    fix = next(c for c in cards if "<h3>fix-parser " in c)
    assert "session-timeline" in fix
    assert fix.count('<circle class="step"') == 4
    # the hack finding marks step 1 (the plan) and step 3 (the act) with an arrow between
    assert 'data-step="1"' in fix
    assert 'data-step="3"' in fix
    assert 'class="arrow"' in fix
    assert "reward_hack" in fix
    assert "sum-check" not in page.split('<section id="sessions">', 1)[1].split("</section>")[0]
    assert not re.search(r'(src|href)="https?:', page)  # self-contained
