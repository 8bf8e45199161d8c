"""Scanned PDFs: OCR with Tesseract `vie`, character error rate, confidences, and a
mixed PDF read page by page (pdf_ocr.py, pdf_reader.py)."""

import pypdfium2 as pdfium
import pytest

from extractors import BlockKind, Limits, extract

from .builders import SCAN_LINES

pytestmark = pytest.mark.slow


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, two rows."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(hypothesis: str, reference: str) -> float:
    return edit_distance(hypothesis, reference) / max(len(reference), 1)


def test_edit_distance():
    assert edit_distance("kitten", "sitting") == 3 and cer("tỷ", "tỷ") == 0


def test_scanned_page_text_under_3_percent_cer(scan_doc):
    assert scan_doc.format == "pdf_scanned" and scan_doc.ocr_used and scan_doc.pages == 1
    text = " ".join(b.text for b in scan_doc.blocks)
    reference = " ".join(SCAN_LINES)
    assert cer(text, reference) < 0.03, text


def test_scanned_blocks_have_confidence_and_structure(scan_doc):
    assert 60 < scan_doc.ocr_confidence <= 100
    assert all(b.page == 1 and b.ocr_confidence is not None for b in scan_doc.blocks)
    assert scan_doc.blocks[0].kind == BlockKind.HEADING          # short capitals line
    # The five body lines make three sentences' paragraphs, not one block per line.
    assert len(scan_doc.blocks) < len(SCAN_LINES)


def test_mixed_pdf_read_page_by_page(built, report_pdf_path, scan_pdf_path):
    mixed = pdfium.PdfDocument.new()
    for src in (report_pdf_path, scan_pdf_path):
        other = pdfium.PdfDocument(str(src))
        mixed.import_pages(other, [0])
    path = built / "mixed.pdf"
    mixed.save(str(path))
    doc = extract(path, Limits(ocr_dpi=200))
    assert doc.format == "pdf" and doc.ocr_used and "mixed_pdf_ocr" in doc.warnings
    page1 = [b for b in doc.blocks if b.page == 1]
    page2 = [b for b in doc.blocks if b.page == 2]
    assert any(b.text.startswith("I. THỰC TRẠNG") for b in page1)
    assert all(b.ocr_confidence is None for b in page1)
    assert page2 and all(b.ocr_confidence is not None for b in page2)
    assert any("Quảng Ninh" in b.text for b in page2)


def test_scanned_bordered_table_read_cell_by_cell(table_scan_doc):
    doc = table_scan_doc
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1, [b.text for b in doc.blocks]
    table = tables[0]
    assert table.ocr_confidence is not None and table.page == 1
    cells = {(c.row, c.col): c for c in table.cells}
    # Numbers exact, each in its row and column.
    assert cells[(2, 1)].text == "1.250" and cells[(2, 2)].text == "1.480"
    assert cells[(3, 1)].text == "15,2" and cells[(3, 2)].text == "18,4"
    assert cells[(4, 1)].text == "3.600" and cells[(4, 2)].text == "4.125"
    assert cells[(0, 1)].text.endswith("2023") and cells[(0, 2)].text.endswith("2024")
    assert "Chỉ tiêu" in cells[(0, 0)].text and "Tổng lượt khách" in cells[(2, 0)].text
    # The title row has one cell spanning the three columns.
    title = cells[(1, 0)]
    assert title.col_span == 3 and "Khách du lịch" in title.text and (1, 1) not in cells
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert [b.row for b in rows] == [0, 1, 2, 3, 4]
    assert rows[3].text.split(" | ")[1:] == ["15,2", "18,4"]


def test_scanned_table_in_reading_order_without_duplicate_text(table_scan_doc):
    doc = table_scan_doc
    kinds = [b.kind for b in doc.blocks]
    t = kinds.index(BlockKind.TABLE)
    before = " ".join(b.text for b in doc.blocks[:t])
    after = " ".join(b.text for b in doc.blocks[t:] if b.kind not in (BlockKind.TABLE, BlockKind.TABLE_ROW))
    assert "tổng hợp trong bảng sau" in before and "cùng kỳ năm trước" in after
    prose = [b.text for b in doc.blocks if b.kind not in (BlockKind.TABLE, BlockKind.TABLE_ROW)]
    for number in ("1.250", "15,2", "3.600", "Doanh thu", "Năm 2023"):
        assert not any(number in p for p in prose), prose
    # The document mean covers the table's words too.
    assert 60 < doc.ocr_confidence <= 100


def test_ocr_size_estimate_is_steady_across_accents():
    """Word boxes run from accent to descender: "ra", "tiếng", "VIỆT" differ in box height
    but not in font size, and the size estimate must not differ by the 15% that splits
    a paragraph (the "5 thứ" / "tiếng" split)."""
    from PIL import Image, ImageDraw, ImageFont

    from extractors.pdf_ocr import _extent

    # Liberation Serif: the metrics of Times New Roman, which the reports are set in.
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 36)  # 13 pt, 200 dpi
    sizes = []
    for word in ("ra", "tiếng", "VIỆT", "năm", "thứ", "(lượt)", "mới./.", "Huế", "đồng"):
        img = Image.new("L", (600, 200), 255)
        ImageDraw.Draw(img).text((20, 60), word, font=font, fill=0)
        x0, y0, x1, y1 = Image.eval(img, lambda v: 255 - v).getbbox()
        sizes.append((y1 - y0) / _extent(word))
    assert max(sizes) / min(sizes) < 1.15, sizes
