"""Channels: every channel named, mapped to ids, one entry per distinct mention."""

from __future__ import annotations

import unicodedata

from nlp.channels import extract_channels
from tests.nlp._docs import HEADER, SIGNATURE, H, L, P, make_doc, run, standard_report


def _channels(*body):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"), *body, H("II. KIẾN NGHỊ"),
                   P("Đề nghị Bộ kết nối với kênh CNN."), *SIGNATURE)
    return [(c.channel, c.mention) for c in run(doc, extract_channels).channels]


def test_standard_report_channels():
    got = [(c.channel, c.mention) for c in run(standard_report(), extract_channels).channels]
    assert ("facebook", 'Fanpage "Visit Quang Ninh"') in got
    assert ("youtube", 'kênh YouTube "Quang Ninh Tourism"') in got
    assert ("portal", "Cổng Thông tin điện tử") in got
    assert ("national_media", "VTV4") in got
    assert ("national_media", "báo Nhân Dân") in got
    assert ("local_media", "Báo Quảng Ninh") in got
    assert ("press_trips", "đoàn phóng viên nước ngoài") in got
    assert ("events", "Lễ hội Carnaval Hạ Long") in got
    assert not any(ch == "foreign_media" for ch, _ in got)      # section 3 is not searched


def test_one_entry_per_distinct_mention_and_longest_match():
    got = _channels(P("Đăng tải trên Facebook, TikTok và Zalo. Facebook có 10.000 lượt theo dõi."),
                    L("- Mời đại sứ du lịch và KOLs quảng bá; phối hợp Đại sứ quán Việt Nam tại Nhật Bản."),
                    L("- Đưa tin trên báo chí nước ngoài; cộng đồng người Việt Nam ở nước ngoài; video clip 4K."),
                    L("- Tham gia Hội chợ ITB Berlin, hội nghị xúc tiến đầu tư tại Hàn Quốc."),
                    L("- Phát hành tờ rơi, cẩm nang du lịch; lắp biển quảng cáo tại sân bay."),
                    L("- Website quangninh.gov.vn; mạng xã hội Weibo, X (Twitter)."))
    channels = [ch for ch, _ in got]
    assert channels.count("facebook") == 1
    for expected in ("tiktok", "zalo", "influencers", "overseas_missions", "foreign_media", "diaspora", "video",
                     "trade_promotion", "publications", "outdoor", "portal", "other_social", "x_twitter"):
        assert expected in channels, expected
    assert ("influencers", "đại sứ du lịch") in got
    assert not any(ch == "overseas_missions" and m.lower().startswith("đại sứ du lịch") for ch, m in got)


def test_nfd_and_old_tones():
    nfd = unicodedata.normalize("NFD", "Phối hợp Đài Phát thanh và Truyền hình tỉnh Khánh Hoà đưa tin.")
    got = _channels(P(nfd))
    assert got and got[0][0] == "local_media"
    assert unicodedata.is_normalized("NFC", got[0][1])


def test_named_app_and_table_rows_and_line_breaks():
    got = _channels(P("Vận hành ứng dụng Hue-S tích hợp thông tin du lịch; ứng dụng công nghệ số trong quản lý."),
                    P("Phát tại các hội chợ và cơ quan đại diện Việt Nam ở"),
                    P("nước ngoài."))
    assert ("other", "ứng dụng Hue-S") in got
    assert sum(1 for ch, _ in got if ch == "other") == 1
    assert ("overseas_missions", "cơ quan đại diện Việt Nam ở nước ngoài") in got
    from tests.nlp._docs import T
    assert _channels(T(["Tin, bài trên báo chí nước ngoài", "45"])) == []


def test_named_foreign_partner_locality_and_diaspora_of_the_province():
    got = _channels(P("Tỉnh tăng cường hợp tác với tỉnh Gyeonggi (Hàn Quốc) và thành phố Vientiane (Lào); "
                      "phát huy vai trò cộng đồng người Hà Tĩnh ở nước ngoài."))
    ids = {c for c, _ in got}
    assert "partner_localities" in ids
    assert "diaspora" in ids


def test_promotional_video_named_alone():
    got = _channels(L("- Clip giới thiệu \"Mùa lúa chín\" được phát trên các màn hình tại ga quốc tế."))
    assert any(c == "video" for c, _ in got)


def test_not_channels_merged_plans_recognitions_factors_and_press_trip_outlets():
    from nlp.factors import extract_factors

    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"),
        P("Công tác quảng bá được lồng ghép trong Chương trình xúc tiến thương mại hằng năm của tỉnh."),
        P("Năm 2023, tỉnh được tạp chí Travel + Leisure bình chọn là điểm đến mới nổi."),
        P("Tỉnh đón đoàn 12 phóng viên các hãng AFP, Reuters đến tác nghiệp."),
        P("Sở TTTT là cơ quan thường trực, phối hợp với các cơ quan báo chí của tỉnh triển khai."),
        P("Tỉnh xác định các yếu tố trọng tâm:"),
        L("- Văn hóa: lễ hội Katê, tháp Chăm Pô Klông Garai."),
        H("II. KIẾN NGHỊ"), P("Đề nghị Bộ hỗ trợ."), *SIGNATURE)
    ids = {c.channel for c in run(doc, extract_factors, extract_channels).channels}
    assert "press_trips" in ids
    assert not ids & {"trade_promotion", "foreign_media", "events", "local_media"}


