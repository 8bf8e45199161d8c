"""Channels component: every communication channel the report names, mapped to the
contract's channel ids, one entry per distinct mention (the report's own words, e.g.
'Fanpage "Visit Quang Ninh"'), with evidence.

Patterns are regular expressions on folded text (nlp/data/channels.yaml), matched by a
vocabulary matcher (nlp/matchers.py) with offsets into the sentence, so that the mention is
cut from the original words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.appendix import appendix_texts
from nlp.context import Context
from nlp.matchers import Entry, VocabularyMatcher, backend, build
from nlp.sentences import fold, split_sentences
from nlp.textkit import fold_aligned, joined_blocks, longest_first, nfc
from nlp.vocab import load
from storage.record import ChannelMention

SKIP_SECTIONS = {"preamble", "closing", "3"}
NAME_PREFIXES = ("kênh", "trang", "tài khoản", "nền tảng", "mạng xã hội")


@lru_cache(maxsize=1)
def _entries() -> tuple[Entry, ...]:
    """The patterns of channels.yaml, "{province}" and "{country}" filled in; a generic word
    that needs a proper name after it ("ứng dụng Hue-S") under the id NAMED + channel."""
    data = load("channels")
    names = []
    for name, spec in load("provinces")["provinces"].items():
        names.append(fold(name))
        names.extend(fold(v) for v in (spec or {}).get("variants", []) if not str(v).isascii())
    province = "(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + ")"
    country = "|".join(re.escape(fold(c)) for c in sorted(data.get("countries", []), key=len, reverse=True))
    out = []
    for channel, patterns in data["channels"].items():
        for p in patterns:
            out.append(Entry(channel, str(p).replace("{province}", province).replace("{country}", country)))
    for channel, patterns in (data.get("name_required") or {}).items():
        out.extend(Entry(NAMED + channel, str(p)) for p in patterns)
    return tuple(out)


@lru_cache(maxsize=None)
def _matcher(name: str) -> VocabularyMatcher:
    # not inside a web address or after a full stop ("x.vn" names no channel of its own)
    return build(_entries(), name, r"(?<![\w.])")


NAMED = "named:"
_PROPER_NAME = re.compile(r"^\s+(?:[“\"«]|[A-ZĐÀ-Ỹ][\w-]*[A-Z-])")


_QUOTED = re.compile(r"^\s*[:\-–]?\s*([“\"«‘])([^”\"»’\n]{1,80})([”\"»’])")
_URL = re.compile(r"^\s*\(?\s*((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?)\s*\)?")
_WORD = re.compile(r"^\s+([^\s,.;:()“”\"]+)")


def _extend(text: str, end: int) -> int:
    """End of the mention: the matched words plus a quoted name, a web address or a run
    of capitalised words right after them."""
    data = load("channels")
    rest = text[end:]
    m = _QUOTED.match(rest)
    if m:
        return end + m.end()
    m = _URL.match(rest)
    if m and re.search(r"\.(?:vn|com|net|org|gov)\b", m.group(1)):
        return end + m.end()
    stops = set(data["name_stop_words"])
    words = 0
    pos = end
    while words < data["max_name_words"]:
        m = _WORD.match(text[pos:])
        if not m:
            break
        word = m.group(1)
        if not (word[:1].isupper() or (words and re.fullmatch(r"\d{4}|-|–|&", word))) or word in stops:
            break
        pos += m.end()
        words += 1
    return pos


@lru_cache(maxsize=1)
def _country_after() -> re.Pattern:
    """" (Trung Quốc)" right after a mention, on folded text."""
    countries = sorted((fold(c) for c in load("channels").get("countries", [])), key=len, reverse=True)
    return re.compile(r"\s*\((?:" + "|".join(map(re.escape, countries)) + r")\)")


def _not_channel_from(low: str) -> int:
    """Where the part of a sentence that names no channel used begins (len if none)."""
    cfg = load("channels").get("not_channel") or {}
    starts = [m.start() for c in cfg.get("contexts", []) for m in re.finditer(fold(c), low)]
    return min(starts, default=len(low))


def _mentions(sentence: str) -> list[tuple[str, str]]:
    text = nfc(sentence)
    low = fold_aligned(text)
    cfg = load("channels").get("not_channel") or {}
    cut = _not_channel_from(low)
    organisation = any(re.search(fold(c), low) for c in cfg.get("organisation_cues", []))
    # clauses (between semicolons) that tell of a recognition
    recognition = []
    attraction = []
    pos = 0
    for clause in low.split(";"):
        if any(re.search(fold(c), clause) for c in cfg.get("recognition_cues", [])):
            recognition.append((pos, pos + len(clause)))
        # an event named only as what drew the visitors ("riêng Lễ hội X đón 2,5 triệu lượt
        # khách"), not as one the province held or joined to promote itself
        if any(re.search(fold(c), clause) for c in cfg.get("attraction_cues", [])) and \
                not any(re.search(fold(c), clause) for c in cfg.get("organising_cues", [])):
            attraction.append((pos, pos + len(clause)))
        pos += len(clause) + 1
    # a sentence about the 22 factors of the ministry's handbook ("22 yếu tố truyền thông
    # được giới thiệu trong Cẩm nang") names that handbook, not a publication of the province
    handbook = any(re.search(fold(c), low) for c in cfg.get("handbook_cues", []))
    topic_end = -1
    topic_before = [re.compile(r"(?<!\w)(?:" + fold(c) + r")\s*$") for c in cfg.get("topic_before", [])]
    hits = []
    for start, end, channel in _matcher(backend()).find(text):
        named = channel.startswith(NAMED)
        if organisation and channel in cfg.get("organisation_channels", []):
            continue
        if start >= cut:
            continue
        if channel in cfg.get("recognition_channels", []) and any(a <= start < b for a, b in recognition):
            continue
        if channel in cfg.get("attraction_channels", []) and any(a <= start < b for a, b in attraction):
            continue
        if handbook and channel in cfg.get("handbook_channels", []):
            continue
        if named and not _PROPER_NAME.match(text[end:]):
            continue
        if channel in cfg.get("topic_channels", []) and (
                any(rx.search(low[max(0, start - 40):start]) for rx in topic_before)
                # ... and the ones coordinated with it ("về các lễ hội và sự kiện văn hóa")
                or (topic_end >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc)\s*(?:các |những )?", low[topic_end:start]))):
            topic_end = end
            continue
        hits.append((start, end, channel[len(NAMED):] if named else channel))
    # a generic word whose proper name is itself a known channel ("nền tảng YouTube") is
    # that channel
    known_starts = {s for s, _, ch in hits if not ch.startswith(NAMED)}
    generic = {(s, e) for s, e, ch in _matcher(backend()).find(text) if ch.startswith(NAMED)}
    hits = [h for h in hits if not ((h[0], h[1]) in generic and
                                    any(k > h[1] and not text[h[1]:k].strip() for k in known_starts))]
    # the longer match wins where matches overlap
    kept = longest_first(hits)
    out = []
    clause_of: list[int] = []
    covered = -1
    for start, end, channel in kept:
        if start < covered:
            continue
        end = _extend(text, end)
        foreign = (cfg.get("foreign_by_country") or {}).get(channel)
        if foreign:
            m = _country_after().match(low[end:])
            if m:
                channel, end = foreign, end + m.end()
        covered = end
        before = low[:start].rstrip()
        for prefix in NAME_PREFIXES:
            if before.endswith(prefix) and channel in ("facebook", "youtube", "tiktok", "zalo", "instagram",
                                                        "x_twitter", "other_social"):
                start = len(before) - len(prefix)
                break
        mention = text[start:end].strip(" ,.;:")
        if mention:
            out.append((channel, mention))
            clause_of.append(low[:start].count(";"))
    data = load("channels")
    platforms = data.get("platform_channels", [])
    # a video format of its own ("video ngắn") is a channel even where a platform carries it;
    # other videos are the platform's content only in the platform's own clause ("Kênh TikTok
    # X với loạt video “Y”"), not in a clause of their own after a semicolon
    formats = [re.compile(str(f)) for f in data.get("platform_formats", [])]
    out = [(ch, m) for i, (ch, m) in enumerate(out)
           if not (ch in data.get("contained_in_platform", [])
                   and any(out[j][0] in platforms and clause_of[j] == clause_of[i] for j in range(i))
                   and not any(f.search(fold(m)) for f in formats))]
    present = {ch for ch, _ in out}
    displaced = {d for ch, ds in (cfg.get("displaced_by") or {}).items() if ch in present for d in ds}
    return [(ch, m) for ch, m in out if ch not in displaced]


def extract_channels(ctx: Context) -> None:
    """Channels named in section 1 (where the outline asks for them); in the whole body
    but the preamble, recommendations and closing when a report has no section 1."""
    seen: set[tuple[str, str]] = set()
    out: list[ChannelMention] = []
    blocks = ctx.blocks_in("1") or [b for b in ctx.document.body()
                                    if ctx.section_of.get(b.index, "other") not in SKIP_SECTIONS]
    # what describes the province's factors (its festivals, its heritage) or the 22 factors
    # of the handbook names no channel it used
    factor_texts = {fold(i.evidence.text) for i in ctx.factors.items if i.evidence and i.evidence.text}
    not_identified = [fold(w) for w in load("factors")["not_identified"]]
    # tables name channels as the labels of their figures: joined_blocks leaves them out;
    # an appendix is read like the body, its channel lists row by row (nlp/appendix.py)
    for text, block in joined_blocks(blocks) + appendix_texts(ctx):
        for sentence in split_sentences(text):
            f = fold(sentence)
            if f in factor_texts or fold(text) in factor_texts or any(w in f for w in not_identified):
                continue
            for channel, mention in _mentions(sentence):
                key = (channel, fold(mention))
                if key in seen:
                    continue
                seen.add(key)
                out.append(ChannelMention(channel=channel, mention=mention, evidence=ctx.evidence(block, sentence)))
    ctx.channels = out
