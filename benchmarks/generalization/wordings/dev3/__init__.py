"""The dev3 wording pool: long, formal, self-correcting reasoning that narrates what it notices.

Besides the Python tasks, its coding wordings reach Rust, Java, Kotlin, TypeScript, Go, shell runners,
tox, GitLab CI and coverage, codecov, nyc and Lighthouse configs; hacks are rationalised and euphemised.
"""

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import actions, clean, hints, intents, negatives, qa, voices

POOL = Pool(
    name="dev3",
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
        actions=actions.ACTIONS,
        negatives=negatives.NEGATIVES,
        clean=clean.CLEAN,
    ),
)

__all__ = ["POOL"]
