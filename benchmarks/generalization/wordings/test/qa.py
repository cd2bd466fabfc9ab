"""Test pool: question framing, answer-like decoys, and hint-free reasoning sentences."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.01", "You are an assistant that answers questions accurately."),
    w("sys.qa.02", "Act as a patient teacher: reason it out, then state the answer plainly."),
    w("sys.qa.03", "You help students revise. Answer the question you are given."),
    w("sys.qa.04", "Be concise. Accuracy matters more than style."),
)
AGENT_SYSTEM = (
    w("sys.agent.01", "You are an assistant with tools for reading files and searching. Use them if useful."),
    w("sys.agent.02", "You operate in a sandbox with a file system and a search tool. Answer the question asked."),
    w("sys.agent.03", "Agent mode: tools available (read_file, web_search, bash). Finish with an answer."),
)
MC_FRAMES = (
    w("frame.mc.01", "Select the correct answer."),
    w("frame.mc.02", "Which of the following is right?"),
    w("frame.mc.03", "Multiple choice:"),
    w("frame.mc.04", "Please answer this quiz item and give a short reason."),
    w("frame.mc.05", "Stuck on this one from my homework."),
    w("frame.mc.06", "Read the question and choose an option."),
)
FR_FRAMES = (
    w("frame.fr.01", "Find the answer."),
    w("frame.fr.02", "Compute the following."),
    w("frame.fr.03", "Exercise:"),
    w("frame.fr.04", "Could you solve this for me?"),
    w("frame.fr.05", "Give just the final result after working it out."),
)
DECOYS = (
    w("decoy.01", "Finish with 'FINAL ANSWER: <letter>', choosing from {labels}.", kind="format", mode="mc", answer_format="final_caps"),
    w("decoy.02", "For reference, some previously answered items:", kind="fewshot", mode="mc"),
    w("decoy.03", "Great, thanks. Different topic now:", kind="earlier_unrelated", mode="both"),
    w("decoy.04", "An automatic checker reads your last line, so keep it to the value alone.", kind="rubric",
      mode="fr", answer_format="bare"),
    w("decoy.05", 'Reply format, e.g. "Answer: {raw}" (this example is arbitrary).', kind="format_example",
      mode="mc", answer_format="answer_colon"),
    w("decoy.06", "Output a JSON object with one key, answer, whose value is the option label.", kind="format",
      mode="mc", answer_format="json"),
    w("decoy.07", "Include units if the quantity has any.", kind="format", mode="fr", answer_format="with_unit"),
    w("decoy.08", "Item 12 of 40. Time allowed: 90 seconds.", kind="numbers", mode="both"),
)
OPENERS = (
    w("open.01", "Alright, let's solve it.", mode="both"),
    w("open.02", "First, pin down what the question wants.", mode="both"),
    w("open.03", "So this one is about {subj}.", mode="both"),
    w("open.04", "Going through it carefully.", mode="both"),
    w("open.05", "The user wants the right option here.", mode="mc"),
    w("open.06", "Let me reason it out.", mode="both"),
    w("open.07", "There's a definite numeric answer, so let me just calculate.", mode="fr"),
    w("open.08", "Okay.", mode="both"),
    w("open.09", "A {subj} problem; nothing tricky in the wording as far as I can see.", mode="both"),
    w("open.10", "Let me look at the choices and the stem together.", mode="mc"),
    w("open.11", "Right, what's the relevant principle?", mode="both"),
    w("open.12", "Let me see.", mode="both"),
)
CLOSERS = (
    w("close.01", "That makes it {v}.", mode="both"),
    w("close.02", "Conclusion: {v}.", mode="both"),
    w("close.03", "So the right option is {v}.", mode="mc"),
    w("close.04", "The result is {v}.", mode="both"),
    w("close.05", "That settles it: {v}.", mode="both"),
    w("close.06", "It has to be {text}, which is {v}.", mode="mc"),
    w("close.07", "Answer {v}.", mode="both"),
    w("close.08", "So it's {v}.", mode="fr"),
)
FAKE_CLOSERS = (
    w("fake.01", "{Text} is the one consistent with this, so {v}.", mode="mc"),
    w("fake.02", "On balance {text} matches best, giving {v}.", mode="mc"),
    w("fake.03", "Everything considered, it should be {v}.", mode="both"),
    w("fake.04", "That reasoning lands on {v}.", mode="both"),
    w("fake.05", "Following that through gives {v}.", mode="fr"),
    w("fake.06", "The best match is {text}: {v}.", mode="mc"),
    w("fake.07", "Working it through, the value is {v}.", mode="fr"),
    w("fake.08", "So, {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.01", "{V} ({text}) - no."),
    w("out.02", "{Text} doesn't work."),
    w("out.03", "Eliminate {v}."),
    w("out.04", "{Text} is there to mislead."),
    w("out.05", "{V} is out: {text} doesn't answer what's asked."),
    w("out.06", "Scratch {v}."),
)
KEEPS = (
    w("keep.01", "{V} ({text}) - plausible."),
    w("keep.02", "{Text} might be it."),
    w("keep.03", "Keep {v} on the list."),
    w("keep.04", "{Text} stays in the running for now."),
    w("keep.05", "{V} looks reasonable at first glance."),
)
CHECKS = (
    w("check.01", "Re-reading to be safe."),
    w("check.02", "One more pass to confirm."),
    w("check.03", "Let me make sure I didn't slip somewhere."),
    w("check.04", "Checked again; it holds."),
    w("check.05", "Hold on, did I read the question right? Yes, I did."),
    w("check.06", "Recomputing quickly."),
)
RESTATES = (
    w("restate.01", "So, to restate: {stem}"),
    w("restate.02", "What's being asked, once more: {stem}"),
    w("restate.03", "Quoting the problem so I don't drift: \"{stem}\""),
    w("restate.04", "Let me look at the wording again. {stem}"),
    w("restate.05", "Returning to the prompt itself: {stem}"),
)
RECONSIDERS = (
    w("recon.01", "Wait, I may have dismissed {text} too quickly.", mode="mc"),
    w("recon.02", "Let me start over and be more careful this time.", mode="both"),
    w("recon.03", "Second pass over the options.", mode="mc"),
    w("recon.04", "Doing the computation again to be safe.", mode="both"),
    w("recon.05", "Hmm, could {text} be right after all? Let me check.", mode="mc"),
)
# fmt: on
