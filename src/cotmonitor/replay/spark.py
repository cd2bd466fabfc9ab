"""Replay checks on Spark: a ``mapInPandas`` function over a column of JSON lines.

::

    from cotmonitor.replay.spark import SPARK_SCHEMA, map_in_pandas

    lines = spark.read.text("s3://logs/llm/2026-11-*.jsonl.gz")      # one column: value
    findings = lines.mapInPandas(map_in_pandas("value"), schema=SPARK_SCHEMA)

Needs ``cotmonitor[spark]`` (pyspark, pandas, pyarrow) on the driver and the executors.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from cotmonitor.replay.batch import COLUMNS, SPARK_SCHEMA, batch_check

__all__ = ["SPARK_SCHEMA", "map_in_pandas"]


def map_in_pandas(
    column: str = "value", *, record_format: str | None = None
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function for ``DataFrame.mapInPandas`` that checks the JSON records in ``column``."""

    def check_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        seen = 0
        for frame in batches:
            values = frame[column].tolist()
            rows = batch_check(values, record_format=record_format, start=seen)
            seen += len(values)
            yield pd.DataFrame(rows, columns=list(COLUMNS))

    return check_batches
