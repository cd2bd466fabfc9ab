"""Redaction: text is scrubbed before it leaves the process or reaches a judge.

A redactor is any callable ``str -> str``. ``Redactor`` is the ready-made one: a list of
regular expressions (plus optional callables) whose matches become ``[REDACTED]``. The
monitor hands its redactor to the exporters that write text (log, JSONL, OpenTelemetry) and
to its judge. Evidence offsets keep indexing the original text; only the quoted strings are
redacted.

By default (``COTMONITOR_REDACT_SECRETS``, on) the monitor's redactor masks credentials a
chain of thought may quote from its context: API keys of the common providers, bearer
tokens, private key blocks and AWS keys (``SECRET_PATTERNS``). The checks themselves read
the original text: only what leaves the process is masked.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace
from cotmonitor.verdicts import Evidence, Finding, Verdict

TextFilter = Callable[[str], str]

COMMON_SECRETS: tuple[str, ...] = (
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",  # e-mail addresses
    r"\bsk-[A-Za-z0-9_-]{16,}",  # OpenAI/Anthropic-style API keys
    r"\bAKIA[0-9A-Z]{16}\b",  # AWS access key ids
    r"\b(?i:bearer)\s+[A-Za-z0-9._~+/-]{16,}=*",  # bearer tokens
    r"\b(?:\d[ -]?){13,16}\b",  # card-like digit runs
)
"""Patterns for ``Redactor.common()``."""

SECRET_PATTERNS: tuple[str, ...] = (
    # PEM private key blocks (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), also cut short.
    (
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:.|\n){0,8192}?"
        r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)"
    ),
    # Each pattern starts with a literal so the regex engine can search for it quickly:
    # masking a little too much (a prefix inside a longer word) is the safe side.
    r"sk-ant-[A-Za-z0-9_-]{20,}",  # Anthropic
    r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",  # OpenAI, DeepSeek and the like
    r"AIza[0-9A-Za-z_-]{35}",  # Google
    r"gh[pousr]_[A-Za-z0-9]{36,}",  # GitHub tokens
    r"github_pat_[A-Za-z0-9_]{22,}",  # GitHub fine-grained tokens
    r"xox[abposr]-[A-Za-z0-9-]{10,}",  # Slack
    r"[rs]k_(?:live|test)_[A-Za-z0-9]{16,}",  # Stripe
    r"hf_[A-Za-z0-9]{30,}",  # Hugging Face
    r"gsk_[A-Za-z0-9]{40,}",  # Groq
    r"xai-[A-Za-z0-9]{40,}",  # xAI
    r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",  # AWS access key ids
    # AWS secret access keys: 40 base64 characters after a name that says what they are.
    (
        r"(?:SECRET_ACCESS_KEY|secret_access_key|ecretAccessKey|AWS_SECRET|aws_secret)"
        r"[\"':= ]{0,4}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])"
    ),
    r"(?:Bearer|bearer|BEARER)\s+[A-Za-z0-9._~+/-]{16,}=*",  # bearer tokens
)
"""Credentials masked by default (``Redactor.secrets()``), one pattern per kind."""


class Redactor:
    """Replaces every match of the patterns, then applies each extra filter.

    Args:
        patterns: regular expressions (strings or compiled).
        replacement: what a match becomes.
        filters: extra ``str -> str`` callables applied after the patterns.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        patterns: Iterable[str | re.Pattern[str]] = (),
        *,
        replacement: str = "[REDACTED]",
        filters: Iterable[TextFilter] = (),
    ) -> None:
        # Applied one by one: each pattern keeps its own flags.
        self.patterns = tuple(re.compile(p) if isinstance(p, str) else p for p in patterns)
        self.replacement = replacement
        self.filters = tuple(filters)

    @classmethod
    def secrets(cls, *extra: str | re.Pattern[str]) -> Redactor:
        """A redactor for API keys, bearer tokens, private keys and AWS keys (the default).

        ``extra`` patterns (e.g. ``COTMONITOR_REDACT_PATTERNS``) run after them.

        .. versionadded:: 0.1.0
        """
        return cls((*SECRET_PATTERNS, *extra))

    @classmethod
    def common(cls, *extra: str) -> Redactor:
        """A redactor for e-mail addresses, card numbers and every ``secrets()`` pattern."""
        return cls((*SECRET_PATTERNS, *COMMON_SECRETS, *extra))

    def __call__(self, text: str) -> str:
        if text:
            for pattern in self.patterns:
                text = pattern.sub(self.replacement, text)
        for apply in self.filters:
            text = apply(text)
        return text


def redact_trace(trace: Trace, redact: TextFilter) -> Trace:
    """A copy of ``trace`` with the prompt, reasoning, output and tool arguments redacted."""
    messages = tuple(_redact_message(m, redact) for m in trace.messages)
    segments = tuple(
        ReasoningSegment(
            text=redact(s.text), visibility=s.visibility, source=s.source, signature=s.signature
        )
        for s in trace.segments
    )
    tools = tuple(
        ToolCall(id=t.id, name=t.name, arguments=redact(t.arguments)) for t in trace.tool_calls
    )
    return trace.model_copy(
        update={
            "messages": messages,
            "reasoning": redact(trace.reasoning),
            "segments": segments,
            "output": redact(trace.output),
            "tool_calls": tools,
            "error": None if trace.error is None else redact(trace.error),
        }
    )


def redact_finding(finding: Finding, redact: TextFilter) -> Finding:
    """A copy of ``finding`` with its message and evidence quotes redacted."""
    evidence = tuple(
        Evidence(source=e.source, start=e.start, end=e.end, index=e.index, quote=redact(e.quote))
        for e in finding.evidence
    )
    return finding.model_copy(update={"message": redact(finding.message), "evidence": evidence})


def redact_verdict(verdict: Verdict, redact: TextFilter) -> Verdict:
    """A copy of ``verdict`` with every text in its trace and findings redacted."""
    return verdict.model_copy(
        update={
            "trace": redact_trace(verdict.trace, redact),
            "findings": tuple(redact_finding(f, redact) for f in verdict.findings),
        }
    )


def _redact_message(message: dict[str, Any], redact: TextFilter) -> dict[str, Any]:
    content = message.get("content")
    if isinstance(content, str):
        return {**message, "content": redact(content)}
    if isinstance(content, list):
        parts = [_redact_part(part, redact) for part in content]
        return {**message, "content": parts}
    return message


def _redact_part(part: Any, redact: TextFilter) -> Any:
    if isinstance(part, str):
        return redact(part)
    if isinstance(part, dict):
        return {k: redact(v) if k in ("text", "content") and isinstance(v, str) else v
                for k, v in part.items()}  # fmt: skip
    return part
