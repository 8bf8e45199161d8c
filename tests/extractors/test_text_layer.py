"""PDF text layers that lie (text_layer.py, pdf_reader.py): a scanner's OCR layer
without Vietnamese and a broken ToUnicode map are replaced by Tesseract `vie` on the page
image, with a warning naming the pages; good layers (the text-PDF samples), English
pages and text typed without diacritics keep their layer."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extractors import BlockKind, Limits, extract
from extractors.convert import convert
from extractors.pdf_reader import read_pdf
from extractors.text_layer import Verdict, _word_facts, chars_text, page_ranges, score_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inbox"
HANOI = SAMPLES / "HaNoi_BC-UBND_quangba-TTDN_3836.pdf"
BACNINH = SAMPLES / "BacNinh_BC-UBND_3836_final.pdf"
LIMITS = Limits(ocr_dpi=200)


def text_pdf_samples() -> list[Path]:
    """The samples whose pages all carry a text layer (LibreOffice PDFs), not scans."""
    out = []
    for path in sorted(SAMPLES.glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            if all(p.chars and not p.images for p in pdf.pages):
                out.append(path)
    return out


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def recall(got: str, reference: str) -> float:
    """Share of the reference's words found (as a multiset) in `got`."""
    pool: dict[str, int] = {}
    for w in words_of(got):
        pool[w] = pool.get(w, 0) + 1
    hit = 0
    ref = words_of(reference)
    for w in ref:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            hit += 1
    return hit / max(len(ref), 1)


def layer_text(path: Path, pages: list[int]) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(pdf.pages[n - 1].extract_text() or "" for n in pages)


def doc_text(doc, page: int | None = None) -> str:
    return " ".join(b.text for b in doc.blocks if b.kind != BlockKind.TABLE and (page is None or b.page == page))


# ----------------------------------------------------------------------------- grammar

def test_syllable_grammar_onset_rhyme_tone():
    for word in ("nghiêng", "kết", "thực", "quốc", "giữa", "người", "truyền", "thông", "khuyến", "được", "còn"):
        assert _word_facts(word)[0], word
    # Stripped of marks these are no syllables: a stop coda takes only sắc/nặng, and
    # iê/uô/ươ need their marks.
    for word in ("ket", "thuc", "hien", "nguoi", "truyen", "quoc", "thurc", "strength", "qx"):
        assert not _word_facts(word)[0], word
    assert _word_facts("đồng")[1] and not _word_facts("Két".lower())[1]


def test_verdicts_on_text():
    vietnamese = ("Năm 2024, tỉnh đã tổ chức nhiều hoạt động quảng bá hình ảnh địa phương ra nước ngoài, "
                  "thu hút đông đảo du khách quốc tế và nhà đầu tư đến tìm hiểu cơ hội hợp tác.")
    stripped = ("Nam 2024, tinh da to chuc nhieu hoat dong quang ba hinh anh dia phuong ra nuoc ngoai, "
                "thu hut dong dao du khach quoc te va nha dau tu den tim hieu co hoi hop tac.")
    english = ("In 2024 the province organised a series of promotion events for its image abroad, with "
               "support from the embassies and from the travel trade, which brought many visitors.")
    assert score_text(vietnamese).verdict == Verdict.VIETNAMESE
    assert score_text(stripped).verdict == Verdict.NOT_VIETNAMESE
    assert score_text(english).verdict == Verdict.ENGLISH
    assert score_text("UBND TTĐN HĐND").words == 0          # acronyms say nothing
    assert page_ranges([4, 1, 2, 3, 7, 9, 10]) == "1-4, 7, 9-10"


# ----------------------------------------------------------------------------- good layers

def test_good_text_pdfs_are_not_ocrd_and_unchanged():
    samples = text_pdf_samples()
    assert len(samples) >= 7
    for path in samples:
        checked = read_pdf(path, LIMITS)
        plain = read_pdf(path, LIMITS, check_text_layer=False)
        assert not checked.ocr_used, path.name
        assert not any(w.startswith("text_layer_replaced") for w in checked.warnings), path.name
        assert checked.to_dict() == plain.to_dict(), path.name


