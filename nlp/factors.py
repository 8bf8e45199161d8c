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
    return best[1] if best else None


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


def _cut_apposition(text: str) -> str:
    """The words before a dash that opens an apposition ("Dân ca X - Di sản văn hóa phi vật
    thể ..."); a dash inside parentheses or between names is kept."""
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
        if (words[0][:1].islower() and len(words) >= 3) or any(
                f == a or f.startswith(a + " ") for a in appositions):
            return text[:i].rstrip()
    return text


def factor_text(text: str, keep_parentheticals: bool = False, list_item: bool = False) -> str:
    """The factor a list item or enumeration part names: its head phrase, before a colon,
    a dash opening an apposition, parentheticals and explanations ("... gắn với ...", ",
    với ..."; in a list item of its own also "... với ...", "... tại ...")."""
    cfg = _cfg()
    text = nfc(text) if keep_parentheticals else _drop_parentheticals(nfc(text))
    head = text.split(":", 1)[0] if ":" in text[:120] else text
    head = _cut_apposition(head)
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
            return rest or None
    return None


def extract_factors(ctx: Context) -> None:
    cfg = _cfg()
    blocks = [b for b in ctx.blocks_in("1") if b.index not in ctx.heading_blocks] or \
        [b for b in ctx.blocks_in(*SEARCH_SECTIONS) if b.index not in ctx.heading_blocks]
    identified: bool | None = None
    items: list[Factor] = []
    seen: set[str] = set()

    def add(text: str, block: Block, evidence_text: str) -> None:
        key = fold(text)
        if key in seen:
            return
        seen.add(key)
        items.append(Factor(text=text, group=factor_group(text), evidence=ctx.evidence(block, evidence_text)))

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
    ctx.factors.identified = identified if identified is not None or not items else True
    ctx.factors.items = items
