"""Whole noun phrases for figure labels: a label is the noun phrase its words open or close
("bài viết về Phú Yên trên báo, tạp chí nước ngoài"), not only the words a metric pattern
matched ("bài viết"), and the metric is decided from all of it (`more_specific`).

Words and their tags come from underthesea's pos_tag, cached per text: only the stretch of a
sentence from a label to the next number (or from a clause start to "đạt"), and only where a
phrase can go on; a stretch tags in a few ms, a whole sentence in tens
(benchmarks/bench_noun_phrases.py measures it). Which tags make a
noun phrase and which words end one is data: nlp/data/noun_phrases.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.numbers import fold_keep
from nlp.periods import find_periods
from nlp.vocab import load


@dataclass(frozen=True)
class Word:
    text: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class _Rules:
    noun_tags: frozenset
    join_tags: frozenset
    join_punctuation: frozenset
    coordination_tags: frozenset
    compound_heads: frozenset
    stop_words: frozenset
    channel_metrics: dict
    subject_link: re.Pattern
    counted_head: re.Pattern
    period_lead: re.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load("noun_phrases")
    links = sorted((fold_keep(w) for w in data["subject_links"]), key=len, reverse=True)
    return _Rules(
        noun_tags=frozenset(data["noun_tags"]), join_tags=frozenset(data["join_tags"]),
        join_punctuation=frozenset(data["join_punctuation"]),
        coordination_tags=frozenset(data["coordination_tags"]), compound_heads=frozenset(data["compound_heads"]),
        channel_metrics={k: list(v) for k, v in (data.get("channel_metrics") or {}).items()},
        stop_words=frozenset(fold_keep(w) for w in data["stop_words"]),
        # the link right before the number, possibly after a comma ("..., đạt 35 bài")
        subject_link=re.compile(r"(?:^|\s|,|(?=:))(" + "|".join(re.escape(w) for w in links) + r")\s*$"),
        period_lead=re.compile(r"(?:[\s,;:\-–]+(?:" + "|".join(
            re.escape(fold_keep(w)) for w in sorted(data["period_leads"], key=len, reverse=True)) +
            r")(?!\w))*[\s,;:\-–]*$"),
        # "số lượt ...", "tổng số ..." opening a clause (after its start, a comma, ";", ":", "(")
        counted_head=re.compile(r"(?:^|(?<=[,;:(])|(?<=[,;:(]\s))\s*((?:" + "|".join(
            re.escape(fold_keep(w)) for w in sorted(data["counted_heads"], key=len, reverse=True)) +
            r")(?!\w)(?!\s+(?:" + "|".join(re.escape(fold_keep(w)) for w in data["counted_heads_not"]) + r")(?!\w)))"))


@lru_cache(maxsize=16384)
def tagged(sentence: str) -> tuple[Word, ...]:
    """The sentence's words with their part-of-speech tags and offsets (underthesea)."""
    from nlp.sentences import underthesea_ready

    underthesea_ready()
    from underthesea import pos_tag

    words: list[Word] = []
    pos = 0
    for text, tag in pos_tag(sentence):
        m = re.compile(r"\s*".join(re.escape(s) for s in text.split())).search(sentence, pos)
        if m is None:   # the tagger normalised the word: tag what can be found, skip the rest
            continue
        words.append(Word(sentence[m.start():m.end()], tag, m.start(), m.end()))
        pos = m.end()
    return tuple(words)


def _is_noun(w: Word, r: _Rules) -> bool:
    return w.tag in r.noun_tags and fold_keep(w.text) not in r.stop_words


def _in_phrase(words: tuple[Word, ...], i: int, r: _Rules, forward: bool, object_of: bool = True) -> bool:
    """Whether words[i] continues the noun phrase (coming from the previous word in the
    direction of travel). `object_of`: a preposition stands on the phrase's way ("trên báo,
    tạp chí"); only there does a list go on ("ngôn ngữ và Cổng ..." is two things)."""
    w = words[i]
    low = fold_keep(w.text)
    if low in r.stop_words:
        return False
    if _is_noun(w, r):
        return True
    if w.tag == "V":
        return _compound_verb(words, i, r)
    if (w.tag in r.coordination_tags or w.text in r.join_punctuation) and not object_of:
        return False
    if w.tag in r.join_tags or w.text in r.join_punctuation:
        # a joint needs a noun on its far side: "về Phú Yên", "báo, tạp chí", "bài viết về"
        nxt = i + 1 if forward else i - 1
        return 0 <= nxt < len(words) and (_is_noun(words[nxt], r) or
                                           (words[nxt].tag == "V" and _compound_verb(words, nxt, r)))
    return False


