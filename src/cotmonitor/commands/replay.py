"""``cotmonitor replay``: check logged traces offline; a summary, findings, report and metrics.

Exit status: 0 done, 1 a finding reached ``--fail-on``, 2 a usage or I/O error (an input
that could not be read at all, after the others were checked; with ``--strict``, a record that
could not be read), 3 no trace was checked (unless ``--allow-empty``).
"""

from __future__ import annotations

import argparse
import os
import sys

from cotmonitor.errors import ConfigError
from cotmonitor.replay.checking import EngineSpec
from cotmonitor.replay.formats import FORMATS
from cotmonitor.replay.runner import ReplayOptions, replay
from cotmonitor.verdicts import Severity

_SEVERITIES = [s.value for s in Severity]
FINDING = 1
UNREADABLE = 2
NOTHING_CHECKED = 3
"""Exit status when no trace could be checked: a CI gate must not pass on an empty run."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``replay``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="log files (.gz ok; - for stdin)")
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        help="force the input format (default: detect per file)",
    )
    parser.add_argument(
        "--out", metavar="FILE", help="write verdicts with findings here (JSON lines)"
    )
    parser.add_argument("--report", metavar="FILE", help="write a self-contained HTML report")
    parser.add_argument(
        "--report-limit",
        type=int,
        default=1000,
        metavar="N",
        help="flagged traces in the report (default 1000)",
    )
    parser.add_argument(
        "--metrics-out",
        metavar="FILE",
        help="write Prometheus text (node_exporter textfile collector)",
    )
    parser.add_argument("--judge", metavar="MODEL", help="also run the LLM judge with this model")
    parser.add_argument(
        "--judge-sample",
        type=float,
        default=1.0,
        metavar="R",
        help="share of traces the judge sees (0-1)",
    )
    parser.add_argument("--rule-pack", metavar="FILE", help="add the rules of a rule pack file")
    parser.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    parser.add_argument(
        "--fail-on",
        choices=_SEVERITIES,
        metavar="SEVERITY",
        help=f"exit 1 when a finding reaches it ({', '.join(_SEVERITIES)})",
    )
    parser.add_argument(
        "--strict", action="store_true", help="stop with exit 2 at the first unreadable record"
    )
    parser.add_argument(
        "--require-reasoning", action="store_true", help="skip traces without readable reasoning"
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help=f"exit 0 rather than {NOTHING_CHECKED} when no trace could be checked",
    )
    parser.add_argument(
        "--no-sessions",
        action="store_true",
        help="check each trace alone: no grouping into sessions, no trajectory checks",
    )
    parser.add_argument(
        "--max-sessions",
        type=int,
        default=100_000,
        metavar="N",
        help="sessions open at once; past it the least recently active is checked early",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")


def _options(args: argparse.Namespace) -> ReplayOptions:
    if args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if not 0.0 <= args.judge_sample <= 1.0:
        raise ConfigError("--judge-sample must be between 0 and 1")
    for path in args.paths:
        if path != "-" and not os.path.isfile(path):  # noqa: PTH113
            raise ConfigError(f"{path}: no such file")
    spec = EngineSpec(
        judge_model=args.judge,
        judge_sample=args.judge_sample,
        rule_pack=args.rule_pack,
        require_reasoning=args.require_reasoning,
        sessions=not args.no_sessions,
    )
    spec.build()  # fail here, before reading, when the judge or rule pack is unavailable
    return ReplayOptions(
        paths=list(args.paths),
        format=args.format,
        jobs=args.jobs,
        spec=spec,
        out=args.out,
        report_limit=max(args.report_limit, 0),
        strict=args.strict,
        max_sessions=max(args.max_sessions, 1),
        progress=not args.quiet and sys.stderr.isatty(),
    )


def run(args: argparse.Namespace) -> int:
    """Replay the inputs, print the summary and write the requested outputs."""
    options = _options(args)
    result = replay(options)
    if args.report:
        from cotmonitor.replay.report import write_report

        write_report(result, args.report)
    if args.metrics_out:
        from cotmonitor.replay.metrics import write_metrics

        write_metrics(result.summary, args.metrics_out)
    if not args.quiet:
        from rich.console import Console

        from cotmonitor.replay.console import print_summary

        print_summary(result.summary, Console(width=None if sys.stdout.isatty() else 120))
    for line in result.unreadable:
        sys.stderr.write(f"cotmonitor replay: {line}\n")
    if result.unreadable:
        return UNREADABLE
    empty = result.summary.why_nothing_checked()
    if empty is not None and not args.allow_empty:
        sys.stderr.write(f"cotmonitor replay: {empty} (--allow-empty accepts it)\n")
        return NOTHING_CHECKED
    if args.fail_on and result.summary.reaches(Severity(args.fail_on)):
        return FINDING
    return 0
