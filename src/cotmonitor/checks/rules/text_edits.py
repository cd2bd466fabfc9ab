"""Edits written out in an answer's text: SEARCH/REPLACE blocks and editor-tool JSON.

Some agents answer with their edits as text rather than as tool calls: a path line, then a
``<<<<<<< SEARCH`` / ``=======`` / ``>>>>>>> REPLACE`` block (Aider's format), or the JSON an
editor tool would take (``{"command": "str_replace", "path": ..., "old_str": ...,
"new_str": ...}``). Each is read as the edit of that file, as a tool call would be.

.. versionadded:: 0.5.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

TextEdit = tuple[str, str, str | None, str]
"""(kind, new text, path, old text): ``edit``, or ``file`` for a file created."""

_SEARCH_REPLACE = re.compile(
    r"(?:^(?P<path>[\w./-]+\.\w+)[ \t]*\n(?:[ \t]*(?:```|~~~)[^\n]*\n)?)?"
    r"^<{7}[ \t]*SEARCH[ \t]*\n(?P<old>.*?)^={7}[ \t]*\n(?P<new>.*?)^>{7}[ \t]*REPLACE",
    re.MULTILINE | re.DOTALL,
)
_EDITOR_JSON = re.compile(r"\{\s*\"(?:command|path|file_path)\"\s*:")
_OLD_KEYS = ("old_str", "old_string", "old_text")
_NEW_KEYS = ("new_str", "new_string", "new_text", "file_text", "content")
_PATH_KEYS = ("path", "file_path")


def _first(found: dict[str, object], keys: tuple[str, ...]) -> str:
    return next((v for k in keys if isinstance(v := found.get(k), str) and v), "")


def text_edits(output: str) -> Iterator[TextEdit]:
    """The edits ``output`` spells out as SEARCH/REPLACE blocks or editor-tool JSON."""
    if "SEARCH" in output:
        path = None
        for match in _SEARCH_REPLACE.finditer(output):
            path = match.group("path") or path
            yield ("edit", match.group("new").rstrip("\n"), path, match.group("old").rstrip("\n"))
    if "_str" not in output and "file_text" not in output and "_string" not in output:
        return
    decoder = json.JSONDecoder()
    for match in _EDITOR_JSON.finditer(output):
        try:
            found, _ = decoder.raw_decode(output, match.start())
        except ValueError:
            continue
        if not isinstance(found, dict):
            continue
        path = _first(found, _PATH_KEYS) or None
        old, new = _first(found, _OLD_KEYS), _first(found, _NEW_KEYS)
        if old:
            yield ("edit", new, path, old)
        elif new and path:
            yield ("file", new, path, "")
