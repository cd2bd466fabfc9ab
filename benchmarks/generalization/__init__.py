"""Generated generalization suite: hint use and reward hacks in wordings no rule was tuned on.

Run ``python -m benchmarks.generalization --out suite.jsonl``; see README.md.
"""

from .generate import SPLITS, generate, generate_all, write_jsonl

__all__ = ["SPLITS", "generate", "generate_all", "write_jsonl"]
