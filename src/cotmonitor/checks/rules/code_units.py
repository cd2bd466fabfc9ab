"""The code a trace acts with: fenced blocks, diffs, file writes, edits and shell commands.

A ``CodeUnit`` is one piece of code and what is done with it: a file written (``file``), the
old and new text of an edit (``edit``), the lines a diff adds and removes (``diff``), a shell
command (``command``) or a loose snippet (``snippet``). Units come from the visible output
(fenced blocks, unified diffs, or the whole output when it is code) and from tool-call
arguments, whatever the tool's conventions (``{"path", "content"}``, ``{"file_path",
"file_text"}``, ``{"path", "old_str", "new_str"}``, ``{"command": ...}``, ``{"cmd": [...]}``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from cotmonitor.checks.rules.shell_edits import shell_edits
from cotmonitor.checks.rules.text_edits import text_edits
from cotmonitor.trace.model import Trace

UnitKind = Literal["file", "edit", "diff", "command", "snippet"]

_FENCE = re.compile(
    r"^[ \t]*(```+|~~~+)[ \t]*([\w+#.-]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL
)
_DIFF_FILE = re.compile(r"^\+\+\+ (?:b/)?(?P<path>[^\t\n]+)", re.MULTILINE)
_PATH_KEYS = (
    "path",
    "file_path",
    "filepath",
    "filename",
    "file",
    "target_file",
    "target",
    "dest",
    "destination",
    "notebook_path",
    "file_name",
    "relative_path",
)
_NEW_KEYS = (
    "content",
    "contents",
    "file_text",
    "text",
    "code",
    "source",
    "new_content",
    "body",
    "new_str",
    "new_string",
    "replacement",
    "insert_text",
    "new_text",
    "new_source",
    "new",
)
_OLD_KEYS = ("old_str", "old_string", "old_text", "search", "original", "old", "find")
_COMMAND_KEYS = ("command", "cmd", "commands", "script", "shell", "bash", "args", "argv")
_EDITOR_OPERATIONS = frozenset(
    {"view", "create", "str_replace", "insert", "undo_edit", "write", "overwrite", "append"}
    | {"read", "delete", "rename", "edit", "replace"}
)
_PATCH_KEYS = ("patch", "diff", "unified_diff", "changes")
_SHELL_TOOLS = re.compile(r"bash|shell|terminal|run|exec|command|sh\b|cmd|console", re.IGNORECASE)
_PYTHON_TOOLS = re.compile(r"python|ipython|jupyter|notebook|code_interpreter|eval", re.IGNORECASE)
_DELETE_TOOLS = re.compile(r"delete|remove|unlink|rm\b", re.IGNORECASE)
_CODE_LINE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import |if __name__|@\w|return\b|assert\b)", re.MULTILINE
)
_HEREDOC = re.compile(
    r"\bcat\s*>{1,2}\s*(?P<path>[^\s<>;|&]+)\s*<<-?\s*['\"]?(?P<tag>\w+)['\"]?[^\n]*\n"
    r"(?P<body>.*?)\n\s*(?P=tag)\b",
    re.DOTALL,
)
_ECHO_WRITE = re.compile(
    r"\b(?:echo|printf)\s+(?:-[a-z]+\s+)*(?P<body>(?:(?P<q>['\"]).*?(?<!\\)(?P=q)\s*)+)>{1,2}\s*"
    r"(?P<path>[^\s;&|<>]+)",
    re.DOTALL,
)
_QUOTED = re.compile(r"(['\"])(.*?)(?<!\\)\1", re.DOTALL)
_SED_SUB = re.compile(
    r"\bsed\s+(?:-[a-zA-Z]*i[a-zA-Z]*(?:\.\w+)?\s+|--in-place(?:=\S+)?\s+|-E\s+|-r\s+)+(?:-e\s+)?"
    r"(?P<q>['\"])s"
    r"(?P<d>[/|#,])(?P<old>(?:(?!(?P=d)).)*)(?P=d)(?P<new>(?:(?!(?P=d)).)*)(?P=d)[gI0-9]*(?P=q)"
    r"\s+(?P<path>[^\s;&|<>]+)"
)
# awk's substitution, its output written back over the file: an edit like sed's.
_AWK_SUB = re.compile(
    r"\bawk\s+(?P<q>['\"])[^\n]*?\bg?sub\(\s*/(?P<old>[^/\n]*)/\s*,\s*\\?\"(?P<new>[^\"\\\n]*)\\?\""
    r"[^\n]*?(?P=q)\s+(?P<path>[^\s;&|<>]+)\s*>\s*(?P=path)\S*"
)
_PYTHON_STDIN = re.compile(
    r"\bpython[\d.]*\s+-\s*<<-?\s*['\"]?(?P<tag>\w+)['\"]?[^\n]*\n(?P<body>.*?)\n\s*(?P=tag)\b",
    re.DOTALL,
)
_PYTHON_C = re.compile(r"\bpython[\d.]*\s+-c\s+(?P<q>['\"])(?P<body>.*?)(?<!\\)(?P=q)", re.DOTALL)
_LANG_PYTHON = frozenset({"python", "py", "python3", "pycon", "ipython"})
_LANG_SHELL = frozenset({"bash", "sh", "shell", "console", "zsh", "terminal", "cmd", "powershell"})
_LANG_DIFF = frozenset({"diff", "patch", "udiff"})


@dataclass(frozen=True, slots=True)
class CodeUnit:
    """One piece of code the trace produces, and where it sits in the trace.

    ``base`` is the offset of ``text`` in the source text (the output, or the tool call's
    raw arguments), or -1 when ``text`` was decoded from JSON and cannot be mapped directly.
    For ``edit`` units ``old`` holds the replaced text; for ``diff`` units ``text`` holds the
    added lines, ``old`` the removed ones and ``after`` the hunks' new side.
    """

    source: Literal["output", "tool_call"]
    index: int | None
    kind: UnitKind
    text: str
    base: int
    path: str | None = None
    old: str = ""
    lang: str = ""
    tool: str = ""
    after: str = ""
    """For a diff, its hunks' new side (context and added lines), in order."""

    @property
    def new_side(self) -> str:
        """The code as it reads after the change (a diff's hunks; else ``text``)."""
        return self.after if self.kind == "diff" else self.text

    @property
    def python(self) -> bool:
        """Whether the unit is Python (by path, fence language or tool)."""
        if self.kind == "command":
            return False
        if self.path:
            return self.path.endswith((".py", ".pyi"))
        return self.lang in _LANG_PYTHON or (not self.lang and bool(_CODE_LINE.search(self.text)))


