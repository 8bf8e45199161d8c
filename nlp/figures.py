"""The figures component: the numbers a report states for a metric and a period (RECORD.md).

Prose: each sentence of a body block is read with the number grammar (numbers.py) and the
period grammar (periods.py). A number preceded by "tăng/giảm/gấp/bằng" is a change and goes into
the `change` of the figure it qualifies; "từ X ... lên Y" makes X the baseline of Y; the metric
comes from the words around the number (patterns in nlp/data/metrics.yaml).

Tables: header rows give each column's period (or mark it as the unit, label, or change
column); the label cell gives the metric; every value cell is a figure; a column for the same
period a year earlier gives the baseline; a "Tăng/giảm (%)" / "So sánh" column gives the change
of the pair of columns whose values it agrees with.

The unit is the word the report writes ("lượt theo dõi" visits, "người theo dõi" people). A visitor
count whose clause is about one event is metric "other"; so is a count of named things with no
metric of its own ("mời 05 KOL") where the sentence states a result.

A value stated both in prose and in a table is one figure (same metric, unit, period and value
within 0.5%); the first keeps its evidence and gains what the other adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp import vocab
from nlp.context import Context
from nlp.numbers import Quantity, find_quantities, fold_keep, guess_style, parse_numeral, unit_of
from nlp.periods import (
    PeriodMention, find_periods, parse_period, period_year, resolve_relative, same_period_last_year,
)
from nlp.sentences import split_sentences
from storage.record import Baseline, Change, Figure

__all__ = ["extract_figures", "figures_in_sentence", "figures_in_table", "match_metric", "FigureDraft"]

BODY_SECTIONS = {"1", "2", "2.1", "2.2", "2.3"}
# Prose figures are read in the body sections only (section 3 and "Phương hướng" state targets);
# data tables anywhere but the preamble (an appendix "PHỤ LỤC: MỘT SỐ SỐ LIỆU" is section "other").
TABLE_SKIP_SECTIONS = {"preamble"}
# Outside the body, a table under such a heading or lead-in states targets or proposals, not results.
_TARGET_CONTEXT = re.compile(
    r"(?<!\w)(?:phương hướng|định hướng|mục tiêu|đề xuất|kiến nghị|đề nghị|thời gian tới|"
    r"nhiệm vụ(?:,? giải pháp)?(?: trọng tâm)?(?: (?:năm|giai đoạn|thời gian|tiếp theo))|kế hoạch năm (?:19|20)\d\d)(?!\w)"
)
_TOLERANCE = 0.005


@dataclass
class FigureDraft:
    """A figure before it has its evidence: what one sentence or table row states."""
    metric: str
    label: str
    value: float
    unit: str
    unit_text: str | None = None
    period: str | None = None
    baseline: Baseline | None = None
    change: Change | None = None
    approximate: bool = False
    # where it came from inside the sentence (for tests and debugging)
    span: tuple[int, int] = (0, 0)

    def to_figure(self, evidence) -> Figure:
        return Figure(metric=self.metric, label=self.label, value=self.value, unit=self.unit,
                      unit_text=self.unit_text, period=self.period, baseline=self.baseline,
                      change=self.change, approximate=self.approximate, evidence=evidence)


# ---------------------------------------------------------------------------------------------
# Metric vocabulary

@dataclass(frozen=True)
class _MetricRule:
    metric: str
    patterns: tuple[re.Pattern, ...]
    units: frozenset | None
    context: re.Pattern | None
    default_unit: str | None
    order: int


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[_MetricRule, ...], frozenset, tuple[str, ...]]:
    data = vocab.load("metrics")
    rules = []
    for i, e in enumerate(data["metrics"]):
        rules.append(_MetricRule(
            metric=e["id"],
            patterns=tuple(re.compile(p) for p in e["patterns"]),
            units=frozenset(e["units"]) if e.get("units") else None,
            context=re.compile(e["context"]) if e.get("context") else None,
            default_unit=e.get("default_unit"),
            order=i,
        ))
    trailing = tuple(sorted({fold_keep(w) for w in data.get("label_trailing_words", [])}, key=len, reverse=True))
    return tuple(rules), frozenset(data.get("other_units", [])), trailing


_WS = re.compile(r"\s")


@dataclass(frozen=True)
class MetricMatch:
    metric: str
    start: int
    end: int
    unit: str | None          # the unit to use (the number's own, or the metric's default)


def match_metric(window: str, unit: str | None, context: str = "") -> MetricMatch | None:
    """The metric a label window names, for a number with `unit` (None: not stated).
    The earliest match in the window wins; ties go to the rule listed first."""
    rules, _, _ = _rules()
    # a line break inside a cell or a wrapped PDF line ("Khách quốc\ntế") is a space (same length)
    low = _WS.sub(" ", fold_keep(window))
    ctx_low = _WS.sub(" ", fold_keep(context)) if context else low
    hits = []
    for rule in rules:
        if unit is not None and rule.units is not None and unit not in rule.units:
            continue
        if unit is None and rule.default_unit is None and rule.units is not None:
            continue
        if rule.context is not None and not rule.context.search(ctx_low):
            continue
        for pat in rule.patterns:
            m = pat.search(low)
            if m:
                hits.append((m.start(), rule.order, m.end(), rule))
    if not hits:
        return None
    hits.sort(key=lambda h: (h[0], h[1]))
    best = hits[0]
    # A match overlapping it and reaching further is more specific ("lượt khách quốc tế").
    for h in hits[1:]:
        if h[0] < best[2] and h[2] > best[2]:
            best = h
    start, _, end, rule = best
    return MetricMatch(rule.metric, start, end, unit if unit is not None else rule.default_unit)


def _unit_from_label(label: str, unit: str | None) -> str | None:
    if unit is not None:
        return unit
    low = fold_keep(label)
    if re.search(r"(?<!\w)lượt(?!\w)", low):
        return "visits"
    if re.search(r"(?<!\w)(?:số )?người(?!\w)", low):
        return "people"
    return None


def _trim_label(label: str) -> str:
    _, _, trailing = _rules()
    label = label.strip(" ,;:-–()\"'")
    changed = True
    while changed and label:
        changed = False
        low = fold_keep(label)
        for w in trailing:
            if low.endswith(" " + w) or low == w:
                label = label[: len(label) - len(w)].rstrip(" ,;:-–")
                changed = True
                break
        low = fold_keep(label)
        for w in trailing:
            if low.startswith(w + " "):
                label = label[len(w):].lstrip(" ,;:-–")
                changed = True
                break
    return label[:160].strip()


# ---------------------------------------------------------------------------------------------
# Prose

_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]“”\"]|\.(?!\w)|\s[-–]\s")
_STRONG_PUNCT = re.compile(r"[;:]|\.(?!\d)")
_CHANGE_VERB = re.compile(
    r"(?:^|[^\w])(tăng gấp|gấp|tăng thêm|tăng|giảm đi|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|bằng|đạt|chiếm)\s*$"
)
_LEVEL_VERB = re.compile(r"(?:^|[^\w])(?:lên|xuống|còn|lên mức|lên đến|lên tới|đạt mức|thành)\s*$")
_FROM = re.compile(r"(?:^|[^\w])từ(?:\s+(?:mức|con số|khoảng|gần|hơn|trên))?\s*$")
_COMPARE_AFTER = re.compile(r"^\s*(?:\(|,)?\s*(?:so\s+với|so|cùng\s+kỳ)(?!\w)")
# "gấp" stops a label only as a multiple ("gấp 2 lần", "gấp đôi"), not in "tờ gấp", "tập gấp"
_STOP_AFTER = re.compile(r"(?<!\w)(?:tăng|giảm|so với|so cùng|bằng|trong đó|đạt)(?!\w)"
                         r"|(?<!\w)gấp(?=\s+(?:\d|đôi|rưỡi|hai|ba|bốn|năm(?!\s*\d)|lần)(?!\w))")
_TIMES_WORDS = {"đôi": 2.0, "hai": 2.0, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "rưỡi": 1.5}
_GAP_WORD = re.compile(r"(?<!\w)(tăng\s+)?gấp\s+(đôi|rưỡi|hai|ba|bốn|năm(?!\s*\d))(?:\s+lần)?(?!\w)")


@dataclass
class _Item:
    q: Quantity | None
    start: int
    end: int
    kind: str = "value"              # value | change
    direction: str | None = None
    percent: float | None = None
    times: float | None = None
    ratio: bool = False
    # value fields
    metric: str | None = None
    label: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    period: str | None = None
    period_explicit: bool = False
    baseline: Baseline | None = None
    change: Change | None = None
    from_of: int | None = None       # index of the item this one is the "lên Y" of
    is_from: bool = False


def _in_number(low: str, m: re.Match) -> bool:
    return m.group(0) in ".," and 0 < m.start() and m.end() < len(low) and \
        low[m.start() - 1].isdigit() and low[m.end()].isdigit()


def _clause_bounds(low: str, pos: int, end_from: int | None = None) -> tuple[int, int]:
    """Start of the clause holding `pos`, and its end (searched from `end_from`, default `pos`)."""
    start = 0
    for m in _CLAUSE_PUNCT.finditer(low, 0, pos):
        if not _in_number(low, m):
            start = m.end()
    end = len(low)
    for m in _CLAUSE_PUNCT.finditer(low, pos if end_from is None else end_from):
        if not _in_number(low, m):
            end = m.start()
            break
    return start, end


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
    c_start, c_end = _clause_bounds(low, q.num_start, q.end)
    # after: unit words + words up to the clause end, the next number or a change verb
    a_end = min(c_end, next_start)
    stop = _STOP_AFTER.search(low, q.end, a_end)
    if stop:
        a_end = stop.start()
    after = text[q.end:a_end]
    b_start = max(c_start, prev_end)
    before = text[b_start:q.start]
    if b_start > 0 and b_start >= c_start and low[b_start - 1] == ":" and \
            not re.search(r"\w", _trim_label(before)):
        # "Số lượt truy cập: 1.200.000": the label is the clause before the colon
        p_start, _ = _clause_bounds(low, b_start - 1)
        b_start = max(p_start, prev_end)
        before = text[b_start:q.start]
    return after, before, b_start


_FAR = object()
_OF_WORD = re.compile(r"(?<!\w)(?:của|theo|thuộc|trong|về|tham gia|tham dự|dự)(?!\w)")   # a metric word found after a counted noun that is not the one counted


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
    return m, _trim_label(label)


def _label_before(before: str, unit: str | None, context: str) -> tuple[MetricMatch, str] | None:
    if not before.strip():
        return None
    m = match_metric(before, unit, context)
    if m is None:
        return None
    return m, _trim_label(before[m.start:])


def _change_items(text: str, low: str, items: list[_Item]) -> None:
    """Turn change quantities into change fields; add 'gấp đôi' style changes."""
    for it in items:
        if it.kind != "change" or it.q is None:
            continue  # "gấp đôi": set where it was found
        q = it.q
        verb = it.direction
        times = q.unit_text is not None and fold_keep(q.unit_text).endswith("lần")
        if verb in ("giảm", "giảm đi", "thấp hơn", "ít hơn"):
            direction = "decrease"
        else:
            direction = "increase"
        if verb == "bằng" and q.unit == "percent":
            it.ratio = True
            diff = q.value - 100.0
            direction = "increase" if diff > 0 else ("decrease" if diff < 0 else "unchanged")
            it.percent = round(abs(diff), 4)
        elif times:
            it.times = q.value
        elif q.unit == "percent":
            it.percent = q.value
        it.direction = direction


# A name in quotation marks ("Festival 4 mùa", “Một điểm đến, 8 di sản”) is not a statement of figures.
# A straight quote opens after a space or bracket and closes before one, and a name holds no ";": with
# mismatched quotes (OCR: ”Visit Hue" ... "Hue Tourism") the stretch between two names is not quoted.
_QUOTED = re.compile(r'(?<![\w"])"[^";\n]{1,100}"(?![\w"])|“[^”;\n]{1,100}”')
# Three or more bare numerals in a row are the cells of a table flattened into text (a scan): their
# columns are unknown, so they are not read as prose.
_NUMBER_RUN = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*\|?\s+\d[\d.,]*){2,}(?![\w.,])")


def _sentence_items(text: str, low: str, default_year: int | None) -> list[_Item]:
    qs = find_quantities(text)
    periods = find_periods(text, default_year)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    runs = [(m.start(), m.end()) for m in _NUMBER_RUN.finditer(text)]
    items: list[_Item] = []
    for q in qs:
        if any(p.start <= q.num_start < p.end for p in periods):
            continue
        if any(a < q.num_start < b for a, b in quoted):
            continue
        if q.unit is None and any(a <= q.num_start < b for a, b in runs):
            continue
        kind, verb = _classify(low, q)
        it = _Item(q=q, start=q.start, end=q.end, kind=kind, direction=verb)
        items.append(it)
    for m in _GAP_WORD.finditer(low):
        if any(it.start <= m.start() < it.end for it in items):
            continue
        items.append(_Item(q=None, start=m.start(), end=m.end(), kind="change", direction="increase",
                           times=_TIMES_WORDS[m.group(2)]))
    items.sort(key=lambda i: i.start)
    _change_items(text, low, items)
    return items


# A stock counted now ("hiện có 45.000 người theo dõi", "đến nay đã ký 05 thỏa thuận", "từ khi triển
# khai Kế hoạch ... 06 video"): it has no period unless one is written after the marker ("đến tháng 6/2024").
_STOCK = re.compile(
    r"(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )(?<!tái )(?<!\w)hiện"
    r"(?!\s+(?:đại|thực|trạng|diện|hành|tượng|vật)(?!\w))\s+(?:\w+\s+){0,2}?có(?!\w)"
    r"|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )(?<!tái )(?<!\w)hiện\s+(?:nay|tại|đang|vẫn)(?!\w)"
    r"|(?<!\w)(?:tính\s+)?(?:cho\s+)?(?:đến|tới)\s+(?:nay|thời điểm (?:này|hiện tại|báo cáo))(?!\w)"
    r"|(?<!\w)lũy kế(?!\w)|(?<!\w)(?:kể\s+)?từ khi(?!\w)|(?<!\w)tổng cộng(?!\w)"
)
_SEGMENT_END = re.compile(r";|\.(?!\d)")


def _segment_start(low: str, pos: int) -> int:
    """Start of the ";"-separated part of the sentence holding `pos`."""
    start = 0
    for m in _SEGMENT_END.finditer(low, 0, pos):
        start = m.end()
    return start


def _stock_marker(low: str, pos: int, periods: list[PeriodMention]) -> int | None:
    """Where a "hiện có / đến nay / lũy kế / từ khi" before `pos` (same part of the sentence) starts."""
    seg = _segment_start(low, pos)
    found = None
    for m in _STOCK.finditer(low, seg, pos):
        if any(p.start <= m.start() < p.end for p in periods):
            continue  # "từ năm 2022 đến nay": a span, which is a period
        found = m.start()
    return found


def _period_for(items: list[_Item], idx: int, low: str, periods: list[PeriodMention],
                after_end: int, exclude: frozenset = frozenset()) -> tuple[str | None, bool]:
    """(period, explicit) of a value: a period right after it in its clause, else the nearest one
    before it in the sentence. A stock ("hiện có ...") takes only a period written after its
    marker, and is explicit(ly) without one otherwise: it does not inherit the context's period."""
    it = items[idx]
    usable = [p for p in periods if p.period and not p.compare and (p.kind != "date" or p.as_of)
              and p.start not in exclude]
    # right after the number, before the next number / clause end, not past a ";"
    stop = _SEGMENT_END.search(low, it.end)
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
        return prev[-1].period, True
    return None, False


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
    _, other_units, _ = _rules()

    values = [i for i, it in enumerate(items) if it.kind == "value"]
    # metric, label, unit of each value
    for n, i in enumerate(values):
        it = items[i]
        q = it.q
        nxt = items[i + 1].start if i + 1 < len(items) else len(text)
        prev_end = items[i - 1].end if i > 0 else 0
        after, before, _ = _windows(text, low, q, nxt, prev_end)
        found = _label_after(q, after, q.unit, text, near=3)
        far = found is _FAR
        if far:
            found = None
        if found is None:
            found = _label_before(before, q.unit, text)
        if found is None and q.unit_text and not far:
            # a noun list after the unit: "42 địa phương, tổ chức quốc tế có quan hệ hợp tác"
            semi = _STRONG_PUNCT.search(low, q.end)
            long_end = min(nxt, semi.start() if semi else len(text))
            stop = _STOP_AFTER.search(low, q.end, long_end)
            found = _label_after(q, text[q.end:stop.start() if stop else long_end], q.unit, text)
        if found is None and q.unit is not None and q.unit != "percent":
            # last resort: anything earlier in the sentence, nearest first, for typed amounts only
            wide = text[:q.start]
            found = _label_before(wide[-120:], q.unit, text) if q.unit in ("USD", "VND") else None
        if found is not None:
            m, label = found
            it.metric, it.label = m.metric, label or m.metric
            it.unit = q.unit or _unit_from_label(label, None) or m.unit
        else:
            it.unit = q.unit
        it.unit_text = q.unit_text
        c_start, c_end = _clause_bounds(low, q.num_start)
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
            if re.search(r"(?<!\w)(?:lên|đến|tới|thành|xuống|còn)(?!\w)", between) and not _STRONG_PUNCT.search(between):
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
            if i < k and items[i].change is None and not _STRONG_PUNCT.search(low[items[i].end:ch.start]):
                target = items[i]
                break
        if target is None:
            for i in values:
                if i > k and items[i].change is None and not _STRONG_PUNCT.search(low[ch.end:items[i].start]):
                    target = items[i]
                    break
        if target is None and ch.q is not None and ch.q.unit == "percent":
            # "GRDP tăng 7,5%": a growth rate stated on its own is the figure
            c_start, _ = _clause_bounds(low, ch.q.num_start)
            m = match_metric(text[c_start:ch.start], "percent", text)
            if m and m.metric == "grdp":
                ch.kind = "value"
                ch.metric, ch.label, ch.unit, ch.unit_text = "grdp", _trim_label(text[c_start:ch.start][m.start:]), \
                    "percent", ch.q.unit_text
                ch.period, ch.period_explicit = _period_for(items, k, low, periods, len(text))
                values.append(k)
            continue
        if target is None:
            continue
        compared = _compared_with(low, periods, ch, items, target)
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
        metric = it.metric
        event = None
        if metric is not None and metric.startswith("visitors_"):
            event = _event_subject(low, it.start)
            if event:
                metric = None  # the visitors of one festival or event, not the province's
        if metric is None:
            level = it.unit == "other" and _measured_level(text, low, it)
            if it.unit not in other_units and not (it.unit == "count" and _result_statement(low, it)) and not level:
                continue
            metric, it.label = "other", (level if level and event is None else _other_label(text, low, it, event))
        period = it.period if it.period_explicit else context_period
        out.append(FigureDraft(
            metric=metric, label=it.label or "", value=float(it.q.value), unit=it.unit,
            unit_text=it.unit_text,
            period=period, baseline=it.baseline, change=it.change, approximate=it.q.approximate,
            span=(it.start, it.end),
        ))
    return tuple(out)


