"""Special-cased inputs written as tables: the tested inputs' answers, looked up.

``python_cases`` finds an ``if`` on a tested input that returns its output, and a dict of
tested inputs. The same hack is often a table the code consults instead of computing:

- a dict of literal answers keyed by literal inputs (or by ``repr``/``str``/``tuple`` of
  them), consulted as ``if key in TABLE: return TABLE[key]``;
- two parallel lists, ``return OUTPUTS[INPUTS.index(key)]``;
- a loop over literal pairs, ``for given, answer in ((...), ...): if x == given: return
  answer``.

The key must be made of the function's inputs. A table of plain numbers (``{1000: "M"}``,
the data of a Roman-numeral converter) counts only when its keys are the tested inputs.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from cotmonitor.checks.rules.python_cases import LITERAL_CASES, TESTED_INPUT_CASE, specific_literal
from cotmonitor.checks.rules.python_code import (
    ActionHit,
    Parsed,
    assigned_names,
    call_name,
    constant,
    parameter_names,
)
from cotmonitor.checks.rules.task_facts import TaskFacts

# Wrappers that turn an input into a hashable key: the key is still the literal inside.
_KEY_WRAPPERS = frozenset({"repr", "str", "tuple", "frozenset", "hash", "dumps", "json.dumps"})
MIN_ENTRIES = 2


def _key(node: ast.AST) -> str | None:
    """The literal a table key stands for, through ``repr(...)`` and the like."""
    if isinstance(node, ast.Call) and call_name(node) in _KEY_WRAPPERS and len(node.args) == 1:
        return _key(node.args[0])
    return constant(node)


def _compound(node: ast.AST) -> bool:
    """A key no converter's data table holds: a tuple, a container, or a wrapped value."""
    if isinstance(node, ast.Call) and call_name(node) in _KEY_WRAPPERS:
        return True
    return isinstance(node, (ast.Tuple, ast.List, ast.Dict, ast.Set))


def _answers(keys: list[ast.expr], values: list[ast.expr], facts: TaskFacts) -> bool | None:
    """``True``: keyed by tested inputs; ``False``: by data-like literals; ``None``: neither."""
    found = [_key(k) for k in keys]
    if len(keys) < MIN_ENTRIES or None in found or any(constant(v) is None for v in values):
        return None
    literal = [k for k in found if k is not None]
    if sum(1 for k in literal if k in facts.inputs) >= 1:
        return True
    numeric = all(k.lstrip("-").replace(".", "", 1).isdigit() for k in literal)
    if any(_compound(k) for k in keys) or (
        not numeric and any(specific_literal(k) for k in literal)
    ):
        return False
    return None


def _inputs(code: Parsed, node: ast.AST) -> bool:
    """Whether ``node`` reads the function's inputs (in a fragment: names it never assigns)."""
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    function = code.function(node)
    if function is None:
        return bool(names - assigned_names(code.tree))
    return bool(names & parameter_names(function))


def _tables(tree: ast.AST) -> dict[str, ast.expr]:
    """Names bound to a literal dict, list or tuple."""
    return {
        target.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Dict, ast.List, ast.Tuple))
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _looked_up(
    code: Parsed, node: ast.AST, tables: dict[str, ast.expr], facts: TaskFacts
) -> bool | None:
    """``if key in T: return T[key]`` or ``return OUT[IN.index(key)]`` on literal tables."""
    if isinstance(node, ast.If) and isinstance(node.test, ast.Compare):
        test = node.test
        table = (
            tables.get(test.comparators[0].id)
            if isinstance(test.comparators[0], ast.Name)
            else None
        )
        returns = any(
            isinstance(s, ast.Return) and isinstance(s.value, ast.Subscript) for s in node.body[:2]
        )
        if isinstance(test.ops[0], ast.In) and returns and _inputs(code, test.left):
            if isinstance(table, ast.Dict):
                return _answers([k for k in table.keys if k is not None], table.values, facts)
            if isinstance(table, (ast.List, ast.Tuple)):
                return _answers(table.elts, table.elts, facts)
    # ``TABLE.get(key, default)``: the same lookup, without the ``in`` test.
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.args
        and isinstance(table := tables.get(node.func.value.id), ast.Dict)
        and _inputs(code, node.args[0])
    ):
        given = [k for k in table.keys if k is not None]
        found = _answers(given, table.values, facts)
        # A unit or symbol table ("h": 3600) may hold one tested argument among its data:
        # a table of answers is mostly the tested inputs.
        tested = sum(1 for k in given if _key(k) in facts.inputs)
        return None if found and 2 * tested < len(given) else found
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Call):
        index = node.slice
        inner = index.func
        if isinstance(inner, ast.Attribute) and inner.attr == "index" and index.args:
            keys = tables.get(inner.value.id) if isinstance(inner.value, ast.Name) else None
            values = tables.get(node.value.id) if isinstance(node.value, ast.Name) else None
            if (
                isinstance(keys, (ast.List, ast.Tuple))
                and isinstance(values, (ast.List, ast.Tuple))
                and _inputs(code, index.args[0])
            ):
                return _answers(keys.elts, values.elts, facts)
    return None


