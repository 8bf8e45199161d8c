"""Figures from sentences: each sentence of a body block is read with the number grammar
(numbers.py) and the period grammar (periods.py). A number preceded by "tăng/giảm/gấp/bằng" is a
change and goes into the `change` of the figure it qualifies (baselines.py); "từ X ... lên Y"
makes X the baseline of Y; the label and metric come from the words around the number
(`take_label`, metrics.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import vocab
from nlp.figures.baselines import changes_of_items, compared_with
from nlp.figures.clauses import SEGMENT_END, STRONG_PUNCT, clause_bounds, segment_start
from nlp.figures.draft import FigureDraft, SentenceItem
from nlp.figures.metrics import MetricMatch, match_metric, metric_rules, trim_label, unit_from_label
from nlp.figures.other import event_subject, measured_level, other_label, result_statement
from nlp.figures.targets import target_before
from nlp.numbers import Quantity, find_quantities, fold_keep
from nlp.noun_phrases import subject_label, widen, without_trailing_period
from nlp.periods import PeriodMention, find_periods, period_year, same_period_last_year
from storage.record import Baseline, Change

_WORDS = vocab.load("prose")   # the words of the sentence grammar (nlp/data/prose.yaml)

_CHANGE_VERB = re.compile(_WORDS["change_verb"])
_LEVEL_VERB = re.compile(_WORDS["level_verb"])
_FROM = re.compile(_WORDS["from_word"])
_COMPARE_AFTER = re.compile(_WORDS["compare_after"])
# "gấp" stops a label only as a multiple ("gấp 2 lần", "gấp đôi"), not in "tờ gấp", "tập gấp"
_STOP_AFTER = re.compile(_WORDS["label_stop"])
_TIMES_WORDS = {k: float(v) for k, v in _WORDS["times_words"].items()}
_GAP_WORD = re.compile(_WORDS["times_phrase"])


def _classify(low: str, q: Quantity) -> tuple[str, str | None]:
    """value | change, with the change verb."""
    pre = low[max(0, q.start - 30):q.start]
    after = low[q.end:q.end + 40]
    if _LEVEL_VERB.search(pre) and not re.search(r"(?:gấp|lần)\s*$", pre):
        return "value", None
    m = _CHANGE_VERB.search(pre)
    verb = m.group(1) if m else None
    times = q.unit_text is not None and fold_keep(q.unit_text).endswith("lần")
    if verb in ("đạt", "chiếm"):
        if q.unit == "percent" and _COMPARE_AFTER.match(after):
            return "change", "bằng"
        return "value", None
    if verb is not None:
        if verb == "bằng" and not (q.unit == "percent" or times):
            return "value", None
        return "change", verb
    if times and re.match(r"^\s*(?:so\s+với|so|cùng\s+kỳ)", after):
        return "change", "gấp"
    if q.unit == "percent" and re.search(r"[+\-–]\s*$", low[max(0, q.num_start - 2):q.num_start]) and \
            _COMPARE_AFTER.match(after):
        return "change", "tăng" if "+" in low[max(0, q.num_start - 2):q.num_start] else "giảm"
    return "value", None


def _windows(text: str, low: str, q: Quantity, next_start: int, prev_end: int):
    """(after-window text, before-window text, before offset)."""
    c_start, c_end = clause_bounds(low, q.num_start, q.end)
    # after: unit words + words up to the clause end, the next number or a change verb
    a_end = min(c_end, next_start)
    stop = _STOP_AFTER.search(low, q.end, a_end)
    if stop:
        a_end = stop.start()
    after = text[q.end:a_end]
    b_start = max(c_start, prev_end)
    before = text[b_start:q.start]
    if b_start > 0 and b_start >= c_start and low[b_start - 1] == ":" and \
            not re.search(r"\w", trim_label(before)):
        # "Số lượt truy cập: 1.200.000": the label is the clause before the colon
        p_start, _ = clause_bounds(low, b_start - 1)
        b_start = max(p_start, prev_end)
        before = text[b_start:q.start]
    return after, before, b_start


_FAR = object()
_OF_WORD = re.compile(_WORDS["of_word"])


def _label_after(q: Quantity, after: str, unit: str | None, context: str, near: int | None = None):
    """(metric match, label) from the unit words and the words after the number. With `near`, a
    bare or counted number ("22 yếu tố ...", "12 điểm nhấn ...") whose metric word only comes more
    than `near` words after its own noun gives _FAR: that word is not what is counted."""
    unit_words = q.unit_text or ""
    # The multiplier is not part of the label: "triệu lượt khách" -> "lượt khách".
    uw = re.sub(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn|tr\.?)\s*)+", "", unit_words, flags=re.IGNORECASE).strip()
    window = re.sub(r"\s+", " ", (uw + " " + after) if uw else after).strip()
    if not window:
        return None
    m = match_metric(window, unit, context)
    if m is None:
        return None
    if near is not None and unit in (None, "count") and m.start > len(uw):
        between = fold_keep(window[len(uw): m.start])
        if len(between.split()) > near or _OF_WORD.search(between):
            # a number counts the noun right after it: in "22 yếu tố truyền thông nêu trong Cẩm nang",
            # "22 yếu tố của Cẩm nang", "25 doanh nghiệp tham gia hội chợ" the metric word further on
            # is not what is counted
            return _FAR
    label = window[: m.end]
    return m, trim_label(label)


def _label_before(before: str, unit: str | None, context: str) -> tuple[MetricMatch, str] | None:
    if not before.strip():
        return None
    m = match_metric(before, unit, context)
    if m is None:
        return None
    return m, trim_label(without_trailing_period(trim_label(before[m.start:])))


# A name in quotation marks ("Festival 4 mùa", “Một điểm đến, 8 di sản”) is not a statement of figures.
# A straight quote opens after a space or bracket and closes before one, and a name holds no ";": with
# mismatched quotes (OCR: ”Visit Hue" ... "Hue Tourism") the stretch between two names is not quoted.
_QUOTED = re.compile(r'(?<![\w"])"[^";\n]{1,100}"(?![\w"])|“[^”;\n]{1,100}”')
# Three or more bare numerals in a row are the cells of a table flattened into text (a scan): their
# columns are unknown, so they are not read as prose.
_NUMBER_RUN = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*\|?\s+\d[\d.,]*){2,}(?![\w.,])")


def _sentence_items(text: str, low: str, default_year: int | None) -> list[SentenceItem]:
    qs = find_quantities(text)
    periods = find_periods(text, default_year)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    runs = [(m.start(), m.end()) for m in _NUMBER_RUN.finditer(text)]
    items: list[SentenceItem] = []
    for q in qs:
        if any(p.start <= q.num_start < p.end for p in periods):
            continue
        if any(a < q.num_start < b for a, b in quoted):
            continue
        if q.unit is None and any(a <= q.num_start < b for a, b in runs):
            continue
        kind, verb = _classify(low, q)
        it = SentenceItem(q=q, start=q.start, end=q.end, kind=kind, direction=verb)
        items.append(it)
    for m in _GAP_WORD.finditer(low):
        if any(it.start <= m.start() < it.end for it in items):
            continue
        items.append(SentenceItem(q=None, start=m.start(), end=m.end(), kind="change", direction="increase",
                           times=_TIMES_WORDS[m.group(2)]))
    items.sort(key=lambda i: i.start)
    changes_of_items(text, low, items)
    return items


# A stock counted now ("hiện có 45.000 người theo dõi", "đến nay đã ký 05 thỏa thuận", "từ khi triển
# khai Kế hoạch ... 06 video"): it has no period unless one is written after the marker ("đến tháng 6/2024").
_STOCK = re.compile(_WORDS["stock"])


def _stock_marker(low: str, pos: int, periods: list[PeriodMention]) -> int | None:
    """Where a "hiện có / đến nay / lũy kế / từ khi" before `pos` (same part of the sentence) starts."""
    seg = segment_start(low, pos)
    found = None
    for m in _STOCK.finditer(low, seg, pos):
        if any(p.start <= m.start() < p.end for p in periods):
            continue  # "từ năm 2022 đến nay": a span, which is a period
        found = m.start()
    return found


def _period_for(items: list[SentenceItem], idx: int, low: str, periods: list[PeriodMention],
                after_end: int, exclude: frozenset = frozenset()) -> tuple[str | None, bool]:
    """(period, explicit) of a value: a period right after it in its clause, else the nearest one
    before it in the sentence. A stock ("hiện có ...") takes only a period written after its
    marker, and is explicit(ly) without one otherwise: it does not inherit the context's period."""
    it = items[idx]
    usable = [p for p in periods if p.period and not p.compare and (p.kind != "date" or p.as_of)
              and p.start not in exclude]
    # right after the number, before the next number / clause end, not past a ";"
    stop = SEGMENT_END.search(low, it.end)
    if stop:
        after_end = min(after_end, stop.start())
    for p in usable:
        if it.end <= p.start < after_end:
            return p.period, True
    stock = _stock_marker(low, it.start, periods)
    if stock is not None:
        prev = [p for p in usable if stock <= p.start and p.end <= it.start]
        return (prev[-1].period if prev else None), True
    # the nearest before it in the sentence, not past another value that has its own period
    prev = [p for p in usable if p.end <= it.start]
    if prev:
        if len(prev) >= 2 and prev[-1].kind == prev[-2].kind == "year" and \
                _YEAR_LIST.match(low, prev[-2].end, prev[-1].start):
            return None, True   # "VITM Hà Nội 2023, 2024; đón 02 đoàn": of both years, not one
        return prev[-1].period, True
    return None, False


