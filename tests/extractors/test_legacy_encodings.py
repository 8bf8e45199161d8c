"""VNI-Windows and TCVN3 documents read as Unicode (extractors/legacy_encodings.py and the run
level of docx_reader.py), in docx and, through LibreOffice, doc, rtf and odt.

The expected VNI characters come from the code chart below, typed by hand for these tests,
never from the converter's own table (extractors/data/vni.tsv).
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.run import Run

from extractors import extract
from extractors.convert import convert
from extractors.legacy_encodings import Encoding, judge, vni_to_unicode
from nlp.pipeline import build_record

slow = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "inbox" / "QuangNinh_BC245-UBND_TTDN.docx"

# The VNI-Windows chart: a vowel, then its codes with no tone, sắc, huyền, hỏi, ngã, nặng.
VNI_CHART = """
a  a   aù  aø  aû  aõ  aï
ă  aê  aé  aè  aú  aü  aë
â  aâ  aá  aà  aå  aã  aä
e  e   eù  eø  eû  eõ  eï
ê  eâ  eá  eà  eå  eã  eä
i  i   í   ì   æ   ó   ò
o  o   où  oø  oû  oõ  oï
ô  oâ  oá  oà  oå  oã  oä
ơ  ô   ôù  ôø  ôû  ôõ  ôï
u  u   uù  uø  uû  uõ  uï
ư  ö   öù  öø  öû  öõ  öï
y  y   yù  yø  yû  yõ  î
"""
TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _chart() -> dict[str, str]:
    """Unicode letter -> VNI characters, both cases, for the 134 letters that are not ASCII."""
    lower = {"đ": "ñ"}
    for line in VNI_CHART.strip().splitlines():
        vowel, *codes = line.split()
        for mark, code in zip(TONE_MARKS, codes):
            lower[unicodedata.normalize("NFC", vowel + mark)] = code
    chart = {}
    for letter, code in lower.items():
        if not letter.isascii():
            chart[letter] = code
            chart[letter.upper()] = code.upper()
    return chart


CHART = _chart()


def to_vni(text: str) -> str:
    """What a VNI typist's Word stores for `text`."""
    return "".join(CHART.get(c, c) for c in unicodedata.normalize("NFC", text))


# -- the code chart --------------------------------------------------------------------------
def test_chart_has_all_134_letters():
    assert len(CHART) == 134
    assert sum(c.isupper() for c in CHART) == 67


def test_every_letter_round_trips():
    for letter, code in CHART.items():
        assert vni_to_unicode(code) == letter, (letter, code)
        # inside a word, where the next character could be taken for a modifier
        assert vni_to_unicode(f"n{code}n") == f"n{letter}n", (letter, code)


def test_known_real_strings():
    assert vni_to_unicode("Vieät Nam") == "Việt Nam"
    assert vni_to_unicode("UÛY BAN NHAÂN DAÂN") == "ỦY BAN NHÂN DÂN"
    assert vni_to_unicode("Thoâng tin vaø Truyeàn thoâng") == "Thông tin và Truyền thông"
    assert vni_to_unicode("Uûy ban nhaân daân") == "Ủy ban nhân dân"  # modifier in the other case
    assert vni_to_unicode("ngöôøi daân tænh Ñoàng Thaùp") == "người dân tỉnh Đồng Tháp"


def test_the_text_tells_vni_from_unicode_and_european_words():
    assert judge(to_vni("Sở Thông tin và Truyền thông tỉnh Quảng Ninh báo cáo")) is Encoding.VNI
    for text in ("Sở Thông tin và Truyền thông tỉnh Quảng Ninh báo cáo", "Hoà Bình có tôi",
                 "Le café où nous avons mangé", "Herr Müller ist schön", "Tourism and Investment"):
        assert judge(text) is Encoding.UNICODE, text
    # a Unicode run in a VNI-named font is not converted twice
    assert judge("Thông tin và Truyền thông", Encoding.VNI) is Encoding.UNICODE
    assert judge("và có", Encoding.VNI) is Encoding.UNICODE


# -- documents ---------------------------------------------------------------------------------
def _vni_twin(src: Path, dest: Path, font: str) -> Path:
    """The report as a VNI typist would have saved it: every run's text in VNI, font `font`."""
    d = docx.Document(str(src))
    parts = [d.element.body]
    for section in d.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not hf.is_linked_to_previous:
                parts.append(hf._element)
    for element in parts:
        for r in element.iter(qn("w:r")):
            for t in r.iter(qn("w:t")):
                t.text = to_vni(t.text or "")
            Run(r, None).font.name = font
    d.save(str(dest))
    return dest


def _record(path: Path) -> dict:
    rec = build_record(extract(path), "0" * 64).model_dump(mode="json")
    for key in ("file_name", "format", "sha256"):
        rec["document"].pop(key, None)
    for key in ("warnings", "extracted_at", "producer"):
        rec["extraction"].pop(key, None)
    return rec


def _legacy_warning(doc) -> str:
    found = [w for w in doc.warnings if w.startswith("legacy_encoding_converted:")]
    assert len(found) == 1, doc.warnings
    return found[0]


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("vni")
    return {"unicode": SAMPLE,
            "vni": _vni_twin(SAMPLE, out / "vni_times.docx", "VNI-Times"),
            "lying": _vni_twin(SAMPLE, out / "vni_in_times_new_roman.docx", "Times New Roman")}


@pytest.fixture(scope="module")
def unicode_record(twins) -> dict:
    return _record(twins["unicode"])


def test_twin_really_is_vni(twins):
    d = docx.Document(str(twins["vni"]))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Vieät Nam" in text or "UÛY BAN" in text
    assert not any("\u1ea0" <= c <= "\u1ef9" or c in "ăđơưĂĐƠƯ" for c in text)


def test_vni_report_gives_the_unicode_record(twins, unicode_record):
    assert _record(twins["vni"]) == unicode_record
    doc = extract(twins["vni"])
    warning = _legacy_warning(doc)
    assert warning.startswith("legacy_encoding_converted: VNI-Windows in ")
    assert warning.endswith(" runs (VNI-Times)")
    assert "legacy_encoding_vni" not in doc.warnings


def test_vni_in_a_font_that_lies_is_read_from_the_text(twins, unicode_record):
    assert _record(twins["lying"]) == unicode_record
    warning = _legacy_warning(extract(twins["lying"]))
    assert warning.endswith(" runs (Times New Roman, read from the text)")


def test_unicode_report_is_unchanged_and_not_flagged(twins):
    doc = extract(twins["unicode"])
    assert not any(w.startswith("legacy_encoding") for w in doc.warnings)


@slow
@pytest.mark.parametrize("fmt,target", [("doc", "doc:MS Word 97"), ("rtf", "rtf"), ("odt", "odt")])
def test_vni_report_through_libreoffice(twins, unicode_record, tmp_path, fmt, target):
    """.doc/.rtf/.odt reach the docx reader through LibreOffice: the VNI-Times run fonts must
    survive both conversions for the runs to be read as VNI."""
    saved = convert(twins["vni"], tmp_path, target, timeout_s=120)
    assert saved.suffix == f".{fmt}"
    doc = extract(saved)
    assert doc.format == fmt
    assert _legacy_warning(doc).endswith(" runs (VNI-Times)")
    # the same conversion of the Unicode original: LibreOffice's own changes cancel out
    unicode_saved = convert(twins["unicode"], tmp_path / "unicode", target, timeout_s=120)
    assert _record(saved) == _record(unicode_saved)
