"""The check set a ``Monitor()`` runs when none is given.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from cotmonitor.checks.rules.missing import ReasoningMissingCheck
from cotmonitor.types import Check


def default_checks() -> list[Check]:
    """The built-in rule checks, freshly constructed."""
    return [ReasoningMissingCheck()]
