"""The figures component (nlp/figures/) over small documents built with extractors.model."""

import pytest

from extractors.model import BlockKind, Cell, Document
from nlp.context import Context
from nlp.figures import extract_figures, figures_in_sentence
from storage.record import DocumentInfo


def _doc(*parts):
    """parts: (section, kind, text) or (section, "table", [[cells], ...])."""
    doc = Document(file_name="t.docx", format="docx")
    sections = {}
    for n, (section, kind, content) in enumerate(parts):
        if kind == "table":
            t = doc.add(BlockKind.TABLE, "\n".join(" | ".join(r) for r in content), table_index=n, page=2,
                        cells=[Cell(text=c, row=i, col=j) for i, r in enumerate(content) for j, c in enumerate(r)])
            sections[t.index] = section
            for i, r in enumerate(content):
                b = doc.add(BlockKind.TABLE_ROW, " | ".join(r), table_index=n, row=i, page=2,
                            cells=[Cell(text=c, row=i, col=j) for j, c in enumerate(r)])
                sections[b.index] = section
        else:
            b = doc.add(BlockKind(kind), content, page=1)
            sections[b.index] = section
    return doc, sections


def _run(*parts, date="2024-09-20"):
    doc, sections = _doc(*parts)
    ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name="t.docx", format="docx", date=date))
    ctx.section_of = sections
    extract_figures(ctx)
    return ctx.figures


def _one(figures, metric, period):
    found = [f for f in figures if f.metric == metric and f.period == period]
    assert len(found) == 1, [(f.metric, f.period, f.value) for f in figures]
    return found[0]


def test_prose_figure_with_change_and_evidence():
    figs = _run(("1", "paragraph", "Năm 2023, tỉnh đón 1,5 triệu lượt khách quốc tế, tăng 25% so với năm 2022."))
    (f,) = figs
    assert (f.metric, f.value, f.unit, f.period) == ("visitors_international", 1_500_000, "visits", "2023")
    assert f.change.direction == "increase" and f.change.percent == 25 and f.change.compared_with == "2022"
    assert f.baseline is None and not f.approximate
    assert f.evidence.block == 0 and f.evidence.section == "1" and f.evidence.page == 1
    assert "1,5 triệu lượt" in f.evidence.text


def test_stated_baseline_gives_two_figures():
    figs = _run(("1", "paragraph", "Lượt khách quốc tế tăng từ 1,2 triệu lượt năm 2022 lên 1,5 triệu lượt năm 2023."))
    old, new = _one(figs, "visitors_international", "2022"), _one(figs, "visitors_international", "2023")
    assert old.value == 1_200_000 and new.value == 1_500_000
    assert new.baseline.period == "2022" and new.baseline.value == 1_200_000
    assert old.baseline is None


def test_change_percent_is_not_a_figure_and_same_period_last_year():
    figs = _run(("1", "paragraph", "9 tháng đầu năm 2024, tổng lượt khách ước đạt 16,4 triệu lượt, tăng 12% so cùng kỳ."))
    (f,) = figs
    assert (f.metric, f.value, f.period, f.approximate) == ("visitors_total", 16_400_000, "2024-9M", True)
    assert f.change.percent == 12 and f.change.compared_with == "2023-9M"


def test_times_change():
    figs = _run(("1", "list_item", "Fanpage trên Facebook đến tháng 8/2024 có hơn 350 nghìn người theo dõi, "
                                    "tăng gấp 2,1 lần so với năm 2022."))
    (f,) = figs
    assert (f.metric, f.value, f.unit, f.period, f.approximate) == ("followers", 350_000, "people", "2024-08", True)
    assert f.change.times == 2.1 and f.change.direction == "increase" and f.change.compared_with == "2022"


