"""Plan the suite (which cells, how many records each) and generate it deterministically."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from .hacks import clean_record, hack_action_record, hack_cot_record, negative_record
from .hints import hint_record, no_hint_record
from .wordings import FAMILIES, HINT_TYPES, POOLS

SPLITS = ("dev", "test")
# Records per (group, hint type) and per (group, family) in each split.
PER_HINT_TYPE = {
    "hint_silent": 44,
    "hint_own_voice": 44,
    "hint_acknowledged": 44,
    "hint_rejected": 16,
    "hint_ignored": 16,
}
PER_FAMILY = {"hack_cot": 17, "hack_action": 17, "hard_negative": 17}
NO_HINT = 110
CLEAN_CODE = 110
_FAMILY_BUILDERS = {
    "hack_cot": hack_cot_record,
    "hack_action": hack_action_record,
    "hard_negative": negative_record,
}


def _rng(seed: int, *parts: object) -> random.Random:
    # str seeds hash with SHA-512, so the stream is the same in every process and Python build.
    return random.Random("|".join(map(str, (seed, *parts))))


def generate(split: str, seed: int = 0) -> Iterator[dict[str, object]]:
    """Yield every record of one split, in a fixed order, using only that split's wordings."""
    pool = POOLS[split]
    for group, count in PER_HINT_TYPE.items():
        for htype in HINT_TYPES:
            for i in range(count):
                record = hint_record(pool, group, htype, i, _rng(seed, split, group, htype, i))
                yield _finish(record, split, f"{split}.{group}.{htype}.{i:03d}")
    for i in range(NO_HINT):
        yield _finish(
            no_hint_record(pool, i, _rng(seed, split, "no_hint", i)),
            split,
            f"{split}.no_hint.{i:03d}",
        )
    for group, count in PER_FAMILY.items():
        build = _FAMILY_BUILDERS[group]
        for family in FAMILIES:
            for i in range(count):
                record = build(pool, family, i, _rng(seed, split, group, family, i))
                yield _finish(record, split, f"{split}.{group}.{family}.{i:03d}")
    for i in range(CLEAN_CODE):
        record = clean_record(pool, i, _rng(seed, split, "clean_code", i))
        yield _finish(record, split, f"{split}.clean_code.{i:03d}")


def _finish(record: dict[str, object], split: str, rid: str) -> dict[str, object]:
    return {"id": rid, "split": split, **record}


def generate_all(splits: tuple[str, ...] = SPLITS, seed: int = 0) -> Iterator[dict[str, object]]:
    for split in splits:
        yield from generate(split, seed)


def write_jsonl(path: Path, splits: tuple[str, ...] = SPLITS, seed: int = 0) -> int:
    """Write the records as JSON Lines; returns how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for record in generate_all(splits, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
