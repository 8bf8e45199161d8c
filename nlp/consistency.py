"""Consistency component: a stated change that its own figures contradict.

A report that says "tăng 12%" while its before and after values give 20% has a typo in one of
the three numbers; a reviewer must look. For every before/after pair of a record (a figure and
its baseline, or two figures of the same metric for comparable periods) the change computed
from the two values is set against the change the report states; a gap of more than one
percentage point adds a `change_mismatch` warning. The pairing and the comparison are pure
functions on plain figure dicts, shared with the national synthesis (Trước - sau).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from rapidfuzz import fuzz

from nlp.context import Context
from nlp.sentences import fold

# More than this many percentage points between stated and computed change is a disagreement.
MAX_GAP_POINTS = 1.0
# A stated "gấp N lần" is rounded to its written decimals: half a unit of 1 decimal, plus 1 point.
MAX_GAP_TIMES = 0.05 + MAX_GAP_POINTS / 100

_PERIOD = re.compile(r"^(\d{4})(-(?:H[12]|9M|6M|Q[1-4]|\d{2}))?$")


def previous_period(period: Optional[str]) -> Optional[str]:
    """The same span one year earlier ("2023" -> "2022", "2024-9M" -> "2023-9M"), else None."""
    m = _PERIOD.match(period or "")
    if not m:
        return None
    return f"{int(m.group(1)) - 1}{m.group(2) or ''}"


@dataclass(frozen=True)
class ChangeCheck:
    """One before/after pair: the values, the change they give and the change the report states."""

    index: int                       # the after-figure's index in the record's figures
    before_index: Optional[int]      # the before-figure's index, None when the before value is a baseline
    source: str                      # "baseline" or "two_periods"
    before_period: Optional[str]
    before_value: float
    after_period: Optional[str]
    after_value: float
    computed_percent: Optional[float]    # None when the before value is 0
    stated_percent: Optional[float]      # signed: a decrease is negative
    stated_times: Optional[float]
    gap_points: Optional[float]          # |stated - computed| in percentage points (or ratio gap for times)
    disagrees: bool


def _stated_percent(change: dict | None) -> Optional[float]:
    if not change or change.get("percent") is None:
        return None
    percent = float(change["percent"])
    return -abs(percent) if change.get("direction") == "decrease" else percent


def compare(before: float, after: float, change: dict | None, unit: str | None = None) -> tuple:
    """(computed %, stated %, stated times, gap, disagrees) for one pair of values."""
    computed = (after - before) / abs(before) * 100 if before else None
    stated = _stated_percent(change)
    times = (change or {}).get("times")
    gap, disagrees = None, False
    if computed is not None and stated is not None:
        gap = abs(stated - computed)
        # For a figure in percent (công suất phòng 60% -> 70%), "tăng 10%" may mean points.
        if unit == "percent":
            gap = min(gap, abs(stated - (after - before)))
        disagrees = gap > MAX_GAP_POINTS
    elif before and times is not None:
        ratio = after / before
        gap = abs(ratio - float(times)) * 100
        disagrees = abs(ratio - float(times)) > MAX_GAP_TIMES
    direction = (change or {}).get("direction")
    if computed is not None and direction in ("increase", "decrease"):
        # "tăng" while the values fell (or the reverse) is a disagreement whatever the size.
        if (direction == "increase" and after < before) or (direction == "decrease" and after > before):
            disagrees = True
    return (None if computed is None else round(computed, 2), stated, times,
            None if gap is None else round(gap, 2), disagrees)


def before_after_pairs(figures: list[dict]) -> list[ChangeCheck]:
    """Every before/after pair of one record's figures, in figure order: each figure with a
    baseline value, and each figure whose earlier comparable period (the one its change is
    compared with, else the same span a year before) is another figure of the same metric,
    unit and label. A pair given both ways is listed once."""
    checks: list[ChangeCheck] = []
    seen: set[tuple] = set()
    by_key: dict[tuple, list[int]] = {}
    for i, f in enumerate(figures):
        by_key.setdefault((f.get("metric"), f.get("unit"), f.get("period")), []).append(i)
    for i, f in enumerate(figures):
        value = f.get("value")
        if value is None:
            continue
        base = f.get("baseline") or {}
        change = f.get("change") or None
        if base.get("value") is not None:
            key = (f.get("metric"), f.get("unit"), base.get("period"), f.get("period"))
            seen.add(key)
            checks.append(_check(i, None, "baseline", base.get("period"), float(base["value"]), f, change))
            continue
        earlier = (change or {}).get("compared_with") or previous_period(f.get("period"))
        if not earlier:
            continue
        candidates = [j for j in by_key.get((f.get("metric"), f.get("unit"), earlier), [])
                      if j != i and _same_label(figures[j].get("label"), f.get("label"))]
        if len(candidates) != 1:
            continue  # none, or ambiguous: better no pair than a wrong one
        j = candidates[0]
        key = (f.get("metric"), f.get("unit"), earlier, f.get("period"))
        if key in seen or figures[j].get("value") is None:
            continue
        seen.add(key)
        checks.append(_check(i, j, "two_periods", earlier, float(figures[j]["value"]), f, change))
    return checks


def _same_label(a: Optional[str], b: Optional[str]) -> bool:
    """Two labels name the same thing: equal or one inside the other once folded ("lượt khách
    quốc tế" / "khách quốc tế"), or nearly equal. A metric alone is too coarse: 35 visiting
    martial-arts delegations and 7 press delegations are both `delegations`."""
    a, b = fold(a or ""), fold(b or "")
    if not a or not b:
        return False
    return a in b or b in a or fuzz.ratio(a, b) >= 85


def _check(i: int, j: Optional[int], source: str, before_period, before_value: float, f: dict,
           change: dict | None) -> ChangeCheck:
    computed, stated, times, gap, disagrees = compare(before_value, float(f["value"]), change, f.get("unit"))
    return ChangeCheck(index=i, before_index=j, source=source, before_period=before_period,
                       before_value=before_value, after_period=f.get("period"), after_value=float(f["value"]),
                       computed_percent=computed, stated_percent=stated, stated_times=times,
                       gap_points=gap, disagrees=disagrees)


def mismatch_warning(check: ChangeCheck, figure: dict) -> str:
    stated = (f"{check.stated_percent:+g}%" if check.stated_percent is not None
              else f"x{check.stated_times:g}")
    computed = f"{check.computed_percent:+.1f}%" if check.computed_percent is not None else "?"
    return (f"change_mismatch: figures[{check.index}] {figure.get('metric')} {check.after_period}: "
            f"the report states {stated} but {check.before_value:g} ({check.before_period}) -> "
            f"{check.after_value:g} gives {computed}")


def mismatches(figures: Iterable[dict]) -> list[str]:
    figures = list(figures)
    return [mismatch_warning(c, figures[c.index]) for c in before_after_pairs(figures) if c.disagrees]


def check_changes(ctx: Context) -> None:
    """Pipeline component: a warning on the record for each stated change its figures contradict."""
    ctx.warnings.extend(mismatches(f.model_dump(mode="json") for f in ctx.figures))