def test_detection_cost_per_good_page_is_small():
    """The detection is one pass over a page's words: a small share of reading the page."""
    from extractors.text_layer import assess_page

    spent, pages, reading = 0.0, 0, 0.0
    for path in text_pdf_samples():
        t0 = time.perf_counter()
        with pdfplumber.open(path) as pdf:
            for n, page in enumerate(pdf.pages, 1):
                chars = page.chars
                t = time.perf_counter()
                assess_page(page, chars_text(chars), path, n)
                spent += time.perf_counter() - t
                pages += 1
        reading += time.perf_counter() - t0
    assert pages >= 20
    assert spent < 0.25 * reading, (spent / pages, reading / pages)


# ----------------------------------------------------------------------------- lying layers

@pytest.fixture(scope="module")
def lying_scan(tmp_path_factory) -> Path:
    """Pages 3-4 of a real report rendered at 200 dpi and turned into a searchable PDF by
    Tesseract *without* Vietnamese: an image under an invisible English-OCR layer, as
    scanners produce. Page 4 is only the signer's name."""
    if not shutil.which("pdftoppm") or not shutil.which("tesseract"):
        pytest.fail("pdftoppm and tesseract are required (.ci/setup installs them)")
    tmp = tmp_path_factory.mktemp("lying")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "3", "-l", "4", str(HANOI), str(tmp / "p")],
                   check=True, capture_output=True, timeout=120)
    out = pdfium.PdfDocument.new()
    for png in sorted(tmp.glob("p-*.png")):
        subprocess.run(["tesseract", str(png), str(png.with_suffix("")), "-l", "eng", "pdf"],
                       check=True, capture_output=True, timeout=300)
        out.import_pages(pdfium.PdfDocument(str(png.with_suffix(".pdf"))))
    path = tmp / "scan_with_ocr_layer.pdf"
    out.save(str(path))
    return path


@pytest.mark.slow
def test_scanner_ocr_layer_without_vietnamese_is_replaced(lying_scan):
    trusted = read_pdf(lying_scan, LIMITS, check_text_layer=False)
    reference = layer_text(HANOI, [3, 4])
    # The lie: the layer as the scanner wrote it has lost the Vietnamese.
    assert score_text(doc_text(trusted)).verdict == Verdict.NOT_VIETNAMESE
    assert recall(doc_text(trusted), reference) < 0.6

    doc = extract(lying_scan, LIMITS)
    assert doc.ocr_used and doc.format == "pdf_scanned"
    assert "text_layer_replaced: pages 1-2 had a text layer without Vietnamese (OCR'd instead)" in doc.warnings
    assert recall(doc_text(doc), reference) > 0.9
    assert score_text(doc_text(doc)).verdict == Verdict.VIETNAMESE
    # The one-line last page follows the document: the signer's name with its marks.
    assert "Trần Quang Vinh" in doc_text(doc, page=2)


@pytest.fixture(scope="module")
def broken_tounicode(tmp_path_factory) -> Path:
    """A LibreOffice PDF whose fonts' ToUnicode CMaps point each glyph code at the wrong
    character (code + 0x20: printable garbage), rewritten with pikepdf; the pages still
    show the right glyphs."""
    import pikepdf  # a declared dependency, for this test only

    tmp = tmp_path_factory.mktemp("tounicode")
    path = tmp / "broken_tounicode.pdf"
    with pikepdf.open(BACNINH) as pdf:
        seen = set()
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                cmap = font.get("/ToUnicode")
                if cmap is None or cmap.objgen in seen:
                    continue
                seen.add(cmap.objgen)
                data = cmap.read_bytes().decode("latin-1")
                data = re.sub(r"<([0-9A-Fa-f]{2})> <[0-9A-Fa-f]{4,}>",
                              lambda m: f"<{m.group(1)}> <{int(m.group(1), 16) + 0x20:04X}>", data)
                data = re.sub(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{2})> <[0-9A-Fa-f]{4,}>",
                              lambda m: f"<{m.group(1)}> <{m.group(2)}> <{int(m.group(1), 16) + 0x20:04X}>", data)
                cmap.write(data.encode("latin-1"))
        pdf.save(path)
    return path


