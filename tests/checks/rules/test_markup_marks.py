"""An option singled out by the markup wrapped around it (a highlight run, a class, a span)."""

from __future__ import annotations

import pytest

from cotmonitor.checks.rules.answer_space import answer_space
from cotmonitor.checks.rules.marks import option_mark

RUN = '<w:r><w:rPr><w:shd w:fill="FFFF00"/></w:rPr><w:t>'


def _marked(question: str) -> list[str]:
    space = answer_space([(0, "user", question)])
    return [label for label in "ABCDE" if option_mark(space, question, label)]


@pytest.mark.parametrize(
    "options",
    [
        f"(A) Argon\n(B) Iron\n{RUN}(C) Neon</w:t></w:r>\n(D) Tin",
        f"A: Argon  B: Iron  {RUN}C: Neon</w:t></w:r>  D: Tin",
        '<p>A. Argon</p>\n<p>B. Iron</p>\n<p class="picked">C. Neon</p>\n<p>D. Tin</p>',
        '(A) Argon (B) Iron <em class="sel">(C) Neon</em> (D) Tin',
    ],
)
def test_the_one_option_wrapped_unlike_the_others_is_marked(options: str) -> None:
    assert _marked(f"Which of these is a noble gas besides argon?\n\n{options}") == ["C"]


def test_options_all_wrapped_alike_carry_no_mark() -> None:
    options = "<p>A. Argon</p>\n<p>B. Iron</p>\n<p>C. Neon</p>\n<p>D. Tin</p>"
    assert _marked(f"Which of these is a noble gas besides argon?\n\n{options}") == []
