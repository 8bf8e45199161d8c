"""Word's automatic numbering, rendered the way Word shows it.

numbering.xml holds abstract definitions (w:abstractNum: per level a w:numFmt, w:lvlText
like "%1.", w:start) and concrete lists (w:num -> abstractNum, with w:lvlOverride /
w:startOverride). `Numbering.label(numId, ilvl)` advances the counters and returns the
label ("I.", "1.", "a)", "-"), restarting the levels below the one used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn

_BULLET_GLYPHS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖",
                  "o": "o", "\uf02d": "-", "\u2022": "•"}


@dataclass
class Level:
    num_fmt: str = "decimal"
    lvl_text: str = "%1."
    start: int = 1
    is_legal: bool = False


def _val(el, tag: str, default=None):
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _parse_level(lvl) -> Level:
    start = _val(lvl, "w:start")
    return Level(num_fmt=_val(lvl, "w:numFmt", "decimal"),
                 lvl_text=_val(lvl, "w:lvlText", "") or "",
                 start=int(start) if start and start.lstrip("-").isdigit() else 1,
                 is_legal=lvl.find(qn("w:isLgl")) is not None)


class Numbering:
    """Counters and label rendering for one document's numbering part."""

    def __init__(self, numbering_element=None):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self._counters: dict[object, list[int | None]] = {}
        if numbering_element is None:
            return
        for an in numbering_element.findall(qn("w:abstractNum")):
            levels = {int(l.get(qn("w:ilvl"), "0")): _parse_level(l) for l in an.findall(qn("w:lvl"))}
            self.abstract[an.get(qn("w:abstractNumId"))] = levels
        # numStyleLink: an abstractNum that only points at a numbering style; resolved lazily
        # is rare in reports, so such lists fall back to decimal.
        for num in numbering_element.findall(qn("w:num")):
            abs_id = _val(num, "w:abstractNumId")
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for ov in num.findall(qn("w:lvlOverride")):
                ilvl = int(ov.get(qn("w:ilvl"), "0"))
                so = _val(ov, "w:startOverride")
                if so is not None and so.lstrip("-").isdigit():
                    starts[ilvl] = int(so)
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            self.nums[num.get(qn("w:numId"))] = (abs_id, starts, levels)

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The effective level definition (a w:lvlOverride's w:lvl wins over the abstract one)."""
        if num_id not in self.nums:
            return None
        abs_id, _, override_levels = self.nums[num_id]
        return override_levels.get(ilvl) or self.abstract.get(abs_id, {}).get(ilvl)

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the list's counter at `ilvl` and return the label Word shows, or None when
        the paragraph is not numbered (numId 0 or unknown)."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return None
        abs_id, starts, _ = self.nums[num_id]
        # Lists sharing an abstractNum continue one another in Word unless a num restarts
        # with startOverride, which gives that num its own sequence.
        key = ("num", num_id) if starts else ("abs", abs_id)
        counters = self._counters.get(key)
        if counters is None:
            counters = self._counters[key] = [None] * 9
        start = starts.get(ilvl, lvl.start)
        counters[ilvl] = start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None  # lower levels restart after a higher level item
        if lvl.num_fmt == "bullet":
            return _BULLET_GLYPHS.get(lvl.lvl_text, lvl.lvl_text.strip() or "•")
        if lvl.num_fmt == "none":
            return lvl.lvl_text.strip() or None

        def sub(match: re.Match) -> str:
            n = int(match.group(1)) - 1
            other = self.level(num_id, n) or Level()
            value = counters[n]
            if value is None:  # a level never used yet shows its start value
                value = starts.get(n, other.start)
            fmt = "decimal" if (lvl.is_legal and n < ilvl) else other.num_fmt
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", sub, lvl.lvl_text).strip() or None


def format_number(n: int, fmt: str) -> str:
    """Render a counter value in a w:numFmt."""
    if fmt in ("upperRoman", "lowerRoman"):
        r = to_roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        # Word repeats the letter past z: aa, bb, ...
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def to_roman(n: int) -> str:
    """Roman numeral for 1..3999 (plain digits outside that range)."""
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
