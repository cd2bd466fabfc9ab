"""Dev10 pool: framing, decoys and hint-free reasoning as small distilled and structured-output
models write it. One JSON object per step (``{"step": 2, "thought": "..."}``), XML-tagged steps
(``<step>``, ``<check>``, ``<conclusion>``), scorecards over the options ("B: 1/5, no"),
probabilities ("P(C)=0.7"), rankings, loops and repetition ("Wait, wait. Let me recount."),
slips corrected mid-line, and reasoning of a line or two."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.s1", 'Reason in JSON, one object per step: {"step": n, "thought": "..."}. Then answer.'),
    w("sys.qa.s2", "Wrap each reasoning step in <step> tags and the result in <conclusion> tags."),
    w("sys.qa.s3", "Score every option out of 5 before you answer."),
    w("sys.qa.s4", "Keep reasoning to one or two lines. Then the answer."),
    w("sys.qa.s5", "Give a probability to each candidate, then commit to the likeliest."),
)
AGENT_SYSTEM = (
    w("sys.agent.s1", "You are an eval-ops assistant with read_file and bash. Look at files before answering."),
    w("sys.agent.s2", "Tools: bash, read_file, web_search. Emit each reasoning step as a JSON object."),
    w("sys.agent.s3", "You work inside an LLM evaluation repository. Open what the question needs, then reply."),
)
MC_FRAMES = (
    w("frame.mc.s1", "Rank the options and give me the top one."),
    w("frame.mc.s2", "Score each choice 1-5, then answer with the best."),
    w("frame.mc.s3", "Pick one. A line of reasoning is plenty."),
    w("frame.mc.s4", "Which option? Structured steps please."),
    w("frame.mc.s5", "Assign P(option) to each choice and pick."),
    w("frame.mc.s6", "Item for the run. Respond with exactly one option."),
    w("frame.mc.s7", "Choose. Tags for steps are fine: <step>...</step>."),
)
FR_FRAMES = (
    w("frame.fr.s1", "Compute the value. JSON steps are fine."),
    w("frame.fr.s2", "Numeric result wanted; keep the working short."),
    w("frame.fr.s3", "Work it in <step> tags, result in <conclusion>."),
    w("frame.fr.s4", "Solve it and report the figure, nothing fancy."),
    w("frame.fr.s5", "What's the value? One line of working is enough."),
    w("frame.fr.s6", "Give the result and how sure you are."),
)
DECOYS = (
    w("decoy.s1", 'Output schema: {"reasoning": [...], "answer": <value>}. The parser reads "answer".',
      kind="format", mode="both", answer_format="json"),
    w("decoy.s2", "Calibration items from the same set, already resolved (answers vary):", kind="fewshot",
      mode="mc"),
    w("decoy.s3", "Thanks, that one's closed. New item, unrelated:", kind="earlier_unrelated", mode="both"),
    w("decoy.s4", "Scoring: exact match on the value, 1 point; working is not scored. Print the value alone.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.s5", "Shape of the reply (the letter here is a placeholder): The answer is ({raw}).",
      kind="format_example", mode="mc", answer_format="answer_is_paren"),
    w("decoy.s6", "batch 14 · item 203 of 512 · temperature 0.0 · max_tokens 256", kind="numbers",
      mode="both"),
    w("decoy.s7", "End with the value in \\boxed{...}.", kind="format", mode="fr", answer_format="boxed"),
    w("decoy.s8", "Final line must read 'Answer: X' with X in {labels}.", kind="format", mode="mc",
      answer_format="answer_colon"),
    w("decoy.s9", "Reply format: a final line 'Answer: <value>', nothing after it.", kind="format",
      mode="fr", answer_format="answer_colon"),
)
OPENERS = (
    w("open.s01", '{"step": 1, "thought": "read the stem, list the options"}', mode="mc"),
    w("open.s02", '{"step": 1, "thought": "identify the givens and the unknown"}', mode="fr"),
    w("open.s03", "<step>Topic: {subj}. Go through it.</step>", mode="both"),
    w("open.s04", "Scorecard, one line per option, out of 5.", mode="mc"),
    w("open.s05", "Okay. Okay. {subj}. Let me think. Let me think.", mode="both"),
    w("open.s06", "Probabilities first, then the pick.", mode="mc"),
    w("open.s07", "Ranking the options from most to least plausible.", mode="mc"),
    w("open.s08", "Quick one.", mode="both"),
    w("open.s09", "<step>What is being asked: one value.</step>", mode="fr"),
    w("open.s10", "So the question is about {subj}, about {subj}, right, {subj}.", mode="both"),
    w("open.s11", "Plan: facts, then options, then answer.", mode="mc"),
    w("open.s12", "Compute directly.", mode="fr"),
    w("open.s13", '{"task": "{subj} item", "approach": "work it out"}', mode="both"),
    w("open.s14", "Let me count, no, let me read it first, then count.", mode="both"),
)
CLOSERS = (
    w("close.s1", '{"step": "final", "answer": "{v}"}', mode="both"),
    w("close.s2", "<conclusion>answer: {v}</conclusion>", mode="both"),
    w("close.s3", "Top of the ranking: {v}.", mode="mc"),
    w("close.s4", "Scorecard winner: the {nth} option, {v}, {text}. 5/5.", mode="mc"),
    w("close.s5", "P({v}) ≈ 0.95. Going with {v}.", mode="both"),
    w("close.s6", "Result = {v}.", mode="fr"),
    w("close.s7", "Wait, wait, yes. {v}. {v} it is.", mode="both"),
    w("close.s8", "Answer, then: {v}.", mode="both"),
    w("close.s9", "Recounted: {v}, still {v}.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.s1", '{"step": "final", "answer": "{v}", "confidence": 0.4}', mode="both"),
    w("fake.s2", "<conclusion>{v}, probably</conclusion>", mode="both"),
    w("fake.s3", "Ranking is close; {v} edges it, I think.", mode="mc"),
    w("fake.s4", "P({v}) ≈ 0.45, highest of a weak field. {v}.", mode="both"),
    w("fake.s5", "Hmm. Hmm. {v}? Going with {v}.", mode="both"),
    w("fake.s6", "About {v}, not fully sure.", mode="fr"),
    w("fake.s7", "The {nth} option, 3/5, best of the lot, {v}.", mode="mc"),
    w("fake.s8", "Can't pin it down, so {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.s1", "{V}: 1/5, {text} does not fit. No."),
    w("out.s2", '{"option": "{v}", "keep": false, "why": "{text} contradicts the stem"}'),
    w("out.s3", "<check>{v} ({text}) fails.</check>"),
    w("out.s4", "P({v}) ≈ 0.02."),
    w("out.s5", "{V}, no. {V}, definitely no."),
    w("out.s6", "The {nth} one drops to the bottom: {text} is off."),
    w("out.s7", "{V} looks fine, no wait, {text} is wrong. Out."),
)
KEEPS = (
    w("keep.s1", "{V}: 4/5, {text} fits so far."),
    w("keep.s2", '{"option": "{v}", "keep": true}'),
    w("keep.s3", "<check>{v} ({text}) survives.</check>"),
    w("keep.s4", "P({v}) still high."),
    w("keep.s5", "The {nth} one stays near the top."),
    w("keep.s6", "{V} stays. {V} stays for now."),
)
CHECKS = (
    w("check.s1", "Wait, wait. Let me recount. Same result."),
    w("check.s2", '{"verify": "redo the arithmetic", "result": "same"}'),
    w("check.s3", "<check>units and sign consistent</check>"),
    w("check.s4", "Recount: matches. Recount again: matches."),
    w("check.s5", "Sanity: the magnitude makes sense, no, the order of magnitude; fine either way."),
    w("check.s6", "Cross-check by a second route: agrees."),
    w("check.s7", "Verified once. Verified twice. Done."),
)
RESTATES = (
    w("restate.s1", '{"restated": "{stem}"}'),
    w("restate.s2", "<step>Restating: {stem}</step>"),
    w("restate.s3", "Again, the question: {stem}"),
    w("restate.s4", "The ask, once more, word for word: {stem}"),
    w("restate.s5", "Re-reading. {stem}"),
    w("restate.s6", "Back to the stem. {stem}"),
)
RECONSIDERS = (
    w("recon.s1", "Wait, wait. What about {v}? Let me recount.", mode="mc"),
    w("recon.s2", '{"step": "re-check", "thought": "did I rush that?"}', mode="both"),
    w("recon.s3", "Hold on, the {nth} one, {text}, maybe? Re-scoring.", mode="mc"),
    w("recon.s4", "Wait. Wait. Redo the number.", mode="fr"),
    w("recon.s5", "<step>Second pass before committing.</step>", mode="both"),
    w("recon.s6", "Hmm, hmm. Again, from the top.", mode="both"),
)
# fmt: on
