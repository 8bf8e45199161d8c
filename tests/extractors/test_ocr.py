"""Scanned PDFs: OCR with Tesseract `vie`, character error rate, confidences, and a
mixed PDF read page by page (pdf_ocr.py, pdf_reader.py)."""

import pypdfium2 as pdfium
import pytest

from extractors import BlockKind, Limits, extract

from .builders import SCAN_LINES

pytestmark = pytest.mark.slow


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, two rows."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(hypothesis: str, reference: str) -> float:
    return edit_distance(hypothesis, reference) / max(len(reference), 1)


def test_edit_distance():
    assert edit_distance("kitten", "sitting") == 3 and cer("tỷ", "tỷ") == 0


def test_scanned_page_text_under_3_percent_cer(scan_doc):
    assert scan_doc.format == "pdf_scanned" and scan_doc.ocr_used and scan_doc.pages == 1
    text = " ".join(b.text for b in scan_doc.blocks)
    reference = " ".join(SCAN_LINES)
    assert cer(text, reference) < 0.03, text


def test_scanned_blocks_have_confidence_and_structure(scan_doc):
    assert 60 < scan_doc.ocr_confidence <= 100
    assert all(b.page == 1 and b.ocr_confidence is not None for b in scan_doc.blocks)
    assert scan_doc.blocks[0].kind == BlockKind.HEADING          # short capitals line
    # The five body lines make three sentences' paragraphs, not one block per line.
    assert len(scan_doc.blocks) < len(SCAN_LINES)


def test_mixed_pdf_read_page_by_page(built, report_pdf_path, scan_pdf_path):
    mixed = pdfium.PdfDocument.new()
    for src in (report_pdf_path, scan_pdf_path):
        other = pdfium.PdfDocument(str(src))
        mixed.import_pages(other, [0])
    path = built / "mixed.pdf"
    mixed.save(str(path))
    doc = extract(path, Limits(ocr_dpi=200))
    assert doc.format == "pdf" and doc.ocr_used and "mixed_pdf_ocr" in doc.warnings
    page1 = [b for b in doc.blocks if b.page == 1]
    page2 = [b for b in doc.blocks if b.page == 2]
    assert any(b.text.startswith("I. THỰC TRẠNG") for b in page1)
    assert all(b.ocr_confidence is None for b in page1)
    assert page2 and all(b.ocr_confidence is not None for b in page2)
    assert any("Quảng Ninh" in b.text for b in page2)
