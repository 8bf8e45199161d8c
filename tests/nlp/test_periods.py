"""The period grammar (nlp/periods.py)."""

import pytest

from nlp.periods import (
    find_periods, header_period, is_comparable_earlier, parse_period, period_pair, resolve_relative,
    same_period_last_year,
)


@pytest.mark.parametrize("text,period", [
    ("năm 2023", "2023"),
    ("Năm 2023", "2023"),
    ("(2022)", "2022"),
    ("9 tháng đầu năm 2024", "2024-9M"),
    ("9 tháng năm 2024", "2024-9M"),
    ("9 tháng 2024", "2024-9M"),
    ("9T/2024", "2024-9M"),
    ("chín tháng đầu năm 2024", "2024-9M"),
    ("6 tháng đầu năm 2024", "2024-H1"),
    ("6 tháng đầu năm", "2024-H1"),          # the report's year fills in
    ("nửa đầu năm 2023", "2023-H1"),
    ("6 tháng cuối năm 2023", "2023-H2"),
    ("quý I/2024", "2024-Q1"),
    ("Quý II năm 2023", "2023-Q2"),
    ("quý 3/2024", "2024-Q3"),
    ("tháng 7/2024", "2024-07"),
    ("tháng 7 năm 2024", "2024-07"),
    ("đến 8/2024", "2024-08"),
    ("giai đoạn 2022-2023", "2022-2023"),
    ("giai đoạn 2022 - 2025", "2022-2025"),
    ("từ năm 2022 đến nay", "2022-2024"),
    ("năm học 2023/2024", "2023/2024"),
    ("năm nay", "2024"),
    ("10 tháng năm 2024", "2024-10M"),
])
def test_parse_period(text, period):
    assert parse_period(text, default_year=2024) == period


def test_without_a_year_the_bare_id():
    assert parse_period("6 tháng đầu năm") == "H1"


@pytest.mark.parametrize("text", ["trong 6 tháng", "2.023 lượt", "số 45/KH-UBND", "đạt 15,2 triệu lượt"])
def test_no_period(text):
    assert [p for p in find_periods(text, 2024) if p.period] == []


def test_compare_mentions():
    ps = find_periods("Năm 2023 đón 1,5 triệu lượt, tăng 12,5% so với năm 2022", 2024)
    assert [(p.period, p.compare) for p in ps] == [("2023", False), ("2022", True)]
    ps = find_periods("9 tháng đầu năm 2024 tăng 12% so cùng kỳ", 2024)
    assert ps[-1].compare and ps[-1].relative == "same"
    assert resolve_relative(ps[-1], "2024-9M") == "2023-9M"
    ps = find_periods("tăng 5% so với cùng kỳ năm 2023", 2024)
    assert resolve_relative(ps[-1], "2024-H1") == "2023-H1"


def test_dates_are_marked():
    (p,) = find_periods("tính đến ngày 30/6/2024", 2024)
    assert p.kind == "date" and p.as_of and p.period == "2024-06"
    (p,) = find_periods("Kế hoạch số 45/KH-UBND ngày 15/3/2023", 2024)
    assert p.kind == "date" and not p.as_of


@pytest.mark.parametrize("period,previous", [
    ("2024-9M", "2023-9M"), ("2023", "2022"), ("2024-Q1", "2023-Q1"), ("2024-07", "2023-07"),
    ("2024-H1", "2023-H1"), ("2022-2023", "2020-2021"), (None, None),
])
def test_same_period_last_year(period, previous):
    assert same_period_last_year(period) == previous


def test_comparable():
    assert is_comparable_earlier("2022", "2023")
    assert is_comparable_earlier("2023-9M", "2024-9M")
    assert not is_comparable_earlier("2023", "2024-9M")


@pytest.mark.parametrize("text,period", [
    ("số lượt truy cập gấp 2,4 lần năm 2021", "2021"),
    ("doanh thu gấp đôi năm 2020", "2020"),
    ("gấp 3 lần năm trước", "2023"),
])
def test_year_after_a_multiple_is_compared_against(text, period):
    (p,) = [p for p in find_periods(text, 2024) if p.period]
    assert p.period == period and p.compare


def test_a_count_of_times_in_a_year_is_not_a_comparison():
    (p,) = find_periods("tổ chức 2 lần năm 2023", 2024)
    assert p.period == "2023" and not p.compare


@pytest.mark.parametrize("head, pair", [
    ("So sánh 2023/2022 (%)", ("2023", "2022")),
    ("9T2024/9T2023", ("2024-9M", "2023-9M")),
    ("So sánh (%) 9 tháng 2024/9 tháng 2023", ("2024-9M", "2023-9M")),
    ("Tăng (+)/giảm (-) (%)", None),
])
def test_period_pair_in_a_comparison_header(head, pair):
    assert period_pair(head, 2024) == pair


@pytest.mark.parametrize("parts, default_year, period", [
    (["Năm 2024", "Ước thực hiện 9 tháng"], None, "2024-9M"),      # the most specific part wins
    (["Năm 2023", "Thực hiện"], None, "2023"),
    (["Năm 2024", "Quý II"], None, "2024-Q2"),
    (["Năm 2024", "Tháng 8"], None, "2024-08"),
    (["9 tháng đầu năm", "Năm 2023"], None, "2023-9M"),          # a year under the months: of that year
    (["6 tháng đầu năm 2024", "Năm 2024"], None, "2024-H1"),     # a bare year below says no more
    (["Ước TH 6T"], 2024, "2024-H1"),                             # no year in the path: the report's
    (["Kế hoạch"], 2024, None),
])
def test_header_period_from_the_whole_path(parts, default_year, period):
    assert header_period(parts, default_year) == period
