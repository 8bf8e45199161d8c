"""Factors component: has the province identified its focus factors among the 22
communication factors, and which (each with its group). Vocabulary: nlp/data/factors.yaml.

The factors are read from the sentence that names them ("... các yếu tố truyền thông trọng
tâm gồm: văn hóa và di sản, du lịch, sản phẩm OCOP") or from the list items that follow a
lead-in ending with a colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold, split_sentences
from nlp.textkit import bounded_rx, clean_item, fold_aligned, joined_blocks, nfc, split_label, word_rx
from nlp.vocab import load
from storage.record import Factor

SEARCH_SECTIONS = ("1", "2", "2.1", "2.2", "2.3", "other", "preamble")


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load("factors")
    keywords = sorted(((fold(k), g) for g, ks in data["groups"].items() for k in ks), key=lambda kv: -len(kv[0]))
    return {**data, "keywords": keywords,
            "cues_f": [fold(c) for c in data["cues"]],
            "identified_f": [fold(c) for c in data["identified"]],
            "not_identified_f": [fold(c) for c in data["not_identified"]],
            "list_follows_f": [fold(c) for c in data["list_follows"]],
            "factor_columns_f": [fold(c) for c in data["table_columns"]["factor"]],
            "group_columns_f": [fold(c) for c in data["table_columns"]["group"]],
            "skip_columns_f": [fold(c) for c in data["table_columns"]["skip"]],
            "prefixes_f": sorted((fold(p) for p in data["item_prefixes"]), key=len, reverse=True)}


def factor_group(text: str) -> str | None:
    """The group of a factor's wording: the group of the keyword found first in it (the
    head of a Vietnamese noun phrase comes first), the longest where two start together."""
    f = fold(text)
    best = None
    for key, group in _cfg()["keywords"]:
        m = bounded_rx(key).search(f)
        if m and (best is None or (m.start(), -len(key)) < best[0]):
            best = ((m.start(), -len(key)), group)
    if best:
        return best[1]
    # no keyword: a natural feature or scenic site named at the head ("Hồ Ba Bể")
    cfg = _cfg()
    f = f.strip(" -–•+*")
    if any(f.startswith(fold(n)) for n in cfg.get("landscape_not_names", [])):
        return None
    if any(re.match(re.escape(fold(h)) + r"\s+\w", f) for h in cfg.get("landscape_heads", [])):
        return cfg.get("landscape_group", "tourism")
    return None


def _clean(text: str) -> str:
    text = clean_item(text)
    text = re.sub(r"^\(?\s*(?:\d{1,2}|[a-zđ])\s*[).]\s*", "", text)
    text = text.strip(" .;:,\"“”")
    changed = True
    while changed:
        changed = False
        f = fold(text)
        for p in _cfg()["prefixes_f"]:
            if f.startswith(p + " ") and len(f) > len(p) + 2:
                text = text[len(p):].strip()
                changed = True
                break
    return text


def _drop_parentheticals(text: str) -> str:
    prev = None
    while prev != text:
        prev, text = text, re.sub(r"\s*\([^()]*\)", "", text)
    return text


def _cut(text: str, cuts: list[str]) -> str:
    f = fold_aligned(text)
    at = min((f.find(fold(c)) for c in cuts if fold(c) in f and f.find(fold(c)) > 0), default=-1)
    return text[:at] if at > 0 else text


def _names_list(after: str) -> bool:
    """Is what follows a dash a list of names ("Dân ca Quan họ, Ca trù, Mộc bản chùa Vĩnh
    Nghiêm"): two parts and more, split at commas and "và", each opening with a capital?"""
    phrase = re.split(r"[:;(.]", after, maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r",|\s+và\s+", phrase) if p.strip()]
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


def _cut_apposition(text: str, whole_item: bool = True) -> str:
    """The words before a dash that opens an apposition ("Dân ca X - Di sản văn hóa phi vật
    thể ..."); a dash inside parentheses or between names is kept. In a factor of its own
    (`whole_item`, not a part between semicolons) a dash also ends the factor before a quoted
    nickname ("Làng nghề X - “Vương quốc ...” ...") or before a list of the names it covers
    ("Hệ thống di sản văn hóa - Dân ca Quan họ, Ca trù, ...")."""
    appositions = [fold(a) for a in _cfg()["dash_appositions"]]
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth or ch not in "-–—" or i == 0 or text[i - 1] != " " or text[i + 1:i + 2] != " ":
            continue
        after = text[i + 1:].strip()
        words = after.split()
        if not words:
            break
        f = fold(after)
        if any(f == a or f.startswith(a + " ") for a in appositions):
            return text[:i].rstrip()
        if whole_item and after[:1] in "\"“«‘'":
            return text[:i].rstrip()
        before = text[:i].split()
        if whole_item and before and before[-1][:1].islower() and _names_list(after):
            return text[:i].rstrip()
        if words[0][:1].islower() and len(_phrase_after_dash(after).split()) >= 3:
            # "Núi Bà Đen - nóc nhà Nam Bộ" is an apposition; "ô tô - cơ khí tại ..." joins
            # two short noun phrases into one name (what follows "tại" elaborates it)
            return text[:i].rstrip()
    return text


