"""Statistics tables as officials draw them, built as real .docx files (python-docx) and read
through the real extractor and the whole nlp pipeline: two or three header rows with merged
cells, group rows spanning the table, an ĐVT column that scales the cells, "-" and empty cells,
ratio ("So sánh 2023/2022 (%)") and signed ("Tăng (+)/giảm (-) (%)") comparison columns, a
landscape section, a header row repeated on every page, and target columns or rows that give
no figures (RECORD.md: targets are not figures). test_figures_tables_pdf.py reads the same
files printed to PDF by LibreOffice."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from extractors import extract
from nlp.pipeline import build_record

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --- builders ---------------------------------------------------------------------------------

def _document():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def _bold(d, text: str, center: bool = False):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _header(d) -> None:
    t = d.add_table(rows=1, cols=2)
    left = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "", "Số: 245/BC-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Quảng Ninh, ngày 20 tháng 9 năm 2024"]
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    _bold(d, "BÁO CÁO", center=True)
    _bold(d, "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài "
             "theo cách làm mới", center=True)
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông.")
    d.add_paragraph("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền "
                    "thông, UBND tỉnh Quảng Ninh báo cáo như sau:")


def _signature(d) -> None:
    d.add_paragraph("Trên đây là báo cáo của UBND tỉnh Quảng Ninh gửi Bộ Thông tin và Truyền thông tổng hợp./.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].text = "Nơi nhận:"
    t.cell(0, 0).add_paragraph("- Bộ TTTT;")
    t.cell(0, 1).paragraphs[0].text = "TM. ỦY BAN NHÂN DÂN"
    t.cell(0, 1).add_paragraph("CHỦ TỊCH")
    t.cell(0, 1).add_paragraph("Nguyễn Văn An")


def _fill(t, r: int, values) -> None:
    for c, v in enumerate(values):
        if v is not None:
            t.cell(r, c).text = v


def _repeat_header(t, rows: int) -> None:
    """The first `rows` rows repeat at the top of every page; no row breaks across a page."""
    for r, row in enumerate(t.rows):
        pr = row._tr.get_or_add_trPr()
        pr.append(parse_xml(f"<w:cantSplit {W_NS}/>"))
        if r < rows:
            pr.append(parse_xml(f"<w:tblHeader {W_NS}/>"))


def _set_orientation(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    section.page_width, section.page_height = w, h


def plan_actual_table(d) -> None:
    """Three header rows: merged "TT", "Chỉ tiêu", "ĐVT" down all three; "Năm 2023" over
    "Kế hoạch | Thực hiện"; "Ước thực hiện 9 tháng năm 2024"; "So sánh 2023/2022 (%)"; a row of
    column numbers. Group rows "I" / "Du lịch" and one merged across the whole table."""
    t = d.add_table(rows=11, cols=8)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "TT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Chỉ tiêu"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "ĐVT"
    t.cell(0, 3).merge(t.cell(1, 3)).text = "Thực hiện năm 2022"
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Năm 2023"
    t.cell(1, 4).text = "Kế hoạch"
    t.cell(1, 5).text = "Thực hiện"
    t.cell(0, 6).merge(t.cell(1, 6)).text = "Ước thực hiện 9 tháng năm 2024"
    t.cell(0, 7).merge(t.cell(1, 7)).text = "So sánh 2023/2022 (%)"
    _fill(t, 2, ["A", "B", "C", "(1)", "(2)", "(3)", "(4)", "(5)=(3)/(1)"])
    _fill(t, 3, ["I", "Du lịch"])
    _fill(t, 4, ["1", "Tổng lượt khách", "nghìn lượt", "1.850", "2.000", "2.150,5", "1.900", "116,2"])
    _fill(t, 5, ["", "Trong đó: khách quốc tế", "nghìn lượt", "120", "150", "165", "-", "137,5"])
    _fill(t, 6, ["2", "Tổng thu từ khách du lịch", "tỷ đồng", "3.200", "3.500", "3.650,8", "2.900", "114,1"])
    _fill(t, 7, ["3", "Công suất sử dụng phòng bình quân", "%", "55,0", "60", "58,2", "", "105,8"])
    t.cell(8, 0).merge(t.cell(8, 7)).text = "II. THÔNG TIN ĐỐI NGOẠI"
    _fill(t, 9, ["1", "Tin, bài về tỉnh đăng trên báo chí nước ngoài", "tin, bài", "45", "50", "62", "48", "137,8"])
    _fill(t, 10, ["2", "Kim ngạch xuất khẩu", "triệu USD", "1.120,5", "1.200", "1.250,2", "980", "111,6"])


def signed_change_table(d) -> None:
    """Two header rows, repeated on every page: "9 tháng năm 2024" over "Kế hoạch giao |
    Ước thực hiện", a signed "Tăng (+)/giảm (-) so với cùng kỳ (%)" column; a group row merged
    across the table; a metric row with "Kế hoạch"/"Thực hiện" sub-rows; "-" cells."""
    t = d.add_table(rows=9, cols=6)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "Đơn vị tính"
    t.cell(0, 3).merge(t.cell(0, 4)).text = "9 tháng năm 2024"
    t.cell(1, 3).text = "Kế hoạch giao"
    t.cell(1, 4).text = "Ước thực hiện"
    t.cell(0, 5).merge(t.cell(1, 5)).text = "Tăng (+)/giảm (-) so với cùng kỳ (%)"
    t.cell(2, 0).merge(t.cell(2, 5)).text = "I. DU LỊCH"
    _fill(t, 3, ["1", "Lượt khách quốc tế đến tỉnh", "lượt", "40.000", "38.500", "+10,5"])
    _fill(t, 4, ["2", "Khách du lịch nội địa", "nghìn lượt", "1.500", "1.620,4", "-2,3"])
    _fill(t, 5, ["3", "Doanh thu du lịch", "tỷ đồng", "", "", ""])
    _fill(t, 6, ["", "- Kế hoạch", "tỷ đồng", "1.500", "-", ""])
    _fill(t, 7, ["", "- Thực hiện", "tỷ đồng", "-", "1.150,5", "-5,0"])
    _fill(t, 8, ["4", "Số người theo dõi Fanpage \"Visit Quang Ninh\"", "người", "-", "86.500", "+25"])
    _repeat_header(t, 2)


def targets_table(d) -> None:
    """A table of targets: every numeric column is a plan, a target or a forecast."""
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    _fill(t, 0, ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Mục tiêu đến năm 2025", "Chỉ tiêu giao năm 2024",
                 "Dự kiến năm 2025"])
    _fill(t, 1, ["Lượt khách quốc tế", "nghìn lượt", "200", "300", "210", "320"])
    _fill(t, 2, ["Doanh thu du lịch", "tỷ đồng", "5.000", "7.000", "5.200", "7.500"])


def tables_report(path: Path, *, lead_paragraphs: int = 0) -> Path:
    """A report whose section 1 holds the three tables: the first portrait, the second in a
    landscape section (after `lead_paragraphs` paragraphs of prose, which push it over a page
    break), the third (targets) portrait again."""
    d = _document()
    _header(d)
    _bold(d, "I. KẾT QUẢ THỰC HIỆN")
    d.add_paragraph("Một số chỉ tiêu chủ yếu về du lịch và thông tin đối ngoại như sau:")
    plan_actual_table(d)
    d.add_paragraph("Năm 2024, tỉnh đặt mục tiêu đón 2,5 triệu lượt khách; dự kiến năm 2025 doanh thu du lịch "
                    "đạt 7.000 tỷ đồng.")
    land = d.add_section()
    _set_orientation(land, True)
    for _ in range(lead_paragraphs):
        d.add_paragraph("Các cơ quan báo chí, truyền thông của tỉnh tiếp tục đổi mới nội dung và hình thức "
                        "thông tin đối ngoại, phối hợp chặt chẽ với các sở, ngành và địa phương.")
    d.add_paragraph("Kết quả 9 tháng năm 2024:")
    signed_change_table(d)
    portrait = d.add_section()
    _set_orientation(portrait, False)
    d.add_paragraph("Các chỉ tiêu giai đoạn tới:")
    targets_table(d)
    _bold(d, "II. ĐÁNH GIÁ CHUNG")
    d.add_paragraph("Công tác truyền thông được triển khai đồng bộ, bài bản.")
    _signature(d)
    d.save(path)
    return path


def record_of(path: Path):
    doc = extract(path)
    return build_record(doc, hashlib.sha256(path.read_bytes()).hexdigest()), doc


def find(figures, metric, period, row: str = ""):
    """The one figure of `metric` and `period` (read from a table row holding `row`)."""
    hits = [f for f in figures if f.metric == metric and f.period == period and row in f.evidence.text]
    assert len(hits) == 1, (metric, period, [(f.metric, f.period, f.value) for f in figures])
    return hits[0]


# --- expectations (shared with the PDF tests) -------------------------------------------------

def check_plan_actual(figures) -> None:
    total = find(figures, "visitors_total", "2023")
    assert total.value == pytest.approx(2_150_500) and total.unit == "visits"
    assert "lượt" in (total.unit_text or "")
    assert total.baseline is not None and total.baseline.period == "2022" and total.baseline.value == 1_850_000
    # a ratio column: 116,2 means +16,2% against 2022
    assert total.change.direction == "increase" and total.change.percent == pytest.approx(16.2)
    assert total.change.compared_with == "2022"
    assert find(figures, "visitors_total", "2022").value == 1_850_000
    est = find(figures, "visitors_total", "2024-9M")
    assert est.value == 1_900_000 and est.approximate is True          # "Ước thực hiện"
    assert find(figures, "visitors_international", "2023").value == 165_000
    assert not [f for f in figures if f.metric == "visitors_international" and f.period == "2024-9M"
                and "Trong đó" in f.evidence.text]   # "-"
    rev = find(figures, "tourism_revenue", "2023")
    assert rev.value == pytest.approx(3_650.8e9) and rev.unit == "VND"
    assert rev.change.percent == pytest.approx(14.1)
    occ = find(figures, "room_occupancy", "2023")
    assert occ.value == pytest.approx(58.2) and occ.unit == "percent"
    assert find(figures, "foreign_articles", "2023").value == 62
    assert find(figures, "export_value", "2024-9M").value == pytest.approx(980e6)
    # the "Kế hoạch" column under "Năm 2023" gives nothing: 2.000 nghìn, 3.500 tỷ, 1.200 triệu USD
    for metric, plan in (("visitors_total", 2_000_000), ("tourism_revenue", 3_500e9), ("export_value", 1_200e6)):
        assert not [f for f in figures if f.metric == metric and f.value == pytest.approx(plan)]


def check_signed_change(figures) -> None:
    intl = find(figures, "visitors_international", "2024-9M")
    assert intl.value == 38_500 and intl.approximate is True
    assert intl.change.direction == "increase" and intl.change.percent == pytest.approx(10.5)
    assert intl.change.compared_with == "2023-9M"
    dom = find(figures, "visitors_domestic", "2024-9M")
    assert dom.value == pytest.approx(1_620_400)
    assert dom.change.direction == "decrease" and dom.change.percent == pytest.approx(2.3)
    # the "Thực hiện" sub-row of "Doanh thu du lịch"; its "Kế hoạch" sub-row gives nothing
    rev = find(figures, "tourism_revenue", "2024-9M", row="Thực hiện")
    assert rev.value == pytest.approx(1_150.5e9) and rev.change.direction == "decrease"
    fans = find(figures, "followers", "2024-9M")
    assert fans.value == 86_500 and fans.unit == "people" and fans.change.percent == 25
    for plan in (40_000, 1_500_000, 1_500e9):
        assert not [f for f in figures if f.value == pytest.approx(plan)]


def check_targets(figures) -> None:
    for v in (200_000, 300_000, 210_000, 320_000, 5_000e9, 7_000e9, 5_200e9, 7_500e9, 2_500_000):
        assert not [f for f in figures if f.value == pytest.approx(v)], v


# --- docx -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx_record(tmp_path_factory):
    path = tables_report(tmp_path_factory.mktemp("tables") / "bang_thong_ke.docx")
    return record_of(path)


def test_the_docx_has_merged_header_cells_and_a_landscape_section(docx_record):
    _, doc = docx_record
    spans = [c for b in doc.blocks if b.kind.value == "table" for c in b.cells if c.col_span > 1 or c.row_span > 1]
    assert any(c.text == "Năm 2023" and c.col_span == 2 for c in spans)
    assert any(c.text == "Chỉ tiêu" and c.row_span == 2 for c in spans)


def test_plan_and_actual_columns_with_a_ratio_column(docx_record):
    check_plan_actual(docx_record[0].figures)


def test_signed_change_column_and_plan_rows(docx_record):
    check_signed_change(docx_record[0].figures)


def test_targets_give_no_figures(docx_record):
    check_targets(docx_record[0].figures)


def test_table_figures_keep_their_row_as_evidence(docx_record):
    rec, doc = docx_record
    f = find(rec.figures, "tourism_revenue", "2023")
    assert f.evidence.section == "1"
    assert "Tổng thu từ khách du lịch" in f.evidence.text
    assert doc.blocks[f.evidence.block].kind.value == "table_row"


# --- single rules, on grids of cell texts and one more real table -----------------------------

from nlp.figures import figures_in_sentence, figures_in_table  # noqa: E402


def _figs(grid, caption=""):
    return [f for _, f in figures_in_table(grid, 2024, None, caption)]


def test_a_ratio_under_100_is_a_decrease_and_the_header_names_the_pair():
    figs = _figs([["Chỉ tiêu", "ĐVT", "9 tháng năm 2024", "So sánh 9T2024/9T2023 (%)"],
                  ["Lượt khách quốc tế", "lượt", "12.400", "95,5"]])
    (f,) = figs
    assert f.period == "2024-9M" and f.value == 12_400
    assert (f.change.direction, f.change.percent, f.change.compared_with) == ("decrease", 4.5, "2023-9M")


def test_a_comparison_with_the_plan_or_in_the_rows_unit_is_no_change():
    figs = _figs([["Chỉ tiêu", "ĐVT", "Năm 2024", "Kế hoạch năm 2024", "TH/KH (%)", "Tăng/giảm (lượt)"],
                  ["Lượt khách quốc tế", "lượt", "12.400", "12.000", "103,3", "+400"]])
    (f,) = figs
    assert f.value == 12_400 and f.change is None


def test_a_same_period_column_is_the_same_months_a_year_before():
    figs = _figs([["Chỉ tiêu", "ĐVT", "9 tháng năm 2024", "Cùng kỳ năm 2023", "Tăng (+)/giảm (-) (%)"],
                  ["Doanh thu du lịch", "tỷ đồng", "1.320", "1.200", "+10"]])
    now = next(f for f in figs if f.period == "2024-9M")
    assert [f.period for f in figs] == ["2024-9M", "2023-9M"]
    assert now.baseline.period == "2023-9M" and now.baseline.value == 1_200e9
    assert now.change.percent == 10 and now.change.compared_with == "2023-9M"


def test_the_table_unit_from_its_caption_scales_the_cells():
    figs = _figs([["Chỉ tiêu", "Năm 2022", "Năm 2023"], ["Tổng thu từ du lịch", "2.100", "2.450,5"]],
                 caption="Bảng 2. Doanh thu du lịch (Đơn vị tính: tỷ đồng)")
    assert [(f.period, f.value, f.unit) for f in figs] == [("2022", 2_100e9, "VND"), ("2023", 2_450.5e9, "VND")]


def test_a_group_row_gives_the_rows_below_their_context_and_no_figure():
    figs = _figs([["TT", "Nội dung", "ĐVT", "Năm 2023"],
                  ["I", "Du lịch", "", ""],
                  ["1", "Doanh thu", "tỷ đồng", "3.650"],
                  ["II", "Xuất khẩu", "", ""],
                  ["1", "Kim ngạch", "triệu USD", "1.250"]])
    assert [(f.metric, f.value) for f in figs] == [("tourism_revenue", 3_650e9), ("export_value", 1_250e6)]


def test_a_label_merged_down_over_its_plan_and_actual_rows(tmp_path):
    d = _document()
    _bold(d, "I. KẾT QUẢ THỰC HIỆN")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    _fill(t, 0, ["Chỉ tiêu", "", "Năm 2023", "Ước năm 2024"])
    t.cell(0, 0).merge(t.cell(0, 1))
    t.cell(1, 0).merge(t.cell(3, 0)).text = "Lượt khách quốc tế (lượt)"
    _fill(t, 1, [None, "Kế hoạch", "150.000", "180.000"])
    _fill(t, 2, [None, "Thực hiện", "165.000", "172.500"])
    _fill(t, 3, [None, "Tỷ lệ đạt (%)", "110", "95,8"])
    path = tmp_path / "bang.docx"
    d.save(path)
    rec, doc = record_of(path)
    assert any(c.row_span == 3 for b in doc.blocks if b.kind.value == "table" for c in b.cells)
    figs = sorted((f.period, f.value, f.approximate) for f in rec.figures if f.metric == "visitors_international")
    assert figs == [("2023", 165_000, False), ("2024", 172_500, True)]


@pytest.mark.parametrize("sentence", [
    "Năm 2024, tỉnh đặt mục tiêu đón 2,5 triệu lượt khách.",
    "Dự kiến năm 2025, doanh thu du lịch đạt 7.000 tỷ đồng.",
    "Chỉ tiêu được giao năm 2024 là 300.000 lượt khách quốc tế.",
    "Tỉnh phấn đấu đến năm 2025 thu hút 3 triệu lượt khách.",
])
def test_targets_in_sentences_are_not_figures(sentence):
    assert figures_in_sentence(sentence, 2024) == []


@pytest.mark.parametrize("sentence, value", [
    ("Thực hiện mục tiêu đề ra, năm 2023 tỉnh đón 2,1 triệu lượt khách.", 2_100_000),
    ("Thực hiện Kế hoạch số 12/KH-UBND, năm 2023 tỉnh đón 2,1 triệu lượt khách.", 2_100_000),
    ("Năm 2024 tỉnh đặt mục tiêu đón 2,5 triệu lượt khách, đến nay đã đón 2,1 triệu lượt khách.", 2_100_000),
])
def test_results_beside_targets_are_figures(sentence, value):
    assert [f.value for f in figures_in_sentence(sentence, 2024)] == [value]


def test_a_row_with_its_own_unit_and_no_metric_is_other():
    figs = _figs([["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
                  ["1", "Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên", "cơ sở", "15"],
                  ["2", "Ghi chú", "", "15"]])
    assert [(f.metric, f.value, f.unit, f.unit_text) for f in figs] == [("other", 15, "count", "cơ sở")]


def test_the_value_cell_names_the_metric_where_the_row_label_does_not():
    figs = _figs([["STT", "Tên kênh", "Địa chỉ", "Số người theo dõi, lượt truy cập (đến 15/9/2024)"],
                  ["1", "Cổng Thông tin điện tử tỉnh", "english.province.gov.vn", "215.000 lượt truy cập"],
                  ["2", "Fanpage Du lịch", "facebook.com/dulich", "12.500 người theo dõi"],
                  ["3", "Kênh YouTube", "youtube.com/@tv", "48.200 người đăng ký"]])
    assert [(f.metric, f.value, f.unit, f.period) for f in figs] == [
        ("site_visits", 215_000, "visits", "2024-09"), ("followers", 12_500, "people", "2024-09"),
        ("followers", 48_200, "people", "2024-09")]