def _compound_verb(words: tuple[Word, ...], i: int, r: _Rules) -> bool:
    """"bài viết", "lượt xem": a verb right after a noun is part of the compound the tagger split."""
    w, prev = words[i], i - 1
    return fold_keep(w.text) not in r.stop_words and prev >= 0 and words[prev].tag in r.compound_heads \
        and fold_keep(words[prev].text) not in r.stop_words


def _tagged_part(sentence: str, lo: int, hi: int) -> tuple[Word, ...]:
    """The words of sentence[lo:hi], tagged on their own (a label's stretch of a sentence tags
    in a few ms, a whole sentence in tens), offsets in the sentence."""
    return tuple(Word(w.text, w.tag, w.start + lo, w.end + lo) for w in tagged(sentence[lo:hi]))


def extend_right(sentence: str, start: int, limit: int, origin: int = 0) -> int:
    """Where the noun phrase that goes on at `start` ends (no further than `limit`); the words
    from `origin` (the label's start) are tagged."""
    r = _rules()
    words = _tagged_part(sentence, origin, limit)
    end = start
    object_of = False
    for i, w in enumerate(words):
        if w.end <= start:
            continue
        if w.start < start:   # the word straddles the label's end: the label keeps it whole
            end = max(end, w.end)
            continue
        if w.end > limit or not _in_phrase(words, i, r, forward=True, object_of=object_of):
            break
        object_of = object_of or (w.tag in r.join_tags and w.tag not in r.coordination_tags)
        end = w.end
    # a phrase does not end on a joint ("... trên")
    while True:
        last = next((w for w in reversed(words) if start <= w.start and w.end <= end), None)
        if last is None or not (last.tag in r.join_tags or last.text in r.join_punctuation):
            return end
        end = max(start, max((w.end for w in words if w.end <= last.start), default=start))