def _phrase_after_dash(after: str) -> str:
    """The noun phrase right after a dash: up to a comma, a parenthesis or the words an
    elaboration starts with."""
    cfg = _cfg()
    phrase = re.split(r"[,;:(]", after, maxsplit=1)[0]
    return _cut(" " + phrase + " ", cfg["item_cuts"] + cfg["list_item_cuts"]).strip()


def factor_text(text: str, keep_parentheticals: bool = False, list_item: bool = False) -> str:
    """The factor a list item or enumeration part names: its head phrase, before a colon,
    a dash opening an apposition, parentheticals and explanations ("... gắn với ...", ",
    với ..."; in a list item of its own also "... với ...", "... tại ...")."""
    cfg = _cfg()
    text = nfc(text) if keep_parentheticals else _drop_parentheticals(nfc(text))
    head = text.split(":", 1)[0] if ":" in text[:120] else text
    head = _cut_apposition(head, whole_item=not keep_parentheticals)
    cuts = cfg["item_cuts"] + (cfg["list_item_cuts"] if list_item else [])
    return _clean(_cut(head, cuts))


def _split_items(enumeration: str) -> list[str]:
    """Factors of an enumeration: parts split at semicolons (or at commas when there are
    none, or where a parenthesis closes before "và")."""
    cfg = _cfg()
    text = nfc(enumeration)
    semicolons = ";" in text
    if not semicolons:
        # "A (...) và B (...)": a closing parenthesis before "và" or a comma ends a factor
        text = _drop_parentheticals(re.sub(r"\)\s*(?:,|và)\s+", ");; ", text)).replace(";;", ";")
    text = _cut(text, cfg["enumeration_cuts"])
    text = re.split(r"(?<=[^\d\s])\.\s", text)[0]
    separator = r";|\(\d{1,2}\)" if ";" in text else r",(?!\d)|\(\d{1,2}\)"
    out: list[str] = []
    for part in re.split(separator, text):
        part = factor_text(part, keep_parentheticals=semicolons)
        if part:
            out.append(part)
    limit = cfg["max_item_chars"]
    return [o for o in out if 1 < len(o) <= limit]


def _enumeration(sentence: str) -> str | None:
    """The words after the list intro ("gồm:", "là:", ":") that follows the last factor
    cue having one."""
    cfg = _cfg()
    f = fold_aligned(sentence)
    cue_ends = sorted({m.end() for c in cfg["cues_f"] for m in re.finditer(re.escape(c), f)}, reverse=True)
    for cue_end in cue_ends:
        best = None
        for intro in cfg["list_intro"]:
            key = fold(intro)
            m = word_rx(key).search(f[cue_end:cue_end + 80])
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())
        if best is not None:
            rest = sentence[cue_end + best[1]:].strip()
            if fold(rest).strip(" .:") in cfg["list_follows_f"]:
                return None     # "... như sau:": the factors follow in a list or a table
            return rest or None
    return None


def _table_rows(ctx: Context, table: Block) -> list[Block]:
    return [b for b in ctx.document.blocks if b.kind == BlockKind.TABLE_ROW and b.table_index == table.table_index]


def _column(header: list[str], cues: list[str]) -> int | None:
    for k, cell in enumerate(header):
        f = fold(cell)
        if any(word_rx(c).search(f) for c in cues):
            return k
    return None


