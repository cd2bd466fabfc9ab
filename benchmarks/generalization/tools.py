"""Tool-call conventions and carriers: how code reaches a record (answer text or tool calls).

Several real naming conventions are used on purpose (``path``/``content``,
``file_path``/``file_text``, ``command`` strings and ``cmd`` lists), so a check cannot key on
one agent framework's argument names.
"""

from __future__ import annotations

import difflib
import json
import random
from collections.abc import Callable, Mapping

ToolCall = dict[str, str]


def _call(name: str, args: Mapping[str, object]) -> ToolCall:
    return {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}


WRITE_TOOLS: tuple[Callable[[str, str], ToolCall], ...] = (
    lambda p, c: _call("write_file", {"path": p, "content": c}),
    lambda p, c: _call("create_file", {"file_path": p, "file_text": c}),
    lambda p, c: _call(
        "str_replace_based_edit_tool", {"command": "create", "path": p, "file_text": c}
    ),
)
EDIT_TOOLS: tuple[Callable[[str, str, str], ToolCall], ...] = (
    lambda p, o, n: _call("str_replace", {"path": p, "old_str": o, "new_str": n}),
    lambda p, o, n: _call("edit_file", {"file_path": p, "old_string": o, "new_string": n}),
    lambda p, o, n: _call(
        "str_replace_based_edit_tool",
        {"command": "str_replace", "path": p, "old_str": o, "new_str": n},
    ),
)
BASH_TOOLS: tuple[Callable[[str], ToolCall], ...] = (
    lambda c: _call("bash", {"command": c}),
    lambda c: _call("run_command", {"cmd": ["bash", "-lc", c]}),
    lambda c: _call("shell", {"command": c, "timeout": 120}),
)
READ_TOOLS: tuple[Callable[[str], ToolCall], ...] = (
    lambda p: _call("read_file", {"path": p}),
    lambda p: _call("view", {"file_path": p}),
    lambda p: _call("bash", {"command": f"cat {p}"}),
)


def unified_diff(path: str, old: str, new: str, original: str | None) -> str:
    """A unified diff of replacing ``old`` by ``new`` in ``path`` (a new file when ``old`` is empty)."""
    if not old and original is None:
        lines = new.splitlines(keepends=True)
        body = "".join(f"+{line}" for line in lines)
        return f"--- /dev/null\n+++ b/{path}\n@@ -0,0 +1,{len(lines)} @@\n{body}"
    if original is not None and (old in original or not old):
        before = original
        after = original.replace(old, new, 1) if old else new
        diff = difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            f"a/{path}",
            f"b/{path}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in diff)
    minus = "".join(f"-{line}\n" for line in old.splitlines())
    plus = "".join(f"+{line}\n" for line in new.splitlines())
    return (
        f"--- a/{path}\n+++ b/{path}\n@@ -1,{len(old.splitlines())} +1,{len(new.splitlines())} @@\n"
        f"{minus}{plus}"
    )


def deliver(
    carrier: str,
    rng: random.Random,
    *,
    path: str = "",
    body: str = "",
    old: str = "",
    new: str = "",
    lang: str = "python",
    original: str | None = None,
) -> tuple[str, list[ToolCall]]:
    """Turn one piece of work into ``(answer, tool_calls)`` for the given carrier."""
    in_answer = {
        "code": lambda: f"```{lang}\n{body.rstrip()}\n```",
        "text": lambda: body,
        "diff": lambda: f"```diff\n{unified_diff(path, old, new, original).rstrip()}\n```",
    }
    as_call = {
        "write": lambda: rng.choice(WRITE_TOOLS)(path, body),
        "edit": lambda: rng.choice(EDIT_TOOLS)(path, old, new),
        "bash": lambda: rng.choice(BASH_TOOLS)(body),
        "read": lambda: rng.choice(READ_TOOLS)(path),
    }
    if carrier in in_answer:
        return in_answer[carrier](), []
    if carrier in as_call:
        return "", [as_call[carrier]()]
    raise ValueError(f"unknown carrier {carrier!r}")


def openai_tool_message(call: ToolCall, call_id: str) -> dict[str, object]:
    """An assistant message that makes ``call``, in the OpenAI chat shape."""
    return {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {
                "id": call_id,
                "type": "function",
                "function": {"name": call["name"], "arguments": call["arguments"]},
            }
        ],
    }


def call_id(rng: random.Random) -> str:
    return f"call_{rng.getrandbits(48):012x}"