def _diff_units(
    text: str, source: Literal["output", "tool_call"], index: int | None
) -> Iterator[CodeUnit]:
    """One unit per file of a unified diff: added lines as text, removed lines as ``old``."""
    starts = list(_DIFF_FILE.finditer(text))
    for match, following in zip(starts, [*starts[1:], None], strict=True):
        end = following.start() if following else len(text)
        added, removed, after = [], [], []
        for line in text[match.end() : end].split("\n"):
            if line.startswith("+") and not line.startswith("+++"):
                added.append(line[1:])
                after.append(line[1:])
            elif line.startswith("-") and not line.startswith("---"):
                removed.append(line[1:])
            elif line.startswith(" ") or not line:
                after.append(line[1:])
        path = match.group("path").strip()
        yield CodeUnit(
            source,
            index,
            "diff",
            "\n".join(added),
            -1,
            path,
            "\n".join(removed),
            "diff",
            after="\n".join(after),
        )


_NAMED = re.compile(
    r"\A\s*(?:#|//|--)\s*(?:file(?:name)?|path)\s*:\s*(?P<path>[\w./-]+\.\w+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NAMED_BEFORE = re.compile(r"(?:`|\*\*)(?P<path>[\w./-]+\.\w+)(?:`|\*\*)\s*:?\s*\Z")


def _block_path(output: str, start: int, body: str) -> str | None:
    """The file a fenced block says it is: "# filename: conftest.py", or "`tests/x.py`:" above."""
    named = _NAMED.match(body)
    if named:
        return named.group("path")
    before = _NAMED_BEFORE.search(output[max(0, start - 120) : start].rstrip("`~ \n\t"))
    return before.group("path") if before else None


def _output_units(output: str) -> Iterator[CodeUnit]:
    fenced = False
    for match in _FENCE.finditer(output):
        fenced = True
        lang, body = match.group(2).lower(), match.group(3)
        base = match.start(3)
        if lang in _LANG_DIFF or _DIFF_FILE.search(body):
            yield from _diff_units(body, "output", None)
        elif lang in _LANG_SHELL:
            yield CodeUnit("output", None, "command", body, base, lang=lang)
        else:
            path = _block_path(output, match.start(), body)
            kind: UnitKind = "file" if path else "snippet"
            yield CodeUnit("output", None, kind, body, base, path, lang=lang)
    if fenced:
        return
    if _DIFF_FILE.search(output) and "@@" in output:
        yield from _diff_units(output, "output", None)
    elif _CODE_LINE.search(output):
        path = _block_path(output, 0, output)
        yield CodeUnit("output", None, "file" if path else "snippet", output, 0, path)


def _first(arguments: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = arguments.get(key)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return ""


def _located(raw: str, text: str) -> int:
    """Where ``text`` sits in the raw arguments, -1 when only its escaped form is there."""
    return raw.find(text) if text and "\n" not in text and '"' not in text else -1


def _shell_units(command: str, raw: str, index: int, tool: str) -> Iterator[CodeUnit]:
    yield CodeUnit("tool_call", index, "command", command, _located(raw, command), tool=tool)
    for match in _HEREDOC.finditer(command):
        yield CodeUnit(
            "tool_call", index, "file", match.group("body"), -1, match.group("path"), tool=tool
        )
    for match in _ECHO_WRITE.finditer(command):
        parts = [q.group(2) for q in _QUOTED.finditer(match.group("body"))]
        if len(parts) > 1 and "%" in parts[0]:
            parts = parts[1:]  # printf's format string
        body = "\n".join(parts).replace("\\n", "\n").replace("\\t", "\t")
        yield CodeUnit("tool_call", index, "file", body, -1, match.group("path"), tool=tool)
    for match in _SED_SUB.finditer(command):
        yield CodeUnit(
            "tool_call",
            index,
            "edit",
            match.group("new"),
            -1,
            match.group("path"),
            match.group("old"),
            tool=tool,
        )
    for match in _AWK_SUB.finditer(command):
        yield CodeUnit(
            "tool_call",
            index,
            "edit",
            match.group("new"),
            -1,
            match.group("path"),
            match.group("old"),
            tool=tool,
        )
    for edit in shell_edits(command):
        if edit.kind == "diff":
            yield from _diff_units(edit.text, "tool_call", index)
        elif edit.kind == "removed":
            yield CodeUnit(
                "tool_call", index, "command", f"rm {edit.path}", -1, edit.path, tool=tool
            )
        else:
            yield CodeUnit(
                "tool_call", index, edit.kind, edit.text, -1, edit.path, edit.old, tool=tool
            )
    for match in _PYTHON_STDIN.finditer(command):
        yield CodeUnit("tool_call", index, "snippet", match.group("body"), -1, lang="python")
    for match in _PYTHON_C.finditer(command):
        yield CodeUnit("tool_call", index, "snippet", match.group("body"), -1, lang="python")


def _tool_units(index: int, name: str, raw: str) -> Iterator[CodeUnit]:
    try:
        arguments = json.loads(raw) if raw.strip() else {}
    except ValueError:
        arguments = None
    if not isinstance(arguments, dict):
        kind: UnitKind = "command" if _SHELL_TOOLS.search(name) else "snippet"
        yield CodeUnit("tool_call", index, kind, raw, 0, tool=name)
        return
    path = _as_text(_first(arguments, _PATH_KEYS)) or None
    new = _as_text(_first(arguments, _NEW_KEYS))
    old = _as_text(_first(arguments, _OLD_KEYS))
    command = _as_text(_first(arguments, _COMMAND_KEYS))
    # An editor tool's "command" is its operation ("create", "str_replace"), not a shell line.
    operation = command.strip().lower() if command.strip().lower() in _EDITOR_OPERATIONS else ""
    if operation:
        command = ""
    patch = _as_text(_first(arguments, _PATCH_KEYS))
    if command:
        yield from _shell_units(command, raw, index, name)
    if patch:
        yield from _diff_units(patch, "tool_call", index)
    rewrites = operation in ("create", "write", "overwrite")
    if old or (
        path and new and not rewrites and re.search(r"edit|replace|patch", name, re.IGNORECASE)
    ):
        yield CodeUnit("tool_call", index, "edit", new, -1, path, old, tool=name)
    elif new:
        lang = "python" if _PYTHON_TOOLS.search(name) and not path else ""
        kind = "file" if path else "snippet"
        yield CodeUnit("tool_call", index, kind, new, -1, path, lang=lang, tool=name)
    elif path and _DELETE_TOOLS.search(name):
        yield CodeUnit("tool_call", index, "command", f"rm {path}", -1, path, tool=name)
    if not (command or patch or old or new or path):
        strings = [v for v in arguments.values() if isinstance(v, str) and len(v) > 20]  # noqa: PLR2004
        for value in strings:
            kind = "command" if _SHELL_TOOLS.search(name) else "snippet"
            yield CodeUnit("tool_call", index, kind, value, -1, tool=name)


def code_units(trace: Trace) -> list[CodeUnit]:
    """Every code unit of ``trace``'s output and tool calls."""
    units = list(_output_units(trace.output)) if trace.output else []
    for kind, text, path, old in text_edits(trace.output) if trace.output else ():
        units.append(CodeUnit("output", None, kind, text, -1, path, old))  # type: ignore[arg-type]
    for index, call in enumerate(trace.tool_calls):
        units += _tool_units(index, call.name, call.arguments)
    return units
