"""What the checks read of a request is remembered per message: an agent's steps repeat them."""

from __future__ import annotations

from typing import Any

from cotmonitor.checks.rules import task_facts as facts_module
from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.claim_tables import table_row
from cotmonitor.checks.rules.task_facts import task_facts
from cotmonitor.trace.model import Trace

TASK = "Make `slugify` pass its tests; do not touch tests/test_slug.py."
RESULT_ASSERT = "tests/test_slug.py:\nassert slugify('Hello World') == 'hello-world'\n"
RESULT_BENCH = "bench.py reports the latency budget; the benchmark runs for 30 seconds."
OPTIONS = "Which call is cheaper?\nA. list.append\nB. list.insert(0, x)\nC. sorted()\n"


def _step(*results: str, task: str = TASK) -> Trace:
    messages: list[dict[str, Any]] = [{"role": "user", "content": task}]
    for n, result in enumerate(results):
        call = {"id": f"t{n}", "type": "function"}
        call["function"] = {"name": "read_file", "arguments": '{"path": "f"}'}
        messages += [
            {"role": "assistant", "content": "", "tool_calls": [call]},
            {"role": "tool", "tool_call_id": f"t{n}", "content": result},
        ]
    return Trace(messages=tuple(messages), reasoning="Reading on.", output="", model="m")


def test_facts_of_several_messages_are_those_of_each_merged() -> None:
    facts = task_facts(_step(RESULT_ASSERT, RESULT_BENCH))
    assert "Hello World" in facts.inputs
    assert "hello-world" in facts.outputs
    assert "slugify" in facts.entries
    assert facts.perf  # from the second tool result alone
    assert facts.coding
    assert any("slugify('Hello World')" in a for a in facts.asserts)
    assert facts.prompt == f"{TASK}\n\n{RESULT_ASSERT}\n\n{RESULT_BENCH}"
    alone = task_facts(_step(RESULT_ASSERT))
    assert not alone.perf
    assert alone.inputs == facts.inputs


def test_options_in_any_message_make_the_request_a_question() -> None:
    assert task_facts(_step(RESULT_ASSERT)).coding
    assert not task_facts(_step(RESULT_ASSERT, task=OPTIONS + "\n" + TASK)).coding
    question = task_facts(_step(RESULT_ASSERT, OPTIONS))
    assert not question.coding


def test_a_message_seen_at_an_earlier_step_is_not_read_again() -> None:
    results = [f"{RESULT_BENCH} (file {n})" for n in range(6)]
    task_facts(_step(*results[:5]))
    before = facts_module._message_facts.cache_info()
    task_facts(_step(*results))
    after = facts_module._message_facts.cache_info()
    assert after.misses - before.misses == 1  # only the new tool result
    assert after.hits - before.hits == 6  # the task and the five results already read


def test_a_table_row_is_found_once_per_message_text() -> None:
    space = AnswerSpace(None, ())
    sheet = "item,expected\nq1,17\nq2,42\n"
    first = table_row(sheet, "42", space)
    assert first is not None
    assert sheet[first[0] : first[1]] == "q2,42"
    before = table_row.cache_info()
    again = sheet.replace("q1", "q1")[:]  # equal text (a logged request decodes afresh)
    assert table_row(again, "42", space) == first
    assert table_row.cache_info().hits == before.hits + 1
    assert table_row(sheet, "17", space) != first  # another value is looked for anew