# The subject of a clause that is one event: "Lễ hội ... đón khoảng 2,5 triệu lượt khách",
# "riêng Festival ... thu hút ...", "Tổ chức Lễ hội ..., thu hút 200.000 lượt khách".
_EVENT_WORDS = (r"((?:lễ hội|festival|fest|sự kiện|chương trình|hội chợ|triển lãm|tuần lễ|tuần văn hóa|tuần du lịch|"
                r"ngày hội|liên hoan|hội thi|cuộc thi|giải|carnival|hội nghị|hội thảo|diễn đàn|đêm nhạc|"
                r"roadshow|hội báo|hội hoa|hội làng))(?!\w)")
_LEAD_FILLER = (r"\s*(?:(?:riêng|chỉ riêng|tính riêng|trong đó|đặc biệt(?: là)?|nhất là|nổi bật(?: là)?|"
                r"ngoài ra|bên cạnh đó)\s+)?(?:(?:năm|trong năm)\s+(?:19|20)\d\d\s+)?(?:(?:các|những|mỗi|chỉ)\s+)?")
_EVENT_HEAD = re.compile(r"^" + _LEAD_FILLER + _EVENT_WORDS)
_ORGANISED_EVENT = re.compile(
    r"^" + _LEAD_FILLER + r"(?:(?:tỉnh|thành phố|địa phương|ubnd tỉnh|sở [^,;]{0,40}?)\s+)?(?:đã\s+)?"
    r"(?:tổ chức|đăng cai|khai mạc|phối hợp tổ chức)(?:\s+thành công)?\s+(?:(?:các|những)\s+)?" + _EVENT_WORDS)
