"""Session-scoped fixtures: each real document (and each LibreOffice conversion or OCR
run) is built once and shared, which keeps the extractor suite within a few minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import Limits, extract
from extractors.convert import convert

from .builders import long_table_docx, report_docx, scan_pdf, table_scan_pdf


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("extractors")


@pytest.fixture(scope="session")
def report_docx_path(built) -> Path:
    return report_docx(built / "bao_cao.docx")


@pytest.fixture(scope="session")
def report_doc(report_docx_path):
    return extract(report_docx_path)


@pytest.fixture(scope="session")
def report_pdf_path(built) -> Path:
    """The report over three pages, printed to PDF by LibreOffice."""
    src = report_docx(built / "bao_cao_3trang.docx", pages=3, text_box=False)
    return convert(src, built / "pdf", "pdf", timeout_s=120)


@pytest.fixture(scope="session")
def report_pdf(report_pdf_path):
    return extract(report_pdf_path)


@pytest.fixture(scope="session")
def long_table_pdf(built):
    src = long_table_docx(built / "bang_dai.docx")
    return extract(convert(src, built / "pdf", "pdf", timeout_s=120))


@pytest.fixture(scope="session")
def scan_pdf_path(built) -> Path:
    return scan_pdf(built / "scan.pdf", dpi=200)


@pytest.fixture(scope="session")
def scan_doc(scan_pdf_path):
    return extract(scan_pdf_path, Limits(ocr_dpi=200))


@pytest.fixture(scope="session")
def table_scan_doc(built):
    """A scanned page (200 dpi, rotated 0.3 degrees) holding a bordered table."""
    return extract(table_scan_pdf(built / "bang_scan.pdf", dpi=200), Limits(ocr_dpi=200))


@pytest.fixture(scope="session")
def converted(built, report_docx_path) -> dict[str, Path]:
    """The report saved by LibreOffice as .doc, .odt and .rtf."""
    out = built / "lo"
    return {fmt: convert(report_docx_path, out, target, timeout_s=120)
            for fmt, target in (("doc", "doc:MS Word 97"), ("odt", "odt"), ("rtf", "rtf"))}
