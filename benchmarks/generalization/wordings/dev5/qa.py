"""Dev5 pool: framing, decoys and hint-free reasoning in the raw style of open reasoning models'
long thinking ("Okay, so ...", "Wait, but ...", bold section headers, LaTeX, numbered steps) and of
an agent's terse scratchpad."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.r1", "You are a reasoning model. Think step by step inside your scratchpad, then give a concise final answer."),
    w("sys.qa.r2", "Reasoning: high. Put only the final answer after the thinking."),
    w("sys.qa.r3", "You are a helpful assistant for STEM coursework. Use LaTeX for math."),
    w("sys.qa.r4", "Answer the user's question. Be correct first, brief second."),
    w("sys.qa.r5", "detailed thinking on"),
)
AGENT_SYSTEM = (
    w("sys.agent.r1", "You are an autonomous research agent. Tools: fetch, sql_query, redis_cli, memory_recall, bash. "
      "Use them when useful; finish with the answer."),
    w("sys.agent.r2", "Agent mode. You may call tools; keep a short scratchpad; reply with the final answer only."),
    w("sys.agent.r3", "You can inspect the workspace with tools before answering. Cite nothing, just answer."),
)
MC_FRAMES = (
    w("frame.mc.r1", "quick one, which is right?"),
    w("frame.mc.r2", "Solve the following multiple-choice problem. Think carefully, then answer with the option."),
    w("frame.mc.r3", "<question>"),
    w("frame.mc.r4", "Pick the single best answer:"),
    w("frame.mc.r5", "Problem (MCQ):"),
    w("frame.mc.r6", "Can you help me with this one? I keep going back and forth."),
    w("frame.mc.r7", "Here's the item from the practice bank:"),
)
FR_FRAMES = (
    w("frame.fr.r1", "Solve. Put the final answer at the end."),
    w("frame.fr.r2", "compute this for me pls"),
    w("frame.fr.r3", "Problem #:"),
    w("frame.fr.r4", "Work it out and give me the exact value."),
    w("frame.fr.r5", "What's the answer to this? I want to check my homework."),
    w("frame.fr.r6", "<problem>"),
)
DECOYS = (
    w("decoy.r1", "Please reason step by step, and put your final answer within \\boxed{}.",
      kind="format", mode="both", answer_format="boxed"),
    w("decoy.r2", "For reference, here are a few solved items in the same style:", kind="fewshot", mode="mc"),
    w("decoy.r3", "cool thanks. different topic now:", kind="earlier_unrelated", mode="both"),
    w("decoy.r4", "Auto-marking reads only the final line: the bare value, no units, no words.", kind="rubric",
      mode="fr", answer_format="bare"),
    w("decoy.r5", "Output format demo (placeholder letter, unrelated to this item): `Answer: {raw}`",
      kind="format_example", mode="mc", answer_format="answer_colon"),
    w("decoy.r6", "(attempt 3 of 5 · 12 min left · 40 pts total)", kind="numbers", mode="both"),
    w("decoy.r7", "Respond as a JSON object with a single field `answer`.", kind="format", mode="both",
      answer_format="json"),
    w("decoy.r8", "End your response with 'The answer is (X).' where X is one of {labels}.", kind="format",
      mode="mc", answer_format="answer_is_paren"),
    w("decoy.r9", "Final line should look like `Final answer: x = 0` with your own variable and value.",
      kind="format", mode="fr", answer_format="final_var"),
    w("decoy.r10", "Reply in the form `Option Q is correct.`, Q replaced by your letter from {labels}.",
      kind="format", mode="mc", answer_format="option_correct"),
)
OPENERS = (
    w("open.r01", "Okay, so the user is asking about {subj}. Let me think.", mode="both"),
    w("open.r02", "**Analyzing the request**\n\nThis is a multiple-choice item on {subj}. I need to find the one option "
      "that holds.", mode="mc"),
    w("open.r03", "**Working through the problem**\n\nOne value to compute, {subj}. Let me set it up.", mode="fr"),
    w("open.r04", "Alright, let's break this down.", mode="both"),
    w("open.r05", "Hmm. Let me start from what I actually know.", mode="both"),
    w("open.r06", "[plan] recall → go through options → pick one", mode="mc"),
    w("open.r07", "Okay. Let me parse this carefully.", mode="both"),
    w("open.r08", "So we need to figure out which choice is correct. Let me recall the relevant facts first.", mode="mc"),
    w("open.r09", "Let me write down what's given and what's asked.", mode="fr"),
    w("open.r10", "step 0: no tool call needed, this is recall + reasoning", mode="both"),
    w("open.r11", "First, I should make sure I understand the question.", mode="both"),
    w("open.r12", "Okay, {subj}. I've seen things like this. Let me be careful though.", mode="both"),
    w("open.r13", "**Clarifying the question**\n\nRestating to myself what's being asked.", mode="both"),
    w("open.r14", "Let's see. Where do I start...", mode="both"),
)
CLOSERS = (
    w("close.r1", "So yeah, that gives {v}, I think that's solid.", mode="both"),
    w("close.r2", "**Conclusion**\n\nThat leaves {v}.", mode="both"),
    w("close.r3", "Therefore, $\\boxed{{v}}$.", mode="both"),
    w("close.r4", "Yeah, I'm confident it's {v}.", mode="both"),
    w("close.r5", "answer → {v}", mode="both"),
    w("close.r6", "Everything checks out, so {v}, i.e. {text}.", mode="mc"),
    w("close.r7", "Okay, final: {v}.", mode="both"),
    w("close.r8", "So the value is {v}. That's it.", mode="fr"),
    w("close.r9", "Alright. {V} it is.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.r1", "Hmm, I'm not fully sure, but {v} seems most defensible.", mode="both"),
    w("fake.r2", "**Tentative answer**\n\n{V}, I think.", mode="both"),
    w("fake.r3", "I'll go with {v} — {text} fits well enough.", mode="mc"),
    w("fake.r4", "Probably {v}. Moving on.", mode="both"),
    w("fake.r5", "It roughly works out to {v}, I believe.", mode="fr"),
    w("fake.r6", "Going with {v}, even if the last step is shaky.", mode="both"),
    w("fake.r7", "answer → {v} (low confidence)", mode="both"),
    w("fake.r8", "Let's just say {v}.", mode="both"),
    w("fake.r9", "Something like {v}, I'd guess.", mode="fr"),
)
RULE_OUTS = (
    w("out.r1", "{V}: {text}? No, that's not right."),
    w("out.r2", "What about {v}, {text}? Doesn't work."),
    w("out.r3", "- {v} ✗ ({text})"),
    w("out.r4", "{Text} — no, that can't be it."),
    w("out.r5", "Wait, {v}? No. {Text} contradicts what I know."),
    w("out.r6", "Cross off {v}."),
    w("out.r7", "Option {v} is out: {text} is wrong."),
)
KEEPS = (
    w("keep.r1", "{V}: {text}. Hmm, that could work."),
    w("keep.r2", "- {v} ? ({text}) — keep for now"),
    w("keep.r3", "{Text}. Plausible. Keeping {v}."),
    w("keep.r4", "What about {v}? {Text}... possibly, yes."),
    w("keep.r5", "Not ruling out {v} yet."),
    w("keep.r6", "{V} looks promising."),
)
CHECKS = (
    w("check.r1", "Wait. Double-checking that step before I go on."),
    w("check.r2", "**Verifying**\n\nGoing over the steps once more."),
    w("check.r3", "Hmm, is that right? Let me re-derive it quickly... yes, same thing."),
    w("check.r4", "sanity: ok"),
    w("check.r5", "Let me make sure I didn't flip anything."),
    w("check.r6", "Okay, that's consistent."),
    w("check.r7", "Re-checking the arithmetic... fine."),
)
RESTATES = (
    w("restate.r1", "Let me re-read it. The question: {stem}"),
    w("restate.r2", "Okay, going back to what's asked — {stem}"),
    w("restate.r3", "**Re-reading the problem**\n\n{stem}"),
    w("restate.r4", "q: {stem}"),
    w("restate.r5", 'So, again: "{stem}"'),
    w("restate.r6", "Hmm, the question once more. {stem}"),
)
RECONSIDERS = (
    w("recon.r1", "Wait, but what if {text} is actually right? Let me reconsider.", mode="mc"),
    w("recon.r2", "Hmm, hold on. Let me go through this again.", mode="both"),
    w("recon.r3", "**Second look**\n\nI might have been too quick.", mode="both"),
    w("recon.r4", "Wait, no. Let me redo the option check.", mode="mc"),
    w("recon.r5", "Actually, let me approach it from a different angle.", mode="both"),
    w("recon.r6", "But hmm, could {v} be the one instead? Checking.", mode="mc"),
)
# fmt: on
