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

def _statement(ctx: Context, blocks: list[Block], own_refs: bool = True) -> tuple[str | None, Block | None, str]:
    cfg = _cfg()
    topics = [fold(w) for w in cfg["topic_words"]]
    best = None
    found = []
    for order, block in enumerate(blocks):
        section = ctx.section_of.get(block.index)
        previous_rank = None
        for sentence in split_sentences(nfc(block.text)):
            f = fold(sentence)
            if not cfg["plan_rx"].search(f):
                previous_rank = None
                continue
            has_topic = any(t in f for t in topics)
            rank = 0 if "cách làm mới" in f else 1 if has_topic else 2
            if rank == 2 and previous_rank is not None and not re.search(r"(?<!\w)số\s*:?\s*\d", f):
                # "... xây dựng Kế hoạch truyền thông quảng bá ... theo cách làm mới. Hiện nay, dự
                # thảo Kế hoạch đã được lấy ý kiến ...": the plan named just before
                rank, has_topic = previous_rank, True
            previous_rank = rank
            if section != "1" and not has_topic:
                continue
            for st in STATUSES:
                if any(rx.search(f) for rx in cfg["statements"][st]):
                    priority = (rank, order)
                    found.append((priority, st, block, sentence))
                    if best is None or priority < best[0]:
                        best = (priority, st, block, sentence)
                    break
    if best is None:
        return None, None, ""
    if best[1] == "built" and not own_refs:
        # issued plans that are none of the province's own (a yearly TTĐN plan) beside a
        # draft of its own plan: the plan is in progress
        drafting = [c for c in found if c[1] == "in_progress" and c[0][0] <= 1]
        if drafting:
            best = min(drafting, key=lambda c: c[0])
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


def _code(raw: str) -> str:
    """The issuer code of a number without a footnote mark glued to it ("KH-UBND1" ->
    "KH-UBND": no issuer code ends in digits right after its capital letters)."""
    code = raw.strip(".-")
    return re.sub(r"(?<=[A-ZĐ]{2})\d{1,2}$", "", code)


_LEADING_DATE = re.compile(
    r"^\W*(?:ngày\s*)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})\s*,?\s*")


def _subject(tail: str) -> str:
    """What a cited plan is about, folded: the words after its number (and date, and "của
    UBND tỉnh ...") up to the end of that clause: "về công tác thông tin đối ngoại năm
    2024", "triển khai thí điểm truyền thông quảng bá ...", "thực hiện nhiệm vụ năm 2024"."""
    cfg = _cfg()
    text = fold(tail)
    text = re.sub(r"^\d{1,2}(?=\s)", "", text)          # a footnote mark left after the number
    text = _LEADING_DATE.sub("", text.lstrip(" ,)"))
    text = re.sub(r"^\([^()]*\)\s*,?\s*", "", text)      # "(ban hành ngày ...)" right after it
    text = _LEADING_DATE.sub("", text)
    if text.startswith("của "):
        m = re.search(r"\bvề\b", text[:90])
        text = text[m.start():] if m else ""
    ends = [m.start() for m in re.finditer(r"[,;.()]", text) if m.start() > 0]
    for w in cfg["subject_ends"]:
        m = re.compile(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)").search(text, 1)
        if m:
            ends.append(m.start())
    subject = text[:min(ends, default=len(text))].strip()
    # no clause of its own ("Kế hoạch số 45/KH-UBND, được ban hành ... về ..."): the words after it
    return subject or text[:150].strip()


def _subject_excluded(subject: str) -> bool:
    """A plan about another subject (thông tin đối ngoại in general, tourism development):
    its subject opens with one of `other_subjects` and names none of the topics."""
    cfg = _cfg()
    head = subject
    lead = [fold(w) for w in cfg["subject_leads"]]
    changed = True
    while changed:
        changed = False
        for w in lead:
            if head.startswith(w + " "):
                head, changed = head[len(w) + 1:], True
    if any(t in subject for t in (fold(x) for x in cfg["reference_topics"])):
        return False
    return any(head.startswith(fold(o)) for o in cfg["other_subjects"])


def _named_other_subject(sentence: str, m: re.Match, subject: str) -> bool:
    """A plan named, before its number, by another subject ("hằng năm ban hành kế hoạch
    thông tin đối ngoại; năm 2024 là Kế hoạch số ...", "công tác thông tin đối ngoại được
    triển khai theo Kế hoạch số ..."): the words since the previous cited number name one
    of `other_subjects` and none of the topics, and its own subject clause ("về ...") does
    not name a topic either. A promotion task merely folded into it ("trong đó lồng ghép
    ... quảng bá") does not make it the province's plan."""
    cfg = _cfg()
    lead = sentence[:m.start()]
    earlier = list(_REF.finditer(lead))
    if earlier:
        lead = lead[earlier[-1].end():]
    lead = fold(lead)
    topics = [fold(t) for t in cfg["reference_topics"]]
    if any(t in lead for t in topics):
        return False
    if not any(re.search(r"(?<!\w)" + re.escape(fold(o)) + r"(?!\w)", lead) for o in cfg["other_subjects"]):
        return False
    return not (subject.startswith("về ") and any(t in subject for t in topics))


