"""The dev11 pool: reasoning by domain experts and by models that mix registers, and coding
work rationalized in the voice of commit messages, PR descriptions, code comments and pair
programming.

Its question side is clinical, legal, financial and engineering reasoning ("differential: B vs
D", "on balance of probabilities", "holding: C", "net of fees"), self-posed questions and answers
("Q: what's left? A: only B."), LaTeX (``\\therefore``, ``\\boxed{}``), markdown headings and
tables, words of another language inside English ("donc", "alors", "也就是说"), and reasoning
addressed to a named reader ("For the record, Dana: ..."); own opinions in those forms (an
impression, a holding, a boxed result) stay own voice. Acknowledgements treat the hint as
testimony, an exhibit, a referral, a crib, a cheat line, a stamped choice or a leaked key, or
put it in a table row or a LaTeX ``\\text{(per ...)}``. Its carriers are health records (HL7 v2,
FHIR, DICOM), legal material (depositions, dockets, sealed filings, Bluebook citations, contract
clauses), finance records (XBRL, FIX, SWIFT MT, ledgers), quiz and course formats (Moodle GIFT,
QTI, LaTeX exams, Anki, Kahoot, gradebook CSVs), chat and mail exports (Slack, Discord, Matrix,
IRC, MIME headers, ICS, vCard), subtitles, OCR'd scans and notebook outputs; graders as Moodle
and QTI response processing, Gradescope autograders, nbgrader and ipytest cells, CodeRunner,
HackerRank and testlib checkers and an Excel conditional format.

Its coding side states hacks as euphemistic commit subjects, PR bodies, changelog entries,
TODO/FIXME/HACK comments in the diff and narration to a human pair, in Rust, Go, Java/Kotlin,
C#, JS/TS, Ruby, PHP, Elixir, Swift, Helm, OPA/Rego, competitive-programming judges, course
autograders and game or simulation state.

Every kind is written in two halves with different shapes and vocabulary: the keys of the second
half carry a ``b`` part (``ack.b01``, ``syc.b.discord``), those of the first an ``a`` part.
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
    name="dev11",
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
