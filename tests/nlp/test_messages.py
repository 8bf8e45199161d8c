"""Key messages: quoted slogans and statements introduced by thông điệp / slogan / khẩu hiệu."""

from __future__ import annotations

from nlp.messages import extract_key_messages
from tests.nlp._docs import HEADER, SIGNATURE, B, H, L, P, make_doc, run, standard_report


def _messages(*body):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"), *body, H("II. KIẾN NGHỊ"), P("Đề nghị Bộ hỗ trợ."), *SIGNATURE)
    return run(doc, extract_key_messages).key_messages


def test_quoted_vietnamese_and_english():
    km = run(standard_report(), extract_key_messages).key_messages
    assert km.identified is True
    assert [m.text for m in km.items] == ["Quảng Ninh - Điểm đến an toàn, thân thiện",
                                          "Quang Ninh - Vietnam's Northeast Gem"]
    assert km.items[0].evidence.section == "1"


def test_channel_names_in_quotes_are_not_messages():
    km = _messages(P("Với thông điệp «Đà Lạt - Thành phố ngàn hoa», tỉnh vận hành Fanpage \"Visit Lam Dong\" "
                     "và chương trình \"Hello Lâm Đồng\"."))
    assert [m.text for m in km.items] == ["Đà Lạt - Thành phố ngàn hoa"]


def test_unquoted_statement_and_following_paragraph():
    km = _messages(P("Thông điệp chính: Ninh Bình - Điểm đến di sản."))
    assert [m.text for m in km.items] == ["Ninh Bình - Điểm đến di sản"]
    km = _messages(B("3. Thông điệp truyền thông"),
                   P("Tỉnh lựa chọn “Hà Giang - Cực Bắc thiêng liêng” làm nội dung xuyên suốt."))
    assert [m.text for m in km.items] == ["Hà Giang - Cực Bắc thiêng liêng"]
    km = _messages(P("Các thông điệp chính gồm:"), L("- Bình Định - Đất võ trời văn;"), L("- Vietnam Timeless Charm."))
    assert [m.text for m in km.items] == ["Bình Định - Đất võ trời văn", "Vietnam Timeless Charm."]


def test_not_identified_and_silent():
    assert _messages(P("Tỉnh chưa xác định thông điệp chính của truyền thông.")).identified is False
    silent = _messages(P("Tỉnh đăng tải nhiều tin bài."))
    assert silent.identified is None and silent.items == []


def test_nfd_input_gives_nfc_messages():
    import unicodedata
    km = _messages(P(unicodedata.normalize("NFD", "Thông điệp chính là “Huế - Kinh đô áo dài”.")))
    assert [m.text for m in km.items] == ["Huế - Kinh đô áo dài"]


def test_quoted_nickname_in_a_factor_is_no_message_without_a_cue_in_its_clause():
    # one sentence: the nickname's clause (between semicolons) has no message cue, the next one has
    km = _messages(P("Yếu tố trọng tâm là chè Tân Cương - \"đệ nhất danh trà\" và hồ Núi Cốc; thông điệp "
                     "chung được chọn là \"Thái Nguyên - Đất chè, đất người\"."))
    assert [i.text for i in km.items] == ["Thái Nguyên - Đất chè, đất người"]


def test_nickname_in_a_factor_bullet_under_a_mixed_heading_is_no_message():
    km = _messages(H("2. Yếu tố và thông điệp truyền thông"),
                   P("Các yếu tố được xác định:"),
                   L("- Phố cổ Hội An - “thành phố di sản” bên sông Hoài."),
                   P("Thông điệp: “Quảng Nam - Hai di sản, một điểm đến”."))
    assert [i.text for i in km.items] == ["Quảng Nam - Hai di sản, một điểm đến"]
