"""Wording pools. Every wording belongs to exactly one pool, and every pool to one split.

The ``test`` split has one pool, ``test``. The ``dev`` split has every package of this folder
whose name is ``dev`` or ``dev`` followed by a number (``dev2``, ``dev3``...): adding a dev pool
is adding such a package, with a ``POOL`` named like the package.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from .model import FAMILIES, FAMILY_KINDS, HINT_TYPES, Pool
from .test import POOL as TEST

_DEV_POOL = re.compile(r"dev(\d*)")


def _dev_pool_names() -> tuple[str, ...]:
    names = [
        m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and _DEV_POOL.fullmatch(m.name)
    ]
    # dev first, then dev2, dev3, ... dev10 in numeric (not string) order.
    return tuple(sorted(names, key=lambda name: int(name[3:] or 0)))


def _load(name: str) -> Pool:
    pool = importlib.import_module(f"{__name__}.{name}").POOL
    if not isinstance(pool, Pool) or pool.name != name:
        raise ValueError(f"wordings/{name}: POOL must be a Pool named {name!r}")
    return pool


POOLS: dict[str, Pool] = {name: _load(name) for name in _dev_pool_names()}
POOLS["test"] = TEST
# Which pools make up each split, in the order their records are written.
SPLIT_POOLS: dict[str, tuple[str, ...]] = {"dev": _dev_pool_names(), "test": ("test",)}

__all__ = ["FAMILIES", "FAMILY_KINDS", "HINT_TYPES", "POOLS", "SPLIT_POOLS", "Pool"]
