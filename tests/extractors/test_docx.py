"""DOCX reading: numbering from numbering.xml, headings, styles, tables, header/footer,
footnotes, text boxes, TCVN3 fonts (docx_reader.py, docx_numbering.py)."""

import docx
import pytest
from docx.oxml import parse_xml

from extractors import BlockKind, extract
from extractors.docx_numbering import Numbering, format_number, to_roman

from .builders import NUMBERING_XML, numbered, set_numbering


def by_text(doc, start):
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert found, f"no block starts with {start!r}: {[b.text[:40] for b in doc.blocks]}"
    return found[0]


def test_format_and_pages(report_doc):
    assert report_doc.format == "docx"
    assert all(b.page is None for b in report_doc.blocks)
    assert [b.index for b in report_doc.blocks] == list(range(len(report_doc.blocks)))


@pytest.mark.parametrize("text,label,level,kind,outline", [
    ("I. THỰC TRẠNG CHUYỂN ĐỔI SỐ", "I.", 0, BlockKind.HEADING, 0),
    ("1. Hạ tầng số", "1.", 1, BlockKind.HEADING, 1),
    ("a) Mạng cáp quang", "a)", 2, BlockKind.LIST_ITEM, None),
    ("b) Mạng di động 5G", "b)", 2, BlockKind.LIST_ITEM, None),
    ("2. Dữ liệu số", "2.", 1, BlockKind.HEADING, 1),
    ("a) Cơ sở dữ liệu dân cư", "a)", 2, BlockKind.LIST_ITEM, None),   # lower level restarts
    ("II. KẾT QUẢ", "II.", 0, BlockKind.HEADING, 0),
    ("1. Nhân lực số", "1.", 1, BlockKind.HEADING, 1),                # restarts under II.
    ("- Kết nối liên thông", "-", 0, BlockKind.LIST_ITEM, None),      # bullet
    ("5. Nhiệm vụ bắt đầu từ năm", "5.", 0, BlockKind.LIST_ITEM, None),  # startOverride
    ("6. Nhiệm vụ tiếp theo", "6.", 0, BlockKind.LIST_ITEM, None),
    ("A. Phụ lục theo dõi", "A.", 0, BlockKind.LIST_ITEM, None),      # upperLetter
])
def test_numbering_labels(report_doc, text, label, level, kind, outline):
    block = by_text(report_doc, text)
    assert block.text == text
    assert block.style.numbering_label == label
    assert block.style.numbering_level == level
    assert block.kind == kind
    assert block.style.outline_level == outline


def test_heading_styles_and_outline_levels(report_doc):
    h1 = by_text(report_doc, "I. THỰC TRẠNG")
    assert h1.style.style_name == "Heading 1" and h1.style.bold and h1.style.font_size == 14
    para_outline = by_text(report_doc, "Mục có cấp đề cương")       # paragraph w:outlineLvl
    assert para_outline.kind == BlockKind.HEADING and para_outline.style.outline_level == 1
    style_outline = by_text(report_doc, "Phần kiến nghị")           # style w:outlineLvl + bold
    assert style_outline.kind == BlockKind.HEADING
    assert style_outline.style.outline_level == 0 and style_outline.style.bold


def test_run_and_paragraph_formatting(report_doc):
    title = by_text(report_doc, "BÁO CÁO")
    assert title.style.bold and title.style.caps and title.style.alignment == "center"
    assert title.kind == BlockKind.HEADING          # bold capitals: a heading candidate
    body = by_text(report_doc, "Trong năm 2024")
    assert body.kind == BlockKind.PARAGRAPH and body.style.alignment == "justify"
    assert body.style.font_size == 13 and not body.style.bold     # from the Normal style


def test_header_table_cells_in_order(report_doc):
    table = report_doc.blocks[0]
    assert table.kind == BlockKind.TABLE and table.table_index == 0
    left, right = table.rows()[0]
    assert left.text.split("\n") == ["UBND TỈNH QUẢNG NINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 125/BC-STTTT"]
    assert right.text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert report_doc.blocks[1].kind == BlockKind.TABLE_ROW and report_doc.blocks[1].row == 0


