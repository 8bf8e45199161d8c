"""Figure labels as whole noun phrases (nlp/noun_phrases.py): the label is the noun phrase the
matched words open or close, cut at a verb or a number, and the metric is decided from all of
it; in tables from the row label with its row group and its column group."""

from __future__ import annotations

import pytest

from nlp.figures.prose import figures_in_sentence
from nlp.figures.tables import figures_in_table
from nlp.noun_phrases import extend_right, subject_phrase, tagged


def _figures(sentence: str, year: int = 2024) -> list[tuple[str, float, str]]:
    return [(f.metric, f.value, f.label) for f in figures_in_sentence(sentence, year)]


def test_subject_noun_phrase_decides_the_metric():
    # "bài" alone is articles; the whole subject says where they were published
    got = _figures("Số bài viết về Phú Yên trên báo, tạp chí nước ngoài đạt 35 bài.")
    assert got == [("foreign_articles", 35.0, "Số bài viết về Phú Yên trên báo, tạp chí nước ngoài")]
    # a colon links the subject too, and a clause before a ";" is another subject
    got = _figures("Số bài viết về Phú Yên trên báo, tạp chí nước ngoài: 35 bài.")
    assert got == [("foreign_articles", 35.0, "Số bài viết về Phú Yên trên báo, tạp chí nước ngoài")]
    got = _figures("Năm 2024, số lượt truy cập Cổng thông tin điện tử đạt 1,2 triệu lượt; số bài viết về Phú Yên "
                   "trên báo, tạp chí nước ngoài đạt 35 bài.")
    assert ("foreign_articles", 35.0, "số bài viết về Phú Yên trên báo, tạp chí nước ngoài") in got


def test_noun_phrase_after_the_number_decides_the_metric():
    got = _figures("Năm 2024, tỉnh có 35 bài viết về Phú Yên trên báo, tạp chí nước ngoài.")
    assert got == [("foreign_articles", 35.0, "bài viết về Phú Yên trên báo, tạp chí nước ngoài")]


def test_real_report_sentences():
    # Hải Phòng (samples): the publication list after "như" is not part of the label
    got = _figures("Cũng trong năm 2023, thành phố đặt 12 bài viết giới thiệu môi trường đầu tư trên các báo "
                   "nước ngoài như CNN, BBC.")
    assert got == [("foreign_articles", 12.0, "bài viết giới thiệu môi trường đầu tư trên các báo nước ngoài")]
    # Đà Nẵng (samples): the phrase goes on past the matched "lượt khách", not into the change
    got = _figures("Năm 2023, thành phố đón 7,1 triệu lượt khách lưu trú, tăng 20% so với năm 2022.")
    assert got[0] == ("visitors_total", 7_100_000.0, "lượt khách lưu trú")
    # a portal's news stay articles: the phrase names no foreign outlet
    got = _figures("Năm 2024, đăng tải 1.250 tin, bài trên Cổng thông tin điện tử tỉnh.")
    assert got == [("articles", 1250.0, "tin, bài trên Cổng thông tin điện tử tỉnh")]


def test_label_ends_at_a_verb():
    # "được đăng" is a verb: the noun phrase ends before it
    sentence = "Trong năm 2024, có 120 tin, bài viết về Phú Yên được đăng trên các báo, tạp chí nước ngoài."
    start = sentence.index("tin, bài viết") + len("tin, bài viết")
    end = extend_right(sentence, start, len(sentence))
    assert sentence[:end].endswith("bài viết về Phú Yên")
    # the verb of the clause ends a subject: "đạt" is not part of it, nor what comes before a verb
    sentence = "Năm 2024, tỉnh tổ chức 5 sự kiện; lượng khách quốc tế đến tỉnh đạt 1,2 triệu lượt."
    start, end = subject_phrase(sentence, sentence.index("1,2"), sentence.index(";") + 1)
    assert sentence[start:end] == "lượng khách quốc tế đến tỉnh"


