"""Figures with no metric of their own (metric "other"): a visitor count of one event, a count of
named things in a result statement ("mời 05 KOL"), a measured amount stated as a level."""

from __future__ import annotations

import re

from nlp import vocab
from nlp.figures.clauses import CLAUSE_END, clause_bounds, in_number
from nlp.figures.draft import SentenceItem
from nlp.figures.metrics import trim_label
from nlp.numbers import fold_keep

_WORDS = vocab.load("prose")   # the words of the sentence grammar (nlp/data/prose.yaml)

# The subject of a clause that is one event: "Lễ hội ... đón khoảng 2,5 triệu lượt khách",
# "riêng Festival ... thu hút ...", "Tổ chức Lễ hội ..., thu hút 200.000 lượt khách".
_EVENT_WORDS = _WORDS["event_words"]
_LEAD_FILLER = _WORDS["event_lead"]
_EVENT_HEAD = re.compile(r"^" + _LEAD_FILLER + _EVENT_WORDS)
_ORGANISED_EVENT = re.compile(r"^" + _LEAD_FILLER + _WORDS["event_organised"] + _EVENT_WORDS)
_VERB_HEAD = re.compile(_WORDS["event_verb_head"])


def event_subject(low: str, pos: int) -> tuple[int, int] | None:
    """Where the event is named when the clause holding a visitor count at `pos` is about one event
    (its subject is a festival, fair, programme...): the count is that event's, not the province's."""
    bounds = [m.end() for m in CLAUSE_END.finditer(low, 0, pos) if not in_number(low, m)]
    start = bounds[-1] if bounds else 0
    clause = low[start:pos]
    m = _EVENT_HEAD.match(clause)
    if m:
        verb = _SUBJECT_END.search(clause, m.end())
        return start + m.end() - len(m.group(1)), start + (verb.start() if verb else len(clause))
    if _VERB_HEAD.match(clause) and len(bounds) >= 1 and low[start - 1] == ",":
        # "Tổ chức Lễ hội ..., thu hút ...": the subject is the clause before the comma
        prev_start = bounds[-2] if len(bounds) >= 2 else 0
        prev = low[prev_start:start - 1]
        m = _EVENT_HEAD.match(prev) or _ORGANISED_EVENT.match(prev)
        if m:
            return prev_start + m.end() - len(m.group(1)), start - 1
    return None


_SUBJECT_END = re.compile(_WORDS["event_subject_end"])


def other_label(text: str, low: str, it: SentenceItem, event: tuple[int, int] | None) -> str:
    """The words of a figure with no metric of its own: its unit and the noun phrase after it
    ("doanh nghiệp nước ngoài tham gia trưng bày"), with the event it belongs to."""
    q = it.q
    uw = re.sub(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn)\s+)+", "", q.unit_text or "", flags=re.IGNORECASE)
    _, c_end = clause_bounds(low, q.num_start, q.end)
    words = text[q.end:c_end].split()[:8]
    label = trim_label(" ".join([uw] + words) if uw else " ".join(words))
    if event is not None:
        label = f"{label} ({trim_label(text[event[0]:event[1]])})"
    return label or trim_label(text[max(0, it.start - 60):it.end])


# A count of named things with no metric of its own is a figure only where the sentence states a
# result: a verb of what was done right before the number ("mời 05 KOL", "thu hút 25 doanh nghiệp",
# "phát hành 3.000 cuốn") or a participation after it ("25 doanh nghiệp tham gia").
_RESULT_VERB = re.compile(_WORDS["result_verb"])
_PARTICIPATE_AFTER = re.compile(_WORDS["participate_after"])


def result_statement(low: str, it: SentenceItem) -> bool:
    q = it.q
    bounds = [m.end() for m in CLAUSE_END.finditer(low, 0, q.start) if not in_number(low, m)]
    before = low[bounds[-1] if bounds else 0:q.start]
    if _RESULT_VERB.search(before):
        return True
    return bool(_PARTICIPATE_AFTER.match(low[q.end:]))

# A measured amount ("tấn", "ha", "km") is a figure where its clause says what reaches it:
# "sản lượng vải xuất khẩu đạt trên 45.000 tấn". Durations and "lần" are not.
_LEVEL_BEFORE = re.compile(_WORDS["level_before"])
_NOT_MEASURED = set(_WORDS["not_measured"])


def measured_level(text: str, low: str, it: SentenceItem) -> str | None:
    """The label (the subject before the verb) of a measured amount stated as a level, else None."""
    q = it.q
    if fold_keep(q.unit_text or "") in _NOT_MEASURED:
        return None
    bounds = [m.end() for m in CLAUSE_END.finditer(low, 0, q.start) if not in_number(low, m)]
    start = bounds[-1] if bounds else 0
    before = low[start:q.start]
    m = _LEVEL_BEFORE.search(before)
    if not m:
        return None
    label = trim_label(text[start:start + m.start()])
    if len(label.split()) < 2:
        return None
    return label
