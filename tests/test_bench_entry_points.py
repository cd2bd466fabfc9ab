"""``python -m benchmarks NAME`` calls each module's ``main(argv)``: every one must accept it."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
NAMES = sorted(p.stem for p in BENCHMARKS.glob("bench_*.py"))


@pytest.mark.parametrize("name", NAMES)
def test_main_takes_the_argument_list_the_runner_passes(name: str) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    # The runner calls ``module.main([])``; a main() without a parameter raised TypeError.
    inspect.signature(module.main).bind([])


def test_the_runner_rejects_an_unknown_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    runner = importlib.import_module("benchmarks.__main__")
    assert runner.main(["no-such-bench"]) == 2
    assert "unknown benchmark(s): no-such-bench" in capsys.readouterr().out


def test_options_after_one_name_reach_that_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    runner = importlib.import_module("benchmarks.__main__")
    with pytest.raises(SystemExit):  # argparse rejects the option: it reached the benchmark
        runner.main(["rules", "--no-such-option"])
    assert "--no-such-option" in capsys.readouterr().err
    assert runner.main(["rules", "judge", "--mb", "1"]) == 2
    assert "options go to one benchmark" in capsys.readouterr().out
