"""The samples in forms provinces really send (samples/kit/legacy.py, photo.py, cover.py).

The encoders are checked against decoders written here from the published code charts (not from
the kit's tables): every one of the 134 Vietnamese letters that are not ASCII, in both cases,
round-trips; known strings read as they do in real files. Then the files: the report typed in VNI
(fonts, a lying font name, evidence found after decoding), the mixed .doc (Unicode, VNI and TCVN3
fonts), the scan whose OCR text layer has no Vietnamese, the phone photos, the cover letter
before the report.
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(SAMPLES))
from kit import legacy  # noqa: E402

sys.path.remove(str(SAMPLES))

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# -- the published charts, letter by letter (no tone, sắc, huyền, hỏi, ngã, nặng) ----------------
UNICODE_ROWS = """
a á à ả ã ạ | ă ắ ằ ẳ ẵ ặ | â ấ ầ ẩ ẫ ậ | e é è ẻ ẽ ẹ | ê ế ề ể ễ ệ | i í ì ỉ ĩ ị
o ó ò ỏ õ ọ | ô ố ồ ổ ỗ ộ | ơ ớ ờ ở ỡ ợ | u ú ù ủ ũ ụ | ư ứ ừ ử ữ ự | y ý ỳ ỷ ỹ ỵ | đ
"""
VNI_ROWS = """
a aù aø aû aõ aï | aê aé aè aú aü aë | aâ aá aà aå aã aä | e eù eø eû eõ eï | eâ eá eà eå eã eä | i í ì æ ó ò
o où oø oû oõ oï | oâ oá oà oå oã oä | ô ôù ôø ôû ôõ ôï | u uù uø uû uõ uï | ö öù öø öû öõ öï | y yù yø yû yõ î | ñ
"""
# TCVN3 codes (hex), same order; in an "H" font every code is drawn as the capital
TCVN3_ROWS = """
61 b8 b5 b6 b7 b9 | a8 be bb bc bd c6 | a9 ca c7 c8 c9 cb | 65 d0 cc ce cf d1 | aa d5 d2 d3 d4 d6 | 69 dd d7 d8 dc de
6f e3 df e1 e2 e4 | ab e8 e5 e6 e7 e9 | ac ed ea eb ec ee | 75 f3 ef f1 f2 f4 | ad f8 f5 f6 f7 f9 | 79 fd fa fb fc fe | ae
"""
TCVN3_CAPITALS = {"a1": "Ă", "a2": "Â", "a3": "Ê", "a4": "Ô", "a5": "Ơ", "a6": "Ư", "a7": "Đ"}


def _cells(rows: str) -> list[str]:
    return [c for c in re.split(r"[\s|]+", rows.strip()) if c]


LOWER = _cells(UNICODE_ROWS)
VNI_LOWER = dict(zip(LOWER, _cells(VNI_ROWS)))
TCVN3_LOWER = dict(zip(LOWER, (chr(int(h, 16)) for h in _cells(TCVN3_ROWS))))


def vni_decode(s: str) -> str:
    table = {**VNI_LOWER, **{k.upper(): v.upper() for k, v in VNI_LOWER.items()}}
    by_code = sorted(((v, k) for k, v in table.items() if len(v) > 1 or not v.isascii()), key=lambda x: -len(x[0]))
    out, i = [], 0
    while i < len(s):
        for code, letter in by_code:             # longest code first: "oâ" before "o"
            if s.startswith(code, i):
                out.append(letter)
                i += len(code)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def tcvn3_decode(s: str, *, capitals_font: bool = False) -> str:
    table = {v: k for k, v in TCVN3_LOWER.items()}
    table.update({chr(int(h, 16)): c for h, c in TCVN3_CAPITALS.items()})
    out = "".join(table.get(c, c) for c in s)
    return out.upper() if capitals_font else out


def test_the_charts_have_134_letters():
    letters = [c for c in LOWER if not c.isascii()]
    assert len(letters) == 67 and len(set(letters)) == 67
    assert sorted(letters + [c.upper() for c in letters]) == sorted(legacy.letters())


@pytest.mark.parametrize("letter", legacy.letters())
def test_every_letter_round_trips_vni(letter):
    code = legacy.to_vni(letter)
    assert code == VNI_LOWER.get(letter) or code == VNI_LOWER.get(letter.lower(), "").upper()
    assert vni_decode(code) == letter
    code.encode("cp1252")


@pytest.mark.parametrize("letter", legacy.letters())
def test_every_letter_round_trips_tcvn3(letter):
    if letter.islower():
        code = legacy.to_tcvn3(letter)
        assert len(code) == 1 and tcvn3_decode(code) == letter
    elif letter in TCVN3_CAPITALS.values():               # Ă Â Ê Ô Ơ Ư Đ have codes of their own
        assert tcvn3_decode(legacy.to_tcvn3(letter)) == letter
    else:                                                 # other capitals exist only in an H font
        with pytest.raises(ValueError):
            legacy.to_tcvn3(letter)
    # in an H font (.VnTimeH) every code is drawn as its capital
    assert tcvn3_decode(legacy.to_tcvn3(letter, capitals_font=True), capitals_font=True) == letter.upper()


def test_known_strings():
    assert legacy.to_vni("Việt Nam") == "Vieät Nam"
    assert legacy.to_vni("Thông tin") == "Thoâng tin"
    assert legacy.to_vni("ỦY BAN NHÂN DÂN TỈNH BẾN TRE") == "UÛY BAN NHAÂN DAÂN TÆNH BEÁN TRE"
    assert vni_decode("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"
    assert legacy.to_tcvn3("Độc lập - Tự do - Hạnh phúc") == "§éc lËp - Tù do - H¹nh phóc"
    assert legacy.to_tcvn3("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", capitals_font=True) == \
        "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"
    assert legacy.to_tcvn3("trường") == "tr\xadêng"
    sentence = "Thực hiện Công văn số 3836/BTTTT-TTĐN, Uỷ ban nhân dân tỉnh Sóc Trăng báo cáo như sau:"
    assert vni_decode(legacy.to_vni(sentence)) == sentence
    assert tcvn3_decode(legacy.to_tcvn3(sentence)) == sentence


# -- the files --------------------------------------------------------------------------------------
GOLD = {json.loads(p.read_text(encoding="utf-8"))["document"]["province"]: json.loads(p.read_text(encoding="utf-8"))
        for p in (SAMPLES / "gold").glob("*.json")}


def _file(province: str) -> tuple[Path, dict]:
    g = GOLD[province]
    return SAMPLES / "inbox" / g["document"]["file_name"], g


def _evidence(g: dict):
    for k in ("factors", "key_messages"):
        yield from (it["evidence"]["text"] for it in g[k]["items"])
    for k in ("channels", "figures", "recommendations"):
        yield from (it["evidence"]["text"] for it in g[k])
    for items in g["assessment"].values():
        yield from (it["evidence"]["text"] for it in items)


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def test_report_typed_in_vni_reads_as_its_gold_after_decoding():
    path, g = _file("Bến Tre")
    xml = zipfile.ZipFile(path).read("word/document.xml")
    from lxml import etree

    root = etree.fromstring(xml)
    runs = [r for r in root.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    fonts = [r.find(f"{W}rPr/{W}rFonts").get(W + "ascii") for r in runs]
    assert set(fonts) == {"VNI-Times", "VNI-Helve", "Times New Roman"}
    lying = [r for r, f in zip(runs, fonts) if f == "Times New Roman"]
    assert 2 <= len(lying) <= 6                         # section 2.2, re-formatted
    raw = ["".join(t.text or "" for t in r.iter(W + "t")) for r in runs]
    assert not any(re.search(r"[ạ-ỹăơưđĐ]", t) for t in raw)        # no Unicode Vietnamese at all
    assert any("Vieät Nam" in t for t in raw) and any("Thoâng tin" in t for t in raw)
    assert any("Kinh phí daønh cho truyeàn thoâng" in "".join(t.text or "" for t in r.iter(W + "t")) for r in lying)
    lines = []
    for p in root.iter(W + "p"):
        lines.append(vni_decode("".join(t.text or "" for t in p.iter(W + "t"))))
    for tr in root.iter(W + "tr"):                     # a table row as the gold quotes it
        lines.append(" | ".join(vni_decode("".join(t.text or "" for t in tc.iter(W + "t"))) for tc in tr.iter(W + "tc")))
    text = _fold("\n".join(lines))
    for ev in _evidence(g):
        assert _fold(ev) in text, ev
    assert _fold(g["document"]["title"][len("Báo cáo "):]) in text
    styles = zipfile.ZipFile(path).read("word/styles.xml").decode()
    assert 'w:ascii="VNI-Times"' in styles


def test_mixed_doc_has_unicode_vni_and_tcvn3_runs():
    path, g = _file("Sóc Trăng")
    data = path.read_bytes()
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    for font in ("Times New Roman", "VNI-Times", ".VnTime", ".VnTimeH"):
        assert font.encode("utf-16-le") in data, font
    # Word stores the text as UTF-16 here: the three encodings side by side
    assert "Thực hiện Công văn số 3836".encode("utf-16-le") in data                  # Unicode
    assert legacy.to_vni("Về du lịch, năm 2023 toàn tỉnh đón").encode("utf-16-le") in data
    assert "§éc lËp - Tù do - H¹nh phóc".encode("utf-16-le") in data            # TCVN3 template
    assert legacy.to_tcvn3("Kim ngạch xuất khẩu năm 2023").encode("utf-16-le") in data
    assert g["plan"]["status"] == "in_progress" and g["key_messages"]["identified"] is False


def test_scan_whose_ocr_text_layer_is_not_vietnamese():
    import pdfplumber

    path, g = _file("Phú Thọ")
    data = path.read_bytes()
    from pdfminer.pdftypes import resolve1

    assert b"GlyphLessFont" in data
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == g["document"]["pages"]
        layer = "\n".join(p.extract_text() or "" for p in pdf.pages)
        for page in pdf.pages:
            assert len(page.images) == 1 and page.chars
            contents = resolve1(page.page_obj.attrs["Contents"])
            streams = contents if isinstance(contents, list) else [contents]
            assert b"3 Tr" in b"".join(resolve1(st).get_data() for st in streams)     # invisible text
    assert "186/BC-UBND" in layer and "BAO CAO" in layer
    assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]", layer)   # no Vietnamese
    assert "Số: 186/BC-UBND" in g["sections"][0]["text"]


def test_phone_photos_of_the_printed_pages():
    import numpy as np
    import pdfplumber
    from PIL import Image

    path, g = _file("Điện Biên")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == g["document"]["pages"]
        images = []
        for page in pdf.pages:
            assert not page.chars and len(page.images) == 1
            img = page.images[0]
            name = img["stream"].get_filters()[0][0]
            assert getattr(name, "name", name) == "DCTDecode"                                   # JPEG
            images.append(np.asarray(Image.open(io.BytesIO(img["stream"].get_rawdata())).convert("RGB")))
    for im in images:
        h, w, _ = im.shape
        corner = im[: h // 30, : w // 30].mean()
        assert corner < 120                                    # the darker desk around the sheet
        assert im[h // 2 - 50: h // 2 + 50, w // 2 - 50: w // 2 + 50].mean() > 150
    last = images[-1].astype(int)
    red = (last[..., 0] > 150) & (last[..., 1] < 110) & (last[..., 2] < 120)
    assert red.sum() > 3000                                    # the red seal over the signature
    assert any(" | " in f["evidence"]["text"] for f in g["figures"])     # a ruled table to recover


def test_cover_letter_before_the_report_in_one_pdf():
    import pdfplumber

    path, g = _file("Nam Định")
    with pdfplumber.open(path) as pdf:
        first = unicodedata.normalize("NFC", pdf.pages[0].extract_text())
        rest = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in pdf.pages[1:]))
    assert "3125/UBND-VX" in first and "V/v gửi báo cáo" in first and "BÁO CÁO" not in first
    assert "Kính gửi: Bộ Thông tin và Truyền thông" in first
    assert "Số: 241/BC-UBND" in rest and "BÁO CÁO" in rest
    doc = g["document"]
    assert doc["number"] == "241/BC-UBND" and doc["date"] == "2024-09-25"
    assert doc["signer"]["name"] == "Trần Anh Dũng"
    pre = g["sections"][0]
    assert pre["section"] == "preamble" and pre["text"].index("3125/UBND-VX") < pre["text"].index("241/BC-UBND")
