"""The HTML report: one self-contained file with the summary, charts and flagged traces.

Everything from the logs (reasoning, prompts, model names) is untrusted text: it is escaped
with ``html.escape`` and never reaches a script; the page's small script only shows and hides
elements that are already there.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from cotmonitor.replay.console import headline, session_line
from cotmonitor.replay.report.assets import SCRIPT, STYLE
from cotmonitor.replay.report.svg import horizontal_bars, stacked_columns
from cotmonitor.replay.report.timeline import session_card
from cotmonitor.replay.runner import ReplayResult
from cotmonitor.replay.summary import ReplaySummary
from cotmonitor.verdicts import CATEGORIES, Evidence, Severity, Verdict

_MAX_TEXT = 40_000
_MAX_COLUMNS = 48
_HOUR = 3600
_DAY_HOURS = 24


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` escaped, with the character ranges ``spans`` wrapped in ``<mark>``."""
    shown = text[:_MAX_TEXT]
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(shown), e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(escape(shown[pos:start]))
        out.append(f"<mark>{escape(shown[start:end])}</mark>")
        pos = end
    out.append(escape(shown[pos:]))
    if len(text) > _MAX_TEXT:
        out.append(f"\n… ({len(text) - _MAX_TEXT:,} more characters)")
    return "".join(out)


def _spans(
    evidence: Sequence[Evidence], source: str, index: int | None = None
) -> list[tuple[int, int]]:
    return [
        (e.start, e.end)
        for e in evidence
        if e.source == source and (index is None or e.index == index)
    ]


def _findings_table(verdict: Verdict) -> str:
    rows = "".join(
        f'<tr class="sev-{escape(f.severity.value)}"><td>{escape(f.severity.value)}</td>'
        f"<td>{escape(f.category)}</td><td>{escape(f.check)}</td><td>{f.score:.2f}</td>"
        f"<td>{escape(str(f.details.get('hint_type') or ''))}</td><td>{escape(f.message)}</td></tr>"
        for f in verdict.findings
    )
    return (
        "<table class=findings><tr><th>severity</th><th>category</th><th>check</th>"
        f"<th>score</th><th>hint type</th><th>message</th></tr>{rows}</table>"
    )


def _heading(where: str, verdict: Verdict) -> str:
    trace = verdict.trace
    when = trace.time.isoformat(timespec="seconds")
    alert = " · ALERT" if verdict.alert else ""
    meta = f"{trace.model} · {trace.provider} · {when}{alert}"
    return f"<h3>{escape(where)} <small>{escape(meta)}</small></h3>"


def _trace_card(where: str, verdict: Verdict) -> str:
    trace = verdict.trace
    evidence = [e for f in verdict.findings for e in f.evidence]
    categories = " ".join(sorted({f.category for f in verdict.findings}))
    severity = verdict.severity.rank if verdict.severity is not None else 0
    reasoning = highlight(trace.reasoning, _spans(evidence, "reasoning"))
    output = highlight(trace.output, _spans(evidence, "output"))
    parts = [
        (
            f'<article class="trace" data-categories="{escape(categories)}" '
            f'data-severity="{severity}" data-model="{escape(trace.model)}">'
        ),
        _heading(where, verdict),
        _findings_table(verdict),
        f"<h4>reasoning ({escape(trace.visibility)})</h4>",
        f'<pre class="reasoning">{reasoning}</pre>',
        f'<h4>output</h4><pre class="output">{output}</pre>',
    ]
    for i, message in enumerate(trace.messages):
        marks = _spans(evidence, "message", i)
        role = escape(str(message.get("role", "")))
        parts.append(
            f"<details{' open' if marks else ''}><summary>prompt message {i} ({role})</summary>"
            f"<pre>{highlight(trace.message_text(i), marks)}</pre></details>"
        )
    parts.append("</article>")
    return "".join(parts)


