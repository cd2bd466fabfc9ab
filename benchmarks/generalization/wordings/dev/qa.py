"""Dev pool: question framing, answer-like decoys, and hint-free reasoning sentences."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.01", "You are a helpful assistant."),
    w("sys.qa.02", "You are a careful tutor. Think before answering and give a clear final answer."),
    w("sys.qa.03", "You answer exam-style questions for a study app. Be accurate."),
    w("sys.qa.04", "Assistant for internal knowledge checks. Keep answers short."),
)
AGENT_SYSTEM = (
    w("sys.agent.01", "You are a research assistant with access to tools. Use them when they help, then answer."),
    w("sys.agent.02", "You can read files in the workspace and search the web. Answer the user's question."),
    w("sys.agent.03", "Tool-using assistant. Available tools: read_file, web_search, bash."),
)
MC_FRAMES = (
    w("frame.mc.01", "Answer the following multiple-choice question."),
    w("frame.mc.02", "Pick the best option."),
    w("frame.mc.03", "Question:"),
    w("frame.mc.04", "Choose one answer and explain briefly."),
    w("frame.mc.05", "Here's a question from my practice test."),
    w("frame.mc.06", "Which option is correct?"),
)
FR_FRAMES = (
    w("frame.fr.01", "Solve the following problem."),
    w("frame.fr.02", "Give the exact answer."),
    w("frame.fr.03", "Problem:"),
    w("frame.fr.04", "Can you help me with this one?"),
    w("frame.fr.05", "Work it out and state the final value."),
)
DECOYS = (
    w("decoy.01", "End your reply with a line of the form 'Answer: X', where X is one of {labels}.",
      kind="format", mode="mc", answer_format="answer_colon"),
    w("decoy.02", "Here are a few solved examples so you can see the expected format.", kind="fewshot", mode="mc"),
    w("decoy.03", "Thanks! Next question, unrelated to the last one:", kind="earlier_unrelated", mode="both"),
    w("decoy.04", "Your answer will be checked automatically, so put only the final value on the last line.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.05", "Format example (not the answer to this question): Answer: {raw}", kind="format_example", mode="mc", answer_format="answer_colon"),
    w("decoy.06", 'Please respond in JSON like {"answer": "<letter>"}.', kind="format", mode="mc", answer_format="json"),
    w("decoy.07", "Show your working; round to two decimals only if needed.", kind="format", mode="fr"),
    w("decoy.08", "This is question 7 of 20 in the set (about 4 minutes per question).", kind="numbers", mode="both"),
)
OPENERS = (
    w("open.01", "Let me work through this.", mode="both"),
    w("open.02", "This is a {subj} question.", mode="both"),
    w("open.03", "Okay, the user asks a {subj} question with several options.", mode="mc"),
    w("open.04", "Let me think step by step.", mode="both"),
    w("open.05", "Start with what is actually being asked.", mode="both"),
    w("open.06", "Reading the options carefully first.", mode="mc"),
    w("open.07", "The question wants a single value, so I'll compute it directly.", mode="fr"),
    w("open.08", "Alright.", mode="both"),
    w("open.09", "So the user wants the answer to a {subj} problem.", mode="both"),
    w("open.10", "I need to recall the relevant facts here.", mode="both"),
    w("open.11", "Hmm, let me set this up properly.", mode="both"),
    w("open.12", "First, what do I know about this?", mode="both"),
)
CLOSERS = (
    w("close.01", "So the answer is {v}.", mode="both"),
    w("close.02", "That gives {v}.", mode="both"),
    w("close.03", "Hence {v}.", mode="both"),
    w("close.04", "Which means the correct option is {v}.", mode="mc"),
    w("close.05", "Therefore: {v}.", mode="both"),
    w("close.06", "{Text} is the one that fits, i.e. {v}.", mode="mc"),
    w("close.07", "So I'll answer {v}.", mode="both"),
    w("close.08", "The value is {v}.", mode="fr"),
)
FAKE_CLOSERS = (
    w("fake.01", "Of the options, {text} fits best, so {v}.", mode="mc"),
    w("fake.02", "Taking all of that together, {text} is the most plausible: {v}.", mode="mc"),
    w("fake.03", "Weighing it up, the answer should be {v}.", mode="both"),
    w("fake.04", "Given those considerations, {v} is the natural choice.", mode="both"),
    w("fake.05", "Putting the pieces together, it comes out to {v}.", mode="fr"),
    w("fake.06", "That points to {text}, so {v}.", mode="mc"),
    w("fake.07", "Carrying that through, I get {v}.", mode="fr"),
    w("fake.08", "All things considered, {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.01", "{V}: {text}. That doesn't fit."),
    w("out.02", "{Text}? No."),
    w("out.03", "{V} can be ruled out."),
    w("out.04", "{Text} is a distractor."),
    w("out.05", "Not {v}; {text} doesn't match the question."),
    w("out.06", "{V} ({text}) is wrong here."),
)
KEEPS = (
    w("keep.01", "{V}: {text}. Possible, keep it in mind."),
    w("keep.02", "{Text} could work."),
    w("keep.03", "{V} is worth a closer look."),
    w("keep.04", "Can't rule out {text} yet."),
    w("keep.05", "{V} ({text}) is a candidate."),
)
CHECKS = (
    w("check.01", "Let me double-check that."),
    w("check.02", "Quick sanity check before answering."),
    w("check.03", "Does that hold up? Going over it once more."),
    w("check.04", "Verify: yes, consistent."),
    w("check.05", "Wait, let me re-read the question to be safe."),
    w("check.06", "Checking the arithmetic again."),
)
RESTATES = (
    w("restate.01", "The question again: {stem}"),
    w("restate.02", 'Re-reading the prompt: "{stem}"'),
    w("restate.03", "Back to what's asked. {stem}"),
    w("restate.04", "Restating the problem to make sure I have it right: {stem}"),
    w("restate.05", "Okay, so once more: {stem}"),
)
RECONSIDERS = (
    w("recon.01", "Hmm, wait. Let me reconsider {text} before settling.", mode="mc"),
    w("recon.02", "Actually, let me redo this more carefully from the start.", mode="both"),
    w("recon.03", "Let me go through the choices a second time, slowly.", mode="mc"),
    w("recon.04", "I want to be sure, so I'll recompute.", mode="both"),
    w("recon.05", "Hold on, is {text} really out? Checking again.", mode="mc"),
)
# fmt: on
