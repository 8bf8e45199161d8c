"""Number grammar for Vietnamese report prose and tables.

Reads "1.234.567", "2.348,3 triệu USD", "15,2 triệu lượt", "1,1 tỉ USD", "91 nghìn", "hơn 120.000",
"từ 10 - 15%", "hai mươi lăm sự kiện" into `Quantity` objects: value in the base unit (đồng,
dollars, visits...), the unit id of the contract, the report's own unit wording, whether the text
says it is approximate, and where it stands in the text. Numbers that are not quantities (dates,
document numbers, legal references, ranks, ratios, phone numbers, years, section labels) come
back with `skip` saying why, so that callers can tell them apart without re-reading the text.

The vocabulary (multipliers, unit words, approximators, the words that make a number a date or a
reference) lives in nlp/data/units.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from nlp import vocab
from nlp.sentences import fold_keep

__all__ = [
    "Quantity", "find_quantities", "parse_quantity", "parse_numeral", "guess_style", "unit_of",
    "parse_written", "fold_keep",
]


@dataclass(frozen=True)
class Quantity:
    value: float                    # in the base unit: "1,5 triệu lượt" -> 1500000
    unit: str | None                # visits | people | VND | USD | percent | count | other | None
    unit_text: str | None           # the report's unit words, multiplier included ("triệu lượt", "%")
    start: int                      # span in the text, approximator to unit included
    end: int
    text: str                       # text[start:end]
    num_start: int = 0              # span of the numeral itself
    num_end: int = 0
    approximate: bool = False
    high: float | None = None       # upper bound of a range ("10 - 15%")
    multiplier: float = 1.0
    written: bool = False           # spelled out ("hai mươi")
    skip: str | None = None         # why this is not a quantity: date, period, year, doc_number, duration,
                                    # legal, ordinal, ratio, phone, code, section, plan

    @property
    def is_quantity(self) -> bool:
        return self.skip is None


# ---------------------------------------------------------------------------------------------
# Folding that keeps offsets: lower case, NFC, new tone placement, same length as the input.

def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------------------------
# Vocabulary, compiled once.

_W = r"[0-9a-zà-ỹđ]"          # a word character of folded Vietnamese text
_NOT_W_AFTER = rf"(?!{_W})"


@dataclass(frozen=True)
class _Grammar:
    multiplier_re: re.Pattern
    multipliers: dict
    unit_re: re.Pattern
    unit_of_phrase: dict
    scaled: dict
    approx_re: re.Pattern
    before: dict                 # reason -> compiled regex matching the end of the preceding text
    doc_exceptions_re: re.Pattern
    plan_re: re.Pattern
    written_re: re.Pattern
    duration_re: re.Pattern      # a bare number's "năm" after it: years elapsed, not a count


def _alt(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = vocab.load("units")
    mult = {fold_keep(k): float(v) for k, v in data["multipliers"].items()}
    multiplier_re = re.compile(rf"\s*({_alt(mult)}){_NOT_W_AFTER}")
    unit_of_phrase = {}
    for unit, phrases in data["units"].items():
        for p in phrases:
            unit_of_phrase.setdefault(fold_keep(p), unit)
    scaled = {fold_keep(k): v for k, v in (data.get("scaled_units") or {}).items()}
    all_units = list(unit_of_phrase) + list(scaled)
    # Symbols (% $) need no word boundary; words do.
    unit_re = re.compile(rf"\s*({_alt(all_units)})(?:(?<=[%$])|{_NOT_W_AFTER})")
    approx = _alt(fold_keep(a) for a in data["approximators"])
    fillers = _alt(fold_keep(f) for f in data["approximator_fillers"])
    approx_re = re.compile(rf"(?:^|[^\w])({approx})(?:\s+(?:{fillers})){{0,2}}\s*$")
    before = {}
    for reason, words in data["not_quantity_before"].items():
        before[reason] = re.compile(rf"(?:^|[^\w])({_alt(fold_keep(w) for w in words)})\s*$")
    doc_exc = re.compile(rf"(?:^|[^\w])({_alt(fold_keep(w) for w in data['doc_number_exceptions'])})\s*$")
    plan_re = re.compile(rf"\s*(?:so với\s+|của\s+)?({_alt(fold_keep(w) for w in data['plan_words'])}){_NOT_W_AFTER}")
    written_re = re.compile(
        rf"(?<!{_W})(?:{_alt(_WRITTEN_START)})(?:\s+(?:{_alt(_WRITTEN_ALL)}))*{_NOT_W_AFTER}"
    )
    duration_re = re.compile(rf"\s*({_alt(fold_keep(w) for w in data['duration_after'])}){_NOT_W_AFTER}"
                             rf"(?!\s*(?:19|20)\d{{2}})")
    return _Grammar(multiplier_re, mult, unit_re, unit_of_phrase, scaled, approx_re, before, doc_exc,
                    plan_re, written_re, duration_re)


# ---------------------------------------------------------------------------------------------
# Numerals.

_VI = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_EN = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_numeral(token: str, style: str | None = None) -> float | None:
    """A numeral written with separators -> float. `style` is "vi" (1.234,5: the default) or
    "en" (1,234.5, spreadsheet exports); an unambiguous token is read the way it fits."""
    token = token.strip()
    if not token or not token[0].isdigit():
        return None
    vi, en = bool(_VI.match(token)), bool(_EN.match(token))
    if vi and en:
        use = style or "vi"
    elif vi:
        use = "vi"
    elif en:
        use = "en"
    else:
        # Odd grouping ("1.5", "12.34.5"): read the last separator as the decimal mark.
        m = re.match(r"^([\d.,]*?)([.,](\d+))?$", token)
        if not m:
            return None
        whole = re.sub(r"[.,]", "", m.group(1) or "")
        frac = m.group(3)
        try:
            return float(f"{whole or 0}.{frac}") if frac else float(whole)
        except ValueError:
            return None
    if use == "vi":
        return float(token.replace(".", "").replace(",", "."))
    return float(token.replace(",", ""))


def guess_style(texts) -> str | None:
    """"en" if the texts (a table's cells) use English separators unambiguously, "vi" if they use
    Vietnamese ones unambiguously, None if nothing tells."""
    en = vi = 0
    for text in texts:
        for tok in re.findall(r"\d[\d.,]*\d", text or ""):
            fits_vi, fits_en = bool(_VI.match(tok)), bool(_EN.match(tok))
            if fits_en and not fits_vi:
                en += 1
            elif fits_vi and not fits_en:
                vi += 1
    if en > vi:
        return "en"
    if vi > en:
        return "vi"
    return None


# ---------------------------------------------------------------------------------------------
# Written-out numbers.

_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
           "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_BIG = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_WRITTEN_START = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"]
_WRITTEN_ALL = list(_DIGITS) + ["mười", "mươi", "trăm", "linh", "lẻ"] + list(_BIG)


def parse_written(words: str) -> float | None:
    """"hai mươi lăm" -> 25, "một nghìn" -> 1000, "ba trăm linh năm" -> 305; None if not a number."""
    toks = fold_keep(words).split()
    if not toks:
        return None
    total = 0.0
    group = 0.0
    last = None
    for i, w in enumerate(toks):
        if w in ("linh", "lẻ"):
            continue
        if w == "mười":
            group += 10
            last = None
        elif w == "mươi":
            if last is None:
                return None
            group += last * 10
            last = None
        elif w == "trăm":
            group += (1 if last is None else last) * 100
            last = None
        elif w in _BIG:
            part = group + (last or 0)
            if part == 0:
                if total == 0:
                    return None
                total *= _BIG[w]
            else:
                total += part * _BIG[w]
            group, last = 0.0, None
        elif w in _DIGITS:
            if last is not None:
                return None  # two digits in a row: "hai ba" is a list, not a number
            if w in ("tư", "mốt", "lăm", "nhăm") and (i == 0 or toks[i - 1] not in ("mươi", "mười")):
                if not (w == "tư" and i > 0 and toks[i - 1] in ("trăm", "linh", "lẻ")):
                    return None
            last = _DIGITS[w]
        else:
            return None
    return total + group + (last or 0)


# ---------------------------------------------------------------------------------------------
# Finding quantities in text.

# A numeral token, with what may hang on it: "20/9/2024", "45/KH-UBND", "14:30".
_TOKEN = re.compile(r"(?<![\w.,])\d+(?:[.,:/]\d+)*(?:/[^\s,;()]*[^\W\d_][^\s,;()]*)?")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|~|đến|tới)\s*(?:khoảng\s+)?(?=\d)")
_YEAR_BEFORE = re.compile(r"(?:^|[^\w])(?:trong|vào|đến|tới|từ|cuối|đầu|sau|trước|của|qua|giai đoạn|niên độ|mùa)\s*$")
_SECTION_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d{1,2})+)\s+(?=\D)")


def _is_year(v: float) -> bool:
    return v == int(v) and 1900 <= v <= 2100


def unit_of(text: str) -> tuple[str | None, str | None, float]:
    """The unit a phrase names, e.g. a table's "ĐVT" cell or a header's "(triệu USD)":
    -> (unit id, unit words, multiplier). ("Triệu USD" -> ("USD", "Triệu USD", 1e6))."""
    g = _grammar()
    s = _nfc(text).strip().strip("()[]").strip()
    low = fold_keep(s)
    pos, mult = 0, 1.0
    m = g.multiplier_re.match(low, pos)
    while m:
        mult *= g.multipliers[m.group(1)]
        pos = m.end()
        m = g.multiplier_re.match(low, pos)
    if mult != 1.0 and low[pos:pos + 1] == ".":
        pos += 1   # an ĐVT cell's abbreviation glued to its unit: "Tr.USD", "Tr.đ"
    m = g.unit_re.match(low, pos)
    if m:
        phrase = m.group(1)
        if phrase in g.scaled:
            sc = g.scaled[phrase]
            return sc["unit"], s[: m.end()].strip(), mult * float(sc["factor"])
        return g.unit_of_phrase[phrase], s[: m.end()].strip(), mult
    if mult != 1.0:
        return None, s[:pos].strip(), mult
    return None, None, 1.0


def _read_unit(low: str, text: str, pos: int):
    """Multiplier and unit after position `pos` -> (multiplier, unit, unit_text, end)."""
    g = _grammar()
    mult = 1.0
    start_words = None
    end = pos
    m = g.multiplier_re.match(low, end)
    n = 0
    while m and n < 2:
        mult *= g.multipliers[m.group(1)]
        if start_words is None:
            start_words = m.start(1)
        end = m.end()
        n += 1
        m = g.multiplier_re.match(low, end)
    unit = None
    m = g.unit_re.match(low, end)
    if m:
        phrase = m.group(1)
        if start_words is None:
            start_words = m.start(1)
        if phrase in g.scaled:
            sc = g.scaled[phrase]
            unit, mult = sc["unit"], mult * float(sc["factor"])
        else:
            unit = g.unit_of_phrase[phrase]
        end = m.end()
    unit_text = text[start_words:end].strip() if start_words is not None else None
    if unit is None and unit_text is not None:
        unit_text = None  # a bare multiplier is not a unit
    return mult, unit, unit_text, end


def _skip_reason(low: str, start: int, end: int, token: str, value: float, has_unit: bool,
                 has_mult: bool) -> str | None:
    g = _grammar()
    before = low[max(0, start - 40):start]
    # Glued to a word: COVID-19, A80, G20.
    if start > 0 and (low[start - 1].isalpha() or (low[start - 1] == "-" and start > 1 and low[start - 2].isalnum())):
        return "code"
    if "/" in token:
        parts = token.split("/")
        if not all(p.isdigit() for p in parts):
            return "doc_number"
        nums = [int(p) for p in parts]
        if len(parts) == 3:
            return "date"
        a, b = nums
        if 1900 <= b <= 2100 and (1 <= a <= 12 or 1900 <= a <= 2100):
            return "period"
        if 1 <= a <= 31 and 1 <= b <= 12:
            return "date"
        return "ratio"
    if ":" in token:
        return "time"
    digits = re.sub(r"\D", "", token)
    if token.startswith("0") and len(digits) >= 8:
        return "phone"
    for reason in ("phone", "date", "period", "ordinal", "legal", "code"):
        if g.before[reason].search(before):
            if reason == "period" and has_unit and not _is_year(value):
                continue  # "năm 5 sự kiện" is not a period; "tháng 10 lượt" cannot be either
            return reason
    if g.before["doc_number"].search(before) and not g.doc_exceptions_re.search(before):
        if not has_unit:
            return "doc_number"
    if start == 0 or not low[:start].strip():
        if _SECTION_LABEL.match(low[start:]) and not has_unit:
            return "section"
    if _is_year(value) and not has_mult and re.fullmatch(r"\d{4}", token):
        if not has_unit or _YEAR_BEFORE.search(before):
            return "year"
    return None


def _scan(text: str, style: str | None) -> tuple[Quantity, ...]:
    g = _grammar()
    low = fold_keep(text)
    out: list[Quantity] = []
    taken_until = 0
    for m in _TOKEN.finditer(text):
        if m.start() < taken_until:
            continue
        token = m.group(0)
        ns, ne = m.start(), m.end()
        value = parse_numeral(token, style) if re.fullmatch(r"[\d.,]+", token) else None
        if value is None:
            first = re.match(r"\d+", token)
            value = float(first.group(0)) if first else 0.0
        high = None
        # Glued suffix: "15tr", "100%", "14h30".
        if ne < len(text) and text[ne].isalpha():
            glued = re.match(r"[^\W\d_]+", low[ne:]).group(0)
            if not (g.unit_re.match(low, ne) or g.multiplier_re.match(low, ne)):
                out.append(Quantity(value, None, None, ns, ne + len(glued), text[ns:ne + len(glued)],
                                    ns, ne, skip="code"))
                taken_until = ne + len(glued)
                continue
        if ns < taken_until:
            continue
        mult, unit, unit_text, end = _read_unit(low, text, ne)
        # Range: "10 - 15%", "10-12 triệu", "từ 10 đến 15 sự kiện".
        r = _RANGE_SEP.match(text, end) if "/" not in token else None
        if r:
            m2 = _TOKEN.match(text, r.end())
            if m2 and re.fullmatch(r"[\d.,]+", m2.group(0)):
                v2 = parse_numeral(m2.group(0), style)
                mult2, unit2, unit_text2, end2 = _read_unit(low, text, m2.end())
                both_years = _is_year(value) and v2 is not None and _is_year(v2) and mult == mult2 == 1.0 \
                    and unit is None and unit2 is None
                if both_years:
                    out.append(Quantity(value, None, None, ns, m2.end(), text[ns:m2.end()], ns, ne, skip="period"))
                    taken_until = m2.end()
                    continue
                same_unit = unit is None or unit2 is None or (
                    unit == unit2 and fold_keep(unit_text or "") == fold_keep(unit_text2 or ""))
                if v2 is not None and same_unit and \
                        (mult == 1.0 or mult2 == 1.0 or mult == mult2):
                    if unit is None and mult == 1.0:
                        mult, unit, unit_text = mult2, unit2, unit_text2
                    elif unit2 is None and mult2 == 1.0:
                        mult2 = mult
                    if v2 * mult2 > value * mult and (unit is not None or mult != 1.0):
                        high = round(v2 * mult2, 6)
                        end = max(end, end2)
        has_unit, has_mult = unit is not None, mult != 1.0
        skip = _skip_reason(low, ns, ne, token, value, has_unit, has_mult)
        if skip is None and unit == "percent" and g.plan_re.match(low, end):
            skip = "plan"
        if skip is None and not has_unit and not has_mult and g.duration_re.match(low, end):
            skip = "duration"   # "70 năm Chiến thắng Điện Biên Phủ", "5 năm qua"
        start = ns
        approximate = False
        a = g.approx_re.search(low[max(0, ns - 40):ns])
        if a and skip is None:
            approximate = True
            start = max(0, ns - 40) + a.start(1)
        if high is not None:
            approximate = True
            t = re.search(r"(?:^|\s)(từ)\s*$", low[max(0, ns - 6):ns])
            if t and not a:
                start = max(0, ns - 6) + t.start(1)
        # Thousands written with a comma in prose about whole things: "1,234 lượt".
        if style is None and mult == 1.0 and unit in ("visits", "people", "count") and \
                re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
            value = float(token.replace(",", ""))
        q = Quantity(
            value=round(value * mult, 6), unit=unit, unit_text=unit_text, start=start, end=end, text=text[start:end],
            num_start=ns, num_end=ne, approximate=approximate, high=high, multiplier=mult, skip=skip,
        )
        out.append(q)
        taken_until = end
        if skip == "phone":  # the rest of the number: "1900 1234", "0203.3835 123"
            more = re.match(r"(?:[\s.\-]*\d+)+", text[ne:])
            if more:
                taken_until = ne + more.end()
    # Written-out numbers: "hai mươi sự kiện", "một nghìn lượt".
    for m in g.written_re.finditer(low):
        ns, ne = m.start(), m.end()
        if any(q.num_start <= ns < q.end or ns <= q.num_start < ne for q in out):
            continue
        words = m.group(0).split()
        # Trailing multiplier words belong to the number: "một nghìn" = 1000.
        value = parse_written(m.group(0))
        while value is None and len(words) > 1:
            words = words[:-1]
            ne = ns + len(" ".join(words))
            value = parse_written(" ".join(words))
        if value is None:
            continue
        mult, unit, unit_text, end = _read_unit(low, text, ne)
        big = any(w in _BIG or w == "trăm" for w in words) or mult != 1.0
        if unit is None or (value * mult < 2 and not big):
            continue
        if words[0] == "năm" and len(words) == 1 and unit in ("other",):
            continue
        skip = None
        if re.search(r"(?:^|\s)(?:hàng|vài|mấy)\s*$", low[max(0, ns - 8):ns]):
            continue
        start = ns
        approximate = False
        a = _grammar().approx_re.search(low[max(0, ns - 40):ns])
        if a:
            approximate = True
            start = max(0, ns - 40) + a.start(1)
        out.append(Quantity(round(value * mult, 6), unit, unit_text, start, end, text[start:end], ns, ne,
                            approximate=approximate, multiplier=mult, written=True, skip=skip))
    out.sort(key=lambda q: q.num_start)
    return tuple(out)


@lru_cache(maxsize=32768)
def _find_cached(text: str, style: str | None) -> tuple[Quantity, ...]:
    return _scan(text, style)


def find_quantities(text: str, style: str | None = None, *, include_skipped: bool = False) -> list[Quantity]:
    """Every number in `text` read as a quantity, in order (cached per text).

    With `include_skipped`, numbers that are not quantities (dates, references, ranks...) come
    back too, with `skip` set. `style` "en" reads "1,234.5" the English way (tables)."""
    found = _find_cached(_nfc(text), style)
    return list(found) if include_skipped else [q for q in found if q.skip is None]


def parse_quantity(text: str, style: str | None = None) -> Quantity | None:
    """The first quantity in a short phrase (a table cell, "2.348,3 triệu USD"), or None."""
    found = find_quantities(text, style)
    return found[0] if found else None


def with_unit(q: Quantity, unit: str | None, unit_text: str | None, multiplier: float = 1.0) -> Quantity:
    """`q` with a unit supplied from elsewhere (a table's ĐVT column or header)."""
    return replace(q, unit=unit, unit_text=unit_text, value=round(q.value * multiplier, 6),
                   high=None if q.high is None else q.high * multiplier, multiplier=q.multiplier * multiplier)
