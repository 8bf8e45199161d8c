"""Assessment component: the items of "Đánh giá chung": strengths (2.1), difficulties and
their causes, objective and subjective (2.2), lessons (2.3).

Items are split at bullets and numbered points, plain paragraphs at sentences. Sub-headings
and lead-ins ("b) Nguyên nhân", "- Nguyên nhân khách quan: ...", "Về chủ quan:") switch the
list an item goes to, also when a report has a single section 2 with its parts inside.
Vocabulary: `assessment_subheadings` and the cause cues in nlp/data/outline.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.sentences import fold, strip_bullet
from nlp.textkit import (clean_heading, clean_item, fold_aligned, item_texts, joined_blocks, lead_in,
                          looks_like_figures, nfc, phrase_scores, split_label)
from nlp.vocab import load
from storage.record import Item

DEFAULT_BUCKET = {"2.1": "strengths", "2.2": "difficulties", "2.3": "lessons", "2": None}
SUB_THRESHOLD = 88
MAX_SUBHEADING_CHARS = 90


@lru_cache(maxsize=1)
def _subs() -> dict[str, list[str]]:
    data = load("outline")["assessment_subheadings"]
    return {bucket: [fold(v) for v in variants] for bucket, variants in data.items()}


def subheading_bucket(text: str) -> str | None:
    """Which list a sub-heading's wording opens (strengths, difficulties, causes,
    causes_objective, causes_subjective, lessons), or None."""
    key = clean_heading(text)
    if not key or len(key) > MAX_SUBHEADING_CHARS:
        return None
    best, best_score = None, 0.0
    for bucket, variants in _subs().items():
        for score in phrase_scores(key, tuple(variants)):
            if score > best_score:
                best, best_score = bucket, score
    return best if best_score >= SUB_THRESHOLD else None


def cause_kind(text: str) -> str:
    """causes_subjective or causes_objective for an item under a plain "Nguyên nhân"."""
    data = load("outline")
    f = fold(text)
    subj = sum(f.count(fold(c)) for c in data["subjective_cues"])
    obj = sum(f.count(fold(c)) for c in data["objective_cues"])
    return "causes_subjective" if subj > obj else "causes_objective"


def _is_subheading_block(block: Block, text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > MAX_SUBHEADING_CHARS + 10:
        return False
    if re.search(r"[.;]\s*$", stripped) and len(stripped) > 40:
        return False
    return True


KIND_OF_CAUSE = {"khách quan": "causes_objective", "chủ quan": "causes_subjective"}


def split_causes(text: str) -> list[tuple[str, str]] | None:
    """[(causes_objective|causes_subjective, text)] when one text names both kinds of
    causes ("khách quan là X; chủ quan là Y", "X (khách quan); Y (chủ quan)"), else None."""
    cfg = load("outline")["cause_markers"]
    text = strip_bullet(nfc(text))
    f = fold_aligned(text)
    connectors = [fold(c) for c in cfg["connectors"]]

    def tidy(segment: str) -> str:
        segment = segment.strip(" ;,.")
        changed = True
        while changed:
            changed = False
            g = fold(segment)
            for c in connectors:
                if g.endswith(" " + c) or g == c:
                    segment = segment[: len(segment) - len(c)].strip(" ;,.")
                    changed = True
                if g.startswith(c + " "):
                    segment = segment[len(c):].strip(" ;,.")
                    changed = True
        return segment

    leads = list(re.finditer(cfg["lead"], f))
    if len(leads) >= 2 and len({m.group(1) for m in leads}) == 2:
        out = []
        for i, m in enumerate(leads):
            end = leads[i + 1].start() if i + 1 < len(leads) else len(text)
            segment = tidy(text[m.end():end])
            if segment:
                out.append((KIND_OF_CAUSE[m.group(1)], segment))
        return out or None
    trails = list(re.finditer(cfg["trail"], f))
    if len(trails) >= 2 and len({m.group(1) for m in trails}) == 2:
        out = []
        prev = 0
        for m in trails:
            segment = text[prev:m.start()]
            if prev == 0:
                intro = re.match(cfg["intro"], fold_aligned(segment).lstrip())
                if intro:
                    segment = segment.lstrip()[intro.end():]
            segment = tidy(segment)
            if segment:
                out.append((KIND_OF_CAUSE[m.group(1)], segment))
            prev = m.end()
        return out or None
    return None


def _lead_kind(text: str) -> str | None:
    m = re.match(load("outline")["cause_markers"]["opening"], fold(text))
    return KIND_OF_CAUSE[m.group(1)] if m else None


def paragraph_points(text: str) -> list[str]:
    """The points of a plain paragraph: its sentences, each split at semicolons, except a
    sentence naming both kinds of causes, which split_causes takes apart."""
    out = []
    for sentence in item_texts(text, False):
        if split_causes(sentence):
            out.append(sentence)
            continue
        out.extend(p for p in (part.strip() for part in sentence.split(";")) if p)
    return out


def cue_bucket(sentence: str, previous: str | None) -> str | None:
    """The list a sentence of an undivided, unlabelled section 2 goes to, by its cues
    (outline.yaml `assessment_cues`); `previous` is the list of the sentence before it."""
    cues = load("outline")["assessment_cues"]
    f = fold(strip_bullet(nfc(sentence))).strip()

    def opens(words: list[str]) -> bool:
        return any(re.match(re.escape(fold(w)) + r"(?!\w)", f) for w in words)

    kind = _lead_kind(sentence)
    if kind:
        return kind
    if opens(cues["cause_openings"]):
        return "causes"
    if opens(cues["lesson_openings"]) or any(fold(w) in f for w in cues["lesson_phrases"]):
        return "lessons"
    if opens(cues["difficulty_openings"]) or any(re.search(rx, f) for rx in cues["difficulty_cues"]):
        return "difficulties"
    if previous is not None:
        return previous
    if any(re.search(rx, f) for rx in cues["strength_cues"]):
        return "strengths"
    return None


def _labelled(ctx: Context, blocks: list[Block]) -> bool:
    """Has an undivided section 2 any sub-heading or lead-in label of its own?"""
    for block in blocks:
        text = nfc(block.text).strip()
        if block.index in ctx.heading_blocks or _is_subheading_block(block, text):
            if subheading_bucket(text):
                return True
        li = lead_in(text)
        if li and subheading_bucket(li[0]):
            return True
    return False


def extract_assessment(ctx: Context) -> None:
    lists: dict[str, list[Item]] = {k: [] for k in
                                    ("strengths", "difficulties", "causes_objective", "causes_subjective", "lessons")}
    bucket: str | None = None
    section: str | None = None

    def add(target: str | None, text: str, block: Block, evidence: str) -> None:
        item = clean_item(text)
        if not target or not item or item.endswith(":") or len(item.split()) < 3 or looks_like_figures(item):
            return
        if target == "causes":
            target = cause_kind(item)
        lists[target].append(Item(text=item, evidence=ctx.evidence(block, evidence)))

    def add_item(target: str | None, text: str, block: Block, evidence: str) -> None:
        if target not in ("strengths", "lessons"):
            mixed = split_causes(text)
            if mixed:
                for kind, part in mixed:
                    add(kind, part, block, evidence)
                return
            kind = _lead_kind(text)
            if kind:
                target = kind
        add(target, text, block, evidence)

    blocks = ctx.blocks_in("2", "2.1", "2.2", "2.3")
    undivided = [b for b in blocks if ctx.section_of.get(b.index) == "2"]
    by_cues = bool(undivided) and all(ctx.section_of.get(b.index) == "2" for b in blocks) \
        and not _labelled(ctx, undivided)
    cue_previous: str | None = None
    headings = [b for b in blocks if b.index in ctx.heading_blocks]
    for text, block in sorted(joined_blocks([b for b in blocks if b.index not in ctx.heading_blocks]) +
                              [(nfc(b.text).strip(), b) for b in headings], key=lambda tb: tb[1].index):
        sid = ctx.section_of.get(block.index)
        if sid != section:
            section, bucket = sid, DEFAULT_BUCKET.get(sid)
        if block.index in ctx.heading_blocks:
            sub = subheading_bucket(text)
            bucket = sub if sub and (sid == "2" or sub.startswith("causes")) else DEFAULT_BUCKET.get(sid, bucket)
            continue
        if _is_subheading_block(block, text):
            sub = subheading_bucket(text)
            if sub:
                bucket = sub
                continue
        is_list = block.kind == BlockKind.LIST_ITEM or split_label(text)[0] is not None
        li = lead_in(text)
        if li:
            sub = subheading_bucket(li[0])
            if sub:
                bucket = sub
                if not li[1]:
                    continue
                if not is_list and (sid == "2" or not bucket.startswith("causes")):
                    # a paragraph "Khó khăn, vướng mắc: A; B. C" is a lead-in label and its
                    # points (sentences, parts between semicolons); outside an undivided
                    # section 2 a cause so labelled is one statement, as written
                    mixed = split_causes(li[1])
                    if mixed:
                        for kind, part in mixed:
                            add(kind, part, block, text)
                        continue
                    points = paragraph_points(li[1])
                    if len(points) > 1:
                        for part in points:
                            add_item(bucket, part, block, text)
                        continue
                # a single point, and "- Nguyên nhân khách quan: ..." stay one item, as written
                add_item(bucket, text, block, text)
                continue
        if bucket is None:
            if by_cues and sid == "2" and block.index not in ctx.heading_blocks:
                # no labels at all: each sentence (or list item) by its cues
                for piece in item_texts(text, is_list):
                    cue_previous = cue_bucket(piece, cue_previous)
                    add_item(cue_previous, piece, block, piece)
            continue
        for piece in item_texts(text, is_list):
            add_item(bucket, piece, block, piece)
    for name, items in lists.items():
        setattr(ctx.assessment, name, items)
