"""Focus factors among the 22 communication factors."""

from __future__ import annotations

from nlp.factors import extract_factors, factor_group
from tests.nlp._docs import HEADER, SIGNATURE, H, L, P, T, make_doc, run, standard_report


def _factors(*body):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"), *body, H("II. KIẾN NGHỊ"), P("Đề nghị Bộ hỗ trợ."), *SIGNATURE)
    return run(doc, extract_factors).factors


def test_enumeration_after_gom():
    factors = run(standard_report(), extract_factors).factors
    assert factors.identified is True
    assert [(f.text, f.group) for f in factors.items] == [
        ("văn hóa và di sản", "culture_heritage"),
        ("du lịch", "tourism"),
        ("sản phẩm OCOP", "products"),
        ("môi trường đầu tư", "business_potential"),
    ]
    assert factors.items[0].evidence.section == "1"


def test_list_items_after_lead_in():
    factors = _factors(P("Đối với 22 yếu tố truyền thông, tỉnh xác định các yếu tố thế mạnh sau:"),
                       L("- Yếu tố con người: thân thiện, mến khách;"),
                       L("- Di sản văn hóa: Vịnh Hạ Long, Yên Tử;"),
                       L("- Sản phẩm đặc trưng, OCOP."),
                       P("Công tác truyền thông được triển khai trên nhiều kênh."))
    assert factors.identified is True
    assert [(f.text, f.group) for f in factors.items] == [
        ("con người", "value_system"), ("Di sản văn hóa", "culture_heritage"), ("Sản phẩm đặc trưng, OCOP", "products")]


def test_not_identified_and_silent():
    assert _factors(P("Tỉnh chưa xác định được yếu tố truyền thông trọng tâm.")).identified is False
    silent = _factors(P("Tỉnh đăng tải nhiều tin bài."))
    assert silent.identified is None and silent.items == []


def test_semicolons_parentheses_and_continuation():
    factors = _factors(P("Tỉnh xác định các yếu tố trọng tâm là: cảnh quan thiên nhiên với đèo Mã Pì Lèng, sông Nho Quế; "
                         "văn hóa đặc sắc của 19 dân tộc."))
    assert [f.text for f in factors.items] == ["cảnh quan thiên nhiên với đèo Mã Pì Lèng, sông Nho Quế",
                                               "văn hóa đặc sắc của 19 dân tộc"]
    factors = _factors(P("Dự thảo xác định yếu tố trọng tâm là di sản văn hóa và thiên nhiên (Tràng An, Hoa Lư) và "
                         "du lịch sinh thái, tâm linh (chùa Bái Đính)."))
    assert [(f.text, f.group) for f in factors.items] == [("di sản văn hóa và thiên nhiên", "culture_heritage"),
                                                          ("du lịch sinh thái, tâm linh", "tourism")]
    factors = _factors(P("Tỉnh xác định yếu tố trọng tâm là văn hóa và di sản, trong đó có 8 di sản. "
                         "Bên cạnh đó là du lịch nghỉ dưỡng; ẩm thực cung đình."))
    assert [f.text for f in factors.items] == ["văn hóa và di sản", "du lịch nghỉ dưỡng", "ẩm thực cung đình"]


def test_groups_from_data():
    assert factor_group("Ẩm thực đặc sắc") == "tourism"
    assert factor_group("Hạ tầng giao thông") == "business_potential"
    assert factor_group("Lễ hội truyền thống") == "culture_heritage"
    assert factor_group("xyz") is None
    assert factor_group("Văn hóa, con người vùng mỏ") == "culture_heritage"     # the head comes first
    assert factor_group("Sản phẩm làng nghề truyền thống") == "products"


def test_list_item_head_phrase_before_its_elaboration():
    factors = _factors(
        P("Tỉnh xác định các yếu tố trọng tâm:"),
        L("- Nhã nhạc cung đình - Di sản văn hóa phi vật thể đại diện của nhân loại;"),
        L("- Làng cổ Phước Tích với các ngôi nhà rường trăm tuổi;"),
        L("- Môi trường đầu tư tại các khu công nghiệp ven biển;"),
        L("- Du lịch cộng đồng gắn với bản làng dân tộc Tà Ôi."),
    )
    assert [f.text for f in factors.items] == [
        "Nhã nhạc cung đình", "Làng cổ Phước Tích", "Môi trường đầu tư", "Du lịch cộng đồng"]


def test_enumeration_parts_keep_names_with_dashes_and_with():
    factors = _factors(P("Tỉnh xác định các yếu tố trọng tâm gồm: khu kinh tế Dung Quất - Sa Kỳ; "
                         "văn hóa Sa Huỳnh với di chỉ Sa Huỳnh; ẩm thực giao thoa Bắc - Nam."))
    assert [f.text for f in factors.items] == [
        "khu kinh tế Dung Quất - Sa Kỳ", "văn hóa Sa Huỳnh với di chỉ Sa Huỳnh", "ẩm thực giao thoa Bắc - Nam"]


