"""Key messages component: the province's main communication messages (thông điệp,
slogan, khẩu hiệu), quoted or introduced by a colon, Vietnamese or English; and whether the
report says it has identified them. Vocabulary: nlp/data/messages.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold, split_sentences
from nlp.textkit import clean_item, nfc
from nlp.vocab import load
from storage.record import KeyMessage

SKIP_SECTIONS = {"closing", "preamble"}
FOLLOW_BLOCKS = 3


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load("messages")
    quote_rx = "|".join(re.escape(o) + r"\s*([^" + re.escape(o + c) + r"\n]{2,300}?)\s*" + re.escape(c)
                        for o, c in data["quotes"])
    return {**data,
            "cues_f": [fold(c) for c in data["cues"]],
            "not_f": [re.compile(fold(c)) for c in data["not_identified"]],
            "yes_f": [fold(c) for c in data["identified"]],
            "not_before": {fold(w) for w in data["not_message_before"]}
            | {"facebook", "youtube", "tiktok", "zalo", "instagram", "twitter", "x"},
            "mixed_intro_f": [fold(w) for w in data.get("mixed_intro_words", [])],
            "intro_f": sorted((fold(i) for i in data["unquoted_intro"]), key=len, reverse=True),
            "quote_rx": re.compile(quote_rx)}


def _quotes(sentence: str) -> list[str]:
    cfg = _cfg()
    out = []
    for m in cfg["quote_rx"].finditer(sentence):
        text = next(g for g in m.groups() if g is not None).strip()
        before = " ".join(w.strip(",.:;()") for w in fold(sentence[max(0, m.start() - 40):m.start()]).split()[-3:])
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?: \S+)?$", before) for w in cfg["not_before"]):
            continue
        out.append(text)
    return out


_CLAUSE_END = re.compile(r";|(?<=[.!?])\s+(?=[\"“«]?[A-ZĐÀ-Ỹ])")


def _clause_has_cue(sentence: str, quote: str) -> bool:
    """Is there a message cue in the clause (between semicolons or sentence ends, however
    the tokenizer split it) that holds the quote? A nickname quoted inside one part of an
    enumeration of factors ("sâm Ngọc Linh - “quốc bảo” của Việt Nam; ...") is not a message
    because a later part names one."""
    at = sentence.find(quote)
    if at < 0:
        return True
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence) if m.end() <= at]
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence, at + len(quote))]
    clause = fold(sentence[max(starts):min(ends, default=len(sentence))])
    return any(c in clause for c in _cfg()["cues_f"])


def _mostly_quote(sentence: str, quote: str) -> bool:
    """The item is the quote (with at most a short label: "- Tiếng Anh: “...”")."""
    rest = re.sub(r"\W+", " ", sentence.replace(quote, " ")).split()
    return len(rest) <= max(4, len(quote.split()) // 2)


def _unquoted(sentence: str) -> str | None:
    f = fold(sentence)
    for intro in _cfg()["intro_f"]:
        at = f.find(intro)
        if at >= 0:
            rest = sentence[at + len(intro):].strip()
            if rest and not _cfg()["quote_rx"].search(rest):
                return re.split(r"(?<=[.;])\s", rest)[0].rstrip(".;")
    return None


def _ok(text: str) -> bool:
    cfg = _cfg()
    return cfg["min_chars"] <= len(text) <= cfg["max_chars"] and bool(re.search(r"\w", text))


def _looks_like_subheading(block: Block) -> bool:
    text = nfc(block.text).strip()
    return block.kind == BlockKind.HEADING or (len(text) <= 100 and (block.style.bold or block.style.caps)
                                               and not re.search(r"[.;]$", text))


def extract_key_messages(ctx: Context) -> None:
    cfg = _cfg()
    blocks = [b for b in ctx.document.body() if ctx.section_of.get(b.index, "other") not in SKIP_SECTIONS]
    identified: bool | None = None
    items: list[KeyMessage] = []
    seen: set[str] = set()

    def add(text: str, block: Block, evidence: str) -> None:
        text = clean_item(text).strip(" \"'“”«»")
        if not _ok(text) or fold(text) in seen:
            return
        seen.add(fold(text))
        items.append(KeyMessage(text=text, evidence=ctx.evidence(block, evidence)))

    follow = 0          # blocks after a cue heading / lead-in that still speak of messages
    follow_section = None
    follow_list = False
    follow_mixed = False
    for block in blocks:
        text = nfc(block.text)
        f_block = fold(text)
        has_cue = any(c in f_block for c in cfg["cues_f"])
        in_follow = follow > 0 and ctx.section_of.get(block.index) == follow_section
        if in_follow and not has_cue and (_looks_like_subheading(block) or text.rstrip().endswith(":")):
            # the next sub-heading, or a lead-in of another list ("Tỉnh xác định 04 yếu tố
            # truyền thông trọng tâm:"), ends what the cue heading introduced
            follow = 0
            in_follow = False
        if not has_cue and not in_follow:
            follow = max(0, follow - 1)
            continue
        for sentence in split_sentences(text):
            f = fold(sentence)
            sentence_cue = any(c in f for c in cfg["cues_f"])
            if sentence_cue and any(rx.search(f) for rx in cfg["not_f"]):
                if identified is None:
                    identified = False
                continue
            if not sentence_cue and not in_follow:
                continue
            found = _quotes(sentence)
            if sentence_cue:
                found = [q for q in found if _clause_has_cue(sentence, q)]
            elif follow_mixed:
                # under a heading of factors and messages both, a quote inside a longer item
                # is a factor's nickname ("Làng nghề ... - “Vương quốc gốm đỏ” bên ...")
                found = [q for q in found if _mostly_quote(sentence, q)]
            for q in found:
                add(q, block, sentence)
            if not found and sentence_cue:
                plain = _unquoted(sentence)
                if plain:
                    add(plain, block, sentence)
            elif not found and in_follow and block.kind == BlockKind.LIST_ITEM and follow_list:
                add(sentence, block, sentence)
            if sentence_cue and identified is None and any(y in f for y in cfg["yes_f"]):
                identified = True
        if has_cue and (block.index in ctx.heading_blocks or len(text) <= 120 or text.rstrip().endswith(":")):
            follow = FOLLOW_BLOCKS
            follow_section = ctx.section_of.get(block.index)
            follow_list = text.rstrip().endswith(":")
            follow_mixed = any(w in f_block for w in cfg["mixed_intro_f"])
        elif in_follow:
            follow -= 1
        else:
            follow_list = False
    if items:
        identified = True
    ctx.key_messages.identified = identified
    ctx.key_messages.items = items