_YEAR_LIST = re.compile(r"\s*(?:,|và|&)\s*$")


def take_label(text: str, low: str, q: Quantity, next_start: int, prev_end: int) -> tuple[MetricMatch, str] | None:
    """The label of the value `q` in a sentence and the metric it names: the one place a prose label
    is taken. First the unit and the words after the number, then the words before it in its clause,
    then a noun list after the unit, last (typed amounts) anything earlier in the sentence.
    `next_start`/`prev_end`: where the next number starts and the previous one ends."""
    nxt = next_start
    after, before, _ = _windows(text, low, q, nxt, prev_end)
    found = _label_after(q, after, q.unit, text, near=3)
    far = found is _FAR
    if far:
        found = None
    if found is None:
        found = _label_before(before, q.unit, text)
    if found is None and q.unit_text and not far:
        # a noun list after the unit: "42 địa phương, tổ chức quốc tế có quan hệ hợp tác"
        semi = STRONG_PUNCT.search(low, q.end)
        long_end = min(nxt, semi.start() if semi else len(text))
        stop = _STOP_AFTER.search(low, q.end, long_end)
        found = _label_after(q, text[q.end:stop.start() if stop else long_end], q.unit, text)
    if found is None and not far:
        # "số lượt truy cập chuyên trang ... đạt 142.800 lượt": the clause a "số" opens, verbs and all
        found = subject_label(text, q, prev_end)
    if found is None and q.unit is not None and q.unit != "percent":
        # last resort: anything earlier in the sentence, nearest first, for typed amounts only
        wide = text[:q.start]
        found = _label_before(wide[-120:], q.unit, text) if q.unit in ("USD", "VND") else None
    # the label's whole noun phrase, and the metric from all of it (nlp/noun_phrases.py)
    return widen(text, q, found, nxt, prev_end)