def test_short_video_format_is_a_channel_even_on_a_platform():
    got = _channels(L("- Tài khoản TikTok “Visit Ben Tre” tập trung vào video ngắn về miệt vườn."))
    assert ("video", "video ngắn") in got
    # videos that are only what a platform posts stay part of that platform
    got = _channels(L("- Kênh YouTube \"Ben Tre TV\" phát hành 30 video quảng bá."))
    assert not any(ch == "video" for ch, _ in got)


def test_a_week_of_the_province_abroad_is_an_event():
    got = _channels(L("- Tổ chức Tuần lễ Bến Tre tại Hàn Quốc năm 2024."))
    assert any(ch == "events" for ch, _ in got)


def test_festival_named_only_for_the_visitors_it_drew_is_no_channel():
    got = _channels(P("Năm 2023, tỉnh đón 4 triệu lượt khách; riêng Lễ hội Dừa năm 2024 đón khoảng 1 triệu lượt khách."))
    assert not any(ch == "events" for ch, _ in got)
    got = _channels(L("- Tổ chức Lễ hội Dừa lần thứ 6, thu hút 300 nghìn lượt khách."))
    assert any(ch == "events" for ch, _ in got)


def test_the_handbook_of_the_22_factors_is_no_publication_of_the_province():
    got = _channels(P("Trên cơ sở 22 yếu tố truyền thông được giới thiệu trong Cẩm nang, tỉnh xác định 03 yếu tố."),
                    L("- Phát hành cẩm nang du lịch song ngữ."))
    assert [ch for ch, _ in got] == ["publications"]
    assert "song ngữ" in got[0][1] or got[0][1].lower().startswith("cẩm nang")


def test_home_province_community_and_association_abroad_are_diaspora():
    ch = _channels(P("Đài tỉnh kết nối với cộng đồng người Quảng Ninh tại Nhật Bản và Hội Người Việt Nam tại "
                     "Singapore."))
    assert [c for c, _ in ch].count("diaspora") == 2


def test_promotion_events_and_event_venues_abroad():
    ch = _channels(P("Năm 2024 tỉnh tổ chức 03 sự kiện xúc tiến thương mại nông sản tại Nhật Bản."),
                   P("Tổ chức Tuần lễ văn hóa Quảng Ninh tại thành phố Busan (Hàn Quốc)."))
    kinds = {c for c, _ in ch}
    assert "partner_localities" not in kinds
    assert [m for c, m in ch if c == "events"] and all("sự kiện" not in m for c, m in ch if c == "events")


def test_a_target_of_the_plan_names_no_channel_used():
    got = _channels(P("Chương trình đề ra mục tiêu mỗi năm có 40 phóng sự trên truyền hình nước ngoài."),
                    P("Tỉnh phấn đấu đến năm 2026 có bài viết trên báo chí quốc tế."))
    assert got == []


def test_a_broadcaster_of_a_foreign_country_is_foreign_media():
    got = _channels(P("Tỉnh trao đổi chương trình với Đài Phát thanh và Truyền hình Vân Nam (Trung Quốc)."))
    assert got == [("foreign_media", "Đài Phát thanh và Truyền hình Vân Nam (Trung Quốc)")]


def test_a_platform_named_after_a_generic_word_is_that_platform():
    got = _channels(P("Các clip được đăng trên nền tảng TikTok và ứng dụng Zalo của tỉnh."))
    assert [ch for ch, _ in got] == ["tiktok", "zalo"]


def test_a_titled_video_is_a_video_unless_it_is_the_platforms_content_in_its_clause():
    got = _channels(P("Fanpage “Visit Hai Duong” và kênh YouTube “Hai Duong TV”; phim “Hai Duong in Spring” "
                      "đạt 90 nghìn lượt xem."),
                    P("Phim “Con Son Autumn” được đăng trên kênh YouTube của tỉnh."),
                    P("Tài khoản TikTok “@haiduongtravel” với loạt clip “Vải thiều Thanh Hà” đạt 1 triệu lượt xem."))
    assert [m for ch, m in got if ch == "video"] == ["phim “Hai Duong in Spring”", "Phim “Con Son Autumn”"]


def test_events_reported_on_foreign_missions_at_home_and_own_meetings_abroad():
    got = _channels(P("Báo Hải Dương đưa tin về các lễ hội và sự kiện văn hóa của tỉnh."),
                    P("Tỉnh mời các cơ quan đại diện nước ngoài dự Lễ hội Côn Sơn."),
                    P("Tổ chức Hội nghị xúc tiến đầu tư tỉnh Hải Dương tại Osaka (Nhật Bản); cử 03 đoàn xúc tiến "
                      "sang Hàn Quốc."),
                    P("Đài Phát thanh và Truyền hình Hải Dương phát sóng bản tin tiếng Anh hằng tuần."))
    channels = {ch for ch, _ in got}
    assert "overseas_missions" not in channels and "partner_localities" not in channels
    assert "publications" not in channels
    assert [m for ch, m in got if ch == "events"] == ["Lễ hội Côn Sơn"]
    assert ("trade_promotion", "đoàn xúc tiến") in got


def test_an_event_with_foreign_participants_is_an_event_even_where_it_drew_visitors():
    got = _channels(P("Lễ hội Hoa Sen lần thứ 3 năm 2024 đón 150 nghìn lượt khách, có đoàn nghệ thuật của 8 "
                      "quốc gia tham dự."))
    assert [ch for ch, _ in got] == ["events"]
