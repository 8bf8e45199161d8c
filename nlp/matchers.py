"""Vocabulary matchers: every (start, end, id) where a phrase of a data file's vocabulary
(channels.yaml, addressees.yaml) occurs in a text, offsets into nfc(text).

The matcher is the data files' regexes on folded text. A spaCy PhraseMatcher/Matcher built from
the same patterns was measured against it (benchmarks/bench_matchers.py, README "Vocabulary
matchers"): the same scores, faster matching but a cold load that a batch of reports does not
earn back, so spaCy is not a dependency. `BUILDERS` lets the benchmark plug its matcher in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol

from nlp.textkit import fold_aligned, nfc


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


# name -> builder(entries, boundary_before); the components use ACTIVE
BUILDERS: dict[str, Callable[[tuple[Entry, ...], str], VocabularyMatcher]] = {"regex": RegexMatcher}
ACTIVE = "regex"


def backend() -> str:
    return ACTIVE


def build(entries: tuple[Entry, ...], name: str, boundary_before: str = r"(?<!\w)") -> VocabularyMatcher:
    """The matcher of `entries` on backend `name` (callers keep it: building is the cold cost)."""
    return BUILDERS[name](entries, boundary_before)
