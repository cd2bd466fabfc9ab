"""Wall time of ``import cotmonitor`` against ``import pydantic`` and a bare interpreter.

Each round starts one fresh interpreter per variant, interleaved, so machine load hits all
variants alike; medians and the spread over ``BENCH_IMPORT_N`` rounds (default 15) are
printed, with the time of ``from cotmonitor import Monitor`` (what ``wrap()`` loads).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

N = int(os.environ.get("BENCH_IMPORT_N", "15"))
VARIANTS = {
    "bare interpreter": "pass",
    "import pydantic": "import pydantic",
    "import cotmonitor": "import cotmonitor",
    "from cotmonitor import Monitor": "from cotmonitor import Monitor",
}


def _once(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def main(_argv: list[str] | None = None) -> None:
    """Print median (and min/max) start-up time per variant."""
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for _ in range(N):
        for name, code in VARIANTS.items():
            times[name].append(_once(code))
    base = statistics.median(times["bare interpreter"])
    print(f"bench_import: {N} interleaved rounds, one fresh interpreter per run")
    print(f"{'variant':<32}{'median ms':>10}{'min ms':>9}{'max ms':>9}{'- bare ms':>11}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:<32}{median * 1e3:>10.1f}{min(values) * 1e3:>9.1f}"
            f"{max(values) * 1e3:>9.1f}{(median - base) * 1e3:>11.1f}"
        )
