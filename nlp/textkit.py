"""Small text helpers shared by the header, sections, plan, factors, messages, channels,
assessment and recommendations components: NFC + folding that keeps offsets, outline labels,
Vietnamese dates, lead-ins ("Nguyên nhân: ...") and item splitting."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from nlp.sentences import fold, fold_keep, split_sentences, strip_bullet


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold_aligned(text: str) -> str:
    """`fold` without whitespace collapsing, so that offsets in the result are offsets in
    nfc(text): lower case one character at a time, old tone placement moved."""
    return fold_keep(nfc(text))


def strip_accents(text: str) -> str:
    """Lower case without diacritics ("Quảng Ninh" -> "quang ninh"), for OCR-damaged or
    English-spelled names."""
    text = unicodedata.normalize("NFD", fold(text)).replace("đ", "d")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def strip_accents_aligned(text: str) -> str:
    """`fold_aligned` without diacritics, same length as nfc(text)."""
    return "".join("d" if c == "đ" else unicodedata.normalize("NFD", c)[0] for c in fold_aligned(text))


# ---------------------------------------------------------------- outline labels

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_LABELS: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(r"^\s*(?:PHẦN|Phần)\s+(?:THỨ\s+\w+|thứ\s+\w+|(?=[IVX])" + _ROMAN + r"(?!\w)|\d+)\s*[.:\-–]?\s*", re.UNICODE)),
    ("roman", re.compile(r"^\s*(?=[IVX])" + _ROMAN + r"\s*(?:[.):\-–]|/(?![vV]))\s*")),
    ("upper", re.compile(r"^\s*[A-ZĐ]\s*[.)/]\s+")),
    ("num3", re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d,])\.?\s*[.)]?\s*")),
    ("num2", re.compile(r"^\s*\d{1,2}\.\d{1,2}(?![\d,])\s*[.)]?\s*(?!\d)")),
    ("num", re.compile(r"^\s*\d{1,2}\s*[.)/]\s*(?!\d)")),
    ("lower", re.compile(r"^\s*[a-zđ]\s*[.)/]\s+")),
    ("paren", re.compile(r"^\s*\(\s*(?:\d{1,2}|[a-zđ]|[ivx]+)\s*\)\s*")),
    ("bullet", re.compile(r"^\s*(?:[-–—•+*▪●○◦✓➢➤►♦❖]|\*)\s*")),
]
# Rank of each label class in the usual Vietnamese hierarchy (Phần > I > A > 1 > 1.1 > a) > -).
LABEL_RANK = {"part": 0, "roman": 1, "upper": 2, "num": 3, "num2": 4, "num3": 5, "lower": 6,
              "paren": 7, "bullet": 8}


def split_label(text: str, numbering_label: str | None = None) -> tuple[str | None, str]:
    """(label class, text without its label). A Word auto-number is used when the text
    itself carries no label."""
    text = nfc(text).strip()
    for cls, rx in _LABELS:
        m = rx.match(text)
        if m and m.end() < len(text):
            rest = text[m.end():].strip()
            if cls == "upper" and rest[:1].islower():
                continue
            return cls, rest
    if numbering_label:
        cls, _ = split_label(numbering_label.strip() + " x")
        return cls, text
    return None, text


# ---------------------------------------------------------------- dates

_DATE_WORDS = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)
_DATE_NUM = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")


def _iso(d: str, m: str, y: str) -> str | None:
    day, month, year = int(d), int(m), int(y)
    if 1 <= day <= 31 and 1 <= month <= 12 and 1900 < year < 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def find_date(text: str) -> tuple[str | None, re.Match | None]:
    """The first Vietnamese date in text ("ngày 20 tháng 9 năm 2024", "20/9/2024") as ISO."""
    text = nfc(text)
    best = None
    for rx in (_DATE_WORDS, _DATE_NUM):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None, None
    return _iso(*best.groups()), best


# ---------------------------------------------------------------- fuzzy phrases

@lru_cache(maxsize=None)
def word_rx(key: str, flags: int = 0) -> re.Pattern:
    """`key` as a whole word or phrase (not inside a longer word), compiled once. Patterns
    built per vocabulary entry would otherwise overflow re's own cache and recompile."""
    head = r"(?<!\w)" if key[:1].isalnum() else ""
    tail = r"(?!\w)" if key[-1:].isalnum() else ""
    return re.compile(head + re.escape(key) + tail, flags)


@lru_cache(maxsize=None)
def bounded_rx(variant: str) -> re.Pattern:
    """`variant` with a word boundary on both sides, compiled once."""
    return re.compile(r"(?<!\w)" + re.escape(variant) + r"(?!\w)")


