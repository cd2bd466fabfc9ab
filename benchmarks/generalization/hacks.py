"""Coding and agent records: reward hacks in the reasoning or only in the actions, hard negatives
in the same vocabulary, and ordinary clean steps."""

from __future__ import annotations

import random

from .tasks import TASKS_BY_KIND, Task
from .text import Code, W, fill
from .tools import BASH_TOOLS, ToolCall, call_id, deliver, openai_tool_message
from .wordings import FAMILY_KINDS, Pool

Message = dict[str, object]

# Where an agent that has stated a hack, but not yet done it, looks first.
_LOOK_FIRST = {
    "early_exit": "{test_path}", "skip_tests": "{test_path}", "edit_tests": "{test_path}",
    "delete_tests": "{test_path}", "special_case_input": "{test_path}", "always_true": "{test_path}",
    "read_expected": "{test_path}", "patch_harness": "{test_path}", "patch_timer": "{bench_path}",
    "raise_threshold": "{limit_path}", "write_score": "{score_path}", "detect_eval": "{src_path}",
    "swallow_failure": "{test_path}", "overwrite_state": "{state_path}", "keyword_stuffing": "{grader_path}",
}  # fmt: skip


def _task(rng: random.Random, kinds: tuple[str, ...]) -> Task:
    return rng.choice([t for k in kinds for t in TASKS_BY_KIND[k]])


def _messages(
    pool: Pool, task: Task | None, prompt: str, rng: random.Random, code: Code | None = None
) -> tuple[list[Message], list[W]]:
    """System prompt, the task, and sometimes a first run of the check with its failing output.

    The run is the task's, or for a task-free ``code`` wording its own ``run`` and ``output``.
    """
    system = rng.choice(pool.code.agent_system)
    messages: list[Message] = [
        {"role": "system", "content": system.text},
        {"role": "user", "content": prompt},
    ]
    if task is not None and task.kind != "graded" and rng.random() < 0.6:
        cid = call_id(rng)
        call = rng.choice(BASH_TOOLS)(task.fields["run_cmd"])
        messages += [
            openai_tool_message(call, cid),
            {"role": "tool", "tool_call_id": cid, "content": task.fail_out},
        ]
    elif task is None and code is not None and code.run and rng.random() < 0.6:
        cid = call_id(rng)
        messages += [
            openai_tool_message(rng.choice(BASH_TOOLS)(code.run), cid),
            {"role": "tool", "tool_call_id": cid, "content": code.output},
        ]
    return messages, [system]


def _carry(
    code: Code, fields: dict[str, str], task: Task | None, rng: random.Random
) -> tuple[str, list[ToolCall]]:
    """Deliver a code wording (or the task's honest solution) through its carrier."""
    if code.carrier == "honest":
        assert task is not None
        return honest(task, rng)
    if code.carrier == "steps":
        answers, calls = [], []
        for step in code.steps:
            answer, more = _carry(step, fields, task, rng)
            answers += [answer] if answer else []
            calls += more
        return "\n\n".join(answers), calls
    path = fill(code.path, fields)
    old = fill(code.old, fields)
    original = task.files.get(path) if task else (fill(code.original, fields) or None)
    checked = ("edit",) if task else ("edit", "diff")
    if code.carrier in checked and original is not None and old not in original:
        raise ValueError(f"{code.key}: old text not found in {path}")
    return deliver(
        code.carrier, rng, path=path, body=fill(code.body, fields), old=old,
        new=fill(code.new, fields), lang=code.lang, original=original,
    )  # fmt: skip


def honest(task: Task, rng: random.Random) -> tuple[str, list[ToolCall]]:
    """The task's real solution, in whichever carrier suits it."""
    path, old, new = task.honest
    if task.kind == "game":
        return deliver("bash", rng, body=new)
    if task.kind == "graded":
        carrier = rng.choice(("write", "text"))
        return deliver(carrier, rng, path=path, body=new, lang="text")
    original = task.files.get(path)
    if old:
        carrier = rng.choice(("edit", "edit", "diff"))
        return deliver(carrier, rng, path=path, old=old, new=new, original=original)
    carrier = rng.choice(("write", "code", "diff"))
    return deliver(carrier, rng, path=path, body=new, new=new, original=original)


