"""Step facts as JSON, for the checker process: it takes a session's step facts with the rules.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import TypeAdapter

from cotmonitor.sessions.facts import StepFacts


@functools.lru_cache(maxsize=1)
def _adapter() -> TypeAdapter[StepFacts]:
    return TypeAdapter(StepFacts)


def facts_to_json(facts: StepFacts) -> dict[str, Any]:
    """``facts`` as plain JSON data."""
    return _adapter().dump_python(facts, mode="json")  # type: ignore[no-any-return]


def facts_from_json(data: Any) -> StepFacts:
    """The step facts ``facts_to_json`` wrote.

    Raises:
        pydantic.ValidationError: ``data`` is not step facts.
    """
    return _adapter().validate_python(data)
