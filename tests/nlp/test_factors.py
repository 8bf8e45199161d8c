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
