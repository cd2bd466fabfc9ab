"""Offline replay of logged traces through the checks.

.. versionadded:: 0.1.0
"""

from cotmonitor.replay.engine import EngineSpec
from cotmonitor.replay.runner import ReplayOptions, ReplayResult, replay
from cotmonitor.replay.summary import ReplaySummary

__all__ = ["EngineSpec", "ReplayOptions", "ReplayResult", "ReplaySummary", "replay"]
