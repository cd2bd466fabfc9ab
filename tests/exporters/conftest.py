"""Fixtures for the exporter tests: a check that finds what the test asks for."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from cotmonitor import Finding, Severity, Trace
from cotmonitor.verdicts import Evidence


class ScriptedCheck:
    """Finds what ``trace.labels["find"]`` names: ``reward_hack``, ``unverbalized_hint:metadata`` ..."""

    name = "scripted"

    def __call__(self, trace: Trace) -> Iterable[Finding]:
        for item in filter(None, trace.labels.get("find", "").split(",")):
            category, _, hint_type = item.partition(":")
            severity = {"reward_hack": Severity.CRITICAL, "verbalized_hint": Severity.INFO}.get(
                category, Severity.HIGH
            )
            quote = trace.reasoning[:20]
            yield Finding(
                check=self.name,
                category=category,  # type: ignore[arg-type]
                severity=severity,
                score=0.9,
                evidence=(Evidence(source="reasoning", start=0, end=len(quote), quote=quote),),
                message=f"{category} found in: {quote}",
                details={"hint_type": hint_type} if hint_type else {},
            )


@pytest.fixture
def scripted_check() -> ScriptedCheck:
    return ScriptedCheck()
