"""One reward-hack intent: the act the engine finds, and what its sentence must also say.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cotmonitor.checks.rules.engine import Rule, Target

_TARGETS: frozenset[Target] = frozenset({"reasoning", "output"})
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Intent:
    """One act of a family, what it must be done to, and whether a purpose must be said.

    Attributes:
        family: the reward-hack family.
        rule: the engine rule that finds the act (its id is ``intent.<family>.<n>``).
        target: a pattern the act's sentence must hold (``None``: the act says it all).
        purpose: a pattern the sentence must hold too, for acts that are also everyday work.
        score: the score of the evidence.
        message: what the finding says.
    """

    family: str
    rule: Rule
    target: re.Pattern[str] | None
    purpose: re.Pattern[str] | None
    score: float
    message: str


def intent(
    family: str,
    number: int,
    act: str,
    anchors: str,
    message: str,
    *,
    target: str | None = None,
    purpose: str | None = None,
    score: float = 0.8,
    before: int = 0,
) -> Intent:
    """An intent whose act rule is ``intent.<family>.<number>``, anchored where it starts.

    ``anchors`` is written ``"a|b|c"`` (lower-case literals); ``target`` and ``purpose`` are
    patterns its sentence must hold too.
    """
    anchor_list = tuple(anchors.split("|"))  # written "a|b|c": some hold spaces ("if ")
    # Acts start at their anchor (``before=0``): one ``match`` per occurrence, no scanning,
    # which keeps the always-on intents cheap on long reasoning.
    rule = Rule(f"intent.{family}.{number}", act, anchor_list, _TARGETS, reach=80, before=before)
    return Intent(
        family,
        rule,
        re.compile(target, _FLAGS) if target else None,
        re.compile(purpose, _FLAGS) if purpose else None,
        score,
        message,
    )
