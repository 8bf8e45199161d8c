"""A report written as one table "TT | Nội dung | Kết quả thực hiện" (issue 8, capability 5):
a real .docx built with python-docx, read by the real extractor and the whole nlp pipeline.
Sections, plan, factors, messages, channels, assessment and recommendations come from the
result cells, placed by each row's wording; evidence points at the row's block."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from extractors import extract
from extractors.model import BlockKind
from nlp.pipeline import build_record


def _header(d: docx.document.Document, number: str, date: str) -> None:
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = f"ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\nSố: {number}"
    t.cell(0, 1).text = f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nThái Nguyên, {date}"


def _cell(cell, paragraphs: list[str]) -> None:
    """A cell with several paragraphs (one w:p each), as Word writes them."""
    cell.text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


ROWS = [
    ("1", "Tình hình xây dựng Kế hoạch truyền thông quảng bá hình ảnh địa phương theo cách làm mới", [
        "Ngày 12/4/2023, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về truyền thông quảng bá hình ảnh "
        "tỉnh Thái Nguyên ra nước ngoài theo cách làm mới giai đoạn 2023-2025.",
        "- Các sở, ngành, địa phương đã cụ thể hóa Kế hoạch bằng kế hoạch hằng năm của đơn vị.",
    ]),
    ("2", "Các yếu tố truyền thông trọng tâm đã xác định", [
        "Tỉnh xác định các yếu tố truyền thông trọng tâm gồm:",
        "- Văn hóa trà và di sản văn hóa các dân tộc;",
        "- Du lịch sinh thái hồ Núi Cốc;",
        "- Môi trường đầu tư, kinh doanh thuận lợi.",
    ]),
    ("3", "Thông điệp truyền thông", [
        "Thông điệp chủ đạo được lựa chọn là “Thái Nguyên - Đệ nhất danh trà”.",
    ]),
    ("4", "Kênh truyền thông, cách thức triển khai", [
        "- Cổng thông tin điện tử tỉnh có phiên bản tiếng Anh, cập nhật thường xuyên tin bài đối ngoại.",
        "- Fanpage “Thai Nguyen Tourism” trên Facebook đạt 32.000 người theo dõi.",
        "+ Phối hợp với Kênh VTV4 sản xuất phóng sự giới thiệu vùng chè Tân Cương.",
        "- Trong năm 2023, tỉnh đón 3,9 triệu lượt khách du lịch.",
    ]),
    ("5", "Ưu điểm", [
        "- Công tác truyền thông được cấp ủy, chính quyền quan tâm chỉ đạo sát sao.",
        "- Nội dung thông tin đối ngoại ngày càng phong phú, đa dạng về hình thức.",
    ]),
    ("6", "Khó khăn, vướng mắc và nguyên nhân", [
        "- Kinh phí dành cho công tác quảng bá ra nước ngoài còn hạn chế.",
        "- Đội ngũ cán bộ làm công tác thông tin đối ngoại còn thiếu kỹ năng ngoại ngữ.",
    ]),
    ("7", "Bài học kinh nghiệm", [
        "- Phải gắn quảng bá hình ảnh với sản phẩm đặc trưng của địa phương để tạo dấu ấn riêng.",
    ]),
    ("8", "Đề xuất, kiến nghị", [
        "- Đề nghị Bộ Thông tin và Truyền thông tổ chức tập huấn kỹ năng truyền thông số cho cán bộ địa phương.",
        "- Đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh quảng bá sản phẩm du lịch trà tại các hội chợ quốc tế.",
    ]),
]


def build_table_report(path: Path) -> Path:
    d = docx.Document()
    _header(d, "186/BC-UBND", "ngày 25 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO").runs[0].bold = True
    d.add_paragraph("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài").runs[0].bold = True
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại).")
    d.add_paragraph("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, "
                    "UBND tỉnh Thái Nguyên báo cáo như sau:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"                       # ruled, as such reports are printed
    for k, name in enumerate(("TT", "Nội dung", "Kết quả thực hiện")):
        t.cell(0, k).text = name
    for number, content, result in ROWS:
        row = t.add_row()
        row.cells[0].text = number
        row.cells[1].text = content
        _cell(row.cells[2], result)
    d.add_paragraph("Kết quả một số chỉ tiêu trước và sau khi thực hiện Kế hoạch:")
    g = d.add_table(rows=3, cols=4)
    g.style = "Table Grid"
    grid = [["Chỉ tiêu", "Trước khi thực hiện Kế hoạch (năm 2022)", "Sau khi thực hiện Kế hoạch (năm 2023)",
             "Tăng/giảm (%)"],
            ["Lượt khách quốc tế (lượt)", "12.000", "18.500", "54,2"],
            ["Người theo dõi fanpage (người)", "20.000", "32.000", "60"]]
    for r, row in enumerate(grid):
        for k, text in enumerate(row):
            g.cell(r, k).text = text
    d.add_paragraph("Trên đây là báo cáo kết quả thực hiện của UBND tỉnh Thái Nguyên./.")
    d.add_paragraph("Nơi nhận:\n- Bộ TTTT;\n- Lưu: VT.")
    d.add_paragraph("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐặng Xuân Trường")
    d.save(path)
    return path


@pytest.fixture(scope="module")
def table_report(tmp_path_factory):
    path = build_table_report(tmp_path_factory.mktemp("table") / "ThaiNguyen_bang.docx")
    document = extract(path)
    return document, build_record(document, "0" * 64).to_json_dict()


def _rows_of_outline_table(document) -> dict[int, str]:
    """Block index -> row text of the outline table (the second table of the file)."""
    return {b.index: b.text for b in document.blocks if b.kind == BlockKind.TABLE_ROW and b.table_index == 1}


def test_the_extractor_gives_a_cell_its_paragraphs_on_lines_of_their_own(table_report):
    document, _ = table_report
    cells = [c.text for b in document.blocks if b.kind == BlockKind.TABLE_ROW and b.table_index == 1 for c in b.cells]
    assert any(c.count("\n") == 3 and c.startswith("Tỉnh xác định") for c in cells)


def test_sections_come_from_each_rows_wording_not_its_number(table_report):
    _, record = table_report
    by_id = {s["section"]: s for s in record["sections"]}
    assert {"preamble", "1", "2.1", "2.2", "2.3", "3", "closing"} <= set(by_id)
    assert "Thái Nguyên - Đệ nhất danh trà" in by_id["1"]["text"]
    assert "Kinh phí dành cho công tác quảng bá" in by_id["2.2"]["text"]
    assert by_id["2.1"]["heading"].endswith("Ưu điểm")
    assert "Đề nghị Bộ Văn hóa" in by_id["3"]["text"]
    assert "Đề nghị" not in by_id["1"]["text"]


def test_every_part_is_read_from_the_cells_and_points_at_its_row(table_report):
    document, record = table_report
    rows = _rows_of_outline_table(document)
    assert record["plan"]["status"] == "built"
    assert {"number": "88/KH-UBND", "date": "2023-04-12"} in record["plan"]["references"]
    factors = [f["text"] for f in record["factors"]["items"]]
    assert len(factors) == 3 and any("hồ Núi Cốc" in f for f in factors)
    assert [m["text"] for m in record["key_messages"]["items"]] == ["Thái Nguyên - Đệ nhất danh trà"]
    assert {"portal", "facebook", "national_media"} <= {c["channel"] for c in record["channels"]}
    assert len(record["assessment"]["strengths"]) == 2
    assert len(record["assessment"]["difficulties"]) + len(record["assessment"]["causes_objective"]) \
        + len(record["assessment"]["causes_subjective"]) == 2
    assert len(record["assessment"]["lessons"]) == 1
    recs = record["recommendations"]
    assert [r["addressees"] for r in recs] == [["mic"], ["mocst"]]
    items = (record["factors"]["items"] + record["key_messages"]["items"] + record["channels"]
             + record["assessment"]["strengths"] + recs)
    for item in items:
        ev = item["evidence"]
        assert ev["block"] in rows, item            # the row of the outline table
        assert ev["text"] in rows[ev["block"]].replace(" | ", "\n") or ev["text"] in rows[ev["block"]], item
    assert recs[0]["evidence"]["section"] == "3"
    assert record["key_messages"]["items"][0]["evidence"]["section"] == "1"


def test_figures_in_the_cells_and_the_before_after_grid(table_report):
    _, record = table_report
    figures = {(f["metric"], f["period"], f["value"]) for f in record["figures"]}
    assert ("visitors_total", "2023", 3_900_000) in figures
    grid = [f for f in record["figures"] if f["metric"] == "visitors_international" and f["period"] == "2023"]
    assert grid and grid[0]["value"] == 18_500 and grid[0]["evidence"]["section"] == "1"


def test_a_table_of_tasks_inside_section_1_is_not_the_report(tmp_path):
    """A "TT | Nội dung | Kết quả" table listing activities under section I stays a table."""
    d = docx.Document()
    _header(d, "12/BC-UBND", "ngày 02 tháng 10 năm 2024")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả công tác thông tin đối ngoại năm 2024")
    d.add_paragraph("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH").runs[0].bold = True
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["TT", "Nội dung", "Kết quả thực hiện"],
                             ["1", "Tổ chức đoàn famtrip", "02 đoàn phóng viên nước ngoài"],
                             ["2", "Xuất bản ấn phẩm", "03 ấn phẩm tiếng Anh"]]):
        for k, text in enumerate(row):
            t.cell(r, k).text = text
    d.add_paragraph("II. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    d.add_paragraph("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh xây dựng video quảng bá.")
    path = tmp_path / "task_table.docx"
    d.save(path)
    document = extract(path)
    record = build_record(document, "0" * 64).to_json_dict()
    sec1 = next(s for s in record["sections"] if s["section"] == "1")
    assert "Tổ chức đoàn famtrip" in sec1["text"]
    assert record["recommendations"][0]["addressees"] == ["mic"]


def test_the_same_table_report_as_a_pdf(tmp_path):
    """In a PDF a cell's lines break where the page did: the paragraphs and bullets are
    rebuilt (a line that neither starts a bullet nor follows a sentence end goes on)."""
    from extractors.convert import convert

    pdf = convert(build_table_report(tmp_path / "ThaiNguyen_bang.docx"), tmp_path / "pdf", "pdf")
    record = build_record(extract(pdf), "0" * 64).to_json_dict()
    assert {"1", "2.1", "2.2", "2.3", "3"} <= {s["section"] for s in record["sections"]}
    assert [m["text"] for m in record["key_messages"]["items"]] == ["Thái Nguyên - Đệ nhất danh trà"]
    assert [r["addressees"] for r in record["recommendations"]] == [["mic"], ["mocst"]]
    assert record["recommendations"][1]["text"].endswith("tại các hội chợ quốc tế.")
    assert len(record["factors"]["items"]) == 3 and len(record["assessment"]["strengths"]) == 2


def test_cell_paragraphs_of_a_wrapped_cell():
    from nlp.table_report import paragraphs

    cell = ("Tỉnh xác định các yếu tố:\n- Văn hóa trà và di sản văn hóa các\ndân tộc;\n- Du lịch sinh thái;\n"
            "Kế hoạch được triển khai\nđồng bộ.\nĐánh giá chung: tốt.")
    assert paragraphs(cell, wrapped=True) == [
        "Tỉnh xác định các yếu tố:", "- Văn hóa trà và di sản văn hóa các dân tộc;",
        "- Du lịch sinh thái; Kế hoạch được triển khai đồng bộ.", "Đánh giá chung: tốt."]
    assert paragraphs(cell, wrapped=False)[2] == "dân tộc;"
