"""Blocks of PDFs and scans carry their box on the page (fractions of width and height), so the
review page can draw a value's evidence on the page image; the record's evidence keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.model import BlockKind
from flows.pipeline import extract_record

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inbox"


def _check_boxes(doc):
    body = [b for b in doc.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    assert body and all(b.bbox is not None for b in body)
    for b in body:
        x0, top, x1, bottom = b.bbox
        assert 0 <= x0 < x1 <= 1 and 0 <= top < bottom <= 1, (b.index, b.bbox)


def test_text_pdf_blocks_have_their_box_on_the_page():
    doc = extract(SAMPLES / "BacNinh_BC-UBND_3836_final.pdf")
    _check_boxes(doc)
    number = next(b for b in doc.blocks if b.text.startswith("Số:"))
    assert number.page == 1 and number.bbox[2] < 0.5 and number.bbox[3] < 0.2   # the header's left column
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows and all(r.bbox[1] < r.bbox[3] for r in rows)


def test_the_record_evidence_keeps_the_box():
    path = SAMPLES / "BacNinh_BC-UBND_3836_final.pdf"
    record, _, _ = extract_record(path, "0" * 64)
    figures = record.to_json_dict()["figures"]
    assert figures and all(f["evidence"]["bbox"] and f["evidence"]["page"] for f in figures)


@pytest.mark.slow
def test_ocr_blocks_have_their_box_on_the_scan():
    doc = extract(SAMPLES / "SonLa_BC247_scan.pdf")
    assert doc.ocr_used
    _check_boxes(doc)
    first = doc.blocks[0]
    assert first.page == 1 and first.bbox[1] < 0.25   # the header is at the top of page 1
