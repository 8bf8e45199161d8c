"""Recommendations component: the items of section 3 (Đề xuất, kiến nghị), each with its
addressees (government, mic, mofa, mocst, mpi, mof, other_ministries, central_media,
unspecified), read from the item itself or inherited from a sub-heading ("Đối với Bộ
Thông tin và Truyền thông:"). Vocabulary: nlp/data/addressees.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import BlockKind
from nlp.context import Context
from nlp.matchers import Entry, VocabularyMatcher, backend, build
from nlp.sentences import fold
from nlp.textkit import clean_item, fold_aligned, item_texts, joined_blocks, lead_in, longest_first, nfc, split_label
from nlp.vocab import load
from storage.record import Recommendation

ADDRESSEE_ORDER = ["government", "mic", "mofa", "mocst", "mpi", "mof", "other_ministries", "central_media"]
MAX_SUBHEADING_CHARS = 120


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load("addressees")
    entries = tuple(Entry(aid, str(p)) for aid, ps in data["addressees"].items() for p in ps)
    return {"entries": entries,
            "not_after": sorted((fold(w) for w in data["not_after"]), key=len, reverse=True),
            "addressed_after": sorted((fold(w) for w in data["addressed_after"]), key=len, reverse=True)}


@lru_cache(maxsize=None)
def _matcher(name: str) -> VocabularyMatcher:
    return build(_cfg()["entries"], name)


def addressees(text: str) -> tuple[list[str], list[str]]:
    """(explicit, all) addressee ids named in text: explicit are those right after
    "đề nghị" / "đối với" ... or opening the text; mentions after "trình", "phối hợp với", "của" ... are left out."""
    cfg = _cfg()
    low = fold_aligned(nfc(text))
    kept = longest_first(_matcher(backend()).find(text))
    explicit: list[str] = []
    found: list[str] = []
    prev_end = 0
    prev_ok = False
    for start, end, aid in kept:
        before = re.sub(r"\s+", " ", low[max(0, start - 30):start]).rstrip()
        between = low[prev_end:start].strip(" ,;")
        if any(before.endswith(w) for w in cfg["addressed_after"]) or not low[:start].strip(" -–•+*:"):
            # named after "đề nghị" ..., or as the subject the item opens with ("Bộ Ngoại
            # giao chỉ đạo ..."), which is more specific than a group sub-heading above it
            ok, is_explicit = True, True
        elif prev_ok and between in ("và", "", ",", "và các", "các"):
            ok, is_explicit = True, aid in explicit or bool(explicit)
        elif any(before.endswith(w) for w in cfg["not_after"]):
            ok, is_explicit = False, False
        else:
            ok, is_explicit = True, False
        prev_end, prev_ok = end, ok
        if not ok:
            continue
        if aid not in found:
            found.append(aid)
        if is_explicit and aid not in explicit:
            explicit.append(aid)
    return explicit, found


def _is_subheading(text: str) -> bool:
    """A lead-in that only names addressees: "Đối với Bộ TTTT:", "a) Kiến nghị Chính phủ"."""
    body = split_label(text)[1].strip()
    if body.endswith(":"):
        return True
    f = fold(body)
    return len(body) <= MAX_SUBHEADING_CHARS and f.startswith(("đối với", "kiến nghị với", "đề nghị với")) \
        and not re.search(r"[.;]$", body)


def _split_requests(text: str) -> list[str]:
    """One sentence holding several requests ("Đề nghị Bộ A ...; đề nghị Bộ B ...") as
    several items."""
    triggers = "|".join(re.escape(fold(t)) for t in load("addressees").get("request_starts", []))
    if not triggers:
        return [text]
    f = fold_aligned(text)
    cuts = [m.start() + 1 for m in re.finditer(r";\s*(?=(?:" + triggers + r")\b)", f)]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip(" ;") for a, b in zip(bounds, bounds[1:]) if text[a:b].strip(" ;")]


def _header_column(header: list[str], cues: list[str], exclude: set[int]) -> int | None:
    for k, cell in enumerate(header):
        f = fold(cell)
        if k not in exclude and any(re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", f) for c in cues):
            return k
    return None


def table_recommendations(rows: list) -> list[tuple[str, list[str], object]]:
    """(text, addressees, row) of a table of recommendations ("STT | Nội dung kiến nghị |
    Cơ quan đề nghị"): one recommendation per row, its text the content cell, its addressees
    those of the agency cell (else those named in the text). Without such a header, each
    row's longest cell is the text."""
    cfg = load("addressees").get("table_columns") or {}
    agency_cues = [fold(c) for c in cfg.get("agency", [])]
    content_cues = [fold(c) for c in cfg.get("content", [])]
    if not rows:
        return []
    header = [nfc(c.text) for c in rows[0].rows()[0]] if rows[0].cells else []
    agency_col = _header_column(header, agency_cues, set())
    content_col = _header_column(header, content_cues, {agency_col} if agency_col is not None else set())
    body = rows[1:] if content_col is not None or agency_col is not None else rows
    out = []
    for row in body:
        cells = {c.col: nfc(c.text).strip() for c in row.cells}
        if content_col is not None:
            text = cells.get(content_col, "")
        else:
            texts = [t for k, t in cells.items() if k != agency_col and not re.fullmatch(r"[\d.,)\s]*", t)]
            text = max(texts, key=len, default="")
        text = clean_item(text)
        if len(text.split()) < 3:
            continue
        ids: list[str] = []
        if agency_col is not None and cells.get(agency_col):
            explicit, found = addressees(cells[agency_col])
            ids = explicit or found
        if not ids:
            explicit, found = addressees(text)
            ids = explicit or found
        out.append((text, ids, row))
    return out


def extract_recommendations(ctx: Context) -> None:
    out: list[Recommendation] = []
    inherited: list[str] = []
    section = [b for b in ctx.blocks_in("3") if b.index not in ctx.heading_blocks]
    tables: dict[int, list] = {}
    for b in section:
        if b.kind == BlockKind.TABLE_ROW and b.table_index is not None:
            tables.setdefault(b.table_index, []).append(b)
    table_items: list[tuple[int, Recommendation]] = []
    for rows in tables.values():
        for text, ids, row in table_recommendations(sorted(rows, key=lambda r: r.index)):
            ids = sorted(set(ids or inherited), key=ADDRESSEE_ORDER.index) if (ids or inherited) else ["unspecified"]
            table_items.append((row.index, Recommendation(text=text, addressees=ids, evidence=ctx.evidence(row))))
    for text, block in joined_blocks(section):
        if _is_subheading(text):
            explicit, found = addressees(text)
            inherited = explicit or found
            continue
        li = lead_in(text)
        head_addr: list[str] = []
        if li and li[1]:
            explicit, found = addressees(li[0])
            head_addr = explicit or found
        carry: list[str] = []
        pieces = [p for piece in item_texts(text, block.kind == BlockKind.LIST_ITEM) for p in _split_requests(piece)]
        for piece in pieces:
            item = clean_item(piece)
            if len(item.split()) < 3 or item.endswith(":"):
                continue
            explicit, found = addressees(item)
            ids = explicit or head_addr or inherited or found or carry
            carry = ids or carry
            ids = sorted(set(ids), key=ADDRESSEE_ORDER.index) if ids else ["unspecified"]
            out.append(Recommendation(text=item, addressees=ids, evidence=ctx.evidence(block, piece)))
    if table_items:
        positioned = [(r.evidence.block if r.evidence and r.evidence.block is not None else -1, r) for r in out]
        out = [r for _, r in sorted(positioned + table_items, key=lambda pr: pr[0])]
    ctx.recommendations = out