def longest_first(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, id) matches, the longer winning where two overlap
    ("đại sứ du lịch" beats "du lịch"), in text order."""
    kept: list[tuple[int, int, str]] = []
    for h in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    return sorted(kept)


def phrase_score(text: str, variant: str) -> float:
    """How well a (short) heading text matches one outline variant, 0..100; both folded.
    Exact or near-exact wording scores high; a heading that starts with (or contains) a
    variant of three words or more scores a little less the more words it adds. Short,
    generic variants ("đánh giá", "hạn chế") only match nearly as they are."""
    return phrase_scores(text, (variant,))[0]


def phrase_scores(text: str, variants: tuple[str, ...]) -> list[float]:
    """phrase_score of `text` against each variant. The two fuzzy ratios of all variants are
    computed in one call each (rapidfuzz's cdist); the containment bonuses only where the
    variant occurs in the text (sections scored every heading candidate against ~130 variants
    one by one: a fifth of the NLP's time)."""
    if not text or not variants:
        return [0.0] * len(variants)
    ratios = process.cdist([text], variants, scorer=fuzz.ratio, dtype="float64")[0]
    sorts = process.cdist([text], variants, scorer=fuzz.token_sort_ratio, dtype="float64")[0]
    out = ratios.clip(min=sorts).tolist()
    words, long = _variant_facts(variants)
    # Only variants the text contains can get the containment bonus, and only long ones the
    # partial-ratio one: the rest keep their fuzzy ratio (most of ~130 on every heading).
    contained = {i for i, v in enumerate(variants) if v and v in text}
    for i in sorted(contained | set(long)):
        variant = variants[i]
        extra = max(0, len(text) - len(variant))
        if i in contained:
            bounded = bounded_rx(variant)
            if bounded.match(text):
                if words[i] >= 3 or extra <= 14:
                    out[i] = max(out[i], 95 - min(10.0, extra / 10))
                continue
            if bounded.search(text):
                if words[i] >= 3:
                    out[i] = max(out[i], 90 - min(15.0, extra / 6))
                continue
        if len(variant) >= 25 and len(text) > len(variant):
            part = fuzz.partial_ratio(variant, text)
            if part >= 88:
                out[i] = max(out[i], part - 5 - min(10.0, extra / 10))
    return [score if v else 0.0 for v, score in zip(variants, out)]


@lru_cache(maxsize=256)
def _variant_facts(variants: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each variant's word count, and which variants are long enough for the partial ratio."""
    return tuple(len(v.split()) for v in variants), tuple(i for i, v in enumerate(variants) if len(v) >= 25)


def clean_heading(text: str) -> str:
    """Folded heading text for matching: label, leading "về"/"những", trailing colon and
    a trailing parenthetical removed."""
    _, rest = split_label(text)
    rest = fold(rest)
    rest = re.sub(r"^(?:[-–•+*]\s*)+", "", rest)
    rest = re.sub(r"[:;.\s]+$", "", rest)
    rest = re.sub(r"^(?:về|đối với)\s+", "", rest)
    bare = re.sub(r"\s*\([^()]*\)\s*[:.]?$", "", rest)
    return (bare or rest).strip(" \"'“”")


# ---------------------------------------------------------------- lead-ins and items

_LEAD_IN = re.compile(r"^(.{2,80}?)\s*:\s*(.*)$", re.DOTALL)


def lead_in(text: str) -> tuple[str, str] | None:
    """("Nguyên nhân khách quan", "rest") for "- Nguyên nhân khách quan: rest"; None if the
    text does not start with a short phrase and a colon."""
    body = strip_bullet(nfc(text))
    _, body = split_label(body)
    m = _LEAD_IN.match(body)
    if not m:
        return None
    head = m.group(1).strip(" *-+•")
    if not head or re.search(r"[.;!?]", head) or len(head.split()) > 12:
        return None
    return head, m.group(2).strip()


def item_texts(text: str, is_list: bool) -> list[str]:
    """Items of one block: a bullet or numbered point is one item; a plain paragraph is
    split into sentences."""
    text = nfc(text).strip()
    label_cls, _ = split_label(text)
    body = strip_bullet(text)
    if is_list or label_cls is not None:
        return [body] if body else []
    return [s for s in (strip_bullet(s) for s in split_sentences(body)) if s]


def clean_item(text: str) -> str:
    text = nfc(text).strip()
    text = re.sub(r"^[\s\-–—•+*▪●○◦✓➢➤►]+", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip().rstrip(";,").strip()


def joined_blocks(blocks: list) -> list[tuple[str, object]]:
    """(text, first block) of body blocks, a block that only continues the one before it
    (a PDF line break: the one before does not end a sentence, and this one starts in lower
    case, is a short tail ending with a full stop, or follows a word no sentence ends with,
    `dangling_words` in outline.yaml)
    joined to it. Table rows are left out: they are not items."""
    from extractors.model import BlockKind

    from nlp.vocab import load

    dangling = {fold(w) for w in load("outline").get("dangling_words", [])}
    out: list[list] = []
    for block in blocks:
        if block.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE):
            continue
        text = nfc(block.text).strip()
        if not text:
            continue
        last_word = fold(out[-1][0].rsplit(None, 1)[-1]) if out and out[-1][0].split() else ""
        if out and block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and split_label(text)[0] is None and \
                not re.search(r"[.;:!?]$", out[-1][0]) and len(out[-1][0]) > 40 and \
                (text[:1].islower() or (len(text) < 30 and text.endswith(".")) or last_word in dangling):
            out[-1][0] = out[-1][0] + " " + text
            continue
        out.append([text, block])
    return [(t, b) for t, b in out]


def looks_like_figures(text: str) -> bool:
    """A table row read as text or a sentence of statistics rather than an assessment:
    mostly numbers, or four numbers and more."""
    tokens = text.split()
    numbers = [t for t in tokens if re.search(r"\d", t)]
    return "|" in text or len(numbers) >= 4 or (len(numbers) >= 2 and len(numbers) / max(1, len(tokens)) >= 0.3)