@pytest.mark.parametrize("sentence,metric,value,unit", [
    ("Kim ngạch xuất khẩu đạt 2.348,3 triệu USD.", "export_value", 2_348_300_000, "USD"),
    ("Thu hút vốn đầu tư trực tiếp nước ngoài đạt 1,1 tỉ USD.", "fdi_capital", 1.1e9, "USD"),
    ("Vốn FDI đăng ký đạt 500 triệu USD.", "fdi_capital", 5e8, "USD"),
    ("Tổng thu từ khách du lịch đạt 36.680 tỷ đồng.", "tourism_revenue", 36_680e9, "VND"),
    ("Kênh YouTube năm 2023 đạt 4,6 triệu lượt xem.", "views", 4.6e6, "visits"),
    ("Cổng thông tin điện tử có 2.500.000 lượt truy cập.", "site_visits", 2.5e6, "visits"),
    ("Trang fanpage có 120.000 lượt theo dõi.", "followers", 120_000, "visits"),  # the unit the report writes
    ("Các bài đăng thu hút 80.000 lượt tương tác.", "engagement", 80_000, "visits"),
    ("Công suất phòng đạt 70%.", "room_occupancy", 70, "percent"),
    ("Cổng thông tin được duy trì với 04 phiên bản ngoại ngữ.", "languages", 4, "count"),
    ("Năm 2023 có 36 tin, bài viết được đăng trên báo chí nước ngoài.", "foreign_articles", 36, "count"),
    ("Sản xuất 48 phóng sự, chương trình giới thiệu về tỉnh.", "articles", 48, "count"),
    ("Tỉnh đón 12 đoàn famtrip với 86 phóng viên quốc tế.", "delegations", 12, "count"),
    ("Tổ chức 15 sự kiện quảng bá tại nước ngoài.", "events", 15, "count"),
    ("Phát hành 20.000 ấn phẩm quảng bá.", "publications", 20_000, "count"),
    ("Kinh phí thực hiện kế hoạch là 2,5 tỷ đồng.", "budget", 2.5e9, "VND"),
    ("Số lượt truy cập: 1.200.000.", "site_visits", 1.2e6, "visits"),
    ("Tăng trưởng GRDP đạt 7,5%.", "grdp", 7.5, "percent"),
    ("Đón hai mươi đoàn khách quốc tế.", "delegations", 20, "count"),
])
def test_metric_from_label(sentence, metric, value, unit):
    drafts = [d for d in figures_in_sentence(sentence, 2024) if d.metric == metric]
    assert drafts, figures_in_sentence(sentence, 2024)
    assert drafts[0].value == pytest.approx(value) and drafts[0].unit == unit


@pytest.mark.parametrize("sentence", [
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2023 của UBND tỉnh.",
    "Căn cứ Nghị quyết 47/NQ-CP, Điều 5 và khoản 2.",
    "Tỉnh xếp thứ 5 cả nước, đứng thứ 3 khu vực.",
    "Là một trong 58/63 địa phương đã ban hành kế hoạch.",
    "Liên hệ số điện thoại 0912354657.",
    "Giai đoạn 2022 - 2025, tỉnh tập trung quảng bá.",
    "Tỉnh đã xác định 05 yếu tố trọng tâm.",
    "Quảng Ninh nằm trong nhóm 10 địa phương thu hút FDI lớn nhất.",
    "Đạt 105% kế hoạch năm.",
    "Có hàng nghìn lượt khách tham dự.",
])
def test_non_figures(sentence):
    assert figures_in_sentence(sentence, 2024) == []


TABLE = [
    ["Chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023", "9 tháng 2024", "Tăng/giảm (%)"],
    ["Tổng lượt khách du lịch", "triệu lượt", "12,1", "15,2", "16,4", "+26"],
    ["Khách quốc tế", "nghìn lượt", "426", "1.400", "1.650", "+228,6"],
    ["Tổng thu từ du lịch", "tỷ đồng", "24.500", "36.680", "33.900", "+49,7"],
    ["Vốn FDI đăng ký", "triệu USD", "1.100", "2.348,3", "1.025,6", "+113,5"],
]


def test_table_periods_baseline_and_change():
    figs = _run(("1", "paragraph", "Một số chỉ tiêu chủ yếu như sau:"), ("1", "table", TABLE))
    assert len(figs) == 12
    f22, f23, f24 = (_one(figs, "fdi_capital", p) for p in ("2022", "2023", "2024-9M"))
    assert (f22.value, f23.value, f24.value) == (1.1e9, pytest.approx(2_348_300_000), pytest.approx(1_025_600_000))
    assert f23.unit == "USD" and f23.unit_text == "triệu USD"
    assert f23.baseline.period == "2022" and f23.baseline.value == 1.1e9
    assert f22.baseline is None and f24.baseline is None       # no 9 tháng 2023 column
    assert f23.change.percent == 113.5 and f23.change.compared_with == "2022" and f24.change is None
    rev = _one(figs, "tourism_revenue", "2023")
    assert rev.unit == "VND" and rev.value == 36_680e9
    # evidence: the TABLE_ROW block of the row
    assert f23.evidence.block == 6 and f23.evidence.text.startswith("Vốn FDI đăng ký") and f23.evidence.page == 2


