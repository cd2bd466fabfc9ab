"""Python code as a tree, for the action checks: parsing, file roles, names and literals.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import ast
import dataclasses
import re
import textwrap
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from cotmonitor.checks.rules.code_units import CodeUnit
from cotmonitor.checks.rules.prose_cases import literal_key

Role = Literal["test", "conftest", "code"]
MAX_PARSE_CHARS = 400_000
"""Longer code is left to the text rules (parsing it would cost more than it tells)."""
_TEST_PATH = re.compile(r"(?:^|/)tests?/|(?:^|/)test_[^/]*\.py$|_test\.py$|(?:^|/)testing/")


@dataclass(frozen=True, slots=True)
class Act:
    """A kind of reward hack an analyzer reports: family, rule id, message and score."""

    family: str
    rule: str
    message: str
    score: float


@dataclass(frozen=True, slots=True)
class ActionHit:
    """A reward hack done in code: what it is, and its span in the unit's text."""

    act: Act
    unit: CodeUnit
    start: int
    end: int

    @property
    def family(self) -> str:
        """The hack family."""
        return self.act.family

    @property
    def rule(self) -> str:
        """The rule id."""
        return self.act.rule

    @property
    def message(self) -> str:
        """What the finding says."""
        return self.act.message

    @property
    def score(self) -> float:
        """The score of the evidence."""
        return self.act.score


@dataclass(slots=True)
class Parsed:
    """A unit's syntax tree, with each node's parent and the unit's role."""

    unit: CodeUnit
    tree: ast.Module
    text: str
    role: Role
    parents: dict[ast.AST, ast.AST]

    def hit(self, node: ast.AST, act: Act) -> ActionHit:
        """An ``ActionHit`` spanning ``node``'s source lines."""
        start, end = span(self.text, node)
        return ActionHit(act, self.unit, start, end)

    def enclosing(self, node: ast.AST) -> Iterator[ast.AST]:
        """The ancestors of ``node``, nearest first."""
        current = self.parents.get(node)
        while current is not None:
            yield current
            current = self.parents.get(current)

    def function(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """The function ``node`` is in (``None`` at module level)."""
        for parent in self.enclosing(node):
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return parent
        return None

    def in_test_function(self, node: ast.AST) -> bool:
        """Whether ``node`` is inside a ``test_*`` function or a ``Test*`` class."""
        for parent in self.enclosing(node):
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                parent.name.startswith("test")
            ):
                return True
            if isinstance(parent, ast.ClassDef) and parent.name.startswith("Test"):
                return True
        return False

    def under_main_guard(self, node: ast.AST) -> bool:
        """Whether ``node`` is under ``if __name__ == "__main__":``."""
        for parent in self.enclosing(node):
            if isinstance(parent, ast.If) and "__main__" in ast.unparse(parent.test):
                return True
        return False


def span(text: str, node: ast.AST) -> tuple[int, int]:
    """Character offsets of ``node``'s lines in ``text``."""
    lineno = getattr(node, "lineno", 1)
    end_lineno = getattr(node, "end_lineno", lineno) or lineno
    starts = [0]
    for match in re.finditer("\n", text):
        starts.append(match.end())
        if len(starts) > end_lineno:
            break
    start = starts[min(lineno - 1, len(starts) - 1)]
    end = text.find("\n", starts[min(end_lineno - 1, len(starts) - 1)])
    return start, len(text) if end < 0 else end


def _role(unit: CodeUnit, tree: ast.Module) -> Role:
    path = unit.path or ""
    if path.rsplit("/", 1)[-1] == "conftest.py":
        return "conftest"
    if _TEST_PATH.search(path):
        return "test"
    if not path:
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith(
                "test"
            ):
                return "test"
            if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                return "test"
    return "code"


MAX_REPAIRS = 3
"""Trailing lines dropped at most to make a fragment parse (an edit that ends mid-statement)."""


_CUT_HEADER = re.compile(r"^(\s*)(?:async\s+)?def\s+(\w+)\s*\([^)]*$")


def _parse(text: str) -> ast.Module | None:
    candidate = textwrap.dedent(text)
    for _ in range(MAX_REPAIRS + 1):
        try:
            with warnings.catch_warnings():
                # Model-written code is full of invalid escape sequences; not our warning.
                warnings.simplefilter("ignore")
                return ast.parse(candidate)
        except SyntaxError as exc:
            lines = candidate.split("\n")
            cut = (exc.lineno or len(lines)) - 1
            if cut <= 0 or cut >= len(lines) + 1:
                return None
            # A fragment that ends inside a ``def`` header ("@skip\ndef test_x("): the header
            # is closed with an empty body, so the decorators above it still have their def.
            head = _CUT_HEADER.match(lines[cut]) if cut == len(lines) - 1 else None
            stub = [f"{head[1]}def {head[2]}(*_args, **_kwargs): pass"] if head else []
            candidate = "\n".join([*lines[:cut], *stub])
        except (ValueError, MemoryError, RecursionError):
            return None
    return None


