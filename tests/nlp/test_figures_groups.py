"""Statistics tables whose rows take their meaning from around them: the period from the whole
header path ("Năm 2024" over "Ước thực hiện 6 tháng" is 2024-H1, not 2024), group rows numbered
"I | <group merged across the rest>" that give the rows below their context ("Vốn giải ngân"
under "Đầu tư trực tiếp nước ngoài" is fdi_disbursed), part rows ("Trong đó: cà phê", "- | Hồ
tiêu") that count what the row above counts, and cells as a phone photo's OCR gives them (a
number wrapped in a narrow cell, a numbering header read as "T T"). A real .docx with a
landscape section, and the same file printed to PDF by LibreOffice."""

from __future__ import annotations

import pytest

from extractors.convert import convert
from extractors.model import Block, BlockKind, Cell
from nlp.figures import figures_in_table
from nlp.figures.tables import table_grid

from .test_figures_tables import _bold, _document, _fill, _header, _set_orientation, _signature, find, record_of


def groups_table(d) -> None:
    t = d.add_table(rows=13, cols=7)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "ĐVT"
    t.cell(0, 3).text = "Năm 2023"
    t.cell(1, 3).text = "Thực hiện"
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Năm 2024"
    t.cell(1, 4).text = "Kế hoạch"
    t.cell(1, 5).text = "Ước thực hiện 6 tháng"
    t.cell(0, 6).merge(t.cell(1, 6)).text = "Tăng (+)/giảm (-) so với cùng kỳ (%)"
    t.cell(2, 0).text = "I"
    t.cell(2, 1).merge(t.cell(2, 6)).text = "ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI"
    _fill(t, 3, ["1", "Dự án được cấp phép mới", "dự án", "18", "20", "11", "+10,0"])
    _fill(t, 4, ["2", "Vốn đăng ký", "triệu USD", "245,6", "300", "132,8", "+5,2"])
    _fill(t, 5, ["3", "Vốn giải ngân", "triệu USD", "180,2", "200", "97,4", "+3,1"])
    t.cell(6, 0).text = "II"
    t.cell(6, 1).merge(t.cell(6, 6)).text = "XUẤT KHẨU"
    _fill(t, 7, ["4", "Kim ngạch xuất khẩu hàng hóa", "triệu USD", "1.540,0", "1.700", "812,5", "+8,4"])
    _fill(t, 8, ["", "Trong đó: cà phê nhân", "triệu USD", "420,3", "-", "236,1", "+12,0"])
    _fill(t, 9, ["-", "Hồ tiêu", "triệu USD", "96,7", "-", "51,2", "+4,5"])
    t.cell(10, 0).text = "III"
    t.cell(10, 1).merge(t.cell(10, 6)).text = "THÔNG TIN ĐỐI NGOẠI"
    _fill(t, 11, ["5", "Tin, bài đăng trên Cổng thông tin điện tử tỉnh", "tin, bài", "1.250", "1.300", "640", "+2,0"])
    _fill(t, 12, ["6", "Lượt truy cập Cổng thông tin điện tử tỉnh", "lượt", "215.400", "-", "118.900", "+9,6"])


def groups_report(path):
    d = _document()
    _header(d)
    _bold(d, "I. KẾT QUẢ THỰC HIỆN")
    d.add_paragraph("Tình hình đầu tư, xuất khẩu và thông tin đối ngoại 6 tháng đầu năm 2024:")
    land = d.add_section()
    _set_orientation(land, True)
    groups_table(d)
    portrait = d.add_section()
    _set_orientation(portrait, False)
    _bold(d, "II. ĐÁNH GIÁ CHUNG")
    d.add_paragraph("Công tác truyền thông được triển khai đồng bộ.")
    _signature(d)
    d.save(path)
    return path


def check_groups(figures) -> None:
    # the period from the header path: "Năm 2024" over "Ước thực hiện 6 tháng"
    assert find(figures, "fdi_projects", "2024-H1").value == 11
    assert find(figures, "fdi_projects", "2023").value == 18
    assert find(figures, "fdi_capital", "2024-H1").value == pytest.approx(132.8e6)
    assert find(figures, "fdi_disbursed", "2024-H1").value == pytest.approx(97.4e6)
    assert find(figures, "fdi_disbursed", "2023").value == pytest.approx(180.2e6)
    assert not [f for f in figures if f.period == "2024" and f.metric.startswith("fdi_")]
    # part rows count what the row above counts
    exports = sorted(f.value for f in figures if f.metric == "export_value" and f.period == "2024-H1")
    assert exports == pytest.approx([51.2e6, 236.1e6, 812.5e6])
    coffee = find(figures, "export_value", "2023", row="cà phê")
    assert coffee.value == pytest.approx(420.3e6) and coffee.label == "cà phê nhân"
    assert find(figures, "articles", "2024-H1").value == 640
    assert find(figures, "site_visits", "2024-H1").value == 118_900
    # the group rows and the plan column give nothing
    assert not [f for f in figures if f.metric in ("other", "budget")]
    assert not [f for f in figures if f.value in (20, 300e6, 200e6, 1_700e6, 1_300)]


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory):
    return groups_report(tmp_path_factory.mktemp("groups") / "bang_nhom.docx")


