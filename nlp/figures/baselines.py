"""Baseline and change: what a figure is set against.

Prose: a change quantity ("tăng 12%", "gấp 3 lần", "bằng 125%") becomes direction/percent/times,
compared with the period the sentence names. Tables: a "Tăng/giảm (%)" / "So sánh" column gives
the change of the pair of columns whose values it agrees with.
"""

from __future__ import annotations

from nlp.figures.clauses import STRONG_PUNCT, clause_bounds
from nlp.figures.draft import FigureDraft, SentenceItem
from nlp.numbers import fold_keep
from nlp.periods import PeriodMention, find_periods, period_pair, resolve_relative, same_period_last_year
from storage.record import Baseline, Change


def changes_of_items(text: str, low: str, items: list[SentenceItem]) -> None:
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


def compared_with(low: str, periods: list[PeriodMention], ch: SentenceItem, items: list[SentenceItem], target: SentenceItem) -> str | None:
    # the compare mention after the change (same clause), else before it in its clause
    nxt = [it.start for it in items if it.start > ch.start and it.kind == "value"]
    limit = min(nxt) if nxt else len(low)
    semi = STRONG_PUNCT.search(low, ch.end)
    if semi:
        limit = min(limit, semi.start())
    for p in periods:
        if p.compare and ch.end <= p.start < limit:
            return resolve_relative(p, target.period)
    c_start, _ = clause_bounds(low, ch.start)
    for p in reversed(periods):
        if p.compare and c_start <= p.start < ch.start:
            return resolve_relative(p, target.period)
    if target.baseline is not None and target.baseline.period:
        return target.baseline.period
    return None


def attach_table_change(figs: dict[int, FigureDraft], cc: int, head: str, stated: float, sign: int,
                         default_year: int | None) -> None:
    pairs = [(c, f) for c, f in figs.items() if f.baseline is not None and f.baseline.value]
    ratio_head = ("so sánh" in head or "tỷ lệ" in head or "tỉ lệ" in head) and "tăng" not in head and "giảm" not in head
    named = period_pair(head, default_year)
    if named is not None:
        # "So sánh 2023/2022 (%)", "9T2024/9T2023": the change of the 2023 (9T2024) column against 2022
        this = [(c, f) for c, f in figs.items() if f.period == named[0]]
        if not this:
            return
        pairs = [(c, f) for c, f in this if f.baseline is not None and f.baseline.value]
        if not pairs:
            signed = sign != 0 or "tăng" in head or "giảm" in head
            _set_change(this[0][1], stated, sign, is_ratio=not signed, compared=named[1])
            return
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
    compared = f.baseline.period if f.baseline is not None else None
    if compared is None:
        hp = [p for p in find_periods(head, default_year) if p.period]
        if len(hp) >= 2:
            compared = hp[-1].period
        else:  # "Tăng/giảm (%)", "So cùng kỳ": against the same period a year before
            compared = same_period_last_year(f.period)
    _set_change(f, stated, sign, is_ratio, compared)


def _set_change(f: FigureDraft, stated: float, sign: int, is_ratio: bool, compared: str | None) -> None:
    """A ratio (125,3 is +25,3%; 95 is -5%) or a signed change (-2,3 is a decrease of 2,3%)."""
    if is_ratio:
        diff = stated - 100
        direction = "increase" if diff > 0 else ("decrease" if diff < 0 else "unchanged")
        percent = round(abs(diff), 4)
    else:
        direction = "decrease" if sign < 0 else "increase"
        if stated == 0:
            direction = "unchanged"
        percent = stated
    f.change = Change(direction=direction, percent=percent, times=None, compared_with=compared)


def row_baselines(figs: dict[int, FigureDraft], before_col: int | None, after_col: int | None) -> None:
    """Baselines within one table row (figures by column): the same period a year earlier, and in a
    before/after table ("Trước khi thực hiện Kế hoạch (2022) | Sau khi thực hiện (9 tháng 2024)")
    the "before" value for the "after" one."""
    for c, f in figs.items():
        want = same_period_last_year(f.period)
        for c2, f2 in figs.items():
            if c2 != c and f2.period == want and f2.unit == f.unit:
                f.baseline = Baseline(period=f2.period, value=f2.value)
    if before_col is not None and after_col is not None and before_col in figs and after_col in figs:
        fb, fa = figs[before_col], figs[after_col]
        if fa.baseline is None and fa.unit == fb.unit:
            fa.baseline = Baseline(period=fb.period, value=fb.value)


def column_baselines(by_period: dict[str, FigureDraft]) -> None:
    """Baselines down one column of a table with a row per period: the same period a year earlier."""
    for p, f in by_period.items():
        prev = by_period.get(same_period_last_year(p))
        if prev is not None:
            f.baseline = Baseline(period=prev.period, value=prev.value)
