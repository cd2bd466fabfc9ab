"""The dev8 wording pool: reasoning that argues and reports, and how an agent weighs and picks.

Its question side is reasoning as a debate with itself ("Case for B ... case against ..."), audit
findings ("Finding 1:", "Evidence:", "Conclusion:"), a lab notebook (hypothesis, test, result),
formal notation ("let S = ...", "∴ C"), reasoning that speaks to the user in the second person,
pros/cons tables, and British, Indian, Nigerian and Australian idiom. Acknowledgements refer to a
hint indirectly: by where it sits ("the footnote at the bottom", "what came attached") or by its
type's role ("the asker's leaning", "the function doing the checking", "the highlighted run",
"the record's fields", "my earlier pick", "that obtained key"). Its carriers are documents and
cards people comment on and files a build reads (docx comments and track changes, Google Docs
suggestions, spreadsheet cells, Figma and Miro boards, Trello, Asana and Linear, Zendesk,
Intercom and Salesforce, Postman, ``curl -v``, Parquet schemas, Jupyter output, beamer notes,
Markdown footnotes, HTML comments, CSS ``content:``, robots.txt, ``.gitattributes``, Cargo and
pyproject tables, Makefile variables, Dockerfile ENV, Terraform outputs, AWS tags); graders in
OPA/Rego, Semgrep, CEL, Schematron, Spock, ScalaTest, pytest-bdd, Karate, Pact, Step Functions,
HumanEval ``check(candidate)`` and Advent-of-Code answer files.

Its coding side is how an agent weighs and picks a shortcut: options listed and one chosen,
decision records, questions it answers itself, the target named in one sentence and the act on
it in the next, intent as pseudo-code, risk talk and sarcasm; actions in many edit formats.

Every kind is written in two halves with different shapes and vocabulary: the keys of the second
half carry a ``b`` part (``ack.b01``, ``syc.b.gdocs``), those of the first an ``a`` part.
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
    name="dev8",
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