def _analysis(task: Task | None, rng: random.Random, most: int = 2) -> list[str]:
    if task is None:
        return []
    return rng.sample(list(task.analysis), rng.randint(0, min(most, len(task.analysis))))


def _opener(pool: Pool, rng: random.Random, used: list[W], messages: list[Message]) -> list[str]:
    """An opening line; lines about a failure only when the agent has seen one (a tool result)."""
    saw_failure = any(m["role"] == "tool" and "FAIL" in str(m["content"]) for m in messages)
    fitting = [w for w in pool.code.openers if saw_failure or w.get("after") != "failure"]
    if rng.random() < 0.7:
        w = rng.choice(fitting)
        used.append(w)
        return [w.text]
    return []


def _closer(pool: Pool, rng: random.Random, used: list[W], p: float = 0.5) -> list[str]:
    if rng.random() < p:
        w = rng.choice(pool.code.closers)
        used.append(w)
        return [w.text]
    return []


def _record(
    pool: Pool,
    *,
    group: str,
    label: str,
    family: str | None,
    used: list[W | Code],
    messages: list[Message],
    reasoning: list[str],
    work: tuple[str, list[ToolCall]],
    meta: dict[str, object],
) -> dict[str, object]:
    answer, calls = work
    return {
        "group": group,
        "label": label,
        "hint": None,
        "family": family,
        "template": "+".join(dict.fromkeys(pool.wid(w) for w in used)),
        "messages": messages,
        "reasoning": " ".join(reasoning),
        "answer": answer,
        "tool_calls": calls,
        "meta": meta,
    }


def hack_cot_record(pool: Pool, family: str, index: int, rng: random.Random) -> dict[str, object]:
    """The reasoning states or rationalises the hack; about half the time the action shows it too."""
    intents = pool.code.intents[family]
    intent = intents[index % len(intents)]
    if intent.get("act"):
        return _hack_cot_on_its_own(pool, family, intent, rng)
    # An intent fills from a task's fields, so it pairs only with actions that run on a task.
    on_task = [a for a in pool.code.actions[family] if a.kinds]
    action = rng.choice(on_task) if rng.random() < 0.5 else None
    task = _task(rng, action.kinds if action else FAMILY_KINDS[family])
    fields = dict(task.fields)
    messages, used = _messages(pool, task, task.prompt, rng)
    said = fill(intent.text, fields)
    lead = _opener(pool, rng, used, messages) + _analysis(task, rng)
    at = rng.randint(0, len(lead)) if rng.random() < 0.3 else len(lead)
    reasoning = [*lead[:at], said, *lead[at:]]
    acted: list[W | Code] = [intent]
    if action is not None:
        reasoning += _closer(pool, rng, used)
        answer, calls = _carry(action, fields, task, rng)
        acted.append(action)
    else:
        answer, calls = deliver("read", rng, path=fill(_LOOK_FIRST[family], fields))
    meta = {"task_id": task.id, "task_kind": task.kind, "action_shows_hack": action is not None}
    return _record(
        pool,
        group="hack_cot",
        label="reward_hack",
        family=family,
        used=[*acted, *used],
        messages=messages,
        reasoning=reasoning,
        work=(answer, calls),
        meta=meta,
    )


def _hack_cot_on_its_own(
    pool: Pool, family: str, intent: W, rng: random.Random
) -> dict[str, object]:
    """An intent written for one task-free action (``act``): its prompt, then the hack stated."""
    action = next(a for a in pool.code.actions[family] if a.key == intent.get("act"))
    messages, used = _messages(pool, None, action.prompt, rng, action)
    lead = _opener(pool, rng, used, messages)
    if action.reasoning and rng.random() < 0.5:
        lead.append(action.reasoning)
    at = rng.randint(0, len(lead)) if rng.random() < 0.3 else len(lead)
    reasoning = [*lead[:at], fill(intent.text, {}), *lead[at:]]
    acted: list[W | Code] = [intent]
    shows = rng.random() < 0.5
    if shows:
        reasoning += _closer(pool, rng, used)
        answer, calls = _carry(action, {}, None, rng)
        acted.append(action)
    else:
        answer, calls = deliver("read", rng, path=action.path)
    meta: dict[str, object] = {
        "task_id": None,
        "task_kind": "standalone",
        "action_shows_hack": shows,
    }
    return _record(
        pool,
        group="hack_cot",
        label="reward_hack",
        family=family,
        used=[*acted, *used],
        messages=messages,
        reasoning=reasoning,
        work=(answer, calls),
        meta=meta,
    )


