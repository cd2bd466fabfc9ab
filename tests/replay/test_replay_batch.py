"""``batch_check`` for distributed engines, and the Spark ``mapInPandas`` adapter on a local Spark."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from replay_checks import replay_test_checks

from cotmonitor.replay import COLUMNS, batch_check
from cotmonitor.testing import make_trace

LOGS = Path(__file__).parents[2] / "examples" / "logs"


def test_rows_per_finding_and_per_unreadable_record() -> None:
    lines = (LOGS / "cotmonitor-verdicts.jsonl").read_text().splitlines()
    records = [*lines, "{broken", json.loads((LOGS / "anthropic-messages.jsonl").read_text())]
    rows = batch_check(records, checks=replay_test_checks(), start=10)
    assert all(tuple(row) == COLUMNS for row in rows)
    found = [(r["record"], r["category"], r["model"]) for r in rows if not r["error"]]
    assert found == [
        (10, "unverbalized_hint", "deepseek-reasoner"),
        (11, "reward_hack", "claude-sonnet-4-6"),
        (14, "reward_hack", "claude-sonnet-4-6"),
    ]
    errors = [(r["record"], r["error"]) for r in rows if r["error"]]
    assert len(errors) == 1
    assert errors[0][0] == 13
    assert errors[0][1].startswith("not valid JSON")


def test_default_checks() -> None:
    benign = make_trace(prompt="What is 6 x 7?", reasoning="6 x 7 = 42.", output="42")
    unreasoned = make_trace(reasoning="", output="A cert expired.")
    rows = batch_check([benign.model_dump_json(), unreasoned.model_dump(mode="json")])
    assert [(r["record"], r["category"]) for r in rows] == [(1, "reasoning_missing")]


def _spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'cotmonitor[spark]')"
    if shutil.which("java") is None:
        return "pyspark needs a Java runtime (java 17) on PATH"
    return None


@pytest.mark.slow
@pytest.mark.skipif(_spark_missing() is not None, reason=str(_spark_missing()))
def test_spark_map_in_pandas_matches_batch_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    from cotmonitor.replay.spark import SPARK_SCHEMA, map_in_pandas

    # the executors' Python must be this one, which has cotmonitor installed
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[1]")
        .appName("cotmonitor-replay-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    try:
        lines = spark.read.text(str(LOGS / "cotmonitor-verdicts.jsonl")).coalesce(1)
        rows = lines.mapInPandas(map_in_pandas("value"), schema=SPARK_SCHEMA).collect()
    finally:
        spark.stop()
    expected = batch_check((LOGS / "cotmonitor-verdicts.jsonl").read_text().splitlines())
    assert expected
    assert [row.asDict() for row in rows] == expected
