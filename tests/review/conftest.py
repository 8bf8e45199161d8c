"""A workspace with real reports ingested (a text PDF, a .docx, a report carrying hostile
text) and two accounts, shared by the review tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from flows.pipeline import Workspace
from flows.runs import ingest_now
from review.security import hash_password
from storage.repository import Repository

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inbox"
PDF_SAMPLE = "BacNinh_BC-UBND_3836_final.pdf"
DOCX_SAMPLE = "CanTho_BC_225_UBND.docx"
PASSWORDS = {"lan": "mat-khau-lan-1", "minh": "mat-khau-minh-2", "admin": "mat-khau-admin-3"}
HOSTILE = '<script>alert(1)</script> và <img src=x onerror=alert(2)>'


def hostile_report(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")
    d.add_paragraph("Số: 77/BC-UBND")
    d.add_paragraph("Phú Thọ, ngày 20 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả truyền thông quảng bá hình ảnh tỉnh ra nước ngoài")
    d.add_heading("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH", level=1)
    d.add_paragraph(f'Thông điệp chính của tỉnh là "Đất Tổ {HOSTILE}".')
    d.add_paragraph("Năm 2023, tỉnh đón 120.000 lượt khách quốc tế, tăng 20% so với năm 2022.")
    d.add_heading("III. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    d.add_paragraph(f"Đề nghị Bộ Thông tin và Truyền thông hỗ trợ {HOSTILE}.")
    d.save(path)
    return path


@pytest.fixture(scope="session")
def review_ws(tmp_path_factory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("review"))


def doc_id(ws: Workspace, file_name: str) -> int:
    with ws.sessions().begin() as session:
        return Repository(session).find(file_name).id


def make_workspace(root: Path) -> Workspace:
    """A fresh workspace with the three reports ingested and the three accounts."""
    ws = Workspace(db_url=f"sqlite:///{root / 'db.sqlite'}", root=root / "data")
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    for name in (PDF_SAMPLE, DOCX_SAMPLE):
        shutil.copyfile(SAMPLES / name, inbox / name)
    hostile_report(inbox / "PhuTho_77_BC-UBND.docx")
    outcomes = ingest_now([str(inbox)], ws)
    assert all(o["status"] == "processed" for o in outcomes), outcomes
    with ws.sessions().begin() as session:
        repo = Repository(session)
        for name, role in (("lan", "reviewer"), ("minh", "reviewer"), ("admin", "admin")):
            repo.add_user(name, role, hash_password(PASSWORDS[name]))
    return ws
