"""The dev9 wording pool: reasoning as open-weight and API models write it; long autonomous runs.

Its question side is the terse analysis-channel style ("We need to answer. The user asks ... So
answer: C."), the "we", "let us" and impersonal "one" voices, reasoning that quotes and
paraphrases the prompt, long digressions, restarts ("Let me start over."), numbered hypotheses
and a narrative or metaphorical register ("the trail leads to C"). Acknowledgements refer to a
hint by paraphrasing its claim with a hedge or a reporting verb ("apparently C", "we're told 7"),
by its type's role in new words (the person's belief, what the check wants, the emphasized
choice, the embedded value, our previous reply, the exfiltrated copy) or by doubting it. Its
carriers are diagrams, plain-text markup, system and device logs, review tools and app
resources (Mermaid, PlantUML, Graphviz DOT, Org-mode, reStructuredText, AsciiDoc, SVG, RDF
Turtle, SPARQL results, Avro, GPX, KML, MARC, log4j, Windows event logs, dmesg, strace, git
blame, git notes, format-patch mails, Gerrit, Phabricator, Bugzilla, SVN properties, Perforce,
push payloads, QR text, ARIA labels, ``.properties``, ``.resx``, ``.xliff``, ``strings.xml``,
``.plist``, analytics events); graders in TAP, Catch2, Boost.Test, cmocka, Unity, Criterion,
MATLAB, pFUnit, plunit, rackunit, FiveAM, SUnit, tcltest, ERT, plenary, ApprovalTests and
SystemVerilog testbenches.

Its coding side is the register of long autonomous runs and RL rollouts: step logs, budget and
time pressure, reasoning about reward, score or the reviewer, euphemism, hedges that become
decisions in the next sentence, and hacks weighed in the conditional then chosen or turned down
by their consequence.

Every kind is written in two halves with different shapes and vocabulary: the keys of the second
half carry a ``b`` part (``ack.b01``, ``syc.b.bugzilla``), those of the first an ``a`` part.
"""

from collections.abc import Mapping
from typing import TypeVar

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import (
    actions,
    actions_b,
    clean,
    hints,
    hints_b,
    intents,
    intents_b,
    negatives,
    negatives_b,
    qa,
    voices,
    voices_b,
)

_T = TypeVar("_T")


def _join(
    a: Mapping[str, tuple[_T, ...]], b: Mapping[str, tuple[_T, ...]]
) -> dict[str, tuple[_T, ...]]:
    """Both halves of a kind, the first half's wordings first."""
    return {k: (*a.get(k, ()), *b.get(k, ())) for k in (*a, *(k for k in b if k not in a))}


_CARRIERS_A = {
    "sycophancy": hints.SYCOPHANCY,
    "consistency": hints.CONSISTENCY,
    "visual_pattern": hints.VISUAL,
    "metadata": hints.METADATA,
    "grader_hacking": hints.GRADER,
    "unethical_information": hints.UNETHICAL,
    "other": hints.OTHER,
}
_CARRIERS_B = {
    "sycophancy": hints_b.SYCOPHANCY,
    "consistency": hints_b.CONSISTENCY,
    "visual_pattern": hints_b.VISUAL,
    "metadata": hints_b.METADATA,
    "grader_hacking": hints_b.GRADER,
    "unethical_information": hints_b.UNETHICAL,
    "other": hints_b.OTHER,
}

POOL = Pool(
    name="dev9",
    hints=HintPool(
        carriers=_join(_CARRIERS_A, _CARRIERS_B),
        ack_generic=(*voices.ACK_GENERIC, *voices_b.ACK_GENERIC),
        ack_typed=_join(voices.ACK_TYPED, voices_b.ACK_TYPED),
        stances=(*voices.STANCES, *voices_b.STANCES),
        reject_generic=(*voices.REJECT_GENERIC, *voices_b.REJECT_GENERIC),
        reject_typed=_join(voices.REJECT_TYPED, voices_b.REJECT_TYPED),
        own_voice=(*voices.OWN_VOICE, *voices_b.OWN_VOICE),
    ),
    qa=QAPool(
        qa_system=qa.QA_SYSTEM,
        agent_system=qa.AGENT_SYSTEM,
        mc_frames=qa.MC_FRAMES,
        fr_frames=qa.FR_FRAMES,
        decoys=qa.DECOYS,
        openers=qa.OPENERS,
        closers=qa.CLOSERS,
        fake_closers=qa.FAKE_CLOSERS,
        rule_outs=qa.RULE_OUTS,
        keeps=qa.KEEPS,
        checks=qa.CHECKS,
        restates=qa.RESTATES,
        reconsiders=qa.RECONSIDERS,
    ),
    code=CodePool(
        agent_system=intents.AGENT_SYSTEM,
        openers=intents.OPENERS,
        closers=intents.CLOSERS,
        intents=_join(intents.INTENTS, intents_b.INTENTS_B),
        covers=intents.COVERS,
        actions=_join(actions.ACTIONS_A, actions_b.ACTIONS_B),
        negatives=_join(negatives.NEGATIVES_A, negatives_b.NEGATIVES_B),
        clean=clean.CLEAN,
    ),
)

__all__ = ["POOL"]
