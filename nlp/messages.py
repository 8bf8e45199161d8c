"""Key messages component: the province's main communication messages (thông điệp,
slogan, khẩu hiệu), quoted or introduced by a colon, Vietnamese or English; and whether the
report says it has identified them. Vocabulary: nlp/data/messages.yaml.

A bilingual message is two messages, one per version ("Thái Nguyên - Đệ nhất danh trà"
and "Thai Nguyen - The Land of Fine Tea"), however the report joins them: two quotes, a
version after a slash or a language label ("tiếng Anh: ..."), an unquoted English run in
the message's clause, or a table whose columns or rows name the messages."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold, split_sentences
from nlp.textkit import clean_item, fold_aligned, lead_in, looks_like_figures, nfc
from nlp.vocab import load
from storage.record import KeyMessage

SKIP_SECTIONS = {"closing", "preamble"}
FOLLOW_BLOCKS = 3


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load("messages")
    copula = "|".join(re.escape(fold(w)) for w in data["copulas"])
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
            "quote_rx": re.compile(quote_rx),
            "language_rx": re.compile(r"^\s*(?:[-–—•+*]\s*)?(?:" + "|".join(
                re.escape(fold(w)) for w in sorted(data["language_labels"], key=len, reverse=True))
                + r")\s*(?:" + copula + r"|:|[-–])\s*"),
            "version_rx": re.compile(r"\s*(?:[(;,/]|[-–—]\s)?\s*(?<!\w)(?:" + "|".join(
                re.escape(fold(w)) for w in sorted(data["language_labels"], key=len, reverse=True))
                + r")\s*(?:" + copula + r"|:)\s*"),
            "copula": copula,
            "language_f": [fold(w) for w in data["language_labels"]],
            "english_f": {fold(w) for w in data["english_words"]},
            "plain_vi_f": {fold(w) for w in data["plain_vietnamese_words"]},
            "not_after_f": [fold(w) for w in data["english_not_after"]]}


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
    if any(c in clause for c in _cfg()["cues_f"]):
        return True
    # "...: “X”; trên các kênh tiếng Anh dùng “Y”": a clause naming another language's
    # version continues the message the sentence's cue introduced
    return any(c in fold(sentence) for c in _cfg()["cues_f"]) and any(
        re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", clause) for w in _cfg()["language_f"])


def _mostly_quote(sentence: str, quote: str) -> bool:
    """The item is the quote (with at most a short label: "- Tiếng Anh: “...”")."""
    rest = re.sub(r"\W+", " ", sentence.replace(quote, " ")).split()
    return len(rest) <= max(4, len(quote.split()) // 2)


def _unquoted(sentence: str) -> list[str]:
    """Unquoted messages after an intro ("Thông điệp chính: X"), after a lead-in naming
    messages ("Thông điệp truyền thông: X / Y") or after "thông điệp ... là" when what
    follows has the slogan's shape ("X - Y"), one per version."""
    cfg = _cfg()
    f = fold(sentence)
    rest = None
    for intro in cfg["intro_f"]:
        at = f.find(intro)
        if at >= 0:
            rest = sentence[at + len(intro):].strip()
            break
    shaped_only = False
    if rest is None:
        li = lead_in(sentence)
        if li and li[1] and len(li[0].split()) <= 8 and any(c in fold(li[0]) for c in cfg["cues_f"]):
            rest = li[1]
        else:
            m = re.search(r"(?:%s)(?:\s+\S+){0,5}?\s+(?:%s)\s+" % ("|".join(map(re.escape, cfg["cues_f"])),
                                                                 cfg["copula"]), f)
            if m is None:
                return []
            rest, shaped_only = sentence[m.end():].strip(), True
    if not rest or cfg["quote_rx"].search(rest):
        return []
    rest = re.split(r"(?<=[.;])\s", rest)[0].rstrip(".;")
    versions = split_versions(rest)
    if shaped_only and not all(slogan_shaped(v) for v in versions):
        return []
    return versions


