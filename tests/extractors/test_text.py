"""Text normalisation and legacy Vietnamese encodings (text.py)."""

import unicodedata

from extractors.text import clean, fix_legacy, looks_tcvn3, normalize, tcvn3_to_unicode


def test_normalize_nfc_whitespace_and_invisibles():
    decomposed = unicodedata.normalize("NFD", "Quảng Ninh")
    raw = f"  {decomposed}\u00a0\t đầu\u200b tư số\u00ad \n\n mới\ufeff "
    assert normalize(raw) == "Quảng Ninh đầu tư số mới"
    assert unicodedata.is_normalized("NFC", normalize(raw))


def test_normalize_keeps_newlines_when_asked():
    assert normalize("UBND TỈNH  X \n\n  Số: 12 ", keep_newlines=True) == "UBND TỈNH X\nSố: 12"


def test_tcvn3_mojibake_is_converted():
    warnings: list[str] = []
    assert fix_legacy("B¸o c¸o t×nh h×nh thùc hiÖn", warnings) == "Báo cáo tình hình thực hiện"
    assert warnings == ["legacy_encoding_converted: TCVN3 (read from the text)"]
    # "ư" is the soft-hyphen byte in TCVN3: conversion must run before invisible-char removal.
    assert clean("Tr\u00adêng häc vµ ®Þa ph\u00ad¬ng") == "Trường học và địa phương"


def test_tcvn3_capitals_font():
    assert tcvn3_to_unicode("b¸o c¸o", upper=True) == "BÁO CÁO"


def test_unicode_vietnamese_is_left_alone():
    text = "Thông tin và Truyền thông tỉnh Quảng Ninh đã ký báo cáo"
    assert not looks_tcvn3(text)
    warnings: list[str] = []
    assert fix_legacy(text, warnings) == text and warnings == []


def test_vni_text_is_converted():
    warnings: list[str] = []
    text = "Thoâng tin vaø Truyeàn thoâng tænh Quaûng Ninh"
    assert fix_legacy(text, warnings) == "Thông tin và Truyền thông tỉnh Quảng Ninh"
    assert warnings == ["legacy_encoding_converted: VNI-Windows (read from the text)"]
