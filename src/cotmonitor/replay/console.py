"""The end-of-run summary, as rich tables on a console.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from cotmonitor.replay.summary import ReplaySummary

_TOP = 5


def _counter_table(title: str, header: str, counts: Counter[str]) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column(header)
    table.add_column("findings", justify="right")
    for key, count in counts.most_common():
        table.add_row(key, f"{count:,}")
    return table


def _models_table(summary: ReplaySummary) -> Any:
    from rich.table import Table

    table = Table(title="By model", title_justify="left")
    table.add_column("model")
    table.add_column("traces", justify="right")
    table.add_column("findings", justify="right")
    for model, traces in summary.traces_by_model.most_common(20):
        table.add_row(model, f"{traces:,}", f"{summary.findings_by_model[model]:,}")
    return table


def headline(summary: ReplaySummary) -> str:
    """One line: how much was read, how fast, what was found."""
    seconds = max(summary.seconds, 1e-9)
    rate = summary.traces / seconds
    mbps = summary.bytes_read / seconds / 1e6
    return (
        f"{summary.traces:,} traces checked in {summary.seconds:.2f} s "
        f"({rate:,.0f} traces/s, {mbps:.1f} MB/s); {summary.findings:,} findings in "
        f"{summary.flagged:,} traces, {summary.alerts:,} alerts; "
        f"{summary.skipped_total:,} records skipped"
    )


def session_line(summary: ReplaySummary) -> str:
    """One line about the sessions: how many, how many steps, what was found."""
    line = (
        f"{summary.sessions:,} sessions ({summary.session_steps:,} steps): "
        f"{summary.session_findings:,} session findings in {summary.sessions_flagged:,} sessions"
    )
    if summary.sessions_evicted:
        line += f"; {summary.sessions_evicted:,} closed early (too many open at once)"
    if summary.session_errors:
        line += f"; {summary.session_errors:,} could not be checked"
    return line


def print_summary(summary: ReplaySummary, console: Any) -> None:
    """Print the summary tables to a ``rich.console.Console``."""
    from rich.markup import escape

    console.print(headline(summary))
    empty = summary.why_nothing_checked()
    if empty is not None:
        console.print(escape(empty), overflow="fold")
    if summary.by_category:
        console.print(_counter_table("Findings by category", "category", summary.by_category))
    if summary.by_hint_type:
        console.print(_counter_table("Findings by hint type", "hint type", summary.by_hint_type))
    if summary.traces_by_model:
        console.print(_models_table(summary))
    if summary.sessions:
        console.print(escape(session_line(summary)))
    if summary.session_by_category:
        console.print(
            _counter_table("Session findings by category", "category", summary.session_by_category)
        )
    rate = summary.verbalization_rate
    if rate is not None:
        console.print(f"verbalization rate: {rate:.1%} (verbalized / used hints)")
    if summary.quotes:
        console.print("top evidence:")
        for quote, count in summary.quotes.most_common(_TOP):
            console.print(f"  {count:>6,}  {escape(quote[:100])!r}")
    if summary.skipped:
        console.print(f"skipped {summary.skipped_total:,} records:")
        for kind, count in summary.skipped.most_common():
            first = summary.skip_examples.get(kind, [""])[0]
            console.print(f"  {count:>6,}  {kind}  e.g. {escape(first)}", overflow="fold")
