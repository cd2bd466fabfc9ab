"""The repository's ``benchmarks`` package is not installed: put the repository root on the path.

Without it, ``import benchmarks`` would find this test folder as a namespace package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
