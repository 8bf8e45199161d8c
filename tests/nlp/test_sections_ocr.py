"""Sections of an OCR'd report whose Roman labels Tesseract misread on a photo ("I." ->
"IL.", "II." -> "IIL", "III." -> "HI."): the outline comes out as from the clean text; the
same misreads typed in a .docx are not taken for labels (typed text stays strict)."""

from __future__ import annotations

import pytest

from extractors.model import Block, BlockKind
from nlp.sections import heading_text
from tests.nlp._docs import run, standard_report

MISREAD = {"I. THỰC TRẠNG": "IL. THỰC TRẠNG", "II. ĐÁNH GIÁ": "IIL ĐÁNH GIÁ", "III. ĐỀ XUẤT": "HI. ĐỀ XUẤT"}


def _report(ocr: bool, misread: bool):
    doc = standard_report()
    for b in doc.blocks:
        for good, bad in MISREAD.items():
            if misread and b.text.startswith(good):
                b.text = bad + b.text[len(good):]
        if ocr:
            b.ocr_confidence = 88.0
    if ocr:
        doc.format, doc.file_name, doc.ocr_used = "pdf_scanned", "anh_chup.pdf", True
    return doc


def _sections(ctx) -> dict[str, str]:
    return {b.text: ctx.section_of.get(b.index) for b in ctx.document.body()}


def test_misread_roman_labels_of_an_ocr_report_give_the_clean_outline():
    clean = run(_report(ocr=True, misread=False))
    photo = run(_report(ocr=True, misread=True))
    assert [s.section for s in photo.sections] == ["preamble", "1", "2.1", "2.2", "2.3", "3", "closing"]
    assert list(_sections(photo).values()) == list(_sections(clean).values())
    heads = {s.section: s.heading for s in photo.sections}
    assert heads["1"].startswith("I. THỰC TRẠNG") and heads["3"] == "III. ĐỀ XUẤT, KIẾN NGHỊ"
    # evidence keeps what the page gave
    one = next(s for s in photo.sections if s.section == "1")
    assert one.evidence.text.startswith("IL. THỰC TRẠNG")


def test_typed_text_keeps_strict_labels():
    typed = run(_report(ocr=False, misread=True))
    heading_blocks = {typed.document.blocks[i].text for i in typed.heading_blocks}
    assert not any(t.startswith(("I. ", "II. ", "III. ")) for t in heading_blocks)
    for b in typed.document.blocks:
        assert heading_text(b) == b.text


@pytest.mark.parametrize("text, fixed", [
    ("IL. KẾT QUẢ THỰC HIỆN", "I. KẾT QUẢ THỰC HIỆN"),
    ("IIL NHỮNG TỒN TẠI", "II. NHỮNG TỒN TẠI"),
    ("HI. PHƯƠNG HƯỚNG NHIỆM VỤ", "III. PHƯƠNG HƯỚNG NHIỆM VỤ"),
    ("Il. ĐỀ XUẤT", "II. ĐỀ XUẤT"),
    ("IL. Đánh giá chung", "I. Đánh giá chung"),                 # not in capitals, but an outline wording
    ("IIL", "II."),                                               # a label on a line of its own
    ("HI.", "III."),
    # left alone: not a heading after it, not a numeral, already a label, an abbreviation
    ("HI. chúng tôi đã làm việc với đối tác", None),
    ("L. KẾT QUẢ", None),
    ("II. KẾT QUẢ", None),
    ("HĐND tỉnh đã thông qua", None),
    ("VLXD TỈNH", None),
    ("II", None),
    ("H", None),
])
def test_ocr_roman_label_repair(text, fixed):
    block = Block(index=0, kind=BlockKind.HEADING, text=text, ocr_confidence=70.0)
    assert heading_text(block) == (fixed or text)


def test_a_misread_label_on_a_line_of_its_own_labels_the_heading_below():
    doc = _report(ocr=True, misread=False)
    for b in list(doc.blocks):
        if b.text.startswith("III. ĐỀ XUẤT"):
            b.text = b.text[len("III. "):]
            doc.blocks.insert(b.index, Block(index=b.index, kind=BlockKind.PARAGRAPH, text="HI.", ocr_confidence=80.0))
            break
    for i, b in enumerate(doc.blocks):
        b.index = i
    ctx = run(doc)
    three = next(s for s in ctx.sections if s.section == "3")
    assert three.heading == "III. ĐỀ XUẤT, KIẾN NGHỊ"