def table_factors(ctx: Context, table: Block, after_lead_in: bool) -> list[tuple[str, str | None, Block]]:
    """(factor, group, row) of a table that lists the factors ("Nhóm yếu tố | Yếu tố được
    chọn"): one factor per cell of the factor column (several where a cell separates them
    with ";" or line breaks), its group from the group column where the report gives one.
    A table is read when its header names a factor column, or, right after a lead-in to the
    factors, from its last column that is neither a number nor a group nor a note."""
    cfg = _cfg()
    rows = _table_rows(ctx, table)
    if len(rows) < 2:
        return []
    header = [nfc(c.text) for c in rows[0].cells]
    group_col = _column(header, cfg["group_columns_f"])
    factor_col = next((k for k, cell in enumerate(header) if k != group_col and
                       any(word_rx(c).search(fold(cell)) for c in cfg["factor_columns_f"])), None)
    if factor_col is None:
        if not after_lead_in:
            return []
        candidates = [k for k, cell in enumerate(header) if k != group_col and
                      not any(word_rx(c).search(fold(cell)) for c in cfg["skip_columns_f"])]
        if not candidates:
            return []
        factor_col = candidates[-1]
    out = []
    group_text = ""
    for row in rows[1:]:
        cells = {c.col: nfc(c.text).strip() for c in row.cells}
        if group_col is not None and cells.get(group_col):
            group_text = cells[group_col]
        cell = cells.get(factor_col, "")
        if not cell or re.fullmatch(r"[\d.,\s]*", cell):
            continue
        for part in re.split(r"[;\n]", cell):
            text = factor_text(part, list_item=True)
            if text and 1 < len(text) <= cfg["max_item_chars"]:
                group = (factor_group(group_text) if group_text else None) or factor_group(text)
                out.append((text, group, row))
    return out


def extract_factors(ctx: Context) -> None:
    cfg = _cfg()
    blocks = [b for b in ctx.blocks_in("1") if b.index not in ctx.heading_blocks] or \
        [b for b in ctx.blocks_in(*SEARCH_SECTIONS) if b.index not in ctx.heading_blocks]
    identified: bool | None = None
    items: list[Factor] = []
    seen: set[str] = set()

    def add(text: str, block: Block, evidence_text: str, group: str | None = None) -> None:
        key = fold(text)
        if key in seen:
            return
        seen.add(key)
        items.append(Factor(text=text, group=group or factor_group(text), evidence=ctx.evidence(block, evidence_text)))

    tables_read: set[int] = set()

    def add_table(table: Block, after_lead_in: bool) -> bool:
        if table.table_index in tables_read:
            return False
        found = table_factors(ctx, table, after_lead_in)
        if found:
            tables_read.add(table.table_index)
        for text, group, row in found:
            add(text, row, nfc(row.text), group)
        return bool(found)

    by_pos = {b.index: i for i, b in enumerate(ctx.document.blocks)}
    consumed: set[int] = set()
    for joined, block in joined_blocks(blocks):
        if block.index in consumed:
            continue
        previous_found = False
        for sentence in split_sentences(joined):
            f = fold(sentence)
            cue = next((c for c in cfg["cues_f"] if c in f), None)
            if cue is None:
                # "Bên cạnh đó là ..." goes on with the factors of the sentence before
                starts = [fold(c) for c in cfg["continuation_starts"]]
                m = re.match(r"^(?:%s)\s*(?:,\s*)?(?:là|có|gồm)?\s*:?\s*" % "|".join(map(re.escape, starts)), f)
                if previous_found and m:
                    found = _split_items(sentence[m.end():])
                    for text in found:
                        add(text, block, sentence)
                    previous_found = bool(found)
                else:
                    previous_found = False
                continue
            previous_found = False
            if any(n in f for n in cfg["not_identified_f"]):
                if identified is None:
                    identified = False
                continue
            if ctx.section_of.get(block.index) == "preamble":
                continue
            enumeration = _enumeration(sentence)
            found = []
            if enumeration:
                found = _split_items(enumeration)
            if not found and fold(block.text).rstrip().endswith(":"):
                # the factors are the list items that follow
                start = by_pos[block.index] + 1
                for nxt in ctx.document.blocks[start:start + 25]:
                    if nxt.kind == BlockKind.TABLE and not consumed.intersection(range(start, nxt.index)):
                        add_table(nxt, after_lead_in=True)
                        break
                    if nxt.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or \
                            ctx.section_of.get(nxt.index) != ctx.section_of.get(block.index):
                        break
                    label, _ = split_label(nxt.text, nxt.style.numbering_label)
                    if nxt.kind != BlockKind.LIST_ITEM and label is None:
                        break
                    consumed.add(nxt.index)
                    text = factor_text(nxt.text, list_item=True)
                    if text and len(text) <= cfg["max_item_chars"]:
                        add(text, nxt, nfc(nxt.text))
                if items:
                    identified = True
                continue
            for text in found:
                add(text, block, sentence)
            previous_found = bool(found)
            if found:
                identified = True
            elif identified is None and any(w in f for w in cfg["identified_f"][:4]):
                identified = True
    # a table whose header names the factors, wherever it stands in the searched sections
    searched = {b.index for b in blocks} | {b.index for b in ctx.blocks_in("appendix")}   # read like the body
    for table in ctx.document.blocks:
        if table.kind == BlockKind.TABLE and any(r.index in searched for r in _table_rows(ctx, table)):
            if add_table(table, after_lead_in=False) and identified is None:
                identified = True
    ctx.factors.identified = identified if identified is not None or not items else True
    ctx.factors.items = items
