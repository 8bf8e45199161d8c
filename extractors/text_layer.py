"""Is a PDF page's text layer credible Vietnamese? Scanners often add an invisible layer
from an OCR engine without Vietnamese ("Bao cao ket qua thuc hien"), and a font whose
ToUnicode map is broken gives letters that are not the ones printed. Such a layer is
worse than OCR'ing the page image, while a good layer must be kept (no OCR cost).

A page is judged by its words (letters only): the share that are valid Vietnamese
syllables (onset + rhyme + tone, the grammar in data/text_layer.yaml), the share that
carry a Vietnamese diacritic, and the share of English function words (an English
summary page is not a broken Vietnamese one); then by what the page is made of (one
image covering the page under invisible text is a scan with an OCR layer)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "text_layer.yaml"
_WORD = re.compile(r"[^\W\d_]+")
# circumflex, breve, horn; hook above, tilde, dot below
_VIETNAMESE_MARKS = {"\u0302", "\u0306", "\u031b", "\u0309", "\u0303", "\u0323"}


class Verdict(str, Enum):
    VIETNAMESE = "vietnamese"
    ENGLISH = "english"
    SHORT = "short"                  # too few words to judge by language
    NOT_VIETNAMESE = "not_vietnamese"


class Action(str, Enum):
    KEEP = "keep"                    # read the text layer as is
    OCR = "ocr"                      # OCR the page instead
    COMPARE = "compare"              # OCR the page, keep whichever reads as better Vietnamese


@dataclass(frozen=True)
class Grammar:
    onsets: frozenset[str]
    rhymes: frozenset[str]
    tone_marks: dict[str, str]       # combining mark -> tone name
    stop_codas: tuple[str, ...]
    stop_tones: frozenset[str]
    english: frozenset[str]
    min_words: int
    syllable_share: float
    marked_share: float
    english_share: float
    scan_image_cover: float


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    nfc = lambda s: unicodedata.normalize("NFC", str(s))  # noqa: E731
    return Grammar(
        onsets=frozenset(nfc(o) for o in data["onsets"]),
        rhymes=frozenset(nfc(r) for r in data["rhymes"]),
        tone_marks={mark: name for name, mark in data["tones"].items()},
        stop_codas=tuple(sorted(data["stop_codas"], key=len, reverse=True)),
        stop_tones=frozenset(data["stop_tones"]),
        english=frozenset(data["english_function_words"]),
        min_words=int(data["min_words"]),
        syllable_share=float(data["syllable_share"]),
        marked_share=float(data["marked_share"]),
        english_share=float(data["english_share"]),
        scan_image_cover=float(data["scan_image_cover"]),
    )


@lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[bool, bool]:
    """(valid Vietnamese syllable, carries a Vietnamese diacritic) for a lower-case word."""
    g = grammar()
    nfd = unicodedata.normalize("NFD", word)
    tones = [g.tone_marks[ch] for ch in nfd if ch in g.tone_marks]
    # Acute and grave alone are left out: OCR engines without Vietnamese print them too
    # ("Két qua", "thurc hién"), while ă â ê ô ơ ư đ, hook, tilde and dot below are ours.
    marked = "đ" in word or any(ch in _VIETNAMESE_MARKS for ch in nfd)
    if len(tones) > 1 or len(word) > 7:
        return False, marked
    base = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in g.tone_marks))
    valid = False
    for cut in range(0, min(3, len(base)) + 1):
        onset, rhyme = base[:cut], base[cut:]
        if onset in g.onsets and rhyme in g.rhymes:
            if rhyme.endswith(g.stop_codas) and not (tones and tones[0] in g.stop_tones):
                continue
            valid = True
            break
    return valid, marked


@dataclass(frozen=True)
class LayerScore:
    words: int
    syllables: float                 # share of valid Vietnamese syllables
    marked: float                    # share of words with a Vietnamese diacritic
    english: float                   # share of English function words

    @property
    def verdict(self) -> Verdict:
        g = grammar()
        if self.words < g.min_words:
            return Verdict.SHORT
        if self.syllables >= g.syllable_share and self.marked >= g.marked_share:
            return Verdict.VIETNAMESE
        if self.english >= g.english_share and self.marked < g.marked_share:
            return Verdict.ENGLISH
        return Verdict.NOT_VIETNAMESE

    @property
    def credibility(self) -> float:
        """One number to compare two readings of a page: Vietnamese syllables that look
        Vietnamese."""
        return self.syllables * min(1.0, self.marked / grammar().marked_share)


def score_text(text: str) -> LayerScore:
    """Shares over the words of `text`; acronyms (UBND, TTĐN, KT, VIII: upper case and
    no syllable) say nothing about the language and are left out."""
    g = grammar()
    valid = marked = english = n = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        w = word.lower()
        v, m = _word_facts(w)
        if not v and len(word) >= 2 and word.isupper():
            continue
        n += 1
        valid += v
        marked += m
        english += w in g.english
    if not n:
        return LayerScore(0, 0.0, 0.0, 0.0)
    return LayerScore(n, valid / n, marked / n, english / n)


def chars_text(chars: list[dict]) -> str:
    """The words of pdfplumber chars, a space wherever a gap or a new line separates two
    letters (PDF writers often draw no space character)."""
    out: list[str] = []
    prev = None
    for c in chars:
        if prev is not None:
            size = float(c.get("size") or 10.0)
            if abs(float(c["top"]) - float(prev["top"])) > size / 2 or float(c["x0"]) - float(prev["x1"]) > 0.15 * size:
                out.append(" ")
        out.append(c.get("text", ""))
        prev = c
    return "".join(out)


@dataclass(frozen=True)
class PageLayer:
    """What decides whether one page's text layer is read or OCR'd."""
    page: int
    score: LayerScore
    image_cover: float               # share of the page covered by its largest image
    invisible: bool | None = None    # the text is drawn invisibly (render mode 3); None: not looked at

    @property
    def scan_like(self) -> bool:
        return self.image_cover >= grammar().scan_image_cover

    def action(self) -> Action:
        verdict = self.score.verdict
        if verdict in (Verdict.VIETNAMESE, Verdict.ENGLISH, Verdict.SHORT):
            return Action.KEEP   # a short page is judged later, against the rest (follow_document)
        # A scan whose text sits invisibly over the image: the image is the truth.
        if self.scan_like and self.invisible is not False:
            return Action.OCR
        return Action.COMPARE

    def follows_replaced(self) -> bool:
        """A short page of a document whose other pages had a lying layer: replaced
        too when it is a scan whose few words are not Vietnamese-looking either."""
        return (self.score.verdict == Verdict.SHORT and self.scan_like and self.invisible is not False
                and self.score.marked < grammar().marked_share)


def image_cover(page) -> float:
    """Share of a pdfplumber page's area under its largest image (0..1)."""
    area = float(page.width) * float(page.height)
    if area <= 0:
        return 0.0
    best = 0.0
    for im in page.images:
        x0, x1 = max(float(im["x0"]), 0.0), min(float(im["x1"]), float(page.width))
        top, bottom = max(float(im["top"]), 0.0), min(float(im["bottom"]), float(page.height))
        best = max(best, max(x1 - x0, 0.0) * max(bottom - top, 0.0) / area)
    return min(best, 1.0)


