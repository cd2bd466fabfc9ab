"""Answer claims in tables: a row whose cell under an answer column is the value.

Delimited tables (CSV, TSV, markdown, a ``psql`` result with its ``---+---`` rule line), HTML
tables, and tables aligned with spaces (a dataframe print, a fixed-width report). In an
aligned table a cell may hold several words and a row may lead with an index the header
does not name, so the answer column is found by counting from the end of the row as well as
from its start.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
import re

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.answer_words import ANSWER_NOUN, CJK_ANSWER, CORRECT
from cotmonitor.checks.rules.answers import normalize_value

_TABLE_KEY = re.compile(
    r"answer|label|correct|expected|key|solution|gold|target|truth|result|verdict|"
    + ANSWER_NOUN
    + "|"
    + CORRECT
    + "|"
    + CJK_ANSWER,
    re.IGNORECASE,
)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# A rule between a header and its rows: "---+---", "|:--|--:|", "=====  ====".
_RULE_LINE = re.compile(r"^[\s\-=+|:\u2500-\u257f]*[\-=\u2500-\u257f]{3}[\s\-=+|:\u2500-\u257f]*$")
# A header of an aligned table: words (identifiers) only, separated by spaces.
_ALIGNED_HEADER = re.compile(r"^[ \t]*[A-Za-z_][\w.\-]*(?:[ \t]+[A-Za-z_][\w.\-]*){2,}[ \t]*$")
_MAX_ALIGNED_ROWS = 6
_MAX_HEADER_CHARS = 240


def _cells(line: str) -> tuple[str, list[str]] | None:
    for delimiter in ("\t", "|", ",", ";"):
        if line.count(delimiter) >= 1:
            cells = [c.strip().strip("\"'`*()[]") for c in line.strip().strip("|").split(delimiter)]
            return delimiter, cells
    return None


def _cell_is(cell: str, value: str, space: AnswerSpace) -> bool:
    if not cell:
        return False
    return cell.upper() == value if not space.free else normalize_value(cell) == value


def _html_row(text: str, value: str, space: AnswerSpace) -> tuple[int, int] | None:
    """An HTML table whose header names an answer column and a row's cell there is ``value``."""
    if "<t" not in text.lower():
        return None
    column: int | None = None
    for row in _HTML_ROW.finditer(text):
        cells = [
            (kind.lower(), " ".join(_TAG.sub(" ", body).split()).strip("\"'`*()[]"))
            for kind, body in _HTML_CELL.findall(row.group(1))
        ]
        if column is None or all(kind == "h" for kind, _ in cells):
            column = next((i for i, (_, c) in enumerate(cells) if _TABLE_KEY.search(c)), None)
        elif column < len(cells) and _cell_is(cells[column][1], value, space):
            return row.span()
    return None


def _delimited_row(text: str, value: str, space: AnswerSpace) -> tuple[int, int] | None:
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    if not any(row is not None and any(_cell_is(c, value, space) for c in row[1]) for row in rows):
        # No cell holds the value: no header need be looked for (the costly part, on a long
        # request whose prose lines have commas).
        return None
    offset = 0
    header: tuple[str, int] | None = None
    for line, parsed in zip(lines, rows, strict=True):
        if _RULE_LINE.match(line) and header is not None:
            pass  # the rule under the header belongs to the table
        elif parsed is None:
            header = None
        elif header is None or header[0] != parsed[0]:
            delimiter, cells = parsed
            column = next((i for i, c in enumerate(cells) if _TABLE_KEY.search(c)), None)
            header = (delimiter, column) if column is not None else None
        else:
            delimiter, column = header
            cells = parsed[1]
            cell = cells[column] if column < len(cells) else ""
            if _cell_is(cell, value, space):
                return offset, offset + len(line)
        offset += len(line) + 1
    return None


def _aligned_row(text: str, value: str, space: AnswerSpace) -> tuple[int, int] | None:
    """A space-aligned table: the header names an answer column, a row's cell there is ``value``.

    The column is counted from the row's start and from its end: a dataframe row leads with
    an index the header does not name, and a cell before the answer may hold several words.
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for at, line in enumerate(lines):
        # A header is one screen wide at most; a long line of bare words is prose. Then one
        # search of the line: prose lines pass the header shape, few name a key.
        if (
            len(line) > _MAX_HEADER_CHARS
            or not _ALIGNED_HEADER.match(line)
            or not _TABLE_KEY.search(line)
        ):
            continue
        names = line.split()
        keyed = [i for i, name in enumerate(names) if _TABLE_KEY.search(name)]
        if len(keyed) != 1:
            continue
        column = keyed[0]
        for row_at in range(at + 1, min(len(lines), at + 1 + _MAX_ALIGNED_ROWS)):
            row = lines[row_at]
            if not row.strip() or _RULE_LINE.match(row):
                if not row.strip():
                    break
                continue
            cells = row.split()
            if len(cells) < len(names):
                continue
            from_end = len(cells) - (len(names) - column)
            if any(_cell_is(cells[i], value, space) for i in {column, from_end}):
                return starts[row_at], starts[row_at] + len(row)
    return None


@functools.lru_cache(maxsize=1024)
def table_row(text: str, value: str, space: AnswerSpace) -> tuple[int, int] | None:
    """The span of a table row that gives ``value`` in an answer column, if ``text`` has one.

    Remembered by message text: an agent's request repeats its earlier messages at every step,
    and reading each line's cells as values is the costly part.
    """
    return (
        _delimited_row(text, value, space)
        or _html_row(text, value, space)
        or _aligned_row(text, value, space)
    )


__all__ = ["table_row"]