def hack_action_record(
    pool: Pool, family: str, index: int, rng: random.Random
) -> dict[str, object]:
    """The hack is only in the code or tool call; the reasoning is innocuous or a cover story."""
    actions = pool.code.actions[family]
    action = actions[index % len(actions)]
    task = _task(rng, action.kinds) if action.kinds else None
    fields = dict(task.fields) if task else {}
    prompt = task.prompt if task else action.prompt
    messages, used = _messages(pool, task, prompt, rng, action)
    reasoning = _opener(pool, rng, used, messages)
    reasoning += _analysis(task, rng) if task else [fill(action.reasoning, fields)]
    cover = None
    if rng.random() < 0.5:
        cover = rng.choice(pool.code.covers[family])
        used.append(cover)
        reasoning.append(cover.text)
    reasoning += _closer(pool, rng, used, p=0.6 if cover is None else 0.3)
    if not reasoning:
        assert task is not None  # a task-free action always has its own analysis
        reasoning = _analysis(task, rng, most=1) or [task.analysis[0]]
    answer, calls = _carry(action, fields, task, rng)
    meta: dict[str, object] = {
        "task_id": task.id if task else None,
        "task_kind": task.kind if task else "standalone",
        "cover_story": cover is not None,
        "carrier": action.carrier,
    }
    return _record(
        pool,
        group="hack_action",
        label="reward_hack",
        family=family,
        used=[action, *used],
        messages=messages,
        reasoning=reasoning,
        work=(answer, calls),
        meta=meta,
    )


def negative_record(pool: Pool, family: str, index: int, rng: random.Random) -> dict[str, object]:
    """Legitimate work sharing a family's words and APIs, or a hack considered and turned down."""
    negatives = pool.code.negatives[family]
    neg = negatives[index % len(negatives)]
    task = _task(rng, neg.kinds) if neg.kinds else None
    fields = dict(task.fields) if task else {}
    if task is not None:
        prompt = task.prompt + (f"\n\n{fill(neg.prompt, fields)}" if neg.prompt else "")
    else:
        prompt = neg.prompt
    messages, used = _messages(pool, task, prompt, rng, neg)
    reasoning = (
        _opener(pool, rng, used, messages)
        + _analysis(task, rng, most=1)
        + [fill(neg.reasoning, fields)]
    )
    reasoning += _closer(pool, rng, used, p=0.3)
    answer, calls = _carry(neg, fields, task, rng)
    meta: dict[str, object] = {
        "task_id": task.id if task else None,
        "task_kind": task.kind if task else "standalone",
        "carrier": neg.carrier,
    }
    return _record(
        pool,
        group="hard_negative",
        label="clean",
        family=family,
        used=[neg, *used],
        messages=messages,
        reasoning=reasoning,
        work=(answer, calls),
        meta=meta,
    )


def clean_record(pool: Pool, index: int, rng: random.Random) -> dict[str, object]:
    """An ordinary step: read a file, run the check, or write the real solution."""
    step = pool.code.clean[index % len(pool.code.clean)]
    task = _task(rng, step.kinds) if step.kinds else None
    fields = dict(task.fields) if task else {}
    messages, used = _messages(pool, task, task.prompt if task else step.prompt, rng, step)
    reasoning = (
        _opener(pool, rng, used, messages) + _analysis(task, rng) + [fill(step.reasoning, fields)]
    )
    answer, calls = _carry(step, fields, task, rng)
    meta: dict[str, object] = {
        "task_id": task.id if task else None,
        "task_kind": task.kind if task else "standalone",
        "carrier": step.carrier,
    }
    return _record(
        pool,
        group="clean_code",
        label="clean",
        family=None,
        used=[step, *used],
        messages=messages,
        reasoning=reasoning,
        work=(answer, calls),
        meta=meta,
    )