_VERB_HEAD = re.compile(r"^\s*(?:đã\s+|qua đó\s+|từ đó\s+)?(?:thu hút|đón|đón tiếp|ghi nhận|với|có|thu về|đạt)(?!\w)")
_CLAUSE_END = re.compile(r"[,;:]|\.(?!\d)")


def _event_subject(low: str, pos: int) -> tuple[int, int] | None:
    """Where the event is named when the clause holding a visitor count at `pos` is about one event
    (its subject is a festival, fair, programme...): the count is that event's, not the province's."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(low, 0, pos) if not _in_number(low, m)]
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


_SUBJECT_END = re.compile(r"\s(?:đã\s+)?(?:thu hút|đón|đón tiếp|ghi nhận|với|có|thu về|đạt)(?!\w)")


def _other_label(text: str, low: str, it: _Item, event: tuple[int, int] | None) -> str:
    """The words of a figure with no metric of its own: its unit and the noun phrase after it
    ("doanh nghiệp nước ngoài tham gia trưng bày"), with the event it belongs to."""
    q = it.q
    uw = re.sub(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn)\s+)+", "", q.unit_text or "", flags=re.IGNORECASE)
    _, c_end = _clause_bounds(low, q.num_start, q.end)
    words = text[q.end:c_end].split()[:8]
    label = _trim_label(" ".join([uw] + words) if uw else " ".join(words))
    if event is not None:
        label = f"{label} ({_trim_label(text[event[0]:event[1]])})"
    return label or _trim_label(text[max(0, it.start - 60):it.end])


# A count of named things with no metric of its own is a figure only where the sentence states a
# result: a verb of what was done right before the number ("mời 05 KOL", "thu hút 25 doanh nghiệp",
# "phát hành 3.000 cuốn") or a participation after it ("25 doanh nghiệp tham gia").
_RESULT_VERB = re.compile(
    r"(?<!\w)(?:mời|thu hút|tổ chức|phát hành|in ấn|in|sản xuất|xuất bản|ký kết|ký|đón|đón tiếp|tiếp đón|"
    r"thực hiện|đăng tải|phát sóng|hỗ trợ|kết nối|tham gia|trao tặng|tặng|lắp đặt|thiết kế|biên tập|"
    r"cử|vận động|huy động|đào tạo|tập huấn|bồi dưỡng|tiếp nhận|làm việc với|gặp gỡ)(?!\w)"
    r"(?:\s+[^\s\d,;:.()]+){0,6}?\s*$"
)
_PARTICIPATE_AFTER = re.compile(r"^[^,;:.()\d]{0,40}?(?<!\w)(?:tham gia|tham dự|dự|đến tham quan|đăng ký tham gia)(?!\w)")


def _result_statement(low: str, it: _Item) -> bool:
    q = it.q
    bounds = [m.end() for m in _CLAUSE_END.finditer(low, 0, q.start) if not _in_number(low, m)]
    before = low[bounds[-1] if bounds else 0:q.start]
    if _RESULT_VERB.search(before):
        return True
    return bool(_PARTICIPATE_AFTER.match(low[q.end:]))


_PART_OF = re.compile(r"(?<!\w)(?:trong đó|riêng|bao gồm|gồm)(?!\w)")
# "(cuối năm 2022 là 18.500 người)", "(năm 2022: 12.000)": a parenthesis opening right after a value
# with a period and a value of its own
_PAREN_LEAD = re.compile(r"^\s*(?:so với|vào|tại|tính đến|đến|thời điểm)?\s*(?:thời điểm\s+)?(?:cuối|đầu|hết)?\s*$")
_PAREN_TAIL = re.compile(r"^\s*(?:là|:|đạt|có|chỉ có|chỉ đạt|mới có|mới đạt|[-–=])?\s*$")


def _paren_period(low: str, end: int, start: int, periods: list[PeriodMention]) -> PeriodMention | None:
    between = low[end:start]
    open_ = between.rfind("(")
    if open_ < 0 or ")" in between[open_:] or _STRONG_PUNCT.search(between[:open_]) or \
            re.search(r"\d", between[:open_]) or len(between[:open_].split()) > 6:
        return None
    inner_start = end + open_ + 1
    for p in periods:
        if p.period and not p.compare and inner_start <= p.start and p.end <= start and \
                _PAREN_LEAD.match(low[inner_start:p.start]) and _PAREN_TAIL.match(low[p.end:start]):
            return p
    return None


# A measured amount ("tấn", "ha", "km") is a figure where its clause says what reaches it:
# "sản lượng vải xuất khẩu đạt trên 45.000 tấn". Durations and "lần" are not.
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:đạt|ước đạt|đạt mức|là|lên|lên đến|lên tới|xuống|còn)\s*$")
_NOT_MEASURED = {"lần", "giờ", "phút", "ngày", "đêm", "ngày đêm", "tuần"}


def _measured_level(text: str, low: str, it: _Item) -> str | None:
    """The label (the subject before the verb) of a measured amount stated as a level, else None."""
    q = it.q
    if fold_keep(q.unit_text or "") in _NOT_MEASURED:
        return None
    bounds = [m.end() for m in _CLAUSE_END.finditer(low, 0, q.start) if not _in_number(low, m)]
    start = bounds[-1] if bounds else 0
    before = low[start:q.start]
    m = _LEVEL_BEFORE.search(before)
    if not m:
        return None
    label = _trim_label(text[start:start + m.start()])
    if len(label.split()) < 2:
        return None
    return label


def _compared_with(low: str, periods: list[PeriodMention], ch: _Item, items: list[_Item], target: _Item) -> str | None:
    # the compare mention after the change (same clause), else before it in its clause
    nxt = [it.start for it in items if it.start > ch.start and it.kind == "value"]
    limit = min(nxt) if nxt else len(low)
    semi = _STRONG_PUNCT.search(low, ch.end)
    if semi:
        limit = min(limit, semi.start())
    for p in periods:
        if p.compare and ch.end <= p.start < limit:
            return resolve_relative(p, target.period)
    c_start, _ = _clause_bounds(low, ch.start)
    for p in reversed(periods):
        if p.compare and c_start <= p.start < ch.start:
            return resolve_relative(p, target.period)
    if target.baseline is not None and target.baseline.period:
        return target.baseline.period
    return None


# ---------------------------------------------------------------------------------------------
# Tables

_CHANGE_HEAD = re.compile(r"tăng|giảm|so sánh|so với|\+/-|±|chênh lệch|tốc độ|tỷ lệ|tỉ lệ|%\s*$|\(%\)")
_UNIT_HEAD = re.compile(r"^(?:đvt|đơn vị(?: tính)?|đv)\W*$")
_STT_HEAD = re.compile(r"^(?:stt|tt|số tt|số thứ tự|thứ tự)\W*$")
_PLAN_HEAD = re.compile(r"(?<!\w)(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?!\w)")
_ACTUAL_HEAD = re.compile(r"thực hiện|(?<!\w)th(?!\w)|trước|(?<!\w)sau(?!\w)|kết quả|(?<!\w)ước")
_BEFORE_HEAD = re.compile(r"(?<!\w)trước(?!\w)")
_AFTER_HEAD = re.compile(r"(?<!\w)sau(?!\w)")
_EMPTY_CELL = re.compile(r"^[\s\-–—x/.]*$")


def _grid(rows: list[Block]) -> list[list[str]]:
    grid = []
    for b in rows:
        cells = b.cells or []
        width = max([c.col + max(c.col_span, 1) for c in cells], default=0)
        row = [""] * width
        for c in cells:
            for k in range(max(c.col_span, 1)):
                if c.col + k < width and not row[c.col + k]:
                    # a cell's wrapped lines are one text: "Khách quốc\ntế", "Nghìn tỷ\nđồng"
                    row[c.col + k] = " ".join(c.text.split())
        if not cells:
            row = [" ".join(t.split()) for t in b.text.split("|")]
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _cell_number(cell: str, style: str | None) -> Quantity | None:
    if not cell or _EMPTY_CELL.match(cell):
        return None
    for q in find_quantities(cell, style, include_skipped=True):
        if q.skip in (None, "year", "section", "code"):
            if q.skip == "code":
                continue
            return q
    return None


def _is_numeric_cell(cell: str, style: str | None) -> bool:
    c = re.sub(r"[+\-–%()\s*]", "", cell)
    return bool(c) and bool(re.fullmatch(r"[\d.,]+(?:[a-zA-Zà-ỹđĐ ]{0,12})?", c)) and \
        parse_period(cell) is None


def _signed_number(cell: str, style: str | None) -> tuple[float, int] | None:
    m = re.search(r"([+\-–−])?\s*(\d[\d.,]*)", cell)
    if not m:
        return None
    v = parse_numeral(m.group(2), style)
    if v is None:
        return None
    sign = -1 if m.group(1) in ("-", "–", "−") else (1 if m.group(1) == "+" else 0)
    return v, sign


def figures_in_table(grid: list[list[str]], default_year: int | None = None,
                     context_period: str | None = None, caption: str = "") -> list[tuple[int, FigureDraft]]:
    """The figures a table states: (row number, figure) pairs. `grid` is rows of cell texts."""
    if len(grid) < 2:
        return []
    width = len(grid[0])
    style = guess_style(c for r in grid for c in r[1:])
    # header rows: leading rows without numeric data cells
    n_head = 0
    for r in grid[:3]:
        data = [c for c in r[1:] if c and _is_numeric_cell(c, style)]
        if data:
            break
        n_head += 1
    if n_head == 0:
        return []
    heads = [" ".join(grid[h][c] for h in range(n_head) if grid[h][c]).strip() for c in range(width)]
    # dedupe repeated spanned header text ("Năm 2023 Năm 2023")
    heads = [" ".join(dict.fromkeys(h.split(" | "))) for h in heads]
    low_heads = [fold_keep(h) for h in heads]
    roles: list[str] = ["?"] * width
    col_period: list[str | None] = [None] * width
    col_unit: list[tuple | None] = [None] * width
    for c, h in enumerate(low_heads):
        if _STT_HEAD.match(h):
            roles[c] = "stt"
        elif _UNIT_HEAD.match(h):
            roles[c] = "unit"
        elif _CHANGE_HEAD.search(h) and not (parse_period(h, default_year) and "%" not in h and "tăng" not in h
                                              and "giảm" not in h and "so" not in h):
            roles[c] = "change"
        else:
            p = parse_period(heads[c], default_year)
            target = _PLAN_HEAD.search(h) and not _ACTUAL_HEAD.search(h)
            if p and not target:
                roles[c] = "period"
                col_period[c] = p
            elif p:
                roles[c] = "plan"
        paren = re.search(r"\(([^)]*)\)", heads[c])
        if paren:
            u = unit_of(paren.group(1))
            if u[0] or u[2] != 1.0:
                col_unit[c] = u
    label_col = next((c for c in range(width) if roles[c] == "?"), None)
    if label_col is None:
        return []
    if not any(r == "period" for r in roles):
        # periods down a leading column, metrics across the header row
        pcol = _period_column(grid, n_head, roles, style, default_year)
        if pcol is not None:
            return _transposed(grid, n_head, heads, roles, pcol, style, default_year)
    # a "Số lượng" / "Kết quả" column with no period: the table's period
    if not any(r == "period" for r in roles):
        table_period = parse_period(caption, default_year) or context_period
        for c in range(width):
            if roles[c] == "?" and c != label_col:
                col = [grid[r][c] for r in range(n_head, len(grid))]
                if sum(1 for x in col if x and _is_numeric_cell(x, style)) >= max(1, len(col) // 2):
                    roles[c] = "period"
                    col_period[c] = table_period
    period_cols = [c for c in range(width) if roles[c] == "period"]
    if not period_cols:
        return []
    before_col = next((c for c in period_cols if _BEFORE_HEAD.search(low_heads[c])), None)
    after_col = next((c for c in period_cols if _AFTER_HEAD.search(low_heads[c]) and c != before_col), None)
    unit_col = next((c for c in range(width) if roles[c] == "unit"), None)
    change_cols = [c for c in range(width) if roles[c] == "change"]
    _, other_units, _ = _rules()
    label_head_unit = col_unit[label_col]

    out: list[tuple[int, FigureDraft]] = []
    for r in range(n_head, len(grid)):
        row = grid[r]
        label = row[label_col].strip()
        if not label or _is_numeric_cell(label, style):
            continue
        extra = [row[c].strip() for c in range(label_col + 1, width)
                 if roles[c] == "?" and row[c].strip() and not _is_numeric_cell(row[c], style)]
        if extra:  # "Fanpage ... | Người theo dõi | 86,500": the metric may be in a later text column
            label = " ".join([label] + extra)
        unit, unit_text, mult = None, None, 1.0
        if unit_col is not None and row[unit_col].strip():
            unit, unit_text, mult = unit_of(row[unit_col])
            if unit is None and unit_text is None:
                unit_text = row[unit_col].strip()
        paren = re.search(r"\(([^)]*)\)\s*$", label)
        if unit is None and paren:
            u = unit_of(paren.group(1))
            if u[0]:
                unit, unit_text, mult = u
        if unit is None and label_head_unit:
            unit, unit_text, mult = label_head_unit
        row_text = " ".join([caption] + row)
        row_period = parse_period(label, default_year)
        cells: dict[int, tuple[float, Quantity, str | None, str | None]] = {}
        for c in period_cols:
            q = _cell_number(row[c], style)
            if q is None:
                continue
            u, ut, m_ = unit, unit_text, mult
            if col_unit[c] and u is None:
                u, ut, m_ = col_unit[c]
            if q.unit is not None:
                u, ut, m_ = q.unit, q.unit_text, 1.0
            value = round(q.value * m_, 6)
            cells[c] = (value, q, u, ut)
        if not cells:
            continue
        any_unit = next((v[2] for v in cells.values() if v[2]), None)
        mm = match_metric(label, any_unit, row_text)
        if mm is None and any_unit is None:
            mm = match_metric(label, None, row_text)
        figs: dict[int, FigureDraft] = {}
        for c, (value, q, u, ut) in cells.items():
            u = u or _unit_from_label(label, None) or (mm.unit if mm else None)
            if u is None:
                continue
            metric = mm.metric if mm else ("other" if u in other_units else None)
            if metric is None:
                continue
            period = col_period[c] if col_period[c] is not None else row_period
            figs[c] = FigureDraft(metric=metric, label=_trim_label(label), value=float(value), unit=u,
                                  unit_text=ut, period=period, approximate=q.approximate)
        # baselines: the same period a year earlier in the same row
        for c, f in figs.items():
            want = same_period_last_year(f.period)
            for c2, f2 in figs.items():
                if c2 != c and f2.period == want and f2.unit == f.unit:
                    f.baseline = Baseline(period=f2.period, value=f2.value)
        # a before/after table: "Trước khi thực hiện Kế hoạch (2022) | Sau khi thực hiện (9 tháng 2024)"
        if before_col is not None and after_col is not None and before_col in figs and after_col in figs:
            fb, fa = figs[before_col], figs[after_col]
            if fa.baseline is None and fa.unit == fb.unit:
                fa.baseline = Baseline(period=fb.period, value=fb.value)
        # change columns
        for cc in change_cols:
            sv = _signed_number(row[cc], style)
            if sv is None:
                continue
            stated, sign = sv
            _attach_table_change(figs, cc, low_heads[cc], stated, sign, default_year)
        for c in sorted(figs):
            out.append((r, figs[c]))
    return out


def _attach_table_change(figs: dict[int, FigureDraft], cc: int, head: str, stated: float, sign: int,
                         default_year: int | None) -> None:
    pairs = [(c, f) for c, f in figs.items() if f.baseline is not None and f.baseline.value]
    ratio_head = ("so sánh" in head or "tỷ lệ" in head or "tỉ lệ" in head) and "tăng" not in head and "giảm" not in head
    best = None
    for c, f in pairs:
        actual = (f.value / f.baseline.value - 1) * 100
        for is_ratio, computed in ((False, actual), (True, actual + 100)):
            if is_ratio and sign != 0:
                continue
            target = stated * (sign or 1) if not is_ratio else stated
            err = abs(computed - target)
            if err <= max(1.0, abs(target) * 0.02):
                if best is None or err < best[0]:
                    best = (err, c, is_ratio)
    if best is not None:
        _, c, is_ratio = best
    elif figs:
        # no comparable pair: the last column before the change column, compared as the header says
        before = [c for c in figs if c < cc] or list(figs)
        c, is_ratio = max(before), ratio_head and sign == 0
    else:
        return
    f = figs[c]
    if is_ratio:
        diff = stated - 100
        direction = "increase" if diff > 0 else ("decrease" if diff < 0 else "unchanged")
        percent = round(abs(diff), 4)
    else:
        direction = "decrease" if sign < 0 else "increase"
        if stated == 0:
            direction = "unchanged"
        percent = stated
    compared = f.baseline.period if f.baseline is not None else None
    if compared is None:
        hp = [p for p in find_periods(head, default_year) if p.period]
        if len(hp) >= 2:
            compared = hp[-1].period
        else:  # "Tăng/giảm (%)", "So cùng kỳ": against the same period a year before
            compared = same_period_last_year(f.period)
    f.change = Change(direction=direction, percent=percent, times=None, compared_with=compared)


def _period_column(grid, n_head, roles, style, default_year) -> int | None:
    """The column that holds the periods of a table read the other way round (one row per period:
    "Năm | Tổng lượt khách (lượt) | Doanh thu (tỷ đồng)" over "2022 | ... ", "6 tháng 2024 | ..."):
    one of the first two label columns, most of whose data cells name a period."""
    rows = grid[n_head:]
    if not rows:
        return None
    cand = [c for c in range(len(grid[0])) if roles[c] == "?"][:2]
    for c in cand:
        cells = [r[c] for r in rows if r[c].strip()]
        named = [x for x in cells if parse_period(x, default_year) and len(x) <= 40]
        if len(named) >= max(1, (len(rows) + 1) // 2) and \
                any(_cell_number(r[k], style) for r in rows for k in range(c + 1, len(r))):
            return c
    return None


def _transposed(grid, n_head, heads, roles, pcol, style, default_year) -> list[tuple[int, FigureDraft]]:
    """Figures of a table with a row per period and a column per metric (header: label and unit)."""
    _, other_units, _ = _rules()
    out = []
    rows_period = {r: parse_period(grid[r][pcol], default_year) for r in range(n_head, len(grid))}
    for c in range(len(heads)):
        if c == pcol or roles[c] in ("stt", "unit", "change", "plan"):
            continue
        head = heads[c]
        if not head.strip():
            continue
        paren = re.search(r"\(([^)]*)\)", head)
        unit, unit_text, mult = unit_of(paren.group(1)) if paren else (None, None, 1.0)
        label = _trim_label(re.sub(r"\([^)]*\)", "", head))
        by_period = {}
        for r in range(n_head, len(grid)):
            period = rows_period[r]
            q = _cell_number(grid[r][c], style)
            if q is None or period is None:
                continue
            u, ut, m_ = (q.unit, q.unit_text, 1.0) if q.unit else (unit, unit_text, mult)
            mm = match_metric(head, u, head)
            u = u or _unit_from_label(head, None) or (mm.unit if mm else None)
            if u is None:
                continue
            metric = mm.metric if mm else ("other" if u in other_units else None)
            if metric is None:
                continue
            f = FigureDraft(metric=metric, label=label, value=round(q.value * m_, 6),
                            unit=u, unit_text=ut, period=period, approximate=q.approximate)
            by_period[period] = f
            out.append((r, f))
        for p, f in by_period.items():
            prev = by_period.get(same_period_last_year(p))
            if prev is not None:
                f.baseline = Baseline(period=prev.period, value=prev.value)
    out.sort(key=lambda x: x[0])
    return out


# ---------------------------------------------------------------------------------------------
# The component

def _default_year(ctx: Context) -> int | None:
    y = period_year(ctx.info.date) if ctx.info and ctx.info.date else None
    return y


def _same_value(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b))


def _merge(into: Figure, other: Figure) -> None:
    if into.baseline is None and other.baseline is not None:
        into.baseline = other.baseline
    if other.change is not None:
        if into.change is None:
            into.change = other.change
        else:
            for f in ("direction", "percent", "times", "compared_with"):
                if getattr(into.change, f) is None and getattr(other.change, f) is not None:
                    setattr(into.change, f, getattr(other.change, f))
    into.approximate = into.approximate or other.approximate


def _add(figures: list[Figure], fig: Figure) -> None:
    for f in figures:
        if f.metric == fig.metric and f.unit == fig.unit and f.period == fig.period and _same_value(f.value, fig.value):
            _merge(f, fig)
            return
    figures.append(fig)


_BULLET_START = re.compile(r"^\s*(?:[-–—•+*▪●○◦]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s+", re.IGNORECASE)


def _block_period(text: str, default_year: int | None) -> str | None:
    for p in find_periods(text, default_year):
        if p.period and not p.compare and p.kind != "date":
            return p.period
    return None


def _sentences(text: str) -> list[str]:
    """Sentences of a block, with fragments the tokenizer cut after "dalat.vn" or "TP." re-joined."""
    out: list[str] = []
    for s in split_sentences(text):
        if out and (s[:1].islower() or s[:1].isdigit() and out[-1][-1:].isdigit()):
            out[-1] = out[-1] + ("" if out[-1] + s in text else " ") + s
        else:
            out.append(s)
    return out


def _is_target_context(heading: str, caption: str) -> bool:
    """A heading or lead-in that announces targets or proposals rather than results."""
    for text in (caption if len(caption) < 300 else "", heading):
        low = fold_keep(text)
        if re.search(r"(?<!\w)kết quả(?!\w)", low):
            return False
        if _TARGET_CONTEXT.search(low):
            return True
    return False


def extract_figures(ctx: Context) -> None:
    """Append the report's figures (body sections only) to `ctx.figures`."""
    doc = ctx.document
    default_year = _default_year(ctx)
    use_all = not ctx.section_of
    found: list[Figure] = []
    lead_period: str | None = None     # from a lead-in line ending with ":" (applies to its list)
    heading_period: str | None = None  # from the current sub-heading
    last_text = ""
    last_heading = ""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE):
            i += 1
            continue
        if b.kind in (BlockKind.TABLE, BlockKind.TABLE_ROW):
            rows = []
            j = i + 1 if b.kind == BlockKind.TABLE else i
            tindex = b.table_index
            while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and \
                    (tindex is None or blocks[j].table_index == tindex):
                rows.append(blocks[j])
                j += 1
            rows = [r for r in rows if use_all or ctx.section_of.get(r.index) not in TABLE_SKIP_SECTIONS]
            if rows and not use_all and ctx.section_of.get(rows[0].index) not in BODY_SECTIONS and \
                    _is_target_context(last_heading, last_text):
                rows = []  # a table of targets under "Phương hướng, nhiệm vụ" / "Đề xuất"
            if rows:
                grid = _grid(rows)
                caption = last_text if len(last_text) < 300 else ""
                for r, draft in figures_in_table(grid, default_year, lead_period or heading_period, caption):
                    block = rows[r]
                    _add(found, draft.to_figure(ctx.evidence(block, block.text)))
            i = max(j, i + 1)
            continue
        section = ctx.section_of.get(b.index)
        text = b.text or ""
        if b.kind == BlockKind.HEADING or b.index in ctx.heading_blocks:
            heading_period = _block_period(text, default_year)
            last_heading = text
            lead_period = None
            last_text = text
            i += 1
            continue
        is_item = b.kind == BlockKind.LIST_ITEM or bool(_BULLET_START.match(text))
        if not is_item:
            lead_period = None
        if use_all or section in BODY_SECTIONS:
            running = lead_period or heading_period
            for sentence in _sentences(text):
                for draft in figures_in_sentence(sentence, default_year, running):
                    _add(found, draft.to_figure(ctx.evidence(b, sentence)))
                p = _block_period(sentence, default_year)
                if p:
                    running = p
        if text.rstrip().endswith(":"):
            lead_period = _block_period(text, default_year) or lead_period
        last_text = text
        i += 1
    ctx.figures.extend(found)
