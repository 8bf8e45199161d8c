"""The vocabulary matchers of channels and addressees (nlp/matchers.py), built from the data
files: on real report sentences (the samples' reference evidence) they find the channel or the
addressees the reference gives, the longer match winning, whatever the case, tone placement or
Unicode form. (spaCy's PhraseMatcher was measured against them and not kept: README.)"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from nlp import channels, recommendations
from nlp.matchers import required_prefix
from nlp.textkit import fold_aligned, longest_first, nfc

GOLD = Path(__file__).resolve().parents[2] / "samples" / "gold"


def _gold_sentences() -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    chans, recs = [], []
    for path in sorted(GOLD.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for c in record.get("channels") or []:
            text = (c.get("evidence") or {}).get("text")
            if text:
                chans.append((text, c["channel"]))
        for r in record.get("recommendations") or []:
            recs.append((r["text"], r["addressees"]))
    return chans, recs


CHANNEL_SENTENCES, RECOMMENDATIONS = _gold_sentences()


def _ids(matcher, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], vid) for s, e, vid in longest_first(matcher.find(text))]


@pytest.fixture(scope="module")
def channel_matcher():
    return channels._matcher("regex")


@pytest.fixture(scope="module")
def addressee_matcher():
    return recommendations._matcher("regex")


def test_the_samples_are_there():
    assert len(CHANNEL_SENTENCES) > 150 and len(RECOMMENDATIONS) > 100


def test_finds_the_reference_channels(channel_matcher):
    """Every channel id the reference gives a sentence is among those found in it (the
    component's own filters then keep or drop them)."""
    missed = []
    for text, channel in CHANNEL_SENTENCES:
        found = {vid.removeprefix(channels.NAMED) for _, _, vid in channel_matcher.find(text)}
        if channel not in found:
            missed.append((channel, text[:100]))
    # a reference channel a mention names only through the component's extension (a name in
    # quotes after a generic word) is not a vocabulary phrase: at most a few
    assert len(missed) <= len(CHANNEL_SENTENCES) // 50, missed


def test_reference_addressees_of_real_recommendations(addressee_matcher):
    """Every addressee the reference gives a recommendation is named in it, or the
    recommendation names none (it inherits them from a sub-heading, or is unspecified)."""
    missed = []
    for text, ids in RECOMMENDATIONS:
        found = {vid for _, _, vid in addressee_matcher.find(text)}
        if found and not set(ids) & found and "unspecified" not in ids:
            missed.append((ids, text[:100]))
    assert len(missed) <= len(RECOMMENDATIONS) // 50, missed


def test_addressees_of_real_recommendations(addressee_matcher):
    got = _ids(addressee_matcher, "Đề nghị Bộ Thông tin và Truyền thông, các cơ quan báo chí Trung ương tăng "
                                 "thời lượng giới thiệu các địa phương vùng Đồng bằng sông Cửu Long.")
    assert got == [("Bộ Thông tin và Truyền thông", "mic"), ("các cơ quan báo chí Trung ương", "central_media")]
    got = _ids(addressee_matcher, "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh tham gia các chương trình.")
    assert got == [("Bộ Văn hóa, Thể thao và Du lịch", "mocst")]


def test_longest_match_wins(channel_matcher, addressee_matcher):
    # "Thủ tướng Chính phủ" is one mention of government, not "Thủ tướng" and "Chính phủ"
    assert _ids(addressee_matcher, "Kính đề nghị Thủ tướng Chính phủ quan tâm.") == [("Thủ tướng Chính phủ", "government")]
    # "phóng viên báo chí nước ngoài" (press trip) beats "báo chí nước ngoài" (foreign media)
    got = _ids(channel_matcher, "Đón 3 đoàn phóng viên báo chí nước ngoài đến tác nghiệp.")
    assert ("đoàn phóng viên báo chí nước ngoài", "press_trips") in got
    assert all(vid != "foreign_media" for _, vid in got)
    # "đại sứ du lịch" is an influencer, not tourism
    assert _ids(channel_matcher, "Mời các đại sứ du lịch quảng bá.") == [("đại sứ du lịch", "influencers")]


@pytest.mark.parametrize("text", [
    "KIẾN NGHỊ BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH hỗ trợ.",          # capitals, old tone placement
    "Kiến nghị Bộ Văn hoá, Thể thao và Du lịch hỗ trợ.",          # old tone placement (hoá)
    unicodedata.normalize("NFD", "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ."),  # decomposed
])
def test_case_and_diacritic_variants(addressee_matcher, text):
    got = _ids(addressee_matcher, text)
    assert [vid for _, vid in got] == ["mocst"]
    start, end = longest_first(addressee_matcher.find(text))[0][:2]
    nfc = lambda t: unicodedata.normalize("NFC", t)
    assert nfc(text)[start:end].lower().replace(nfc("hoá"), nfc("hóa")) == nfc("bộ văn hóa, thể thao và du lịch")


def test_channel_wildcards_and_guards(channel_matcher):
    # a word wildcard: "tổ chức <up to 4 words> sự kiện"
    assert ("tổ chức thành công 02 sự kiện", "events") in _ids(channel_matcher, "Tỉnh đã tổ chức thành công 02 sự kiện.")
    # a guard from the regex (?<!tại ): the venue of an event is not a partner locality
    got = _ids(channel_matcher, "Tham gia hội chợ tại tỉnh Gyeonggi (Hàn Quốc).")
    assert all(vid != "partner_localities" for _, vid in got)
    assert ("tỉnh Gyeonggi (Hàn Quốc)", "partner_localities") in _ids(
        channel_matcher, "Ký kết hợp tác với tỉnh Gyeonggi (Hàn Quốc).")
    # a web address
    assert ("dulichphuyen.gov.vn", "portal") in _ids(channel_matcher, "Trang dulichphuyen.gov.vn có 3 ngôn ngữ.")


def test_the_prefix_filter_skips_no_match(channel_matcher, addressee_matcher):
    """The literal-prefix test in front of each pattern only skips patterns that cannot match:
    on every reference sentence the matches are those of running every regex."""
    for matcher, texts in ((channel_matcher, [t for t, _ in CHANNEL_SENTENCES]),
                           (addressee_matcher, [t for t, _ in RECOMMENDATIONS])):
        for text in texts:
            low = fold_aligned(nfc(text))
            every = [(m.start(), m.end(), vid) for vid, _, rx in matcher.compiled for m in rx.finditer(low)]
            assert matcher.find(text) == every, text


@pytest.mark.parametrize("pattern, prefix", [
    ("cổng (?:thông tin|ttđt)", "cổng "), ("website", "website"), (r"\b[\w-]+\.vn", ""), ("tiktok|tik tok", ""),
    ("fan ?page", "fan"), ("(?:đài|báo) tỉnh", ""), ("x[ab]y|c", ""), ("tin+ nhắn", "tin"), (r"báo\.?chí", "báo"),
    ("(?:a|b)|c", ""), ("trang (?:tin|web)", "trang "),
])
def test_required_prefix(pattern, prefix):
    assert required_prefix(pattern) == prefix
