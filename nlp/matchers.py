"""Vocabulary matchers: every (start, end, id) where a phrase of a data file's vocabulary
(channels.yaml, addressees.yaml) occurs in a text, offsets into nfc(text).

Two backends are built from the same patterns: `regex` (each pattern compiled on folded text)
and `spacy` (the patterns unrolled into a spaCy PhraseMatcher/Matcher over tokens,
nlp/spacy_matcher.py). benchmarks/bench_matchers.py compares them; REPORT_ETL_MATCHER picks
one (default regex: see the README's comparison for why)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Protocol

from nlp.textkit import fold_aligned, nfc

DEFAULT_BACKEND = "regex"
BACKENDS = ("regex", "spacy", "spacy-underthesea")


class VocabularyMatcher(Protocol):
    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, id) of every match, overlapping ones included, offsets into nfc(text)."""


@dataclass(frozen=True)
class Entry:
    """One vocabulary pattern: the id it names and its regex on folded text."""
    id: str
    pattern: str


class RegexMatcher:
    def __init__(self, entries: tuple[Entry, ...], boundary_before: str = r"(?<!\w)"):
        self.compiled = [(e.id, re.compile(boundary_before + e.pattern + r"(?!\w)")) for e in entries]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        low = fold_aligned(nfc(text))
        return [(m.start(), m.end(), vid) for vid, rx in self.compiled for m in rx.finditer(low)]


def backend() -> str:
    name = os.environ.get("REPORT_ETL_MATCHER", DEFAULT_BACKEND)
    if name not in BACKENDS:
        raise ValueError(f"REPORT_ETL_MATCHER={name!r}: one of {', '.join(BACKENDS)}")
    return name


def build(entries: tuple[Entry, ...], name: str, boundary_before: str = r"(?<!\w)") -> VocabularyMatcher:
    """The matcher of `entries` on backend `name` (callers keep it: building is the cold cost)."""
    if name == "regex":
        return RegexMatcher(entries, boundary_before)
    from nlp.spacy_matcher import SpacyMatcher

    return SpacyMatcher(entries, tokenizer="underthesea" if name == "spacy-underthesea" else "syllables")
