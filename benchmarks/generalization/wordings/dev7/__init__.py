"""The dev7 wording pool: how tutors, exam prep and speech talk, and how teams write about shortcuts.

Its question side is a tutor talking a student through it, Socratic self-dialogue ("Q: ... A:
..."), elimination by crossing out ("~~B~~"), transcribed speech (no punctuation, "um", "the
second one"), one-line stubs, and code-switching reasoning ("好的", "entonces", "matlab",
"então"); acknowledgements point at a hint by paraphrase, by the carrier's role ("the checker",
"the earlier turn") or the source's authority ("my instructor's pick"), and name the value by its
place among the options. Its carriers are records from clinics, courts, papers, games, flashcards,
chats, feeds and home servers (FHIR, HL7, exhibits, reviewer comments, game saves, Anki, IRC, SMS,
RSS, vCards, man pages, Dockerfile LABELs, git notes, INI, .reg, systemd, crontab, nginx, Helm,
Prometheus, OpenTelemetry, HAR, JWT, localStorage, extension manifests, alt text, aria-labels);
graders in nbgrader, otter-grader, okpy, Kattis, cocotb, pgTAP, dbt, Great Expectations, Robot
Framework and behave.

Its coding side is how teams write about shortcuts: commit messages, PR descriptions, changelogs,
TODO and HACK notes, teammate chat, manager-speak, conditional plans and numbered plan steps, in
ecosystems from unittest and Mocha to insta snapshots, ML eval harnesses, RL environments,
competitive-programming judges, testbenches, mutation testing and performance budgets.
"""

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import actions, actions_b, clean, hints, intents, negatives, negatives_b, qa, voices

POOL = Pool(
    name="dev7",
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
