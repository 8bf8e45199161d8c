"""What states a target or a proposal rather than a result (RECORD.md: targets are not figures;
"Thực hiện", "Ước thực hiện" values are). The words are data: nlp/data/targets.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp import vocab
from nlp.numbers import fold_keep

_BULLET = re.compile(r"^[\s\-–—•+*▪●○◦]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[ivx]+[.)])?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    column: re.Pattern
    column_with_period: re.Pattern
    result: re.Pattern
    row: re.Pattern
    result_row: re.Pattern
    prose: re.Pattern
    prose_carried_out: re.Pattern
    prose_result: re.Pattern
    context: re.Pattern
    context_result: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = vocab.load("targets")
    return _Words(**{k: re.compile(data[k]) for k in _Words.__dataclass_fields__})


def is_target_context(heading: str, caption: str) -> bool:
    """A heading or lead-in that announces targets or proposals rather than results."""
    w = _words()
    for text in (caption if len(caption) < 300 else "", heading):
        low = fold_keep(text)
        if w.context_result.search(low):
            return False
        if w.context.search(low):
            return True
    return False


def is_target_column(low_head: str, has_period: bool) -> bool:
    """A column whose header path names a target ("Năm 2023 Kế hoạch", "Dự kiến năm 2025") and
    no result ("Thực hiện", "Ước thực hiện", "Kết quả")."""
    w = _words()
    if w.result.search(low_head):
        return False
    return bool(w.column.search(low_head) or (has_period and w.column_with_period.search(low_head)))


def _bare(label: str) -> str:
    return " ".join(_BULLET.sub("", fold_keep(label)).strip(" :.-–").split())


def is_target_row(label: str) -> bool:
    """A row label that is only a target: "- Kế hoạch", "KH giao", "Mục tiêu năm 2024"."""
    return bool(_words().row.match(_bare(label)))


def is_result_row(label: str) -> bool:
    """A row label that is only a result ("- Thực hiện", "Ước thực hiện"): the metric is the row above's."""
    return bool(_words().result_row.match(_bare(label)))


def target_before(low: str, start: int, pos: int) -> bool:
    """In a sentence (`low`, folded), whether the value at `pos` is a target: target words between
    `start` (its part of the sentence) and the value, not carried out ("thực hiện mục tiêu"), and no
    result stated after them ("..., đến nay đã đón ...")."""
    w = _words()
    found = None
    for m in w.prose.finditer(low, start, pos):
        if not w.prose_carried_out.search(low[max(start, m.start() - 20):m.start()]):
            found = m
    if found is None:
        return False
    return not w.prose_result.search(low, found.end(), pos)
