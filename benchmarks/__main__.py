"""Run every benchmark: ``python -m benchmarks`` (each ``bench_*.py`` module's ``main()``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    failed = 0
    for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
        if not module.startswith("bench_"):
            continue
        print(f"== {module}", flush=True)
        failed += bool(importlib.import_module(f"benchmarks.{module}").main([]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
