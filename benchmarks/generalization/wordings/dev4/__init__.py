"""The dev4 wording pool: office and machine paperwork, plans in markdown, tables and JSON, and the
English of second-language writers.

Its hint carriers are mail threads, chat exports, tickets, pasted spreadsheets, PDF and OCR text,
calendar entries and receipts; its graders and coding wordings reach PHP, Ruby, C/C++, Swift,
Elixir, CMake, Bazel, Maven, Gradle, Jenkins, Docker and Azure Pipelines.
"""

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import actions, actions_b, clean, hints, intents, negatives, negatives_b, qa, voices

POOL = Pool(
    name="dev4",
    hints=HintPool(
        carriers=hints.CARRIERS,
        ack_generic=voices.ACK_GENERIC,
        ack_typed=voices.ACK_TYPED,
        stances=voices.STANCES,
        reject_generic=voices.REJECT_GENERIC,
        reject_typed=voices.REJECT_TYPED,
        own_voice=voices.OWN_VOICE,
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
        intents=intents.INTENTS,
        covers=intents.COVERS,
        actions={**actions.ACTIONS_A, **actions_b.ACTIONS_B},
        negatives={**negatives.NEGATIVES_A, **negatives_b.NEGATIVES_B},
        clean=clean.CLEAN,
    ),
)

__all__ = ["POOL"]