def split_versions(text: str, quoted: bool = False) -> list[str]:
    """The versions of one message: "X / Y", "X (tiếng Anh: Y)", "X, bản tiếng Anh là Y",
    and in one quote "X - Y - English X - English Y" where the language changes."""
    cfg = _cfg()
    text = text.strip()
    if quoted:
        # one quote holding "X / Y": a version on each side of the slash, as unquoted
        pieces = [p.strip() for p in re.split(r"\s+/\s+", text) if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            return [v for p in pieces for v in split_versions(p, quoted=True)]
        parts = re.split(r"\s+[-–—]\s+", text)
        for k in range(2, len(parts) - 1):
            left, right = " - ".join(parts[:k]), " - ".join(parts[k:])
            if not right.isascii() or left.isascii() or not all(p.isascii() for p in parts[k:]):
                continue
            if any(r[2] == right for r in english_runs(right)):
                return [left, right]
        return [text]
    cut = cfg["version_rx"].search(fold_aligned(text), 1)
    parts = [text[:cut.start()], text[cut.end():]] if cut else [text]
    out: list[str] = []
    for part in parts:
        pieces = [p for p in re.split(r"\s+/\s+", part) if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    # a list item keeps its full stop as written ("- Vietnam Timeless Charm.")
    return [re.sub(r"[\s()\[\];,\"'“”«»]+$", "", _strip_language(p)).lstrip(" ([\"'“«") for p in out if p.strip(" ()")]


def _strip_language(text: str) -> str:
    """The message without its language label ("Tiếng Anh: Thai Nguyen ..." -> "Thai Nguyen ...")."""
    m = _cfg()["language_rx"].match(fold_aligned(text))
    return text[m.end():].strip() if m and m.end() < len(text) else text


def slogan_shaped(text: str) -> bool:
    """"Thái Nguyên - Đệ nhất danh trà": a name, a dash and a short phrase."""
    parts = [p for p in re.split(r"\s+[-–—]\s+", text.strip()) if p.strip()]
    return 2 <= len(parts) <= 3 and all(1 <= len(p.split()) <= 9 for p in parts)


_LATIN_RUN = re.compile(r"(?<![\w.@#/])[A-Za-z][A-Za-z'’&]*(?:(?:\s+[-–—])?\s+[A-Za-z][A-Za-z'’&]*)+(?![\w@/]|\.\w)")


def english_runs(sentence: str) -> list[tuple[int, int, str]]:
    """Unquoted English messages in a sentence: runs of plain Latin words (see
    messages.yaml `english_words`), trimmed of a language label and of Vietnamese words
    written without diacritics."""
    cfg = _cfg()
    out = []
    for m in _LATIN_RUN.finditer(sentence):
        tokens = [(t.start() + m.start(), t.end() + m.start(), t.group(0)) for t in re.finditer(r"\S+", m.group(0))]
        # "tiếng Anh Thai Nguyen ...": the label's last word is no word of the message
        if tokens and fold(sentence[:tokens[0][1]]).endswith(tuple(cfg["language_f"])):
            tokens = tokens[1:]
        while tokens and (tokens[-1][2] in "-–—" or fold(tokens[-1][2]) in cfg["plain_vi_f"]
                          or fold(tokens[-1][2]) in cfg["english_f"]):
            tokens = tokens[:-1]
        words = [t for t in tokens if t[2] not in "-–—"]
        if len(words) < cfg["english_min_words"] or sum(t[2][:1].isupper() for t in words) < 2:
            continue
        if not (any(t[2] in "-–—" for t in tokens) or any(fold(t[2]) in cfg["english_f"] for t in words)):
            continue
        start, end = tokens[0][0], tokens[-1][1]
        lead = fold(sentence[:start]).rstrip(" :(\"“")
        if any(re.search(r"(?<!\w)" + re.escape(w) + "$", lead) for w in cfg["not_after_f"]):
            continue
        out.append((start, end, sentence[start:end]))
    return out


def table_messages(rows: list[Block], after_lead_in: bool) -> list[tuple[str, Block]]:
    """(message, row) of a table that names messages: a column whose header names them
    ("Thông điệp", "Slogan tiếng Anh") or the language of a version ("Tiếng Việt | Tiếng
    Anh") right after a lead-in to the messages; or a row whose first cell names one
    ("Thông điệp chính | Thái Nguyên - Đệ nhất danh trà"). One message per cell."""
    cfg = _cfg()
    if not rows:
        return []

    def names_messages(cell: str) -> bool:
        f = fold(cell)
        return len(f.split()) <= 8 and any(c in f for c in cfg["cues_f"]) and \
            not any(rx.search(f) for rx in cfg["not_f"])

    def is_language(cell: str) -> bool:
        m = cfg["language_rx"].match(fold(cell) + ":")
        return bool(m) and m.end() >= len(fold(cell))

    def a_message(cell: str) -> bool:
        return bool(_quotes(cell)) or slogan_shaped(_strip_language(clean_item(cell)))

    header = {c.col: nfc(c.text).strip() for c in rows[0].cells}
    first = [header[k] for k in sorted(header)]
    # "Thông điệp chính | Thái Nguyên - ..." on the first row names a row, not a column
    by_rows = len(first) >= 2 and names_messages(first[0]) and any(a_message(c) for c in first[1:])
    columns = [] if by_rows else [col for col, text in header.items() if text and (
        names_messages(text) or (after_lead_in and is_language(text)))]
    out: list[tuple[str, Block]] = []
    for row in rows[1:] if columns else rows:
        cells = sorted(row.cells, key=lambda c: c.col)
        if columns:
            wanted = [nfc(c.text) for c in cells if c.col in columns]
        elif len(cells) >= 2 and names_messages(nfc(cells[0].text)) and len(nfc(cells[0].text)) <= 60:
            wanted = [nfc(c.text) for c in cells[1:]]
        else:
            continue
        for text in wanted:
            for line in (x for x in text.split("\n") if x.strip()):
                quoted = _quotes(line)
                for version in quoted or split_versions(clean_item(line)):
                    if not looks_like_figures(version):
                        out.append((version, row))
    return out


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
        text = _strip_language(clean_item(text)).strip(" \"'“”«»")
        if not _ok(text) or fold(text) in seen:
            return
        seen.add(fold(text))
        items.append(KeyMessage(text=text, evidence=ctx.evidence(block, evidence)))

    follow = 0          # blocks after a cue heading / lead-in that still speak of messages
    follow_section = None
    follow_list = False
    follow_mixed = False
    tables_read: set[int] = set()
    for block in blocks:
        text = nfc(block.text)
        f_block = fold(text)
        if block.kind == BlockKind.TABLE_ROW and block.table_index not in tables_read:
            tables_read.add(block.table_index)
            rows = [b for b in blocks if b.kind == BlockKind.TABLE_ROW and b.table_index == block.table_index]
            after_lead_in = follow > 0 and follow_list and ctx.section_of.get(block.index) == follow_section
            for message, row in table_messages(rows, after_lead_in):
                add(message, row, nfc(row.text))
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
                for version in split_versions(q, quoted=True):
                    add(version, block, sentence)
            if not found and sentence_cue:
                found = _unquoted(sentence)
                for plain in found:
                    add(plain, block, sentence)
            # an English version written without quotes beside them, or on its own
            spans = [(m.start(), m.end()) for m in _cfg()["quote_rx"].finditer(sentence)]
            english = [t for a, e, t in english_runs(sentence) if not any(a < qe and qa < e for qa, qe in spans)
                       and (not sentence_cue or _clause_has_cue(sentence, t))
                       and (sentence_cue or (follow_list and (not follow_mixed or _mostly_quote(sentence, t))))]
            for run in english:
                add(run, block, sentence)
            found = found + english
            if not found and in_follow and follow_list and (
                    block.kind == BlockKind.LIST_ITEM or slogan_shaped(_strip_language(clean_item(sentence)))):
                for version in split_versions(clean_item(sentence)):
                    add(version, block, sentence)
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
