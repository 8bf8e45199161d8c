"""Focus factors among the 22 communication factors."""

from __future__ import annotations

from nlp.factors import extract_factors, factor_group
from tests.nlp._docs import HEADER, SIGNATURE, H, L, P, make_doc, run, standard_report


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
