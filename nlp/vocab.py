"""Loads the Vietnamese vocabulary and patterns kept as data in nlp/data/*.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed nlp/data/<name>.yaml (cached; treat as read-only)."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        # libyaml's loader where built in: the data files are read once per process, 10x faster.
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def contract_ids(kind: str) -> list[str]:
    """Canonical ids of one vocabulary kind (sections, channels, metrics, ...), from the contract copy."""
    return [str(k) for k in load("vocabulary")[kind]]
