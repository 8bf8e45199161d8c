"""The vocabulary matchers of channels and addressees (nlp/matchers.py): the spaCy
PhraseMatcher/Matcher built from the data files finds what the regexes find, on real report
sentences (the samples' reference evidence), the longer match winning, whatever the case,
tone placement or Unicode form."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from nlp import channels, recommendations
from nlp.pattern_expansion import Guard, Wild, expand
from nlp.textkit import longest_first

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
def spacy_channels():
    return channels._matcher("spacy")


@pytest.fixture(scope="module")
def spacy_addressees():
    return recommendations._matcher("spacy")


def test_the_samples_are_there():
    assert len(CHANNEL_SENTENCES) > 150 and len(RECOMMENDATIONS) > 100


def test_spacy_finds_the_reference_channels(spacy_channels):
    """Every channel id the reference gives a sentence is among those spaCy finds in it (the
    component's own filters then keep or drop them, as for the regexes)."""
    missed = []
    for text, channel in CHANNEL_SENTENCES:
        found = {vid.removeprefix(channels.NAMED) for _, _, vid in spacy_channels.find(text)}
        if channel not in found:
            missed.append((channel, text[:100]))
    # a reference channel a mention names only through the component's extension (a name in
    # quotes after a generic word) is not a vocabulary phrase: at most a few
    assert len(missed) <= len(CHANNEL_SENTENCES) // 50, missed


def test_spacy_and_regex_agree_on_real_sentences(spacy_channels, spacy_addressees):
    """The same ids, sentence by sentence, after longest-match."""
    texts = sorted({t for t, _ in CHANNEL_SENTENCES} | {t for t, _ in RECOMMENDATIONS})
    regex_ch, regex_ad = channels._matcher("regex"), recommendations._matcher("regex")
    ids = lambda m, t: sorted({vid for _, vid in _ids(m, t)})
    differ = [t for t in texts
              if ids(spacy_channels, t) != ids(regex_ch, t) or ids(spacy_addressees, t) != ids(regex_ad, t)]
    # the few that differ are where a regex wildcard word crosses a ";", takes a handle
    # ("@hochiminhcity.vn") for a web address or finds "facebook" inside "facebook.com/x":
    # a token is the whole address
    assert len(differ) <= len(texts) // 50, differ[:5]


def test_addressees_of_real_recommendations(spacy_addressees):
    got = _ids(spacy_addressees, "Đề nghị Bộ Thông tin và Truyền thông, các cơ quan báo chí Trung ương tăng "
                                 "thời lượng giới thiệu các địa phương vùng Đồng bằng sông Cửu Long.")
    assert got == [("Bộ Thông tin và Truyền thông", "mic"), ("các cơ quan báo chí Trung ương", "central_media")]
    got = _ids(spacy_addressees, "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh tham gia các chương trình.")
    assert got == [("Bộ Văn hóa, Thể thao và Du lịch", "mocst")]


def test_longest_match_wins(spacy_channels, spacy_addressees):
    # "Thủ tướng Chính phủ" is one mention of government, not "Thủ tướng" and "Chính phủ"
    assert _ids(spacy_addressees, "Kính đề nghị Thủ tướng Chính phủ quan tâm.") == [("Thủ tướng Chính phủ", "government")]
    # "phóng viên báo chí nước ngoài" (press trip) beats "báo chí nước ngoài" (foreign media)
    got = _ids(spacy_channels, "Đón 3 đoàn phóng viên báo chí nước ngoài đến tác nghiệp.")
    assert ("đoàn phóng viên báo chí nước ngoài", "press_trips") in got
    assert all(vid != "foreign_media" for _, vid in got)
    # "đại sứ du lịch" is an influencer, not tourism
    assert _ids(spacy_channels, "Mời các đại sứ du lịch quảng bá.") == [("đại sứ du lịch", "influencers")]


@pytest.mark.parametrize("text", [
    "KIẾN NGHỊ BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH hỗ trợ.",          # capitals, old tone placement
    "Kiến nghị Bộ Văn hoá, Thể thao và Du lịch hỗ trợ.",          # old tone placement (hoá)
    unicodedata.normalize("NFD", "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ."),  # decomposed
])
def test_case_and_diacritic_variants(spacy_addressees, text):
    got = _ids(spacy_addressees, text)
    assert [vid for _, vid in got] == ["mocst"]
    start, end = longest_first(spacy_addressees.find(text))[0][:2]
    nfc = lambda t: unicodedata.normalize("NFC", t)
    assert nfc(text)[start:end].lower().replace(nfc("hoá"), nfc("hóa")) == nfc("bộ văn hóa, thể thao và du lịch")


def test_channel_wildcards_and_guards(spacy_channels):
    # a word wildcard: "tổ chức <up to 4 words> sự kiện"
    assert ("tổ chức thành công 02 sự kiện", "events") in _ids(spacy_channels, "Tỉnh đã tổ chức thành công 02 sự kiện.")
    # a guard from the regex (?<!tại ): the venue of an event is not a partner locality
    got = _ids(spacy_channels, "Tham gia hội chợ tại tỉnh Gyeonggi (Hàn Quốc).")
    assert all(vid != "partner_localities" for _, vid in got)
    assert ("tỉnh Gyeonggi (Hàn Quốc)", "partner_localities") in _ids(
        spacy_channels, "Ký kết hợp tác với tỉnh Gyeonggi (Hàn Quốc).")
    # a web address is one token matched by a word class
    assert ("dulichphuyen.gov.vn", "portal") in _ids(spacy_channels, "Trang dulichphuyen.gov.vn có 3 ngôn ngữ.")


def test_patterns_unroll_from_the_data():
    alts = expand("cổng (?:thông tin|ttđt)(?: điện tử)?")
    assert sorted(a.text() for a in alts) == ["cổng thông tin", "cổng thông tin điện tử", "cổng ttđt",
                                               "cổng ttđt điện tử"]
    alts = expand(r"(?<!tại )tỉnh(?: \S+){1,4} \((?:lào)\)")
    assert alts[0].guards == [Guard("tại ", before=True)]
    assert Wild(1, 4) in alts[0].items
