"""Key messages in English or bilingual (issue 8, capability 8): each version is a message of
its own, however the report joins them; names of pages, programmes and newspapers written
in English are not messages. Real .docx files built with python-docx, read by the real
extractor and the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import docx

from extractors import extract
from nlp.pipeline import build_record


def _report(path: Path, body) -> dict:
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
    t.cell(0, 0).add_paragraph("Số: 233/BC-UBND")
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(0, 1).add_paragraph("Thái Nguyên, ngày 23 tháng 9 năm 2024")
    d.add_paragraph("BÁO CÁO").runs[0].bold = True
    d.add_paragraph("Kết quả công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài")
    d.add_paragraph("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH").runs[0].bold = True
    body(d)
    d.add_paragraph("II. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    d.add_paragraph("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh biên tập nội dung tiếng Anh.")
    d.add_paragraph("Trên đây là báo cáo của UBND tỉnh Thái Nguyên./.")
    d.save(path)
    return build_record(extract(path), "0" * 64).to_json_dict()


def _texts(record: dict) -> list[str]:
    return [m["text"] for m in record["key_messages"]["items"]]


def test_versions_side_by_side_in_prose(tmp_path):
    def body(d):
        d.add_paragraph("Thông điệp chung của tỉnh là “Thái Nguyên - Đệ nhất danh trà” "
                        "(Thai Nguyen - The Land of Fine Tea), dùng thống nhất trên mọi ấn phẩm.")
        d.add_paragraph("Thông điệp xúc tiến đầu tư: Thái Nguyên - Điểm đến đầu tư thông minh / "
                        "Thai Nguyen - Your Smart Investment Destination.")
        d.add_paragraph("Trong quảng bá du lịch, tỉnh dùng slogan tiếng Anh Thai Nguyen - Where Tea Meets Heritage "
                        "trên Fanpage “Visit Thai Nguyen” và chương trình “Discover Thai Nguyen with Us”.")
        d.add_paragraph("Tỉnh phối hợp với tạp chí The Diplomat đăng bài giới thiệu Thai Nguyen Tea Festival.")

    record = _report(tmp_path / "prose.docx", body)
    assert _texts(record) == ["Thái Nguyên - Đệ nhất danh trà", "Thai Nguyen - The Land of Fine Tea",
                              "Thái Nguyên - Điểm đến đầu tư thông minh",
                              "Thai Nguyen - Your Smart Investment Destination",
                              "Thai Nguyen - Where Tea Meets Heritage"]
    assert record["key_messages"]["identified"] is True
    english = record["key_messages"]["items"][1]["evidence"]
    assert english["section"] == "1" and "(Thai Nguyen - The Land of Fine Tea)" in english["text"]


def test_one_quote_holding_both_versions_and_labelled_list_items(tmp_path):
    def body(d):
        d.add_paragraph("Thông điệp song ngữ “Thái Nguyên - Đệ nhất danh trà - Thai Nguyen - The Land of Fine Tea”.")
        d.add_paragraph("Các thông điệp theo thị trường:")
        d.add_paragraph("- Tiếng Việt: Thái Nguyên - Điểm đến xanh;")
        d.add_paragraph("- Tiếng Anh: Thai Nguyen - The Green Destination.")

    assert _texts(_report(tmp_path / "quote.docx", body)) == [
        "Thái Nguyên - Đệ nhất danh trà", "Thai Nguyen - The Land of Fine Tea",
        "Thái Nguyên - Điểm đến xanh", "Thai Nguyen - The Green Destination"]


def test_messages_in_table_cells(tmp_path):
    def body(d):
        d.add_paragraph("Tỉnh xác định các thông điệp truyền thông:")
        t = d.add_table(rows=3, cols=2)
        for r, row in enumerate([["Tiếng Việt", "Tiếng Anh"],
                                 ["Thái Nguyên - Đệ nhất danh trà", "Thai Nguyen - The Land of Fine Tea"],
                                 ["Thái Nguyên - Điểm đến an toàn", "Thai Nguyen - A Safe Destination"]]):
            for k, text in enumerate(row):
                t.cell(r, k).text = text
        d.add_paragraph("Kênh truyền thông chủ yếu là Cổng thông tin điện tử tỉnh.")
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Thông điệp xúc tiến đầu tư", "Thai Nguyen - Your Smart Investment Destination"
        t.cell(1, 0).text, t.cell(1, 1).text = "Số lượt truy cập", "215.000"

    record = _report(tmp_path / "cells.docx", body)
    assert _texts(record) == ["Thái Nguyên - Đệ nhất danh trà", "Thai Nguyen - The Land of Fine Tea",
                              "Thái Nguyên - Điểm đến an toàn", "Thai Nguyen - A Safe Destination",
                              "Thai Nguyen - Your Smart Investment Destination"]
    rows = {b.index for b in extract(tmp_path / "cells.docx").blocks if b.kind.value == "table_row"}
    assert all(m["evidence"]["block"] in rows for m in record["key_messages"]["items"])


def test_english_words_without_a_message_cue_are_no_message(tmp_path):
    def body(d):
        d.add_paragraph("Tỉnh vận hành Fanpage “Visit Thai Nguyen” và kênh YouTube Thai Nguyen Tourism Channel.")
        d.add_paragraph("Tỉnh chưa xác định thông điệp truyền thông chính.")

    record = _report(tmp_path / "none.docx", body)
    assert _texts(record) == [] and record["key_messages"]["identified"] is False


def test_unquoted_versions_in_a_cell_of_a_report_written_as_a_table(tmp_path):
    def body(d):
        t = d.add_table(rows=4, cols=3)
        rows = [["TT", "Nội dung", "Kết quả thực hiện"],
                ["1", "Thông điệp truyền thông", "Thái Nguyên - Đệ nhất danh trà\nThai Nguyen - The Land of Fine Tea"],
                ["2", "Ưu điểm", "- Thông điệp song ngữ ngắn gọn, dễ nhớ với bạn bè quốc tế."],
                ["3", "Đề xuất, kiến nghị", "- Đề nghị Bộ Ngoại giao hỗ trợ quảng bá thông điệp tại các thị trường."]]
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                lines = text.split("\n")
                t.cell(r, k).text = lines[0]
                for line in lines[1:]:
                    t.cell(r, k).add_paragraph(line)

    record = _report(tmp_path / "table_report.docx", body)
    assert _texts(record) == ["Thái Nguyên - Đệ nhất danh trà", "Thai Nguyen - The Land of Fine Tea"]
    assert {m["evidence"]["section"] for m in record["key_messages"]["items"]} == {"1"}


def test_one_quote_holding_both_versions_across_a_slash_in_a_table_report_cell(tmp_path):
    def body(d):
        t = d.add_table(rows=3, cols=3)
        rows = [["TT", "Nội dung", "Kết quả thực hiện"],
                ["1", "Thông điệp truyền thông",
                 "Thông điệp chính: “Hà Giang - Cao nguyên đá kỳ vĩ”.\nSlogan song ngữ cho xúc tiến thương mại: "
                 "“Hà Giang - Nơi hội tụ sắc màu / Ha Giang - Where Colours Meet”."],
                ["2", "Đề xuất, kiến nghị", "- Đề nghị Bộ Ngoại giao hỗ trợ quảng bá thông điệp tại các thị trường."]]
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                lines = text.split("\n")
                t.cell(r, k).text = lines[0]
                for line in lines[1:]:
                    t.cell(r, k).add_paragraph(line)

    record = _report(tmp_path / "slash_cell.docx", body)
    assert _texts(record) == ["Hà Giang - Cao nguyên đá kỳ vĩ", "Hà Giang - Nơi hội tụ sắc màu",
                              "Ha Giang - Where Colours Meet"]


def test_english_version_quoted_in_a_clause_that_names_its_language(tmp_path):
    def body(d):
        d.add_paragraph("Khẩu hiệu quảng bá thống nhất: “Bến Tre - Xứ dừa xanh mát”; ấn phẩm bằng tiếng Anh "
                        "in “Ben Tre - Kingdom of Coconuts”, còn Fanpage “Ben Tre Travel” đăng tin hằng tuần.")

    record = _report(tmp_path / "english_clause.docx", body)
    assert _texts(record) == ["Bến Tre - Xứ dừa xanh mát", "Ben Tre - Kingdom of Coconuts"]
