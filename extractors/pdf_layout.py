"""Page layout for PDFs: characters -> lines -> paragraph blocks.

Lines are grouped by vertical overlap, not exact baseline, because Vietnamese letters
drawn from a fallback font (a base letter plus a separately placed accent) sit a little
higher or lower than their neighbours; within a line characters are ordered by x and a
combining accent is put right after the letter it stands over, so "THỰC TRẠNG" stays one
word. The same Line type carries OCR words, so paragraph joining serves both paths.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique", re.IGNORECASE)
LIST_MARK = re.compile(r"^(?:[-+•●▪–*]\s|(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđA-Z])[.)]\s)")
_SENTENCE_START_LOWER = re.compile(r"^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ(]")


@dataclass
class Segment:
    """A run of a line's characters with no wide gap inside (a column fragment)."""
    x0: float
    x1: float
    text: str


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    bold: bool = False
    italic: bool = False
    segments: list[Segment] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)  # OCR word confidences

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@lru_cache(maxsize=4096)
def _is_mark(ch: str) -> bool:
    return bool(ch) and all(unicodedata.combining(c) for c in ch)


@lru_cache(maxsize=1024)
def _font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) by the font's name; a page has a few fonts and thousands of chars."""
    return bool(_BOLD_FONT.search(fontname)), bool(_ITALIC_FONT.search(fontname))