def test_group_rows_part_rows_and_header_paths_in_a_docx(docx_path):
    rec, _ = record_of(docx_path)
    check_groups(rec.figures)


@pytest.mark.slow
def test_the_same_table_printed_to_pdf(docx_path, tmp_path):
    rec, doc = record_of(convert(docx_path, tmp_path / "pdf", "pdf", timeout_s=120))
    assert doc.format == "pdf"
    check_groups(rec.figures)


# --- grids -------------------------------------------------------------------------------------

def _figs(grid, year=2024):
    return [f for _, f in figures_in_table(grid, year, None, "")]


@pytest.mark.parametrize("group_row", [
    ["II", "Đầu tư trực tiếp nước ngoài", "Đầu tư trực tiếp nước ngoài", "Đầu tư trực tiếp nước ngoài"],
    ["II", "Đầu tư trực tiếp nước ngoài", "", ""],
    ["II. Đầu tư trực tiếp nước ngoài", "", "", ""],
])
def test_a_group_row_however_the_reader_gives_its_merged_cell(group_row):
    figs = _figs([["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"], group_row,
                  ["1", "Số dự án cấp mới", "dự án", "27"],
                  ["2", "Vốn thực hiện", "triệu USD", "88,5"]])
    assert [(f.metric, f.value) for f in figs] == [("fdi_projects", 27), ("fdi_disbursed", 88.5e6)]


@pytest.mark.parametrize("top, sub, period", [
    ("Năm 2024", "Ước thực hiện 9 tháng", "2024-9M"),
    ("Năm 2023", "Quý III", "2023-Q3"),
    ("9 tháng đầu năm", "Năm 2023", "2023-9M"),
    ("Năm 2024", "Thực hiện tháng 8", "2024-08"),
])
def test_the_period_comes_from_the_whole_header_path(top, sub, period):
    figs = _figs([["Chỉ tiêu", "ĐVT", top], ["", "", sub], ["Lượt khách quốc tế", "lượt", "4.200"]])
    assert [(f.metric, f.period, f.value) for f in figs] == [("visitors_international", period, 4_200)]


def _row(index: int, cells: list[str]) -> Block:
    return Block(index=index, kind=BlockKind.TABLE_ROW, text=" | ".join(cells),
                 cells=[Cell(text=t, row=index, col=k) for k, t in enumerate(cells)], table_index=0)


def test_a_phone_photo_table_a_number_wrapped_in_its_cell_and_an_unreadable_numbering_header():
    rows = [_row(0, ["T\nT", "Chỉ tiêu", "ĐVT", "Năm\n2022", "Năm\n2023"]),
            _row(1, ["|", "Tổng lượt khách", "Lượt", "2.415.30\n0", "2.608.\n000"]),
            _row(2, ["2", "Khách quốc tế", "Lượt", "12.40\n0", "15.800"]),
            _row(3, ["3", "Doanh thu từ du lịch", "Tỷ\nđồng", "612,5", "704"])]
    grid = table_grid(rows)
    assert grid[1][3:] == ["2.415.300", "2.608.000"] and grid[2][3] == "12.40 0"
    figs = _figs(grid)
    got = [(f.metric, f.period, f.value) for f in figs]
    assert ("visitors_total", "2022", 2_415_300) in got and ("visitors_total", "2023", 2_608_000) in got
    # "12.40" / "0" is not a wrapped group (one separator): not joined, the value is left as read
    assert ("visitors_international", "2023", 15_800) in got
    assert ("tourism_revenue", "2022", 612.5e9) in got


def test_two_numbers_on_two_lines_of_a_cell_stay_two():
    grid = table_grid([_row(0, ["Chỉ tiêu", "Năm 2023"]), _row(1, ["Khách", "46,5\n12"]),
                       _row(2, ["Khách", "1.250\n120"])])
    assert [r[1] for r in grid[1:]] == ["46,5 12", "1.250 120"]


def test_a_channel_list_one_figure_per_row_from_the_cells_own_words_dated_by_the_header():
    figs = _figs([["TT", "Tên kênh", "Địa chỉ", "Số người theo dõi, lượt truy cập (tính đến 31/8/2024)"],
                  ["1", "Trang tiếng Anh của Cổng Thông tin điện tử tỉnh", "https://en.tinh.gov.vn", "58.300 lượt truy cập"],
                  ["2", "Fanpage “Về miền di sản”", "facebook.com/vemiendisan", "17.450 người theo dõi"],
                  ["3", "Zalo OA “Du lịch tỉnh”", "zalo.me/dulichtinh", "4.120 người quan tâm"]])
    assert [(f.metric, f.period, f.value, f.unit) for f in figs] == [
        ("site_visits", "2024-08", 58_300, "visits"), ("followers", "2024-08", 17_450, "people"),
        ("followers", "2024-08", 4_120, "people")]
    # the label is the channel, not its address
    assert [f.label for f in figs][1:] == ["Fanpage “Về miền di sản”", "Zalo OA “Du lịch tỉnh”"]


def test_a_unit_in_parentheses_is_the_figures_unit_not_part_of_its_label():
    (f,) = _figs([["Chỉ tiêu", "Năm 2023"], ["Khách quốc tế (nghìn lượt)", "21,3"]])
    assert (f.label, f.value, f.unit) == ("Khách quốc tế", 21_300, "visits")