def text_invisible(path: Path, page_index: int) -> bool:
    """True when most text objects of the page are drawn in render mode 3 (invisible),
    as an OCR layer laid over a scan is. Read with pdfium (pdfminer does not keep the
    render mode); only asked for pages whose text is in doubt."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        modes = [raw.FPDFTextObj_GetTextRenderMode(obj.raw)
                 for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT])]
        page.close()
    finally:
        pdf.close()
    return bool(modes) and sum(m == raw.FPDF_TEXTRENDERMODE_INVISIBLE for m in modes) > len(modes) / 2


def assess_page(page, text: str, path: Path, page_no: int) -> PageLayer:
    """Judge one pdfplumber page's text layer; the render mode is looked up only when
    the words are in doubt, so a good text page costs one pass over its words."""
    score = score_text(text)
    cover = image_cover(page)
    layer = PageLayer(page_no, score, cover)
    if score.verdict != Verdict.VIETNAMESE and cover >= grammar().scan_image_cover:
        layer = PageLayer(page_no, score, cover, text_invisible(path, page_no - 1))
    return layer


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    out: list[str] = []
    for p in sorted(set(pages)):
        if out and p == last + 1:
            out[-1] = f"{out[-1].split('-')[0]}-{p}"
        else:
            out.append(str(p))
        last = p
    return ", ".join(out)