def test_label_ends_at_a_number():
    got = _figures('Fanpage "Visit Phu Yen" hiện có 45.000 người theo dõi, 1,2 triệu lượt xem video và 300 lượt '
                   "truy cập cổng thông tin điện tử tỉnh.")
    assert ("views", 1_200_000.0, "lượt xem video") in got     # not "... video và"
    assert ("site_visits", 300.0, "lượt truy cập cổng thông tin điện tử tỉnh") in got


def test_a_list_goes_on_only_inside_a_prepositions_object():
    # Đà Nẵng (samples): "08 ngôn ngữ và Cổng thông tin ..." names two things
    sentence = "Website du lịch danangfantasticity.com với 08 ngôn ngữ và Cổng thông tin điện tử thành phố."
    start = sentence.index("ngôn ngữ") + len("ngôn ngữ")
    assert extend_right(sentence, start, len(sentence)) == start


def test_periods_are_not_part_of_the_label():
    got = _figures("Cổng thông tin điện tử tỉnh đăng tải 420 tin, bài trong năm 2023.")
    assert got == [("articles", 420.0, "tin, bài")]


def test_tagging_is_cached_per_sentence():
    sentence = "Số bài viết về Phú Yên trên báo, tạp chí nước ngoài đạt 35 bài."
    tagged(sentence)
    hits = tagged.cache_info().hits
    words = tagged(sentence)
    assert tagged.cache_info().hits == hits + 1
    assert [w.text for w in words][:3] == ["Số", "bài", "viết"]
    assert all(sentence[w.start:w.end] == w.text for w in words)


@pytest.mark.parametrize("grid, expected", [
    # the row header alone (Thành phố Hồ Chí Minh, samples)
    ([["STT", "Nội dung", "Năm 2023", "Năm 2024"],
      ["1", "Tin, bài về Thành phố trên báo chí nước ngoài", "42", "97"]],
     ["foreign_articles", "foreign_articles"]),
    # the column group over the year columns (a merged header cell repeated over them)
    ([["STT", "Nội dung", "Báo chí nước ngoài", "Báo chí nước ngoài", "Cổng TTĐT tỉnh"],
      ["", "", "Năm 2023", "Năm 2024", "Năm 2024"],
      ["1", "Bài viết", "120", "150", "900"]],
     ["foreign_articles", "foreign_articles", "articles"]),
    # the group row above ("II. Báo chí nước ngoài")
    ([["STT", "Nội dung", "Năm 2023", "Năm 2024"],
      ["I", "Trong nước", "", ""],
      ["1", "Tin, bài", "300", "420"],
      ["II", "Báo chí nước ngoài", "", ""],
      ["1", "Tin, bài", "18", "45"]],
     ["articles", "articles", "foreign_articles", "foreign_articles"]),
])
def test_table_row_header_and_column_group(grid, expected):
    got = [f.metric for _, f in figures_in_table(grid, 2024)]
    assert got == expected


def test_channels_by_measures_table():
    """Rows name channels, the column groups what is counted (Phú Yên, batch 6): the column's
    measure the channel counts, made specific by the row; a cell's own unit words still win."""
    grid = [["TT", "Kênh, hình thức quảng bá", "Số tin, bài, video đăng tải", "Số tin, bài, video đăng tải",
             "Lượt xem, lượt truy cập", "Lượt xem, lượt truy cập"],
            ["", "", "Năm 2023", "9 tháng năm 2024", "Năm 2023", "9 tháng năm 2024"],
            ["1", "Cổng TTĐT tỉnh (phiên bản tiếng Anh)", "312", "268", "185.400", "162.300"],
            ["2", "Kênh YouTube “Phu Yen Tourism”", "36", "28", "620.000", "485.000"],
            ["3", "Báo, tạp chí nước ngoài", "14", "11", "-", "-"],
            ["4", "Kênh truyền hình, phát thanh đối ngoại (VTV4, VOV5)", "52", "34", "-", "-"]]
    got = [(f.metric, f.value, f.unit, f.period) for _, f in figures_in_table(grid, 2024)]
    assert got == [
        ("articles", 312, "count", "2023"), ("articles", 268, "count", "2024-9M"),
        ("site_visits", 185_400, "visits", "2023"), ("site_visits", 162_300, "visits", "2024-9M"),
        ("videos", 36, "count", "2023"), ("videos", 28, "count", "2024-9M"),
        ("views", 620_000, "visits", "2023"), ("views", 485_000, "visits", "2024-9M"),
        ("foreign_articles", 14, "count", "2023"), ("foreign_articles", 11, "count", "2024-9M"),
        ("articles", 52, "count", "2023"), ("articles", 34, "count", "2024-9M")]
    # a table whose rows are not channels keeps its rows' metrics
    grid = [["STT", "Chỉ tiêu", "Số tin, bài đăng tải", "Số tin, bài đăng tải"], ["", "", "Năm 2023", "Năm 2024"],
            ["1", "Lượt khách quốc tế", "1.000", "1.500"]]
    assert {f.metric for _, f in figures_in_table(grid, 2024)} <= {"visitors_international"}


