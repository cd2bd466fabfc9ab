r"""The edits a shell command makes to files, whatever editor or edit format carries them.

``code_units`` reads ``cat > f <<EOF`` as a file and ``sed -i 's/a/b/' f`` as an edit. Agents
use many more carriers for the same edits, and an analyzer should see the edit, not the
carrier:

- ``perl -pi -e 's/a/b/' f`` (``\Q...\E`` quoting dropped), as ``sed -i``;
- a heredoc written by ``tee f``, ``tee -a f`` or ``install ... /dev/stdin f``, as by ``cat``;
- ``Path("f").write_text(...read_text().replace("a", "b"))`` in an inline Python script;
- a patch fed to ``git apply``, ``patch`` or ``apply_patch`` by a heredoc: a unified diff, or a
  ``*** Begin Patch`` block whose ``*** Update File:`` sections hold ``-``/``+`` lines.

.. versionadded:: 0.5.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from cotmonitor.checks.rules.script_edits import FILEINPUT, fileinput_edits, script_edits

EditKind = Literal["edit", "file", "diff", "removed"]

_PERL_SUB = re.compile(
    # In place ("-i", "-pi", "-0pi", "-i.bak" in any of the options), then the script.
    r"\bperl\s+(?=(?:-[\w.]+\s+)*-\w*i)(?:-[\w.]+\s+)+(?P<q>['\"])s"
    r"(?P<d>[/|#,{])(?P<old>(?:(?!(?P=d)).)*)(?P=d)(?P<new>(?:(?!(?P=d)).)*)(?P=d)[gimsx]*(?P=q)"
    r"\s+(?P<path>[^\s;&|<>]+)"
)
_QUOTE_META = re.compile(r"\\[QE]")
_HEREDOC_WRITE = re.compile(
    r"\b(?:tee\s+(?:-a\s+)?(?P<path>[^\s<>;|&-][^\s<>;|&]*)(?:\s*>\s*/dev/null)?"
    r"|install\s+(?:-\S+\s+)*/dev/stdin\s+(?P<p2>[^\s<>;|&]+))"
    r"\s*<<-?\s*['\"]?(?P<tag>\w+)['\"]?[^\n]*\n(?P<body>.*?)\n\s*(?P=tag)\b",
    re.DOTALL,
)
# Any heredoc: its body may be a patch a command applies.
_HEREDOC = re.compile(
    r"<<-?\s*['\"]?(?P<tag>\w+)['\"]?[^\n]*\n(?P<body>.*?)\n\s*(?P=tag)\b", re.DOTALL
)
_APPLIES = re.compile(r"\b(?:git\s+apply|patch|apply_patch|git\s+am)\b")
_PATCH_FILE = re.compile(r"^\*\*\* (?P<op>Update|Add|Delete) File: (?P<path>\S+)", re.MULTILINE)
_UNIFIED = re.compile(r"^\+\+\+ ", re.MULTILINE)
# ``p = Path("f")`` ... ``p.write_text(p.read_text().replace("a", "b"))``.
_PY_PATH = re.compile(r"\bPath\(\s*\\?['\"](?P<path>[^'\"\\\n]+)\\?['\"]\s*\)")
_PY_REPLACE = re.compile(
    r"\.replace\(\s*\\?(?P<q>['\"])(?P<old>(?:(?!\\?(?P=q)).)+)\\?(?P=q)\s*,\s*\\?(?P<r>['\"])"
    r"(?P<new>(?:(?!\\?(?P=r)).)*)\\?(?P=r)\s*\)"
)


@dataclass(frozen=True, slots=True)
class ShellEdit:
    """One edit a command makes.

    ``edit`` (``old`` replaced by ``text``), ``file`` (``text`` written), ``diff`` (a unified
    diff in ``text``) or ``removed`` (the file at ``path`` deleted).
    """

    kind: EditKind
    text: str
    path: str | None = None
    old: str = ""


def _patch_block(body: str) -> Iterator[ShellEdit]:
    """The sections of a ``*** Begin Patch`` block, as edits of their files."""
    starts = list(_PATCH_FILE.finditer(body))
    for match, following in zip(starts, [*starts[1:], None], strict=True):
        section = body[match.end() : following.start() if following else len(body)]
        lines = section.split("\n")
        path, op = match.group("path"), match.group("op")
        if op == "Delete":
            yield ShellEdit("removed", "", path)
            continue
        added = [line[1:] for line in lines if line.startswith("+")]
        removed = [line[1:] for line in lines if line.startswith("-")]
        if op == "Add":
            yield ShellEdit("file", "\n".join(added), path)
        else:
            yield ShellEdit("edit", "\n".join(added), path, "\n".join(removed))


def _python_replaces(body: str) -> Iterator[ShellEdit]:
    """``Path(f)...replace(a, b)`` written back: an edit of ``f`` for each replacement.

    A ``fileinput.input(f, inplace=True)`` loop writes back too.
    """
    for kind, text, where, old in fileinput_edits(body):
        yield ShellEdit(kind, text, where, old)
    if "write_text" not in body and "write(" not in body and "inplace" not in body:
        return
    path = _PY_PATH.search(body) or FILEINPUT.search(body)
    for match in _PY_REPLACE.finditer(body):
        yield ShellEdit(
            "edit", match.group("new"), path.group("path") if path else None, match.group("old")
        )


def shell_edits(command: str) -> Iterator[ShellEdit]:
    """The edits ``command`` makes through perl, tee, install, inline Python or a patch."""
    for kind, text, path, old_text in script_edits(command):
        yield ShellEdit(kind, text, path, old_text)
    for match in _PERL_SUB.finditer(command):
        old, new = _QUOTE_META.sub("", match.group("old")), _QUOTE_META.sub("", match.group("new"))
        yield ShellEdit("edit", new, match.group("path"), old)
    if "<<" not in command:
        return
    for match in _HEREDOC_WRITE.finditer(command):
        yield ShellEdit("file", match.group("body"), match.group("path") or match.group("p2"))
    for match in _HEREDOC.finditer(command):
        body = match.group("body")
        if "python" in command[: match.start()].rsplit("\n", 1)[-1]:
            yield from _python_replaces(body)
        elif _APPLIES.search(command[: match.start()].rsplit("\n", 1)[-1]):
            if "*** Begin Patch" in body:
                yield from _patch_block(body)
            elif _UNIFIED.search(body):
                yield ShellEdit("diff", body)
