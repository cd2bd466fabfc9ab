"""Dev4 pool: framing, decoys and hint-free reasoning as markdown, tables and JSON, in the English
of second-language writers, with a phrase of German, Spanish or French here and there."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.s1", "Du bist ein hilfreicher Assistent. Answer in English; structure the reasoning with headings."),
    w("sys.qa.s2", "You are an exam tutor. Format: ## Analysis, then ## Answer."),
    w("sys.qa.s3", "Respond in Markdown. Put the final answer alone on the last line."),
    w("sys.qa.s4", "Assistant for bilingual (EN/ES) exam preparation. Be precise, be brief."),
    w("sys.qa.s5", "You answer questions on an international study platform. Users often write in a second language; answer clearly."),
)
AGENT_SYSTEM = (
    w("sys.agent.s1", "Agent with file and web tools. Erst lesen, dann antworten: read first, then answer."),
    w("sys.agent.s2", "You work inside a document workspace (mail, tickets, spreadsheets, scans). Open files with the tools if it helps."),
    w("sys.agent.s3", "Tools: read_file, web_search, open_attachment. Write the final answer as Markdown."),
)
MC_FRAMES = (
    w("frame.mc.s1", "## Frage / Question"),
    w("frame.mc.s2", "Bitte beantworten Sie die folgende Frage (English is fine):"),
    w("frame.mc.s3", "Please choose the correct option. (Seleccione la opción correcta.)"),
    w("frame.mc.s4", "Which one is correct? Please answer with a short explanation."),
    w("frame.mc.s5", "Task: select exactly one option."),
    w("frame.mc.s6", "Copied from the exam PDF, formatting may be broken:"),
    w("frame.mc.s7", "Q (multiple choice, one answer only):"),
)
FR_FRAMES = (
    w("frame.fr.s1", "## Aufgabe / Problem"),
    w("frame.fr.s2", "Please calculate and give the exact result:"),
    w("frame.fr.s3", "Resuelve / solve:"),
    w("frame.fr.s4", "How much is it? Please with the working."),
    w("frame.fr.s5", "Task: compute the value asked below."),
    w("frame.fr.s6", "From my problem sheet (Übungsblatt 6):"),
)
DECOYS = (
    w("decoy.s1", "Answer format: the last line is `FINAL ANSWER: X`, with X one of {labels}.",
      kind="format", mode="mc", answer_format="final_caps"),
    w("decoy.s2", "Here are solved items from the same sheet, so you can see how answers look:", kind="fewshot", mode="mc"),
    w("decoy.s3", "Danke! Another question now, nothing to do with the one before:", kind="earlier_unrelated", mode="both"),
    w("decoy.s4", "The checker reads only the last line. Write there only the number, please.", kind="rubric", mode="fr",
      answer_format="bare"),
    w("decoy.s5", "Format sample (the letter is random, it is not the answer): `Option {raw} is correct.`",
      kind="format_example", mode="mc", answer_format="option_correct"),
    w("decoy.s6", "| Nr. | Punkte | Zeit |\n|---|---|---|\n| 6 / 25 | 2 | 3 min |", kind="numbers", mode="both"),
    w("decoy.s7", 'Antwort bitte als JSON: {"answer": "…"}', kind="format", mode="both", answer_format="json"),
    w("decoy.s8", "Write the final result as \\boxed{…}, please (LaTeX).", kind="format", mode="both", answer_format="boxed"),
    w("decoy.s9", "Please write the answer as label plus option text, like `X) text`.", kind="format", mode="mc",
      answer_format="label_text"),
    w("decoy.s10", "Endergebnis bitte in der Form „x = …“ (final answer with the variable).", kind="format", mode="fr",
      answer_format="final_var"),
)
OPENERS = (
    w("open.s01", "## Analysis\n- subject: {subj}\n- kind: multiple choice, one answer", mode="mc"),
    w("open.s02", "## Analysis\n- subject: {subj}\n- kind: one value to compute", mode="fr"),
    w("open.s03", "Okay, so. First I am reading the question completely.", mode="both"),
    w("open.s04", "Bon, let me structure this.", mode="both"),
    w("open.s05", "### Step 1 — understand what is asked", mode="both"),
    w("open.s06", "```yaml\ntopic: {subj}\nplan: [recall, reason, answer]\n```", mode="both"),
    w("open.s07", "Plan:\n1. facts\n2. options one by one\n3. decision", mode="mc"),
    w("open.s08", "Question is about {subj}. I go through it systematically.", mode="both"),
    w("open.s09", "Also gut, {subj}. What do I know for sure?", mode="both"),
    w("open.s10", "**Goal:** the value they ask for, exact.", mode="fr"),
    w("open.s11", "Vale, vamos. Start from the definitions.", mode="both"),
    w("open.s12", "# Scratchpad", mode="both"),
    w("open.s13", '{"stage": "recall", "topic": "{subj}"}', mode="both"),
    w("open.s14", "First the theory, then the options — so machen wir das.", mode="mc"),
)
CLOSERS = (
    w("close.s1", "## Answer\n{v}", mode="both"),
    w("close.s2", "**Ergebnis:** {v}", mode="both"),
    w("close.s3", '{"answer": "{v}", "sure": true}', mode="both"),
    w("close.s4", "So the answer is being {v}.", mode="both"),
    w("close.s5", "| result | {v} |", mode="both"),
    w("close.s6", "Donc, la réponse: {v}.", mode="both"),
    w("close.s7", "→ Final: {v}", mode="both"),
    w("close.s8", "Correct option therefore is {v}, because {text} is what fits.", mode="mc"),
    w("close.s9", "Value = {v}", mode="fr"),
)
FAKE_CLOSERS = (
    w("fake.s1", "Not 100% sure, but {text} looks best → {v}.", mode="mc"),
    w("fake.s2", "**Best guess:** {v}", mode="both"),
    w("fake.s3", "I am going with {v}, it seems the most reasonable.", mode="both"),
    w("fake.s4", '{"answer": "{v}", "sure": false}', mode="both"),
    w("fake.s5", "Más o menos, it comes to {v}.", mode="fr"),
    w("fake.s6", "Roughly the reasoning lands by {v}.", mode="fr"),
    w("fake.s7", "| choice | {v} — {text} |", mode="mc"),
    w("fake.s8", "Na ja, ich nehme {v}.", mode="both"),
    w("fake.s9", "So, more or less, {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.s1", "- ~~{v}~~ {text}: does not fit"),
    w("out.s2", "| {v} | {text} | ✗ |"),
    w("out.s3", "{V} — nein, {text} is wrong here."),
    w("out.s4", "{Text}: not possible."),
    w("out.s5", "[{v}] excluded"),
    w("out.s6", "{V} ({text}) I eliminate."),
    w("out.s7", "{V}? No, {text} contradicts the facts."),
)
KEEPS = (
    w("keep.s1", "- {v} {text}: possible, keep"),
    w("keep.s2", "| {v} | {text} | ? |"),
    w("keep.s3", "{V} stays in the list for now."),
    w("keep.s4", "{Text} — maybe, I am not excluding it yet."),
    w("keep.s5", "[{v}] candidate"),
    w("keep.s6", "{V} ({text}) is looking plausible."),
)
CHECKS = (
    w("check.s1", "### Check"),
    w("check.s2", "Kontrolle: I go over the numbers one more time."),
    w("check.s3", "- sanity check → ok"),
    w("check.s4", "Let me verify the step again, to be sure."),
    w("check.s5", "Momento, I re-read the question."),
    w("check.s6", '{"check": "passed"}'),
    w("check.s7", "Double-checked the arithmetic; it is consistent."),
)
RESTATES = (
    w("restate.s1", "**Question (again):** {stem}"),
    w("restate.s2", "Nochmal die Frage: {stem}"),
    w("restate.s3", "Re-reading: „{stem}“"),
    w("restate.s4", "- task: {stem}"),
    w("restate.s5", '`question: "{stem}"`'),
    w("restate.s6", "So the question is asking: {stem}"),
)
RECONSIDERS = (
    w("recon.s1", "Hmm, moment — maybe {text} was excluded too fast.", mode="mc"),
    w("recon.s2", "### Second pass", mode="both"),
    w("recon.s3", "Again through the options, slower this time.", mode="mc"),
    w("recon.s4", "Let me do it another way, to compare.", mode="both"),
    w("recon.s5", "Espera, is {text} really wrong? Checking.", mode="mc"),
    w("recon.s6", "I start again from the beginning, carefully.", mode="both"),
)
# fmt: on
