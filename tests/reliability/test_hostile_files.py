"""2. Hostile XML and archives: each refused with its code on its document, the parse's memory
bounded (peak RSS of the parse child printed), nothing written outside the data folder."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from extractors import isolation
from flows.pipeline import ingest_file
from storage.repository import Repository
from tests.reliability.conftest import SAMPLES, report

pytestmark = pytest.mark.slow

DOCX = SAMPLES / "BacGiang_BC412-UBND_quangba_2024.docx"
ODT = SAMPLES / "HoaBinh_BC187_UBND.odt"
LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>\n")


def _replace_part(src: Path, part: str, body: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, body if info.filename == part else zin.read(info))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return out.getvalue()


def _with_doctype(src: Path, part: str, doctype: bytes, use: bytes) -> bytes:
    with zipfile.ZipFile(src) as z:
        body = z.read(part)
    body = body.split(b"?>", 1)[1] if body.startswith(b"<?xml") else body
    body = body.replace(b"</w:t>", use + b"</w:t>", 1).replace(b"</text:p>", use + b"</text:p>", 1)
    return _replace_part(src, part, doctype + body)


def _xxe(target: str) -> bytes:
    return f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{target}">]>\n'.encode()


def _inflating_docx(declared_honestly: bool) -> bytes:
    """document.xml inflating to 260 MB (past the 200 MB limit); optionally a central
    directory that lies about its size (declares 1 KB)."""
    with zipfile.ZipFile(DOCX) as z:
        head = z.read("word/document.xml")
    body = head.replace(b"</w:body>", b"<w:p><w:r><w:t>" + b"A" * (260 << 20) + b"</w:t></w:r></w:p></w:body>")
    data = _replace_part(DOCX, "word/document.xml", body)
    if declared_honestly:
        return data
    # Patch the central directory's uncompressed size of document.xml to 1 KiB.
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("word/document.xml")
    cd = buf.find(b"PK\x01\x02" + buf[buf.find(b"PK\x01\x02") + 4: buf.find(b"PK\x01\x02") + 4][:0])
    pos = 0
    while True:
        pos = buf.find(b"PK\x01\x02", pos)
        name_len = int.from_bytes(buf[pos + 28: pos + 30], "little")
        if bytes(buf[pos + 46: pos + 46 + name_len]) == b"word/document.xml":
            buf[pos + 24: pos + 28] = (1024).to_bytes(4, "little")
            break
        pos += 4
    lh = info.header_offset
    buf[lh + 22: lh + 26] = (1024).to_bytes(4, "little")
    del cd
    return bytes(buf)


def _pdf_pages(n: int) -> bytes:
    """A valid PDF of n empty pages, written by hand (object 2 = the page tree)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (n, b" ".join(b"%d 0 R" % (3 + i) for i in range(n)))]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


SECRET = "/tmp/report-etl-xxe-secret.txt"
CASES = {
    "billion_laughs_docx": (".docx", lambda: _with_doctype(DOCX, "word/document.xml", LAUGHS, b"&lol9;"), "unsafe_xml"),
    "billion_laughs_odt": (".odt", lambda: _with_doctype(ODT, "content.xml", LAUGHS, b"&lol9;"), "unsafe_xml"),
    "xxe_docx_document": (".docx", lambda: _with_doctype(DOCX, "word/document.xml", _xxe(SECRET), b"&xxe;"), "unsafe_xml"),
    "xxe_docx_app_props": (".docx", lambda: _replace_part(DOCX, "docProps/app.xml", _xxe(SECRET) + b"<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>&xxe;</Application></Properties>"), "unsafe_xml"),
    "xxe_odt": (".odt", lambda: _with_doctype(ODT, "content.xml", _xxe(SECRET), b"&xxe;"), "unsafe_xml"),
    "zip_slip_docx": (".docx", lambda: _replace_part(DOCX, "", b"", {"../../etc/x": b"owned"}), "unsafe_zip"),
    "zip_slip_odt": (".odt", lambda: _replace_part(ODT, "", b"", {"../../etc/x": b"owned"}), "unsafe_zip"),
    "inflates_past_limit": (".docx", lambda: _inflating_docx(True), "zip_bomb"),
    "inflates_past_declared_size": (".docx", lambda: _inflating_docx(False), "corrupt"),
    "pdf_10000_empty_pages": (".pdf", lambda: _pdf_pages(10_000), "too_many_pages"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_refused_with_its_code(case, tmp_path, sqlite_ws, monkeypatch):
    Path(SECRET).write_text("TOP-SECRET-XXE-CONTENT\n", encoding="utf-8")
    suffix, build, code = CASES[case]
    inbox = tmp_path / "in" / "deep" / "inbox"
    inbox.mkdir(parents=True)
    path = inbox / f"{case}{suffix}"
    path.write_bytes(build())
    monkeypatch.chdir(inbox)  # a zip-slip member would land relative to here
    before = _files_outside(tmp_path, sqlite_ws.root, inbox)
    isolation.peak_rss_kb = 0
    t0 = time.perf_counter()
    outcome = ingest_file(path, sqlite_ws)
    seconds = time.perf_counter() - t0
    rss_mb = isolation.peak_rss_kb / 1024
    report("hostile", case=case, code=outcome.error_code, seconds=round(seconds, 1),
           file_mb=round(path.stat().st_size / 2**20, 2), peak_parse_rss_mb=round(rss_mb))
    assert (outcome.status, outcome.error_code) == ("failed", code), outcome.error
    with sqlite_ws.sessions().begin() as s:
        doc = Repository(s).by_sha(outcome.sha256)
        assert (doc.status, doc.error_code) == ("failed", code)
        assert Repository(s).current_record(doc) is None
    assert "TOP-SECRET" not in (outcome.error or "")
    assert _files_outside(tmp_path, sqlite_ws.root, inbox) == before, "something was written outside the data folder"
    assert not Path("/etc/x").exists() and not (tmp_path / "in" / "etc" / "x").exists()
    # Regression: a central directory lying about document.xml's size made the reader inflate
    # 260 MB at once (554 MB peak) before its CRC failed; now bounded chunks stop it early.
    assert rss_mb < 256, f"parse used {rss_mb:.0f} MB"


def _files_outside(tmp: Path, data: Path, inbox: Path) -> set[Path]:
    return {p for p in tmp.rglob("*") if p.is_file() and data not in p.parents and p.parent != inbox
            and p.name != "db.sqlite" and not p.name.startswith("db.sqlite")}


def test_xxe_in_app_properties_never_reaches_the_record(tmp_path):
    """Defence in depth: docProps/app.xml is parsed with lxml's default parser; with the
    package check bypassed, an external entity must still not put a file's content into
    extraction.producer (lxml >= 5 resolves internal entities only)."""
    from extractors.docx_reader import read_docx

    Path(SECRET).write_text("TOP-SECRET-XXE-CONTENT\n", encoding="utf-8")
    path = tmp_path / "xxe.docx"
    path.write_bytes(CASES["xxe_docx_app_props"][1]())
    doc = read_docx(path, "docx")
    assert "TOP-SECRET" not in (doc.producer or "")
