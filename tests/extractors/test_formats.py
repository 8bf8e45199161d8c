"""Format detection from bytes, LibreOffice conversions (.doc/.odt/.rtf) and every kind of
bad input, each with its stable ExtractionError code (detect.py, convert.py, __init__.py)."""

import shutil
import zipfile

import pytest

from extractors import BlockKind, ExtractionError, Limits, detect_format, extract
from extractors.convert import convert

from .builders import encrypted_ooxml

slow = pytest.mark.slow


def code_of(path, limits=Limits()):
    with pytest.raises(ExtractionError) as info:
        extract(path, limits)
    assert info.value.message and info.value.code in str(info.value)
    return info.value.code


# -- detection -----------------------------------------------------------------------------
def test_detect_formats_by_magic(report_docx_path, tmp_path):
    assert detect_format(report_docx_path) == "docx"
    rtf = tmp_path / "a.txt"
    rtf.write_bytes(b"{\\rtf1\\ansi hello}")
    assert detect_format(rtf) == "rtf"
    pdf = tmp_path / "a.bin"
    pdf.write_bytes(b"\n%PDF-1.7\n...")
    assert detect_format(pdf) == "pdf"


@slow
def test_pdf_named_docx_is_read_as_pdf(report_pdf_path, tmp_path):
    fake = tmp_path / "bao_cao.docx"
    shutil.copyfile(report_pdf_path, fake)
    doc = extract(fake)
    assert doc.format == "pdf" and doc.warnings[0] == "wrong_extension" and doc.file_name == "bao_cao.docx"
    assert any(b.text.startswith("I. THỰC TRẠNG") for b in doc.blocks)


# -- LibreOffice conversions -----------------------------------------------------------------
@slow
@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_converted_formats_read_as_docx(converted, fmt):
    path = converted[fmt]
    assert detect_format(path) == fmt
    doc = extract(path)
    assert doc.format == fmt and f"converted_from_{fmt}" in doc.warnings
    texts = [b.text for b in doc.blocks]
    assert "I. THỰC TRẠNG CHUYỂN ĐỔI SỐ" in texts and "a) Mạng cáp quang" in texts
    assert any(b.kind == BlockKind.HEADING and b.text == "1. Hạ tầng số" for b in doc.blocks)
    table = [b for b in doc.blocks if b.kind == BlockKind.TABLE][1]
    merged = [c for c in table.cells if c.text == "Hạ tầng số"]
    # RTF round trips may refine the grid; the merged cell still spans the whole row.
    assert merged and merged[0].col_span == sum(c.col_span for c in table.rows()[0]) > 1


@slow
def test_conversion_timeout_kills_and_reports(converted):
    assert code_of(converted["odt"], Limits(conversion_timeout_s=0.05)) == "conversion_timeout"


@slow
def test_conversion_failure(tmp_path):
    bad = tmp_path / "hong.doc"
    encrypted_ooxml(bad, names=("WordDocument", "1Table"))   # a Word 97 file of garbage
    assert detect_format(bad) == "doc"
    with pytest.raises(ExtractionError) as info:
        convert(bad, tmp_path / "out", "docx", timeout_s=60)
    assert info.value.code == "conversion_failed"


# -- bad input -------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    empty = tmp_path / "rong.docx"
    empty.write_bytes(b"")
    assert code_of(empty) == "empty"


def test_corrupt_zip(tmp_path, report_docx_path):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(report_docx_path.read_bytes()[:3000])
    assert code_of(broken) == "corrupt"


def test_corrupt_pdf(tmp_path):
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF")
    assert code_of(broken) == "corrupt"


@slow
def test_truncated_pdf(tmp_path, report_pdf_path):
    broken = tmp_path / "cut.pdf"
    broken.write_bytes(report_pdf_path.read_bytes()[:4000])
    assert code_of(broken) == "corrupt"


@slow
def test_encrypted_pdf(built, report_docx_path):
    spec = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
            '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}')
    locked = convert(report_docx_path, built / "locked", spec, timeout_s=120)
    assert code_of(locked) == "encrypted"


def test_password_protected_docx(tmp_path):
    assert code_of(encrypted_ooxml(tmp_path / "khoa.docx")) == "encrypted"


def test_zip_bomb_by_ratio_checked_before_inflating(tmp_path, report_docx_path):
    bomb = tmp_path / "bom.docx"
    shutil.copyfile(report_docx_path, bomb)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/zeros.bin", b"\0" * (20 * 2**20))
    assert code_of(bomb) == "zip_bomb"


def test_zip_bomb_by_total_size(report_docx_path):
    assert code_of(report_docx_path, Limits(max_inflated_bytes=10_000)) == "zip_bomb"


def test_too_large(report_docx_path):
    assert code_of(report_docx_path, Limits(max_file_bytes=1000)) == "too_large"


@slow
def test_too_many_pages(report_pdf_path):
    assert code_of(report_pdf_path, Limits(max_pages=2)) == "too_many_pages"


@pytest.mark.parametrize("content,name", [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "anh.pdf"),
    (b"chi la van ban thuong", "ghichu.docx"),
])
def test_unsupported_format(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    assert code_of(path) == "unsupported_format"


def test_zip_that_is_not_a_document(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "xin chao")
    assert code_of(path) == "unsupported_format"


def test_password_protected_odt(tmp_path):
    path = tmp_path / "khoa.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
                    '<manifest:encryption-data/></manifest:file-entry></manifest:manifest>')
        zf.writestr("content.xml", "\x00" * 100)
    assert code_of(path) == "encrypted"
