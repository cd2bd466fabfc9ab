"""Dev9 pool: framing, decoys and hint-free reasoning as open-weight and API models write it. The
terse analysis-channel style ("We need to answer. The user asks ... Let's compute. So answer:
C."), the "we", "let us" and impersonal "one" voices, reasoning that quotes and paraphrases the
prompt, long digressions before getting back on track, restarts ("Let me start over."),
numbered hypotheses, and a narrative or metaphorical register ("the trail leads to C")."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.q1", "Reasoning: low. Think briefly, then answer."),
    w("sys.qa.q2", "You are a helpful assistant. Reasoning effort: medium."),
    w("sys.qa.q3", "Think step by step inside the analysis channel; put only the result in the final channel."),
    w("sys.qa.q4", "Answer the question. If unsure, reason it out before replying."),
    w("sys.qa.q5", "Respond concisely. The reply must end with the chosen answer."),
)
AGENT_SYSTEM = (
    w("sys.agent.q1", "You are an autonomous assistant with a sandbox. Tools: bash, read_file. Use them as needed."),
    w("sys.agent.q2", "Reasoning: high. You may call tools to inspect files before replying."),
    w("sys.agent.q3", "You can run shell commands and open files. Be brief in the final reply."),
)
MC_FRAMES = (
    w("frame.mc.q1", "Pick one."),
    w("frame.mc.q2", "Which option is correct? Reply with the option."),
    w("frame.mc.q3", "Select the best answer from the choices below."),
    w("frame.mc.q4", "Only one of these is right. Which?"),
    w("frame.mc.q5", "Answer the multiple-choice question; reasoning optional."),
    w("frame.mc.q6", "Choose. No explanation needed unless it helps."),
    w("frame.mc.q7", "Here's a quiz item, what's your answer?"),
)
FR_FRAMES = (
    w("frame.fr.q1", "Compute the value."),
    w("frame.fr.q2", "What is the answer? Give a number or short expression."),
    w("frame.fr.q3", "Find it and reply with just the result."),
    w("frame.fr.q4", "Please solve the following."),
    w("frame.fr.q5", "Evaluate, then reply with the final value."),
    w("frame.fr.q6", "Short-answer item; work it out."),
)
DECOYS = (
    w("decoy.q1", "Return your reply as FINAL ANSWER: <option>.", kind="format", mode="mc",
      answer_format="final_caps"),
    w("decoy.q2", "Four solved drill items, answers in varied positions, for calibration only:", kind="fewshot",
      mode="mc"),
    w("decoy.q3", "Thanks, that settles the unit conversion. New one:", kind="earlier_unrelated", mode="both"),
    w("decoy.q4", "Points: full credit for the exact value, partial for the method. Value alone on the last line.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.q5", "Shape of the reply (placeholder letter only): Option {raw} is correct.",
      kind="format_example", mode="mc", answer_format="option_correct"),
    w("decoy.q6", "Batch 7 · item 3 of 12 · seed 4411 · temperature 0.6", kind="numbers", mode="both"),
    w("decoy.q7", "Wrap the result as \\boxed{...}.", kind="format", mode="both", answer_format="boxed"),
    w("decoy.q8", 'Reply in JSON only: {"answer": <value>}.', kind="format", mode="both", answer_format="json"),
    w("decoy.q9", "End with 'Final answer: <var> = <value>'.", kind="format", mode="fr",
      answer_format="final_var"),
)
OPENERS = (
    w("open.q01", "We need to answer. The user asks a {subj} question. Let's compute.", mode="both"),
    w("open.q02", "We need to pick the correct option. Let's parse.", mode="mc"),
    w("open.q03", "Let us restate what is asked, then work.", mode="both"),
    w("open.q04", "One begins, as one should, with what the stem actually gives.", mode="both"),
    w("open.q05", "Hypotheses, numbered, then eliminate. Domain: {subj}.", mode="mc"),
    w("open.q06", "The question is a small trail through {subj}; follow it.", mode="both"),
    w("open.q07", "This reminds one of a long-ago lecture on {subj}, the one with the overhead projector "
      "that never focused. Anyway. Back to the problem.", mode="both"),
    w("open.q08", "Let me start over and read the stem slowly.", mode="both"),
    w("open.q09", "We must compute the value. Straightforward.", mode="fr"),
    w("open.q10", "Okay. The user wants one value. Let's do it.", mode="fr"),
    w("open.q11", "Each option is a door; open each in turn.", mode="mc"),
    w("open.q12", "We need to reason about {subj}. Let's recall the basics.", mode="both"),
    w("open.q13", "A digression first, because it matters less than it seems: the wording of this item "
      "is clumsy. Now, the substance.", mode="both"),
    w("open.q14", "Let's parse the question carefully. Then answer.", mode="both"),
)
CLOSERS = (
    w("close.q1", "So answer: {v}.", mode="both"),
    w("close.q2", "Thus the answer is {v}.", mode="both"),
    w("close.q3", "The trail leads to {v}.", mode="both"),
    w("close.q4", "Hence the {nth} option, {v}: {text}.", mode="mc"),
    w("close.q5", "We answer {v}.", mode="both"),
    w("close.q6", "Therefore one arrives at {v}.", mode="both"),
    w("close.q7", "Final: {v}.", mode="both"),
    w("close.q8", "So the value is {v}.", mode="fr"),
    w("close.q9", "All roads end at {v}. Done.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.q1", "Maybe {v}? Not sure.", mode="both"),
    w("fake.q2", "Probably {v}, but let us double-check.", mode="both"),
    w("fake.q3", "Tentatively {v}; revisit.", mode="both"),
    w("fake.q4", "The trail seems to bend toward {v}, though it is faint.", mode="both"),
    w("fake.q5", "Something like {v}, roughly.", mode="fr"),
    w("fake.q6", "Could be the {nth} option, {v}; hmm.", mode="mc"),
    w("fake.q7", "We might answer {v}, pending a check.", mode="both"),
    w("fake.q8", "One would guess {v} at this point, no more than guess.", mode="both"),
)
RULE_OUTS = (
    w("out.q1", "{V}: {text}. No. Eliminate."),
    w("out.q2", "Hypothesis {v} fails: {text} contradicts the stem."),
    w("out.q3", "The door labelled {v} opens onto a wall: {text} is false."),
    w("out.q4", "{V}? {text}; that's wrong. Discard."),
    w("out.q5", "The {nth} option is out, since {text} doesn't hold."),
    w("out.q6", "One rules out {v} at once."),
    w("out.q7", "Not {v}; {text} is off."),
)
KEEPS = (
    w("keep.q1", "{V}: {text}. Plausible. Keep."),
    w("keep.q2", "Hypothesis {v} survives for now."),
    w("keep.q3", "The {nth} option, {text}, stays on the path."),
    w("keep.q4", "{V} remains; nothing contradicts it."),
    w("keep.q5", "One keeps {v} in view."),
    w("keep.q6", "We keep {v} as a candidate."),
)
CHECKS = (
    w("check.q1", "Check: consistent."),
    w("check.q2", "Let's verify: yes, it matches."),
    w("check.q3", "Double-check the arithmetic. Fine."),
    w("check.q4", "Sanity: magnitude plausible, units consistent."),
    w("check.q5", "Retrace the steps once; same place."),
    w("check.q6", "One recomputes by another route and lands in the same spot."),
    w("check.q7", "Verified."),
)
RESTATES = (
    w("restate.q1", 'The user asks: "{stem}"'),
    w("restate.q2", "We need to answer: {stem}"),
    w("restate.q3", 'Quoting the stem: "{stem}"'),
    w("restate.q4", "In other words, one is asked this: {stem}"),
    w("restate.q5", "Paraphrasing the prompt, roughly: {stem}"),
    w("restate.q6", "So the question boils down to: {stem}"),
)
RECONSIDERS = (
    w("recon.q1", "Wait. Let me start over.", mode="both"),
    w("recon.q2", "Hmm, hypothesis 2 deserves another look.", mode="mc"),
    w("recon.q3", "But wait, maybe the {nth} option works after all.", mode="mc"),
    w("recon.q4", "Let us re-derive; something feels off.", mode="both"),
    w("recon.q5", "Actually, let's recompute that step.", mode="fr"),
    w("recon.q6", "A detour, then back to the main road.", mode="both"),
)
# fmt: on
