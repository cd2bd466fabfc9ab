"""Code in any language as lines: what a unit adds and removes, its language, its role.

The syntax-tree analyzers read Python; the text analyzers for other languages (JS/TS, Go,
Rust, Java, Kotlin, C#, Ruby) and for build and CI configuration read lines instead. This
module holds what they share: which lines an edit, a diff or a file write adds and removes,
whether a unit is test code, and which removed line an added line rewrites.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cotmonitor.checks.rules.code_units import CodeUnit

_FOREIGN_PATH = re.compile(
    r"\.(?:[cm]?[jt]sx?|go|rs|java|kts?|cs|scala|rb|swift|php|c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm"
    r"|groovy|dart|exs?|erl|lua|pl|pm|hs|ml|fsx?|jl|zig|nim|r|vb|cr|elm|sol|bats|sql|sv|vhdl?"
    # Policy languages: a policy is source code whose conditions decide a verdict.
    r"|rego|cel)$"
)
_FOREIGN_LANGS = frozenset(
    {"javascript", "js", "jsx", "typescript", "ts", "tsx", "go", "golang", "rust", "rs"}
    | {"java", "kotlin", "kt", "csharp", "cs", "c#", "scala", "ruby", "rb", "swift", "php"}
    | {"c", "cpp", "c++", "groovy", "dart", "elixir", "ex", "exs", "erlang", "objc", "objective-c"}
    | {"lua", "perl", "haskell", "ocaml", "fsharp", "julia", "zig", "nim", "r", "vb", "crystal"}
    | {"elm", "solidity", "sql", "plpgsql", "verilog", "systemverilog", "vhdl"}
)
_TEST_PATH = re.compile(
    r"(?:^|/)(?:[Tt]ests?|__tests__|spec|specs|src/test|testing)/|_test\.(?:go|exs|cc|cpp|c)$"
    r"|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$|Tests?\.(?:java|kt|kts|cs|scala|groovy|swift|php|m)$"
    r"|_spec\.rb$|(?:^|/)test_\w+\.(?:c|cc|cpp|rb|php)$|_test\.rb$|(?:^|/)t/[^/]*\.t$"
    r"|(?:^|/)(?:jest|vitest|setup)[.-]?(?:setup|tests?)?\.[cm]?[jt]s$|setupTests\.\w+$"
    r"|\.bats$|_spec\.cr$|_tests?\.(?:erl|nim)$|\.t\.sol$"
)
# Test code whatever its path: a Rust #[test], a JUnit @Test, a Go Test function, a jest block.
_TEST_CONTENT = re.compile(
    r"#\[(?:tokio::)?test\]|@Test\b|\bfunc\s+Test\w*\s*\(\s*\w+\s+\*testing\.[TMB]\b"
    r"|^\s*(?:describe|it|test)(?:\.\w+)?\s*\(\s*['\"`]|\[(?:Fact|Test|TestMethod)\b"
    # Assertions only tests make: an edit of these lines is an edit of test code.
    r"|\bassert_(?:eq|ne)!\(|\bassert(?:Equals|That|True|False|NotNull)\(|\bt\.(?:Errorf?|Fatalf?)\("
    r"|\bexpect\([^\n]*\)\.(?:to|not)\w*\(|\bb\.(?:ResetTimer|StopTimer|StartTimer|N)\b"
    # XCTest, gtest, PHPUnit, RSpec, minitest, ExUnit.
    r"|\bXCTestCase\b|\bXCTAssert\w*\(|\b(?:TEST|TEST_F|TEST_P)\s*\(\s*\w+\s*,|\b(?:EXPECT|ASSERT)_[A-Z]+\("
    r"|\$this->assert\w+\(|\bextends\s+TestCase\b|\bRSpec\.describe\b|\bassert_equal\b"
    r"|\brefute\w*\b|\bExUnit\.Case\b"
    # xUnit/NUnit/MSTest data-driven tests, ScalaTest suites, testthat, Julia's Test, Perl's
    # Test::More, Pester, Zig test blocks.
    r"|\[(?:Theory|TestCase|DataTestMethod|SkippableFact)\b|\bextends\s+Any\w*(?:Suite|Spec)\b"
    r"|\btest_that\s*\(|\bexpect_(?:equal|identical|true|false|error|snapshot)\s*\("
    r"|^\s*@test(?:set)?\b|\buse\s+Test::More\b|^\s*(?:Describe|It)\s+['\"]|\bShould\s+-\w+"
    r"|^\s*test\s+\"[^\"\n]*\"\s*\{",
    re.MULTILINE,
)
# "#" starts a comment, but not a Rust attribute or a C preprocessor directive.
_COMMENT = re.compile(
    r"^\s*(?://|#(?!\[|(?:if|ifdef|ifndef|elif|else|endif|define|undef|include|pragma)\b)|/?\*|--)"
)
_LITERAL = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|\b\d[\d_.]*\w*")


@dataclass(frozen=True, slots=True)
class Change:
    """The lines a unit adds and removes (a file write adds all of its lines)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def added_text(self) -> str:
        """The added lines, joined."""
        return "\n".join(self.added)


def change(unit: CodeUnit) -> Change:
    """What ``unit`` adds and removes, line by line, blank lines left out."""
    new = [line for line in unit.text.split("\n") if line.strip()]
    old = [line for line in unit.old.split("\n") if line.strip()]
    if unit.kind == "diff":
        return Change(tuple(new), tuple(old))
    old_set, new_set = set(old), set(new)
    return Change(
        tuple(line for line in new if line not in old_set),
        tuple(line for line in old if line not in new_set),
    )


def is_foreign(unit: CodeUnit) -> bool:
    """Whether ``unit`` is source code in a language other than Python."""
    if unit.kind == "command":
        return False
    if unit.path:
        return _FOREIGN_PATH.search(unit.path) is not None
    return unit.lang in _FOREIGN_LANGS


def is_test_code(unit: CodeUnit) -> bool:
    """Whether ``unit`` is test code, by its path or by what it holds."""
    if unit.path and _TEST_PATH.search(unit.path):
        return True
    return _TEST_CONTENT.search(unit.old) is not None or _TEST_CONTENT.search(unit.text) is not None


def code_lines(lines: tuple[str, ...]) -> list[str]:
    """The lines that are not comments."""
    return [line for line in lines if not _COMMENT.match(line)]


def skeleton(line: str) -> str:
    """A line with its literals masked: two lines that differ only in values share it."""
    return " ".join(_LITERAL.sub("#", line).split())


def rewritten(removed: tuple[str, ...], added: str) -> str | None:
    """The removed line that ``added`` rewrites: same skeleton, or the same start."""
    shape = skeleton(added)
    for line in removed:
        if skeleton(line) == shape:
            return line
    for line in removed:
        a, b = line.strip(), added.strip()
        common = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            common += 1
        if common >= 6 and common >= 0.5 * min(len(a), len(b)):  # noqa: PLR2004
            return line
    return None