@pytest.mark.parametrize("sentence, metric, period, value", [
    # a clause opened by "số" counts what all of it names, verbs and commas included
    ("Trong năm 2023, số lượt du khách nước ngoài đến tham quan, lưu trú tại các khu, điểm du lịch của tỉnh "
     "đạt 35.600 lượt.", "visitors_international", "2023", 35_600),
    ("Năm 2023, tỉnh tổ chức hội nghị xúc tiến; số lượt truy cập trang thông tin xúc tiến đầu tư bằng tiếng Nhật, "
     "tiếng Anh của tỉnh đạt 96.300 lượt.", "site_visits", "2023", 96_300),
    ("Trong 6 tháng đầu năm 2024, tổng số lượt xem các clip giới thiệu ẩm thực, lễ hội của tỉnh trên TikTok "
     "tính đến 30/6/2024 đạt 1,7 triệu lượt.", "views", "2024-06", 1_700_000),
    ("Năm 2024, số tin, bài, ảnh giới thiệu về tỉnh được đăng tải trên các báo, tạp chí nước ngoài là 42 tin, bài.",
     "foreign_articles", "2024", 42),
    # the period inside the clause, and the link read into the quantity ("ước đạt")
    ("Số lượt du khách quốc tế đến nghỉ dưỡng tại tỉnh trong 6 tháng đầu năm 2024 ước đạt 18.900 lượt.",
     "visitors_international", "2024-H1", 18_900),
])
def test_a_counted_clause_names_the_metric(sentence, metric, period, value):
    got = [(f.metric, f.period, f.value) for f in figures_in_sentence(sentence, 2024)]
    assert got == [(metric, period, value)]


def test_a_counted_clause_needs_its_link_and_a_unit():
    # no "đạt"/"là"/":" before the number: the clause is not its subject
    assert [f.metric for f in figures_in_sentence(
        "Năm 2023, số hóa tài liệu quảng bá, tổ chức tham quan cho 320 lượt khách mua vé xem.", 2024)] == ["other"]
    # a bare number is not read this way
    assert figures_in_sentence("Năm 2023, số thôn, xóm có điểm du lịch cộng đồng là 14.", 2024) == []


@pytest.mark.parametrize("sentence", [
    "Năm 2023, tỉnh đón 6.400 lượt khách du lịch Hàn Quốc.",
    "Năm 2023, du khách Nhật Bản đến tỉnh đạt 6.400 lượt.",
])
def test_visitors_from_a_named_foreign_country_are_international(sentence):
    assert [(f.metric, f.value) for f in figures_in_sentence(sentence, 2024)] == [("visitors_international", 6_400)]


def test_a_counted_clause_label_ends_before_its_period():
    (f,) = figures_in_sentence("Số lượt du khách quốc tế đến nghỉ dưỡng tại tỉnh trong 6 tháng đầu năm 2024 "
                               "ước đạt 18.900 lượt.", 2024)
    assert f.label.endswith("du khách quốc tế đến nghỉ dưỡng tại tỉnh")
    (f,) = figures_in_sentence("Kim ngạch xuất khẩu qua cửa khẩu Tân Thanh năm 2023 đạt 1,25 tỷ USD.", 2024)
    assert f.label.endswith("xuất khẩu qua cửa khẩu Tân Thanh") and f.period == "2023"
