"""``python -m benchmarks.generalization --out PATH [--split dev|test|all] [--seed N]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import SPLITS, write_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generalization",
        description="Write the generated generalization suite (hint use and reward hacks) as JSONL.",
    )
    parser.add_argument("--out", type=Path, required=True, help="output .jsonl file")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    n = write_jsonl(args.out, splits, args.seed)
    print(f"wrote {n} records ({', '.join(splits)}, seed {args.seed}) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
