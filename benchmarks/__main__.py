"""Run every ``benchmarks/bench_*.py`` module's ``main()`` in name order."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def main() -> int:
    only = sys.argv[1:]
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        if only and path.stem not in only and path.stem.removeprefix("bench_") not in only:
            continue
        print(f"== {path.stem}")
        importlib.import_module(f"benchmarks.{path.stem}").main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
