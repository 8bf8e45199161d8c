"""Reading what a reviewer types, and where a value under an absent object is saved."""

from __future__ import annotations

import pytest

from review.fields import FieldError, correction_for, format_number, parse_number, read_value


@pytest.mark.parametrize("typed, value", [
    ("1.500.000", 1500000), ("1500000", 1500000), ("15,2", 15.2), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.500", 1500), ("0,5", 0.5), ("-3,2", -3.2), (" 2 500 ", 2500), ("12.5", 12.5)])
def test_numbers_as_reviewers_type_them(typed, value):
    assert parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["mười hai", "12%", "1,2,3,4x", "", "--1"])
def test_not_numbers(typed):
    with pytest.raises(ValueError):
        parse_number(typed)


def test_format_number_uses_vietnamese_separators():
    assert (format_number(1500000), format_number(15.2), format_number(1234.5)) == ("1.500.000", "15,2", "1.234,5")


def test_read_value_checks_the_vocabulary_and_required_values():
    options = {"visitors_total": "Tổng lượt khách"}
    assert read_value("select", "visitors_total", options) == "visitors_total"
    with pytest.raises(FieldError, match="danh mục"):
        read_value("select", "happiness", options)
    with pytest.raises(FieldError, match="số"):
        read_value("number", "", nullable=False)
    assert read_value("multiselect", "mic, government", {"mic": "", "government": ""}) == ["mic", "government"]
    with pytest.raises(FieldError, match="trống"):
        read_value("longtext", "  ", nullable=False)


def test_a_value_under_an_absent_change_sets_the_whole_change():
    record = {"figures": [{"metric": "visitors_total", "change": None, "baseline": None}]}
    assert correction_for(record, "figures[0].change.percent", -8.2) == (
        "figures[0].change", {"direction": "decrease", "percent": -8.2, "times": None, "compared_with": None})
    assert correction_for(record, "figures[0].baseline.value", 10.0) == (
        "figures[0].baseline", {"period": None, "value": 10.0})
    record["figures"][0]["change"] = {"direction": "increase", "percent": 5.0, "times": None, "compared_with": None}
    assert correction_for(record, "figures[0].change.percent", 6.0) == ("figures[0].change.percent", 6.0)
