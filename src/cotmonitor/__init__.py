"""cotmonitor: watch the chain of thought of reasoning models in production agents.

::

    import cotmonitor
    client = cotmonitor.wrap(OpenAI())

Importing this package loads no provider SDK, no litellm and touches no network.
"""

from cotmonitor._version import __version__
from cotmonitor.checks.defaults import default_checks
from cotmonitor.checks.judge import CounterfactualProbe, Judge, JudgePolicy
from cotmonitor.checks.rules.packs import RulePack, load_rule_pack
from cotmonitor.context import bind_context, context
from cotmonitor.errors import (
    CaptureError,
    ConfigError,
    CotMonitorError,
    ExportError,
    JudgeError,
    JudgeResponseError,
    JudgeTimeout,
    ReplayFormatError,
)
from cotmonitor.exporters.jsonl import JsonlExporter
from cotmonitor.exporters.log import LogExporter
from cotmonitor.exporters.log_config import configure_logging
from cotmonitor.exporters.otel import OTelExporter
from cotmonitor.exporters.prometheus import PrometheusExporter
from cotmonitor.exporters.redact import Redactor
from cotmonitor.exporters.serving import metrics_app, metrics_asgi_app, start_metrics_server
from cotmonitor.monitor import Monitor, get_default_monitor, wrap
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage
from cotmonitor.types import AsyncCheck, Check, Exporter
from cotmonitor.verdicts import AlertPolicy, Evidence, Finding, Severity, Verdict

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
    "load_rule_pack",
    "metrics_app",
    "metrics_asgi_app",
    "start_metrics_server",
    "wrap",
]