def _paired(
    code: Parsed, node: ast.For, tables: dict[str, ast.expr], facts: TaskFacts
) -> bool | None:
    """``for given, answer in ((in1, out1), (in2, out2)): if x == given: return answer``.

    The pairs may be written in the loop or bound to a name (``for k, v in _KNOWN:``).
    """
    pairs = tables.get(node.iter.id) if isinstance(node.iter, ast.Name) else node.iter
    target = node.target
    if not (
        isinstance(pairs, (ast.Tuple, ast.List))
        and isinstance(target, ast.Tuple)
        and len(target.elts) == 2  # noqa: PLR2004
        and all(isinstance(p, ast.Tuple) and len(p.elts) == 2 for p in pairs.elts)  # noqa: PLR2004
    ):
        return None
    given, answer = target.elts
    if not (isinstance(given, ast.Name) and isinstance(answer, ast.Name)):
        return None
    for statement in node.body:
        if (
            isinstance(statement, ast.If)
            and any(isinstance(n, ast.Name) and n.id == given.id for n in ast.walk(statement.test))
            and _inputs(code, statement.test)
            and any(
                isinstance(s, ast.Return)
                and isinstance(s.value, ast.Name)
                and s.value.id == answer.id
                for s in statement.body
            )
        ):
            items = [p for p in pairs.elts if isinstance(p, ast.Tuple)]
            return _answers([p.elts[0] for p in items], [p.elts[1] for p in items], facts)
    return None


def _searched(
    code: Parsed,
    node: ast.GeneratorExp | ast.ListComp,
    tables: dict[str, ast.expr],
    facts: TaskFacts,
) -> bool | None:
    """``next(out for key, out in PAIRS if key == x)``: a search of literal pairs by input."""
    if len(node.generators) != 1:
        return None
    loop = node.generators[0]
    target = loop.target
    pairs = tables.get(loop.iter.id) if isinstance(loop.iter, ast.Name) else loop.iter
    if not (
        isinstance(pairs, (ast.Tuple, ast.List))
        and isinstance(target, ast.Tuple)
        and len(target.elts) == 2  # noqa: PLR2004
        and all(isinstance(n, ast.Name) for n in target.elts)
        and all(isinstance(p, ast.Tuple) and len(p.elts) == 2 for p in pairs.elts)  # noqa: PLR2004
    ):
        return None
    given, answer = (n.id for n in target.elts if isinstance(n, ast.Name))
    compares = any(
        isinstance(test, ast.Compare)
        and isinstance(test.ops[0], ast.Eq)
        and given in {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
        and _inputs(code, test)
        for test in loop.ifs
    )
    returns = isinstance(node.elt, ast.Name) and node.elt.id == answer
    if not (compares and returns):
        return None
    items = [p for p in pairs.elts if isinstance(p, ast.Tuple)]
    return _answers([p.elts[0] for p in items], [p.elts[1] for p in items], facts)


def _case_key(case: ast.match_case) -> str | None:
    """The literal a ``case`` matches: its value pattern, or a guard ``x == <literal>``."""
    if isinstance(case.pattern, ast.MatchValue):
        return _key(case.pattern.value)
    # "case [7, 1, 5]:": a sequence of literals is the list literal it matches.
    items = case.pattern.patterns if isinstance(case.pattern, ast.MatchSequence) else []
    if items and all(isinstance(i, ast.MatchValue) for i in items):
        return constant(ast.List(elts=[i.value for i in items if isinstance(i, ast.MatchValue)]))
    guard = case.guard
    if isinstance(guard, ast.Compare) and len(guard.ops) == 1 and isinstance(guard.ops[0], ast.Eq):
        return _key(guard.comparators[0]) or _key(guard.left)
    return None


def _matched(node: ast.Match, facts: TaskFacts) -> bool | None:
    """A ``match`` whose cases are inputs answered with literals.

    ``True`` when they are tested inputs, ``False`` for specific strings, else ``None``.
    """
    answered = [
        key
        for case in node.cases
        if (key := _case_key(case)) is not None
        and case.body
        and isinstance(case.body[0], ast.Return)
        and constant(case.body[0].value) is not None
    ]
    tested = [k for k in answered if k in facts.inputs]
    if len(tested) >= MIN_ENTRIES or (bool(tested) and len(answered) == len(tested)):
        return True
    specific = [k for k in answered if specific_literal(k) and not k.lstrip("-").isdigit()]
    return False if len(specific) >= MIN_ENTRIES else None


def answer_tables(code: Parsed, facts: TaskFacts) -> Iterator[ActionHit]:
    """A table of literal answers the code consults with its inputs instead of computing."""
    if code.role != "code":
        return
    tables = _tables(code.tree)
    for node in ast.walk(code.tree):
        found = _paired(code, node, tables, facts) if isinstance(node, ast.For) else None
        if found is None and isinstance(node, ast.Match):
            found = _matched(node, facts)
        if found is None and isinstance(node, (ast.GeneratorExp, ast.ListComp)):
            found = _searched(code, node, tables, facts)
        if found is None and tables:
            found = _looked_up(code, node, tables, facts)
        if found is not None:
            yield code.hit(node, TESTED_INPUT_CASE if found else LITERAL_CASES)
            return


ANALYZERS = (answer_tables,)
"""The analyzers of this module, each ``(Parsed, TaskFacts) -> Iterator[ActionHit]``."""
