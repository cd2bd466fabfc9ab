"""cotmonitor: watch the chain of thought of reasoning models in production agents.

::

    import cotmonitor
    client = cotmonitor.wrap(OpenAI())

Importing this package loads no provider SDK, no litellm and touches no network.
"""

import importlib
from typing import TYPE_CHECKING, Any

from cotmonitor._version import __version__
from cotmonitor.context import bind_context, context
from cotmonitor.errors import (
    CaptureError,
    ConfigError,
    CotMonitorError,
    ExportError,
    GuardBlocked,
    JudgeError,
    JudgeResponseError,
    JudgeTimeout,
    ReplayFormatError,
)

if TYPE_CHECKING:
    from cotmonitor.checks.defaults import default_checks
    from cotmonitor.checks.judge import CounterfactualProbe, Judge, JudgePolicy
    from cotmonitor.checks.rules.packs import RulePack, load_rule_pack
    from cotmonitor.default import get_default_monitor, wrap
    from cotmonitor.exporters.jsonl import JsonlExporter
    from cotmonitor.exporters.log import LogExporter
    from cotmonitor.exporters.log_config import configure_logging
    from cotmonitor.exporters.otel import OTelExporter
    from cotmonitor.exporters.prometheus import PrometheusExporter
    from cotmonitor.exporters.redact import Redactor
    from cotmonitor.exporters.serving import metrics_app, metrics_asgi_app, start_metrics_server
    from cotmonitor.guard.attach import guard_verdict
    from cotmonitor.guard.decision import GuardAction, GuardDecision
    from cotmonitor.guard.policy import GuardPolicy, GuardRule
    from cotmonitor.monitor import Monitor
    from cotmonitor.sessions.verdict import SessionVerdict
    from cotmonitor.settings import CotMonitorSettings
    from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage
    from cotmonitor.types import AsyncCheck, Check, Exporter
    from cotmonitor.verdicts import AlertPolicy, Evidence, Finding, Severity, Verdict

_LAZY: dict[str, str] = {
    "AlertPolicy": "cotmonitor.verdicts",
    "AsyncCheck": "cotmonitor.types",
    "Check": "cotmonitor.types",
    "configure_logging": "cotmonitor.exporters.log_config",
    "CotMonitorSettings": "cotmonitor.settings",
    "CounterfactualProbe": "cotmonitor.checks.judge",
    "default_checks": "cotmonitor.checks.defaults",
    "Evidence": "cotmonitor.verdicts",
    "Exporter": "cotmonitor.types",
    "Finding": "cotmonitor.verdicts",
    "get_default_monitor": "cotmonitor.default",
    "GuardAction": "cotmonitor.guard.decision",
    "GuardDecision": "cotmonitor.guard.decision",
    "GuardPolicy": "cotmonitor.guard.policy",
    "GuardRule": "cotmonitor.guard.policy",
    "guard_verdict": "cotmonitor.guard.attach",
    "JsonlExporter": "cotmonitor.exporters.jsonl",
    "Judge": "cotmonitor.checks.judge",
    "JudgePolicy": "cotmonitor.checks.judge",
    "load_rule_pack": "cotmonitor.checks.rules.packs",
    "LogExporter": "cotmonitor.exporters.log",
    "metrics_app": "cotmonitor.exporters.serving",
    "metrics_asgi_app": "cotmonitor.exporters.serving",
    "Monitor": "cotmonitor.monitor",
    "OTelExporter": "cotmonitor.exporters.otel",
    "PrometheusExporter": "cotmonitor.exporters.prometheus",
    "ReasoningSegment": "cotmonitor.trace.model",
    "Redactor": "cotmonitor.exporters.redact",
    "RulePack": "cotmonitor.checks.rules.packs",
    "SessionVerdict": "cotmonitor.sessions.verdict",
    "Severity": "cotmonitor.verdicts",
    "start_metrics_server": "cotmonitor.exporters.serving",
    "ToolCall": "cotmonitor.trace.model",
    "Trace": "cotmonitor.trace.model",
    "Usage": "cotmonitor.trace.model",
    "Verdict": "cotmonitor.verdicts",
    "wrap": "cotmonitor.default",
}
"""Public names loaded on first use (PEP 562): importing the package stays cheap."""


__all__ = [
    "AlertPolicy",
    "AsyncCheck",
    "CaptureError",
    "Check",
    "ConfigError",
    "CotMonitorError",
    "CotMonitorSettings",
    "CounterfactualProbe",
    "Evidence",
    "ExportError",
    "Exporter",
    "Finding",
    "GuardAction",
    "GuardBlocked",
    "GuardDecision",
    "GuardPolicy",
    "GuardRule",
    "JsonlExporter",
    "Judge",
    "JudgeError",
    "JudgePolicy",
    "JudgeResponseError",
    "JudgeTimeout",
    "LogExporter",
    "Monitor",
    "OTelExporter",
    "PrometheusExporter",
    "ReasoningSegment",
    "Redactor",
    "ReplayFormatError",
    "RulePack",
    "SessionVerdict",
    "Severity",
    "ToolCall",
    "Trace",
    "Usage",
    "Verdict",
    "__version__",
    "bind_context",
    "configure_logging",
    "context",
    "default_checks",
    "get_default_monitor",
    "guard_verdict",
    "load_rule_pack",
    "metrics_app",
    "metrics_asgi_app",
    "start_metrics_server",
    "wrap",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'cotmonitor' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
