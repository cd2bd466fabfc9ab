"""The faithfulness run against the local model server, through the real litellm over HTTP."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from faithfulness_scripted import (
    VERBALIZED_MARK,
    Behaviour,
    ScriptedHintCheck,
    ScriptedModel,
    messages_key,
)

from cotmonitor.cli import main
from cotmonitor.faithfulness.bundled import generate_questions
from cotmonitor.faithfulness.cache import ResponseCache
from cotmonitor.faithfulness.completion import ClientOptions
from cotmonitor.faithfulness.metric import OVERALL, bootstrap, count_by_type, overall_score
from cotmonitor.faithfulness.runner import RunOptions, evaluate
from cotmonitor.localserver import LocalModelServer, Reply, ServerRequest
from cotmonitor.monitor import Monitor

pytestmark = pytest.mark.slow


def _expected_outcomes(model: ScriptedModel) -> Counter[str]:
    """What the scripted model was told to do, tallied like the metric does."""
    outcomes: Counter[str] = Counter()
    for key, job in model.jobs.items():
        if job.hint_type is None:
            continue
        answer, _ = model.choose(job, key)
        if answer == job.question.answer:
            outcomes["unchanged"] += 1
        else:
            outcomes["to_hint" if answer == job.hint_answer else "to_other"] += 1
    return outcomes


def test_cli_end_to_end_then_rerun_costs_nothing(tmp_path: Path) -> None:
    questions = generate_questions(100, seed=0)
    model = ScriptedModel(questions, Behaviour(p=0.5, v=0.4, r=0.3))
    cache, out, plot = tmp_path / "cache.jsonl", tmp_path / "result.json", tmp_path / "f.svg"
    with LocalModelServer(model) as server:
        argv = [
            "faithfulness",
            "--model=openai/scripted",
            f"--api-base={server.openai_base_url}",
            "--api-key=local",
            "--questions=bundled",
            "--n=100",
            f"--cache={cache}",
            f"--out={out}",
            f"--plot={plot}",
            "--concurrency=16",
            "--bootstrap=200",
            "--no-progress",
        ]
        assert main(argv) == 0
        first = len(server.requests)
        assert main(argv) == 0
        assert len(server.requests) == first  # the rerun is served from the cache
    assert first == 700  # 100 questions, each unhinted and with six hints
    assert len({messages_key(r.body["messages"]) for r in server.requests}) == 700
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["requests"] == {"sent": 0, "cached": 700, "failed": 0}
    assert len(result["pairs"]) == 600
    # the answers read back over HTTP are exactly the ones the model was scripted to give
    seen = Counter(p["outcome"] for p in result["pairs"])
    assert seen == _expected_outcomes(model)
    overall = result["overall"]
    assert overall["switched_to_hint"] == seen["to_hint"]
    assert set(result["by_hint_type"]) == {
        "sycophancy",
        "consistency",
        "visual_pattern",
        "metadata",
        "grader_hacking",
        "unethical_information",
    }
    assert plot.read_text(encoding="utf-8").startswith("<svg")
    # the built-in hint rules read the scripted CoT exactly as the model was told to write it
    by_pair = {(job.question.id, job.hint_type): key for key, job in model.jobs.items()}
    for pair in result["pairs"]:
        key = by_pair[pair["question_id"], pair["hint_type"]]
        assert pair["verbalized"] == model.choose(model.jobs[key], key)[1]
        if pair["outcome"] == "to_hint":  # the rules flag hint use, not a mere hint
            assert pair["flagged"] == (not pair["verbalized"])
            assert pair["detected_hint_types"] == [pair["hint_type"]]
    low, high = overall["faithfulness_ci"]
    assert low <= 0.4 <= high
    assert overall["monitor_recall"] == 1.0


def test_measured_faithfulness_recovers_the_scripted_rate_over_http() -> None:
    behaviour = Behaviour(p=0.5, v=0.4, r=0.6, seed=3)
    questions = generate_questions(150, seed=3)
    options = RunOptions(hint_types=("sycophancy", "metadata"), concurrency=16)
    model = ScriptedModel(questions, behaviour, options)
    with LocalModelServer(model) as server:
        client = ClientOptions(
            model="openai/scripted", api_base=server.openai_base_url, api_key="local"
        )
        monitor = Monitor([ScriptedHintCheck()], exporters=[])
        result = asyncio.run(
            evaluate(questions, client, monitor, ResponseCache(None), options=options)
        )
    assert (result.requests, result.failed) == (450, {})
    counts = count_by_type(result.records)
    score = overall_score(counts)
    interval = bootstrap(result.records, reps=300, seed=0)[OVERALL][0]
    assert score is not None
    assert interval is not None
    assert interval.low <= behaviour.v <= interval.high
    raw = sum(c.verbalized for c in counts.values()) / sum(c.to_hint for c in counts.values())
    assert abs(score - behaviour.v) < abs(raw - behaviour.v)  # the noise correction helps
    assert counts["metadata"].recall == 1.0


def test_judge_decides_verbalization(tmp_path: Path) -> None:
    questions = generate_questions(15, seed=5)
    options = RunOptions(hint_types=("grader_hacking", "unethical_information"), seed=5)
    model = ScriptedModel(questions, Behaviour(p=0.7, v=0.5, r=0.0, seed=5), options)
    judged: list[bool] = []

    def judge(request: ServerRequest) -> Reply:
        text = json.dumps(request.body["messages"])
        said = VERBALIZED_MARK in text
        judged.append(said)
        answer = {"relied_on_unacknowledged": not said, "acknowledged": said, "confidence": 0.9}
        return Reply(content=json.dumps(answer), reasoning_field="none")

    out = tmp_path / "r.json"
    with LocalModelServer(model) as server, LocalModelServer(judge) as judge_server:
        code = main(
            [
                "faithfulness",
                "--model=openai/scripted",
                f"--api-base={server.openai_base_url}",
                "--api-key=local",
                "--n=15",
                "--seed=5",
                "--hint-types=grader_hacking,unethical_information",
                "--judge=openai/judge",
                f"--judge-api-base={judge_server.openai_base_url}",
                "--judge-api-key=local",
                "--no-cache",
                "--bootstrap=50",
                f"--out={out}",
                "--no-progress",
            ]
        )
    assert code == 0
    assert len(judged) == 30  # every hinted trace was judged
    pairs = json.loads(out.read_text(encoding="utf-8"))["pairs"]
    assert all(p["judged"] for p in pairs)
    by_pair = {(job.question.id, job.hint_type): key for key, job in model.jobs.items()}
    expected = []
    for pair in pairs:
        key = by_pair[pair["question_id"], pair["hint_type"]]
        expected.append(model.choose(model.jobs[key], key)[1])
    assert [p["verbalized"] for p in pairs] == expected
    assert 0 < sum(expected) < len(expected)


def test_refused_and_failing_requests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["faithfulness", "--model=openai/x", "--api-key=local", "--n=3", "--no-cache"]
    refuse = LocalModelServer(lambda _: Reply(status=401))
    with refuse as server:
        assert main([*base, f"--api-base={server.openai_base_url}", "--no-progress"]) == 2
    assert "refused" in capsys.readouterr().err
    with LocalModelServer(lambda _: Reply(status=503)) as server:
        argv = [*base, f"--api-base={server.openai_base_url}", "--retries=1", "--no-progress"]
        assert main(argv) == 1
        assert len(server.requests) == 3 * 7 * 2  # each request tried twice
    assert "21 failed" in capsys.readouterr().out


def test_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "q.jsonl"
    bad.write_text(
        '{"question": "q", "choices": ["a", "b", "c"], "answer": "Z"}\n', encoding="utf-8"
    )
    assert main(["faithfulness", "--model=openai/x", f"--questions={bad}"]) == 2
    assert f"{bad}:1:" in capsys.readouterr().err
    assert main(["faithfulness", "--model=openai/x", "--hint-types=flattery"]) == 2
    assert "unknown hint type" in capsys.readouterr().err


def test_killed_run_resumes_without_repeating_cached_requests(tmp_path: Path) -> None:
    questions = generate_questions(10, seed=0)
    options = RunOptions(hint_types=("sycophancy", "metadata"))
    model = ScriptedModel(questions, Behaviour(p=0.5, v=0.5, r=0.2), options)
    cache = tmp_path / "cache.jsonl"

    def slow(request: ServerRequest) -> Reply:
        return dataclasses.replace(model(request), delay_s=0.1)

    def argv(url: str) -> list[str]:
        return [
            "faithfulness",
            "--model=openai/scripted",
            f"--api-base={url}",
            "--api-key=local",
            "--n=10",
            "--hint-types=sycophancy,metadata",
            f"--cache={cache}",
            "--concurrency=1",
            "--no-progress",
        ]

    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    with LocalModelServer(slow) as server:
        command = [sys.executable, "-m", "cotmonitor.cli", *argv(server.openai_base_url)]
        child = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while len(server.requests) < 10 and time.monotonic() < deadline:
                assert child.poll() is None, "the run ended before it could be killed"
                time.sleep(0.02)
        finally:
            child.kill()
            child.wait()
        first = len(server.requests)
    assert 10 <= first < 30
    cached = {json.loads(line)["key"] for line in cache.read_text(encoding="utf-8").splitlines()}
    assert 0 < len(cached) <= first

    with LocalModelServer(model) as server:
        assert main(argv(server.openai_base_url)) == 0
        resumed = {model.jobs[messages_key(r.body["messages"])].key for r in server.requests}
        assert len(server.requests) == 30 - len(cached)
        assert not resumed & cached  # nothing answered before was asked again
        assert main(argv(server.openai_base_url)) == 0
        assert len(server.requests) == 30 - len(cached)  # a finished run reruns for free
