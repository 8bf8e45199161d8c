"""Sentences of a block, via underthesea, cached per text (underthesea calls are the cost)."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

_BULLET = re.compile(r"^\s*(?:[-–—•+*▪●○◦]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s+", re.IGNORECASE)


_load_lock = threading.Lock()
_loaded = False


def underthesea_ready() -> None:
    """Load underthesea's models once, under a lock. Its taggers load lazily into module
    globals, and two threads calling them first at once get a half-built model
    ("'NoneType' object has no attribute 'process'"): the inbox flow runs documents on threads."""
    global _loaded
    if _loaded:
        return
    with _load_lock:
        if not _loaded:
            from underthesea import pos_tag, sent_tokenize, word_tokenize

            word_tokenize("Khởi động bộ tách từ.")
            pos_tag("Khởi động bộ gán nhãn từ loại.")
            sent_tokenize("Câu thứ nhất. Câu thứ hai.")
            _loaded = True


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of one block's text, NFC, in order. Short texts skip the tokenizer."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return ()
    if len(text) < 40 or not re.search(r"[.!?;…]\s", text):
        return (text,)
    underthesea_ready()
    from underthesea import sent_tokenize

    return tuple(s.strip() for s in sent_tokenize(text) if s.strip())


def strip_bullet(text: str) -> str:
    """The text without a leading bullet or list label ("- ", "a) ", "1. ")."""
    return _BULLET.sub("", text, count=1).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and tone-placement-insensitive key for matching: NFC, lower case, old tone
    placement (hoà, thuý, khoẻ) moved to the new one (hòa, thúy, khỏe), spaces folded.
    Cached: the components fold the same vocabulary entries and block texts over and over
    (50,000 calls for 26 reports)."""
    text = unicodedata.normalize("NFC", text).lower()
    text = _OLD_TONES.sub(lambda m: _OLD_TO_NEW[m.group(0)], text)
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=32768)
def fold_keep(text: str) -> str:
    """`fold` that keeps offsets: lower case with new-style tone placement, same length as
    `text` (no NFC, no space folding)."""
    low = text.lower()
    if len(low) != len(text):  # exotic characters whose lower case changes length
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _OLD_TONES.sub(lambda m: _OLD_TO_NEW[m.group(0)], low)


# Old-style tone placement on oa/oe/uy (hoà -> hòa). Only where no consonant follows.
_OLD_TO_NEW = {}
for _tone_old, _tone_new in (("à", "òa"), ("á", "óa"), ("ả", "ỏa"), ("ã", "õa"), ("ạ", "ọa")):
    _OLD_TO_NEW["o" + _tone_old] = _tone_new
for _tone_old, _tone_new in (("è", "òe"), ("é", "óe"), ("ẻ", "ỏe"), ("ẽ", "õe"), ("ẹ", "ọe")):
    _OLD_TO_NEW["o" + _tone_old] = _tone_new
for _tone_old, _tone_new in (("ỳ", "ùy"), ("ý", "úy"), ("ỷ", "ủy"), ("ỹ", "ũy"), ("ỵ", "ụy")):
    _OLD_TO_NEW["u" + _tone_old] = _tone_new
# "quý" keeps its tone on y: after q, the u belongs to the consonant.
# One character class per first letter ("o[àáảãạèéẻẽẹ]"), not fifteen alternatives: the same
# matches, and the fold of every text runs through it.
_OLD_TONES = re.compile(
    "(?:" + "|".join(("(?<!q)" if first == "u" else "") + first + "[" + "".join(k[1] for k in _OLD_TO_NEW if k[0] == first) + "]"
                     for first in sorted({k[0] for k in _OLD_TO_NEW})) + r")(?![a-zđăâêôơưáàảãạ])"
)
