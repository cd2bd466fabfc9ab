"""The self-contained HTML report of a replay.

.. versionadded:: 0.1.0
"""

from cotmonitor.replay.report.page import write_report

__all__ = ["write_report"]
