"""A cover letter and the report in one file (issue 8, capability 6; RECORD.md "Several
documents in one file"): the record's number, date, title and signer are the report's, the
letter is preamble. Real .docx files built with python-docx, read by the real extractor."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from extractors import extract
from nlp.pipeline import build_record


def _two_columns(d, left: str, right: str) -> None:
    """A borderless two-column table, each line a paragraph of its own as Word writes it."""
    t = d.add_table(rows=1, cols=2)
    for cell, text in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        lines = text.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _letter(d) -> None:
    _two_columns(d, "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 2105/UBND-KGVX\nV/v gửi báo cáo kết quả thực hiện "
                    "công tác truyền thông quảng bá hình ảnh địa phương",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nam, ngày 30 tháng 9 năm 2024")
    d.add_paragraph("Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông.")
    d.add_paragraph("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, "
                    "UBND tỉnh Hà Nam gửi kèm theo Báo cáo số 231/BC-UBND ngày 27/9/2024 về kết quả thực hiện "
                    "công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài.")
    d.add_paragraph("Trân trọng./.")
    _two_columns(d, "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.",
                 "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Thị Lan")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _report(d, with_header: bool = True) -> None:
    if with_header:
        _two_columns(d, "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 231/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nam, ngày 27 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO").runs[0].bold = True
    d.add_paragraph("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hà Nam ra nước ngoài "
                    "theo cách làm mới").runs[0].bold = True
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông.")
    d.add_paragraph("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Ngày 20/3/2023, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND về truyền thông quảng bá hình ảnh "
                    "tỉnh ra nước ngoài giai đoạn 2023-2025. Thông điệp chính là “Hà Nam - Miền đất an lành”.")
    d.add_paragraph("II. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    d.add_paragraph("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh đào tạo đội ngũ làm công tác đối ngoại.")
    d.add_paragraph("Trên đây là báo cáo của UBND tỉnh Hà Nam./.")
    _two_columns(d, "Nơi nhận:\n- Bộ TTTT;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Anh Chức")


def _record(path: Path) -> tuple:
    document = extract(path)
    return document, build_record(document, "0" * 64).to_json_dict()


def test_the_record_describes_the_report_and_the_letter_is_preamble(tmp_path):
    d = docx.Document()
    _letter(d)
    _report(d)
    document, record = _record(d.save(tmp_path / "HaNam_cv_bc.docx") or tmp_path / "HaNam_cv_bc.docx")
    doc = record["document"]
    assert doc["number"] == "231/BC-UBND"
    assert doc["date"] == "2024-09-27"
    assert doc["title"].startswith("Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hà Nam")
    assert doc["signer"] == {"name": "Nguyễn Anh Chức", "position": "Phó Chủ tịch"}
    assert doc["province"] == "Hà Nam" and doc["issuer"] == "Ủy ban nhân dân tỉnh Hà Nam"
    sections = {s["section"]: s for s in record["sections"]}
    assert "gửi kèm theo Báo cáo số 231/BC-UBND" in sections["preamble"]["text"]
    assert "Trần Thị Lan" in sections["preamble"]["text"]            # the letter's signature is preamble too
    assert "Trần Thị Lan" not in sections["closing"]["text"]
    assert sections["1"]["text"].startswith("Ngày 20/3/2023")
    assert record["plan"]["references"] == [{"number": "61/KH-UBND", "date": "2023-03-20"}]
    assert [m["text"] for m in record["key_messages"]["items"]] == ["Hà Nam - Miền đất an lành"]
    assert record["recommendations"][0]["addressees"] == ["mic"]
    assert any(w.startswith("cover_letter") for w in record["extraction"]["warnings"])
    # evidence of the report's parts points after the letter
    letter_end = next(b.index for b in document.blocks if "Trần Thị Lan" in b.text)
    assert record["plan"]["evidence"]["block"] > letter_end


def test_a_report_without_a_letter_and_a_letter_that_is_the_report_are_unchanged(tmp_path):
    d = docx.Document()
    _report(d)
    _, record = _record(d.save(tmp_path / "only_report.docx") or tmp_path / "only_report.docx")
    assert record["document"]["number"] == "231/BC-UBND"
    assert not any(w.startswith("cover_letter") for w in record["extraction"]["warnings"])

    # a công văn that reports itself (V/v subject, the outline in its body, no BÁO CÁO after it)
    d = docx.Document()
    _two_columns(d, "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 2105/UBND-KGVX\nV/v báo cáo kết quả công tác "
                    "truyền thông quảng bá", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                    "Hà Nam, ngày 30 tháng 9 năm 2024")
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông.")
    d.add_paragraph("1. Thực trạng xây dựng và triển khai Kế hoạch").runs[0].bold = True
    d.add_paragraph("Tỉnh đã ban hành Kế hoạch số 61/KH-UBND ngày 20/3/2023.")
    _two_columns(d, "Nơi nhận:\n- Như trên;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Anh Chức")
    d.add_paragraph("PHỤ LỤC").runs[0].bold = True
    d.add_paragraph("Báo cáo số liệu kèm theo Công văn số 2105/UBND-KGVX")
    _, record = _record(d.save(tmp_path / "cv.docx") or tmp_path / "cv.docx")
    assert record["document"]["number"] == "2105/UBND-KGVX"
    assert record["document"]["title"].startswith("Báo cáo kết quả công tác")
    assert not any(w.startswith("cover_letter") for w in record["extraction"]["warnings"])


def test_a_report_with_only_a_title_after_the_letter_keeps_no_letter_number(tmp_path):
    """The report has no Số of its own: its number is null (never the letter's)."""
    d = docx.Document()
    _letter(d)
    _report(d, with_header=False)
    _, record = _record(d.save(tmp_path / "no_header.docx") or tmp_path / "no_header.docx")
    assert record["document"]["number"] is None
    assert record["document"]["title"].startswith("Báo cáo kết quả thực hiện công tác truyền thông")
    assert record["document"]["signer"]["name"] == "Nguyễn Anh Chức"


def test_a_report_with_a_vv_line_and_a_report_titled_appendix_is_no_cover_letter(tmp_path):
    d = docx.Document()
    _two_columns(d, "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 231/BC-UBND\nV/v kết quả công tác truyền thông",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nam, ngày 27 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO").runs[0].bold = True
    d.add_paragraph("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hà Nam")
    d.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông.")
    d.add_paragraph("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH").runs[0].bold = True
    d.add_paragraph("Tỉnh đã ban hành Kế hoạch số 61/KH-UBND ngày 20/3/2023.")
    _two_columns(d, "Nơi nhận:\n- Bộ TTTT;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Anh Chức")
    d.add_paragraph("BÁO CÁO SỐ LIỆU CHI TIẾT").runs[0].bold = True
    _two_columns(d, "Chỉ tiêu", "Năm 2023")
    _, record = _record(d.save(tmp_path / "vv_report.docx") or tmp_path / "vv_report.docx")
    assert record["document"]["number"] == "231/BC-UBND" and record["document"]["date"] == "2024-09-27"
    assert not any(w.startswith("cover_letter") for w in record["extraction"]["warnings"])
