"""The number grammar (nlp/numbers.py) on real report phrasings, quantities and non-quantities."""

import pytest

from nlp.numbers import find_quantities, guess_style, parse_numeral, parse_quantity, parse_written, unit_of

# text, value, unit, approximate
QUANTITIES = [
    ("đón 1.534.567 lượt khách", 1534567, "visits", False),
    ("đạt 15,2 triệu lượt khách", 15_200_000, "visits", False),
    ("ước đạt 1,1 tỉ USD", 1_100_000_000, "USD", True),
    ("đạt 1,1 tỷ USD", 1_100_000_000, "USD", False),
    ("91 nghìn lượt khách quốc tế", 91_000, "visits", False),
    ("91 ngàn lượt", 91_000, "visits", False),
    ("2.348,3 triệu USD", 2_348_300_000, "USD", False),
    ("tổng thu 36.680 tỷ đồng", 36_680e9, "VND", False),
    ("kinh phí 500 triệu đồng", 500e6, "VND", False),
    ("kinh phí 1,2 tỷ VNĐ", 1.2e9, "VND", False),
    ("kinh phí 350.000.000 đồng", 350e6, "VND", False),
    ("kinh phí 350.000.000đ", 350e6, "VND", False),
    ("chi 200 trđ cho quảng bá", 200e6, "VND", False),
    ("vốn 25 triệu đô la Mỹ", 25e6, "USD", False),
    ("1,2 nghìn tỷ đồng", 1.2e12, "VND", False),
    ("công suất phòng đạt 70%", 70, "percent", False),
    ("đạt 65,5 %", 65.5, "percent", False),
    ("chiếm 30 phần trăm", 30, "percent", False),
    ("hơn 120.000 lượt theo dõi", 120_000, "visits", True),
    ("gần 2 triệu lượt xem", 2e6, "visits", True),
    ("trên 50 bài viết", 50, "count", True),
    ("khoảng 300 người tham dự", 300, "people", True),
    ("xấp xỉ 4,5 triệu lượt", 4.5e6, "visits", True),
    ("trên dưới 20 đoàn", 20, "count", True),
    ("ước tính đạt khoảng 2 triệu lượt", 2e6, "visits", True),
    ("350 nghìn người theo dõi", 350_000, "people", False),
    ("04 phiên bản ngoại ngữ", 4, "count", False),
    ("08 địa phương", 8, "count", False),
    ("48 phóng sự, chương trình", 48, "count", False),
    ("36 tin, bài viết", 36, "count", False),
    ("12 đoàn famtrip", 12, "count", False),
    ("86 phóng viên, nhà báo quốc tế", 86, "people", False),
    ("25 dự án FDI", 25, "count", False),
    ("in 10.000 ấn phẩm", 10_000, "count", False),
    ("sản xuất 15 video clip", 15, "count", False),
    ("5 ngôn ngữ", 5, "count", False),
    ("tổ chức 7 sự kiện", 7, "count", False),
    ("150 phòng", 150, "other", False),
    ("1.500 lượt người", 1500, "visits", False),
    ("hai mươi lăm sự kiện", 25, "count", False),
    ("ba đoàn", 3, "count", False),
    ("một nghìn lượt", 1000, "visits", False),
    ("ba mươi bài viết", 30, "count", False),
    ("mười hai video", 12, "count", False),
    ("1,234 lượt", 1234, "visits", False),            # English thousands in prose about whole things
    ("tăng gấp 2,1 lần", 2.1, "other", False),
    ("15tr đồng", 15e6, "VND", False),
]


@pytest.mark.parametrize("text,value,unit,approximate", QUANTITIES)
def test_quantity(text, value, unit, approximate):
    q = parse_quantity(text)
    assert q is not None, text
    assert q.value == pytest.approx(value, rel=1e-9)
    assert q.unit == unit
    assert q.approximate is approximate


RANGES = [
    ("từ 10 - 15%", 10, 15, "percent"),
    ("10-12 triệu lượt", 10e6, 12e6, "visits"),
    ("từ 20 đến 30 sự kiện", 20, 30, "count"),
    ("khoảng 3 – 4 tỷ đồng", 3e9, 4e9, "VND"),
]


@pytest.mark.parametrize("text,low,high,unit", RANGES)
def test_range(text, low, high, unit):
    q = parse_quantity(text)
    assert q.value == pytest.approx(low) and q.high == pytest.approx(high)
    assert q.unit == unit and q.approximate


# text, why it is not a quantity
NOT_QUANTITIES = [
    ("theo Kế hoạch số 45/KH-UBND", "doc_number"),
    ("Công văn số 3836/BTTTT-TTĐN", "doc_number"),
    ("Nghị quyết 47/NQ-CP", "doc_number"),
    ("Quyết định số 2013/QĐ-TTg", "doc_number"),
    ("Nghị quyết số 17-NQ/TU", "doc_number"),
    ("ngày 15/3/2023", "date"),
    ("ngày 20 tháng 9", "date"),
    ("tháng 8/2024", "period"),
    ("năm 2023", "period"),
    ("giai đoạn 2022 - 2023", "period"),
    ("Điều 5", "legal"),
    ("khoản 2 Điều 3", "legal"),
    ("xếp thứ 5 cả nước", "ordinal"),
    ("đứng thứ 3", "ordinal"),
    ("lần thứ 2", "ordinal"),
    ("nằm trong nhóm 10 địa phương", "ordinal"),
    ("là một trong 08 địa phương", "ordinal"),
    ("58/63 địa phương", "ratio"),
    ("số điện thoại: 0912354657", "phone"),
    ("Hotline 1900 1234", "phone"),
    ("đại dịch COVID-19", "code"),
    ("đạt 105% kế hoạch", "plan"),
    ("hoàn thành 100% chỉ tiêu", "plan"),
    ("1. Tình hình xây dựng Kế hoạch", "section"),
    ("trong 2023 tỉnh đã", "year"),
    ("số 115 Trần Duy Hưng", "doc_number"),
    ("lúc 14:30", "time"),
    ("cách mạng công nghiệp 4.0", "code"),
]


