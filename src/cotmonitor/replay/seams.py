"""Where replay plugs in parts that live elsewhere: the LLM judge and user rule packs.

Both are looked up when asked for, so replay works (rules only) in versions without them, and
says clearly what is missing when a flag needs them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

from cotmonitor.errors import ConfigError
from cotmonitor.types import AsyncCheck, Check


def load_judge(model: str, sample_rate: float) -> AsyncCheck:
    """``cotmonitor.Judge(model=..., sample_rate=...)``.

    Raises:
        ConfigError: this version has no judge, or it rejected the arguments.
    """
    judge_class: Any = getattr(importlib.import_module("cotmonitor"), "Judge", None)
    if judge_class is None:
        raise ConfigError("--judge needs cotmonitor.Judge, which this version does not provide")
    try:
        judge: AsyncCheck = judge_class(model=model, sample_rate=sample_rate)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"--judge {model}: {exc}") from exc
    return judge


def checks_with_rule_pack(path: str) -> list[Check]:
    """``default_checks(rule_packs=[path])``: the built-in checks plus the pack's rules.

    Raises:
        ConfigError: this version's ``default_checks`` takes no rule packs, or the file is
            missing or invalid.
    """
    from cotmonitor.checks.defaults import default_checks

    if "rule_packs" not in inspect.signature(default_checks).parameters:
        raise ConfigError("--rule-pack needs a version whose default_checks() takes rule packs")
    if not Path(path).is_file():
        raise ConfigError(f"--rule-pack {path}: no such file")
    loader: Any = default_checks
    return list(loader(rule_packs=[path]))
