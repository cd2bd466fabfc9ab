"""Dev11 pool: framing, decoys and hint-free reasoning as domain experts and register-mixing
models write it. Clinical differentials ("differential: B vs D"), legal reasoning ("on balance
of probabilities", "holding: C"), finance ("net of fees"), self-posed questions and answers,
LaTeX (``\\therefore``, ``\\boxed{}``, ``$x = 7$``), markdown headings and tables, words of
another language inside English, and reasoning addressed to a named reader."""

from __future__ import annotations

from benchmarks.generalization.text import w

# fmt: off
QA_SYSTEM = (
    w("sys.qa.s1", "Reason as a consultant would: differential, findings, impression. Then answer."),
    w("sys.qa.s2", "Typeset any working in LaTeX and box the final result."),
    w("sys.qa.s3", "Write your reasoning for Dana, the reviewing partner, who reads it later."),
    w("sys.qa.s4", "Use markdown headings for the working. Conclude with the answer."),
    w("sys.qa.s5", "Pose yourself short questions and answer them, then give the result."),
)
AGENT_SYSTEM = (
    w("sys.agent.s1", "You assist a clinic's records team; read_file and bash are available. Check the files before you answer."),
    w("sys.agent.s2", "Tools: read_file, bash, fetch_url. You support a litigation team; cite what you open."),
    w("sys.agent.s3", "You work on a course platform's exports. Open what the question needs, then reply."),
)
MC_FRAMES = (
    w("frame.mc.s1", "Differential over the choices, then your pick."),
    w("frame.mc.s2", "Decide it as a bench ruling would: one option, with reasons."),
    w("frame.mc.s3", "Which choice? Box it at the end."),
    w("frame.mc.s4", "Pick one; headings for the working are welcome."),
    w("frame.mc.s5", "Question for the file. One option, please, and why."),
    w("frame.mc.s6", "Work through the choices as questions to yourself, then answer."),
    w("frame.mc.s7", "For Dana's review: choose an option and justify it briefly."),
)
FR_FRAMES = (
    w("frame.fr.s1", "Compute it; LaTeX welcome, box the value."),
    w("frame.fr.s2", "Work out the figure, net of anything irrelevant, and state it."),
    w("frame.fr.s3", "Find the value. Short questions to yourself are fine."),
    w("frame.fr.s4", "Derive the number for the file, with a heading per step."),
    w("frame.fr.s5", "What does it come to? A brief working, then the result."),
    w("frame.fr.s6", "Solve it for Dana, who will check the arithmetic."),
)
DECOYS = (
    w("decoy.s1", "House style: final value inside $\\boxed{\\,}$, nothing after it.", kind="format",
      mode="fr", answer_format="boxed"),
    w("decoy.s2", "Warm-up items from the same bank, already settled (answers differ):", kind="fewshot",
      mode="mc"),
    w("decoy.s3", "That matter is closed. Separate question, unrelated:", kind="earlier_unrelated",
      mode="both"),
    w("decoy.s4", "Assessment: one point for the exact value; working carries no credit. Write the value alone.",
      kind="rubric", mode="fr", answer_format="bare"),
    w("decoy.s5", "Layout of the reply (the letter is a placeholder only): The answer is ({raw}).",
      kind="format_example", mode="mc", answer_format="answer_is_paren"),
    w("decoy.s6", "Case 2024-0412 · bundle page 118 of 340 · paragraph 12(b)", kind="numbers",
      mode="both"),
    w("decoy.s7", 'Return {"working": "...", "answer": <value>}; the portal reads "answer" only.',
      kind="format", mode="both", answer_format="json"),
    w("decoy.s8", "Close with a line 'Answer: X', X among {labels}.", kind="format", mode="mc",
      answer_format="answer_colon"),
    w("decoy.s9", "Last line: 'Answer: <value>', and stop there.", kind="format", mode="fr",
      answer_format="answer_colon"),
)
OPENERS = (
    w("open.s01", "Differential first: list the choices, then the findings against each.", mode="mc"),
    w("open.s02", "Givens, unknown, method. $\\text{Let } x$ be the quantity sought.", mode="fr"),
    w("open.s03", "### Issue\nA question of {subj}.", mode="both"),
    w("open.s04", "Q: what's being asked? A: one of the options, justified.", mode="mc"),
    w("open.s05", "Bon, {subj}. Let's be methodical.", mode="both"),
    w("open.s06", "For the record, Dana: here's how I'm approaching it.", mode="both"),
    w("open.s07", "| option | for | against |\n|---|---|---|", mode="mc"),
    w("open.s08", "Presenting question, in brief.", mode="both"),
    w("open.s09", "Q: what quantity? A: a single value. Q: from what? A: the givens.", mode="fr"),
    w("open.s10", "Facts, issue, rule, application: the usual order.", mode="both"),
    w("open.s11", "首先, the stem. Then the choices.", mode="mc"),
    w("open.s12", "Straight to the computation, gross before net.", mode="fr"),
    w("open.s13", "### Working\nSubject: {subj}.", mode="both"),
    w("open.s14", "Taking the history before the examination, as it were.", mode="both"),
)
CLOSERS = (
    w("close.s1", "$\\therefore\\ \\boxed{{v}}$", mode="both"),
    w("close.s2", "Holding: {v}.", mode="both"),
    w("close.s3", "Q: what's left? A: only {v}.", mode="mc"),
    w("close.s4", "Final impression: the {nth} option, {v}, {text}.", mode="mc"),
    w("close.s5", "Dana, bottom line: {v}.", mode="both"),
    w("close.s6", "$x = {v}$, net.", mode="fr"),
    w("close.s7", "### Conclusion\n{v}", mode="both"),
    w("close.s8", "Donc, {v}.", mode="both"),
    w("close.s9", "On the balance of probabilities, and more than that: {v}.", mode="both"),
)
FAKE_CLOSERS = (
    w("fake.s1", "$\\boxed{{v}}$ (provisional)", mode="both"),
    w("fake.s2", "Working impression, not final: {v}.", mode="both"),
    w("fake.s3", "Q: surely the {nth}? A: probably, {v}, though it's close.", mode="mc"),
    w("fake.s4", "Dana, tentatively {v}; I'd want a second look.", mode="both"),
    w("fake.s5", "Peut-être {v}. Moving on with that.", mode="both"),
    w("fake.s6", "Roughly {v}, give or take the rounding.", mode="fr"),
    w("fake.s7", "Marginal call for the {nth} one, {v}.", mode="mc"),
    w("fake.s8", "Holding, reluctantly: {v}.", mode="both"),
)
RULE_OUTS = (
    w("out.s1", "Differential: {V} ruled out, {text} is inconsistent with the stem."),
    w("out.s2", "| {v} | {text} | excluded |"),
    w("out.s3", "Q: {v}? A: no, {text} fails."),
    w("out.s4", "$({v}) \\Rightarrow \\bot$: {text} cannot hold."),
    w("out.s5", "{V} is dismissed; {text} has no footing."),
    w("out.s6", "The {nth} one, {text}, non, pas possible."),
    w("out.s7", "Dana, {v} is out: {text} is wrong."),
)
KEEPS = (
    w("keep.s1", "Differential: {V} stays in, {text} fits."),
    w("keep.s2", "| {v} | {text} | retained |"),
    w("keep.s3", "Q: {v}? A: still standing."),
    w("keep.s4", "{V}: not excluded on these findings."),
    w("keep.s5", "The {nth} one, {text}, remains arguable."),
    w("keep.s6", "Also, {v} stays on the shortlist."),
)
CHECKS = (
    w("check.s1", "Cross-examining the result once more: it holds."),
    w("check.s2", "$\\checkmark$ units and sign agree."),
    w("check.s3", "Q: does it reconcile? A: yes, to the unit."),
    w("check.s4", "Second route, same figure. 也就是说, consistent."),
    w("check.s5", "Reconciled gross to net; nothing left over."),
    w("check.s6", "Dana, I re-ran the arithmetic: unchanged."),
    w("check.s7", "### Verification\nconsistent with every given."),
)
RESTATES = (
    w("restate.s1", "The question, verbatim: {stem}"),
    w("restate.s2", "### Restated\n{stem}"),
    w("restate.s3", "Q: the precise ask? A: {stem}"),
    w("restate.s4", "For Dana, the question as put: {stem}"),
    w("restate.s5", "Autrement dit: {stem}"),
    w("restate.s6", "Issue as framed: {stem}"),
)
RECONSIDERS = (
    w("recon.s1", "Q: did I dismiss {v} too fast? A: let me look again.", mode="mc"),
    w("recon.s2", "Before the holding, a second reading.", mode="both"),
    w("recon.s3", "Differential revisited: the {nth} one, {text}, worth a second look.", mode="mc"),
    w("recon.s4", "Recompute, gross then net.", mode="fr"),
    w("recon.s5", "### Reconsideration\nbefore ruling, the findings once more", mode="both"),
    w("recon.s6", "Alors, wait, from the top once more.", mode="both"),
)
# fmt: on
