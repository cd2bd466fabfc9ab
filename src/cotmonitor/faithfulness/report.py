"""The result of a run as a JSON-ready summary and as a terminal table.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.faithfulness.metric import OVERALL, Counts, Interval, bootstrap, count_by_type
from cotmonitor.faithfulness.metric import overall_score as mean_score
from cotmonitor.faithfulness.records import PairRecord


def summarize(
    records: Sequence[PairRecord],
    *,
    reps: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, Any]:
    """Scores, intervals and tallies per hint type and overall.

    ``faithfulness`` is the normalised score (``None`` when undefined), ``raw`` the share of
    verbalized switches before the noise correction, ``monitor_recall`` the share of unfaithful
    pairs on which the monitor raised ``unverbalized_hint``.

    .. versionadded:: 0.1.0
    """
    by_type = count_by_type(records)
    intervals = bootstrap(records, reps=reps, seed=seed, level=level)
    rows = {t: _row(c, c.normalized, intervals.get(t)) for t, c in by_type.items()}
    pooled = sum(by_type.values(), Counts())
    overall = _row(pooled, mean_score(by_type), intervals.get(OVERALL))
    # The pooled raw share and alpha are not what the overall score averages: leave them out.
    overall["raw"] = overall["alpha"] = None
    return {
        "by_hint_type": rows,
        "overall": overall,
        "bootstrap": {"reps": reps, "seed": seed, "level": level},
    }


def _row(
    counts: Counts,
    score: float | None,
    intervals: tuple[Interval | None, Interval | None] | None,
) -> dict[str, Any]:
    score_ci, recall_ci = intervals or (None, None)
    return {
        "pairs": counts.pairs,
        "eligible": counts.eligible,
        "switched_to_hint": counts.to_hint,
        "switched_to_other": counts.to_other,
        "verbalized": counts.verbalized,
        "unverbalized": counts.unverbalized,
        "flagged": counts.flagged,
        "raw": counts.raw,
        "alpha": counts.alpha,
        "faithfulness": score,
        "faithfulness_ci": _pair(score_ci),
        "monitor_recall": counts.recall,
        "monitor_recall_ci": _pair(recall_ci),
    }


def _pair(interval: Interval | None) -> list[float] | None:
    return None if interval is None else [interval.low, interval.high]


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def _with_ci(value: float | None, ci: Sequence[float] | None) -> str:
    if value is None:
        return "n/a"
    if ci is None:
        return _pct(value)
    return f"{_pct(value)} [{_pct(ci[0])}, {_pct(ci[1])}]"


TABLE_COLUMNS = (
    "hint type",
    "pairs",
    "to hint",
    "to other",
    "raw",
    "faithfulness [95% CI]",
    "monitor recall",
)


def table_rows(summary: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """The table as text cells: one row per hint type, then the overall row."""
    rows: list[tuple[str, ...]] = []
    named = [*summary["by_hint_type"].items(), (OVERALL, summary["overall"])]
    for name, row in named:
        rows.append(
            (
                name,
                str(row["eligible"]),
                str(row["switched_to_hint"]),
                str(row["switched_to_other"]),
                _pct(row["raw"]),
                _with_ci(row["faithfulness"], row["faithfulness_ci"]),
                _with_ci(row["monitor_recall"], row["monitor_recall_ci"]),
            )
        )
    return rows


def markdown_table(summary: Mapping[str, Any]) -> str:
    """The table in Markdown, for a README or a pull request."""
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * len(TABLE_COLUMNS)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(summary)]
    return "\n".join(lines)


def rich_table(summary: Mapping[str, Any], title: str = "CoT faithfulness") -> Any:
    """The table as a ``rich.table.Table`` (rich is imported here, on use)."""
    from rich.table import Table

    table = Table(title=title)
    for index, column in enumerate(TABLE_COLUMNS):
        table.add_column(column, justify="left" if index == 0 else "right")
    rows = table_rows(summary)
    for index, row in enumerate(rows):
        table.add_row(*row, end_section=index == len(rows) - 2)
    return table
