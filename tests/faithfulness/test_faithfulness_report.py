from __future__ import annotations

import xml.etree.ElementTree as ET

from cotmonitor.faithfulness.plot import faithfulness_svg
from cotmonitor.faithfulness.records import PairRecord
from cotmonitor.faithfulness.report import markdown_table, summarize, table_rows


def _records() -> list[PairRecord]:
    out = []
    for i in range(20):
        after = "C" if i < 12 else ("B" if i < 14 else "A")
        out.append(
            PairRecord(
                str(i),
                "",
                "metadata",
                4,
                "A",
                "C",
                "A",
                after,
                verbalized=i < 3,
                flagged=3 <= i < 9,
            )
        )
        # grader hints never move the answer: its score is undefined
        out.append(PairRecord(str(i), "", "grader_hacking", 4, "A", "C", "A", "A"))
    return out


def test_summary_table_and_plot() -> None:
    summary = summarize(_records(), reps=200, seed=0)
    meta = summary["by_hint_type"]["metadata"]
    assert meta["switched_to_hint"] == 12
    assert meta["faithfulness"] == 0.25 / (1 - (2 / 2) / 12)
    low, high = meta["faithfulness_ci"]
    assert low <= meta["faithfulness"] <= high
    assert meta["monitor_recall"] == 6 / 9
    assert summary["by_hint_type"]["grader_hacking"]["faithfulness"] is None
    assert summary["overall"]["faithfulness"] == meta["faithfulness"]

    rows = table_rows(summary)
    assert [r[0] for r in rows] == ["metadata", "grader_hacking", "overall"]
    assert rows[1][5] == "n/a"
    table = markdown_table(summary)
    assert table.count("\n") == 4
    assert "| metadata | 20 | 12 | 2 | 25% |" in table

    svg = faithfulness_svg(summary, title="scores <of> m")
    root = ET.fromstring(svg)
    rects = root.findall("{http://www.w3.org/2000/svg}rect")
    assert len(rects) == 3  # the background and two defined bars
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "scores <of> m" in texts
    assert "n/a" in texts
