"""Where replay plugs in the LLM judge and user rule packs from their command-line flags.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from pathlib import Path

from cotmonitor.checks.defaults import default_checks
from cotmonitor.checks.judge import Judge
from cotmonitor.errors import ConfigError
from cotmonitor.types import Check


def load_judge(model: str, sample_rate: float) -> Judge:
    """The judge for ``--judge MODEL --judge-sample R``.

    Raises:
        ConfigError: the sample rate is out of range.
    """
    if not 0.0 <= sample_rate <= 1.0:
        raise ConfigError(f"--judge-sample must be between 0 and 1, not {sample_rate}")
    return Judge.from_cli(model, sample_rate)


def checks_with_rule_pack(path: str) -> list[Check]:
    """``default_checks(rule_packs=[path])``: the built-in checks plus the pack's rules.

    Raises:
        ConfigError: the file is missing or invalid.
    """
    if not Path(path).is_file():
        raise ConfigError(f"--rule-pack {path}: no such file")
    return list(default_checks(rule_packs=[path]))
