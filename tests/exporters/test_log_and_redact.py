from __future__ import annotations

import io
import json
from pathlib import Path

import structlog
from structlog.testing import capture_logs

import cotmonitor
from cotmonitor import Check, LogExporter, Monitor, Redactor, Verdict
from cotmonitor.exporters.redact import redact_trace
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.testing import make_trace


def test_redactor_patterns_and_filters() -> None:
    redact = Redactor.common(r"project-\w+")
    text = "mail bob@example.com key sk-abcdefghijklmnopqrstu on project-apollo"
    assert redact(text) == "mail [REDACTED] key [REDACTED] on [REDACTED]"
    upper = Redactor(filters=[str.upper])
    assert upper("quiet") == "QUIET"


def test_redact_trace_covers_prompt_reasoning_output_and_tools() -> None:
    trace = make_trace(
        prompt="my mail is bob@example.com",
        reasoning="write to bob@example.com",
        output="sent to bob@example.com",
        tool_calls=[{"name": "send", "arguments": '{"to": "bob@example.com"}'}],
    )
    clean = redact_trace(trace, Redactor.common())
    dumped = clean.model_dump_json()
    assert "bob@example.com" not in dumped
    assert clean.reasoning == "write to [REDACTED]"
    assert clean.segments[0].text == "write to [REDACTED]"


def test_log_exporter_redacts_and_hides_content_by_default(scripted_check: Check) -> None:
    monitor = Monitor(
        [scripted_check],
        exporters=[LogExporter(capture_content=True)],
        mode="inline",
        redactor=Redactor.common(),
    )
    trace = make_trace(reasoning="ask bob@example.com for it", labels={"find": "reward_hack"})
    with capture_logs() as logs:
        monitor.check(trace)
    (event,) = logs
    assert event["event"] == "cotmonitor.alert"
    assert event["evidence"] == ["ask [REDACTED] "]
    assert "bob@example.com" not in json.dumps(event, default=str)
    with capture_logs() as logs:
        Monitor([scripted_check], exporters=[LogExporter()], mode="inline").check(trace)
    assert "evidence" not in logs[0]
    assert "reasoning" not in logs[0]


def test_jsonl_exporter_adopts_the_monitor_redactor(tmp_path: Path, scripted_check: Check) -> None:
    path = tmp_path / "verdicts.jsonl"
    settings = CotMonitorSettings(
        redact_patterns=[r"\d{3}-\d{4}"], log_alerts=False, prometheus=False, jsonl_path=path
    )
    monitor = Monitor([scripted_check], settings=settings, mode="inline")
    monitor.check(make_trace(reasoning="call 555-1234 now", labels={"find": "reward_hack"}))
    monitor.close()
    verdict = Verdict.model_validate_json(path.read_text().splitlines()[0])
    assert verdict.trace.reasoning == "call [REDACTED] now"
    assert verdict.findings[0].evidence[0].quote == "call [REDACTED] now"
    assert monitor.redactor is not None


def test_configure_logging_json_and_console() -> None:
    out = io.StringIO()
    try:
        cotmonitor.configure_logging(json=True, stream=out)
        structlog.get_logger("cotmonitor").warning("cotmonitor.alert", severity="high")
        line = json.loads(out.getvalue())
        assert line["event"] == "cotmonitor.alert"
        assert line["level"] == "warning"
        assert "timestamp" in line
        pretty = io.StringIO()
        cotmonitor.configure_logging(json=False, stream=pretty)
        structlog.get_logger("cotmonitor").warning("cotmonitor.alert", severity="high")
        assert "cotmonitor.alert" in pretty.getvalue()
        assert "severity" in pretty.getvalue()
        assert not pretty.getvalue().startswith("{")
    finally:
        structlog.reset_defaults()
