from __future__ import annotations

from pathlib import Path

import docx
import pytest

from flows.pipeline import Workspace


def write_report(path: Path, province: str = "Quảng Ninh", date: tuple[int, int, int] = (20, 9, 2024),
                 visitors: str = "1,5 triệu") -> Path:
    """A short but real report .docx, as a provincial office writes one."""
    d = docx.Document()
    d.add_paragraph(f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}")
    d.add_paragraph("Số: 245/BC-UBND")
    d.add_paragraph(f"{province}, ngày {date[0]} tháng {date[1]} năm {date[2]}")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài")
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông")
    d.add_heading("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH", level=1)
    d.add_paragraph("Tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2023 về truyền thông quảng bá "
                    "hình ảnh địa phương ra nước ngoài theo cách làm mới.")
    d.add_paragraph(f"Năm 2023, tỉnh đón {visitors} lượt khách quốc tế, tăng 25% so với năm 2022.")
    d.add_heading("III. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    d.add_paragraph("Đề nghị Bộ Thông tin và Truyền thông tổ chức tập huấn cho địa phương.")
    d.add_paragraph("Trên đây là báo cáo của Ủy ban nhân dân tỉnh.")
    d.save(path)
    return path


@pytest.fixture
def ws(tmp_path):
    return Workspace(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", root=tmp_path / "data")
