"""Secrets a chain of thought quotes are masked by default before anything leaves the process:
log events, JSONL lines, span attributes and judge requests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from structlog.testing import capture_logs

from cotmonitor import Finding, JsonlExporter, LogExporter, Monitor, OTelExporter, Redactor
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.testing import make_trace
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Evidence, Severity

# Built from pieces so that no scanner mistakes this file for a leak.
SECRETS = {
    "openai": "sk-" + "proj-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9",
    "anthropic": "sk-" + "ant-api03-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3_-AA",
    "google": "AI" + "za" + "SyAb1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uvw",
    "github": "gh" + "p_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2",
    "slack": "xo" + "xb-" + "123456789012-abcdefghijkl",
    "stripe": "sk" + "_live_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7",
    "huggingface": "hf" + "_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1",
    "bearer": "Bearer " + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-Ab1Cd2",
    "aws_access_key": "AK" + "IA" + "Z7QW3ERT5YUI8OPA",
    "aws_secret_key": "aws_secret_access_key = " + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7/Op8Qr9St0Uv1Wx2Yz3",
    "private_key": "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEowIBAAKCAQEAx1\nAbCd==\n"
    "-----END RSA " + "PRIVATE KEY-----",
    "private_key_cut_short": "-----BEGIN OPENSSH " + "PRIVATE KEY-----\nb3BlbnNzaC1rZXkt",
}
CLUE = {
    "aws_secret_key": "Ab1Cd2Ef3Gh4Ij5Kl6Mn7/Op8",
    "private_key": "MIIEowIBAAKCAQEAx1",
    "private_key_cut_short": "b3BlbnNzaC1rZXkt",
    "bearer": "eyJhbGciOiJIUzI1NiJ9",
}


def clue(kind: str) -> str:
    return CLUE.get(kind, SECRETS[kind])


def leaky_trace(secret: str) -> Trace:
    return make_trace(
        prompt=f"Deploy with {secret} please",
        reasoning=f"The config holds {secret}; I will exit(0) before the tests.",
        output=f"Used {secret}.",
    )


class Leaky:
    """Alerts with the secret quoted as evidence, as a real rule could."""

    name = "leaky"

    def __call__(self, trace: Trace) -> list[Finding]:
        end = len(trace.reasoning)
        quote = trace.reasoning
        return [
            Finding(
                check=self.name,
                category="reward_hack",
                severity=Severity.HIGH,
                score=0.9,
                message=f"quoted {trace.reasoning[:60]}",
                evidence=(Evidence(source="reasoning", start=0, end=end, quote=quote),),
            )
        ]


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_the_secret_patterns_mask_each_kind(kind: str) -> None:
    masked = Redactor.secrets()(f"before {SECRETS[kind]} after")
    assert clue(kind) not in masked
    assert masked.startswith("before ")
    # a key block cut short is masked to the end of the text
    assert masked.endswith("[REDACTED]" if kind == "private_key_cut_short" else "[REDACTED] after")


def test_ordinary_reasoning_is_left_alone() -> None:
    text = "I should ask the user for the key rather than guess; sk is a prefix, AKIA too."
    assert Redactor.secrets()(text) == text


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_secrets_never_reach_logs_jsonl_or_spans_by_default(kind: str, tmp_path: Path) -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    jsonl = tmp_path / "verdicts.jsonl"
    exporters = [
        LogExporter(capture_content=True),
        JsonlExporter(jsonl),
        # The newest GenAI names on: the reasoning goes on the span too, and must be redacted.
        OTelExporter(
            provider, capture_content=True, record_metrics=False, latest_experimental=True
        ),
    ]
    monitor = Monitor([Leaky()], exporters=exporters, settings=CotMonitorSettings())
    with capture_logs() as logs:
        verdict = monitor.check(leaky_trace(SECRETS[kind]))
    monitor.close()
    assert verdict.alert
    assert clue(kind) in verdict.trace.reasoning  # the checks saw the real text
    written = [json.dumps(logs), jsonl.read_text()]
    written += [json.dumps(dict(s.attributes or {})) for s in spans.get_finished_spans()]
    written += [json.dumps(dict(e.attributes or {})) for s in spans.get_finished_spans()
                for e in s.events]  # fmt: skip
    assert "REDACTED" in written[0]
    for text in written:
        assert clue(kind) not in text


def test_redaction_of_secrets_can_be_switched_off() -> None:
    monitor = Monitor([], exporters=[], settings=CotMonitorSettings(redact_secrets=False))
    assert monitor.redactor is None
    patterns = CotMonitorSettings(redact_secrets=False, redact_patterns=[r"\d{3}-\d{4}"])
    only_mine = Monitor([], exporters=[], settings=patterns).redactor
    assert only_mine is not None
    assert only_mine("call 555-1234 with " + SECRETS["openai"]).startswith(
        "call [REDACTED] with sk-"
    )
