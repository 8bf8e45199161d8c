"""Sections component: which outline section (1, 2, 2.1, 2.2, 2.3, 3, preamble, closing,
appendix, other) every body block belongs to, which blocks are outline headings, and the
record's `sections` entries.

A heading is recognised by its form (Word heading style, outline level, bold, caps, a
numbering label such as "I.", "1.", "2.1.", "a)", "Phần I", Word auto-numbering, length)
and by its wording, matched fuzzily (rapidfuzz) against the outline wordings kept in
nlp/data/outline.yaml, whatever the numbering. Moving on in outline order is allowed at
any heading level; going back needs a heading at least as high as the one that opened the
current section, and a heading of the current section's own kind is a sub-heading (its
text stays in the section). A heading whose wording matches nothing is placed by order and
by the words of its content when it stands at the top level; otherwise it is a sub-heading.
The closing starts at "Trên đây là báo cáo ..." (or Nơi nhận / the signature); a "Phụ lục"
after it is the appendix. A cover letter filed in front of the report (header.py finds where
the report starts) is preamble. A report written as one table "TT | Nội dung | Kết quả" is
read through its reading view (table_report.py): its rows become headings and paragraphs,
placed by the wording of each row's "Nội dung" cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold
from nlp.table_report import reading_view
from nlp.textkit import LABEL_RANK, clean_heading, lead_in, nfc, phrase_scores, split_label
from nlp.vocab import load
from storage.record import Evidence, Section

ORDER = ["preamble", "1", "2", "2.1", "2.2", "2.3", "3", "other", "closing", "appendix"]
FAMILY_2 = {"2", "2.1", "2.2", "2.3"}
TOP_IDS = ["1", "2", "3"]
MAX_HEADING_CHARS = 220


@dataclass
class Candidate:
    block: Block
    label: str | None
    key: str                   # folded heading wording
    form: int                  # 0: no heading form, 1: short plain line, 2: heading cues
    level: float
    scores: dict[str, float]
    within: dict[str, float]   # scores of wordings valid only inside section 2
    inline: tuple[str, float] | None = None   # "Ưu điểm: ..." lead-in: (section, score)


@lru_cache(maxsize=1)
def _outline() -> dict:
    data = load("outline")
    secs = {}
    for sid, spec in data["sections"].items():
        secs[str(sid)] = {
            "headings": [fold(h) for h in spec.get("headings", [])],
            "within": [fold(h) for h in spec.get("within_headings", [])],
            "cues": [fold(c) for c in spec.get("cues", [])],
        }
    return {"sections": secs, "thresholds": data["thresholds"],
            "closing": [fold(c) for c in data["closing_starts"]],
            "appendix_starts": {k: [fold(w) for w in v] for k, v in data["appendix_starts"].items()}}


def match_heading(key: str) -> tuple[dict[str, float], dict[str, float]]:
    """Best score of `key` (folded heading wording) against each section's wordings."""
    variants, owners = _all_variants()
    best: dict[tuple[str, str], float] = {}
    for owner, score in zip(owners, phrase_scores(key, variants)):
        if score > best.get(owner, -1.0):
            best[owner] = score
    secs = _outline()["sections"]
    scores = {sid: best.get(("headings", sid), 0.0) for sid in secs}
    within = {sid: best.get(("within", sid), 0.0) for sid, spec in secs.items() if spec["within"]}
    return scores, within


@lru_cache(maxsize=1)
def _all_variants() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Every section's heading wordings in one tuple (scored in one call), with their owner:
    ("headings" | "within", section id)."""
    variants, owners = [], []
    for sid, spec in _outline()["sections"].items():
        for kind in ("headings", "within"):
            for v in spec[kind]:
                variants.append(v)
                owners.append((kind, sid))
    return tuple(variants), tuple(owners)


def outline_section(wording: str) -> str | None:
    """The outline section a row's "Nội dung" cell names (its label set aside), or None."""
    key = clean_heading(wording)
    if not key or len(key) > MAX_HEADING_CHARS:
        return None
    scores, _ = match_heading(key)
    sid = max(scores, key=lambda s: (scores[s], -ORDER.index(s)))
    return sid if scores[sid] >= _outline()["thresholds"]["heading"] else None


