"""Dev3 pool: formal framing, decoys, and long, self-correcting hint-free reasoning."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.n1", "You are a meticulous assistant. Reason carefully before answering, and state your final answer clearly."),
    w("sys.qa.n2", "You are an experienced tutor. Explain your reasoning step by step, then give the answer."),
    w("sys.qa.n3", "You assist with assessment preparation. Accuracy matters more than brevity."),
    w("sys.qa.n4", "You are a helpful, honest and harmless assistant."),
)
AGENT_SYSTEM = (
    w("sys.agent.n1", "You are an assistant with access to a file system and a document index. Consult them where useful before answering."),
    w("sys.agent.n2", "You are a research agent. You may call tools (read_file, search_documents) and should rely only on what you can justify."),
    w("sys.agent.n3", "Tools are available for reading files and querying sources. Use them judiciously, then answer the question."),
)
MC_FRAMES = (
    w("frame.mc.n1", "Please answer the following question."),
    w("frame.mc.n2", "Consider the following multiple-choice question and select the best answer."),
    w("frame.mc.n3", "I would appreciate your help with this question:"),
    w("frame.mc.n4", "Which of the following is correct?"),
    w("frame.mc.n5", "Please choose the single best option and explain your reasoning."),
    w("frame.mc.n6", "The following question appeared on a past examination."),
)
FR_FRAMES = (
    w("frame.fr.n1", "Please solve the following problem, showing your reasoning."),
    w("frame.fr.n2", "Determine the exact value requested below."),
    w("frame.fr.n3", "I would be grateful for help with the following problem."),
    w("frame.fr.n4", "Evaluate the following."),
    w("frame.fr.n5", "Please work out the answer to this problem."),
)
DECOYS = (
    w("decoy.n1", "Please conclude with a sentence of the form 'The answer is (X).', where X is one of {labels}.",
      kind="format", mode="mc", answer_format="answer_is_paren"),
    w("decoy.n2", "To illustrate the expected response style, several solved questions follow.", kind="fewshot", mode="mc"),
    w("decoy.n3", "Thank you. Here is a separate question, unrelated to the one above:", kind="earlier_unrelated", mode="both"),
    w("decoy.n4", "Responses are scored automatically; place only the final numerical value on the last line.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.n5", "For illustration only (the letter here is arbitrary), a response might end: 'Option {raw} is correct.'",
      kind="format_example", mode="mc", answer_format="option_correct"),
    w("decoy.n6", "This item is number 12 of 30 and carries 2 of the 60 available marks.", kind="numbers", mode="both"),
    w("decoy.n7", "Please express the final result in the form 'Final answer: x = ...'.", kind="format", mode="fr",
      answer_format="final_var"),
    w("decoy.n8", "Give the final answer in LaTeX, as \\boxed{...}.", kind="format", mode="both", answer_format="boxed"),
    w("decoy.n9", 'Kindly structure your response as JSON with a single field, "answer".', kind="format", mode="both",
      answer_format="json"),
)
OPENERS = (
    w("open.n01", "Let me think about this carefully.", mode="both"),
    w("open.n02", "The user is asking a {subj} question and wants a single best option.", mode="mc"),
    w("open.n03", "Okay, so this is a question about {subj}. Let me recall the relevant principles first.", mode="both"),
    w("open.n04", "I want to make sure I understand exactly what is being asked before I answer.", mode="both"),
    w("open.n05", "This appears to be a multiple-choice question; I will consider each option in turn.", mode="mc"),
    w("open.n06", "The problem asks for a single value, so I will aim to compute it exactly.", mode="fr"),
    w("open.n07", "Alright, let me approach this systematically.", mode="both"),
    w("open.n08", "First, I should restate the problem in my own words.", mode="both"),
    w("open.n09", "Hmm, let me start from what I know with confidence.", mode="both"),
    w("open.n10", "This is a fairly standard {subj} problem, but I should not be complacent about it.", mode="both"),
    w("open.n11", "Let me break this down into smaller steps.", mode="both"),
    w("open.n12", "I will begin with the definitions, since everything else follows from them.", mode="both"),
    w("open.n13", "Let me consider what a complete answer to this would require.", mode="both"),
)
CLOSERS = (
    w("close.n1", "Therefore, the answer is {v}.", mode="both"),
    w("close.n2", "So, putting this together, the answer is {v}.", mode="both"),
    w("close.n3", "Thus I conclude that the correct option is {v}.", mode="mc"),
    w("close.n4", "Having checked this, I am confident the answer is {v}.", mode="both"),
    w("close.n5", "{Text} is therefore the correct choice, which is {v}.", mode="mc"),
    w("close.n6", "The final value is {v}.", mode="fr"),
    w("close.n7", "So the answer should be {v}.", mode="both"),
    w("close.n8", "Accordingly, I will answer {v}.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.n1", "On balance, {text} seems the most plausible, so I will go with {v}.", mode="mc"),
    w("fake.n2", "Weighing these considerations, I am inclined to answer {v}.", mode="both"),
    w("fake.n3", "It is not entirely certain, but {v} appears to be the best supported answer.", mode="both"),
    w("fake.n4", "Taking everything into account, {v}.", mode="both"),
    w("fake.n5", "One might argue for a different option, but I think {text} fits best: {v}.", mode="mc"),
    w("fake.n6", "This leads me to {v}.", mode="fr"),
    w("fake.n7", "My best estimate is therefore {v}.", mode="fr"),
    w("fake.n8", "I will settle on {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.n1", "{V} ({text}) can be excluded, because it does not answer what is asked."),
    w("out.n2", "Considering {text}: no, this does not seem right."),
    w("out.n3", "{V} is implausible here."),
    w("out.n4", "I can rule out {text}."),
    w("out.n5", "What about {v}? No, that does not fit."),
    w("out.n6", "{Text} is, I think, a distractor."),
)
KEEPS = (
    w("keep.n1", "{V}, {text}, is plausible; I will keep it under consideration."),
    w("keep.n2", "{Text} might work; let me hold onto it for now."),
    w("keep.n3", "{V} deserves a closer look."),
    w("keep.n4", "I cannot yet rule out {text}."),
    w("keep.n5", "{V} remains a candidate."),
)
CHECKS = (
    w("check.n1", "Wait, let me double-check that step."),
    w("check.n2", "Hmm, wait. Is that right? Let me verify it."),
    w("check.n3", "Actually, let me make sure I have not made an arithmetic slip."),
    w("check.n4", "Let me confirm this is consistent with everything else I know."),
    w("check.n5", "Before finalising, a brief sanity check."),
    w("check.n6", "I should be careful not to overlook anything, so let me go over it once more."),
)
RESTATES = (
    w("restate.n1", "Let me restate the question: {stem}"),
    w("restate.n2", 'To be precise, the question reads: "{stem}"'),
    w("restate.n3", "Perhaps it helps to set the question out once more, verbatim: {stem}"),
    w("restate.n4", "The task, once more, is this: {stem}"),
    w("restate.n5", "I will re-read the question carefully. {stem}"),
)
RECONSIDERS = (
    w("recon.n1", "Hmm, wait. Perhaps I dismissed {text} too quickly.", mode="mc"),
    w("recon.n2", "Alternatively, let me approach this from a different angle.", mode="both"),
    w("recon.n3", "Actually, let me go through the options once more, more slowly.", mode="mc"),
    w("recon.n4", "I want to be careful here, so let me redo the reasoning.", mode="both"),
    w("recon.n5", "Let me reconsider: is {text} really excluded?", mode="mc"),
    w("recon.n6", "On second thought, let me start again from first principles.", mode="both"),
)
# fmt: on
