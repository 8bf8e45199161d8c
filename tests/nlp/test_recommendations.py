"""Recommendations and their addressees."""

from __future__ import annotations

from nlp.recommendations import addressees, extract_recommendations
from tests.nlp._docs import HEADER, SIGNATURE, B, H, L, P, T, make_doc, run, standard_report


def _recs(*section3):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"), P("Nội dung."), H("II. ĐỀ XUẤT, KIẾN NGHỊ"), *section3, *SIGNATURE)
    return [(r.text, r.addressees) for r in run(doc, extract_recommendations).recommendations]


def test_inherited_from_subheading_and_named_in_item():
    recs = run(standard_report(), extract_recommendations).recommendations
    assert [(r.text, r.addressees) for r in recs] == [
        ("Tổ chức tập huấn chuyên sâu cho cán bộ làm công tác thông tin đối ngoại.", ["mic"]),
        ("Hỗ trợ kết nối với các cơ quan báo chí nước ngoài.", ["mic"]),
        ("Đề nghị Chính phủ bố trí kinh phí cho công tác truyền thông quảng bá.", ["government"]),
    ]
    assert recs[0].evidence.section == "3"
    assert all("Trên đây" not in r.text for r in recs)


def test_addressees_in_text_and_unspecified():
    recs = _recs(
        P("Tỉnh kiến nghị một số nội dung sau:"),
        L("1. Đề nghị Bộ TTTT chủ trì, phối hợp với Bộ Ngoại giao xây dựng cơ chế chia sẻ thông tin.", label="1."),
        L("2. Kiến nghị Bộ Văn hóa, Thể thao và Du lịch và Bộ Kế hoạch và Đầu tư hỗ trợ xúc tiến.", label="2."),
        L("3. Đề nghị các bộ, ngành Trung ương và các cơ quan báo chí Trung ương tăng cường đưa tin.", label="3."),
        L("4. Tăng cường đào tạo nguồn nhân lực.", label="4."),
        L("5. Đề nghị Bộ Tài chính bố trí kinh phí; Bộ TTTT trình Thủ tướng Chính phủ phê duyệt Chiến lược.", label="5."),
    )
    assert recs[0][1] == ["mic"]
    assert recs[1][1] == ["mocst", "mpi"]
    assert recs[2][1] == ["other_ministries", "central_media"]
    assert recs[3][1] == ["unspecified"]
    assert "mof" in recs[4][1] and "government" not in recs[4][1]


def test_subheading_without_colon_and_sentences_inherit():
    recs = _recs(
        B("a) Đối với Chính phủ"),
        P("Sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh quốc gia. Bố trí nguồn lực tương xứng."),
        B("b) Đối với Bộ Ngoại giao:"),
        L("- Hỗ trợ kết nối với các cơ quan đại diện."),
    )
    assert recs == [
        ("Sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh quốc gia.", ["government"]),
        ("Bố trí nguồn lực tương xứng.", ["government"]),
        ("Hỗ trợ kết nối với các cơ quan đại diện.", ["mofa"]),
    ]


def test_addressee_function():
    explicit, found = addressees("Đề nghị Bộ Thông tin và Truyền thông phối hợp với Bộ Ngoại giao")
    assert explicit == ["mic"] and found == ["mic"]
    assert addressees("theo Nghị quyết của Chính phủ")[1] == []


def test_several_requests_in_one_sentence_and_pdf_line_breaks():
    recs = _recs(
        P("Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn chi tiết; đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ"),
        P("quảng bá di sản tại các hội chợ du lịch quốc tế."),
        T(["Nội dung", "Kinh phí"], ["Tập huấn", "100"]),
    )
    assert recs == [
        ("Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn chi tiết", ["mic"]),
        ("đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ quảng bá di sản tại các hội chợ du lịch quốc tế.", ["mocst"]),
    ]


def test_nfd_and_old_tone_input():
    import unicodedata
    recs = _recs(P(unicodedata.normalize("NFD", "Đề nghị Bộ Văn hoá, Thể thao và Du lịch hỗ trợ quảng bá.")))
    # the text is kept as written (NFC), the addressee is read through the old tone placement
    assert recs == [("Đề nghị Bộ Văn hoá, Thể thao và Du lịch hỗ trợ quảng bá.", ["mocst"])]
    assert unicodedata.is_normalized("NFC", recs[0][0])


def test_item_opening_with_a_ministry_is_addressed_to_it_under_a_group_heading():
    recs = _recs(
        B("1. Đối với các bộ, ngành Trung ương"),
        L("- Bộ Ngoại giao hỗ trợ kết nối với các địa phương nước ngoài."),
        L("- Bộ Tài chính bố trí kinh phí cho hoạt động quảng bá."),
        L("- Hỗ trợ tỉnh tham gia các sự kiện quốc gia."),
    )
    assert [a for _, a in recs] == [["mofa"], ["mof"], ["other_ministries"]]


def test_numbered_subheadings_naming_one_ministry_each():
    recs = _recs(
        B("1. Đối với Bộ Ngoại giao"),
        L("- Chỉ đạo các cơ quan đại diện hỗ trợ tỉnh quảng bá."),
        B("2. Đối với Bộ Văn hóa, Thể thao và Du lịch"),
        L("- Lồng ghép điểm đến của tỉnh trong các chương trình xúc tiến du lịch."),
    )
    assert [a for _, a in recs] == [["mofa"], ["mocst"]]


def test_recommendations_table_with_content_and_agency_columns():
    recs = _recs(T(["TT", "Nội dung kiến nghị", "Cơ quan đề nghị"],
                   ["1", "Hỗ trợ đào tạo kỹ năng sản xuất video ngắn cho cán bộ", "Bộ Thông tin và Truyền thông"],
                   ["2", "Giới thiệu hình ảnh tỉnh qua các cơ quan đại diện Việt Nam ở nước ngoài", "Bộ Ngoại giao"],
                   ["3", "Bố trí kinh phí cho xúc tiến đầu tư", ""]))
    assert recs == [
        ("Hỗ trợ đào tạo kỹ năng sản xuất video ngắn cho cán bộ", ["mic"]),
        ("Giới thiệu hình ảnh tỉnh qua các cơ quan đại diện Việt Nam ở nước ngoài", ["mofa"]),  # the agency cell decides
        ("Bố trí kinh phí cho xúc tiến đầu tư", ["unspecified"]),
    ]


def test_recommendations_table_keeps_its_place_among_paragraph_items():
    recs = _recs(L("- Đề nghị Chính phủ ban hành Chiến lược truyền thông quốc gia."),
                 T(["STT", "Nội dung", "Đơn vị tiếp nhận"], ["1", "Tăng thời lượng phát sóng về tỉnh", "Đài Truyền hình Việt Nam"]),
                 L("- Đề nghị Bộ Tài chính bố trí kinh phí hằng năm."))
    assert recs == [("Đề nghị Chính phủ ban hành Chiến lược truyền thông quốc gia.", ["government"]),
                    ("Tăng thời lượng phát sóng về tỉnh", ["central_media"]),
                    ("Đề nghị Bộ Tài chính bố trí kinh phí hằng năm.", ["mof"])]