def test_comma_with_and_dash_apposition_end_an_enumeration_part():
    factors = _factors(P("Tỉnh xác định 02 yếu tố trọng tâm: (1) biển đảo Lý Sơn, với các miệng núi lửa cổ; "
                         "(2) đặc sản tỏi Lý Sơn - thương hiệu nông sản nổi tiếng cả nước."))
    assert [f.text for f in factors.items] == ["biển đảo Lý Sơn", "đặc sản tỏi Lý Sơn"]


def test_folk_songs_and_homeland_are_culture():
    assert factor_group("Dân ca Quan họ") == "culture_heritage"
    assert factor_group("Quê hương Đại thi hào Nguyễn Du") == "culture_heritage"


def test_factor_table_with_a_group_column():
    factors = _factors(P("Tỉnh đã xác định các yếu tố truyền thông trọng tâm như sau:"),
                       T(["Nhóm yếu tố", "Yếu tố được chọn"],
                         ["Văn hóa và di sản", "Nghệ thuật Then của người Tày"],
                         ["Du lịch", "Du lịch hồ Ba Bể; Du lịch cộng đồng bản Pác Ngòi"],
                         ["Tiềm năng kinh doanh, đầu tư", "Chế biến gỗ và lâm sản"]),
                       P("Công tác truyền thông được triển khai trên nhiều kênh."))
    assert factors.identified is True
    # "như sau" says the factors follow: it is no factor of its own
    assert [(f.text, f.group) for f in factors.items] == [
        ("Nghệ thuật Then của người Tày", "culture_heritage"),
        ("Du lịch hồ Ba Bể", "tourism"),
        ("Du lịch cộng đồng bản Pác Ngòi", "tourism"),
        ("Chế biến gỗ và lâm sản", "business_potential"),     # the group column decides
    ]
    assert factors.items[1].evidence.text == "Du lịch | Du lịch hồ Ba Bể; Du lịch cộng đồng bản Pác Ngòi"


def test_factor_table_found_by_its_header_without_a_lead_in():
    factors = _factors(H("2. Yếu tố truyền thông trọng tâm"),
                       T(["STT", "Yếu tố trọng tâm", "Ghi chú"], ["1", "Ẩm thực đường phố", ""],
                         ["2", "Cảng biển nước sâu", "ưu tiên"]))
    assert [(f.text, f.group) for f in factors.items] == [("Ẩm thực đường phố", "tourism"),
                                                          ("Cảng biển nước sâu", "business_potential")]


def test_dash_joining_two_short_noun_phrases_is_part_of_the_name():
    factors = _factors(P("Tỉnh xác định các yếu tố trọng tâm:"),
                       L("- Công nghiệp dệt may - da giày tại các khu công nghiệp phía Bắc."),
                       L("- Núi Sam - điểm hành hương lớn của vùng Tây Nam Bộ."))
    assert [f.text for f in factors.items] == ["Công nghiệp dệt may - da giày", "Núi Sam"]


def test_groups_of_heritage_sites_reserves_and_industry():
    assert factor_group("Quần thể danh thắng Tràng An") == "culture_heritage"
    assert factor_group("hệ thống hang động Phong Nha - Kẻ Bàng") == "culture_heritage"
    assert factor_group("Khu dự trữ sinh quyển Langbiang") == "tourism"
    assert factor_group("Công nghiệp chế biến, chế tạo") == "business_potential"
    assert factor_group("Vị trí cửa ngõ ra biển") == "business_potential"


def test_bullet_stops_before_a_dash_opening_a_quoted_nickname_or_a_list_of_names():
    f = _factors(P("Các yếu tố truyền thông trọng tâm gồm:"),
                 L("- Nghề dệt thổ cẩm Mai Châu - “xứ sở của lụa” bên hồ Hòa Bình."),
                 L("- Hệ thống lễ hội truyền thống - Hội Khai hạ, Lễ hội Chùa Tiên, Lễ hội Mường Bi."))
    assert [i.text for i in f.items] == ["Nghề dệt thổ cẩm Mai Châu", "Hệ thống lễ hội truyền thống"]


def test_known_farm_products_are_the_products_group():
    assert factor_group("bưởi Diễn, vải thiều Thanh Hà") == "products"
    assert factor_group("sâm Lai Châu và các loại dược liệu quý") == "products"
    assert factor_group("sản phẩm chủ lực của tỉnh") == "products"


def test_a_natural_feature_or_scenic_site_at_the_head_is_tourism():
    # no keyword in the wording: the head noun names a lake, a waterfall, a cape, a scenic site
    assert factor_group("Hồ Núi Cốc") == "tourism"
    assert factor_group("Thác Dải Yếm và rừng thông") == "tourism"
    assert factor_group("Mũi Điện") == "tourism"
    assert factor_group("Danh thắng vùng biên") == "tourism"
    # a keyword still decides where there is one, and a person's name is no lake
    assert factor_group("Quần thể danh thắng Tràng An") == "culture_heritage"
    assert factor_group("Hồ Chí Minh") is None


def test_farm_products_industries_singing_and_training_groups():
    assert factor_group("hạt điều và cao su Đông Nam Bộ") == "products"
    assert factor_group("ngành dệt may, da giày") == "business_potential"
    assert factor_group("Hát Then Tày") == "culture_heritage"
    assert factor_group("Trung tâm đào tạo đại học của vùng") == "quality_of_life"
