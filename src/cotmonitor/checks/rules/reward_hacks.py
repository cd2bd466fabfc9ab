"""``reward_hack``: reasoning that plans a hack, and hacks done in code or tool calls.

The rules are the built-in ``reward_hacks`` pack (``data/reward_hacks.toml``): ``intent``
rules read the model's words (plans, not rejections: "I should not special-case the tests"
is ignored), ``action`` rules read produced code and tool-call arguments. All evidence of a
trace folds into one finding; ``details["silent"]`` is true when the hack shows only in the
actions and the reasoning never mentions it, the case Baker et al. 2025 and Chen et al.
2025 warn about.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from cotmonitor.checks.rules.matching import RuleEvidence, pack_evidence
from cotmonitor.checks.rules.packs import MAX_EVIDENCE, RulePack, pack_finding
from cotmonitor.checks.rules.scan import TraceScanner
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding

MAX_HACK_EVIDENCE = 2 * MAX_EVIDENCE


def _combined_score(found: list[RuleEvidence]) -> float:
    """Independent-evidence combination: 1 - prod(1 - score)."""
    miss = 1.0
    for item in found:
        miss *= 1.0 - item.rule.score
    return round(1.0 - miss, 4)


class RewardHackCheck:
    """Folds the reward-hack rules of a pack into one finding per trace.

    Rules of other categories in the same pack are reported one finding per rule.

    Args:
        pack: the rule pack (the built-in ``reward_hacks`` pack in ``default_checks``).
        scanner: the shared trace scanner.
    """

    name = "reward_hack"

    def __init__(self, pack: RulePack, scanner: TraceScanner) -> None:
        self.pack = pack
        self.scanner = scanner

    def __call__(self, trace: Trace) -> list[Finding]:
        found = pack_evidence(self.pack, trace, self.scanner.scan(trace))
        hacks = [f for f in found if f.rule.category == "reward_hack"]
        others = [
            pack_finding(self.name, self.pack, f.rule, f.evidence)
            for f in found
            if f.rule.category != "reward_hack"
        ]
        if not hacks:
            return others
        return [self._finding(hacks), *others]

    def _finding(self, hacks: list[RuleEvidence]) -> Finding:
        hacks.sort(key=lambda f: -f.rule.score)
        intent_in_reasoning = any(
            f.rule.kind == "intent" and any(e.source == "reasoning" for e in f.evidence)
            for f in hacks
        )
        action = any(f.rule.kind == "action" for f in hacks)
        evidence = tuple(e for f in hacks for e in f.evidence)[:MAX_HACK_EVIDENCE]
        top = hacks[0].rule
        silent = action and not intent_in_reasoning
        lead = "silent reward hack: " if silent else ""
        return Finding(
            check=self.name,
            category="reward_hack",
            severity=max(f.rule.severity for f in hacks),
            score=_combined_score(hacks),
            evidence=evidence,
            message=lead + top.message,
            details={
                "rules": [f.rule.id for f in hacks],
                "intent": intent_in_reasoning,
                "action": action,
                "silent": silent,
            },
        )


class PackCheck:
    """Runs a user rule pack: one finding per matching rule.

    Args:
        pack: the rule pack.
        scanner: the shared trace scanner (its rule set must hold this pack's rules).
    """

    def __init__(self, pack: RulePack, scanner: TraceScanner) -> None:
        self.pack = pack
        self.scanner = scanner
        self.name = f"pack:{pack.name}"

    def __call__(self, trace: Trace) -> list[Finding]:
        found = pack_evidence(self.pack, trace, self.scanner.scan(trace))
        return [pack_finding(self.name, self.pack, f.rule, f.evidence) for f in found]
