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
from docx.shared import Pt
from docx.text.run import Run

from extractors import extract
from extractors.convert import convert
from extractors.legacy_encodings import Encoding, draws_capitals, font_encoding, judge, vni_to_unicode
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


def test_font_names():
    for font in ("VNI-Times", "VNI-Helve", "Vni-Aptima", "VNI Times"):
        assert font_encoding(font) is Encoding.VNI, font
    for font in (".VnTime", ".VnArialH", "VnTime"):
        assert font_encoding(font) is Encoding.TCVN3, font
    for font in ("Times New Roman", "Arial", "Vnimage", None, ""):
        assert font_encoding(font) is None, font
    assert draws_capitals(".VnTimeH") and not draws_capitals(".VnTime") and not draws_capitals("VNI-TimesH")


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
    assert warning.endswith(" runs (read from the text: Times New Roman)")


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
    # against the same conversion of the Unicode original, so that LibreOffice's own changes
    # cancel out (its .doc export joins a table cell's paragraphs differently)
    unicode_saved = convert(twins["unicode"], tmp_path / "unicode", target, timeout_s=120)
    record = _record(saved)
    assert record == _record(unicode_saved)
    if fmt != "doc":
        assert record == unicode_record


# -- run by run ----------------------------------------------------------------------------------
def _run(paragraph, text: str, font: str, bold: bool = False):
    r = paragraph.add_run(text)
    r.font.name = font
    r.bold = bold
    return r


@pytest.fixture(scope="module")
def mixed_doc(tmp_path_factory):
    """Runs in VNI, TCVN3 and Unicode side by side, as an office's copy-pasted report has them."""
    d = docx.Document()
    p = d.add_paragraph()
    _run(p, "b¸o c¸o", ".VnTimeH")                       # TCVN3 capitals font
    p = d.add_paragraph()
    _run(p, "Th«ng tin vµ TruyÒn th«ng", ".VnTime")       # TCVN3
    _run(p, " phối hợp với ", "Times New Roman")           # Unicode
    _run(p, to_vni("Sở Ngoại vụ tỉnh Đồng Tháp"), "VNI-Times")
    p = d.add_paragraph()                                  # Word split a letter from its modifier
    _run(p, "Vie", "VNI-Helve")
    _run(p, "ät Nam", "VNI-Helve", bold=True)
    p = d.add_paragraph()                                  # Unicode typed later in a VNI font
    _run(p, "Thông tin và Truyền thông tỉnh Hoà Bình có tôi", "VNI-Times")
    p = d.add_paragraph()                                  # ... with no letter only Unicode has
    _run(p, "có tôi và Hoà Bình", "VNI-Times")
    p = d.add_paragraph()                                  # TCVN3 in a font that names no encoding
    _run(p, "B¸o c¸o t×nh h×nh thùc hiÖn", "Arial")
    p = d.add_paragraph()                                  # VNI in a font that names no encoding
    _run(p, to_vni("Ủy ban nhân dân tỉnh Đồng Tháp báo cáo kết quả năm 2023"), "Times New Roman")
    p = d.add_paragraph()                                  # Unicode with French/German words
    _run(p, "Ông Müller uống café ở Zürich, où la façade est naïve", "Times New Roman")
    cell = d.add_table(rows=1, cols=2).rows[0].cells
    _run(cell[0].paragraphs[0], to_vni("Đơn vị tính"), "VNI-Times")
    _run(cell[1].paragraphs[0], to_vni("Tỷ đồng"), "Arial")
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = Pt(13)
    path = tmp_path_factory.mktemp("mixed") / "mixed.docx"
    d.save(str(path))
    return extract(path)


def test_mixed_document_converts_run_by_run(mixed_doc):
    texts = [b.text for b in mixed_doc.blocks]
    assert texts[:9] == [
        "BÁO CÁO",
        "Thông tin và Truyền thông phối hợp với Sở Ngoại vụ tỉnh Đồng Tháp",
        "Việt Nam",
        "Thông tin và Truyền thông tỉnh Hoà Bình có tôi",
        "có tôi và Hoà Bình",
        "Báo cáo tình hình thực hiện",
        "Ủy ban nhân dân tỉnh Đồng Tháp báo cáo kết quả năm 2023",
        "Ông Müller uống café ở Zürich, où la façade est naïve",
        "Đơn vị tính | Tỷ đồng",
    ]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_warning_says_what_was_converted(mixed_doc):
    assert _legacy_warning(mixed_doc) == (
        "legacy_encoding_converted: VNI-Windows in 5 runs (VNI-Times, VNI-Helve; "
        "read from the text: Times New Roman, Arial), "
        "TCVN3 in 3 runs (.VnTimeH, .VnTime; read from the text: Arial)")


def test_all_letters_in_vni_font_runs(tmp_path):
    """Every letter, in words, through the docx reader."""
    d = docx.Document()
    letters = sorted(CHART)
    for i in range(0, len(letters), 12):
        _run(d.add_paragraph(), " ".join(f"n{c}m" for c in letters[i:i + 12]), "VNI-Times")
    expected = [b.text for b in d.paragraphs]
    for p in d.paragraphs:
        for r in p.runs:
            r.text = to_vni(r.text)
    d.save(str(tmp_path / "letters.docx"))
    assert [b.text for b in extract(tmp_path / "letters.docx").blocks] == expected


def test_unicode_report_with_latin1_words_is_unchanged(tmp_path):
    d = docx.Document(str(SAMPLE))
    words = "Đoàn gặp ông Müller và bà Françoise ở Zürich, uống café; où, São Paulo, Ångström."
    d.add_paragraph(words)
    d.save(str(tmp_path / "latin1.docx"))
    original, with_words = extract(SAMPLE), extract(tmp_path / "latin1.docx")
    assert [b.text for b in with_words.blocks] == [b.text for b in original.blocks] + [words]
    assert not any(w.startswith("legacy_encoding") for w in with_words.warnings)


def test_font_from_the_paragraph_style(tmp_path):
    """Runs with no font of their own take the style's: a Normal style in VNI-Times."""
    d = docx.Document()
    d.styles["Normal"].font.name = "VNI-Times"
    d.add_paragraph(to_vni("Ủy ban nhân dân tỉnh"))
    d.add_paragraph(to_vni("Số"))
    d.save(str(tmp_path / "style.docx"))
    doc = extract(tmp_path / "style.docx")
    assert [b.text for b in doc.blocks] == ["Ủy ban nhân dân tỉnh", "Số"]
    assert _legacy_warning(doc) == "legacy_encoding_converted: VNI-Windows in 2 runs (VNI-Times)"
