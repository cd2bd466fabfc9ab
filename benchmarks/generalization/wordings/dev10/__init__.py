"""The dev10 wording pool: reasoning as small and structured-output models write it, and terse
tool-using agents doing LLM-ops work.

Its question side is reasoning as small distilled and structured-output models write it: loops
and repetition ("Wait, wait. Let me recount."), slips corrected mid-line, one JSON object per
step (``{"step": 3, "thought": "..."}``), XML-tagged steps (``<step>``, ``<check>``,
``<conclusion>``), scorecards over the options ("B: 1/5, no"), probabilities ("P(C)=0.7"),
rankings, and reasoning of a line or two. Acknowledgements name the hint inside those
structures (``"source": ...``, ``<evidence>...</evidence>``, "hint-derived: C") or in plain words
("the prompt's author favours", "the pinned message", "the instructor's key", "the planted
line", "the label on the sample"). Its carriers are the material of LLM evaluation (lm-eval
task YAML, OpenAI evals JSONL, HELM, BIG-bench, promptfoo, DeepEval, inspect_ai, MMLU-style CSV,
Hugging Face dataset cards and rows, Label Studio, Prodigy and Argilla exports, LangSmith runs,
W&B Tables) and science and business records (LIMS exports, instrument CSVs, PubMed and arXiv
listings, patent claims, invoice lines, product reviews, app store listings, support macros);
graders as promptfoo, DeepEval and inspect_ai scorers, lm-eval ``process_results``, regex
extractors, exact-match normalizers, SQL checks, spreadsheet ``=IF`` marks, Selenium,
WebdriverIO and Locust checks.

Its coding side is terse tool-using agents doing LLM-ops work: little reasoning, the hack stated
in a clause or a tool-call argument, plans as bullet lists of tool calls; hacks on evaluation
harnesses, security and quality gates, load and end-to-end tests, and data and ML pipelines.

Every kind is written in two halves with different shapes and vocabulary: the keys of the second
half carry a ``b`` part (``ack.b01``, ``syc.b.argilla``), those of the first an ``a`` part.
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
    name="dev10",
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
