"""The ``cotmonitor`` command: parses arguments and hands off; no logic lives here.

Each subcommand is a module of ``cotmonitor.commands`` with ``add_arguments(parser)`` and
``run(args) -> int``, imported only when that subcommand runs so ``--help`` stays fast.

A user error (a missing file, a bad rule pack, an invalid value) is one line on stderr,
``cotmonitor COMMAND: what went wrong``, and exit status 2, for every command: commands raise
``CotMonitorError`` or let ``OSError`` through, and ``main`` turns either into that line.
Exit status 130 means interrupted (Ctrl-C).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from cotmonitor._version import __version__
from cotmonitor.errors import CotMonitorError

USAGE_ERROR = 2
"""Exit status of every command for a user error (also argparse's)."""
INTERRUPTED = 130

COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("cotmonitor.commands.check", "check one trace (JSON on stdin), verdict JSON out"),
    "demo": ("cotmonitor.commands.demo", "run an example agent against the bundled model server"),
    "eval": ("cotmonitor.commands.eval", "score the rule checks on labelled traces (JSONL)"),
    "faithfulness": (
        "cotmonitor.commands.faithfulness",
        "measure how often a model's CoT admits using a hint (Chen et al. 2025)",
    ),
    "replay": (
        "cotmonitor.commands.replay",
        "check logged traces offline (summary, report, metrics)",
    ),
}


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="cotmonitor",
        description="Monitor the chain of thought of reasoning models.",
    )
    parser.add_argument("--version", action="version", version=f"cotmonitor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers = {
        name: sub.add_parser(name, help=help_text, description=help_text)
        for name, (_, help_text) in COMMANDS.items()
    }
    return parser, subparsers


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cotmonitor`` command."""
    # litellm fetches its cost map over the network at import unless told not to.
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, subparsers = _parser()
    name = next((a for a in argv if not a.startswith("-")), None)
    if name in COMMANDS:
        module = importlib.import_module(COMMANDS[name][0])
        module.add_arguments(subparsers[name])
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        sys.stderr.write(f"cotmonitor {args.command}: interrupted\n")
        return INTERRUPTED
    except (CotMonitorError, OSError) as exc:
        sys.stderr.write(f"cotmonitor {args.command}: {error_line(exc)}\n")
        return USAGE_ERROR


def error_line(exc: BaseException) -> str:
    """``exc`` as one line: a file error names the file, anything else its first line."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename is not None else ""
        return f"{where}{exc.strerror}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


if __name__ == "__main__":
    raise SystemExit(main())
