"""From a trace's scan to the evidence of each pack rule (negations and comments applied).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cotmonitor.checks.rules.engine import Hit
from cotmonitor.checks.rules.packs import PackRule, RulePack, evidence_for
from cotmonitor.checks.rules.rejection import rejected
from cotmonitor.checks.rules.scan import TraceScan
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Evidence

_COMMENT_MARKERS = ("#", "//", "--", "/*", "* ")


def on_comment_line(text: str, start: int) -> bool:
    """Whether ``start`` sits on a line that is a code comment (after the comment marker)."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].lstrip().startswith(_COMMENT_MARKERS)


def _keep(rule: PackRule, text: str, hit: Hit) -> bool:
    if rule.unless_negated and rejected(text, hit.start, hit.end):
        return False
    return not (rule.skip_comment_lines and on_comment_line(text, hit.start))


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """The kept evidence of one pack rule on one trace."""

    rule: PackRule
    evidence: tuple[Evidence, ...]


def _from_hits(
    rule: PackRule,
    engine_id: str,
    hits: Sequence[Hit],
    text: str,
    *,
    source: str,
    index: int | None = None,
) -> list[Evidence]:
    spans = [(h.start, h.end) for h in hits if h.rule == engine_id and _keep(rule, text, h)]
    if not spans:
        return []
    return evidence_for(source, text, spans, index)  # type: ignore[arg-type]


def pack_evidence(pack: RulePack, trace: Trace, scan: TraceScan) -> list[RuleEvidence]:
    """Every rule of ``pack`` that matched ``trace``, with its evidence."""
    hit_ids = scan.rules_hit()
    found = []
    for rule in pack.rules:
        engine_id = f"{pack.prefix}{rule.id}"
        if engine_id not in hit_ids:
            continue
        evidence = _from_hits(rule, engine_id, scan.reasoning, trace.reasoning, source="reasoning")
        evidence += _from_hits(rule, engine_id, scan.output, trace.output, source="output")
        for index, hits in scan.prompt.items():
            evidence += _from_hits(
                rule, engine_id, hits, trace.message_text(index), source="message", index=index
            )
        for index, hits in scan.tool_calls.items():
            evidence += _from_hits(
                rule,
                engine_id,
                hits,
                trace.tool_calls[index].arguments,
                source="tool_call",
                index=index,
            )
        if evidence:
            found.append(RuleEvidence(rule, tuple(evidence)))
    return found
