"""Folding (nlp/sentences.fold, nlp/textkit.fold_aligned, nlp/numbers.fold_keep): old tone
placement moved to the new one, offsets kept where promised, and the compact tone pattern
(one character class per first letter) matching exactly what the fifteen spelled-out
alternatives matched, on every reference text of the samples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlp.numbers import fold_keep
from nlp.sentences import _OLD_TO_NEW, _OLD_TONES, fold
from nlp.textkit import fold_aligned

GOLD = Path(__file__).resolve().parents[2] / "samples" / "gold"


@pytest.mark.parametrize("text, folded", [
    ("Hoà Bình", "hòa bình"), ("THUỶ SẢN", "thủy sản"), ("khoẻ  mạnh", "khỏe mạnh"), ("quý", "quý"),
    ("Hoàng", "hoàng"), ("xoè", "xòe"), ("Quỳ Hợp", "quỳ hợp"),
])
def test_fold_moves_old_tone_placement(text, folded):
    assert fold(text) == folded


def test_offset_keeping_folds_keep_length():
    text = "Tỉnh Hoà Bình  đón 1,2 triệu lượt khách"
    assert len(fold_aligned(text)) == len(text) == len(fold_keep(text))
    assert fold_aligned(text) == fold_keep(text) == text.lower().replace("hoà", "hòa")


def test_compact_tone_pattern_matches_the_spelled_out_one():
    spelled = re.compile("(?:" + "|".join(("(?<!q)" if k[0] == "u" else "") + k for k in _OLD_TO_NEW)
                         + r")(?![a-zđăâêôơưáàảãạ])")
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(GOLD.glob("*.json"))]
    texts += ["hoà thuỷ khoẻ quỳ quý xoè hoàng hoàn toà thoả"]
    for text in texts:
        assert [m.span() for m in _OLD_TONES.finditer(text)] == [m.span() for m in spelled.finditer(text)]
