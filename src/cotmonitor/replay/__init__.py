"""Offline replay of logged traces through the checks.

.. versionadded:: 0.1.0
"""

from cotmonitor.replay.batch import COLUMNS, SPARK_SCHEMA, batch_check
from cotmonitor.replay.checking import EngineSpec
from cotmonitor.replay.formats import FORMATS
from cotmonitor.replay.reading import read_traces
from cotmonitor.replay.runner import ReplayOptions, ReplayResult, replay
from cotmonitor.replay.summary import ReplaySummary

__all__ = [
    "COLUMNS",
    "FORMATS",
    "SPARK_SCHEMA",
    "EngineSpec",
    "ReplayOptions",
    "ReplayResult",
    "ReplaySummary",
    "batch_check",
    "read_traces",
    "replay",
]
