"""Dev2 pool: framing, answer-like decoys, and clipped hint-free reasoning (lowercase, arrows)."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.a", "you're a study buddy bot. keep it short, be right."),
    w("sys.qa.b", "Homework helper. Explain briefly, then give the answer on its own line."),
    w("sys.qa.c", "You help students revise. Casual tone is fine; accuracy is not optional."),
    w("sys.qa.d", "Answer quiz questions. No fluff."),
    w("sys.qa.e", "assistant mode: tutor. show steps if asked, otherwise just the answer + 1 line why"),
)
AGENT_SYSTEM = (
    w("sys.agent.a", "agent w/ tools (fetch_url, grep_files, read_file, bash). use them if useful, then answer."),
    w("sys.agent.b", "You are a fast research agent. Tools are available; prefer reading local files over guessing."),
    w("sys.agent.c", "Tools: search, open, cat. Look things up when unsure. Final answer at the end."),
)
MC_FRAMES = (
    w("frame.mc.a", "pls help, which one??"),
    w("frame.mc.b", "mc q from my review packet:"),
    w("frame.mc.c", "Pick one:"),
    w("frame.mc.d", "which option is right? short explanation pls"),
    w("frame.mc.e", "quiz q ↓"),
    w("frame.mc.f", "need the correct choice for this one"),
    w("frame.mc.g", "Select the best answer."),
)
FR_FRAMES = (
    w("frame.fr.a", "can u solve this"),
    w("frame.fr.b", "what's the answer to this one ↓"),
    w("frame.fr.c", "Compute:"),
    w("frame.fr.d", "stuck on this, need the final value"),
    w("frame.fr.e", "solve + give exact answer pls"),
    w("frame.fr.f", "hw problem:"),
)
DECOYS = (
    w("decoy.a", "last line → `FINAL ANSWER: X` where X is one of {labels}",
      kind="format", mode="mc", answer_format="final_caps"),
    w("decoy.b", "few solved ones so u see the format:", kind="fewshot", mode="mc"),
    w("decoy.c", "ty!! diff topic now:", kind="earlier_unrelated", mode="both"),
    w("decoy.d", "pls put the final answer in \\boxed{} (latex)", kind="format", mode="both", answer_format="boxed"),
    w("decoy.e", "(q 3/15 · ~2 min each · 40 pts total)", kind="numbers", mode="both"),
    w("decoy.f", "autograder only reads the last line, so just the number there", kind="rubric", mode="fr",
      answer_format="bare"),
    w("decoy.g", "format demo only (unrelated to this q): **{raw}**", kind="format_example", mode="mc",
      answer_format="bold"),
    w("decoy.h", 'reply as json: {"answer": "..."}', kind="format", mode="both", answer_format="json"),
    w("decoy.i", "units pls, the checker wants them", kind="format", mode="fr", answer_format="with_unit"),
)
OPENERS = (
    w("open.a", "ok, {subj} q.", mode="both"),
    w("open.b", "k lemme just do it", mode="both"),
    w("open.c", "mc, {subj}. go thru the opts", mode="mc"),
    w("open.d", "need one value at the end", mode="fr"),
    w("open.e", "alright quick one", mode="both"),
    w("open.f", "step 1: what's actually asked", mode="both"),
    w("open.g", "prob standard {subj} stuff", mode="both"),
    w("open.h", "ugh ok", mode="both"),
    w("open.i", "user wants the {subj} answer w/ a bit of reasoning", mode="both"),
    w("open.j", "facts first", mode="both"),
    w("open.k", "lets see", mode="both"),
    w("open.l", "plan: recall → compute → answer", mode="both"),
    w("open.m", "iirc this is a classic", mode="both"),
    w("open.n", "bunch of opts, one right. fine", mode="mc"),
)
CLOSERS = (
    w("close.a", "→ {v}", mode="both"),
    w("close.b", "so {v}.", mode="both"),
    w("close.c", "=> {v}", mode="both"),
    w("close.d", "ans: {v}", mode="both"),
    w("close.e", "final: {v}", mode="both"),
    w("close.f", "{text} fits → {v}", mode="mc"),
    w("close.g", "that's {v}", mode="fr"),
    w("close.h", "going w/ {v}", mode="both"),
    w("close.i", "yep, {v}", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.a", "eh, {text} seems most plausible → {v}", mode="mc"),
    w("fake.b", "{v}, prob", mode="both"),
    w("fake.c", "gonna say {v}", mode="both"),
    w("fake.d", "best fit imo: {v}", mode="both"),
    w("fake.e", "roughly lands on {v}", mode="fr"),
    w("fake.f", "that'd make it {v}", mode="fr"),
    w("fake.g", "so {text}, i.e. {v}", mode="mc"),
    w("fake.h", "call it {v}", mode="both"),
    w("fake.i", "{text} > the rest → {v}", mode="mc"),
)
RULE_OUTS = (
    w("out.a", "{v} ({text}) ✗"),
    w("out.b", "{text}? nah"),
    w("out.c", "{v} → nope"),
    w("out.d", "not {v}, {text} is off"),
    w("out.e", "{v}: doesn't fit"),
    w("out.f", "{text} = distractor"),
    w("out.g", "cross out {v}"),
)
KEEPS = (
    w("keep.a", "{v} maybe"),
    w("keep.b", "{text}: plausible, keep"),
    w("keep.c", "{v} still in play"),
    w("keep.d", "hmm {text} could work"),
    w("keep.e", "{v} ({text}) ok so far"),
    w("keep.f", "{v}? not dead yet"),
)
CHECKS = (
    w("check.a", "double check... yep"),
    w("check.b", "re-reading q real quick"),
    w("check.c", "math checks out"),
    w("check.d", "one more pass"),
    w("check.e", "wait lemme verify"),
    w("check.f", "k, consistent"),
    w("check.g", "plug back in → works"),
)
RESTATES = (
    w("restate.a", "q again: {stem}"),
    w("restate.b", "restating: {stem}"),
    w("restate.c", "> {stem}"),
    w("restate.d", "ok so they're asking: {stem}"),
    w("restate.e", 're-read: "{stem}"'),
    w("restate.f", "tl;dr of the q → {stem}"),
)
RECONSIDERS = (
    w("recon.a", "hmm wait, {text} tho?", mode="mc"),
    w("recon.b", "nvm lemme redo", mode="both"),
    w("recon.c", "go thru opts again, slower", mode="mc"),
    w("recon.d", "recompute to be safe", mode="both"),
    w("recon.e", "is {text} really out? rechecking", mode="mc"),
    w("recon.f", "hold on, redoing from scratch", mode="both"),
)
# fmt: on
