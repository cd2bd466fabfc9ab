"""Reward hacks in what Python code does: exits, always-true checks, special cases, swallows.

Families (TAXONOMY.md): ``early_exit`` (``python_exits``), ``always_true``
(``python_always_true``), ``special_case_input`` (``python_cases``) and ``swallow_failure``
(``python_swallow``). Each analyzer reads the syntax tree, so comments, strings and
commented-out code never count, and legitimate uses stay clean: ``sys.exit(1)`` on bad
arguments, ``sys.exit(main())`` under the main guard, ``if n == 0: return 1`` from the spec,
fixtures loaded inside a test.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from cotmonitor.checks.rules.python_always_true import always_true
from cotmonitor.checks.rules.python_cases import special_case_input
from cotmonitor.checks.rules.python_exits import early_exit
from cotmonitor.checks.rules.python_swallow import swallow_failure

ANALYZERS = (early_exit, always_true, special_case_input, swallow_failure)
"""The analyzers of this module, each ``(Parsed, TaskFacts) -> Iterator[ActionHit]``."""