def test_merged_and_nested_table_cells(report_doc):
    tables = [b for b in report_doc.blocks if b.kind == BlockKind.TABLE]
    metrics = tables[1]
    cells = {(c.row, c.col): c for c in metrics.cells}
    assert cells[(1, 0)].text == "Hạ tầng số" and cells[(1, 0)].col_span == 3      # gridSpan
    assert cells[(2, 2)].text == "Gộp dọc" and cells[(2, 2)].row_span == 2         # vMerge
    assert (3, 2) not in cells                       # the continuation is not a cell of its own
    rows = [b for b in report_doc.blocks if b.kind == BlockKind.TABLE_ROW and b.table_index == 1]
    assert [r.row for r in rows] == [0, 1, 2, 3, 4, 5]
    assert rows[0].text == "Chỉ tiêu | Năm 2023 | Năm 2024"
    assert "Lồng A" in cells[(5, 0)].text                                          # nested text kept
    nested = tables[2]
    assert [c.text for c in nested.cells] == ["Lồng A", "Lồng B"]
    # Table text is not repeated as paragraphs.
    assert not [b for b in report_doc.blocks if b.kind == BlockKind.PARAGRAPH and "Chỉ tiêu số" in b.text]


def test_header_footer_footnote_kept_apart(report_doc):
    headers = [b for b in report_doc.blocks if b.kind == BlockKind.HEADER]
    footers = [b for b in report_doc.blocks if b.kind == BlockKind.FOOTER]
    notes = [b for b in report_doc.blocks if b.kind == BlockKind.FOOTNOTE]
    assert [b.text for b in headers] == ["Báo cáo chuyển đổi số tỉnh Quảng Ninh"]
    assert [b.text for b in footers] == ["1"]
    assert [b.text for b in notes] == ["Số liệu đến ngày 31/12/2024."]
    body_text = " ".join(b.text for b in report_doc.body())
    assert "Báo cáo chuyển đổi số tỉnh" not in body_text and "31/12/2024" not in body_text


def test_text_box_read_once(report_doc):
    hits = [b for b in report_doc.blocks if "hộp văn bản" in b.text]
    assert len(hits) == 1 and hits[0].text == "Ghi chú trong hộp văn bản"


def test_tcvn3_font_run_converted(report_doc):
    assert by_text(report_doc, "Thông tin và Truyền thông").text == "Thông tin và Truyền thông"
    assert "legacy_encoding_converted: TCVN3 in 1 run (.VnTime)" in report_doc.warnings


def test_numbering_shared_abstract_continues_and_restart_by_override():
    """numId 24 shares abstractNum 11 with numId 22; 22 has a startOverride (its own
    sequence), 24 continues the abstract's own one; %1.%2. renders both levels."""
    numbering = Numbering(parse_xml(NUMBERING_XML))
    assert numbering.label("24", 0) == "1."
    assert numbering.label("24", 1) == "1.1."
    assert numbering.label("24", 1) == "1.2."
    assert numbering.label("22", 0) == "5."
    assert numbering.label("24", 0) == "2."
    assert numbering.label("24", 1) == "2.1."        # lower level restarted
    assert numbering.label("0", 0) is None and numbering.label("99", 0) is None


def test_format_number():
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 2024)] == ["I", "IV", "IX", "XIV", "XL", "MMXXIV"]
    assert format_number(3, "lowerRoman") == "iii"
    assert format_number(2, "lowerLetter") == "b" and format_number(27, "upperLetter") == "AA"
    assert format_number(7, "decimal") == "7"


def test_numbering_through_paragraph_style(tmp_path):
    """numPr set on a paragraph style (as in "List Number" styles) numbers its paragraphs."""
    d = docx.Document()
    set_numbering(d)
    style = d.styles["List Number"]
    for old in style.element.pPr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr"):
        style.element.pPr.remove(old)
    ppr = style.element.pPr
    ppr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         '<w:numId w:val="21"/></w:numPr>'))
    d.add_paragraph("Mục một", style="List Number")
    d.add_paragraph("Mục hai", style="List Number")
    p = d.add_paragraph("Mục con")
    numbered(p, 21, 1)
    path = tmp_path / "style_num.docx"
    d.save(path)
    texts = [b.text for b in extract(path).blocks]
    assert texts == ["I. Mục một", "II. Mục hai", "1. Mục con"]
