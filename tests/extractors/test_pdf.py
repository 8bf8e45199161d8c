"""Text PDFs printed by LibreOffice: pages, paragraphs, headings, words with stacked
diacritics, the two-column heading, tables (merged cells, continued over a page break),
running headers/footers and page numbers dropped (pdf_reader.py, pdf_layout.py)."""

import re
import unicodedata

import pytest

from extractors import BlockKind
from extractors.pdf_layout import chars_to_lines

slow = pytest.mark.slow


def by_text(doc, start):
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert found, f"no block starts with {start!r}: {[b.text[:40] for b in doc.blocks]}"
    return found[0]


@slow
def test_pages_and_page_numbers_on_blocks(report_pdf):
    assert report_pdf.format == "pdf" and report_pdf.pages == 3 and not report_pdf.ocr_used
    assert all(b.page in (1, 2, 3) for b in report_pdf.blocks)
    assert by_text(report_pdf, "I. THỰC TRẠNG").page == 1
    assert by_text(report_pdf, "II. KẾT QUẢ").page == 3
    pages = [b.page for b in report_pdf.body()]
    assert pages == sorted(pages)


@slow
def test_footnote_apart_and_paragraph_across_page_break(report_pdf):
    notes = [b for b in report_pdf.blocks if b.kind == BlockKind.FOOTNOTE]
    assert [(b.text, b.page) for b in notes] == [("1 Số liệu đến ngày 31/12/2024.", 1)]
    first = by_text(report_pdf, "Trong năm 2024")
    assert first.text.endswith("cùng kỳ năm trước.")          # reference mark dropped
    # The paragraph that runs from page 1 onto page 2 is one block.
    assert all(b.text.count("Trong năm 2024") == 2 for b in report_pdf.blocks if b.text.startswith("Trong năm"))


@slow
def test_stacked_diacritics_words_intact(report_pdf):
    text = " ".join(b.text for b in report_pdf.blocks)
    for word in ("THỰC TRẠNG", "Quảng Ninh", "tỷ", "Truyền thông", "Hạnh phúc"):
        assert word in text
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search(r"\s[\u0300-\u036f]", text)


def test_accent_from_fallback_font_stays_in_its_word():
    """Synthetic chars as a PDF with a fallback-font accent gives them: the combining hook
    above sits higher, slightly left of its "y", in another font."""
    def ch(t, x0, x1, top, bottom, font="Times"):
        return {"text": t, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": 12.0, "fontname": font}

    chars = [ch("t", 10, 14, 100, 112), ch("y", 14, 20, 100, 112), ch("\u0309", 13.5, 17, 95.5, 103, "Fallback"),
             ch(" ", 20, 23, 100, 112), ch("đ", 23, 29, 100.4, 112.4), ch("ồ", 29, 35, 99.2, 111.6, "Fallback"),
             ch("n", 35, 41, 100, 112), ch("g", 41, 47, 100, 112)]
    lines = chars_to_lines(chars, 1)
    assert [l.text for l in lines] == ["tỷ đồng"]


@slow
def test_paragraphs_joined_and_headings(report_pdf):
    body = [b for b in report_pdf.blocks if b.text.startswith("Trong năm 2024")]
    assert len(body) == 8                       # one per paragraph, not one per line
    assert all(b.text.count("Trong năm 2024") == 2 for b in body)
    assert all(b.kind == BlockKind.PARAGRAPH and b.style.alignment == "justify" for b in body)
    h = by_text(report_pdf, "I. THỰC TRẠNG CHUYỂN ĐỔI SỐ")
    assert h.kind == BlockKind.HEADING and h.style.bold and h.style.numbering_label == "I."
    assert by_text(report_pdf, "1. Hạ tầng số").kind == BlockKind.HEADING
    assert by_text(report_pdf, "a) Mạng cáp quang").kind == BlockKind.LIST_ITEM
    title = by_text(report_pdf, "BÁO CÁO")
    assert title.kind == BlockKind.HEADING and title.style.alignment == "center"


@slow
def test_two_column_heading_read_left_then_right(report_pdf):
    texts = [b.text for b in report_pdf.blocks[:8]]
    joined = " / ".join(texts)
    order = ["UBND TỈNH QUẢNG NINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 125/BC-STTTT",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 15 tháng 3 năm 2024"]
    positions = [joined.find(t) for t in order]
    assert -1 not in positions, joined
    assert positions == sorted(positions), joined
    assert not any("UBND" in t and "CỘNG HÒA" in t for t in texts)   # no interleaved lines


@slow
def test_signature_block_read_left_then_right(report_pdf):
    texts = [b.text for b in report_pdf.body() if b.page == 3]
    start = texts.index("Nơi nhận:")
    assert texts[start:start + 6] == ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT.",
                                      "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]


@slow
def test_running_header_and_page_numbers_dropped(report_pdf):
    texts = [b.text for b in report_pdf.blocks]
    assert not any("Báo cáo chuyển đổi số tỉnh Quảng Ninh" in t for t in texts)
    assert not any(re.fullmatch(r"\d+", t) for t in texts)


@slow
def test_table_cells_with_merges_not_duplicated(report_pdf):
    tables = [b for b in report_pdf.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1                     # the borderless heading table stays text
    cells = {(c.row, c.col): c for c in tables[0].cells}
    assert cells[(0, 0)].text == "Chỉ tiêu" and cells[(0, 2)].text == "Năm 2024"
    assert cells[(1, 0)].text == "Hạ tầng số" and cells[(1, 0)].col_span == 3
    assert cells[(2, 2)].text == "Gộp dọc" and cells[(2, 2)].row_span == 2
    assert cells[(3, 1)].text == "30 tỷ"
    rows = [b for b in report_pdf.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows[0].index == tables[0].index + 1 and rows[0].text == "Chỉ tiêu | Năm 2023 | Năm 2024"
    assert all(b.page == 3 for b in rows)
    others = [b for b in report_pdf.blocks if b.kind not in (BlockKind.TABLE, BlockKind.TABLE_ROW)]
    assert not any("Chỉ tiêu số" in b.text or "Gộp dọc" in b.text for b in others)


@slow
def test_table_continued_on_next_page_joined(long_table_pdf):
    tables = [b for b in long_table_pdf.blocks if b.kind == BlockKind.TABLE]
    assert long_table_pdf.pages >= 2 and len(tables) == 1
    rows = [b for b in long_table_pdf.blocks if b.kind == BlockKind.TABLE_ROW]
    assert [r.row for r in rows] == list(range(71))      # header once + 70 data rows
    assert sum(1 for r in rows if r.text.startswith("STT")) == 1
    assert rows[-1].text == "70 | Huyện số 70 | 70 tỷ đồng"
    assert rows[1].page == 1 and rows[-1].page == 2
    assert long_table_pdf.blocks[-1].text == "Hết bảng."


def test_garbage_text_layer_is_not_usable():
    from extractors.pdf_reader import _usable

    def chars(text):
        return [{"text": t} for t in text]

    assert _usable(chars("Báo cáo thực trạng chuyển đổi số"))
    assert not _usable(chars("\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b ab"))
    assert not _usable(chars("12"))                      # no real text layer
