from __future__ import annotations

from pathlib import Path

from cotmonitor.faithfulness.cache import ResponseCache, request_key


def test_key_is_stable_and_covers_every_field() -> None:
    a = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0}
    b = {"temperature": 0, "messages": [{"content": "hi", "role": "user"}], "model": "m"}
    assert request_key(a) == request_key(b)
    assert request_key(a) != request_key({**a, "temperature": 1})
    assert request_key(a) != request_key({**a, "model": "n"})


def test_round_trip_and_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cache.jsonl"
    cache = ResponseCache(path)
    cache.put("k1", {"content": "Answer: (A)", "reasoning": "r1"})
    cache.put("k2", {"content": "Answer: (B)", "reasoning": "r2"})
    # a run killed mid-write leaves half a line behind
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"key": "k3", "respo')
    reopened = ResponseCache(path)
    assert len(reopened) == 2
    assert reopened.skipped_lines == 1
    assert reopened.get("k2") == {"content": "Answer: (B)", "reasoning": "r2"}
    assert "k3" not in reopened
    reopened.put("k3", {"content": "Answer: (C)"})
    again = ResponseCache(path)
    assert again.get("k3") == {"content": "Answer: (C)"}
    assert len(again) == 3


def test_memory_only(tmp_path: Path) -> None:
    cache = ResponseCache(None)
    cache.put("k", {"content": "x"})
    assert cache.get("k") == {"content": "x"}
    assert list(tmp_path.iterdir()) == []
