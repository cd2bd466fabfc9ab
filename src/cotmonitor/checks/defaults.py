"""The check set a ``Monitor()`` runs when none is given.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from cotmonitor.checks.rules.consistency import AnswerMismatchCheck
from cotmonitor.checks.rules.cues import STRONG_CUE_RULES, WEAK_CUE_RULES
from cotmonitor.checks.rules.engine import Rule, RuleSet
from cotmonitor.checks.rules.hack_intents import INTENT_RULES
from cotmonitor.checks.rules.hint_use import HintUseCheck
from cotmonitor.checks.rules.missing import ReasoningMissingCheck
from cotmonitor.checks.rules.packs import RulePack, builtin_pack, load_rule_packs
from cotmonitor.checks.rules.reward_hacks import PackCheck, RewardHackCheck
from cotmonitor.checks.rules.scan import TraceScanner
from cotmonitor.settings import parse_path_list
from cotmonitor.types import Check

RULE_PACKS_ENV = "COTMONITOR_RULE_PACKS"
"""Extra rule pack files: a JSON list, or paths separated by ``os.pathsep`` or commas."""


@functools.lru_cache(maxsize=16)
def _built(packs: tuple[RulePack, ...], backend: str) -> tuple[Check, ...]:
    # Compiling the patterns (and hyperscan databases) is the slow part: do it once per
    # distinct configuration; the checks themselves hold no per-trace state.
    hacks = builtin_pack("reward_hacks")
    rules: list[Rule] = [*hacks.engine_rules()]
    for pack in packs:
        rules += pack.engine_rules()
    scanner = TraceScanner(
        RuleSet(rules, backend=backend),
        cues=RuleSet(STRONG_CUE_RULES, backend=backend),
        near_cues=RuleSet(WEAK_CUE_RULES, backend=backend),
        intents=RuleSet(INTENT_RULES, backend=backend),
    )
    checks: list[Check] = [
        ReasoningMissingCheck(),
        HintUseCheck(scanner),
        RewardHackCheck(hacks, scanner),
        AnswerMismatchCheck(),
    ]
    checks += [PackCheck(pack, scanner) for pack in packs]
    return tuple(checks)


def _env_packs() -> list[str]:
    return parse_path_list(os.environ.get(RULE_PACKS_ENV, ""))


def default_checks(
    rule_packs: Iterable[str | Path | RulePack] | None = None,
    *,
    backend: str = "auto",
) -> list[Check]:
    """The built-in rule checks plus any rule packs.

    Args:
        rule_packs: pack files (TOML/YAML) or loaded packs; ``None`` reads
            ``COTMONITOR_RULE_PACKS``.
        backend: scanning engine: ``"auto"`` (hyperscan, else pyahocorasick, when
            installed), ``"hyperscan"``, ``"ahocorasick"`` or ``"python"``; all give the
            same findings.

    Raises:
        ConfigError: a rule pack is missing or invalid.

    .. versionadded:: 0.1.0
    """
    sources: Sequence[str | Path | RulePack] = (
        _env_packs() if rule_packs is None else list(rule_packs)
    )
    packs = tuple(load_rule_packs(sources))
    return list(_built(packs, backend))
