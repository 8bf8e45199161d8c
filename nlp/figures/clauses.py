"""Where clauses and sentence parts start and end (punctuation inside numbers does not count)."""

from __future__ import annotations

import re

CLAUSE_PUNCT = re.compile(r"[,;:()\[\]“”\"]|\.(?!\w)|\s[-–]\s")
STRONG_PUNCT = re.compile(r"[;:]|\.(?!\d)")
def in_number(low: str, m: re.Match) -> bool:
    return m.group(0) in ".," and 0 < m.start() and m.end() < len(low) and \
        low[m.start() - 1].isdigit() and low[m.end()].isdigit()


def clause_bounds(low: str, pos: int, end_from: int | None = None) -> tuple[int, int]:
    """Start of the clause holding `pos`, and its end (searched from `end_from`, default `pos`)."""
    start = 0
    for m in CLAUSE_PUNCT.finditer(low, 0, pos):
        if not in_number(low, m):
            start = m.end()
    end = len(low)
    for m in CLAUSE_PUNCT.finditer(low, pos if end_from is None else end_from):
        if not in_number(low, m):
            end = m.start()
            break
    return start, end
CLAUSE_END = re.compile(r"[,;:]|\.(?!\d)")
SEGMENT_END = re.compile(r";|\.(?!\d)")


def segment_start(low: str, pos: int) -> int:
    """Start of the ";"-separated part of the sentence holding `pos`."""
    start = 0
    for m in SEGMENT_END.finditer(low, 0, pos):
        start = m.end()
    return start
