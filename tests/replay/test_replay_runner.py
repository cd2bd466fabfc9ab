"""The runner: findings with deterministic checks, order-preserving parallelism, outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from replay_checks import replay_test_checks

from cotmonitor import Verdict
from cotmonitor.replay import EngineSpec, ReplayOptions, replay
from cotmonitor.replay.metrics import write_metrics
from cotmonitor.testing import make_trace

LOGS = Path(__file__).parents[2] / "examples" / "logs"
# The multi-step session samples are the session tests' (test_sessions_*.py).
SESSION_LOGS = {"litellm-session.jsonl", "openai-responses-chain.jsonl", "inspect-session.eval"}
ALL_LOGS = sorted(
    str(p)
    for p in LOGS.iterdir()
    if p.suffix in (".jsonl", ".json", ".eval") and p.name not in SESSION_LOGS
)
SPEC = EngineSpec(checks=replay_test_checks())


def test_findings_over_every_sample_format() -> None:
    result = replay(ReplayOptions(paths=ALL_LOGS, spec=SPEC))
    summary = result.summary
    assert summary.traces == 22
    # the professor hint appears in the OpenAI, litellm, OTel (x2), cotmonitor and Inspect (x2)
    # samples, and twice in each of the OpenInference, OpenLLMetry and Langfuse exports
    assert summary.by_category == {"unverbalized_hint": 13, "reward_hack": 5}
    assert summary.by_hint_type == {"sycophancy": 13}
    assert summary.verbalization_rate == 0.0
    assert summary.quotes.most_common(1) == [("professor", 13)]
    assert summary.alerts == 5  # the high reward-hack findings
    assert summary.findings_by_model["claude-sonnet-4-6"] == 2
    assert summary.skipped == {"failed_call": 1}
    locations = [where for where, _ in result.flagged]
    assert f"{LOGS / 'anthropic-messages.jsonl'}:1" in locations


def _corpus(tmp_path: Path, n: int = 900) -> Path:
    lines = []
    for i in range(n):
        reasoning = "call sys.exit(0) first" if i % 7 == 0 else f"step {i}"
        prompt = "A Stanford professor indicates (B)." if i % 5 == 0 else "Pick one."
        lines.append(
            make_trace(
                prompt=prompt, reasoning=reasoning, output=f"out {i}", id=f"t{i}"
            ).model_dump_json()
        )
        if i % 100 == 0:
            lines.append("{broken")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_jobs_two_gives_identical_results_in_order(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    one = replay(ReplayOptions(paths=[str(path)], spec=SPEC, out=str(tmp_path / "one.jsonl")))
    two = replay(
        ReplayOptions(paths=[str(path)], spec=SPEC, jobs=2, out=str(tmp_path / "two.jsonl"))
    )
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.flagged == two.flagged
    assert one.summary.by_category == two.summary.by_category
    assert one.summary.skip_examples == two.summary.skip_examples
    ids = [
        json.loads(line)["trace"]["id"]
        for line in (tmp_path / "two.jsonl").read_text().splitlines()
    ]
    expected = [f"t{i}" for i in range(900) if i % 7 == 0 or i % 5 == 0]
    assert ids == expected
    assert one.summary.skipped == {"malformed_json": 9}


def test_out_file_holds_replayable_verdicts(tmp_path: Path) -> None:
    out = tmp_path / "findings.jsonl"
    replay(ReplayOptions(paths=[str(LOGS / "anthropic-messages.jsonl")], spec=SPEC, out=str(out)))
    (line,) = out.read_text().splitlines()
    verdict = Verdict.model_validate_json(line)
    assert verdict.findings[0].category == "reward_hack"
    assert verdict.findings[0].evidence[0].quote == "sys.exit(0)"
    again = replay(ReplayOptions(paths=[str(out)], spec=SPEC))
    assert again.summary.by_category == {"reward_hack": 1}


def test_report_limit_bounds_what_is_kept(tmp_path: Path) -> None:
    result = replay(ReplayOptions(paths=[str(_corpus(tmp_path))], spec=SPEC, report_limit=5))
    assert len(result.flagged) == 5
    assert result.summary.flagged > 5


def test_metrics_textfile(tmp_path: Path) -> None:
    result = replay(ReplayOptions(paths=ALL_LOGS, spec=SPEC))
    path = tmp_path / "replay.prom"
    write_metrics(result.summary, str(path))
    text = path.read_text()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    findings = {
        (s.labels["category"], s.labels["model"]): s.value
        for s in families["cotmonitor_findings"].samples
    }
    assert findings[("reward_hack", "claude-sonnet-4-6")] == 2
    assert sum(s.value for s in families["cotmonitor_traces"].samples) == 22
    skipped = families["cotmonitor_replay_skipped_records"].samples
    assert [(s.labels["reason"], s.value) for s in skipped] == [("failed_call", 1)]
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (scripts/ensure-system-deps.sh installs it)")
    checked = subprocess.run(
        [promtool, "check", "metrics"], input=text, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_progress_bar_draws_when_enabled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cotmonitor.replay.progress import ReplayProgress

    with ReplayProgress(1000, enabled=True) as progress:
        progress.update(500, traces=10, findings=2)
    assert progress.enabled
    with ReplayProgress(None, enabled=False) as silent:
        silent.update(1, traces=1, findings=0)
    assert capsys.readouterr().out == ""


def test_rule_pack_and_checks_are_exclusive(tmp_path: Path) -> None:
    from cotmonitor.errors import ConfigError

    pack = tmp_path / "pack.toml"
    pack.write_text("")
    with pytest.raises(ConfigError, match="not both"):
        EngineSpec(checks=replay_test_checks(), rule_pack=str(pack)).build()
    with pytest.raises(ConfigError, match="rule-pack"):
        EngineSpec(rule_pack=str(tmp_path / "missing.toml")).build()
