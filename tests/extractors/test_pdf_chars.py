"""The pdfium text-layer reader (pdf_chars.py) against pdfplumber on real PDFs: the same
characters in the same boxes, the same lines, the same ruled tables; Vietnamese intact,
including letters LibreOffice draws from a fallback font."""

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from extractors.pdf_chars import open_pdf
from extractors.pdf_layout import chars_to_lines
from extractors.pdf_tables import find_tables

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inbox"
# Text PDFs printed by LibreOffice and by another writer, with and without ruled tables.
TEXT_PDFS = ["HaNoi_BC-UBND_quangba-TTDN_3836.pdf", "LongAn_BC318_UBND_quangba_hinhanh.pdf",
             "NamDinh_CV3125-UBND-VX_kem-BC241.pdf", "BRVT_BC389-UBND_thi-diem-quang-ba.pdf"]


def _ink(chars) -> str:
    return "".join(c["text"] for c in chars if not c["text"].isspace())


@pytest.fixture(scope="module", params=TEXT_PDFS)
def both(request):
    path = SAMPLES / request.param
    ours, theirs = open_pdf(path), pdfplumber.open(str(path))
    yield path, ours, theirs
    ours.close()
    theirs.close()


def test_same_characters_and_boxes_as_pdfplumber(both):
    _, ours, theirs = both
    assert len(ours.pages) == len(theirs.pages)
    for mine, ref in zip(ours.pages, theirs.pages):
        assert (mine.width, mine.height) == pytest.approx((float(ref.width), float(ref.height)), abs=0.01)
        a = [c for c in mine.chars if not c["text"].isspace()]
        b = [c for c in ref.chars if not c["text"].isspace()]
        assert _ink(a) == _ink(b)
        for c, r in zip(a, b):   # page coordinates, top-down, in points
            assert (c["x0"], c["top"], c["bottom"], c["size"]) == pytest.approx(
                (r["x0"], r["top"], r["bottom"], r["size"]), abs=0.01)
            # The right edge is the glyph's drawn extent, not its advance: an italic
            # letter may overhang a little.
            assert abs(c["x1"] - r["x1"]) <= 0.15 * r["size"]
            assert ("bold" in c["fontname"].lower()) == ("bold" in r["fontname"].lower())


def test_same_lines_as_pdfplumber(both):
    _, ours, theirs = both
    for n, (mine, ref) in enumerate(zip(ours.pages, theirs.pages), 1):
        got, want = chars_to_lines(mine.chars, n), chars_to_lines(ref.chars, n)
        assert [(l.text, l.bold, l.size, round(l.top, 1)) for l in got] == \
            [(l.text, l.bold, l.size, round(l.top, 1)) for l in want]


def test_same_ruled_tables_as_pdfplumber(both):
    _, ours, theirs = both
    for n, (mine, ref) in enumerate(zip(ours.pages, theirs.pages), 1):
        got, want = find_tables(mine, n), find_tables(ref, n)

        def shape(tables):
            return [(tuple(round(v, 2) for v in t.bbox),
                     [(c.text, c.row, c.col, c.row_span, c.col_span) for c in t.cells]) for t in tables]
        assert shape(got) == shape(want)


def test_a_sample_table_is_found():
    """LongAn's plan table is ruled: the reader must find it, with its cells."""
    pdf = open_pdf(SAMPLES / "LongAn_BC318_UBND_quangba_hinhanh.pdf")
    try:
        tables = [t for n, p in enumerate(pdf.pages, 1) for t in find_tables(p, n)]
    finally:
        pdf.close()
    assert tables and all(len(t.cells) >= 4 for t in tables)


def test_vietnamese_intact_with_fallback_font_letters(report_pdf_path):
    """LibreOffice draws letters its font lacks from a fallback font, as a base letter
    plus a separately placed accent: the lines still read as whole NFC words."""
    pdf = open_pdf(report_pdf_path)
    try:
        lines = [l.text for n, p in enumerate(pdf.pages, 1) for l in chars_to_lines(p.chars, n)]
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    finally:
        pdf.close()
    text = "\n".join(lines)
    for word in ("THỰC TRẠNG", "Quảng Ninh", "tỷ", "Truyền thông", "Hạnh phúc"):
        assert word in text
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search(r"(^|\s)[\u0300-\u036f]", text, re.MULTILINE)   # no stray accent
    assert len(fonts) >= 2
    with pdfplumber.open(str(report_pdf_path)) as ref:
        want = [l.text for n, p in enumerate(ref.pages, 1) for l in chars_to_lines(p.chars, n)]
    assert lines == want


def test_bold_from_the_font():
    pdf = open_pdf(SAMPLES / "HaNoi_BC-UBND_quangba-TTDN_3836.pdf")
    try:
        lines = chars_to_lines(pdf.pages[0].chars, 1)
    finally:
        pdf.close()
    heading = next(l for l in lines if l.text.startswith("BÁO CÁO"))
    assert heading.bold
    assert not next(l for l in lines if l.text.startswith("Kính gửi")).bold


def test_damaged_pdf_raises(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(Exception):
        open_pdf(bad)


def test_threads_read_pdfs_at_once():
    """pdfium is not thread-safe; the reader's lock lets threads of one process (a flow with
    in-process parsing) read PDFs at the same time and get what one thread gets."""
    from concurrent.futures import ThreadPoolExecutor

    from extractors.pdf_reader import read_pdf

    paths = [SAMPLES / name for name in TEXT_PDFS] * 2
    alone = {p.name: [b.text for b in read_pdf(p).blocks] for p in paths[:len(TEXT_PDFS)]}
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda p: (p.name, [b.text for b in read_pdf(p).blocks]), paths))
    assert all(texts == alone[name] for name, texts in together)