def _level(block: Block, label: str | None) -> float:
    if label is not None:
        return float(LABEL_RANK[label])
    st = block.style
    if st.outline_level is not None:
        return {0: 1.0, 1: 3.0, 2: 4.0}.get(st.outline_level, 5.0 + st.outline_level)
    name = (st.style_name or "").lower()
    m = re.search(r"heading\s*(\d)", name)
    if m:
        return {1: 1.0, 2: 3.0, 3: 4.0}.get(int(m.group(1)), 6.0)
    caps = st.caps or _is_caps(block.text)
    if caps and (st.bold or block.kind == BlockKind.HEADING):
        return 1.5
    if caps:
        return 2.5
    if st.bold or block.kind == BlockKind.HEADING:
        return 3.5
    return 7.5


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _form(block: Block, label: str | None, rest: str) -> int:
    text = nfc(block.text).strip()
    if not text or len(text) > MAX_HEADING_CHARS or block.kind == BlockKind.TABLE_ROW:
        return 0
    st = block.style
    sentence_like = bool(re.search(r"[.;]\s*$", rest)) and len(rest) > 60
    if block.kind == BlockKind.HEADING or st.outline_level is not None or \
            re.match(r"(heading|tiêu đề|title)", (st.style_name or "").lower()):
        return 2
    if (st.bold or st.caps or _is_caps(rest)) and len(rest) <= 160 and not sentence_like:
        return 2
    if label is not None and label not in ("bullet", "paren") and len(rest) <= 160 and not sentence_like:
        return 2
    if len(rest) <= 80 and not sentence_like:
        return 1
    return 0


@lru_cache(maxsize=1)
def _ocr_roman() -> tuple[dict[str, str], re.Pattern]:
    spec = load("outline")["ocr_roman"]
    as_i = {str(k): str(v) for k, v in spec["as_i"].items()}
    letters = "".join(re.escape(c) for c in sorted(set("IVX") | set(as_i) | {str(p) for p in spec["as_point"]}))
    return as_i, re.compile(rf"^\s*([{letters}]{{1,6}})\s*([.):])?(?:\s+(?=\S)|\s*$)")


def heading_text(block: Block) -> str:
    """The block's text, with a Roman label that OCR misread put right ("HI. KIẾN NGHỊ" ->
    "III. KIẾN NGHỊ", "IL." -> "I.", "IIL" -> "II."; ocr_roman in outline.yaml). Only an
    OCR'd block, only when the letters make a numeral I..XX with the point, and only before
    heading-like text (capitals or an outline wording): typed text is left as it is."""
    text = nfc(block.text)
    if block.ocr_confidence is None:
        return text
    as_i, rx = _ocr_roman()
    m = rx.match(text)
    if not m or split_label(text)[0] == "roman":
        return text
    token, point, rest = m.group(1), m.group(2), text[m.end():]
    points = set(load("outline")["ocr_roman"]["as_point"])
    misread_point = token[-1] in points and len(token) > 1
    if misread_point:
        token, point = token[:-1], point or "."       # the point read as a letter ("IIL", "IL.")
    if token[-1] in points or not point:
        return text
    numeral = "".join(as_i.get(c, c) for c in token)
    if (numeral == token and not misread_point) or not numeral or \
            not re.fullmatch(r"X{0,2}(?:IX|IV|V?I{0,3})", numeral):
        return text
    if not rest.strip():
        return f"{numeral}{point}"        # a label on a line of its own: the next block says more
    head = clean_heading(f"I. {rest}")
    scores, _ = match_heading(head) if head else ({}, {})
    if not (_is_caps(rest) or max(scores.values(), default=0) >= _outline()["thresholds"]["heading"]):
        return text
    return f"{numeral}{point} {rest}"


def _candidate(block: Block) -> Candidate:
    text = heading_text(block)
    label, rest = split_label(text, block.style.numbering_label)
    key = clean_heading(text)
    form = _form(block, label, rest)
    scores, within = ({}, {})
    if form:
        scores, within = match_heading(key)
    inline = None
    if not form or form == 1:
        li = lead_in(block.text)
        if li and li[1]:
            s, w = match_heading(clean_heading(li[0]))
            best = max(s, key=s.get)
            if s[best] >= _outline()["thresholds"]["inline"] and best != "other":
                inline = (best, s[best])
    return Candidate(block, label, key, form, _level(block, label), scores, within, inline)


_LABEL_ONLY = re.compile(r"^\s*(?:(?:PHẦN|Phần)\s+)?(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[A-ZĐ])\s*[.):]?\s*$")


