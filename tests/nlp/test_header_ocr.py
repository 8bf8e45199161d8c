"""Signature blocks as OCR gives them from a scan with a seal over the signer's position:
Tesseract joins the "Nơi nhận" list and the signature column into one line and puts specks
of the seal between them; the position beside a recipient is still the signer's."""

from __future__ import annotations

import pytest

from extractors.model import BlockKind, Document
from nlp.context import Context
from nlp.header import extract_header
from storage.record import DocumentInfo


def _signer(lines: list[tuple[BlockKind, str]]):
    doc = Document(file_name="scan.pdf", format="pdf_scanned", ocr_used=True)
    for kind, text in [(BlockKind.PARAGRAPH, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"),
                       (BlockKind.PARAGRAPH, "Trên đây là báo cáo của Ủy ban nhân dân tỉnh."),
                       (BlockKind.PARAGRAPH, "Nơi nhận:"), *lines]:
        doc.add(kind, text, ocr_confidence=80.0)
    ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name=doc.file_name,
                                                  format=doc.format, pages=1))
    extract_header(ctx)
    return ctx.info.signer


@pytest.mark.parametrize("specks", ["", " /", " >⁄ ⁄", " „ ` —", " | ~"])
def test_position_beside_a_recipient_behind_seal_specks(specks):
    signer = _signer([(BlockKind.HEADING, "TM. ỦY BAN NHÂN DÂN"),
                      (BlockKind.HEADING, "` — KT. CHỦ TỊCH"),
                      (BlockKind.LIST_ITEM, "- Như trên;"),
                      (BlockKind.LIST_ITEM, f"- Chủ tịch, các PCT UBND tỉnh;{specks} PHÓ CHỦ TỊCH"),
                      (BlockKind.LIST_ITEM, "- Lưu: VT, KGVX."),
                      (BlockKind.PARAGRAPH, "Trịnh Minh Khoa")])
    assert signer.position == "Phó Chủ tịch"
    assert signer.name == "Trịnh Minh Khoa"


def test_a_recipient_in_capitals_is_still_no_position():
    # words after the list item's end are the signature column's only when they follow its ';'
    signer = _signer([(BlockKind.HEADING, "KT. GIÁM ĐỐC"), (BlockKind.HEADING, "PHÓ GIÁM ĐỐC"),
                      (BlockKind.LIST_ITEM, "- GIÁM ĐỐC SỞ TÀI CHÍNH;"),
                      (BlockKind.PARAGRAPH, "Đỗ Thị Lan")])
    assert signer.position == "Phó Giám đốc"
