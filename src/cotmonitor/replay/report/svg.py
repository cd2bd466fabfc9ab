"""Small inline SVG bar charts, generated as text: no script, no external asset.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#1f77b4", "#8c564b", "#7f7f7f")
_BAR_H = 22
_LABEL_W = 220
_WIDTH = 640
_PLOT_H = 180
_LEFT = 40
_TOP = 30


def color_of(index: int) -> str:
    """A stable colour for the ``index``-th series."""
    return PALETTE[index % len(PALETTE)]


def _svg(height: float, body: str) -> str:
    return (
        f'<svg class="chart" role="img" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}">{body}</svg>'
    )


def _text(x: float, y: float, text: str, anchor: str = "start", css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{escape(text)}</text>'


def _rect(x: float, y: float, w: float, h: float, *, color: str, tip: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{color}">'
        f"<title>{escape(tip)}</title></rect>"
    )


def horizontal_bars(title: str, counts: Sequence[tuple[str, int]]) -> str:
    """One bar per label, in the order given."""
    top = max((c for _, c in counts), default=0) or 1
    parts = [_text(0, 14, title, css="chart-title")]
    for i, (label, count) in enumerate(counts):
        y = 24 + i * _BAR_H
        width = (_WIDTH - _LABEL_W - 60) * count / top
        parts.append(_text(_LABEL_W - 6, y + 15, label[:34], "end"))
        parts.append(
            _rect(_LABEL_W, y + 3, width, _BAR_H - 6, color=color_of(0), tip=f"{label}: {count}")
        )
        parts.append(_text(_LABEL_W + width + 4, y + 15, f"{count:,}"))
    return _svg(_BAR_H * len(counts) + 30, "".join(parts))


def _column(
    x: float, step: float, label: str, counts: Mapping[str, int], *, series: Sequence[str], top: int
) -> str:
    parts, y = [], float(_TOP + _PLOT_H)
    for j, name in enumerate(series):
        value = counts.get(name, 0)
        if value:
            h = _PLOT_H * value / top
            y -= h
            parts.append(
                _rect(
                    x + 1, y, max(step - 2, 1), h, color=color_of(j), tip=f"{label} {name}: {value}"
                )
            )
    return "".join(parts)


def stacked_columns(
    title: str, buckets: Sequence[tuple[str, Mapping[str, int]]], series: Sequence[str]
) -> str:
    """One column per bucket (a time range), stacked by series (a category)."""
    top = max((sum(b.values()) for _, b in buckets), default=0) or 1
    step = (_WIDTH - _LEFT - 10) / max(len(buckets), 1)
    base = _TOP + _PLOT_H
    parts = [_text(0, 14, title, css="chart-title"), _text(_LEFT - 4, _TOP + 4, f"{top:,}", "end")]
    parts.append(f'<line x1="{_LEFT}" y1="{base}" x2="{_WIDTH - 10}" y2="{base}" stroke="#888"/>')
    for i, (label, counts) in enumerate(buckets):
        parts.append(_column(_LEFT + i * step, step, label, counts, series=series, top=top))
    if buckets:
        parts.append(_text(_LEFT, base + 16, buckets[0][0]))
        parts.append(_text(_WIDTH - 10, base + 16, buckets[-1][0], "end"))
    for j, name in enumerate(series):
        lx, ly = _LEFT + (j % 4) * 150, base + 34 + (j // 4) * 14
        parts.append(_rect(lx, ly - 9, 10, 10, color=color_of(j), tip=name))
        parts.append(_text(lx + 14, ly, name))
    return _svg(base + 50 + 14 * (len(series) // 4), "".join(parts))
