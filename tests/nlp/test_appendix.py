"""A Phụ lục after the signature (issue 8, capability 4; RECORD.md "Several documents in one
file"): section `appendix`, its figures, channels and items read like the body's, their
evidence saying `appendix`. A real .docx built with python-docx, read by the real extractor."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from extractors import extract
from nlp.pipeline import build_record


def _table(d, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            t.cell(r, k).text = text


def build_report_with_appendix(path: Path, appendix_heading: str = "PHỤ LỤC") -> Path:
    d = docx.Document()
    _table(d, [["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
               ["Số: 402/BC-UBND", "Lạng Sơn, ngày 26 tháng 9 năm 2024"]])
    d.add_paragraph("BÁO CÁO").runs[0].bold = True
    d.add_paragraph("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Lạng Sơn ra nước ngoài")
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông.")
    d.add_paragraph("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Tỉnh duy trì Cổng thông tin điện tử phiên bản tiếng Anh và tổ chức Lễ hội Mùa xuân "
                    "Xứ Lạng năm 2023 thu hút đông đảo du khách.")
    d.add_paragraph("II. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    d.add_paragraph("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh sản xuất video quảng bá bằng tiếng Trung.")
    d.add_paragraph("Trên đây là báo cáo của UBND tỉnh Lạng Sơn./.")
    _table(d, [["Nơi nhận:\n- Bộ TTTT;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐoàn Thu Hà"]])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph(appendix_heading).runs[0].bold = True
    d.add_paragraph("(Kèm theo Báo cáo số 402/BC-UBND ngày 26/9/2024 của UBND tỉnh Lạng Sơn)")
    d.add_paragraph("1. Một số chỉ tiêu")
    _table(d, [["Chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023"],
               ["Khách quốc tế", "Lượt", "185.000", "262.000"],
               ["Kim ngạch xuất khẩu", "Triệu USD", "2.150", "2.480"]])
    d.add_paragraph("2. Danh sách kênh truyền thông của tỉnh")
    _table(d, [["STT", "Tên kênh", "Địa chỉ", "Số người theo dõi"],
               ["1", "Trang Facebook “Du lịch Lạng Sơn”", "facebook.com/dulichlangson", "48.500"],
               ["2", "Kênh YouTube “Lang Son TV”", "youtube.com/@langsontv", "12.300"],
               ["3", "Tài khoản TikTok “Xứ Lạng”", "tiktok.com/@xulang", "9.800"]])
    d.add_paragraph("Năm 2023, Cổng thông tin điện tử phiên bản tiếng Anh đạt 410.000 lượt truy cập.")
    d.add_paragraph("3. Các yếu tố truyền thông trọng tâm")
    _table(d, [["STT", "Nhóm yếu tố", "Yếu tố được chọn"],
               ["1", "Văn hóa và di sản", "Di tích lịch sử Ải Chi Lăng"],
               ["2", "Du lịch", "Khu du lịch Mẫu Sơn"]])
    d.save(path)
    return path


@pytest.fixture(scope="module")
def appendix_record(tmp_path_factory):
    path = build_report_with_appendix(tmp_path_factory.mktemp("appendix") / "LangSon_phuluc.docx")
    document = extract(path)
    return document, build_record(document, "0" * 64).to_json_dict()


def test_the_appendix_is_a_section_of_its_own(appendix_record):
    _, record = appendix_record
    sections = {s["section"]: s for s in record["sections"]}
    assert sections["appendix"]["heading"] == "PHỤ LỤC"
    assert "Danh sách kênh truyền thông" in sections["appendix"]["text"]
    assert "Kèm theo Báo cáo" not in sections["closing"]["text"]
    assert "Đoàn Thu Hà" in sections["closing"]["text"]
    assert record["document"]["signer"]["name"] == "Đoàn Thu Hà"


def test_the_appendix_figures_count_like_the_body(appendix_record):
    _, record = appendix_record
    figures = {(f["metric"], f["period"], f["value"]): f for f in record["figures"]}
    assert ("visitors_international", "2023", 262_000) in figures
    assert ("export_value", "2023", 2_480_000_000) in figures
    assert ("site_visits", "2023", 410_000) in figures               # its prose too
    assert all(f["evidence"]["section"] == "appendix" for f in record["figures"])


def test_the_appendix_channel_list_counts_like_the_body(appendix_record):
    document, record = appendix_record
    by_id = {c["channel"]: c for c in record["channels"]}
    assert {"portal", "events", "facebook", "youtube", "tiktok"} <= set(by_id)
    for channel in ("facebook", "youtube", "tiktok"):
        ev = by_id[channel]["evidence"]
        assert ev["section"] == "appendix"
        assert document.blocks[ev["block"]].kind.value == "table_row"
    assert "Du lịch Lạng Sơn" in by_id["facebook"]["mention"]


def test_an_appendix_titled_in_lower_case(tmp_path):
    path = build_report_with_appendix(tmp_path / "phuluc2.docx", appendix_heading="Phụ lục 1: Số liệu và danh sách kênh")
    record = build_record(extract(path), "0" * 64).to_json_dict()
    assert any(s["section"] == "appendix" and s["heading"].startswith("Phụ lục 1") for s in record["sections"])
    assert "tiktok" in {c["channel"] for c in record["channels"]}


def test_the_appendix_factor_table_counts_like_the_body(appendix_record):
    _, record = appendix_record
    factors = {f["text"]: f for f in record["factors"]["items"]}
    assert set(factors) == {"Di tích lịch sử Ải Chi Lăng", "Khu du lịch Mẫu Sơn"}
    assert factors["Khu du lịch Mẫu Sơn"]["group"] == "tourism"
    assert {f["evidence"]["section"] for f in factors.values()} == {"appendix"}
    assert record["factors"]["identified"] is True


def test_a_long_appendix_does_not_hide_the_signature(tmp_path):
    """The signer stands before the appendix, however many rows the appendix has."""
    path = build_report_with_appendix(tmp_path / "long.docx")
    d = docx.Document(path)
    d.add_paragraph("4. Danh sách sự kiện quảng bá")
    _table(d, [["STT", "Sự kiện", "Thời gian"]] + [[str(i), f"Sự kiện quảng bá số {i}", f"tháng {i % 12 + 1}/2023"]
                                                  for i in range(1, 41)])
    d.save(path)
    record = build_record(extract(path), "0" * 64).to_json_dict()
    assert record["document"]["signer"] == {"name": "Đoàn Thu Hà", "position": "Phó Chủ tịch"}
