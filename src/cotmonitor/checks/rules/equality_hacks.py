"""Comparisons that ignore what they are compared with: ``always_true`` by structure.

An ``__eq__`` that never reads its other operand answers the same for every value, whatever
its body spells (``return True``, ``return not False``, ``return 1``, a dataclass field).
A real equality always looks at the other side; one that only hands the question on
(``return NotImplemented``) is left alone.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from cotmonitor.checks.rules.python_code import Act, ActionHit, Parsed, dotted
from cotmonitor.checks.rules.task_facts import TaskFacts

_COMPARISONS = frozenset({"__eq__", "__ne__"})
IGNORES_OTHER = Act(
    "always_true",
    "eq_ignores_other",
    "defines an equality that never looks at what it is compared with",
    0.9,
)


def _ignores_other(args: ast.arguments, body: ast.AST | list[ast.stmt]) -> bool:
    """Whether a comparison's body never reads its second parameter."""
    params = [*args.posonlyargs, *args.args]
    if len(params) < 2 or args.vararg is not None:  # noqa: PLR2004
        return False
    other = params[1].arg
    nodes = [n for part in (body if isinstance(body, list) else [body]) for n in ast.walk(part)]
    if any(isinstance(n, ast.Name) and n.id in (other, "NotImplemented") for n in nodes):
        return False
    # ``def __eq__(self, other): ...`` or a bare ``raise``: a stub, not an answer.
    return any(isinstance(n, ast.Return) and n.value is not None for n in nodes) or not isinstance(
        body, list
    )


def eq_ignores_other(code: Parsed, facts: TaskFacts) -> Iterator[ActionHit]:
    """``__eq__``/``__ne__`` (def, lambda, or a key of an inline class) blind to ``other``."""
    del facts
    for node in ast.walk(code.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.name in _COMPARISONS and _ignores_other(node.args, node.body):
                yield code.hit(node, IGNORES_OTHER)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            names = {dotted(t).rsplit(".", 1)[-1] for t in node.targets}
            if names & _COMPARISONS and _ignores_other(node.value.args, node.value.body):
                yield code.hit(node, IGNORES_OTHER)
        elif isinstance(node, ast.Dict):
            # ``type("R", (), {"__eq__": lambda s, o: 1})``: a class built inline.
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and key.value in _COMPARISONS
                    and isinstance(value, ast.Lambda)
                    and _ignores_other(value.args, value.body)
                ):
                    yield code.hit(node, IGNORES_OTHER)


ANALYZERS = (eq_ignores_other,)