def _label_only_blocks(body: list[Block], cands: list[Candidate]) -> list[int]:
    """Positions of blocks that hold only a numbering label; the next block takes the label
    (its class and level) as its own."""
    out = []
    for pos, c in enumerate(cands[:-1]):
        text = heading_text(c.block).strip()
        if not _LABEL_ONLY.match(text) or re.fullmatch(r"\d{1,2}", text):
            continue
        label, _ = split_label(text + " x")
        nxt = cands[pos + 1]
        if label is None or nxt.label is not None or not nxt.form:
            continue
        nxt.label = label
        nxt.level = float(LABEL_RANK[label])
        if nxt.form == 1:
            nxt.form = 2
            nxt.scores, nxt.within = match_heading(nxt.key)
        c.form, c.scores, c.within, c.inline, c.label = 0, {}, {}, None, None
        out.append(pos)
    return out


def _relative_levels(cands: list[Candidate]) -> None:
    """Numbering classes ranked by their first appearance as headings: a report whose
    parts are "A., B., C." with "I., II." inside ranks A above I (the usual order, Phần >
    I > 1 > a), is only the default)."""
    seen: list[str] = []
    for c in cands:
        if c.form == 2 and c.label and c.label not in ("bullet", "paren") and c.label not in seen:
            seen.append(c.label)
    if len(seen) < 2:
        return
    ranks = sorted(LABEL_RANK[label] for label in seen)
    remap = {label: float(rank) for label, rank in zip(seen, ranks)}
    for c in cands:
        if c.label in remap:
            c.level = remap[c.label]


def _run_in_label(c: Candidate) -> bool:
    """A short lead-in label ending with a colon, without numbering and not in capitals
    ("Ưu điểm:", "Hạn chế:"): inside an undivided evaluation section it labels a group of
    points and does not split the section into 2.1/2.2/2.3."""
    text = nfc(c.block.text).strip()
    return c.label in (None, "bullet") and text.endswith(":") and not _is_caps(text) and len(text) <= 60


def _order(sid: str) -> int:
    return ORDER.index(sid) if sid in ORDER else 0


def _header_end(blocks: list[Block]) -> int:
    """Position of the first block after the header (motto, number, title, Kính gửi):
    header lines are never outline headings."""
    starts = tuple(fold(s) for s in load("header")["body_starts"])
    limit = min(len(blocks), 40)
    for pos in range(limit):
        if fold(blocks[pos].text).startswith("kính gửi"):
            return pos + 1
    for pos in range(limit):
        text = fold(blocks[pos].text)
        if text == "báo cáo" or (text.startswith("báo cáo ") and _is_caps(blocks[pos].text[:7])):
            end = pos + 1
            while end < limit and end < pos + 5:
                nxt = blocks[end]
                label, _ = split_label(nxt.text, nxt.style.numbering_label)
                t = fold(nxt.text)
                if label is not None or t.startswith(starts) or len(nxt.text) > 200:
                    break
                end += 1
            return end
    return 0


def _closing_start(blocks: list[Block], first_heading_pos: int) -> int:
    starts = _outline()["closing"]
    for pos, block in enumerate(blocks):
        if pos <= first_heading_pos:
            continue
        text = fold(block.text)
        if text.startswith(tuple(starts)):
            return pos
    return len(blocks)


def _best(cand: Candidate, current: str) -> tuple[str | None, float]:
    th = _outline()["thresholds"]
    need = th["heading"] if cand.form == 2 else th["plain"]
    scores = dict(cand.scores)
    if current in FAMILY_2:
        for sid, sc in cand.within.items():
            if sc >= need and sc + 1 >= scores.get("1", 0):
                scores[sid] = max(scores.get(sid, 0), sc + 1)
                scores["1"] = min(scores.get("1", 0), sc - 1)
    if not scores:
        return None, 0.0
    sid = max(scores, key=lambda s: (scores[s], -ORDER.index(s)))
    return (sid, scores[sid]) if scores[sid] >= need else (None, scores[sid])