def test_nine_months_against_nine_months():
    rows = [["Chỉ tiêu", "ĐVT", "9 tháng 2023", "9 tháng 2024", "So sánh (%)"],
            ["Lượt khách quốc tế", "Lượt", "200.000", "250.000", "125"]]
    figs = _run(("1", "table", rows))
    f = _one(figs, "visitors_international", "2024-9M")
    assert f.baseline.period == "2023-9M" and f.baseline.value == 200_000
    assert f.change.direction == "increase" and f.change.percent == 25 and f.change.compared_with == "2023-9M"


def test_english_separators_in_table():
    rows = [["Indicator", "2022", "2023"],
            ["Kim ngạch xuất khẩu (triệu USD)", "1,234.5", "2,345.6"]]
    figs = _run(("1", "table", rows))
    f = _one(figs, "export_value", "2023")
    assert f.value == pytest.approx(2_345_600_000) and f.baseline.value == pytest.approx(1_234_500_000)


def test_prose_and_table_give_one_figure():
    figs = _run(
        ("1", "paragraph", "Năm 2023, tỉnh đón 15,2 triệu lượt khách, tăng 26% so với năm 2022; trong đó khách quốc tế "
                           "đạt 1,4 triệu lượt, gấp 3,29 lần so với năm 2022."),
        ("1", "table", TABLE))
    f = _one(figs, "visitors_international", "2023")
    assert f.evidence.block == 0                                # the prose came first
    assert f.baseline.value == 426_000                          # from the table
    assert f.change.times == 3.29 and f.change.percent == 228.6
    assert len([x for x in figs if x.metric == "visitors_total"]) == 3


def test_only_body_sections():
    figs = _run(("preamble", "paragraph", "Năm 2023 tỉnh đón 1,5 triệu lượt khách quốc tế."),
                ("1", "paragraph", "Năm 2023 có 36 tin, bài viết trên báo chí nước ngoài."),
                ("3", "paragraph", "Đề nghị hỗ trợ kinh phí 5 tỷ đồng."),
                ("closing", "paragraph", "Năm 2023 đón 2 triệu lượt khách."))
    assert [f.metric for f in figs] == ["foreign_articles"]


def test_lead_in_period_applies_to_its_list():
    figs = _run(("1", "paragraph", "Kết quả năm 2023:"),
                ("1", "list_item", "- Phát hành 20.000 ấn phẩm quảng bá;"),
                ("1", "list_item", "- Tổ chức 15 sự kiện tại nước ngoài."))
    assert {(f.metric, f.period) for f in figs} == {("publications", "2023"), ("events", "2023")}


def test_period_in_earlier_sentence_of_the_block():
    figs = _run(("1", "paragraph", "Trong năm 2023, tỉnh đẩy mạnh quảng bá. Fanpage đạt 50.000 người theo dõi."))
    (f,) = figs
    assert f.period == "2023" and f.evidence.text == "Fanpage đạt 50.000 người theo dõi."


def test_before_after_table():
    rows = [["Nội dung", "Trước khi thực hiện Kế hoạch (năm 2022)", "Sau khi thực hiện Kế hoạch (9 tháng năm 2024)"],
            ["Lượt truy cập Cổng TTĐT phiên bản ngoại ngữ", "85.000", "410.000"]]
    figs = _run(("1", "table", rows))
    f = _one(figs, "site_visits", "2024-9M")
    assert f.baseline.period == "2022" and f.baseline.value == 85_000 and f.unit == "visits"
    assert _one(figs, "site_visits", "2022").baseline is None


def test_target_columns_are_not_figures():
    rows = [["Chỉ tiêu", "Kế hoạch 2024", "Thực hiện 2023"], ["Lượt khách quốc tế (lượt)", "500.000", "420.000"]]
    figs = _run(("1", "table", rows))
    assert [(f.period, f.value) for f in figs] == [("2023", 420_000)]


# --- table orientation ------------------------------------------------------------------------

