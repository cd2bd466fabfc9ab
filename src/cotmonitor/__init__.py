"""cotmonitor: watch the chain of thought of reasoning models in production agents.

::

    import cotmonitor
    client = cotmonitor.wrap(OpenAI())

Importing this package loads no provider SDK, no litellm and touches no network.
"""

from cotmonitor._version import __version__
from cotmonitor.checks.defaults import default_checks
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
    "Evidence",
    "ExportError",
    "Exporter",
    "Finding",
    "JsonlExporter",
    "JudgeError",
    "JudgeResponseError",
    "JudgeTimeout",
    "LogExporter",
    "Monitor",
    "ReasoningSegment",
    "ReplayFormatError",
    "RulePack",
    "Severity",
    "ToolCall",
    "Trace",
    "Usage",
    "Verdict",
    "__version__",
    "bind_context",
    "context",
    "default_checks",
    "get_default_monitor",
    "load_rule_pack",
    "wrap",
]