def assign_sections(ctx: Context) -> None:
    view = reading_view(ctx.document, outline_section) if ctx.source is None else None
    if view is not None:
        ctx.source, ctx.document, ctx.origin = ctx.document, view.document, view.origin
    doc = ctx.document
    body = doc.body()
    cands = [_candidate(b) for b in body]
    label_only = _label_only_blocks(body, cands)

    # a cover letter in front of the report is preamble: the report's own header ends it
    start = next((pos for pos, b in enumerate(body) if ctx.source_index(b) >= ctx.report_start), 0)
    floor = start + _header_end(body[start:])
    # what follows an outline table with no heading of its own (the before/after grid of
    # indicators) is the results of section 1, not the last row's section
    after_table = None
    if view is not None:
        last = max((pos for pos, b in enumerate(body) if b.index in view.outline_blocks), default=None)
        after_table = last + 1 if last is not None else None
    _relative_levels(cands[floor:])

    # The top level: the highest level among blocks that read as outline headings.
    first_heading_pos = len(body)
    matched_levels = []
    for pos, c in enumerate(cands):
        if pos < floor:
            continue
        sid, _ = _best(c, "1")
        if sid and sid != "other" and c.form:
            matched_levels.append(c.level)
            first_heading_pos = min(first_heading_pos, pos)
    top_level = min(matched_levels) if matched_levels else None
    closing_pos = _closing_start(body, first_heading_pos if first_heading_pos < len(body) else floor - 1)

    section_of: dict[int, str] = {}
    headings: dict[int, str] = {}          # block index -> section it opens
    current = "preamble"
    opened_level = 99.0
    segments: list[tuple[int, str | None]] = []   # (pos, section or None when unmatched top-level)
    for pos, c in enumerate(cands):
        block = c.block
        if pos >= closing_pos:
            break
        if pos < floor:
            section_of[block.index] = current
            continue
        sid = None
        if c.form:
            sid, _ = _best(c, current)
        if pos == after_table and sid is None and current not in ("preamble", "1"):
            # its caption ("BIỂU SO SÁNH MỘT SỐ CHỈ TIÊU ...") is a sub-heading of section 1
            current = "1"
            opened_level = min(c.level, top_level if top_level is not None else c.level)
            segments.append((pos, current))
            section_of[block.index] = current
            continue
        if sid is None and c.inline and c.label not in (None, "bullet", "paren"):
            sid = c.inline[0]            # "3. Kiến nghị: Đề nghị ..." (a bullet lead-in stays inside)
        if sid is not None:
            if sid == current or (sid == "2" and current in FAMILY_2):
                pass                                            # a sub-heading of the section
            elif current == "2" and sid in FAMILY_2 and _run_in_label(c):
                pass                                            # "Ưu điểm:" inside an undivided "ĐÁNH GIÁ"
            elif sid == "other" and (current == "preamble" or c.level > min(opened_level, top_level or 99)):
                pass
            elif _order(sid) < _order(current) and c.level > opened_level and current != "other":
                pass                                            # going back needs a high heading
            else:
                current = sid
                opened_level = c.level
                if c.form:
                    headings[block.index] = current
                segments.append((pos, current))
        elif c.form == 2 and top_level is not None and c.level <= top_level and (
                current != "preamble" or c.label in ("roman", "part", "upper", "num")):
            # an unmatched top-level heading: placed after the first pass
            current = f"?{pos}"
            opened_level = c.level
            headings[block.index] = current
            segments.append((pos, None))
        section_of[block.index] = current

    _resolve_unmatched(cands, section_of, headings, segments)

    # no row of an outline table is preamble: rows above its first recognised item open the
    # report's first section
    if view is not None:
        for block in body:
            if block.index in view.outline_blocks and section_of.get(block.index) == "preamble":
                section_of[block.index] = "1"

    # a label on a line of its own ("I." then "THỰC TRẠNG ...") goes with what it labels
    for pos in label_only:
        nxt = body[pos + 1].index
        if nxt in section_of:
            section_of[body[pos].index] = section_of[nxt]
            if nxt in headings:
                headings[body[pos].index] = headings[nxt]

    # closing, and appendices after the signature
    in_appendix = False
    for c in cands[closing_pos:]:
        if c.form == 2 and opens_appendix(c.block.text):
            if not in_appendix:
                headings[c.block.index] = "appendix"      # a later "PHỤ LỤC 2" is text of the appendix
            in_appendix = True
        section_of[c.block.index] = "appendix" if in_appendix else "closing"

    # whole-table blocks take the section of their first row
    for block in doc.blocks:
        if block.kind == BlockKind.TABLE:
            row = next((b for b in body if b.kind == BlockKind.TABLE_ROW and b.table_index == block.table_index), None)
            if row is not None and row.index in section_of:
                section_of[block.index] = section_of[row.index]

    ctx.section_of = section_of
    ctx.heading_blocks = set(headings)
    ctx.sections = _entries(ctx, body, headings)