def test_table_with_periods_down_the_rows_and_metrics_across():
    rows = [["STT", "Kỳ báo cáo", "Lượt khách quốc tế (lượt)", "Doanh thu du lịch (triệu đồng)", "Số sự kiện"],
            ["1", "Năm 2021", "52.000", "310.500", "4"],
            ["2", "Năm 2022", "88.000", "540.000", "7"],
            ["3", "Quý I/2023", "31.000", "190.000", "2"]]
    figs = _run(("2.1", "table", rows))
    assert {(f.metric, f.period, f.value, f.unit) for f in figs} == {
        ("visitors_international", "2021", 52_000, "visits"), ("visitors_international", "2022", 88_000, "visits"),
        ("visitors_international", "2023-Q1", 31_000, "visits"),
        ("tourism_revenue", "2021", 310_500e6, "VND"), ("tourism_revenue", "2022", 540_000e6, "VND"),
        ("tourism_revenue", "2023-Q1", 190_000e6, "VND"),
        ("events", "2021", 4, "count"), ("events", "2022", 7, "count"), ("events", "2023-Q1", 2, "count")}
    f = _one(figs, "visitors_international", "2022")
    assert f.baseline.period == "2021" and f.baseline.value == 52_000
    assert _one(figs, "visitors_international", "2023-Q1").baseline is None
    assert f.evidence.text.startswith("2 | Năm 2022")


def test_table_orientation_is_not_taken_from_the_caption_period():
    # a caption with a year must not turn the period column into values of that year
    figs = _run(("1", "paragraph", "Kết quả năm 2023 như sau:"),
                ("1", "table", [["Thời gian", "Kim ngạch xuất khẩu (triệu USD)"],
                                ["9 tháng 2023", "640"], ["9 tháng 2024", "702,5"]]))
    assert {(f.metric, f.period, f.value) for f in figs} == {
        ("export_value", "2023-9M", 640e6), ("export_value", "2024-9M", 702.5e6)}


# --- which sections give figures --------------------------------------------------------------

def test_data_table_in_an_appendix_after_the_signature():
    figs = _run(("1", "paragraph", "Kết quả cụ thể xem Phụ lục."),
                ("other", "heading", "PHỤ LỤC SỐ LIỆU"),
                ("other", "paragraph", "Năm 2023 đón 2 triệu lượt khách."),  # prose outside the body: no figure
                ("other", "table", [["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023"],
                                    ["Số đoàn phóng viên nước ngoài", "đoàn", "3", "5"]]))
    assert {(f.metric, f.period, f.value) for f in figs} == {("delegations", "2022", 3), ("delegations", "2023", 5)}
    assert all(f.evidence.section == "other" for f in figs)


