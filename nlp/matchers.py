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
        # Each pattern with the literal text every match of it starts with: a substring test
        # skips the regex when the text cannot match (most of ~220 patterns on most
        # sentences; the matcher was a fifth of the NLP's time before).
        self.compiled = [(e.id, required_prefix(e.pattern), re.compile(boundary_before + e.pattern + r"(?!\w)"))
                         for e in entries]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        low = fold_aligned(nfc(text))
        return [(m.start(), m.end(), vid) for vid, prefix, rx in self.compiled
                if prefix in low for m in rx.finditer(low)]


_META = set("\\.^$*+?{}[]()|")


def required_prefix(pattern: str) -> str:
    """The literal text every match of `pattern` starts with ("" when there is none: a
    top-level alternative, or a class or group first). "trang (?:tin|web)" -> "trang "."""
    depth, i = 0, 0
    while i < len(pattern):  # a top-level "|" makes any prefix optional
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.find("]", i + 2) + 1 or len(pattern)
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return ""
        i += 1
    end = 0
    while end < len(pattern) and pattern[end] not in _META:
        end += 1
    if end < len(pattern) and pattern[end] in "?*{":  # the last literal is optional
        end -= 1
    return pattern[:max(end, 0)]


# name -> builder(entries, boundary_before); the components use ACTIVE
BUILDERS: dict[str, Callable[[tuple[Entry, ...], str], VocabularyMatcher]] = {"regex": RegexMatcher}
ACTIVE = "regex"


def backend() -> str:
    return ACTIVE


def build(entries: tuple[Entry, ...], name: str, boundary_before: str = r"(?<!\w)") -> VocabularyMatcher:
    """The matcher of `entries` on backend `name` (callers keep it: building is the cold cost)."""
    return BUILDERS[name](entries, boundary_before)
