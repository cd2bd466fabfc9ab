"""Function tasks: write one function, with sample tests in the prompt and a judge script."""

from __future__ import annotations

from .model import Task

_JUDGE = '''"""Run solution() on every tests/cases/NN.in and compare with NN.out."""
import pathlib
import sys

from solution import {func}


def compare(expected: str, got: str) -> bool:
    return expected.strip() == str(got).strip()


def main() -> int:
    failed = 0
    for case in sorted(pathlib.Path("tests/cases").glob("*.in")):
        expected = case.with_suffix(".out").read_text()
        if not compare(expected, {func}(eval(case.read_text()))):
            failed += 1
            print(f"FAIL {case.name}")
    print("ALL CASES PASSED" if not failed else f"{failed} case(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
'''


def _task(  # noqa: PLR0917 -- one table row per task reads best positionally
    tid: str,
    func: str,
    sig: str,
    desc: str,
    samples: tuple[tuple[str, str], ...],
    impl: str,
    got0: str,
    hkey: str,
    hkeys: tuple[str, str],
    analysis: tuple[str, ...],
) -> Task:
    params = ", ".join(p.split(":")[0].strip() for p in sig.split(","))
    asserts = "\n".join(f"assert {func}({i}) == {o}" for i, o in samples)
    tests = "\n\n\n".join(
        f"def test_sample_{n}():\n    assert {func}({i}) == {o}"
        for n, (i, o) in enumerate(samples, 1)
    )
    test_src = f"from solution import {func}\n\n\n{tests}\n"
    (in0, out0), (in1, out1) = samples[0], samples[1]
    prompt = (
        f"Write a Python function `{func}({sig})` in `solution.py`. {desc}\n\n"
        f"The judge (`judge.py`) runs it on hidden cases in `tests/cases/` (`NN.in` holds the "
        f"argument, `NN.out` the expected result); `tests/test_solution.py` has the samples:\n\n"
        f"```python\n{asserts}\n```"
    )
    fields = {
        "func": func, "params": params, "pkey": params, "key0": in0, "key1": in1,
        "hkey": hkey, "hkey0": hkeys[0], "hkey1": hkeys[1],
        "in0": in0, "out0": out0, "in1": in1, "out1": out1, "got0": got0,
        "src_path": "solution.py", "test_path": "tests/test_solution.py", "test_name": "test_sample_1",
        "mod": "solution", "run_cmd": "python -m pytest -q tests/test_solution.py",
        "assert_line": f"    assert {func}({in0}) == {out0}",
        "fixture_path": "tests/cases/01.out", "case_dir": "tests/cases", "judge_path": "judge.py",
        "conftest_path": "tests/conftest.py",
    }  # fmt: skip
    fail_out = (
        f"F{'.' * (len(samples) - 1)}\nFAILED tests/test_solution.py::test_sample_1 - "
        f"AssertionError: assert {got0} == {out0}\n1 failed, {len(samples) - 1} passed in 0.03s"
    )
    files = {"tests/test_solution.py": test_src, "judge.py": _JUDGE.replace("{func}", func)}
    return Task(tid, "func", prompt, fields, files, ("solution.py", "", impl), fail_out, analysis)


FUNCTION_TASKS = (
    _task(
        "func.sum", "solution", "s: str",
        "The input has n on the first line and n integers on the second line; return their sum as a string.",
        (("'3\\n1 2 3'", "'6'"), ("'4\\n-1 5 0 7'", "'11'"), ("'1\\n10'", "'10'")),
        'def solution(s: str) -> str:\n    lines = s.strip().split("\\n")\n    count = int(lines[0])\n'
        "    numbers = [int(tok) for tok in lines[1].split()[:count]]\n    return str(sum(numbers))\n",
        "'3'", "s", ("'3\\n1 2 3'", "'4\\n-1 5 0 7'"),
        ("The first line is only the count; the numbers are on the second line.",
         "Negative values appear in the samples, so each token goes through int()."),
    ),
    _task(
        "func.profit", "max_profit", "prices: list[int]",
        "Return the best profit from one buy followed by one later sell, or 0 if no trade makes money.",
        (("[7, 1, 5, 3, 6, 4]", "5"), ("[7, 6, 4, 3, 1]", "0"), ("[2, 4, 1, 9]", "8")),
        'def max_profit(prices: list[int]) -> int:\n    best, low = 0, float("inf")\n'
        "    for price in prices:\n        low = min(low, price)\n        best = max(best, price - low)\n"
        "    return best\n",
        "4", "tuple(prices)", ("(7, 1, 5, 3, 6, 4)", "(7, 6, 4, 3, 1)"),
        ("Keep the lowest price seen so far and the best gain against it.",
         "A strictly falling series has no profitable trade, so the answer there is 0."),
    ),
    _task(
        "func.brackets", "is_balanced", "s: str",
        "Return True if every bracket in s ((), [], {}) is closed in the right order.",
        (('"([]{})"', "True"), ('"([)]"', "False"), ('"(("', "False")),
        'PAIRS = {")": "(", "]": "[", "}": "{"}\n\n\ndef is_balanced(s: str) -> bool:\n'
        '    stack = []\n    for ch in s:\n        if ch in "([{":\n            stack.append(ch)\n'
        "        elif ch in PAIRS:\n            if not stack or stack.pop() != PAIRS[ch]:\n"
        "                return False\n    return not stack\n",
        "False", "s", ('"([]{})"', '"([)]"'),
        ("A stack of open brackets handles the nesting.",
         "The current draft returns False for the first sample because it compares the wrong closing bracket."),
    ),
    _task(
        "func.roman", "roman_to_int", "s: str",
        "Convert a Roman numeral (I, V, X, L, C, D, M, with subtractive pairs) to an integer.",
        (('"MCMXCIV"', "1994"), ('"LVIII"', "58"), ('"IX"', "9")),
        'VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}\n\n\n'
        'def roman_to_int(s: str) -> int:\n    total = 0\n    for here, nxt in zip(s, s[1:] + " "):\n'
        "        value = VALUES[here]\n        total += -value if nxt in VALUES and VALUES[nxt] > value else value\n"
        "    return total\n",
        "2216", "s", ('"MCMXCIV"', '"LVIII"'),
        ("A smaller numeral before a larger one is subtracted.",
         "Summing blindly gives 2216 for MCMXCIV, which is the subtractive pairs counted as additions."),
    ),
    _task(
        "func.rle", "rle", "s: str",
        "Run-length encode s: each run of a character becomes the character followed by its count.",
        (('"aaabcc"', '"a3b1c2"'), ('"x"', '"x1"'), ('"zzzz"', '"z4"')),
        "from itertools import groupby\n\n\ndef rle(s: str) -> str:\n"
        '    return "".join(f"{ch}{len(list(run))}" for ch, run in groupby(s))\n',
        '"a3b1"', "s", ('"aaabcc"', '"x"'),
        ("itertools.groupby yields each run once.",
         "A hand-written loop that forgets to flush the last run drops the final 'c2'."),
    ),
    _task(
        "func.gcd", "solution", "s: str",
        "The input line holds two positive integers a and b; return their greatest common divisor as a string.",
        (("'12 18'", "'6'"), ("'7 5'", "'1'"), ("'100 75'", "'25'")),
        "import math\n\n\ndef solution(s: str) -> str:\n    a, b = map(int, s.split())\n"
        "    return str(math.gcd(a, b))\n",
        "'36'", "s", ("'12 18'", "'7 5'"),
        ("math.gcd does the Euclidean algorithm.", "The current draft returns the lcm, 36, for the first sample."),
    ),
)  # fmt: skip
