"""``cotmonitor check``: one trace as JSON on stdin, its verdict as JSON on stdout.

Exit status: 0 no alert, 1 alert, 2 the input cannot be read or is not a valid trace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from cotmonitor.errors import ConfigError
from cotmonitor.monitor import Monitor
from cotmonitor.trace.model import Trace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``check``."""
    parser.add_argument(
        "--input", "-i", default="-", help="file holding the trace JSON (default: stdin)"
    )
    parser.add_argument("--indent", type=int, default=None, help="pretty-print the verdict")


def run(args: argparse.Namespace) -> int:
    """Check the trace and print the verdict."""
    data = sys.stdin.buffer.read() if args.input == "-" else Path(args.input).read_bytes()
    try:
        trace = Trace.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise ConfigError(f"not a valid trace: {where}: {first['msg']}") from exc
    monitor = Monitor(exporters=[])
    verdict = monitor.check(trace, export=False)
    sys.stdout.write(verdict.model_dump_json(indent=args.indent) + "\n")
    return 1 if verdict.alert else 0
