"""Run every ``bench_*.py`` module's ``main()`` (or only the names given: ``judge`` ...).

Options after a single name go to that benchmark: ``python -m benchmarks rules --mb 5``.

With more than one benchmark, each runs in a fresh interpreter: objects one benchmark leaves
alive (a million-trace registry, a 50 MB corpus) would otherwise lengthen the garbage
collector's full passes in the next one and show up in its tail latencies.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

# litellm fetches its cost map over the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    at = next((i for i, arg in enumerate(args) if arg.startswith("-")), len(args))
    names, options = args[:at], args[at:]
    found = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    if options and len(names) != 1:
        print("options go to one benchmark: python -m benchmarks NAME [OPTIONS]")
        return 2
    chosen = names or found
    unknown = sorted(set(chosen) - set(found))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(found)}")
        return 2
    if len(chosen) == 1:
        print(f"== bench_{chosen[0]}", flush=True)
        module = importlib.import_module(f"benchmarks.bench_{chosen[0]}")
        return int(module.main(options) or 0)
    status = 0
    for name in chosen:
        done = subprocess.run([sys.executable, "-m", "benchmarks", name], check=False)
        status = max(status, done.returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