@pytest.mark.parametrize("text,reason", NOT_QUANTITIES)
def test_not_a_quantity(text, reason):
    assert find_quantities(text) == [], text
    skipped = find_quantities(text, include_skipped=True)
    assert skipped and skipped[0].skip == reason


@pytest.mark.parametrize("text", ["hàng nghìn lượt khách", "một số sự kiện", "hai bên", "một sự kiện", "năm nay",
                                  "mười năm qua", "nhiều bài viết"])
def test_vague_words_are_not_numbers(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("token,style,value", [
    ("1.234.567", None, 1234567), ("2.348,3", None, 2348.3), ("15,2", None, 15.2), ("1.5", None, 1.5),
    ("1,234.5", None, 1234.5), ("1,234,567", None, 1234567), ("1,234", "en", 1234), ("1,234", "vi", 1.234),
    ("1.234", "en", 1.234), ("08", None, 8), ("12,1", None, 12.1),
])
def test_parse_numeral(token, style, value):
    assert parse_numeral(token, style) == pytest.approx(value)


def test_english_table_style_read_by_context():
    cells = ["1,234.5", "12,345,678", "3.5"]
    assert guess_style(cells) == "en"
    assert parse_quantity("1,234", style="en").value == 1234
    assert guess_style(["1.234,5", "2.348,3"]) == "vi"


@pytest.mark.parametrize("words,value", [
    ("hai", 2), ("ba mươi", 30), ("hai mươi mốt", 21), ("mười lăm", 15), ("một nghìn", 1000),
    ("ba trăm linh năm", 305), ("hai mươi tư", 24), ("năm trăm nghìn", 500_000), ("hai triệu", 2e6),
])
def test_written_numbers(words, value):
    assert parse_written(words) == value


@pytest.mark.parametrize("cell,unit,mult", [
    ("triệu lượt", "visits", 1e6), ("nghìn lượt", "visits", 1e3), ("tỷ đồng", "VND", 1e9),
    ("Triệu USD", "USD", 1e6), ("%", "percent", 1), ("Lượt", "visits", 1), ("bài", "count", 1),
    ("Nghìn tỷ đồng", "VND", 1e12), ("Nghìn tỷ\nđồng", "VND", 1e12), ("Tỷ USD", "USD", 1e9), ("Triệu\nlượt", "visits", 1e6),
    # ĐVT abbreviations of statistics tables
    ("Tr.USD", "USD", 1e6), ("Tr.đ", "VND", 1e6), ("Nghìn lượt khách", "visits", 1e3), ("Tỷ VNĐ", "VND", 1e9),
])
def test_unit_of(cell, unit, mult):
    u, _, m = unit_of(cell)
    assert (u, m) == (unit, mult)


def test_several_quantities_in_order():
    qs = find_quantities("Năm 2023 đón 15,2 triệu lượt khách, tăng 26% so với năm 2022; doanh thu 36.680 tỷ đồng.")
    assert [q.value for q in qs] == [15_200_000, 26, 36_680e9]
    assert [q.unit for q in qs] == ["visits", "percent", "VND"]


@pytest.mark.parametrize("text,unit_text", [
    ("miễn thị thực 45 ngày cho khách", "ngày"), ("chương trình kéo dài 3 ngày đêm", "ngày đêm"),
    ("lưu trú 2 đêm", "đêm"), ("tổ chức trong 2 tuần", "tuần"),
])
def test_durations_are_other_units(text, unit_text):
    (q,) = find_quantities(text)
    assert q.unit == "other" and q.unit_text == unit_text


@pytest.mark.parametrize("text,unit_text", [
    ("mời 06 KOL quốc tế", "KOL"), ("12 travel blogger Hàn Quốc", "travel blogger"),
    ("hợp tác với 3 nhà sáng tạo nội dung", "nhà sáng tạo nội dung"), ("thu hút 25 doanh nghiệp", "doanh nghiệp"),
])
def test_campaign_participants_are_counted(text, unit_text):
    (q,) = find_quantities(text)
    assert q.unit == "count" and q.unit_text == unit_text


@pytest.mark.parametrize("text", [
    "chuyên trang về 70 năm Chiến thắng Điện Biên Phủ", "kỷ niệm 30 năm thành lập tỉnh", "sau 5 năm triển khai",
])
def test_years_elapsed_are_no_quantity(text):
    assert find_quantities(text) == []
    assert [q.skip for q in find_quantities(text, include_skipped=True)] == ["duration"]


def test_a_number_before_a_dated_year_is_not_years_elapsed():
    assert [q.value for q in find_quantities("đón 12 đoàn năm 2023")] == [12]
