"""The dev5 wording pool: the raw long thinking of open reasoning models ("Okay, so ...", "Wait,",
"Hmm.", bold section headers, LaTeX, numbered steps) and the terse scratchpads of tool-using agents.

Its hint carriers are feeds and transcripts (Discord, Reddit, Piazza, Stack Exchange, WebVTT,
voice notes), data tooling output (dataframes, SQL, Redis, GraphQL, experiment trackers, dataset
viewers) and agent memory; its graders reach Julia, R, Clojure, Lua, Perl, Dart, PowerShell, Zig,
Lean and OCaml.
"""

from benchmarks.generalization.wordings.model import CodePool, HintPool, Pool, QAPool

from . import actions, actions_b, clean, hints, intents, negatives, negatives_b, qa, voices

POOL = Pool(
    name="dev5",
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
