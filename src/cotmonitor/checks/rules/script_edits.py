r"""File edits carried by ``ed``, ``awk -i inplace``, ``fileinput`` and ``Set-Content``.

``shell_edits`` reads the common carriers (``sed -i``, ``perl -pi``, heredocs, patches). The
same edits also come as an ``ed`` script fed by a heredoc (``/^def test_x(/i`` ... ``.``,
``/re/,/re/d``, ``s/a/b/``), an ``awk -i inplace`` program that prints a line before the one
it matches, a ``fileinput.input(f, inplace=True)`` loop that rewrites a line, or a PowerShell
``Set-Content`` of a literal or a here-string. Each is read as the edit it makes: inserted
lines next to the line they are anchored on, deleted lines as an edit to nothing, a whole
text written as a file.

.. versionadded:: 0.5.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

EditKind = Literal["edit", "file"]
ScriptEdit = tuple[EditKind, str, str | None, str]
"""(kind, new text, path, old text), as ``shell_edits.ShellEdit`` takes them."""

_ED = re.compile(
    r"\bed\s+(?:-s\s+)?(?P<path>[^\s<>;|&-][^\s<>;|&]*)\s*<<-?\s*['\"]?(?P<tag>\w+)['\"]?[^\n]*\n"
    r"(?P<body>.*?)\n\s*(?P=tag)\b",
    re.DOTALL,
)
_ED_INSERT = re.compile(r"^(?P<addr>.*?)(?P<op>[aic])$")
_ED_DELETE = re.compile(r"^(?P<addr>.+?)d$")
_ED_SUB = re.compile(
    r"^(?:.*?)s(?P<d>[/|#])(?P<old>(?:(?!(?P=d)).)+)(?P=d)(?P<new>(?:(?!(?P=d)).)*)(?P=d)g?$"
)
_REGEX_ADDRESS = re.compile(r"/(?P<re>(?:[^/\\]|\\.)+)/")
_AWK_INPLACE = re.compile(r"\b[gm]?awk\s+-i\s+inplace\s+'(?P<prog>[^']*)'\s+(?P<path>[^\s;&|<>]+)")
_AWK_PRINT_AT = re.compile(
    r"/(?P<re>(?:[^/\\]|\\.)+)/\s*\{\s*print\s+\"(?P<text>(?:[^\"\\]|\\.)*)\"\s*;?\s*\}"
)
FILEINPUT = re.compile(r"\bfileinput\.input\(\s*\\?['\"](?P<path>[^'\"\\\n]+)\\?['\"]")
# ``if line... == "old":`` then ``line = "new"``: the loop swaps one line for another.
_LINE_SWAP = re.compile(
    r"==\s*(?P<q>['\"])(?P<old>(?:(?!(?P=q)).)+)(?P=q)\s*:\s*\n\s*(?P<var>\w+)\s*=\s*"
    r"(?P<r>['\"])(?P<new>(?:(?!(?P=r)).)*)(?P=r)"
)
_SET_CONTENT = re.compile(
    r"\bSet-Content\s+(?:-Path\s+)?(?P<pq>['\"]?)(?P<path>[^'\"\s]+)(?P=pq)\s+-Value\s+"
    r"(?:\$(?P<var>\w+)|'(?P<single>[^']*)'|\"(?P<double>[^\"]*)\")",
    re.IGNORECASE,
)


def _literal(pattern: str) -> str:
    """The text a simple line-address regex matches: anchors and escapes dropped."""
    return re.sub(r"\\(.)", r"\1", pattern.strip("^$"))


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace('\\"', '"')


def _ed_edits(path: str, body: str) -> Iterator[ScriptEdit]:
    lines = body.split("\n")
    at = 0
    while at < len(lines):
        line = lines[at].strip()
        at += 1
        insert = _ED_INSERT.match(line)
        if insert and line not in ("w", "q", "wq"):
            added = []
            while at < len(lines) and lines[at] != ".":
                added.append(lines[at])
                at += 1
            at += 1
            text = "\n".join(added)
            anchor = _REGEX_ADDRESS.search(insert.group("addr"))
            if anchor is None:
                yield ("file", text, path, "")
                continue
            old = _literal(anchor.group("re"))
            new = {"a": f"{old}\n{text}", "i": f"{text}\n{old}"}.get(insert.group("op"), text)
            yield ("edit", new, path, old)
            continue
        sub = _ED_SUB.match(line)
        if sub:
            yield ("edit", sub.group("new"), path, sub.group("old"))
            continue
        delete = _ED_DELETE.match(line)
        anchor = _REGEX_ADDRESS.search(delete.group("addr")) if delete else None
        if anchor is not None:
            yield ("edit", "", path, _literal(anchor.group("re")))


def script_edits(command: str) -> Iterator[ScriptEdit]:
    """The edits ``command`` makes through ``ed``, ``awk -i inplace`` or ``Set-Content``."""
    if "ed " in command and "<<" in command:
        for match in _ED.finditer(command):
            yield from _ed_edits(match.group("path"), match.group("body"))
    if "inplace" in command:
        for match in _AWK_INPLACE.finditer(command):
            for printed in _AWK_PRINT_AT.finditer(match.group("prog")):
                old = _literal(printed.group("re"))
                new = f"{_unescape(printed.group('text'))}\n{old}"
                yield ("edit", new, match.group("path"), old)
    if "Set-Content" in command or "set-content" in command:
        for match in _SET_CONTENT.finditer(command):
            value = match.group("single") or match.group("double")
            if match.group("var"):
                assigned = re.search(
                    r"\$" + match.group("var") + r"\s*=\s*@(['\"])\n(?P<body>.*?)\n\1@",
                    command,
                    re.DOTALL,
                )
                value = assigned.group("body") if assigned else None
            if value is not None:
                yield ("file", value, match.group("path"), "")


def fileinput_edits(body: str) -> Iterator[ScriptEdit]:
    """A ``fileinput.input(f, inplace=True)`` loop's line swaps, as edits of ``f``."""
    if "inplace" not in body:
        return
    path = FILEINPUT.search(body)
    for match in _LINE_SWAP.finditer(body):
        yield ("edit", _unescape(match.group("new")), path.group("path") if path else None,
               match.group("old"))  # fmt: skip
