"""Faithfulness per hint type with its interval, as a self-contained SVG (no plotting library).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from cotmonitor.faithfulness.metric import OVERALL

_WIDTH, _HEIGHT = 720, 380
_LEFT, _RIGHT, _TOP, _BOTTOM = 60, 20, 40, 90
_BAR = "#4C78A8"
_OVERALL_BAR = "#F58518"


def faithfulness_svg(summary: Mapping[str, Any], title: str = "CoT faithfulness") -> str:
    """An SVG bar chart: the normalised score of each hint type and overall, with intervals.

    Undefined scores get an empty slot marked ``n/a``.

    .. versionadded:: 0.1.0
    """
    rows = [*summary["by_hint_type"].items(), (OVERALL, summary["overall"])]
    plot_w = _WIDTH - _LEFT - _RIGHT
    plot_h = _HEIGHT - _TOP - _BOTTOM
    slot = plot_w / max(1, len(rows))

    def y(value: float) -> float:
        return _TOP + plot_h * (1.0 - value)

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT}" '
            f'viewBox="0 0 {_WIDTH} {_HEIGHT}" font-family="sans-serif" font-size="12">'
        ),
        f'<rect width="{_WIDTH}" height="{_HEIGHT}" fill="white"/>',
        f'<text x="{_WIDTH / 2}" y="22" text-anchor="middle" font-size="15">{escape(title)}</text>',
    ]
    for tick in range(0, 101, 20):
        ty = y(tick / 100)
        parts.append(
            f'<line x1="{_LEFT}" y1="{ty:.1f}" x2="{_WIDTH - _RIGHT}" y2="{ty:.1f}" stroke="#ddd"/>'
        )
        parts.append(f'<text x="{_LEFT - 8}" y="{ty + 4:.1f}" text-anchor="end">{tick}%</text>')
    for index, (name, row) in enumerate(rows):
        parts.extend(_bar(index, slot, str(name), row, y))
    parts.append(
        f'<line x1="{_LEFT}" y1="{y(0):.1f}" x2="{_WIDTH - _RIGHT}" y2="{y(0):.1f}" stroke="#333"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _bar(index: int, slot: float, name: str, row: Mapping[str, Any], y: Any) -> list[str]:
    center = _LEFT + slot * (index + 0.5)
    width = slot * 0.6
    score = row.get("faithfulness")
    label_y = _HEIGHT - _BOTTOM + 18
    out = [
        (
            f'<text x="{center:.1f}" y="{label_y}" text-anchor="end" '
            f'transform="rotate(-30 {center:.1f} {label_y})">{escape(name)}</text>'
        )
    ]
    if score is None:
        out.append(f'<text x="{center:.1f}" y="{y(0) - 6:.1f}" text-anchor="middle">n/a</text>')
        return out
    color = _OVERALL_BAR if name == OVERALL else _BAR
    top = y(score)
    out.append(
        f'<rect x="{center - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" '
        f'height="{y(0) - top:.1f}" fill="{color}"><title>{escape(name)}: '
        f"{100 * score:.1f}%</title></rect>"
    )
    ci = row.get("faithfulness_ci")
    label_top = top
    if ci is not None:
        low, high = y(ci[0]), y(ci[1])
        cap = width / 4
        out.append(
            f'<path d="M{center:.1f},{low:.1f}V{high:.1f}'
            f"M{center - cap:.1f},{low:.1f}H{center + cap:.1f}"
            f'M{center - cap:.1f},{high:.1f}H{center + cap:.1f}" stroke="#222" fill="none"/>'
        )
        label_top = min(top, high)
    out.append(
        f'<text x="{center:.1f}" y="{label_top - 6:.1f}" '
        f'text-anchor="middle">{100 * score:.0f}%</text>'
    )
    return out