def subject_phrase(sentence: str, number_start: int, floor: int) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a number is said of ("Số bài viết ... đạt 35 bài"): the
    words before a link ("đạt", "là", ":") right before the number, back to a verb, a number
    or a clause break; None without such a link."""
    r = _rules()
    before = fold_keep(sentence[floor:number_start])
    m = r.subject_link.search(before)
    if m is None:
        return None
    end = floor + m.start(1)
    words = _tagged_part(sentence, floor, end)
    idx = [i for i, w in enumerate(words) if floor <= w.start and w.end <= end]
    start = None
    for i in reversed(idx):
        # going back, a list is inside a preposition's object when a preposition comes before it
        object_of = any(words[j].tag in r.join_tags and words[j].tag not in r.coordination_tags
                        for j in idx if j < i)
        if not _in_phrase(words, i, r, forward=False, object_of=object_of):
            break
        start = words[i].start
    if start is None:
        return None
    # a phrase does not start on a joint ("về Phú Yên ...", ", tạp chí")
    for i in [i for i in idx if words[i].start >= start]:
        w = words[i]
        if w.tag in r.join_tags or w.text in r.join_punctuation or w.tag == "V":
            start = None
            continue
        start = w.start
        break
    if start is None:
        return None
    end_word = max((w.end for w in words if start <= w.start and w.end <= end), default=None)
    return (start, end_word) if end_word else None


def counted_subject(sentence: str, number_start: int, floor: int) -> tuple[int, int] | None:
    """(start, end) of a counted subject: a clause opening with "số" / "tổng số" ("số lượt khách
    quốc tế đến tham quan, nghỉ dưỡng tại các khu, điểm du lịch trên địa bàn tỉnh đạt 21.400 lượt")
    up to the link before the number. Unlike `subject_phrase` it spans verbs and commas: what
    such a clause counts is all of it, up to its link ("đạt", "là", ":"). None without both."""
    r = _rules()
    before = fold_keep(sentence[floor:number_start])
    link = r.subject_link.search(before)
    if link is None:
        return None
    heads = list(r.counted_head.finditer(before, 0, link.start(1)))
    if not heads:
        return None
    start = floor + heads[-1].start(1)
    end = floor + link.start(1)
    # a period written before the link ("... tính đến 31/8/2024 đạt"), with the words that lead
    # it in ("trong", "tính đến"), is not what is counted
    for p in find_periods(sentence[start:end], None):
        if p.start > 0:
            end = min(end, start + p.start)
    m = r.period_lead.search(fold_keep(sentence[start:end]))
    end = start + (m.start() if m else len(sentence[start:end].rstrip(" ,;:-–")))
    return (start, end) if end > start else None


def without_trailing_period(label: str) -> str:
    """A label without the period it ends on ("Kim ngạch xuất khẩu ... năm 2023", "... trong 9 tháng
    năm 2024"): a label says what is counted, the period is the figure's own field."""
    periods = [p for p in find_periods(label, None) if p.start > 0]
    if not periods or label[periods[-1].end:].strip(" ,;:-–()"):
        return label
    cut = periods[0].start
    # only the periods at the end: "khách năm 2023 và 2024"
    for p in reversed(periods[:-1]):
        if label[p.end:periods[periods.index(p) + 1].start].strip(" ,;:-–và"):
            cut = periods[periods.index(p) + 1].start
            break
    m = _rules().period_lead.search(fold_keep(label[:cut]))
    head = label[:m.start()] if m else label[:cut]
    return head.rstrip(" ,;:-–(") or label


def more_specific(old_metric: str, old_label: str, phrase: str, unit: str | None, context: str):
    """The metric `phrase` names when it is more specific than `old_metric`: it differs, and its
    words hold the old label's and go beyond them ("bài viết" -> "bài viết về Phú Yên trên báo,
    tạp chí nước ngoài": foreign_articles, not articles). None otherwise."""
    from nlp.figures.metrics import match_metric   # here: nlp.figures imports this module

    m = match_metric(phrase, unit, context)
    if m is None or m.metric == old_metric:
        return None
    matched = re.sub(r"\s+", " ", fold_keep(phrase[m.start:m.end]))
    old = re.sub(r"\s+", " ", fold_keep(old_label)).strip()
    if old and old in matched and len(matched) > len(old):
        return m
    return None


def _find_words(text: str, words: str, lo: int, hi: int) -> tuple[int, int] | None:
    parts = words.split()
    if not parts:
        return None
    m = re.compile(r"\s+".join(re.escape(p) for p in parts)).search(text, lo, hi)
    return (m.start(), m.end()) if m else None


def _may_go_on(text: str, end: int, limit: int) -> bool:
    """Whether a phrase can go on after `end` at all: a word follows, before the next number,
    that is not a word ending phrases ("tăng", "so với", "đạt"). Saves tagging the sentence."""
    m = re.match(r"[ \t]*,?[ \t]*(\w+(?:\s+\w+)?)", text[end:limit])
    if m is None:
        return False
    words = fold_keep(m.group(1)).split()
    stops = _rules().stop_words
    return not (words[0] in stops or " ".join(words) in stops or words[0].isdigit())


def widen(text: str, q, found, next_start: int, prev_end: int):
    """A prose label (metric match, label) taken at the number `q` of `text`, widened to its
    whole noun phrase: the phrase the label opens after the number, or the subject of a
    "<noun phrase> đạt <number>"; the metric from all of it where that is more specific."""
    if found is None:
        return None
    from nlp.figures.metrics import MetricMatch, trim_label, unit_from_label   # (a cycle at import)

    m, label = found
    span = _find_words(text, label, q.num_start, next_start) if label else None
    phrase_label = label
    best = m
    if span is not None and _may_go_on(text, span[1], next_start):
        # a period ("trong năm 2023", "9 tháng đầu năm") is not part of what is counted
        limit = min([next_start] + [p.start for p in find_periods(text, None) if p.start >= span[1]])
        end = extend_right(text, span[1], limit, origin=span[0])
        if end > span[1]:
            phrase = re.sub(r"\s+", " ", text[span[0]:end]).strip()
            better = more_specific(m.metric, label, phrase, q.unit, text)
            # the label's own unit words decide an unstated unit: a wider phrase must not change it
            if better is not None or q.unit is not None or unit_from_label(phrase, None) == unit_from_label(label, None):
                phrase_label = trim_label(phrase)
                best = better or m
    # the subject only where its raw words could say more than the label (tagging is the cost)
    head = text[:q.start].rstrip(" \t")
    head = head[:-1] if head.endswith(":") else head   # "Số bài viết ...: 35 bài": the colon is the link
    floor = max([prev_end, 0] + [k + 1 for k in (head.rfind(c) for c in ";:(") if k >= 0])
    if best is m and q.unit is not None and more_specific(m.metric, label, text[floor:q.start], q.unit, text):
        for sp in (subject_phrase(text, q.start, floor),
                   counted_subject(text, q.start, floor) or counted_subject(text, q.num_start, floor)):
            if sp is None:
                continue
            phrase = re.sub(r"\s+", " ", text[sp[0]:sp[1]]).strip()
            better = more_specific(m.metric, label, phrase, q.unit, text)
            if better is not None:
                best, phrase_label = better, trim_label(phrase)
                break
    if best is m and phrase_label == label:
        return found
    return MetricMatch(best.metric, best.start, best.end, q.unit if q.unit is not None else best.unit), phrase_label


def subject_label(text: str, q, prev_end: int):
    """(metric match, label) from the counted subject of a number with a unit where the words
    around it named none ("số lượt truy cập chuyên trang ... đạt 142.800 lượt"); None otherwise."""
    if q.unit is None:
        return None     # a bare number after "Số thành viên ... là": not a figure this way
    from nlp.figures.metrics import MetricMatch, match_metric, trim_label   # (a cycle at import)

    head = text[:q.start].rstrip(" \t")
    head = head[:-1] if head.endswith(":") else head
    floor = max([prev_end, 0] + [k + 1 for k in (head.rfind(c) for c in ";(") if k >= 0])
    # the link may be read into the quantity ("ước đạt 52.300 lượt"): then it ends at the numeral
    sp = counted_subject(text, q.start, floor) or counted_subject(text, q.num_start, floor)
    if sp is None:
        return None
    phrase = re.sub(r"\s+", " ", text[sp[0]:sp[1]]).strip()
    m = match_metric(phrase, q.unit, text)
    if m is None:
        return None
    return MetricMatch(m.metric, m.start, m.end, q.unit), trim_label(phrase)


def table_metric(mm, label: str, groups: list[str], unit: str | None, context: str):
    """A table row's metric decided from its label with the row group above it ("II. Báo chí
    nước ngoài") and the column group over the cell: the first of them that makes it more
    specific ("Bài viết" under "Báo chí nước ngoài": foreign_articles). `mm` is the label's own."""
    if mm is None or not label.strip():
        return mm
    from nlp.figures.metrics import MetricMatch, match_metric   # (a cycle at import)

    own = match_metric(label, unit, context) or mm
    for group in groups:
        group = re.sub(r"^\s*(?:[IVXLC]+|[A-ZĐ]|\d+)\s*[.)/]\s*", "", group or "").strip()
        if not group:
            continue
        better = more_specific(mm.metric, label[own.start:own.end] or label, f"{label} {group}", unit, context)
        if better is not None:
            return MetricMatch(better.metric, better.start, better.end, unit if unit is not None else better.unit)
    return mm


def _without_periods(text: str) -> str:
    """A column head without its period ("Số tin, bài đăng tải Năm 2023" -> "Số tin, bài đăng tải")."""
    for p in sorted(find_periods(text, None), key=lambda p: -p.start):
        text = text[:p.start] + " " + text[p.end:]
    return re.sub(r"\s+", " ", text).strip()


def channel_measure(label: str, column_head: str, unit: str | None, context: str):
    """The metric of a cell in a table of channels by measures: the row label names a channel
    (channels.yaml) and the column group what is counted ("Số tin, bài, video đăng tải"): of the
    measures the column names, the one the channel counts (channel_metrics), made more specific
    by the row ("tin, bài" of "Báo, tạp chí nước ngoài": foreign_articles); its unit is the
    cell's where the measure takes it, else the measure's own. None otherwise."""
    from nlp import channels   # (a cycle at import)
    from nlp.figures.metrics import MetricMatch, match_metric
    from nlp.matchers import backend

    head = _without_periods(column_head or "")
    parts = [p for p in re.split(r"\s*(?:[,;/]|(?<!\w)và(?!\w))\s*", head) if p.strip()]
    measures = [(m, p[m.start:m.end]) for p in parts for m in [match_metric(p, unit, context)] if m is not None]
    if not measures and unit is not None:
        # a unit read from the row's channel name ("(phiên bản tiếng Anh)": "bản") is not the
        # measure's: the column's measures with their own units
        unit = None
        measures = [(m, p[m.start:m.end]) for p in parts for m in [match_metric(p, None, context)] if m is not None]
    if not measures:
        return None
    ids = {vid.removeprefix(channels.NAMED) for _, _, vid in channels._matcher(backend()).find(label)}
    if not ids:
        return None
    prefs = [metric for ch in sorted(ids) for metric in _rules().channel_metrics.get(ch, [])]
    m, words = min(measures, key=lambda mw: prefs.index(mw[0].metric) if mw[0].metric in prefs else len(prefs))
    better = more_specific(m.metric, words, f"{words} {label}", unit, context) or m
    return MetricMatch(better.metric, better.start, better.end, unit if unit is not None else better.unit)
