"""Header: province, issuer, number, date, title and signer."""

from __future__ import annotations

import unicodedata

from nlp.header import canonical_province, extract_header
from tests.nlp._docs import HEADER, SIGNATURE, B, H, P, T, context, make_doc
from tests.nlp._docs import L as L_


def _header(*items):
    ctx = context(make_doc(*items))
    extract_header(ctx)
    return ctx


def test_standard_header_table_and_signature():
    ctx = _header(*HEADER, H("I. THỰC TRẠNG"), P("Nội dung."), *SIGNATURE)
    info = ctx.info
    assert info.province == "Quảng Ninh"
    assert info.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh"
    assert info.number == "245/BC-UBND"
    assert info.date == "2024-09-20"
    assert info.title == ("Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam "
                          "ra nước ngoài theo cách làm mới")
    assert info.signer.position == "Phó Chủ tịch"
    assert info.signer.name == "Nguyễn Văn Hưng"
    assert info.province_2025 is None
    assert ctx.warnings == []


def test_paragraph_header_department_blank_number_subject_line():
    ctx = _header(
        B("UBND TỈNH THỪA THIÊN - HUẾ"),
        B("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
        P("Số:      /BC-STTTT"),
        P("V/v báo cáo kết quả truyền thông quảng bá hình ảnh theo cách làm mới"),
        B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        B("Độc lập - Tự do - Hạnh phúc"),
        P("Thừa Thiên Huế, ngày 25 tháng 9 năm 2024"),
        P("Kính gửi: Cục Thông tin đối ngoại."),
        P("Nội dung báo cáo."),
        P("Nơi nhận:"),
        P("- Như trên;"),
        B("KT. GIÁM ĐỐC"),
        B("PHÓ GIÁM ĐỐC"),
        P("(Đã ký)"),
        B("Trần Thị Bích Ngọc"),
    )
    info = ctx.info
    assert info.province == "Thừa Thiên Huế"
    # a department under the provincial committee is named with its province
    assert info.issuer == "Sở Thông tin và Truyền thông tỉnh Thừa Thiên - Huế"
    assert info.number is None
    assert info.date == "2024-09-25"
    assert info.title == "Báo cáo kết quả truyền thông quảng bá hình ảnh theo cách làm mới"
    assert info.signer.position == "Phó Giám đốc"
    assert info.signer.name == "Trần Thị Bích Ngọc"


def test_whitespace_folded_cells_and_city():
    ctx = _header(
        T(["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH Số: 1234/BC-UBND",
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc TP. Hồ Chí Minh, ngày 5 tháng 10 năm 2024"]),
        B("BÁO CÁO"),
        B("KẾT QUẢ TRUYỀN THÔNG QUẢNG BÁ HÌNH ẢNH THÀNH PHỐ RA NƯỚC NGOÀI"),
        P("Thực hiện Công văn số 3836/BTTTT-TTĐN, Ủy ban nhân dân Thành phố báo cáo như sau:"),
        P("Nội dung."),
        T(["Nơi nhận: - Bộ TTTT; - Lưu: VT.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH NGUYỄN VĂN ĐƯỢC"]),
    )
    info = ctx.info
    assert info.province == "Hồ Chí Minh"
    assert info.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert info.number == "1234/BC-UBND"
    assert info.date == "2024-10-05"
    assert info.title == "Báo cáo kết quả truyền thông quảng bá hình ảnh thành phố ra nước ngoài"
    assert info.signer.position == "Chủ tịch"
    assert info.signer.name == "Nguyễn Văn Được"


def test_old_tone_placement_and_nfd_input():
    def nfd(s):
        return unicodedata.normalize("NFD", s)
    ctx = _header(
        T([nfd("UBND TỈNH HOÀ BÌNH\nSố: 77/BC-UBND"), nfd("Hoà Bình, ngày 30 tháng 9 năm 2024")]),
        B("BÁO CÁO"),
        B(nfd("Về công tác truyền thông quảng bá hình ảnh tỉnh Hoà Bình")),
        P("Kính gửi: Bộ Thông tin và Truyền thông."),
    )
    assert ctx.info.province == "Hòa Bình"
    assert ctx.info.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert ctx.info.number == "77/BC-UBND"
    assert ctx.info.date == "2024-09-30"


def test_province_variants():
    assert canonical_province("TP. HCM") == "Hồ Chí Minh"
    assert canonical_province("Thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert canonical_province("tỉnh Thừa Thiên - Huế") == "Thừa Thiên Huế"
    assert canonical_province("TỈNH QUẢNG NINH") == "Quảng Ninh"
    assert canonical_province("Hoà Bình") == "Hòa Bình"
    assert canonical_province("UBND TỈNH BÀ RỊA-VŨNG TÀU") == "Bà Rịa - Vũng Tàu"
    assert canonical_province("tỉnh Đăk Lăk") == "Đắk Lắk"
    assert canonical_province("Hà Nam") == "Hà Nam" and canonical_province("Hà Nội") == "Hà Nội"
    assert canonical_province("Hạ Long", capitals=True) == "Quảng Ninh"
    assert canonical_province("Hạ Long") is None


def test_place_line_gives_province_when_issuer_has_none():
    ctx = _header(
        B("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
        P("Số: 12/BC-STTTT"),
        P("Hạ Long, ngày 20 tháng 9 năm 2024"),
        B("BÁO CÁO"),
        B("Kết quả thực hiện"),
        P("Kính gửi: Bộ TTTT."),
    )
    assert ctx.info.province == "Quảng Ninh"
    assert ctx.info.issuer == "Sở Thông tin và Truyền thông"


def test_signature_without_diacritics_from_ocr():
    ctx = _header(*HEADER, P("Nội dung."), P("Nơi nhận:"), L_("- Lưu: VT."),
                  B("TM. ỦY BAN NHÂN DÂN"), B("KT. CHỦ TỊCH"), B("PHO CHU TỊCH"), P("Lê Quốc Anh"))
    assert ctx.info.signer.position == "Phó Chủ tịch"
    assert ctx.info.signer.name == "Lê Quốc Anh"


def test_unknown_province_warns():
    ctx = _header(B("BÁO CÁO"), P("Kết quả thực hiện"), P("Kính gửi: Bộ TTTT."))
    assert ctx.info.province is None
    assert any("province" in w for w in ctx.warnings)


def test_merged_unit_after_july_2025():
    ctx = _header(
        T(["ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 5/BC-UBND", "Hòa Bình, ngày 01 tháng 8 năm 2025"]),
        B("BÁO CÁO"), B("Kết quả thực hiện"), P("Kính gửi: Bộ TTTT."),
    )
    assert ctx.info.province == "Hòa Bình"
    assert ctx.info.province_2025 == "Phú Thọ"


def test_cong_van_subject_over_several_lines_is_the_title():
    ctx = _header(
        T(["ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 1503/UBND-KGVX\nV/v kết quả triển khai công tác\n"
           "quảng bá hình ảnh tỉnh\nra nước ngoài năm 2024",
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nAn Giang, ngày 4 tháng 10 năm 2024"]),
        P("Kính gửi: Bộ Thông tin và Truyền thông."),
        P("Nội dung."),
        *SIGNATURE,
    )
    assert ctx.info.title == "Kết quả triển khai công tác quảng bá hình ảnh tỉnh ra nước ngoài năm 2024"
    assert ctx.info.number == "1503/UBND-KGVX"


def test_position_beside_a_recipient_line_of_a_pdf():
    ctx = _header(
        *HEADER, H("I. THỰC TRẠNG"), P("Nội dung."),
        P("Trên đây là báo cáo của UBND tỉnh./."),
        P("Nơi nhận: TM. ỦY BAN NHÂN DÂN"),
        H("KT. CHỦ TỊCH"),
        L_("- Như trên;"),
        L_("- Bộ Ngoại giao; PHÓ CHỦ TỊCH"),
        L_("- Lưu: VT."),
        P("Đỗ Thanh Bình"),
    )
    assert ctx.info.signer.position == "Phó Chủ tịch"
    assert ctx.info.signer.name == "Đỗ Thanh Bình"


def test_ocr_damaged_position_line_is_still_read():
    from extractors.model import BlockKind, Document
    from nlp.context import Context
    from nlp.header import extract_header
    from storage.record import DocumentInfo

    doc = Document(file_name="scan.pdf", format="pdf_scanned", ocr_used=True)
    for kind, text in [(BlockKind.PARAGRAPH, "SỞ VĂN HÓA VÀ THỂ THAO TỈNH PHÚ THỌ"),
                       (BlockKind.PARAGRAPH, "Trên đây là báo cáo của Sở."),
                       (BlockKind.PARAGRAPH, "Nơi nhận:"), (BlockKind.LIST_ITEM, "- Lưu: VT."),
                       (BlockKind.HEADING, "KT. GIÁM ĐỐC"), (BlockKind.HEADING, "PHO GlAM ĐOC"),
                       (BlockKind.PARAGRAPH, "Trần Thị Mai")]:
        doc.add(kind, text)
    ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name="scan.pdf", format="pdf_scanned"))
    extract_header(ctx)
    assert (ctx.info.signer.position, ctx.info.signer.name) == ("Phó Giám đốc", "Trần Thị Mai")


def test_title_line_opening_with_thuc_hien_under_the_report_word():
    ctx = _header(HEADER[0], B("BÁO CÁO"),
                  P("Thực hiện nhiệm vụ quảng bá hình ảnh tỉnh"),
                  P("ra nước ngoài theo cách làm mới năm 2024"),
                  P("Kính gửi: Bộ Thông tin và Truyền thông."),
                  P("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024, UBND tỉnh báo cáo như sau:"),
                  H("I. THỰC TRẠNG"), P("Nội dung."), *SIGNATURE)
    assert ctx.info.title == ("Báo cáo thực hiện nhiệm vụ quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm "
                              "mới năm 2024")


def test_basis_sentence_under_the_report_word_is_not_the_title():
    ctx = _header(HEADER[0], B("BÁO CÁO"), B("Tình hình truyền thông quảng bá năm 2024"),
                  P("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024, UBND tỉnh báo cáo như sau:"),
                  H("I. THỰC TRẠNG"), P("Nội dung."), *SIGNATURE)
    assert ctx.info.title == "Báo cáo tình hình truyền thông quảng bá năm 2024"


def test_ocr_column_separator_before_the_position_and_a_name_without_position():
    # OCR joins the Nơi nhận column and the signature column with " / "
    ctx = _header(
        *HEADER, H("I. THỰC TRẠNG"), P("Nội dung."),
        P("Trên đây là báo cáo của UBND tỉnh./."),
        P("Nơi nhận:"),
        L_("- Như trên;"),
        L_("- Chủ tịch, các PCT UBND tỉnh; / PHÓ CHỦ TỊCH"),
        L_("- Lưu: VT."),
        P("Hồ Đại Dũng"),
    )
    assert (ctx.info.signer.position, ctx.info.signer.name) == ("Phó Chủ tịch", "Hồ Đại Dũng")
    # a stamp hid the position: the name that ends the block is still the signer's
    ctx = _header(*HEADER, H("I. THỰC TRẠNG"), P("Nội dung."), P("Trên đây là báo cáo của UBND tỉnh./."),
                  P("Nơi nhận:"), L_("- Như trên;"), L_("- Lưu: VT, KGVX."), P("Lò Văn Thịnh"))
    assert (ctx.info.signer.position, ctx.info.signer.name) == (None, "Lò Văn Thịnh")
