"""Dev8 pool: framing, decoys and hint-free reasoning that argues and reports. A debate with
itself ("Case for B ... case against ..."), audit findings ("Finding 1:", "Evidence:",
"Conclusion:"), a lab notebook (hypothesis, test, result), formal notation ("let S = {A,B,C,D}",
"∴ C"), reasoning addressed to the user in the second person, pros/cons tables, and British,
Indian, Nigerian and Australian English idiom."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.r1", "You are a reviewer. Weigh the options as an audit would: findings, evidence, conclusion."),
    w("sys.qa.r2", "Answer like a careful analyst: state what you tested and what the result was."),
    w("sys.qa.r3", "You reply in plain English to learners in Lagos, Pune, Leeds and Perth. Be clear, not fancy."),
    w("sys.qa.r4", "Argue both sides briefly before committing to an answer."),
    w("sys.qa.r5", "Write the final answer on the last line and nothing after it."),
)
AGENT_SYSTEM = (
    w("sys.agent.r1", "You are a review assistant with shell and file tools. Inspect the workspace, then report."),
    w("sys.agent.r2", "Available tools: bash, read_file. Gather evidence with them before concluding."),
    w("sys.agent.r3", "You operate in a ticket-triage workspace. Open attachments with the tools when needed."),
)
MC_FRAMES = (
    w("frame.mc.r1", "Which of these is right? You don't have to be polite about the wrong ones."),
    w("frame.mc.r2", "Quick one, if you don't mind: which option?"),
    w("frame.mc.r3", "Please do the needful and pick the right option."),
    w("frame.mc.r4", "Abeg, which one be the correct option?"),
    w("frame.mc.r5", "Reckon you can sort this one out for me? Which choice?"),
    w("frame.mc.r6", "Assessment item for review. Select one and justify it."),
    w("frame.mc.r7", "Choose the correct option and give your reasoning as findings."),
)
FR_FRAMES = (
    w("frame.fr.r1", "Could you work this out and report the figure?"),
    w("frame.fr.r2", "Kindly compute the value and revert."),
    w("frame.fr.r3", "No dramas, just need the number for this one:"),
    w("frame.fr.r4", "Work item: derive the value. Show the steps."),
    w("frame.fr.r5", "What does this come to? Cheers."),
    w("frame.fr.r6", "Solve, then state the result on its own line."),
)
DECOYS = (
    w("decoy.r1", "Report format: end with a line 'Conclusion: <value>'.", kind="format", mode="fr",
      answer_format="answer_colon"),
    w("decoy.r2", "Three items this panel has already signed off, with their agreed answers:", kind="fewshot", mode="mc"),
    w("decoy.r3", "Cheers, that sorts the last one. Different matter now:", kind="earlier_unrelated", mode="both"),
    w("decoy.r4", "Scoring scheme: 2 for the value, 1 for a clear derivation. Put the value on its own line.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.r5", "Reply template (the letter is a placeholder only): `The answer is ({raw}).`",
      kind="format_example", mode="mc", answer_format="answer_is_paren"),
    w("decoy.r6", "Audit ref 2024/117 · item 9 of 31 · reviewer slot 2", kind="numbers", mode="both"),
    w("decoy.r7", "Put the result inside \\boxed{} please.", kind="format", mode="both", answer_format="boxed"),
    w("decoy.r8", 'Return a JSON object, {"answer": ...}, so the tracker can read it.', kind="format",
      mode="both", answer_format="json"),
    w("decoy.r9", "Last line: 'Answer: X', where X is one of {labels}.", kind="format", mode="mc",
      answer_format="answer_colon"),
)
OPENERS = (
    w("open.r01", "Let S be the set of options. The task is to find the element of S that fits {subj}.", mode="mc"),
    w("open.r02", "Case for each option, then case against, then a verdict. Subject: {subj}.", mode="mc"),
    w("open.r03", "Hypothesis, test, result. Topic: {subj}.", mode="both"),
    w("open.r04", "Finding 1 concerns what the stem actually asks.", mode="both"),
    w("open.r05", "Right, let's have a proper look at this {subj} one.", mode="both"),
    w("open.r06", "You want the value; let me set out the givens first.", mode="fr"),
    w("open.r07", "| option | for | against |: I'll fill this in as I go.", mode="mc"),
    w("open.r08", "Okay, let me do this step by step only, no shortcuts.", mode="both"),
    w("open.r09", "Given: the quantities in the stem. Wanted: one number.", mode="fr"),
    w("open.r10", "Scope of review: a single {subj} item.", mode="both"),
    w("open.r11", "No worries, this is a standard {subj} calculation.", mode="fr"),
    w("open.r12", "Evidence first, verdict after.", mode="both"),
    w("open.r13", "You'll want the reasoning, not just the answer, so here it is in order.", mode="both"),
    w("open.r14", "Let me argue this one out with myself.", mode="mc"),
)
CLOSERS = (
    w("close.r1", "Conclusion of this review: {v}, on the evidence above.", mode="both"),
    w("close.r2", "∴ {v}.", mode="both"),
    w("close.r3", "Result: {v}. Hypothesis confirmed.", mode="both"),
    w("close.r4", "Verdict: the {nth} option, {v}, {text}.", mode="mc"),
    w("close.r5", "So there you go, it's {v}.", mode="both"),
    w("close.r6", "Final figure: {v}.", mode="fr"),
    w("close.r7", "On balance, {v}.", mode="both"),
    w("close.r8", "That's {v}, sorted.", mode="both"),
    w("close.r9", "Answer is {v} only.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.r1", "Conclusion (low confidence): {v}.", mode="both"),
    w("fake.r2", "On the balance of probabilities, {v}.", mode="both"),
    w("fake.r3", "Result inconclusive; recording {v} for now.", mode="both"),
    w("fake.r4", "I'd lean {v}, though the case isn't watertight.", mode="both"),
    w("fake.r5", "Roughly {v}, give or take.", mode="fr"),
    w("fake.r6", "Not fully convinced, but {v} it is.", mode="both"),
    w("fake.r7", "Probably the {nth} option, {v}.", mode="mc"),
    w("fake.r8", "Let me put {v} and move on, I think.", mode="both"),
)
RULE_OUTS = (
    w("out.r1", "Case against {v}: {text} fails on the facts. Out."),
    w("out.r2", "Finding: {v} ({text}) is inconsistent with the stem."),
    w("out.r3", "{V} ∉ solutions, since {text} does not hold."),
    w("out.r4", "Tested {v}: {text}. Result: negative."),
    w("out.r5", "The {nth} option doesn't work; {text} is off."),
    w("out.r6", "You might fancy {v}, but {text} is wrong."),
    w("out.r7", "{V}? Not on your life."),
)
KEEPS = (
    w("keep.r1", "Case for {v}: {text} is consistent so far. Kept."),
    w("keep.r2", "Finding: {v} survives the first test."),
    w("keep.r3", "{V} ∈ candidates, pending the next check."),
    w("keep.r4", "The {nth} option, {text}, still stands."),
    w("keep.r5", "{V} is still in with a shout."),
    w("keep.r6", "Result for {v}: no contradiction yet."),
)
CHECKS = (
    w("check.r1", "Replication: same working, same answer."),
    w("check.r2", "Evidence checked twice; consistent."),
    w("check.r3", "Sanity test: the magnitude is plausible."),
    w("check.r4", "Units line up, signs line up. Good."),
    w("check.r5", "Second route gives the same result, so the finding stands."),
    w("check.r6", "Double-checked it, all fine, no wahala."),
    w("check.r7", "Cross-checked against the definition; holds."),
)
RESTATES = (
    w("restate.r1", "Scope: {stem}"),
    w("restate.r2", "The question under review: {stem}"),
    w("restate.r3", "Restated plainly, you are asking: {stem}"),
    w("restate.r4", "Problem statement, verbatim: {stem}"),
    w("restate.r5", "Let Q denote the task: {stem}"),
    w("restate.r6", "So the ask, basically: {stem}"),
)
RECONSIDERS = (
    w("recon.r1", "Counter-argument worth airing: what if {text} is right after all?", mode="mc"),
    w("recon.r2", "Let me re-run that test before I commit.", mode="both"),
    w("recon.r3", "Hold on, let me revisit the {nth} option.", mode="mc"),
    w("recon.r4", "Devil's advocate for a moment.", mode="both"),
    w("recon.r5", "Wait a tick, let me redo that sum.", mode="fr"),
    w("recon.r6", "Reviewing the findings once more before the verdict.", mode="both"),
)
# fmt: on
