"""Configuration from ``COTMONITOR_*`` environment variables (nested with ``__``).

Read once, when a ``Monitor`` is built without explicit ``settings=``, and passed down.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class JudgeSettings(BaseModel):
    """``COTMONITOR_JUDGE__MODEL``, ``COTMONITOR_JUDGE__SAMPLE_RATE`` ..."""

    model: str | None = None
    """A litellm model string; no judge when unset."""
    sample_rate: float = Field(default=0.05, ge=0.0, le=1.0)
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
    mode: Literal["background", "inline"] = "background"
    queue_size: int = Field(default=10_000, ge=1)
    capture_content: bool = False
    """Put reasoning text and evidence quotes in logs and spans."""
    log_alerts: bool = True
    prometheus: bool = True
    jsonl_path: Path | None = None
    """Append every verdict to this JSONL file (the replay format)."""
    think_tags: tuple[str, ...] = ("think", "thinking", "reasoning")
    """Tag names whose content in plain output text is taken as reasoning."""
    rule_packs: Annotated[list[Path], NoDecode] = Field(default_factory=list)
    """Rule pack files (TOML/YAML). From the environment: a JSON list, or paths separated
    by ``os.pathsep`` or commas."""
    judge: JudgeSettings = Field(default_factory=JudgeSettings)

    @field_validator("rule_packs", mode="before")
    @classmethod
    def _split_paths(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [p.strip() for p in text.replace(",", os.pathsep).split(os.pathsep) if p.strip()]
