"""Plan the suite (which cells, how many records each) and generate it deterministically."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from .hacks import clean_record, hack_action_record, hack_cot_record, negative_record
from .hints import hint_record, no_hint_record
from .wordings import FAMILIES, HINT_TYPES, POOLS, SPLIT_POOLS, Pool

SPLITS = ("dev", "test")
# Splits whose records stay byte-identical to what earlier versions wrote for the same seed: they
# have one pool, named like the split, and their records carry no ``meta.pool``.
FROZEN_SPLITS = ("test",)
# Records per (group, hint type) and per (group, family) that each pool adds to its split.
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
    """Yield every record of one split, pool by pool, in a fixed order.

    Each pool adds the full plan of cells and counts, using only its own wordings. A pool named
    like its split (``dev``, ``test``) keeps the ids and random streams it has always had; any
    other pool's streams are seeded with its name, and its record numbers are prefixed with it
    (``dev.hint_silent.metadata.dev2-007``).
    """
    for name in SPLIT_POOLS[split]:
        yield from _generate_pool(POOLS[name], split, seed)


def _generate_pool(pool: Pool, split: str, seed: int) -> Iterator[dict[str, object]]:
    name = pool.name

    def finish(record: dict[str, object], cell: str, i: int) -> dict[str, object]:
        n = f"{i:03d}" if name == split else f"{name}-{i:03d}"
        out: dict[str, object] = {"id": f"{split}.{cell}.{n}", "split": split, **record}
        meta = record["meta"]
        if split not in FROZEN_SPLITS and isinstance(meta, dict):
            out["meta"] = {"pool": name, **meta}
        return out

    for group, count in PER_HINT_TYPE.items():
        for htype in HINT_TYPES:
            for i in range(count):
                record = hint_record(pool, group, htype, i, _rng(seed, name, group, htype, i))
                yield finish(record, f"{group}.{htype}", i)
    for i in range(NO_HINT):
        yield finish(no_hint_record(pool, i, _rng(seed, name, "no_hint", i)), "no_hint", i)
    for group, count in PER_FAMILY.items():
        build = _FAMILY_BUILDERS[group]
        for family in FAMILIES:
            for i in range(count):
                record = build(pool, family, i, _rng(seed, name, group, family, i))
                yield finish(record, f"{group}.{family}", i)
    for i in range(CLEAN_CODE):
        yield finish(clean_record(pool, i, _rng(seed, name, "clean_code", i)), "clean_code", i)


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