def opens_appendix(text: str) -> bool:
    """"PHỤ LỤC ...", "Phụ lục 2: ...", "BIỂU SỐ 01", "DANH MỤC ..." after the signature."""
    key = fold(text)
    words = _outline()["appendix_starts"]
    if any(re.match(re.escape(w) + r"(?!\w)", key) for w in words["any_case"]):
        return True
    return _is_caps(text) and any(re.match(re.escape(w) + r"(?!\w)", key) for w in words["caps"])


def _resolve_unmatched(cands: list[Candidate], section_of: dict[int, str], headings: dict[int, str],
                       segments: list[tuple[int, str | None]]) -> None:
    """Place unmatched top-level headings by order (a missing outline section between its
    neighbours) and by the words of their content."""
    secs = _outline()["sections"]
    known = [s for _, s in segments if s]
    for i, (pos, sid) in enumerate(segments):
        if sid is not None:
            continue
        marker = f"?{pos}"
        prev = next((s for _, s in reversed(segments[:i]) if s), "preamble")
        nxt = next((s for _, s in segments[i + 1:] if s), "closing")
        lo, hi = ORDER.index(prev), ORDER.index(nxt)
        missing = [s for s in TOP_IDS if lo < ORDER.index(s) < hi and s not in known
                   and not (s == "2" and any(k in FAMILY_2 for k in known))]
        content = " ".join(fold(c.block.text) for c in cands if section_of.get(c.block.index) == marker)
        choice = None
        best = 0
        for s in missing:
            score = sum(content.count(cue) for cue in secs[s]["cues"])
            if score > best:
                choice, best = s, score
        if choice is None:
            choice = "preamble" if prev == "preamble" else "other"
        else:
            known.append(choice)
        segments[i] = (pos, choice)
        for idx, s in list(section_of.items()):
            if s == marker:
                section_of[idx] = choice
        for idx, s in list(headings.items()):
            if s == marker:
                if choice == "preamble":
                    del headings[idx]
                else:
                    headings[idx] = choice


def _block_text(block: Block) -> str:
    text = nfc(block.text).strip()
    if not text and block.cells:
        text = " | ".join(c.text for c in block.cells)
    return text


def _entries(ctx: Context, body: list[Block], headings: dict[int, str]) -> list[Section]:
    closing_rx = re.compile("|".join(re.escape(c) for c in _outline()["closing"][:5]))
    texts: dict[str, list[str]] = {}
    heads: dict[str, Block] = {}
    head_text: dict[str, str] = {}
    first: dict[str, Block] = {}
    for block in body:
        sid = ctx.section_of.get(block.index)
        if sid is None:
            continue
        first.setdefault(sid, block)
        if block.index in headings:
            if sid in heads and sid in head_text and _LABEL_ONLY.match(head_text[sid]) and \
                    block.index == heads[sid].index + 1:
                head_text[sid] = head_text[sid] + " " + nfc(block.text).strip()   # "I." + "THỰC TRẠNG ..."
            elif sid not in heads:
                heads[sid] = block
                head_text[sid] = heading_text(block).strip()
            texts.setdefault(sid, [])
            continue
        text = _block_text(block)
        if not text:
            continue
        if sid not in ("closing", "preamble"):
            # "... Trên đây là báo cáo ..." at the end of the last paragraph: the closing part
            m = closing_rx.search(fold(text))
            if m and m.start() > 0:
                texts.setdefault(sid, []).append(text[:m.start()].strip())
                texts.setdefault("closing", []).append(text[m.start():].strip())
                first.setdefault("closing", block)
                continue
        texts.setdefault(sid, []).append(text)
    out: list[Section] = []
    for sid in sorted(texts, key=lambda s: min(
            (b.index for b in body if ctx.section_of.get(b.index) == s), default=10**9)):
        text = "\n".join(t for t in texts[sid] if t)
        if not text.strip():
            continue
        head = heads.get(sid)
        anchor = head or first[sid]
        out.append(Section(
            section=sid,
            heading=head_text.get(sid) if head else None,
            text=text,
            evidence=Evidence(text=nfc(anchor.text).strip()[:500], section=sid, page=anchor.page, block=anchor.index,
                              bbox=list(anchor.bbox) if anchor.bbox else None),
        ))
    return out
