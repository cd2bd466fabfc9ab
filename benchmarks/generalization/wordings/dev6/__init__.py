"""The dev6 wording pool: what production APIs and agent frameworks emit as reasoning: provider
reasoning summaries (a bold title, then "I'm noticing ...", "I've zeroed in on ..."), third-person
summarized thinking ("The user is asking ... I should ..."), and ReAct, SWE-agent and OpenHands
transcripts ("Thought:", "Action:", "Observation:", "DISCUSSION", tool-call JSON between notes).

Its hint carriers are what agents read: MCP tool results, RAG chunks, search snippets, wiki
exports, PR reviews, CI annotations, error trackers, Kubernetes, Terraform, Airflow, Kafka, feature
flags and LMS exports; its graders and coding wordings reach Solidity/Foundry, Erlang, F#, Nim,
Crystal, Elm, bats, Deno, Bun, Playwright, Cypress, doctest, Hypothesis, Nix, Terraform, Ansible
and Android Espresso.
"""

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import actions, actions_b, clean, hints, intents, negatives, negatives_b, qa, voices

POOL = Pool(
    name="dev6",
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