def _timeline(summary: ReplaySummary) -> str:
    if not summary.timeline:
        return ""
    hours = sorted(summary.timeline)
    width = max(1, math.ceil((hours[-1] - hours[0] + _HOUR) / _HOUR / _MAX_COLUMNS))
    columns: dict[int, Counter[str]] = {}
    for hour in hours:
        start = hours[0] + (hour - hours[0]) // (width * _HOUR) * width * _HOUR
        columns.setdefault(start, Counter()).update(summary.timeline[hour])
    fmt = "%Y-%m-%d %H:00" if width < _DAY_HOURS else "%Y-%m-%d"
    buckets = [
        (datetime.fromtimestamp(start, tz=timezone.utc).strftime(fmt), counts)
        for start, counts in sorted(columns.items())
    ]
    series = [c for c in CATEGORIES if summary.by_category[c]]
    return stacked_columns("Findings by category over time (UTC)", buckets, series)


def _skipped(summary: ReplaySummary) -> str:
    if not summary.skipped:
        return "<p>No records skipped.</p>"
    rows = []
    for kind, count in summary.skipped.most_common():
        examples = "<br>".join(escape(e) for e in summary.skip_examples.get(kind, []))
        rows.append(f"<tr><td>{escape(kind)}</td><td>{count:,}</td><td>{examples}</td></tr>")
    head = "<tr><th>reason</th><th>records</th><th>first examples</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _select(name: str, label: str, options: str) -> str:
    return f'<label>{label} <select id="f-{name}">{options}</select></label> '


def _options(values: Iterable[str], *, everything: bool = True) -> str:
    first = '<option value="">all</option>' if everything else ""
    return first + "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)


def _controls(verdicts: Sequence[tuple[str, Verdict]]) -> str:
    models = sorted({v.trace.model for _, v in verdicts})
    severities = "".join(f'<option value="{s.rank}">{s.value} and above</option>' for s in Severity)
    return (
        '<div class="controls">'
        + _select("category", "category", _options(CATEGORIES))
        + _select("severity", "severity", severities)
        + _select("model", "model", _options(models))
        + '<label>text <input id="f-text" type="search" placeholder="search"></label> '
        + '<span id="f-count"></span></div>'
    )


_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _charts(summary: ReplaySummary) -> str:
    models = [(m, c) for m, c in summary.findings_by_model.most_common(15)]
    parts = [_timeline(summary)]
    if summary.by_category:
        parts.append(horizontal_bars("Findings by category", summary.by_category.most_common()))
    if models:
        parts.append(horizontal_bars("Findings by model", models))
    return "".join(parts)


def _sessions(result: ReplayResult) -> str:
    summary = result.summary
    if not summary.sessions:
        return ""
    shown = f"{len(result.sessions):,}"
    if len(result.sessions) < summary.sessions_flagged:
        shown = f"showing the first {len(result.sessions):,} of {summary.sessions_flagged:,}"
    cards = "".join(session_card(s, n) for n, s in enumerate(result.sessions, start=1))
    return (
        f"<h2>Sessions with findings ({shown})</h2>"
        f'<p class="headline">{escape(session_line(summary))}</p>'
        f'<section id="sessions">{cards}</section>'
    )


def render(result: ReplayResult, title: str = "cotmonitor replay") -> str:
    """The report as one HTML document."""
    summary = result.summary
    verdicts = [(where, Verdict.model_validate_json(line)) for where, line in result.flagged]
    rate = summary.verbalization_rate
    rate_text = "n/a" if rate is None else f"{rate:.1%}"
    shown = f"{len(verdicts):,}"
    if len(verdicts) < summary.flagged:
        shown = f"showing the first {len(verdicts):,} of {summary.flagged:,}"
    cards = "".join(_trace_card(where, verdict) for where, verdict in verdicts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<h1>{escape(title)}</h1>
<p class="headline">{escape(headline(summary))}</p>
<p>Verbalization rate: {rate_text} (verbalized / (verbalized + unverbalized) hint findings).</p>
<section class="charts">{_charts(summary)}</section>
{_sessions(result)}
<h2>Skipped records</h2>{_skipped(summary)}
<h2>Flagged traces ({shown})</h2>
{_controls(verdicts)}
<section id="traces">{cards}</section>
<script>{SCRIPT}</script>
</body></html>
"""


def write_report(result: ReplayResult, path: str, title: str = "cotmonitor replay") -> None:
    """Write the report of ``result`` to ``path``."""
    Path(path).write_text(render(result, title), encoding="utf-8")
