"""Headings a reader found against the samples' gold outline (samples/gold/<stem>.json).

A found heading matches a gold one when, after normalising both (NFC, casefold, whitespace
collapsed, leading numbering such as "I.", "2.1.", "a)", "-", "•" stripped), they are equal or
one contains the other and the shorter is at least 80% of the longer: a peer that keeps a
trailing colon or drops a word still counts, one that returns a whole paragraph does not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MIN_OVERLAP = 0.8
# One numbering token: a Roman or Arabic number (2.1.), a single letter (a) or đ.), or a bullet.
_NUMBERING = re.compile(r"^(?:(?:[ivxlcdm]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]|[-–—•·+*])\s*")


def normalise(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    while (stripped := _NUMBERING.sub("", text, count=1)) != text:  # "II. 1." is two tokens
        text = stripped
    return text


def same_heading(found: str, gold: str) -> bool:
    if found == gold:
        return True
    short, long_ = sorted((found, gold), key=len)
    return bool(short) and short in long_ and len(short) >= MIN_OVERLAP * len(long_)


@dataclass
class HeadingScore:
    gold: int      # gold headings of the file
    found: int     # gold headings some found heading matches
    extra: int     # found headings that match no gold heading (false positives)

    def __add__(self, other: "HeadingScore") -> "HeadingScore":
        return HeadingScore(self.gold + other.gold, self.found + other.found, self.extra + other.extra)


def score(found: list[str], gold: list[str]) -> HeadingScore:
    found_n = [h for h in map(normalise, found) if h]
    gold_n = [h for h in map(normalise, gold) if h]
    hits = sum(any(same_heading(f, g) for f in found_n) for g in gold_n)
    extra = sum(not any(same_heading(f, g) for g in gold_n) for f in found_n)
    return HeadingScore(gold=len(gold_n), found=hits, extra=extra)


def gold_headings(gold_dir: Path, sample: Path) -> list[str] | None:
    """The non-null section headings of the sample's gold record; None without a gold file."""
    path = gold_dir / f"{sample.stem}.json"
    if not path.is_file():
        return None
    sections = json.loads(path.read_text(encoding="utf-8")).get("sections") or []
    return [s["heading"] for s in sections if s.get("heading")]