@pytest.mark.slow
def test_broken_tounicode_layer_is_replaced(broken_tounicode):
    # The fonts are shared by all three pages, so every page's layer is broken.
    reference = layer_text(BACNINH, [1, 2, 3])
    garbled = layer_text(broken_tounicode, [1, 2, 3])
    assert recall(garbled, reference) < 0.2          # the rewrite really broke the layer
    doc = extract(broken_tounicode, LIMITS)
    assert "text_layer_replaced: pages 1-3 had a text layer without Vietnamese (OCR'd instead)" in doc.warnings
    assert doc.ocr_used and doc.format == "pdf_scanned"
    assert recall(doc_text(doc), reference) > 0.9


# ----------------------------------------------------------------------------- honest layers

@pytest.fixture(scope="module")
def english_and_unaccented_pdf(tmp_path_factory) -> Path:
    """A Vietnamese report page, an English summary page and a page typed without
    diacritics, printed to PDF by LibreOffice: three honest text layers."""
    import docx
    from docx.enum.text import WD_BREAK

    tmp = tmp_path_factory.mktemp("honest")
    d = docx.Document()
    vi = ("Trong năm 2024, tỉnh đã tổ chức nhiều hoạt động thông tin đối ngoại, quảng bá hình ảnh địa phương "
          "ra nước ngoài qua báo chí, mạng xã hội và các sự kiện xúc tiến du lịch, thu hút đông đảo khách quốc tế. ")
    en = ("Summary in English. In 2024 the province carried out a wide range of activities to promote its image "
          "abroad, with the support of the embassies and of the travel trade. The number of international "
          "visitors rose by a quarter, and the revenue from tourism was higher than in any year before. ")
    plain = ("Trong nam 2024, tinh da to chuc nhieu hoat dong thong tin doi ngoai, quang ba hinh anh dia phuong "
             "ra nuoc ngoai qua bao chi, mang xa hoi va cac su kien xuc tien du lich, thu hut dong dao khach quoc te. ")
    for i, text in enumerate((vi, en, plain)):
        p = d.add_paragraph(text * 3)
        if i < 2:
            p.add_run().add_break(WD_BREAK.PAGE)
    src = tmp / "honest.docx"
    d.save(src)
    return convert(src, tmp / "pdf", "pdf", timeout_s=120)


@pytest.mark.slow
def test_english_page_and_unaccented_text_keep_their_layer(english_and_unaccented_pdf):
    doc = extract(english_and_unaccented_pdf, LIMITS)
    assert doc.pages == 3
    assert not doc.ocr_used and not any(w.startswith("text_layer_replaced") for w in doc.warnings)
    assert "Summary in English" in doc_text(doc, 2)
    from extractors.text_layer import Action, assess_page

    with pdfplumber.open(english_and_unaccented_pdf) as pdf:
        actions = [assess_page(p, chars_text(p.chars), english_and_unaccented_pdf, n).action()
                   for n, p in enumerate(pdf.pages, 1)]
    assert actions == [Action.KEEP, Action.KEEP, Action.COMPARE]
    # The page typed without diacritics was OCR'd to compare, and its own layer won:
    # OCR cannot restore marks that were never printed.
    assert "Trong nam 2024, tinh da to chuc" in doc_text(doc, 3)
    assert doc.to_dict() == read_pdf(english_and_unaccented_pdf, LIMITS, check_text_layer=False).to_dict()
