"""The parts a ``Monitor`` is built from, chosen from its settings when not given.

Configuration is read once, into ``CotMonitorSettings``; these functions turn the settings
into checks, a judge, a redactor and exporters, and nothing else reads the environment.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cotmonitor.checks.defaults import default_checks
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.types import AsyncCheck, Check, Exporter

if TYPE_CHECKING:
    from cotmonitor.exporters.redact import Redactor


def settings_checks(settings: CotMonitorSettings) -> list[Check]:
    """The default rule checks plus the settings' rule packs (none when the list is empty)."""
    return default_checks(list(settings.rule_packs))


def settings_judge(settings: CotMonitorSettings) -> AsyncCheck | None:
    """A ``Judge`` when ``settings.judge.model`` is set (loads the judge package only then)."""
    config = settings.judge
    if not config.model:
        return None
    from cotmonitor.checks.judge.check import Judge

    return Judge(config.model, api_base=config.api_base, sample_rate=config.sample_rate)


def settings_redactor(settings: CotMonitorSettings) -> Redactor | None:
    """The secret patterns (unless ``redact_secrets`` is off) plus ``redact_patterns``."""
    if not settings.redact_secrets and not settings.redact_patterns:
        return None
    from cotmonitor.exporters.redact import Redactor

    if settings.redact_secrets:
        return Redactor.secrets(*settings.redact_patterns)
    return Redactor(settings.redact_patterns)


def settings_exporters(settings: CotMonitorSettings) -> list[Exporter]:
    """The exporters the settings switch on (see ``exporters.defaults``)."""
    from cotmonitor.exporters.defaults import default_exporters

    return default_exporters(settings)
