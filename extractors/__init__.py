"""Extractors: any province report file -> one `Document` (see model.py).

    from extractors import extract
    doc = extract(Path("bao_cao.docx"))

The format is read from the bytes, never trusted from the extension. Every failure is an
ExtractionError with a stable `code` (errors.py).
"""

from __future__ import annotations

import tempfile
import zipfile
import zlib
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
    try:
        fmt = detect_format(path)
    except (NotImplementedError, EOFError, OSError, ValueError, zlib.error, zipfile.BadZipFile) as exc:
        # zipfile's NotImplementedError for a damaged header ("zip file version 15.4",
        # unknown compression), and zlib.error for a damaged deflate stream in a member read
        # to tell the format (an .odt's manifest): found by fuzzing, the file's fault, not ours.
        raise ExtractionError("corrupt", f"{path.name} is damaged ({type(exc).__name__}: {exc})") from exc
    try:
        return _read(path, fmt, limits)
    except ExtractionError:
        raise
    except RecursionError as exc:
        raise ExtractionError("corrupt", f"{path.name} is nested too deeply to read ({type(exc).__name__})") from exc
    except MemoryError as exc:  # more than the memory allowed (REPORT_ETL_PARSE_MEMORY_MB) or there is
        raise ExtractionError("too_large", f"{path.name}: reading it needs more memory than allowed") from exc
    except Exception as exc:
        # A reader tripping over a damaged file is the file's fault when its structure is
        # broken (found by fuzzing: swapped zip parts, bad deflate data, PDF syntax); with a
        # sound structure it is our bug and stays an exception (internal_error upstream).
        problem = structure_problem(path, fmt)
        if problem is None:
            raise
        raise ExtractionError("corrupt", f"{path.name} is damaged: {problem}") from exc


def _read(path: Path, fmt: str, limits: Limits) -> Document:
    warnings = [] if extension_matches(path, fmt) else ["wrong_extension"]
    if fmt == PDF:
        from .pdf_reader import read_pdf

        doc = read_pdf(path, limits)
    elif fmt == DOCX:
        from .docx_reader import read_docx

        check_zip(path, limits)
        check_package(path)
        doc = read_docx(path, "docx")
    elif fmt in (DOC, ODT, RTF):
        doc = _via_libreoffice(path, fmt, limits)
    else:  # detect_format only returns the formats above
        raise ExtractionError("unsupported_format", f"{path.name}: format {fmt} is not supported")
    doc.file_name = path.name
    doc.warnings[:0] = warnings
    return doc


def check_package(path: Path) -> None:
    """Refuse what no word processor writes and only an attack needs: a part named outside the
    package (../../etc/x, /etc/x) and XML with a DOCTYPE or entities (billion laughs, XXE).
    Read from the first 64 KiB of each XML part: a DOCTYPE must come before the root element."""
    name = path.name
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            member = info.filename.replace("\\", "/")
            if member.startswith("/") or ".." in member.split("/") or (len(member) > 1 and member[1] == ":"):
                raise ExtractionError("unsafe_zip", f"{name}: part {info.filename!r} points outside the package")
            try:
                with zf.open(info) as fh:
                    head = fh.read(65536)
                    # Inflate the rest in bounded chunks: a central directory that lies about a
                    # part's size is caught here by its CRC (found by the hostile-file test: the
                    # reader's one-shot read inflated 260 MB before the CRC failed).
                    while fh.read(1 << 20):
                        pass
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                raise ExtractionError("corrupt", f"{name}: part {info.filename} is damaged ({exc})") from exc
            if member.endswith((".xml", ".rels")) and (b"<!DOCTYPE" in head or b"<!ENTITY" in head):
                raise ExtractionError("unsafe_xml", f"{name}: part {info.filename} declares a DOCTYPE or "
                                      "entities (a billion-laughs or external-entity attack)")


_ZIP_ROOTS = {"word/document.xml": "document", "[Content_Types].xml": "Types", "content.xml": "document-content"}


def structure_problem(path: Path, fmt: str) -> str | None:
    """What is structurally wrong with a file a reader failed on, or None if nothing is."""
    from lxml import etree

    if fmt in (DOCX, ODT):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    data = zf.read(info)  # check_zip has bounded the inflated sizes
                    if info.filename.endswith((".xml", ".rels")):
                        root = etree.fromstring(data, parser)
                        if info.filename.endswith(".rels") and etree.QName(root).localname != "Relationships":
                            return f"part {info.filename} is not a relationships part"
                        want = _ZIP_ROOTS.get(info.filename)
                        if want and etree.QName(root).localname != want:
                            return f"part {info.filename} holds <{etree.QName(root).localname}>, not <{want}>"
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            return f"damaged zip package ({type(exc).__name__}: {exc})"
        except etree.XMLSyntaxError as exc:
            return f"damaged XML ({exc})"
        return None
    if fmt == PDF:
        return _pdf_problem(path)
    return None


def _pdf_problem(path: Path) -> str | None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        with path.open("rb") as fh:
            document = PDFDocument(PDFParser(fh))
            for page in PDFPage.create_pages(document):
                for stream in (page.contents or []):
                    stream.get_data()
    except Exception as exc:  # pdfminer raises many kinds (PSSyntaxError, PDFSyntaxError, zlib, KeyError)
        return f"damaged PDF ({type(exc).__name__}: {str(exc)[:200]})"
    return None


def _via_libreoffice(path: Path, fmt: str, limits: Limits) -> Document:
    """Convert .doc/.odt/.rtf to .docx with LibreOffice and read that; format stays the original."""
    from .convert import convert
    from .docx_reader import read_docx

    if fmt == ODT:
        check_zip(path, limits)
        check_package(path)
    with tempfile.TemporaryDirectory(prefix="report-etl-conv-") as tmp:
        out = convert(path, Path(tmp), "docx", limits.conversion_timeout_s)
        check_zip(out, limits)
        doc = read_docx(out, fmt)
    doc.warnings.append(f"converted_from_{fmt}")
    return doc
