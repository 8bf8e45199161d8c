"""Header component: province, issuer, number, date, title and signer of the report.

Reads the header part of the document (the blocks before "Kính gửi" / the body, including
the usual two-column header table) and the signature block at the end. Vocabulary lives in
nlp/data/header.yaml and nlp/data/provinces.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold
from nlp.textkit import bounded_rx, find_date, fold_aligned, nfc, split_label, strip_accents, strip_accents_aligned
from nlp.vocab import load
from storage.record import Signer

HEADER_MAX_BLOCKS = 40
SIGNATURE_MAX_BLOCKS = 30


# ------------------------------------------------------------------ provinces

@lru_cache(maxsize=1)
def _province_keys() -> list[tuple[str, str, bool, bool]]:
    """(folded key, canonical name, key is plain ASCII, key is a capital city), longest first."""
    keys = []
    for name, spec in load("provinces")["provinces"].items():
        spec = spec or {}
        for key in [name, *spec.get("variants", [])]:
            k = fold(str(key))
            keys.append((k, name, k.isascii(), False))
        for key in spec.get("capitals", []) or []:
            keys.append((fold(str(key)), name, False, True))
    keys.sort(key=lambda t: -len(t[0]))
    return keys


def _find_provinces(text: str, *, capitals: bool = False, ascii_ok: bool = False) -> list[tuple[int, str, bool]]:
    """[(position, canonical name, prefixed by tỉnh/thành phố)] for names found in text."""
    folded = fold(text)
    plain = strip_accents(text)
    found: list[tuple[int, str, bool]] = []
    taken: list[tuple[int, int, str]] = []
    for key, name, is_ascii, is_capital in _province_keys():
        if is_capital and not capitals:
            continue
        hays = [("f", folded)] + ([("p", plain)] if is_ascii and ascii_ok else [])
        for tag, hay in hays:
            for m in bounded_rx(key).finditer(hay):
                if any(s < m.end() and m.start() < e for s, e, hs in taken if hs == tag):
                    continue
                taken.append((m.start(), m.end(), tag))
                before = hay[max(0, m.start() - 14):m.start()]
                prefixed = bool(re.search(r"(tỉnh|thành phố|tp\.?|tinh|thanh pho)\s*$", before))
                found.append((m.start(), name, prefixed))
    found.sort()
    return found


def canonical_province(text: str, *, capitals: bool = False, ascii_ok: bool = False) -> str | None:
    """The canonical 2024 province named in a short text (a header line, a place name)."""
    found = _find_provinces(text, capitals=capitals, ascii_ok=ascii_ok)
    if not found:
        return None
    prefixed = [f for f in found if f[2]]
    return (prefixed or found)[0][1]


def province_2025(province: str | None, date_iso: str | None) -> str | None:
    data = load("provinces")
    if not province or not date_iso or date_iso < str(data.get("merged_2025_from", "2025-07-01")):
        return None
    for unit, members in data["merged_2025"].items():
        if province in members:
            return unit
    return None


# ------------------------------------------------------------------ lines

def _lines_of(block: Block) -> list[str]:
    if block.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE) and block.cells:
        out = []
        for row in block.rows():
            for cell in row:
                out.extend(line for line in nfc(cell.text).split("\n"))
        return out
    return nfc(block.text).split("\n")


def _strip_motto(text: str) -> str:
    folded = fold_aligned(text)
    for phrase in load("header")["motto"]:
        key = fold(phrase)
        rx = re.escape(key).replace(r"\ ", r"\s*").replace(r"\-", r"[-–—]")
        for m in reversed(list(re.finditer(rx, folded))):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
            folded = folded[:m.start()] + " " * (m.end() - m.start()) + folded[m.end():]
    return text


_SEPARATOR = re.compile(r"^[\s\-–—_=*.·•~]*$")
_NUMBER = re.compile(r"(?<!\w)Số\s*[:.]?\s*(\d[\w.]*\s*/\s*[A-ZĐ0-9][A-ZĐ0-9&.]*(?:\s*-\s*[A-ZĐ0-9&.]+)*)")
_NUMBER_BLANK = re.compile(r"(?<!\w)Số\s*[:.]?\s*(?:[ ._…]*)/\s*[A-ZĐ]")
_PLACE_DATE = re.compile(r"([^\n,;:]{2,45}?)\s*,\s*ngày\b", re.IGNORECASE)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _is_title_marker(line: str) -> bool:
    """A "BÁO CÁO" title line (the marker alone, or opening a title in capitals)."""
    f = fold(line).strip(" .:")
    return any(f == m or (f.startswith(m + " ") and _is_caps(line.strip()[:len(m)]))
               for m in (fold(x) for x in load("header")["title_markers"]))


def report_start(blocks: list[Block]) -> int:
    """Index of the first block of the report's own header when a cover letter (công văn
    "V/v gửi báo cáo ...") precedes it in the same file; 0 when the file starts with the
    report. The letter has a subject line and no title marker before its end (Nơi nhận,
    its signature); the report's header is the motto, an issuing body, "Số:" or the title
    marker that follows, with a title marker within `report_within_blocks`."""
    data = load("header")
    spec = data["cover_letter"]
    subjects = tuple(fold(p) for p in data["subject_prefixes"])
    ends = tuple(fold(e) for e in spec["letter_ends"])
    header_ends = tuple(fold(e) for e in spec["header_ends"])
    seq = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE, BlockKind.TABLE)]
    subject = None
    for pos, block in enumerate(seq[:HEADER_MAX_BLOCKS]):
        lines = _lines_of(block)
        if any(_is_title_marker(line) for line in lines):
            return 0                      # the file opens with a report (with or without a V/v line)
        if subject is None and any(fold(line).startswith(subjects) or re.search(r"(?<!\w)v/v\s", fold(line))
                                   for line in lines):
            subject = pos
        if any(fold(line).startswith(header_ends) for line in lines):
            break                         # the header ends here
    if subject is None:
        return 0
    end = next((pos for pos in range(subject + 1, len(seq))
                if any(fold(line).startswith(ends) for line in _lines_of(seq[pos]))), None)
    if end is None:
        return 0
    window = seq[end + 1:end + 1 + spec["report_within_blocks"]]
    title = next((i for i, b in enumerate(window) if any(_is_title_marker(line) for line in _lines_of(b))), None)
    if title is None:
        return 0
    motto = [fold(m) for m in data["motto"]]
    issuers = tuple(fold(s) for s in data["issuer_starts"])
    for block in window[:title + 1]:
        lines = [line for line in _lines_of(block) if line.strip()]
        if any(_is_title_marker(line) or any(m in fold(line) for m in motto) or _NUMBER.search(line)
               or (_is_caps(line) and fold(line).startswith(issuers)) for line in lines):
            if block.kind == BlockKind.TABLE_ROW:
                table = next((b for b in blocks if b.kind == BlockKind.TABLE and b.table_index == block.table_index), None)
                return table.index if table is not None else block.index
            return block.index
    return window[title].index


def _header_blocks(ctx: Context) -> list[Block]:
    """The blocks of the header: up to "Kính gửi" / the first body paragraph / heading."""
    body_starts = [fold(s) for s in load("header")["body_starts"]]
    out: list[Block] = []
    seen_title = False
    start = ctx.report_start
    for block in ctx.document.blocks[start:start + HEADER_MAX_BLOCKS * 2]:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE):
            continue
        if block.kind == BlockKind.TABLE_ROW and block.table_index is not None and any(
            b.kind == BlockKind.TABLE and b.table_index == block.table_index for b in out
        ):
            continue  # the whole table is already there
        text = fold(block.text)
        if text.startswith(tuple(body_starts)) and (seen_title or len(out) > 3) and not (
                out and _is_title_start(out[-1].text, block.text)):
            break
        label, _ = split_label(block.text, block.style.numbering_label)
        if label in ("roman", "part") and len(out) > 3:
            break
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and len(block.text) > 250 and len(out) > 3:
            break
        if re.match(r"^(báo cáo|v/v)\b", text):
            seen_title = True
        out.append(block)
        if len(out) >= HEADER_MAX_BLOCKS:
            break
    return out


# ------------------------------------------------------------------ casing

@lru_cache(maxsize=1)
def _proper_names() -> list[str]:
    names = list(load("header").get("proper_names", []))
    for name, spec in load("provinces")["provinces"].items():
        names.append(name)
        names.extend(" ".join(_title_word(w) for w in str(v).split(" "))
                     for v in (spec or {}).get("variants", [])
                     if not str(v).isascii() and "." not in str(v) and not str(v).startswith(("thành phố", "tp")))
    return sorted({str(n) for n in names}, key=len, reverse=True)


def _title_word(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def sentence_case(text: str) -> str:
    """Upper-case text put in sentence case, proper names (provinces, ministries) restored."""
    text = re.sub(r"\s+", " ", nfc(text)).strip()
    low = fold_aligned(text)
    out = list(low)
    for name in _proper_names():
        key = fold(name)
        for m in bounded_rx(key).finditer(low):
            span = m.end() - m.start()
            if len(name) == span:
                written = name
            else:
                written = " ".join(_title_word(w) for w in low[m.start():m.end()].split(" "))
            if len(written) == span:
                out[m.start():m.end()] = list(written)
    result = "".join(out)
    return result[:1].upper() + result[1:]


@lru_cache(maxsize=None)
def _expansion_rx(key: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(key) + (r"(?!\w)" if key[-1].isalnum() else ""), re.IGNORECASE)


def _expand_issuer(line: str) -> str:
    expansions = {fold(k): v for k, v in load("header")["issuer_expansions"].items()}
    out = line
    for key in sorted(expansions, key=len, reverse=True):
        rx = _expansion_rx(key)
        out = rx.sub(expansions[key], out)
    return out


# ------------------------------------------------------------------ the component

def extract_header(ctx: Context) -> None:
    ctx.report_start = report_start(ctx.document.blocks)
    if ctx.report_start:
        ctx.warnings.append("cover_letter: a cover letter precedes the report; number, date, title and signer "
                            "are the report's, the letter is preamble")
    header = _header_blocks(ctx)
    lines: list[str] = []
    for block in header:
        for line in _lines_of(block):
            line = re.sub(r"\s+", " ", _strip_motto(line)).strip()
            if line and not _SEPARATOR.match(line):
                lines.append(line)
    info = ctx.info
    data = load("header")

    # number
    for line in lines:
        m = _NUMBER.search(line)
        if m:
            info.number = re.sub(r"\s+", "", m.group(1)).rstrip(".-")
            break
        if _NUMBER_BLANK.search(line):
            break

    # date and place
    place = None
    for line in lines:
        if re.search(r"ngày", line, re.IGNORECASE) and re.search(r"năm\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}", line):
            iso, m = find_date(line)
            pm = _PLACE_DATE.search(line)
            if pm:
                place = pm.group(1).strip()
            if iso:
                info.date = iso
                break
            if pm:
                break

    # issuer: upper-case lines before "Số" / the title / the date line
    issuer_lines: list[str] = []
    starts = tuple(fold(s) for s in data["issuer_starts"])
    for line in lines:
        f = fold(line)
        cut = re.search(r"(?<!\w)số\s*[:.]?\s*[\d./ _…]*/", line, re.IGNORECASE)
        part = line[:cut.start()].strip() if cut else line
        date_cut = _PLACE_DATE.search(part)
        if date_cut:
            part = part[:date_cut.start()].strip()
        title_cut = re.search(r"(?<!\w)BÁO CÁO(?!\w)", part)
        if title_cut:
            part = part[:title_cut.start()].strip()
        if part and _is_caps(part) and (issuer_lines or fold(part).startswith(starts)):
            issuer_lines.append(part)
        elif issuer_lines:
            break
        if cut or date_cut or title_cut or f.startswith(("v/v", "kính gửi")):
            if issuer_lines:
                break
    if issuer_lines:
        info.issuer = _issuer(issuer_lines)

    # title
    info.title = _title(lines)

    # province: issuer, then the place line, then the title, then the body's most named
    province = None
    if info.issuer:
        province = canonical_province(info.issuer)
    if not province and place:
        province = canonical_province(place, capitals=True) or canonical_province(place, ascii_ok=True)
    if not province and info.title:
        province = canonical_province(info.title)
    if not province:
        for line in lines:
            if _is_caps(line):
                province = canonical_province(line) or province
                if province:
                    break
    if not province:
        province = _most_named_province(ctx)
    if not province and issuer_lines:
        province = canonical_province(" ".join(issuer_lines), ascii_ok=True)
    info.province = province
    info.province_2025 = province_2025(province, info.date)
    if not province:
        ctx.warnings.append("header: province not recognised")

    info.signer = _signer(ctx)


def _issuer(lines: list[str]) -> str:
    """The issuing body: its header lines joined in sentence case, "UBND" written out; a
    department under "UBND TỈNH X" is named with its province ("Sở ... tỉnh X")."""
    data = load("header")
    subordinate = tuple(fold(s) + " " for s in data["subordinate_starts"])
    superior = tuple(fold(s) for s in data["superior_starts"])
    cased = [sentence_case(_expand_issuer(line)) for line in lines]
    first_sub = next((i for i, line in enumerate(lines) if i > 0 and fold(line + " ").startswith(subordinate)), None)
    if first_sub is not None and fold(lines[0]).startswith(superior):
        above = " ".join(cased[:first_sub])
        m = re.search(r"(?:tỉnh|thành phố)\s+.+$", above, re.IGNORECASE)
        body = " ".join(c[:1].upper() + c[1:] if i == 0 else _lower_first(c)
                        for i, c in enumerate(cased[first_sub:]))
        if m and not re.search(r"(?:tỉnh|thành phố)\s", body, re.IGNORECASE):
            place = m.group(0)
            return f"{body} {place[:1].lower()}{place[1:]}"
        return body
    parts = []
    for i, (line, text) in enumerate(zip(lines, cased)):
        parts.append(text if i == 0 else _lower_first(text) if fold(line).startswith(("tỉnh", "thành phố", "tp"))
                     else text[:1].upper() + text[1:])
    return " ".join(parts)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _is_title_start(previous: str, line: str) -> bool:
    """A line opening with a body word ("Thực hiện công tác truyền thông ...") right under a
    bare "BÁO CÁO" line is the title's first line, not a căn cứ sentence: it cites no
    document number, is short and does not lead into the body ("... như sau:")."""
    markers = [fold(m) for m in load("header")["title_markers"]]
    if fold(previous).strip(" .:") not in markers:
        return False
    f = fold(line).strip()
    if len(f) > 200 or f.endswith(":") or "như sau" in f:
        return False
    return not re.search(r"(?<!\w)số\s*:?\s*\d|\d+\s*/\s*[a-zđ]{1,6}-", f)


def _title(lines: list[str]) -> str | None:
    data = load("header")
    markers = [fold(m) for m in data["title_markers"]]
    prefix = data.get("title_prefix", "Báo cáo")
    stops = tuple(fold(s) for s in data["body_starts"])
    for i, line in enumerate(lines):
        f = fold(line)
        marker = next((m for m in markers if f == m or (f.startswith(m + " ") and _is_caps(line[: len(m)]))), None)
        if marker is None:
            continue
        rest = [line[len(marker):].strip()] if f != marker else []
        for nxt in lines[i + 1:i + 6]:
            g = fold(nxt)
            if (g.startswith(stops) and not (not rest and _is_title_start(line, nxt))) \
                    or split_label(nxt)[0] in ("roman", "part", "num"):
                break
            if re.match(r"^[\-–—_*]+$", nxt):
                break
            rest.append(nxt)
            if len(" ".join(rest)) > 300:
                break
        text = " ".join(r for r in rest if r).strip()
        if not text:
            continue
        text = sentence_case(text) if _is_caps(text) else text
        if not text.startswith(tuple(n for n in _proper_names())):
            text = text[:1].lower() + text[1:]
        return f"{prefix} {text}".strip()
    for i, line in enumerate(lines):
        f = fold(line)
        for p in data.get("subject_prefixes", []):
            if f.startswith(fold(p)):
                parts = [line[len(p):]]
                # the subject goes on over the lines below it (each starting in lower case)
                for nxt in lines[i + 1:i + 8]:
                    g = fold(nxt)
                    if not nxt[:1].islower() or g.startswith(stops) or re.search(r"\bngày\b.*\d{4}", g) \
                            or len(" ".join(parts)) > 300:
                        break
                    parts.append(nxt)
                text = " ".join(x.strip() for x in parts).strip(" :.-")
                text = sentence_case(text) if _is_caps(text) else text
                return text[:1].upper() + text[1:] if text else None
    return None


def _most_named_province(ctx: Context) -> str | None:
    counts: Counter[str] = Counter()
    for block in ctx.document.body()[:200]:
        for _, name, prefixed in _find_provinces(block.text):
            if prefixed:
                counts[name] += 1
    if counts:
        name, n = counts.most_common(1)[0]
        return name if n >= 2 else None
    return None


# ------------------------------------------------------------------ signature

def _closes(block: Block) -> bool:
    f = fold(block.text)
    return f.startswith(("trên đây là", "nơi nhận")) or "nơi nhận" in f[:40]


def _signature_text(ctx: Context) -> str:
    from nlp.sections import opens_appendix

    blocks = [b for b in ctx.document.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE)]
    # an appendix after the signature is no part of it (a long one would push it out of the tail)
    first = next((i for i, b in enumerate(blocks) if b.index >= ctx.report_start and _closes(b)), None)
    if first is not None:
        cut = next((i for i in range(first + 1, len(blocks))
                    if len(blocks[i].text) < 200 and opens_appendix(blocks[i].text)), len(blocks))
        blocks = blocks[:cut]
    tail = blocks[-SIGNATURE_MAX_BLOCKS:]
    closing_at = 0
    for i, b in enumerate(tail):
        if _closes(b):
            closing_at = i
            break
    lines: list[str] = []
    seen_tables: set[int] = set()
    for b in tail[closing_at:]:
        if b.kind == BlockKind.TABLE_ROW and b.table_index in seen_tables:
            continue
        if b.kind == BlockKind.TABLE and b.table_index is not None:
            seen_tables.add(b.table_index)
        lines.extend(_lines_of(b))
    return "\n".join(lines)


def _signer(ctx: Context) -> Signer:
    data = load("header")
    text = _signature_text(ctx)
    if not text.strip():
        return Signer()
    if ctx.document.ocr_used:
        text = _repair_ocr_positions(text, data["positions"])
    low = fold_aligned(text)
    plain = strip_accents_aligned(text)
    if len(plain) == len(low):
        low = plain       # OCR may drop diacritics ("PHO CHU TỊCH"): match without them
    prefixes = [strip_accents(p) if low is plain else fold(p) for p in data["authority_prefixes"]]
    positions = sorted(((strip_accents(k) if low is plain else fold(k), v) for k, v in data["positions"].items()),
                       key=lambda kv: -len(kv[0]))
    taken: list[tuple[int, int]] = []
    hits: list[tuple[int, int, str, bool]] = []   # start, end, written position, under an authority prefix
    for key, written in positions:
        for m in bounded_rx(key).finditer(low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            original = text[m.start():m.end()]
            line_start = low.rfind("\n", 0, m.start()) + 1
            before = low[line_start:m.start()]
            if not (original.isupper() or len(low[line_start:low.find("\n", m.end()) if "\n" in low[m.end():] else len(low)]) <= 40):
                continue
            # a Nơi nhận line; but a PDF line may carry the signature column's capitalised
            # position after a recipient ("- Cục TTĐN; PHÓ CHỦ TỊCH")
            # OCR puts specks of a seal between the columns ("; / ", "; >⁄ ⁄ "): symbols only
            beside_list = original.isupper() and bool(re.search(r"[;.]\s*(?:[^\w\s]+\s*)*$", before))
            if (before.lstrip().startswith(("-", "+", "•")) or "noi nhan" in strip_accents(before)) \
                    and not beside_list:
                continue
            taken.append((m.start(), m.end()))
            under_prefix = any(before.rstrip().endswith(p.strip()) for p in prefixes) or bool(
                re.search(r"(?:^|\s)(kt|tm|tl|tuq|q)\.?\s*$", before))
            hits.append((m.start(), m.end(), written, under_prefix))
    if not hits:
        # no position legible (a stamp over it on a photographed page): the name alone, when
        # the block ends with a name under a known family name
        last = next((line for line in reversed(text.split("\n")) if line.strip()), "")
        name = _name_after(last)
        surnames = {fold(w) for w in data["surnames"]}
        return Signer(name=name) if name and name == last.strip() and fold(name.split()[0]) in surnames else Signer()
    own = [h for h in hits if not h[3]] or hits
    start, end, position, _ = max(own)
    name = _name_after(text[end:])
    return Signer(name=name, position=position)


def _repair_ocr_positions(text: str, positions: dict[str, str]) -> str:
    """A signature line that OCR damaged ("PHO GLAM ĐOC") but that is nearly a position
    (>= 85 similar without accents) is read as that position, in capitals as printed."""
    plain = {strip_accents(k).lower(): v for k, v in positions.items()}
    lines = []
    for line in text.split("\n"):
        key = " ".join(strip_accents(line).lower().split())
        if 5 <= len(key) <= 40 and key not in plain:
            score, written = max((fuzz.ratio(key, k), v) for k, v in plain.items())
            if score >= 85:
                line = written.upper()
        lines.append(line)
    return "\n".join(lines)


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*$")


def _name_after(text: str) -> str | None:
    data = load("header")
    rest = text
    for mark in sorted(data["signed_marks"], key=len, reverse=True):
        rest = re.sub(re.escape(mark), "\n", rest, flags=re.IGNORECASE)
    not_starts = {fold(w) for w in data["not_name_starts"]}
    surnames = {fold(w) for w in data["surnames"]}
    candidates: list[str] = []
    for line in rest.split("\n"):
        words = re.sub(r"[()\[\]]", " ", line).split()
        run: list[str] = []
        for w in words:
            w = w.strip(",.;:")
            if _NAME_WORD.match(w) and (run or fold(w) not in not_starts) and not re.search(r"\d", w):
                run.append(w)
                if len(run) == 6:
                    break
            elif run:
                break
        if 2 <= len(run) <= 6:
            candidates.append(" ".join(run))
    if not candidates:
        return None
    preferred = [c for c in candidates if fold(c.split()[0]) in surnames] or candidates
    name = preferred[0]
    if name.isupper():
        name = " ".join(_title_word(w) for w in name.split())
    return name