def _own_name(sentence: str, m: re.Match) -> str:
    """The plan's name written before "số" ("Kế hoạch truyền thông quảng bá ... số 45/KH-UBND",
    "ban hành Kế hoạch triển khai ... (Kế hoạch số ...)"), folded; "" when the plan word is
    right before "số" and no parenthesis opens there."""
    head = fold_aligned(sentence[max(0, m.start() - 200):m.start()])
    if m.group(1):
        if not head.rstrip().endswith("("):
            return ""
        head = head.rstrip()[:-1]
    plan_words = list(_cfg()["plan_rx"].finditer(head))
    if not plan_words:
        return ""
    return head[plan_words[-1].start():]


def _described(ctx_blocks: list[Block], number: str) -> list[str]:
    """Subjects given to `number` wherever else the document cites it (a footnote that
    spells the plan out: "Kế hoạch số 215/KH-UBND ngày ... về thí điểm truyền thông ...")."""
    out = []
    key = fold(number)
    for block in ctx_blocks:
        text = _join_broken_numbers(nfc(block.text))
        for m in _REF.finditer(text):
            num = re.sub(r"\s+", "", f"{m.group(2)}/{m.group(3) or ''}{_code(m.group(4))}")
            if fold(num) == key:
                nxt = _REF.search(text[m.end():])
                out.append(_subject(text[m.end():m.end() + (nxt.start() if nxt else 300)]))
    return out


def _references(blocks: list[Block], notes: list[Block] | None = None) -> list[tuple[PlanReference, Block, str]]:
    cfg = _cfg()
    types = {fold(t) for t in cfg["reference_types"]}
    excluded = {fold(t) for t in cfg["excluded_issuers"]}
    topics = [fold(t) for t in cfg["reference_topics"]]
    objects = [fold(t) for t in cfg["decision_objects"]]
    follow_words = [fold(w) for w in cfg.get("follow_up_words", [])]
    implementing = [fold(w) for w in cfg.get("implementing_subjects", [])]
    accepted_blocks: set[int] = set()
    out: list[tuple[PlanReference, Block, str]] = []
    seen: set[str] = set()
    for block in sorted(blocks, key=lambda b: b.index):
        for sentence in split_sentences(_join_broken_numbers(nfc(block.text))):
            for m in _REF.finditer(sentence):
                kind = fold(m.group(1) or "")
                code = _code(m.group(4))
                parts = [fold(p) for p in re.split(r"[-.]", code) if p]
                if not parts or parts[0] not in types or any(p in excluded for p in parts[1:]):
                    continue
                if kind in ("công văn", "văn bản", "thông báo", "nghị quyết", "chỉ thị"):
                    continue
                number = re.sub(r"\s+", "", f"{m.group(2)}/{m.group(3) or ''}{code}")
                tail = sentence[m.end():]
                nxt = _REF.search(tail)
                description = fold(tail[: nxt.start() if nxt else 300][:300])
                subject = _subject(tail[: nxt.start() if nxt else 300])
                name = _own_name(sentence, m)
                if not any(t in subject or t in name for t in topics) and notes:
                    # the number alone in the text, its subject spelled out in a footnote
                    subject = next((d for d in _described(notes, number) if any(t in d for t in topics)), subject)
                if _subject_excluded(subject) or _named_other_subject(sentence, m, subject):
                    continue
                if not any(t in subject or t in name for t in topics):
                    # a plan that implements the province's plan cited before it in the same
                    # paragraph ("và hằng năm ban hành kế hoạch triển khai, gần nhất là Kế hoạch
                    # số 96/KH-UBND ... về nhiệm vụ năm 2024")
                    # (or in the paragraph right after it: a table cell's next paragraph)
                    follow_up = (block.index in accepted_blocks or block.index - 1 in accepted_blocks) \
                        and parts[0] in ("kh", "ctr") and (
                        any(w in fold(sentence) for w in follow_words) or
                        any(re.match(r"(?:về |để )?" + re.escape(w) + r"(?!\w)", subject) for w in implementing))
                    if not follow_up:
                        continue
                if parts[0] == "qđ" and not any(o in description[:120] for o in objects):
                    continue
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
    notes = [b for b in ctx.document.blocks if b.kind == BlockKind.FOOTNOTE]
    refs = _references(blocks, notes)
    if status is None:
        status, block, sentence = _statement(ctx, blocks, own_refs=bool(refs))
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
