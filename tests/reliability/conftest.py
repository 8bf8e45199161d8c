"""Reliability suite: small counts in CI, the large ones with RELIABILITY_SCALE=full. Each test
prints its figures (run with -s to see them) and appends them to RELIABILITY_REPORT (a JSONL
file) when that is set."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "inbox"
FULL = os.environ.get("RELIABILITY_SCALE", "") == "full"


def scale(ci: int, full: int) -> int:
    """`ci` normally, `full` with RELIABILITY_SCALE=full; RELIABILITY_N overrides both."""
    if os.environ.get("RELIABILITY_N"):
        return int(os.environ["RELIABILITY_N"])
    return full if FULL else ci


def report(test: str, **figures) -> None:
    line = "  ".join(f"{k}={v}" for k, v in figures.items())
    print(f"\n[reliability] {test}: {line}")
    target = os.environ.get("RELIABILITY_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"test": test, "at": time.strftime("%Y-%m-%d %H:%M:%S"), **figures},
                                ensure_ascii=False, default=str) + "\n")


def peak_child_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.fixture
def sqlite_ws(tmp_path):
    from flows.pipeline import Workspace

    return Workspace(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", root=tmp_path / "data")