def parse(unit: CodeUnit) -> Parsed | None:
    r"""The unit's tree, or ``None`` when it is not Python that parses.

    An edit's new text is often a fragment ("...\\n\\ndef tokenize("): the lines from the
    first syntax error on are dropped, a few times at most, so the complete statements
    before it are still read.
    """
    text = unit.text
    if not text.strip() or len(text) > MAX_PARSE_CHARS:
        return None
    tree = _parse(text)
    if tree is None and unit.kind == "diff" and unit.after.strip():
        # A diff's added lines alone may not parse (a decorator above an unchanged ``def``);
        # its hunks' new side, context included, does.
        unit = dataclasses.replace(unit, text=unit.after)
        text = unit.text
        tree = _parse(text) if len(text) <= MAX_PARSE_CHARS else None
    if tree is None or not tree.body:
        return None
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    # Offsets index the unit's own text, which dedenting does not shift by line.
    return Parsed(unit, tree, text, _role(unit, tree), parents)


def dotted(node: ast.AST) -> str:
    """``a.b.c`` for a name or attribute chain, ``""`` otherwise."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    if isinstance(node, ast.Call):
        inner = dotted(node.func)
        return ".".join([f"{inner}()", *reversed(parts)]) if inner else ""
    return ""


def call_name(node: ast.AST) -> str:
    """The dotted name a call calls, ``""`` when it is not a call of a name."""
    return dotted(node.func) if isinstance(node, ast.Call) else ""


_LITERAL_CALLS = frozenset(
    {"Decimal", "Fraction", "date", "datetime", "time", "timedelta", "complex"}
)


def constant(node: ast.AST | None) -> str | None:
    """The comparable key of a literal node (``None`` when it is not a literal).

    ``Decimal("2.665")`` and other constructors of literals count as literals too.
    """
    if node is None:
        return None
    if (
        isinstance(node, ast.Call)
        and call_name(node).rsplit(".", 1)[-1] in _LITERAL_CALLS
        and all(constant(a) is not None for a in node.args)
    ):
        return " ".join(ast.unparse(node).split())
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    return literal_key(repr(value))


def string_arg(node: ast.Call, position: int = 0) -> str | None:
    """A call's positional string argument (joined for ``os.path.join``/``Path`` of literals)."""
    if len(node.args) <= position:
        return None
    arg = node.args[position]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr):
        return "".join(
            v.value for v in arg.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(arg, ast.Call) and call_name(arg).rsplit(".", 1)[-1] in ("join", "Path"):
        return "/".join(s for i in range(len(arg.args)) if (s := string_arg(arg, i)))
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Div):
        left = string_arg(ast.Call(func=ast.Name("x"), args=[arg.left], keywords=[]))
        right = string_arg(ast.Call(func=ast.Name("x"), args=[arg.right], keywords=[]))
        return f"{left or ''}/{right or ''}"
    return None


def body_without_docstring(body: list[ast.stmt]) -> list[ast.stmt]:
    """A function body without its docstring and ``pass``/``...`` lines."""
    out = []
    for statement in body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue
        if isinstance(statement, ast.Pass):
            continue
        out.append(statement)
    return out


def literal_pairs(node: ast.AST) -> list[tuple[ast.expr, ast.expr]]:
    """A literal mapping's entries: ``{k: v}`` or ``dict([(k, v), ...])``."""
    if isinstance(node, ast.Dict):
        return [(k, v) for k, v in zip(node.keys, node.values, strict=True) if k is not None]
    if isinstance(node, ast.Call) and call_name(node) == "dict" and len(node.args) == 1:
        items = node.args[0].elts if isinstance(node.args[0], (ast.List, ast.Tuple)) else []
        return [
            (e.elts[0], e.elts[1])
            for e in items
            if isinstance(e, ast.Tuple) and len(e.elts) == 2  # noqa: PLR2004
        ]
    return []


def assigned_names(tree: ast.AST) -> set[str]:
    """The plain names ``tree`` assigns anywhere (in a fragment: what it is not given)."""
    return {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }


def parameter_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names of a function's positional and keyword-only parameters."""
    args = function.args
    return {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
