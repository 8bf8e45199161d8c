"""Period grammar: the time a figure refers to, in the ids of RECORD.md ("Periods").

"năm 2023" -> "2023"; "9 tháng đầu năm 2024" -> "2024-9M"; "6 tháng đầu năm 2024" -> "2024-H1";
"quý I/2024" -> "2024-Q1"; "tháng 7/2024", "8/2024" -> "2024-07", "2024-08"; "giai đoạn
2022-2023" -> "2022-2023"; "năm học 2023/2024" -> "2023/2024". Without a stated year ("6 tháng đầu
năm") the caller's `default_year` (the report's year) fills in; with none, the year-less id
("H1") is returned. Mentions set against ("so với năm 2022", "so cùng kỳ") are marked `compare`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nlp.numbers import fold_keep

__all__ = [
    "PeriodMention", "find_periods", "parse_period", "same_period_last_year", "resolve_relative",
    "period_year", "period_sort_key", "is_comparable_earlier", "header_period",
]


@dataclass(frozen=True)
class PeriodMention:
    period: str | None          # RECORD.md id; None for a bare "cùng kỳ" (resolved against a figure)
    start: int
    end: int
    text: str
    kind: str                   # year | span | season | months | quarter | month | date | relative
    compare: bool = False       # the period something is compared against ("so với năm 2022")
    relative: str | None = None # "same": same period of the stated/previous year ("cùng kỳ [năm 2023]")
    as_of: bool = False         # a date a stock figure is counted at ("tính đến 30/6/2024")


_Y = r"((?:19|20)\d{2})"
_NUMW = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
         "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_B = r"(?<![\w/.,])"       # no word, digit or separator glued before
_E = r"(?![\w]|[.,/]\d)"   # nor after

_MONTHS = re.compile(
    _B + r"(\d{1,2}|mười một|mười hai|mười|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s*(?:tháng|t)"
    r"(?:\s+(đầu|cuối))?(?:\s+(?:đầu\s+)?năm)?(?:\s*(?:/|-|năm)?\s*" + _Y + r")?" + _E
)
_HALF = re.compile(_B + r"(?:nửa|bán niên)\s*(đầu|cuối)?\s*(?:năm)?(?:\s*" + _Y + r")?" + _E)
_QUARTER = re.compile(_B + r"(?:quý|q)\s*(iv|iii|ii|i|[1-4])(?:\s*(?:/|-|năm|,)?\s*" + _Y + r")?" + _E)
_MONTH = re.compile(_B + r"(?:tháng|t)\s*(\d{1,2})(?:\s*(?:/|-|năm)\s*" + _Y + r")?" + _E)
_MONTH_BARE = re.compile(_B + r"(\d{1,2})\s*/\s*" + _Y + _E)
_DATE = re.compile(
    _B + r"(?:ngày\s*)?(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*" + _Y + _E
)
_SPAN = re.compile(
    _B + r"(?:(giai đoạn|thời kỳ|năm học|niên vụ|mùa|niên khóa|từ năm|từ|năm|các năm)\s*)?" + _Y
    + r"\s*(-|–|—|/|đến|tới|và)\s*(?:năm\s*)?(" + r"(?:19|20)\d{2}|nay|hiện nay)" + _E
)
_YEAR = re.compile(_B + r"(?:(năm|trong năm|cả năm)\s*)?\(?" + _Y + r"\)?" + _E)
_SAME = re.compile(_B + r"(?:cùng kỳ|cùng thời điểm|cùng thời gian)(?:\s+(?:năm\s+)?(trước|ngoái|" + r"(?:19|20)\d{2}))?" + _E)
_PREV = re.compile(_B + r"năm\s+(trước|ngoái)" + _E)
_THIS = re.compile(_B + r"(?:năm\s+nay)" + _E)
_COMPARE_BEFORE = re.compile(r"(?:^|[^\w])(so\s+với|so|bằng|gấp|hơn|với|từ|trước)(?:\s+(?:cùng\s+kỳ|năm|kỳ))?\s*$")
# "gấp 5,5 lần năm 2022", "gấp đôi năm trước": the year after a multiple is what it is set against
_TIMES_BEFORE = re.compile(r"(?:^|[^\w])gấp\s+(?:\d+(?:[.,]\d+)?\s*lần|(?:đôi|rưỡi|hai|ba|bốn|năm)(?:\s+lần)?)\s*$")
_AS_OF = re.compile(r"(?:tính\s+)?(?:đến|tới|tại thời điểm|thời điểm|vào)\s*(?:ngày\s*)?$")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:lượt|người|triệu|tỷ|tỉ|nghìn|ngàn|usd|đồng|%|dự án|sự kiện|bài|tin)(?!\w)")


def _num(word: str) -> int:
    return int(word) if word.isdigit() else _NUMW.get(word, 0)


def _months_id(n: int, year: int | None, part: str | None) -> str | None:
    if n == 6:
        suffix = "H2" if part == "cuối" else "H1"
    elif n == 3 and part != "cuối":
        suffix = "Q1"
    elif n == 12:
        return str(year) if year else None
    elif n == 9:
        suffix = "9M"
    elif 1 <= n <= 11:
        suffix = f"{n}M"
    else:
        return None
    return f"{year}-{suffix}" if year else suffix


@lru_cache(maxsize=32768)
def _find(text: str, default_year: int | None) -> tuple[PeriodMention, ...]:
    low = fold_keep(text)
    found: list[PeriodMention] = []

    def add(m, period, kind, **kw):
        found.append(PeriodMention(period, m.start(), m.end(), text[m.start():m.end()], kind, **kw))

    for m in _SPAN.finditer(low):
        y1 = int(m.group(2))
        sep = m.group(3)
        end = m.group(4)
        y2 = default_year if end in ("nay", "hiện nay") else int(end)
        lead = m.group(1) or ""
        if y2 is None or y2 < y1 or y2 - y1 > 30:
            continue
        if sep == "/" or lead in ("năm học", "niên vụ", "mùa", "niên khóa"):
            if y2 == y1 + 1:
                add(m, f"{y1}/{y2}", "season")
            continue
        if sep == "và":
            continue  # "năm 2022 và 2023": two years, found below
        add(m, f"{y1}-{y2}" if y2 != y1 else str(y1), "span")
    for m in _MONTHS.finditer(low):
        n = _num(m.group(1))
        part = m.group(2)
        year = int(m.group(3)) if m.group(3) else None
        said_year = "năm" in m.group(0) or year is not None
        if not said_year and not part:
            continue  # "trong 6 tháng": a duration
        if m.group(0).rstrip().endswith(("t",)) and year is None:
            continue
        pid = _months_id(n, year or default_year, part)
        if pid:
            add(m, pid, "months")
    for m in _HALF.finditer(low):
        if not m.group(1) and "bán niên" not in m.group(0):
            continue
        year = int(m.group(2)) if m.group(2) else default_year
        suffix = "H2" if m.group(1) == "cuối" else "H1"
        add(m, f"{year}-{suffix}" if year else suffix, "months")
    for m in _QUARTER.finditer(low):
        q = m.group(1)
        n = _ROMAN.get(q) or int(q)
        if m.group(0).startswith("q") and not m.group(0).startswith("quý") and not m.group(2):
            continue  # a bare "Q1" needs its year
        year = int(m.group(2)) if m.group(2) else default_year
        add(m, f"{year}-Q{n}" if year else f"Q{n}", "quarter")
    for m in _DATE.finditer(low):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            as_of = bool(_AS_OF.search(low[max(0, m.start() - 25):m.start()]))
            add(m, f"{y}-{mo:02d}", "date", as_of=as_of)
    for m in _MONTH.finditer(low):
        mo = int(m.group(1))
        if not 1 <= mo <= 12:
            continue
        if re.search(r"ngày\s*\d{1,2}\s*$", low[max(0, m.start() - 12):m.start()]):
            continue
        year = int(m.group(2)) if m.group(2) else default_year
        if m.group(0).startswith("t") and not m.group(0).startswith("tháng") and not m.group(2):
            continue
        add(m, f"{year}-{mo:02d}" if year else None, "month")
    for m in _MONTH_BARE.finditer(low):
        mo = int(m.group(1))
        if 1 <= mo <= 12:
            add(m, f"{m.group(2)}-{mo:02d}", "month")
    for m in _SAME.finditer(low):
        ref = m.group(1)
        period = ref if ref and ref.isdigit() else None
        add(m, period, "relative", compare=True, relative="same")
    for m in _PREV.finditer(low):
        add(m, str(default_year - 1) if default_year else None, "year", compare=True)
    for m in _THIS.finditer(low):
        if default_year:
            add(m, str(default_year), "year")
    for m in _YEAR.finditer(low):
        if _NOT_YEAR_AFTER.match(low, m.end()) and not m.group(1):
            continue
        add(m, m.group(2), "year")

    # Keep non-overlapping mentions: earlier first, then longer; relative "cùng kỳ năm 2023"
    # wins over the bare year inside it because it is longer.
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[PeriodMention] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    out = []
    for p in kept:
        compare = p.compare
        if not compare:
            before = low[max(0, p.start - 30):p.start]
            clause = re.split(r"[,;:.()]", before)[-1]
            compare = bool(_COMPARE_BEFORE.search(clause)) or bool(_TIMES_BEFORE.search(before))
            if compare and re.search(r"(?:^|[^\w])từ\s*$", clause):
                compare = False  # "từ 2022": the start of a stated change, not a comparison
        if compare != p.compare:
            p = PeriodMention(p.period, p.start, p.end, p.text, p.kind, compare, p.relative, p.as_of)
        out.append(p)
    return tuple(out)


def find_periods(text: str, default_year: int | None = None) -> list[PeriodMention]:
    """Period mentions in `text`, in order, non-overlapping (cached per text)."""
    return list(_find(unicodedata.normalize("NFC", text), default_year))


def parse_period(text: str, default_year: int | None = None) -> str | None:
    """The period a short phrase names (a table header cell: "9 tháng 2024", "Năm 2023")."""
    for p in find_periods(text, default_year):
        if p.period and not p.compare:
            return p.period
    for p in find_periods(text, default_year):
        if p.period:
            return p.period
    return None


# In a table header a bare "9 tháng", "6T", "Tháng 8" is a period (of the year the path names),
# not a duration as in prose ("trong 6 tháng").
_HEAD_MONTHS = re.compile(
    _B + r"(\d{1,2}|mười một|mười hai|mười|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s*(?:tháng|t)"
    r"(?:\s+(đầu|cuối))?(?:\s+năm)?" + _E)
_HEAD_MONTH = re.compile(_B + r"tháng\s*(\d{1,2})" + _E)
_SUB_YEAR = re.compile(r"^(?:H[12]|Q[1-4]|\d{1,2}M|\d{2})$")


def _header_part(part: str) -> str | None:
    """The period one header cell names, year-less where it writes no year ("9M", "H1", "08")."""
    p = parse_period(part, None)
    if p:
        return p
    low = fold_keep(unicodedata.normalize("NFC", part))
    m = _HEAD_MONTH.search(low)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(1)):02d}"
    m = _HEAD_MONTHS.search(low)
    if m and (m.group(1).isdigit() or "tháng" in m.group(0)):
        return _months_id(_num(m.group(1)), None, m.group(2))
    return None


def header_period(parts: list[str], default_year: int | None = None) -> str | None:
    """The period of a table column from the header cells over it, top down: the most specific
    part wins ("Năm 2024" over "Ước thực hiện 9 tháng" -> "2024-9M"). A part without a year
    ("9 tháng", "Quý I", "Tháng 8") takes the year of a part above it (else `default_year`), and
    a year under such a part ("9 tháng đầu năm" over "Năm 2023 | Năm 2024") those months of it."""
    year: int | None = None
    sub: str | None = None
    best: str | None = None
    for part in parts:
        p = _header_part(part)
        if p is None:
            continue
        if _SUB_YEAR.match(p):
            sub = p
            y0 = year if year is not None else default_year
            best = f"{y0}-{p}" if y0 is not None else p
            continue
        y = period_year(p)
        bare_year = re.fullmatch(r"(?:19|20)\d{2}", p) is not None
        if bare_year and sub is not None:
            best, year = f"{p}-{sub}", y
            continue
        if bare_year and best is not None and period_year(best) == y:
            continue   # "Năm 2024" under "9 tháng năm 2024" says no more
        if y is not None:
            year = y
        best = p
    return best


def period_year(period: str | None) -> int | None:
    m = re.match(r"((?:19|20)\d{2})", period or "")
    return int(m.group(1)) if m else None


def same_period_last_year(period: str | None) -> str | None:
    """"2024-9M" -> "2023-9M", "2023" -> "2022", "2024-07" -> "2023-07"; spans shift by their length."""
    if not period:
        return None
    m = re.fullmatch(r"((?:19|20)\d{2})(-(?:H[12]|Q[1-4]|\d{1,2}M|\d{2}))?", period)
    if m:
        return f"{int(m.group(1)) - 1}{m.group(2) or ''}"
    m = re.fullmatch(r"((?:19|20)\d{2})([-/])((?:19|20)\d{2})", period)
    if m:
        a, b = int(m.group(1)), int(m.group(3))
        n = b - a + 1 if m.group(2) == "-" else 1
        return f"{a - n}{m.group(2)}{b - n}"
    return None


def is_comparable_earlier(earlier: str | None, later: str | None) -> bool:
    """A year against the year before, 9 months against the same 9 months a year before."""
    return bool(earlier) and same_period_last_year(later) == earlier


def resolve_relative(mention: PeriodMention, figure_period: str | None) -> str | None:
    """The period a comparison names, given the period of the figure it qualifies:
    "cùng kỳ" of "2024-9M" -> "2023-9M"; "cùng kỳ năm 2022" of "2023-H1" -> "2022-H1"."""
    if mention.relative != "same":
        return mention.period
    if mention.period and figure_period:
        m = re.fullmatch(r"(?:19|20)\d{2}(-.+)?", figure_period)
        if m:
            return mention.period + (m.group(1) or "")
        return mention.period
    if mention.period:
        return mention.period
    return same_period_last_year(figure_period)


def period_sort_key(period: str | None) -> tuple:
    """Orders periods in time (by last year covered, then part of the year)."""
    if not period:
        return (0, 0)
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", period)]
    end = max(years) if years else 0
    m = re.search(r"-(H([12])|Q([1-4])|(\d{1,2})M|(\d{2}))$", period)
    if not m:
        part = 12
    elif m.group(2):
        part = 6 * int(m.group(2))
    elif m.group(3):
        part = 3 * int(m.group(3))
    elif m.group(4):
        part = int(m.group(4))
    else:
        part = int(m.group(5))
    return (end, part)


# "2023/2022", "9T2024/9T2023", "6 tháng 2024/6 tháng 2023" in a comparison column's header: the
# period compared, then the one it is compared with (not a season: both sides are whole periods).
_PAIR_SIDE = r"((?:\d{1,2}\s*(?:t|tháng)\s*(?:đầu\s*)?(?:năm\s*)?)?(?:năm\s*)?(?:19|20)\d{2})"
_PAIR = re.compile(r"(?<![\w/.,])" + _PAIR_SIDE + r"\s*/\s*" + _PAIR_SIDE + r"(?![\w/]|[.,]\d)")


def period_pair(text: str, default_year: int | None = None) -> tuple[str, str] | None:
    """(compared, compared with) named as "A/B" in a comparison header, else None."""
    m = _PAIR.search(fold_keep(text))
    if not m:
        return None
    a, b = parse_period(m.group(1), default_year), parse_period(m.group(2), default_year)
    return (a, b) if a and b and a != b else None