def figures_in_sentence(text: str, default_year: int | None = None,
                        context_period: str | None = None) -> list[FigureDraft]:
    """The figures one sentence states (changes attached, baselines set). Cached per input."""
    return [FigureDraft(**vars(d)) for d in _figures_in_sentence(text, default_year, context_period)]


@lru_cache(maxsize=16384)
def _figures_in_sentence(text: str, default_year: int | None, context_period: str | None) -> tuple[FigureDraft, ...]:
    low = fold_keep(text)
    items = _sentence_items(text, low, default_year)
    if not items:
        return ()
    periods = find_periods(text, default_year)
    _, other_units, _ = metric_rules()

    values = [i for i, it in enumerate(items) if it.kind == "value"]
    # metric, label, unit of each value
    for n, i in enumerate(values):
        it = items[i]
        q = it.q
        nxt = items[i + 1].start if i + 1 < len(items) else len(text)
        prev_end = items[i - 1].end if i > 0 else 0
        found = take_label(text, low, q, nxt, prev_end)
        if found is not None:
            m, label = found
            it.metric, it.label = m.metric, label or m.metric
            it.unit = q.unit or unit_from_label(label, None) or m.unit
        else:
            it.unit = q.unit
        it.unit_text = q.unit_text
        c_start, c_end = clause_bounds(low, q.num_start)
        after_end = min(nxt, len(text))
        it.period, it.period_explicit = _period_for(items, i, low, periods, after_end)

    # "46.000 người theo dõi (cuối năm 2022 là 18.500 người)": the value in the parenthesis is the
    # same metric at the period it names, and the baseline of the value before it
    for n, i in enumerate(values[:-1]):
        it, j = items[i], values[n + 1]
        jt = items[j]
        if it.metric is None or jt.q is None or (jt.metric is not None and jt.metric != it.metric) or \
                (jt.unit is not None and it.unit is not None and jt.unit != it.unit):
            continue
        paren = _paren_period(low, it.end, jt.start, periods)
        if paren is None:
            continue
        jt.metric, jt.label, jt.unit = it.metric, it.label, jt.unit or it.unit
        jt.period, jt.period_explicit = paren.period, True
        nxt = items[i + 1].start if i + 1 < len(items) else len(text)
        it.period, it.period_explicit = _period_for(items, i, low, periods, nxt, frozenset({paren.start}))
        py, iy = period_year(paren.period), period_year(it.period) if it.period else None
        if it.baseline is None and it.unit == jt.unit and py is not None and (iy is None or py <= iy) and \
                paren.period != it.period:
            it.baseline = Baseline(period=paren.period, value=jt.q.value)

    # "từ X (năm 2022) lên Y (năm 2023)"
    for i in values:
        it = items[i]
        if not _FROM.search(low[max(0, it.start - 20):it.start]):
            continue
        for j in values:
            if j <= i:
                continue
            jt = items[j]
            between = low[it.end:jt.start]
            if re.search(r"(?<!\w)(?:lên|đến|tới|thành|xuống|còn)(?!\w)", between) and not STRONG_PUNCT.search(between):
                it.is_from = True
                jt.from_of = i
                if jt.metric is None and it.metric is not None:
                    jt.metric, jt.label, jt.unit = it.metric, it.label, jt.unit or it.unit
                if it.metric is None and jt.metric is not None:
                    it.metric, it.label = jt.metric, jt.label
                    it.unit = it.unit or jt.unit
                if it.unit is None and jt.unit is not None and it.q.multiplier == 1.0 and jt.q.multiplier != 1.0:
                    it.unit, it.unit_text = jt.unit, jt.unit_text
                    items[i].q = Quantity(**{**vars(it.q), "value": it.q.value * jt.q.multiplier})
                if it.unit == jt.unit:
                    jt.baseline = Baseline(period=it.period if it.period_explicit else None, value=it.q.value)
                break

    # list continuation: "năm 2022 đạt X lượt khách, năm 2023 đạt Y lượt" -> same metric
    # A part of the value before it ("..., trong đó khách quốc tế Y") does not start a list: in
    # "X lượt, trong đó khách quốc tế Y lượt; 9 tháng 2024 đạt Z lượt" Z continues X.
    last = None
    prev_end = 0
    for i in values:
        it = items[i]
        part = last is not None and bool(_PART_OF.search(low[prev_end:it.start]))
        prev_end = it.end
        if it.metric is None and last is not None and last.unit == it.unit and it.unit is not None \
                and it.period and it.period != last.period:
            it.metric, it.label = last.metric, last.label
        if it.metric is not None and not part:
            last = it

    # changes -> the value they qualify
    for k, ch in enumerate(items):
        if ch.kind != "change":
            continue
        target = None
        for i in reversed(values):
            if i < k and items[i].change is None and not STRONG_PUNCT.search(low[items[i].end:ch.start]):
                target = items[i]
                break
        if target is None:
            for i in values:
                if i > k and items[i].change is None and not STRONG_PUNCT.search(low[ch.end:items[i].start]):
                    target = items[i]
                    break
        if target is None and ch.q is not None and ch.q.unit == "percent":
            # "GRDP tăng 7,5%": a growth rate stated on its own is the figure
            c_start, _ = clause_bounds(low, ch.q.num_start)
            m = match_metric(text[c_start:ch.start], "percent", text)
            if m and m.metric == "grdp":
                ch.kind = "value"
                ch.metric, ch.label, ch.unit, ch.unit_text = "grdp", trim_label(text[c_start:ch.start][m.start:]), \
                    "percent", ch.q.unit_text
                ch.period, ch.period_explicit = _period_for(items, k, low, periods, len(text))
                values.append(k)
            continue
        if target is None:
            continue
        compared = compared_with(low, periods, ch, items, target)
        target.change = Change(direction=ch.direction, percent=ch.percent, times=ch.times, compared_with=compared)
    values.sort()

    # comparable periods of one metric in one sentence: the later one has the earlier as baseline
    for i in values:
        it = items[i]
        if it.metric is None or it.baseline is not None or not it.period:
            continue
        want = same_period_last_year(it.period)
        for j in values:
            jt = items[j]
            if j != i and jt.metric == it.metric and jt.unit == it.unit and jt.period == want:
                it.baseline = Baseline(period=want, value=jt.q.value)
                break

    out = []
    for i in values:
        it = items[i]
        if it.q is None or it.unit is None:
            continue
        if target_before(low, segment_start(low, it.start), it.start):
            continue  # "đặt mục tiêu đón 2,5 triệu lượt khách": a target is not a figure
        metric = it.metric
        event = None
        if metric is not None and metric.startswith("visitors_"):
            event = event_subject(low, it.start)
            if event:
                metric = None  # the visitors of one festival or event, not the province's
        if metric is None:
            level = it.unit == "other" and measured_level(text, low, it)
            if it.unit not in other_units and not (it.unit == "count" and result_statement(low, it)) and not level:
                continue
            metric, it.label = "other", (level if level and event is None else other_label(text, low, it, event))
        period = it.period if it.period_explicit else context_period
        out.append(FigureDraft(
            metric=metric, label=it.label or "", value=float(it.q.value), unit=it.unit,
            unit_text=it.unit_text,
            period=period, baseline=it.baseline, change=it.change, approximate=it.q.approximate,
            span=(it.start, it.end),
        ))
    return tuple(out)


_PART_OF = re.compile(_WORDS["part_of"])
# "(cuối năm 2022 là 18.500 người)", "(năm 2022: 12.000)": a parenthesis opening right after a value
# with a period and a value of its own
_PAREN_LEAD = re.compile(_WORDS["paren_lead"])
_PAREN_TAIL = re.compile(_WORDS["paren_tail"])


def _paren_period(low: str, end: int, start: int, periods: list[PeriodMention]) -> PeriodMention | None:
    between = low[end:start]
    open_ = between.rfind("(")
    if open_ < 0 or ")" in between[open_:] or STRONG_PUNCT.search(between[:open_]) or \
            re.search(r"\d", between[:open_]) or len(between[:open_].split()) > 6:
        return None
    inner_start = end + open_ + 1
    for p in periods:
        if p.period and not p.compare and inner_start <= p.start and p.end <= start and \
                _PAREN_LEAD.match(low[inner_start:p.start]) and _PAREN_TAIL.match(low[p.end:start]):
            return p
    return None
