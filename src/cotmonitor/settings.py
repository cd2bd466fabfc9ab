"""Configuration from ``COTMONITOR_*`` environment variables (nested with ``__``).

Read once, when a ``Monitor`` is built without explicit ``settings=``, and passed down: this
is the one place cotmonitor reads its environment (``OTEL_INSTRUMENTATION_GENAI_CAPTURE_
MESSAGE_CONTENT`` and ``OTEL_SEMCONV_STABILITY_OPT_IN`` included), and the defaults shared
with other modules are theirs (``DEFAULT_THINK_TAGS``) or live here (``DEFAULT_SAMPLE_RATE``),
so no two places disagree.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from cotmonitor.exporters.otel_semconv import latest_experimental
from cotmonitor.trace.think import DEFAULT_THINK_TAGS

DEFAULT_SAMPLE_RATE = 0.05
"""Share of traces the judge sees at random when nothing else says to judge them."""

_CONTENT_ON = frozenset({"true", "1", "yes", "span_only", "span_and_event"})


def parse_path_list(raw: str) -> list[str]:
    """Paths from one variable: a JSON list, or separated by ``os.pathsep`` or commas.

    .. versionadded:: 0.1.0
    """
    text = raw.strip()
    if text.startswith("["):
        return [str(p) for p in json.loads(text)]
    return [p.strip() for p in text.replace(",", os.pathsep).split(os.pathsep) if p.strip()]


class JudgeSettings(BaseModel):
    """``COTMONITOR_JUDGE__MODEL``, ``COTMONITOR_JUDGE__SAMPLE_RATE`` ..."""

    model: str | None = None
    """A litellm model string; no judge when unset."""
    sample_rate: float = Field(default=DEFAULT_SAMPLE_RATE, ge=0.0, le=1.0)
    api_base: str | None = None


class CotMonitorSettings(BaseSettings):
    """Every setting of the default ``Monitor``.

    .. versionadded:: 0.1.0
    """

    model_config = SettingsConfigDict(
        env_prefix="COTMONITOR_", env_nested_delimiter="__", extra="ignore"
    )

    enabled: bool = True
    """``COTMONITOR_ENABLED=false`` makes ``wrap()`` return the client untouched."""
    mode: Literal["background", "inline", "guard"] = "background"
    """``COTMONITOR_MODE=guard`` puts the default monitor in guard mode (``GuardPolicy()``)."""
    checker: Literal["process", "thread"] = "process"
    """Where a background monitor runs its default rule checks: in a child process, off the
    app's GIL (``checks.checker_process``), or in the worker thread. Checks given with
    ``Monitor(checks=...)``, and the ``inline`` and ``guard`` modes, run in the app's own
    process."""
    checker_nice: int = Field(default=10, ge=0, le=19)
    """How much the checker process lowers its scheduling priority (``nice``, POSIX), so that
    on a machine with few cores the agent gets the CPU before the checks do. ``0`` keeps the
    app's priority.

    .. versionadded:: 0.5.0
    """
    queue_size: int = Field(default=10_000, ge=1)
    schedule_delay_s: float = Field(default=0.05, ge=0.0, le=60.0)
    """How long a captured call may wait before the background worker takes it. The worker
    drains on this schedule while calls come (as OpenTelemetry's batch span processor does),
    so a call never wakes a thread that would take the GIL from the agent. ``0`` wakes the
    worker for every call."""
    capture_content: bool = False
    """Put reasoning text and evidence quotes in logs and spans."""
    genai_capture_message_content: str = Field(
        default="",
        validation_alias=AliasChoices(
            "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "genai_capture_message_content"
        ),
    )
    """OpenTelemetry's own GenAI content switch; spans carry text only when it is on too."""
    semconv_stability_opt_in: str = Field(
        default="",
        validation_alias=AliasChoices("OTEL_SEMCONV_STABILITY_OPT_IN", "semconv_stability_opt_in"),
    )
    """OpenTelemetry's switch for newer conventions; ``gen_ai_latest_experimental`` in it
    turns on the newest GenAI names (``exporters.otel_semconv``)."""
    redact_secrets: bool = True
    """Redact API keys, bearer tokens, private keys and AWS keys before text leaves the
    process or reaches a judge (``Redactor.secrets()``), on top of ``redact_patterns``."""
    exit_timeout_s: float = Field(default=2.0, ge=0.0)
    """At interpreter exit, how long all monitors together may take to check what is queued."""
    log_alerts: bool = True
    prometheus: bool = True
    """Export to ``prometheus_client``'s default registry when no exporters are given."""
    otel: bool = True
    """Export spans and metrics when an OpenTelemetry SDK provider is configured."""
    redact_patterns: list[str] = Field(default_factory=list)
    """Regular expressions whose matches are replaced before text leaves the process."""
    jsonl_path: Path | None = None
    """Append every verdict to this JSONL file (the replay format)."""
    think_tags: tuple[str, ...] = DEFAULT_THINK_TAGS
    """Tag names whose content in plain output text is taken as reasoning."""
    rule_packs: Annotated[list[Path], NoDecode] = Field(default_factory=list)
    """Rule pack files (TOML/YAML). From the environment: a JSON list, or paths separated
    by ``os.pathsep`` or commas."""
    sessions: bool = True
    """Keep per-session facts and run the trajectory checks on traces with a session id
    (``docs/sessions.md``); traces without one cost nothing either way."""
    session_ttl_s: float = Field(default=1800.0, gt=0.0)
    """Idle seconds after which a session expires and its final verdict is exported."""
    max_sessions: int = Field(default=10_000, ge=1)
    """Live sessions kept at most; past it the least recently seen one is evicted."""
    max_session_steps: int = Field(default=200, ge=2)
    """Steps (and findings) one session keeps at most; past it the oldest step is dropped."""
    session_response_chains: bool = True
    """Group OpenAI Responses calls by ``conversation`` and ``previous_response_id`` chain
    when they carry no session id."""
    judge: JudgeSettings = Field(default_factory=JudgeSettings)

    @field_validator("rule_packs", mode="before")
    @classmethod
    def _split_paths(cls, value: Any) -> Any:
        return parse_path_list(value) if isinstance(value, str) else value

    @property
    def genai_latest_experimental(self) -> bool:
        """Whether spans use the newest GenAI convention names (``exporters.otel_semconv``)."""
        return latest_experimental(self.semconv_stability_opt_in)

    @property
    def span_content(self) -> bool:
        """Whether spans may carry text: ``capture_content`` and OpenTelemetry's switch."""
        theirs = self.genai_capture_message_content.strip().lower()
        return self.capture_content and theirs in _CONTENT_ON
