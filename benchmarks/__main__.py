"""Run every ``bench_*.py`` module's ``main()`` (or only the names given: ``judge`` ...)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

# litellm fetches its cost map over the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def main(argv: list[str] | None = None) -> int:
    names = argv if argv is not None else sys.argv[1:]
    found = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    chosen = names or found
    unknown = sorted(set(chosen) - set(found))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(found)}")
        return 2
    status = 0
    for name in chosen:
        print(f"== bench_{name}")
        module = importlib.import_module(f"benchmarks.bench_{name}")
        status = max(status, int(module.main([]) or 0))
    return status


if __name__ == "__main__":
    sys.exit(main())