def test_table_of_targets_outside_the_body_is_skipped():
    figs = _run(("other", "heading", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
                ("other", "table", [["Chỉ tiêu", "Năm 2025"], ["Lượt khách quốc tế (lượt)", "700.000"]]),
                ("preamble", "table", [["Nội dung", "Năm 2023"], ["Số tin, bài", "12"]]))
    assert figs == []


# --- periods of stock values ------------------------------------------------------------------

def test_a_stock_counted_now_has_no_period():
    figs = _run(("1", "heading", "2. Kết quả năm 2023"),
                ("1", "list_item", "- Năm 2023 đăng 300 tin, bài; hiện nay kênh YouTube của tỉnh có 12.500 người đăng ký."),
                ("1", "list_item", "- Tỉnh đến nay đã ký kết 7 biên bản ghi nhớ với các địa phương nước ngoài."),
                ("1", "list_item", "- Kể từ khi ban hành Đề án, Sở đã thực hiện 9 video giới thiệu điểm đến."))
    assert {(f.metric, f.period, f.value) for f in figs} == {
        ("articles", "2023", 300), ("followers", None, 12_500), ("partners", None, 7), ("videos", None, 9)}


def test_a_stock_with_its_date_takes_that_month():
    figs = _run(("1", "paragraph", "Năm 2023 đẩy mạnh quảng bá; hiện có, tính đến tháng 5/2024, 9.300 người theo dõi trang."),
                ("1", "paragraph", "Từ năm 2021 đến nay, tỉnh đã tổ chức 12 hội chợ."))
    assert {(f.metric, f.period, f.value) for f in figs} == {("followers", "2024-05", 9_300), ("events", "2021-2024", 12)}


def test_period_after_a_value_stops_at_a_semicolon():
    figs = _run(("1", "paragraph", "Tỷ lệ lấp đầy phòng năm 2023 đạt 61%; riêng tháng 7/2023 đạt 75%."),
                ("1", "paragraph", "Trang web có 6 thứ tiếng; năm 2023 đăng 410 bài viết."))
    assert {(f.metric, f.period, f.value) for f in figs} == {
        ("room_occupancy", "2023", 61), ("room_occupancy", "2023-07", 75),
        ("languages", None, 6), ("articles", "2023", 410)}


# --- what is not a figure ---------------------------------------------------------------------

def test_bare_number_counts_the_noun_right_after_it():
    figs = _run(("1", "paragraph", "Tỉnh chọn 12 điểm nhấn về văn hóa để giới thiệu trong bộ sách ảnh."))
    assert figs == []


def test_numbers_inside_a_quoted_name_are_not_figures():
    figs = _run(("1", "paragraph", 'Chương trình "3 ngày khám phá, 5 điểm đến" thu hút 4.000 lượt khách năm 2023.'),
                ("1", "paragraph", "Thông điệp “Một vùng đất, 2 di sản thế giới” được dùng thống nhất."))
    assert [(f.metric, f.period, f.value) for f in figs] == [("visitors_total", "2023", 4_000)]


def test_a_flattened_table_row_is_not_read_as_prose():
    figs = _run(("2.1", "paragraph", "Lượt khách quốc tế 120.000 180.000 210.000"))
    assert figs == []


def test_days_are_not_visitors():
    figs = _run(("1", "paragraph", "Chính sách lưu trú 45 ngày cho khách quốc tế giúp thu hút du khách."))
    assert figs == []


def test_followers_keep_the_unit_word_the_report_writes():
    # "người ..." counts people, "lượt ..." counts visits; the metric is followers either way
    figs = _run(("1", "list_item", "- Trang Zalo OA của Sở có 8.200 người quan tâm;"),
                ("1", "list_item", "- Fanpage của tỉnh có 40.000 lượt thích trang."),
                ("1", "list_item", "- Kênh TikTok của tỉnh hiện có 9.100 lượt theo dõi."))
    assert {(f.metric, f.unit, f.value) for f in figs} == {
        ("followers", "people", 8_200), ("followers", "visits", 40_000), ("followers", "visits", 9_100)}


def test_followers_in_a_table_keep_the_unit_of_their_label():
    figs = _run(("1", "table", [["Kênh", "Năm 2023"],
                                ["Fanpage - lượt thích trang", "52.000"],
                                ["YouTube - người đăng ký kênh", "7.300"]]))
    assert {(f.metric, f.unit, f.value) for f in figs} == {("followers", "visits", 52_000), ("followers", "people", 7_300)}


def test_table_cells_wrapped_over_lines_read_as_one_label_and_unit():
    # a PDF cell "Du khách\nquốc tế" is the label "Du khách quốc tế"; "Nghìn tỷ\nđồng" scales its row
    figs = _run(("1", "table", [["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023"],
                                ["Du khách\nquốc tế", "Nghìn\nlượt", "310", "655"],
                                ["Doanh thu\ndu lịch", "Nghìn tỷ\nđồng", "2,1", "3,4"]]))
    intl = _one(figs, "visitors_international", "2023")
    assert (intl.value, intl.unit, intl.label) == (655_000, "visits", "Du khách quốc tế")
    assert intl.baseline.value == 310_000
    assert _one(figs, "tourism_revenue", "2022").value == 2.1e12
    assert not [f for f in figs if f.metric == "visitors_total"]


def test_unit_column_multiplier_applies_to_every_value_of_its_row():
    figs = _run(("1", "table", [["Nội dung", "Đơn vị tính", "6 tháng 2023", "6 tháng 2024"],
                                ["Lượt khách nội địa", "Triệu lượt", "2,25", "2,6"],
                                ["Kim ngạch xuất khẩu", "Tỷ USD", "0,8", "0,95"]]))
    assert _one(figs, "visitors_domestic", "2024-H1").value == 2_600_000
    assert _one(figs, "visitors_domestic", "2023-H1").value == 2_250_000
    assert _one(figs, "export_value", "2024-H1").value == 950_000_000


@pytest.mark.parametrize("sentence,period,value", [
    ("Năm 2023, Festival Biển Nha Trang đón trên 300.000 lượt khách.", "2023", 300_000),
    ("Tỉnh đón 4 triệu lượt khách; riêng Tuần lễ văn hóa ẩm thực năm 2024 có 150 nghìn lượt khách.", "2024", 150_000),
    ("Tỉnh tổ chức thành công Hội chợ du lịch quốc tế năm 2023, thu hút 45.000 lượt khách tham quan.", "2023", 45_000),
])
def test_visitors_of_one_event_are_not_the_provinces_visitors(sentence, period, value):
    figs = _run(("1", "paragraph", sentence))
    others = [f for f in figs if f.metric == "other"]
    assert [(f.unit, f.period, f.value) for f in others] == [("visits", period, value)]
    assert not [f for f in figs if f.metric.startswith("visitors_") and f.value == value]


def test_province_visitors_beside_an_event_stay_visitors():
    figs = _run(("1", "paragraph", "Nhờ các lễ hội, năm 2023 tỉnh đón 6,2 triệu lượt khách, tăng 9% so với năm 2022."))
    (f,) = figs
    assert (f.metric, f.value, f.period) == ("visitors_total", 6_200_000, "2023")


@pytest.mark.parametrize("sentence,value,unit_text", [
    ("- Năm 2024, tỉnh mời 08 KOL nước ngoài đến trải nghiệm và quảng bá điểm đến.", 8, "KOL"),
    ("- Kết nối 40 doanh nghiệp lữ hành Hàn Quốc trong năm 2024.", 40, "doanh nghiệp"),
    ("- Năm 2024 có 30 doanh nghiệp nước ngoài tham gia khảo sát đầu tư.", 30, "doanh nghiệp"),
])
def test_counted_things_without_a_metric_in_a_result_statement_are_other(sentence, value, unit_text):
    (f,) = _run(("1", "list_item", sentence))
    assert (f.metric, f.unit, f.value, f.unit_text, f.period) == ("other", "count", value, unit_text, "2024")


@pytest.mark.parametrize("sentence", [
    "Tỉnh có 9 huyện, thị xã và 120 doanh nghiệp lữ hành.",
    "Tỉnh chưa lựa chọn yếu tố trọng tâm trong số 22 yếu tố của Sổ tay hướng dẫn.",
    "Kế hoạch xác định 6 nhóm nhiệm vụ và 15 doanh nghiệp nòng cốt.",
])
def test_counts_outside_result_statements_are_not_figures(sentence):
    assert _run(("1", "paragraph", sentence)) == []


def test_a_leaflet_counts_as_a_publication_not_as_a_multiple():
    (f,) = _run(("1", "list_item", "- In 15.000 tờ gấp giới thiệu điểm đến bằng tiếng Anh."))
    assert (f.metric, f.unit, f.value, f.change) == ("publications", "count", 15_000, None)


def test_mismatched_quotes_do_not_hide_a_figure():
    # OCR turns an opening quote into a closing one: ”Visit X" ... "Y" must not quote the number
    (f,) = _run(("1", "list_item", '- Fanpage ”Visit Ha Long" hiện có khoảng 64.000 người theo dõi; kênh "Ha Long TV" đăng video.'))
    assert (f.metric, f.unit, f.value, f.approximate) == ("followers", "people", 64_000, True)


def test_a_number_inside_a_quoted_name_is_still_no_figure():
    assert _run(("1", "paragraph", 'Chiến dịch "Một điểm đến, 8 trải nghiệm" được triển khai trên mạng xã hội.')) == []


def test_times_change_names_the_year_after_the_multiple():
    figs = _run(("1", "paragraph", "Năm 2023, số lượt truy cập đạt 900.000 lượt, gấp 2,4 lần năm 2021."))
    (f,) = figs
    assert f.change.times == 2.4 and f.change.compared_with == "2021" and f.period == "2023"


def test_results_appendix_naming_its_plan_is_read():
    figs = _run(("other", "heading", "PHỤ LỤC: KẾT QUẢ THỰC HIỆN MỤC TIÊU CỦA KẾ HOẠCH"),
                ("other", "table", [["Nội dung", "Năm 2023"], ["Số ấn phẩm phát hành", "1.500"]]))
    assert [(f.metric, f.period, f.value) for f in figs] == [("publications", "2023", 1_500)]


@pytest.mark.parametrize("sentence", [
    "- Kênh YouTube của tỉnh đến tháng 6/2024 có khoảng 12.000 người đăng ký (năm 2021: 3.400 người).",
    "- Kênh YouTube của tỉnh đến tháng 6/2024 có khoảng 12.000 người đăng ký (cuối năm 2021 là 3.400 người).",
])
def test_an_earlier_value_in_parentheses_is_a_figure_and_the_baseline(sentence):
    figs = _run(("1", "list_item", sentence))
    now, before = _one(figs, "followers", "2024-06"), _one(figs, "followers", "2021")
    assert (now.value, now.unit, now.approximate) == (12_000, "people", True)
    assert (now.baseline.period, now.baseline.value) == ("2021", 3_400)
    assert (before.value, before.unit, before.baseline) == (3_400, "people", None)


def test_copies_of_a_printed_item_are_publications():
    figs = _run(("1", "list_item", "- Năm 2023, in và phát hành bộ tài liệu giới thiệu tỉnh bằng 3 ngôn ngữ với "
                                   "6.000 bản, gửi tới các hội nghị xúc tiến."))
    f = _one(figs, "publications", "2023")
    assert (f.value, f.unit) == (6_000, "count")
    assert not [f for f in figs if f.metric == "events"]


def test_a_measured_amount_stated_as_a_level_is_an_other_figure():
    (f,) = _run(("1", "paragraph", "Năm 2024, diện tích trồng chè đạt khoảng 1.200 ha, tập trung ở các huyện phía Bắc."))
    assert (f.metric, f.unit, f.unit_text, f.value, f.period, f.approximate) == ("other", "other", "ha", 1_200, "2024", True)
    assert "diện tích trồng chè" in f.label


def test_a_duration_is_no_figure():
    assert _run(("1", "paragraph", "Năm 2024, đoàn công tác của tỉnh làm việc 05 ngày tại Nhật Bản.")) == []


def test_a_value_after_a_breakdown_continues_the_total_not_the_part():
    figs = _run(("1", "paragraph", "Năm 2022, tỉnh đón 3,1 triệu lượt khách du lịch, riêng khách nước ngoài đạt 45 nghìn "
                                   "lượt; 6 tháng đầu năm 2023 ước đạt 1,9 triệu lượt."))
    assert _one(figs, "visitors_total", "2023-H1").value == 1_900_000
    assert _one(figs, "visitors_international", "2022").value == 45_000


def test_an_event_named_after_a_list_bullet_is_still_one_event():
    figs = figures_in_sentence("- Festival Trà năm 2023 thu hút khoảng 320 nghìn lượt khách.", 2024)
    assert [(f.metric, f.value) for f in figs] == [("other", 320_000)]


def test_a_sub_item_takes_the_period_of_the_item_it_goes_on_with():
    figs = _run(("1", "list_item", "- Tổ chức đoàn xúc tiến thương mại tại Osaka (Nhật Bản) năm 2023."),
                ("1", "list_item", "+ Kết quả: đoàn ký kết 06 biên bản ghi nhớ hợp tác."),
                ("1", "list_item", "- Tham gia hội chợ tại Côn Minh; ký kết 03 biên bản ghi nhớ."))
    assert [(f.metric, f.period, f.value) for f in figs] == [("partners", "2023", 6), ("partners", None, 3)]


@pytest.mark.parametrize("sentence", [
    "Tham gia Hội chợ du lịch quốc tế ITE TP. Hồ Chí Minh 2022, 2023; đón 03 đoàn famtrip của Hàn Quốc.",
    "Năm 2022 và năm 2023, tỉnh tổ chức 03 đoàn xúc tiến tại Nhật Bản.",
])
def test_a_value_after_a_list_of_years_belongs_to_none_of_them(sentence):
    assert [(f.metric, f.period, f.value) for f in figures_in_sentence(sentence, 2024)] == [("delegations", None, 3)]


def test_a_sub_item_under_an_item_of_several_years_takes_none_of_them():
    figs = _run(("1", "list_item", "- Tham gia Hội chợ du lịch ITE 2022, 2023 tại TP. Hồ Chí Minh."),
                ("1", "list_item", "+ Một số video giới thiệu gian hàng đạt trên 200 nghìn lượt xem."))
    assert [(f.metric, f.period, f.value) for f in figs] == [("views", None, 200_000)]
