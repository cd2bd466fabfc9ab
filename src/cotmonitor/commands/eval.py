"""``cotmonitor eval PATH``: run the default checks over labelled JSONL and score them.

Exit status: 0 on success, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cotmonitor.checks.defaults import default_checks
from cotmonitor.errors import ReplayFormatError
from cotmonitor.evaluation import Rate, Report, outcome, score

_COLUMNS = ("unverbalized_hint", "verbalized_hint", "reward_hack", "none")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``eval``."""
    parser.add_argument("path", help="labelled JSONL (one record per line)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--rule-pack", action="append", default=[], help="extra rule pack")
    parser.add_argument("--misses", action="store_true", help="list misclassified record ids")
    parser.add_argument(
        "--split",
        action="append",
        default=[],
        help="only records of this split (dev, test; repeatable); default: every record",
    )


def _records(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReplayFormatError(f"not JSON: {exc}", path=str(path), line=number) from exc
            if not isinstance(record, dict):
                raise ReplayFormatError("not a JSON object", path=str(path), line=number)
            records.append(record)
    return records


def _rates(title: str, label: str, cells: dict[str, Rate]) -> list[str]:
    lines = ["", title, f"{label:<52}{'n':>7}{'right':>8}{'rate':>8}"]
    for name, rate in sorted(cells.items()):
        lines.append(f"{name:<52}{rate.n:>7}{rate.correct:>8}{rate.correct / rate.n:>8.3f}")
    return lines


def _table(report: Report) -> str:
    lines = [f"records: {report.n}", "", "confusion (label -> top finding)"]
    lines.append(f"{'label':<24}" + "".join(f"{c:>20}" for c in _COLUMNS))
    for label, counts in sorted(report.confusion.items()):
        lines.append(f"{label:<24}" + "".join(f"{counts.get(c, 0):>20}" for c in _COLUMNS))
    header = f"{'':<34}{'P':>8}{'R':>8}{'F1':>8}{'FPR':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
    lines += ["", "per category", header]
    rows = list(report.by_category.items())
    rows += [(f"reward_hack [{k}]", v) for k, v in report.reward_hack_by_silence.items()]
    for category, hint_rows in report.by_hint_type.items():
        rows += [(f"{category} [{k}]", v) for k, v in hint_rows.items()]
    for name, s in rows:
        lines.append(
            f"{name:<34}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['fp_rate']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
        )
    for split, part in sorted(report.splits.items()):
        lines += [
            "",
            f"== split: {split} (rate = share whose top finding is the one the label asks)",
        ]
        lines += _rates("per group", "group", part.by_group)
        if part.by_hint_type:
            cells = {f"{g} [{t}]": r for (g, t), r in part.by_hint_type.items()}
            lines += _rates("per hint type", "group [hint type]", cells)
        if part.by_family:
            cells = {f"{g} [{f}]": r for (g, f), r in part.by_family.items()}
            lines += _rates("per hack family", "group [family]", cells)
        if part.typing:
            lines += _rates(
                "hint type agreement (hint found: typed as labelled)", "hint type", part.typing
            )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Score the checks and print the report."""
    try:
        records = _records(Path(args.path))
    except (OSError, ReplayFormatError) as exc:
        print(f"cotmonitor eval: {exc}", file=sys.stderr)
        return 2
    if args.split:
        records = [r for r in records if str(r.get("split") or "all") in args.split]
    checks = default_checks(args.rule_pack)
    outcomes = [outcome(r, checks) for r in records]
    report = score(outcomes)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(_table(report))
    if args.misses:
        for item in outcomes:
            if not item.correct:
                kind = item.hint_type or item.family
                print(f"{item.label}\t{item.group}\t{kind}\t{item.top}\t{item.id}")
    return 0
