"""What a file really is, read from its bytes (never its extension), plus the checks that
must pass before any parser touches it: size, zip bomb, OLE2 encryption."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from .errors import ExtractionError
from .settings import Limits

PDF, DOCX, DOC, ODT, RTF = "pdf", "docx", "doc", "odt", "rtf"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Extensions each real format may carry without a warning.
_EXTENSIONS = {PDF: {".pdf"}, DOCX: {".docx", ".docm", ".dotx"}, DOC: {".doc", ".dot"},
               ODT: {".odt", ".ott"}, RTF: {".rtf", ".doc"}}  # Word saved RTF as .doc often


def detect_format(path: Path) -> str:
    """Return "pdf", "docx", "doc", "odt" or "rtf" from the file's bytes.

    Raises ExtractionError: empty, encrypted (a password-protected Office file is an OLE2
    container holding "EncryptedPackage"), corrupt (broken zip/OLE2) or unsupported_format.
    """
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(2048)
    if not head.strip(b"\x00 \t\r\n"):
        raise ExtractionError("empty", f"{path.name} is empty: there is nothing to read")
    # PDF writers may put junk before the header; readers accept it within the first 1 KiB.
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    raise ExtractionError("unsupported_format",
                          f"{path.name} is not a PDF, Word (.docx/.doc), OpenDocument or RTF file")


def extension_matches(path: Path, fmt: str) -> bool:
    """True when the file name's extension is one the detected format may carry."""
    return Path(path).suffix.lower() in _EXTENSIONS.get(fmt, set())


def check_size(path: Path, limits: Limits) -> None:
    """Refuse files over Limits.max_file_bytes before reading them."""
    size = Path(path).stat().st_size
    if size == 0:
        raise ExtractionError("empty", f"{Path(path).name} is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise ExtractionError("too_large", f"{Path(path).name} is {size / 2**20:.1f} MB; "
                              f"the limit is {limits.max_file_bytes / 2**20:.0f} MB")


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a zip bomb from the central directory alone, before inflating anything:
    total declared size over Limits.max_inflated_bytes, or a member whose compression
    ratio is beyond Limits.max_compression_ratio."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError("corrupt", f"{name} is a damaged zip package ({exc})") from exc
    total = 0
    for info in infos:
        total += info.file_size
        # Tiny members compress badly or well by chance; judge ratio only past 1 MiB.
        if info.file_size > 2**20 and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
            raise ExtractionError("zip_bomb", f"{name}: part {info.filename} would inflate "
                                  f"{info.file_size / max(info.compress_size, 1):.0f}x "
                                  f"(limit {limits.max_compression_ratio:.0f}x)")
    if total > limits.max_inflated_bytes:
        raise ExtractionError("zip_bomb", f"{name} would inflate to {total / 2**20:.0f} MB "
                              f"(limit {limits.max_inflated_bytes / 2**20:.0f} MB)")


def _zip_kind(path: Path) -> str:
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            # Only tiny members are read here: the zip bomb check has not run yet.
            mimetype = _small_member(zf, "mimetype")
            manifest = _small_member(zf, "META-INF/manifest.xml") if b"opendocument" in mimetype else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionError("corrupt", f"{name} is a damaged zip package ({exc})") from exc
    if "word/document.xml" in names:
        return DOCX
    if b"opendocument.text" in mimetype:
        if b"encryption-data" in manifest:
            raise ExtractionError("encrypted", f"{name} is password-protected; "
                                  "save it without a password and send it again")
        return ODT
    if "[Content_Types].xml" in names:
        raise ExtractionError("unsupported_format", f"{name} is an Office file but not a Word document")
    raise ExtractionError("unsupported_format", f"{name} is a zip archive, not a document")


def _small_member(zf: zipfile.ZipFile, member: str, limit: int = 1 << 20) -> bytes:
    try:
        info = zf.getinfo(member)
    except KeyError:
        return b""
    return zf.read(member) if info.file_size <= limit else b""


def _ole_kind(path: Path) -> str:
    names = ole_stream_names(path)
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise ExtractionError("encrypted", f"{Path(path).name} is password-protected; "
                              "save it without a password and send it again")
    if "WordDocument" in names:
        return DOC
    raise ExtractionError("unsupported_format",
                          f"{Path(path).name} is an old Office file but not a Word document")


def ole_stream_names(path: Path) -> set[str]:
    """Names in an OLE2 compound file's directory (enough to tell .doc from an encrypted
    OOXML package). Raises ExtractionError("corrupt") when the structure is broken."""
    data = Path(path).read_bytes()
    name = Path(path).name
    try:
        shift = struct.unpack_from("<H", data, 30)[0]
        sector = 1 << shift
        n_fat, first_dir = struct.unpack_from("<I", data, 44)[0], struct.unpack_from("<I", data, 48)[0]
        difat = list(struct.unpack_from("<109I", data, 76))[:n_fat]
        fat: list[int] = []
        for s in difat:  # files past 109 FAT sectors (~7 GB) are beyond any limit anyway
            off = (s + 1) * sector
            fat.extend(struct.unpack_from(f"<{sector // 4}I", data, off))
        names: set[str] = set()
        s, seen = first_dir, set()
        while s < 0xFFFFFFFA and s not in seen and len(seen) < 100000:
            seen.add(s)
            off = (s + 1) * sector
            for e in range(sector // 128):
                entry = data[off + e * 128: off + (e + 1) * 128]
                nlen = struct.unpack_from("<H", entry, 64)[0]
                if entry[66] in (1, 2, 5) and 2 <= nlen <= 64:
                    names.add(entry[: nlen - 2].decode("utf-16-le", "replace"))
            s = fat[s]
        return names
    except (struct.error, IndexError) as exc:
        raise ExtractionError("corrupt", f"{name} is a damaged Office (OLE2) file") from exc
