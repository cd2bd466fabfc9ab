"""``batch_check``: the replay checks as a plain function of a batch, for distributed engines.

Spark's ``mapInPandas``, Ray Data's ``map_batches`` and similar hand a function one batch of
records at a time in many worker processes; ``batch_check`` is that function's core. Each
record is any record ``cotmonitor replay`` reads (a parsed dict, or a JSON line as text),
its format detected one record at a time.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

from cotmonitor.replay.checking import Checked, Engine, EngineSpec, decode
from cotmonitor.replay.formats import FORMATS, RecordError, detect
from cotmonitor.types import Check

COLUMNS: tuple[str, ...] = (
    "record",
    "trace_id",
    "model",
    "provider",
    "check",
    "category",
    "severity",
    "score",
    "hint_type",
    "quote",
    "error",
)
"""The keys of every row ``batch_check`` returns, in order."""

SPARK_SCHEMA = (
    "record long, trace_id string, model string, provider string, check string, "
    "category string, severity string, score double, hint_type string, quote string, "
    "error string"
)
"""``COLUMNS`` as a Spark DDL schema string (for ``mapInPandas``)."""


@functools.lru_cache(maxsize=1)
def _default_engine() -> Engine:
    # Built once per worker process: distributed engines call batch_check many times.
    return EngineSpec(sessions=False).build()


def _row(index: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    row["record"] = index
    row["score"] = 0.0
    row.update(values)
    return row


def batch_check(
    records: Iterable[Any],
    *,
    checks: Sequence[Check] | None = None,
    record_format: str | None = None,
    start: int = 0,
) -> list[dict[str, Any]]:
    """Check a batch of records; one row per finding, and one per unreadable record.

    Args:
        records: parsed records or JSON text lines, in any format replay reads.
        checks: the checks to run (``default_checks()`` when ``None``).
        record_format: the format of every record (detected per record when ``None``).
        start: the index of the first record, so rows from many batches stay distinct.

    Returns:
        Rows with the keys of ``COLUMNS``: a finding per row; a record that could not be
        read gives a row whose ``error`` says why. Records without findings give no row.

    .. versionadded:: 0.1.0
    """
    engine = (
        _default_engine() if checks is None else EngineSpec(checks=checks, sessions=False).build()
    )
    rows: list[dict[str, Any]] = []
    for index, raw in enumerate(records, start=start):
        try:
            record = decode(raw)
        except RecordError as exc:
            rows.append(_row(index, error=str(exc)))
            continue
        fmt = FORMATS[record_format] if record_format else detect(record)
        if fmt is None:
            rows.append(_row(index, error="unknown format"))
            continue
        for outcome in engine.process(fmt, "{}", [(index, record)]):
            if not isinstance(outcome, Checked):
                rows.append(_row(index, error=outcome.reason))
                continue
            ident = {
                "trace_id": outcome.trace_id,
                "model": outcome.model,
                "provider": outcome.provider,
            }
            rows.extend(
                _row(
                    index,
                    **ident,
                    check=f.check,
                    category=f.category,
                    severity=f.severity,
                    score=f.score,
                    hint_type=f.hint_type or "",
                    quote=f.quote,
                )
                for f in outcome.findings
            )
    return rows
