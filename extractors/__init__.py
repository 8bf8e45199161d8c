"""Extractors: any province report file -> one `Document` (see model.py).

    from extractors import extract
    doc = extract(Path("bao_cao.docx"))

The format is read from the bytes, never trusted from the extension. Every failure is an
ExtractionError with a stable `code` (errors.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .detect import DOC, DOCX, ODT, PDF, RTF, check_size, check_zip, detect_format, extension_matches
from .errors import ExtractionError
from .model import Block, BlockKind, Cell, Document, Style
from .settings import DEFAULT_LIMITS, Limits

__all__ = ["extract", "detect_format", "Document", "Block", "BlockKind", "Cell", "Style",
           "ExtractionError", "Limits", "DEFAULT_LIMITS"]


def extract(path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a report (.docx, text or scanned PDF, .doc, .odt, .rtf) into a Document.

    A file whose extension does not match its content is read as what it is, with the
    warning "wrong_extension". Raises ExtractionError (empty, too_large, corrupt,
    encrypted, zip_bomb, too_many_pages, unsupported_format, conversion_failed,
    conversion_timeout, ocr_failed).
    """
    path = Path(path)
    if not path.is_file():
        raise ExtractionError("unsupported_format", f"{path} is not a file")
    check_size(path, limits)
    fmt = detect_format(path)
    warnings = [] if extension_matches(path, fmt) else ["wrong_extension"]
    if fmt == PDF:
        from .pdf_reader import read_pdf

        doc = read_pdf(path, limits)
    elif fmt == DOCX:
        from .docx_reader import read_docx

        check_zip(path, limits)
        doc = read_docx(path, "docx")
    elif fmt in (DOC, ODT, RTF):
        doc = _via_libreoffice(path, fmt, limits)
    else:  # detect_format only returns the formats above
        raise ExtractionError("unsupported_format", f"{path.name}: format {fmt} is not supported")
    doc.file_name = path.name
    doc.warnings[:0] = warnings
    return doc


def _via_libreoffice(path: Path, fmt: str, limits: Limits) -> Document:
    """Convert .doc/.odt/.rtf to .docx with LibreOffice and read that; format stays the original."""
    from .convert import convert
    from .docx_reader import read_docx

    if fmt == ODT:
        check_zip(path, limits)
    with tempfile.TemporaryDirectory(prefix="report-etl-conv-") as tmp:
        out = convert(path, Path(tmp), "docx", limits.conversion_timeout_s)
        check_zip(out, limits)
        doc = read_docx(out, fmt)
    doc.warnings.append(f"converted_from_{fmt}")
    return doc
