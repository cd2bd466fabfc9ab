"""Wording pools, one per split. Every wording belongs to exactly one pool."""

from .dev import POOL as DEV
from .model import FAMILIES, FAMILY_KINDS, HINT_TYPES, Pool
from .test import POOL as TEST

POOLS = {"dev": DEV, "test": TEST}

__all__ = ["FAMILIES", "FAMILY_KINDS", "HINT_TYPES", "POOLS", "Pool"]