def chars_to_lines(chars: list[dict], page_no: int) -> list[Line]:
    """Group pdfplumber chars into Lines (top to bottom), each split into Segments at
    wide horizontal gaps."""
    base, marks = [], []
    for c in chars:
        if c.get("text"):
            (marks if _is_mark(c["text"]) else base).append(c)
    if not base:
        return []
    base.sort(key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
    groups: list[dict] = []  # {"top","bottom","chars"}
    for c in base:
        cy = (c["top"] + c["bottom"]) / 2
        h = max(c["bottom"] - c["top"], 1.0)
        # Join the nearest recent line whose band holds this char's centre; a char whose
        # centre is off by less than 40% of its height is on the same line.
        for g in reversed(groups[-4:]):
            gh = g["bottom"] - g["top"]
            gy = (g["top"] + g["bottom"]) / 2
            if abs(cy - gy) <= 0.4 * max(min(h, gh), 1.0):
                g["chars"].append(c)
                g["top"] = min(g["top"], c["top"]) if gh < 2 * h else g["top"]
                g["bottom"] = max(g["bottom"], c["bottom"]) if gh < 2 * h else g["bottom"]
                break
        else:
            groups.append({"top": c["top"], "bottom": c["bottom"], "chars": [c]})
    for m in marks:  # an accent goes with the line and letter it overlaps horizontally
        mx = (m["x0"] + m["x1"]) / 2
        my = (m["top"] + m["bottom"]) / 2
        best = min(groups, key=lambda g: abs(my - (g["top"] + g["bottom"]) / 2))
        best.setdefault("marks", []).append((mx, m))
    lines = [_make_line(g, page_no) for g in groups]
    lines = [l for l in lines if l.text]
    lines.sort(key=lambda l: (round(l.top, 0), l.x0))
    return lines


def _make_line(group: dict, page_no: int) -> Line:
    chars = sorted(group["chars"], key=lambda c: c["x0"])
    # Accents ride after the letter whose box holds their centre.
    attach: dict[int, list[str]] = {}
    for mx, m in group.get("marks", []):
        idx = min(range(len(chars)), key=lambda i: 0 if chars[i]["x0"] <= mx <= chars[i]["x1"]
                  else min(abs(mx - chars[i]["x0"]), abs(mx - chars[i]["x1"])) + 1)
        attach.setdefault(idx, []).append(m["text"])
    sizes = [c.get("size") or (c["bottom"] - c["top"]) for c in chars if c["text"].strip()]
    size = statistics.median(sizes) if sizes else 10.0
    segments: list[Segment] = []
    buf: list[str] = []
    seg_x0 = prev_x1 = None
    base_bottom = statistics.median(c["bottom"] for c in chars)
    for i, c in enumerate(chars):
        t = c["text"] + "".join(attach.get(i, []))
        # A raised small digit right after punctuation is a footnote reference mark.
        if (c["text"].isdigit() and (c.get("size") or size) < 0.8 * size and c["bottom"] < base_bottom - 0.15 * size
                and "".join(buf).rstrip()[-1:] in (".", ",", ";", ":", ")")):
            continue
        if not c["text"].strip():
            if buf and buf[-1] != " ":
                buf.append(" ")
            continue
        if prev_x1 is not None:
            gap = c["x0"] - prev_x1
            if gap > 2.5 * size:  # a column gutter or tab stop: new segment
                segments.append(Segment(seg_x0, prev_x1, "".join(buf).strip()))
                buf, seg_x0 = [], None
            elif gap > 0.2 * size and buf and buf[-1] != " ":
                buf.append(" ")  # PDFs without space characters
        if seg_x0 is None:
            seg_x0 = c["x0"]
        buf.append(t)
        prev_x1 = c["x1"]
    if buf and seg_x0 is not None:
        segments.append(Segment(seg_x0, prev_x1, "".join(buf).strip()))
    segments = [s for s in segments if s.text]
    text = unicodedata.normalize("NFC", " ".join(s.text for s in segments))
    for s in segments:
        s.text = unicodedata.normalize("NFC", s.text)
    ink = [c for c in chars if c["text"].strip()]
    styles = [_font_style(c.get("fontname", "")) for c in ink]
    bold = sum(b for b, _ in styles) >= 0.8 * len(ink) if ink else False
    italic = sum(i for _, i in styles) >= 0.8 * len(ink) if ink else False
    return Line(text=text, x0=segments[0].x0 if segments else 0, x1=segments[-1].x1 if segments else 0,
                top=min(c["top"] for c in chars), bottom=max(c["bottom"] for c in chars),
                size=round(size, 1), page=page_no, bold=bold, italic=italic, segments=segments)


def reorder_two_column_band(lines: list[Line], page_height: float, top_share: float = 0.4) -> list[Line]:
    """Read two-column bands left column first: the heading band (left "UBND TỈNH X /
    Số: ..." beside right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / ... ngày ... tháng ...
    năm") and, with top_share=1, the signature band ("Nơi nhận:" beside "TM. ỦY BAN ...").

    A band starts at a line (starting in the top `top_share` of the page) made of two
    segments split by a wide gap, and grows up and down over lines of at most two segments
    with none crossing that gutter. Lines of three or more segments are a borderless
    table and stop a band: tables are read row by row.
    """
    out: list[Line] = []
    pos: dict[int, int] = {}  # line index -> where it went in `out`
    i, floor = 0, 0
    while i < len(lines):
        band = _band_at(lines, i, page_height, top_share, floor)
        if band is None:
            pos[i] = len(out)
            out.append(lines[i])
            i += 1
            continue
        lo, hi, g1 = band
        del out[pos.get(lo, len(out)):]  # lines above that joined the band are re-emitted
        left, right = [], []
        for l in lines[lo:hi + 1]:
            for seg in l.segments:
                (left if seg.x1 <= g1 - 2 else right).append(_sub_line(l, seg))
        out.extend(left + right)
        i = floor = hi + 1
    return out


def _band_at(lines: list[Line], i: int, page_height: float, top_share: float, floor: int):
    """(first, last, gutter right edge) of the two-column band seeded at line i, or None."""
    line = lines[i]
    if line.top > top_share * page_height or len(line.segments) != 2:
        return None
    g0, g1 = line.segments[0].x1, line.segments[1].x0
    if g1 - g0 < 2.5 * line.size:
        return None

    def fits(other: Line, g0: float, g1: float):
        if len(other.segments) > 2:
            return None
        left = [s for s in other.segments if s.x1 <= g1 - 2]
        right = [s for s in other.segments if s.x0 >= g0 + 2 and s not in left]
        if len(left) + len(right) != len(other.segments) or len(left) > 1 or len(right) > 1:
            return None
        ng0 = max([g0] + [s.x1 for s in left])
        ng1 = min([g1] + [s.x0 for s in right])
        return (ng0, ng1) if ng1 - ng0 >= 4 else None

    lo = hi = i
    while hi + 1 < len(lines) and -line.size < lines[hi + 1].top - lines[hi].bottom < 4 * line.size:
        got = fits(lines[hi + 1], g0, g1)
        if not got:
            break
        g0, g1 = got
        hi += 1
    while lo - 1 >= floor and -line.size < lines[lo].top - lines[lo - 1].bottom < 4 * line.size:
        got = fits(lines[lo - 1], g0, g1)
        if not got:
            break
        g0, g1 = got
        lo -= 1
    return lo, hi, g1


def _sub_line(line: Line, seg: Segment) -> Line:
    return Line(text=seg.text, x0=seg.x0, x1=seg.x1, top=line.top, bottom=line.bottom, size=line.size,
                page=line.page, bold=line.bold, italic=line.italic, segments=[seg],
                confidences=line.confidences)


@dataclass
class Para:
    """Lines joined into one paragraph-like block."""
    lines: list[Line]

    @property
    def text(self) -> str:
        out = ""
        for l in self.lines:
            t = l.text.strip()
            # A word hyphenated at the line end is glued back; otherwise lines join with a space.
            if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and t[:1].islower():
                out = out[:-1] + t
            else:
                out = f"{out} {t}" if out else t
        return out


def join_paragraphs(lines: list[Line], margins: dict[int, tuple[float, float]]) -> list[Para]:
    """Join consecutive lines into paragraphs. A new paragraph starts at a vertical gap,
    a change of font size or weight, a first-line indent, a list marker, or after a line
    that ended short of the right margin (the last line of a paragraph)."""
    # The usual gap between lines of a page: line spacing differs between documents (and
    # OCR boxes are tighter than font boxes), so a paragraph gap is judged against it.
    gaps: dict[int, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and b.top > a.top:
            gaps.setdefault(a.page, []).append(max(b.top - a.bottom, 0.0))
    usual = {p: statistics.median(g) for p, g in gaps.items()}
    paras: list[Para] = []
    for line in lines:
        left, right = margins.get(line.page, (0.0, 0.0))
        if paras and not _breaks(paras[-1].lines[-1], line, left, right, usual.get(line.page, 0.0)):
            paras[-1].lines.append(line)
        else:
            paras.append(Para([line]))
    return paras


def _breaks(prev: Line, line: Line, left: float, right: float, usual_gap: float) -> bool:
    if line.page != prev.page and not (prev.x1 >= right - 2 * prev.size):
        return True
    if line.page == prev.page and line.top - prev.bottom > usual_gap + max(2.0, 0.35 * max(line.size, prev.size)):
        return True
    if line.top < prev.top - 1 and line.page == prev.page:  # went back up: another column
        return True
    # OCR sizes come from word-box heights and wobble; allow 15%.
    if abs(line.size - prev.size) > max(1.0, 0.15 * max(line.size, prev.size)) or line.bold != prev.bold:
        return True
    if LIST_MARK.match(line.text):
        return True
    starts_lower = bool(_SENTENCE_START_LOWER.match(line.text))
    centered_prev = (abs((prev.x0 + prev.x1) / 2 - (left + right) / 2) < 2 * prev.size
                     and prev.x0 > left + 2 * prev.size and prev.x1 < right - prev.size)
    if centered_prev:
        return not starts_lower  # centred title lines join only mid-sentence
    if not starts_lower and right - prev.x1 > _word_width(line) + 0.5 * prev.size:
        # The next line's first word would have fitted at the end of the previous one, so
        # that line ended on purpose: it closed its paragraph (works for ragged-right too).
        return True
    if line.x0 > left + 0.8 * line.size and line.x0 > prev.x0 + 0.8 * line.size:
        return True  # first-line indent of a new paragraph
    if line.x0 > left + 0.8 * line.size and not starts_lower and prev.text.rstrip().endswith((".", ":", ";")):
        return True
    return False


def _word_width(line: Line) -> float:
    """Rough width of a line's first word, from the line's average character width."""
    word = line.text.split(" ", 1)[0]
    per_char = (line.x1 - line.x0) / max(len(line.text), 1)
    return len(word) * per_char


def body_margins(lines: list[Line]) -> tuple[float, float]:
    """Left and right edges of the running text (robust to a few outliers)."""
    if not lines:
        return 0.0, 0.0
    xs0 = sorted(l.x0 for l in lines)
    xs1 = sorted(l.x1 for l in lines)
    return xs0[len(xs0) // 10], xs1[-1 - len(xs1) // 10]


def alignment_of(para: Para, left: float, right: float) -> str:
    """left | center | right | justify from where the paragraph's lines sit."""
    ls = para.lines
    size = ls[0].size
    if len(ls) > 1 and all(l.x1 >= right - 1.5 * size for l in ls[:-1]):
        return "justify"
    mid = (left + right) / 2
    if all(abs((l.x0 + l.x1) / 2 - mid) < 2 * size and l.x0 > left + size for l in ls):
        return "center"
    if all(l.x1 >= right - size and l.x0 > left + 3 * size for l in ls):
        return "right"
    return "left"
