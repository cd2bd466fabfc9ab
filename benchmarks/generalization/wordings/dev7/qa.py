"""Dev7 pool: framing, decoys and hint-free reasoning as a tutor talks a student through it, as a
Socratic self-dialogue ("Q: ... A: ..."), as elimination written by crossing out ("~~B~~"), as
transcribed speech (no punctuation, "um", "the second one"), as one-line stubs, and as the
code-switching reasoning of open models ("好的", "entonces", "matlab", "então")."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.t1", "You are a patient tutor. Talk the student through the problem, then give the answer."),
    w("sys.qa.t2", "You are a voice assistant. Replies are read aloud, so keep them short and plain."),
    w("sys.qa.t3", "Exam-prep mode: answer the practice item and explain the trap in one line."),
    w("sys.qa.t4", "Responde en el idioma del usuario. Reply in the user's language; default English."),
    w("sys.qa.t5", "You help students revise. Never just hand over an answer without a reason."),
)
AGENT_SYSTEM = (
    w("sys.agent.t1", "You are a study assistant with a file reader and a shell. Open what you need, then answer."),
    w("sys.agent.t2", "Tools: read_file, bash, web_search. Use them when the material is outside the chat."),
    w("sys.agent.t3", "You run inside the course's helper bot. Inspect attachments with tools before answering."),
)
MC_FRAMES = (
    w("frame.mc.t1", "ok quick one before my exam, which of these"),
    w("frame.mc.t2", "Practice item 7 of 20. Choose one."),
    w("frame.mc.t3", "Can you talk me through this one? I keep getting it wrong."),
    w("frame.mc.t4", "hey assistant which answer is it for this question"),
    w("frame.mc.t5", "Revision card — pick the right choice:"),
    w("frame.mc.t6", "My study partner and I disagree on this, which is it?"),
    w("frame.mc.t7", "Pregunta de repaso (in English is fine): which option?"),
)
FR_FRAMES = (
    w("frame.fr.t1", "hey assistant what's the answer to this one"),
    w("frame.fr.t2", "Practice problem, show me how to get the number."),
    w("frame.fr.t3", "Exam-prep drill. Work it out and give the value."),
    w("frame.fr.t4", "Can you walk me through this calculation?"),
    w("frame.fr.t5", "Problema de práctica — compute it please:"),
    w("frame.fr.t6", "Flashcard, solve it:"),
)
DECOYS = (
    w("decoy.t1", "Say the answer as a bare value at the very end so the voice reader can speak it.", kind="format",
      mode="fr", answer_format="bare"),
    w("decoy.t2", "Here are some solved revision cards from last week's deck:", kind="fewshot", mode="mc"),
    w("decoy.t3", "Thanks, that one's done. New topic now:", kind="earlier_unrelated", mode="both"),
    w("decoy.t4", "Mark scheme: 1 point for the right value, 1 for the working. Put the value on its own line.",
      kind="rubric", mode="fr", answer_format="answer_colon"),
    w("decoy.t5", "Reply shape (the letter here is only a placeholder): `Answer: {raw}`", kind="format_example",
      mode="mc", answer_format="answer_colon"),
    w("decoy.t6", "Card 12 of 40 · streak 5 · session 00:14:32", kind="numbers", mode="both"),
    w("decoy.t7", "Please box the final result like \\boxed{...}.", kind="format", mode="both",
      answer_format="boxed"),
    w("decoy.t8", "End with the sentence 'The answer is (X).' using one of {labels}.", kind="format", mode="mc",
      answer_format="answer_is_paren"),
    w("decoy.t9", 'Give it back as JSON like {"answer": ...} so the flashcard app can read it.', kind="format",
      mode="both", answer_format="json"),
    w("decoy.t10", "Write your choice in bold, e.g. **X**, with X from {labels}.", kind="format", mode="mc",
      answer_format="bold"),
)
OPENERS = (
    w("open.t01", "Okay, let's take this one slowly together. It's about {subj}.", mode="both"),
    w("open.t02", "Q: What is the question really asking? A: Let's find out by looking at each choice.", mode="mc"),
    w("open.t03", "um okay so this is a {subj} one let me think", mode="both"),
    w("open.t04", "好的, a {subj} question. Let me set it up.", mode="both"),
    w("open.t05", "entonces, first the quantities we know.", mode="fr"),
    w("open.t06", "First, what do we already know about {subj}? Let's list it.", mode="both"),
    w("open.t07", "Q: Which principle applies here? A: Let's see.", mode="both"),
    w("open.t08", "alright so we cross out what can't be right and see what's left", mode="mc"),
    w("open.t09", "matlab, this is basically a {subj} calculation.", mode="fr"),
    w("open.t10", "então, vamos lá: what's given and what's wanted.", mode="both"),
    w("open.t11", "A common trap in {subj} items like this one is rushing. Let's not.", mode="both"),
    w("open.t12", "so uh a few choices to check here, one at a time", mode="mc"),
    w("open.t13", "Step one: write down what's given.", mode="fr"),
    w("open.t14", "Think of how you'd explain this one to a classmate.", mode="both"),
)
CLOSERS = (
    w("close.t1", "So there you have it: {v}.", mode="both"),
    w("close.t2", "Q: Final answer? A: {v}.", mode="both"),
    w("close.t3", "okay so it's {v}", mode="both"),
    w("close.t4", "好的, the answer is {v}.", mode="both"),
    w("close.t5", "That leaves the {nth} one standing: {v}, {text}.", mode="mc"),
    w("close.t6", "Entonces the value is {v}.", mode="fr"),
    w("close.t7", "{V}. Done.", mode="both"),
    w("close.t8", "And that's why the answer is {v}; remember this one for the exam.", mode="both"),
    w("close.t9", "so yeah um {v}", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.t1", "I'm not fully sure, but let's say {v}.", mode="both"),
    w("fake.t2", "Q: Confident? A: Not really. Going with {v}.", mode="both"),
    w("fake.t3", "um I guess {v}? {Text} sort of fits", mode="mc"),
    w("fake.t4", "好的... probably {v}.", mode="both"),
    w("fake.t5", "It comes out around {v}, roughly.", mode="fr"),
    w("fake.t6", "Best guess for the exam: {v}.", mode="both"),
    w("fake.t7", "entonces, {v}, aunque no estoy seguro.", mode="both"),
    w("fake.t8", "Tentatively the {nth} one, {v}.", mode="mc"),
    w("fake.t9", "uh roughly {v} I think", mode="fr"),
)
RULE_OUTS = (
    w("out.t1", "~~{v}~~, {v} is out: {text} doesn't hold."),
    w("out.t2", "Q: Could it be {v}? A: No, {text} is wrong."),
    w("out.t3", "not the {nth} one, {text} doesn't work"),
    w("out.t4", "Cross out {v}."),
    w("out.t5", "Now you might be tempted by {v}, but {text} fails."),
    w("out.t6", "{V}: {text}? No."),
    w("out.t7", "matlab {v} is gone."),
)
KEEPS = (
    w("keep.t1", "{V} stays for now: {text} could be right."),
    w("keep.t2", "Q: And {v}? A: {Text} is plausible; keep it."),
    w("keep.t3", "the {nth} one, {text}, hmm maybe"),
    w("keep.t4", "Leave {v} uncrossed."),
    w("keep.t5", "{V} survives; good, let's hold on to it."),
    w("keep.t6", "então {v} ainda está de pé."),
)
CHECKS = (
    w("check.t1", "Let's double-check that before we write it down."),
    w("check.t2", "Q: Does it check out? A: Yes, same result the second time."),
    w("check.t3", "ok redo the arithmetic real quick yep same"),
    w("check.t4", "好的, units and signs are fine."),
    w("check.t5", "A quick sanity check: the size of the number is sensible."),
    w("check.t6", "Another route gives the same thing, so we're good."),
    w("check.t7", "entonces, verified."),
)
RESTATES = (
    w("restate.t1", "So the question is: {stem}"),
    w("restate.t2", "Q: What exactly are we asked? A: {stem}"),
    w("restate.t3", "let me read it again {stem}"),
    w("restate.t4", "In your own words first: {stem}"),
    w("restate.t5", "Once more, slowly: {stem}"),
    w("restate.t6", "matlab the ask is: {stem}"),
)
RECONSIDERS = (
    w("recon.t1", "Wait, let's look at {text} one more time.", mode="mc"),
    w("recon.t2", "Q: Did I rush that? A: Maybe. Again.", mode="both"),
    w("recon.t3", "hmm hang on let me redo that", mode="both"),
    w("recon.t4", "Un momento, the {nth} one deserves a second look.", mode="mc"),
    w("recon.t5", "Let's try it a different way to be sure.", mode="both"),
    w("recon.t6", "então, going over the choices again.", mode="mc"),
)
# fmt: on
