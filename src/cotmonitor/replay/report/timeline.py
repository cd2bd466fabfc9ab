"""A session's timeline in the report: its steps in order and where its findings point.

Each step is a dot on a line (red when the step has findings of its own); each session
finding is a lane above it, with a mark at every step its evidence is in and an arrow from
the first of those steps to the last (a plan at step 1 acted on at step 3 is an arrow from 1
to 3). Below come the steps and the findings as tables. Text from the logs is escaped.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from html import escape

from cotmonitor.replay.report.svg import color_of
from cotmonitor.replay.session_pass import SessionResult, StepRow
from cotmonitor.verdicts import Finding, Severity

_LEFT = 170
_STEP_W = 36
_LANE_H = 22
_TOP = 10
_MIN_W = 640
_LABEL_CHARS = 26
_OPEN_STEPS = 12
"""Sessions with at most this many steps show their steps table unfolded."""
_FLAGGED = (Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL)


def evidence_steps(finding: Finding, steps: list[StepRow]) -> list[int]:
    """The (0-based) steps the evidence of ``finding`` is in, in order, without repeats."""
    index = {row.trace_id: i for i, row in enumerate(steps)}
    found = {index[e.trace_id] for e in finding.evidence if e.trace_id in index}
    return sorted(found)


def _step_color(row: StepRow) -> str:
    severities = [Severity(s) for _, s in row.call_findings]
    if any(s in _FLAGGED for s in severities):
        return "#d62728"
    return "#ff7f0e" if severities else "#bbb"


def _x(step: int) -> float:
    return _LEFT + _STEP_W / 2 + step * _STEP_W


def _lane(n: int, finding: Finding, marks: list[int], prefix: str) -> str:
    y = _TOP + n * _LANE_H + _LANE_H / 2
    color = color_of(n)
    label = f"F{n + 1} {finding.category}"[:_LABEL_CHARS]
    end = _x(marks[-1]) + _STEP_W / 2 if marks else _LEFT
    parts = [
        f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(label)}</text>',
        f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{end:.1f}" y2="{y:.1f}" stroke="#eee"/>',
    ]
    if len(marks) > 1:
        start, stop = _x(marks[0]), _x(marks[-1]) - 7
        parts.append(
            f'<line class="arrow" x1="{start:.1f}" y1="{y:.1f}" x2="{stop:.1f}" y2="{y:.1f}" '
            f'stroke="{color}" stroke-width="2" marker-end="url(#{prefix}-a{n})"/>'
        )
    parts.extend(
        f'<rect class="mark" data-step="{step + 1}" x="{_x(step) - 5:.1f}" y="{y - 5:.1f}" '
        f'width="10" height="10" transform="rotate(45 {_x(step):.1f} {y:.1f})" '
        f'fill="{color}"><title>{escape(finding.category)}: step {step + 1}</title></rect>'
        for step in marks
    )
    return "".join(parts)


def _marker(n: int, prefix: str) -> str:
    return (
        f'<marker id="{prefix}-a{n}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{color_of(n)}"/>'
        "</marker>"
    )


def timeline_svg(session: SessionResult, prefix: str) -> str:
    """The timeline as inline SVG; ``prefix`` keeps its marker ids unique in the page."""
    steps = session.steps
    lanes = [evidence_steps(f, steps) for f in session.findings]
    axis = _TOP + len(lanes) * _LANE_H + 12
    width = max(_MIN_W, _LEFT + _STEP_W * len(steps) + 20)
    parts = [f"<defs>{''.join(_marker(n, prefix) for n in range(len(lanes)))}</defs>"]
    parts += [
        _lane(n, f, marks, prefix)
        for n, (f, marks) in enumerate(zip(session.findings, lanes, strict=True))
    ]
    parts.append(
        f'<line x1="{_LEFT}" y1="{axis}" x2="{_x(len(steps) - 1) + _STEP_W / 2:.1f}" '
        f'y2="{axis}" stroke="#888"/>'
    )
    parts.append(f'<text x="{_LEFT - 6}" y="{axis + 4}" text-anchor="end">steps</text>')
    for i, row in enumerate(steps):
        calls = ", ".join(f"{c} ({s})" for c, s in row.call_findings) or "no findings"
        parts.append(
            f'<circle class="step" cx="{_x(i):.1f}" cy="{axis}" r="7" fill="{_step_color(row)}">'
            f"<title>step {i + 1}: {escape(row.where)}: {escape(calls)}</title></circle>"
        )
        parts.append(f'<text x="{_x(i):.1f}" y="{axis + 22}" text-anchor="middle">{i + 1}</text>')
    height = axis + 30
    return (
        f'<div class="timeline"><svg class="chart session-timeline" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(parts)}</svg>'
        "</div>"
    )


def _steps_table(session: SessionResult, lanes: list[list[int]]) -> str:
    rows = []
    for i, row in enumerate(session.steps):
        marks = [f"F{n + 1}" for n, steps in enumerate(lanes) if i in steps]
        calls = ", ".join(f"{c} ({s})" for c, s in row.call_findings)
        klass = ' class="pointed"' if marks else ""
        rows.append(
            f"<tr{klass}><td>{i + 1}</td><td>{escape(row.where)}</td>"
            f"<td><code>{escape(row.trace_id)}</code></td><td>{escape(calls)}</td>"
            f"<td>{' '.join(marks)}</td></tr>"
        )
    head = (
        "<tr><th>step</th><th>where</th><th>trace</th><th>findings of the step</th>"
        "<th>session findings</th></tr>"
    )
    return f"<table class=steps>{head}{''.join(rows)}</table>"


def _findings_table(session: SessionResult, lanes: list[list[int]]) -> str:
    rows = []
    for n, (f, steps) in enumerate(zip(session.findings, lanes, strict=True)):
        where = " → ".join(str(s + 1) for s in steps)
        rows.append(
            f'<tr class="sev-{escape(f.severity.value)}"><td>F{n + 1}</td>'
            f"<td>{escape(f.severity.value)}</td><td>{escape(f.category)}</td>"
            f"<td>{escape(f.check)}</td><td>{f.score:.2f}</td><td>{escape(where)}</td>"
            f"<td>{escape(f.message)}</td></tr>"
        )
    head = (
        "<tr><th></th><th>severity</th><th>category</th><th>check</th><th>score</th>"
        "<th>steps</th><th>message</th></tr>"
    )
    return f"<table class=session-findings>{head}{''.join(rows)}</table>"


def session_card(session: SessionResult, number: int) -> str:
    """One session with findings: heading, timeline, findings and steps."""
    lanes = [evidence_steps(f, session.steps) for f in session.findings]
    kind = "response chain" if session.kind == "response_chain" else "session"
    extra = f" · {session.dropped:,} later steps not kept" if session.dropped else ""
    meta = f"{kind} · {len(session.steps):,} steps · {len(session.findings):,} findings{extra}"
    return (
        f'<article class="session" id="session-{number}">'
        f"<h3>{escape(session.session_id)} <small>{escape(meta)}</small></h3>"
        f"{timeline_svg(session, f's{number}')}"
        f"{_findings_table(session, lanes)}"
        f"<details{' open' if len(session.steps) <= _OPEN_STEPS else ''}><summary>steps</summary>"
        f"{_steps_table(session, lanes)}</details>"
        "</article>"
    )
