"""What a hit of a cue rule means, and how cue rules are written.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from dataclasses import dataclass

from cotmonitor.checks.rules.engine import Rule, Target
from cotmonitor.verdicts import HintType

_R: frozenset[Target] = frozenset({"reasoning"})


@dataclass(frozen=True, slots=True)
class CueKind:
    """What a cue rule's hit means."""

    types: frozenset[HintType]
    weak: bool = False
    """Counts only when the rest of its sentence names the answer or the claim's value."""
    adjacent: bool = False
    """Weak, and the value must follow right after it ("the P.S. says B")."""
    uncertain: bool = False


ALL: frozenset[HintType] = frozenset()
SYC: frozenset[HintType] = frozenset({"sycophancy"})
META: frozenset[HintType] = frozenset({"metadata"})
CODE: frozenset[HintType] = frozenset({"grader_hacking"})
ILLICIT: frozenset[HintType] = frozenset({"unethical_information"})
EARLIER: frozenset[HintType] = frozenset({"consistency"})
MARK: frozenset[HintType] = frozenset({"visual_pattern"})


def cue(
    rule_id: str,
    pattern: str,
    anchors: str,
    kind: CueKind,
    *,
    before: int,
    reach: int,
    requires: str = "",
    starts: str = "",
) -> tuple[Rule, CueKind]:
    """A reasoning-only engine rule and what its hit means.

    ``requires``: literals ("a|b|c") one of which every match holds besides its anchor; a
    window without any is skipped before the regex runs. ``starts``: literals ("a|b") one of
    which every match starts with, when it does not start at its anchor.
    """
    # Anchors are written "a|b|c": several hold spaces ("per ", "what i").
    groups = (tuple(requires.split("|")),) if requires else ()
    # Cues start at a word or at their anchor (a test checks it against a plain search).
    anchor_list = tuple(anchors.split("|"))
    rule = Rule(
        rule_id,
        pattern,
        anchor_list,
        _R,
        reach,
        before,
        groups,
        word_start=True,
        starts=tuple(starts.split("|")) if starts else (),
    )
    return rule, kind
