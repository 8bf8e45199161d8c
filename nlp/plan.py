"""Plan component: has the province built its Kế hoạch/Chương trình for the new-way
promotion (built / in_progress / not_built / unknown), and which of its own documents is
that plan (number + ISO date).

The status comes first from the outline's checkbox line ("Đã xây dựng ☒ Đang xây dựng ☐
..."), in a paragraph or a table, then from statements ("đã ban hành Kế hoạch số ...",
"đang hoàn thiện dự thảo", "chưa xây dựng"). Vocabulary: nlp/data/plan.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold, split_sentences
from nlp.textkit import find_date, fold_aligned, nfc
from nlp.vocab import load
from storage.record import PlanReference

STATUSES = ("not_built", "in_progress", "built")
SECTION_ORDER = ["1", "2", "2.1", "2.2", "2.3", "preamble", "3", "other"]


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load("plan")
    plan = "(?:" + "|".join(re.escape(fold(w)) for w in data["plan_words"]) + ")"
    statements = {st: [re.compile(p.replace("{plan}", plan)) for p in data["statements"][st]] for st in STATUSES}
    options = {st: [fold(o) for o in data["options"][st]] for st in STATUSES}
    return {**data, "statements": statements, "option_words": options, "plan_rx": re.compile(plan)}


def _blocks(ctx: Context) -> list[Block]:
    body = [b for b in ctx.document.body() if ctx.section_of.get(b.index) != "closing"]
    rank = {s: i for i, s in enumerate(SECTION_ORDER)}
    return sorted(body, key=lambda b: (rank.get(ctx.section_of.get(b.index, "other"), 99), b.index))


# ------------------------------------------------------------------ checkboxes

def _marks() -> tuple[list[str], list[str]]:
    cfg = _cfg()
    return [str(m) for m in cfg["checked_marks"]], [str(m) for m in cfg["unchecked_marks"]]


def _is_mark(token: str, marks: list[str]) -> bool:
    token = token.strip()
    return bool(token) and token in marks


def _option_spans(text: str) -> list[tuple[int, int, str]]:
    folded = fold_aligned(text)
    spans = []
    for st, words in _cfg()["option_words"].items():
        for w in words:
            for m in re.finditer(re.escape(w), folded):
                spans.append((m.start(), m.end(), st))
    spans.sort()
    out = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def _checked_in_line(text: str) -> str | None:
    """The option ticked in one checkbox line; None if none is ticked or it is unclear."""
    text = nfc(text)
    spans = _option_spans(text)
    if len({s[2] for s in spans}) < 2:
        return None
    checked, unchecked = _marks()
    all_marks = sorted(checked + unchecked, key=len, reverse=True)
    mark_rx = re.compile("|".join(
        (r"(?<![\w])" + re.escape(m) + r"(?![\w])") if m.isalnum() else re.escape(m) for m in all_marks))
    # marks before the options ("☒ Đã xây dựng") or after them ("Đã xây dựng ☒")?
    first_mark = mark_rx.search(text)
    if not first_mark:
        return None
    before = first_mark.start() < spans[0][0]
    ticked = []
    for i, (start, end, st) in enumerate(spans):
        if before:
            lo = spans[i - 1][1] if i else 0
            zone = text[lo:start]
        else:
            hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            zone = text[end:hi]
        found = [m.group(0) for m in mark_rx.finditer(zone)]
        if any(f in checked for f in found):
            ticked.append(st)
    return ticked[0] if len(ticked) == 1 else None


def _checked_in_table(rows: list[Block]) -> tuple[str | None, Block | None]:
    checked, _ = _marks()
    prev_cells: list[str] | None = None
    for row in rows:
        cells = [nfc(c.text).strip() for cs in row.rows() for c in cs]
        for k, cell in enumerate(cells):
            spans = _option_spans(cell)
            if len(spans) == 1 and len(fold(cell)) <= len(spans[0][2]) + 20:
                neighbours = [cells[j] for j in (k - 1, k + 1) if 0 <= j < len(cells)]
                if any(_is_mark(n, checked) for n in neighbours):
                    return spans[0][2], row
                st = _checked_in_line(cell)
                if st:
                    return st, row
        if prev_cells is not None and len(prev_cells) == len(cells):
            for k, cell in enumerate(cells):
                if _is_mark(cell, checked):
                    spans = _option_spans(prev_cells[k])
                    if len(spans) == 1:
                        return spans[0][2], row
        prev_cells = cells
    return None, None


def _checkbox(ctx: Context, blocks: list[Block]) -> tuple[str | None, Block | None]:
    by_table: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == BlockKind.TABLE_ROW and block.table_index is not None:
            by_table.setdefault(block.table_index, []).append(block)
            continue
        st = _checked_in_line(block.text)
        if st:
            return st, block
    for rows in by_table.values():
        st, row = _checked_in_table(sorted(rows, key=lambda b: b.index))
        if st:
            return st, row
    return None, None


# ------------------------------------------------------------------ statements

def _statement(ctx: Context, blocks: list[Block]) -> tuple[str | None, Block | None, str]:
    cfg = _cfg()
    topics = [fold(w) for w in cfg["topic_words"]]
    best = None
    found = []
    for order, block in enumerate(blocks):
        section = ctx.section_of.get(block.index)
        for sentence in split_sentences(nfc(block.text)):
            f = fold(sentence)
            if not cfg["plan_rx"].search(f):
                continue
            has_topic = any(t in f for t in topics)
            if section != "1" and not has_topic:
                continue
            for st in STATUSES:
                if any(rx.search(f) for rx in cfg["statements"][st]):
                    priority = (0 if "cách làm mới" in f else 1 if has_topic else 2, order)
                    found.append((priority, st, block, sentence))
                    if best is None or priority < best[0]:
                        best = (priority, st, block, sentence)
                    break
    if best is None:
        return None, None, ""
    if best[1] == "not_built":
        # "chưa ban hành Kế hoạch riêng ... đang hoàn thiện dự thảo Kế hoạch": not issued
        # yet but being drafted is in progress (same or next paragraph)
        drafting = [c for c in found if c[1] == "in_progress" and abs(c[0][1] - best[0][1]) <= 1]
        if drafting:
            best = min(drafting, key=lambda c: c[0])
    return best[1], best[2], best[3]


# ------------------------------------------------------------------ references

_REF = re.compile(
    r"(?:(kế hoạch|chương trình|đề án|quyết định|công văn|văn bản|thông báo|nghị quyết|chỉ thị)\s+)?"
    r"số\s*:?\s*(\d+[a-zđ]?)\s*/\s*([0-9]{4}\s*/\s*)?([a-zđ][a-zđ0-9&.\-]*)",
    re.IGNORECASE,
)


def _join_broken_numbers(text: str) -> str:
    """A document number broken at its hyphen by a line end ("72/KH- UBND") made whole."""
    return re.sub(r"(\d/[A-ZĐ][A-Za-zĐđ]*)-\s+(?=[A-ZĐ]{2,}\b)", r"\1-", text)


def _references(blocks: list[Block]) -> list[tuple[PlanReference, Block, str]]:
    cfg = _cfg()
    types = {fold(t) for t in cfg["reference_types"]}
    excluded = {fold(t) for t in cfg["excluded_issuers"]}
    topics = [fold(t) for t in cfg["reference_topics"]]
    objects = [fold(t) for t in cfg["decision_objects"]]
    follow_words = [fold(w) for w in cfg.get("follow_up_words", [])]
    accepted_blocks: set[int] = set()
    out: list[tuple[PlanReference, Block, str]] = []
    seen: set[str] = set()
    for block in sorted(blocks, key=lambda b: b.index):
        for sentence in split_sentences(_join_broken_numbers(nfc(block.text))):
            for m in _REF.finditer(sentence):
                kind = fold(m.group(1) or "")
                code = m.group(4).strip(".-")
                parts = [fold(p) for p in re.split(r"[-.]", code) if p]
                if not parts or parts[0] not in types or any(p in excluded for p in parts[1:]):
                    continue
                if kind in ("công văn", "văn bản", "thông báo", "nghị quyết", "chỉ thị"):
                    continue
                tail = sentence[m.end():]
                nxt = _REF.search(tail)
                description = fold(tail[: nxt.start() if nxt else 300][:300])
                window = fold(sentence[max(0, m.start() - 60):m.start()]) + " " + description
                if not any(t in window for t in topics):
                    follow_up = block.index in accepted_blocks and parts[0] in ("kh", "ctr") and \
                        any(w in fold(sentence) for w in follow_words)
                    if not follow_up:
                        continue
                if parts[0] == "qđ" and not any(o in description[:120] for o in objects):
                    continue
                number = re.sub(r"\s+", "", f"{m.group(2)}/{m.group(3) or ''}{code}")
                if fold(number) in seen:
                    continue
                seen.add(fold(number))
                iso, dm = find_date(tail[:60])
                if dm is not None and dm.start() > 25:
                    iso = None
                if iso is None:
                    # "Ngày 12/7/2023, UBND tỉnh ban hành Kế hoạch số 392/KH-UBND ..."
                    # (a date after another cited document's number is that document's own
                    # date only when that document comes between it and this one)
                    head = sentence[max(0, m.start() - 90):m.start()]
                    earlier = list(_REF.finditer(head))
                    if earlier:
                        head = head[earlier[-1].end():]
                    dates = [d for d in re.finditer(r"ngày\s*\d{1,2}\s*(?:/|tháng)", head, re.IGNORECASE)]
                    if dates and (not earlier or "," in head[:dates[-1].start()]):
                        iso, dm = find_date(head[dates[-1].start():])
                        if dm is not None and re.match(r"\s*,?\s*của\b", head[dates[-1].start() + dm.end():]):
                            iso = None
                out.append((PlanReference(number=number, date=iso), block, sentence))
                accepted_blocks.add(block.index)
    return out


# ------------------------------------------------------------------ the component

def extract_plan(ctx: Context) -> None:
    blocks = _blocks(ctx)
    section1 = [b for b in blocks if ctx.section_of.get(b.index) == "1"]
    status, block = _checkbox(ctx, section1 or blocks)
    sentence = nfc(block.text) if block is not None else ""
    if status is None:
        status, block, sentence = _statement(ctx, blocks)
    refs = _references(blocks)
    if status is None and refs:
        status, block, sentence = "built", refs[0][1], refs[0][2]
    ctx.plan.status = status or "unknown"
    ctx.plan.references = [r for r, _, _ in refs] if status in ("built", None) else []
    if block is not None:
        ctx.plan.evidence = ctx.evidence(block, sentence or nfc(block.text))
    elif refs:
        ctx.plan.evidence = ctx.evidence(refs[0][1], refs[0][2])
    else:
        ctx.plan.evidence = None
