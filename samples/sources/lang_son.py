"""Lạng Sơn (batch 7, held out): .odt written as one table "TT | Nội dung theo đề cương | Tình hình,
kết quả thực hiện", rows 1-9 against outline 1, 2.1, 2.2, 2.3, 3 (the running number is not the
outline's). Cells of several paragraphs with "-"/"+" bullets. The message cell holds a Vietnamese
message, an English one and a bilingual investment slogan written "Vietnamese / English" (each
wording is an item). The body names the province's digital channels only as "danh sách ... tại
Phụ lục"; the Phụ lục after the signature lists them: "TT | Tên kênh | Địa chỉ | Ngôn ngữ |
Người theo dõi/lượt truy cập (tính đến 31/8/2024)" (portal visits, Fanpage and Weibo followers,
Zalo OA "người quan tâm", YouTube "người đăng ký"). A foreign broadcaster as partner; "08 biên
bản ghi nhớ"; "5,28 tỷ USD" of trade; recommendations to the Government, the ministry and the
Bộ Công Thương; plain signature."""

from kit.gold import F

SAMPLE = dict(
    stem="LangSon_BC1187_UBND_bang",
    format="odt",
    layout=dict(headings="bold", signature="plain", font_size=13),
    author="UBND tinh Lang Son",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], number="1187/BC-UBND",
                place_date="Lạng Sơn, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Lạng Sơn ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Lạng Sơn", issuer="Ủy ban nhân dân tỉnh Lạng Sơn", number="1187/BC-UBND", date="2024-09-26",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Lạng Sơn ra nước ngoài theo cách làm mới",
        signer={"name": "Đoàn Thanh Sơn", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Lạng Sơn báo cáo theo các nội dung của đề cương như sau:
""",
    body="""
@table widths=1.0,4.5,10.5 size=13
|! TT | Nội dung theo đề cương | Tình hình, kết quả thực hiện |
| {1} 1 | Xây dựng Kế hoạch/Chương trình truyền thông quảng bá theo cách làm mới | Ngày 05/9/2023, UBND tỉnh ban hành Kế hoạch số 203/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Lạng Sơn ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. ¶ Kế hoạch xác định các thị trường trọng điểm là Trung Quốc, Hàn Quốc và các nước ASEAN. |
| 2 | Yếu tố truyền thông trọng tâm | Tỉnh tập trung vào 05 yếu tố: ¶ - Vị trí cửa ngõ biên giới, hệ thống cửa khẩu Hữu Nghị, Tân Thanh, Đồng Đăng; ¶ - Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và hạ tầng logistics; ¶ - Danh thắng xứ Lạng: động Tam Thanh, Nhị Thanh, núi Mẫu Sơn; ¶ - Văn hóa dân tộc Nùng, Tày (hát then, đàn tính, lễ hội Lồng tồng); ¶ - Nông sản đặc trưng: hồi, na Chi Lăng, hồng không hạt Bảo Lâm. |
| 3 | Thông điệp truyền thông | Thông điệp tiếng Việt: “Lạng Sơn - Cửa ngõ giao thương, đậm đà bản sắc xứ Lạng”. ¶ Thông điệp tiếng Anh: “Lang Son - Vietnam's Gateway to ASEAN and China”. ¶ Khẩu hiệu song ngữ dùng trong xúc tiến đầu tư: “Lạng Sơn - Kết nối để phát triển / Lang Son - Connect to Grow”. |
| 4 | Phương thức, kênh truyền thông và hiệu quả | - Các kênh truyền thông số của tỉnh trên Internet và mạng xã hội (danh sách, địa chỉ và số người theo dõi tại Phụ lục kèm theo). ¶ - Báo Lạng Sơn và Đài Phát thanh và Truyền hình Lạng Sơn phát bản tin tiếng Trung hằng tuần. ¶ - Hợp tác với Đài Phát thanh Truyền hình Quảng Tây (Trung Quốc) trao đổi chương trình về du lịch biên giới. ¶ - Tổ chức Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2024 tại Thâm Quyến (Trung Quốc). ¶ + Hiệu quả: các kênh tiếng Trung thu hút đông người theo dõi nhất; Hội nghị tại Thâm Quyến ký kết 08 biên bản ghi nhớ đầu tư. |
| 5 | Kết quả đạt được | Năm 2023, tỉnh đón 3,1 triệu lượt khách du lịch, trong đó khách quốc tế đạt 182 nghìn lượt. Kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh năm 2023 đạt 5,28 tỷ USD. |
| {2.1} 6 | Ưu điểm | Kế hoạch sát thực tế, chọn đúng thị trường trọng điểm. Các kênh tiếng Trung phát huy hiệu quả nhờ gần thị trường Trung Quốc. |
| {2.2} 7 | Khó khăn, vướng mắc và nguyên nhân | - Hạn chế: ¶ + Nội dung tiếng Hàn và các ngôn ngữ ASEAN còn ít. ¶ + Chưa có bộ công cụ đo lường hiệu quả thống nhất giữa các kênh. ¶ - Nguyên nhân: ¶ + Khách quan: tình hình thông quan tại các cửa khẩu có thời điểm ùn tắc, ảnh hưởng đến hình ảnh của tỉnh. ¶ + Chủ quan: đội ngũ biên tập viên ngoại ngữ còn mỏng, chưa được đào tạo bài bản. |
| {2.3} 8 | Bài học kinh nghiệm | - Cách làm hay: video ngắn về ẩm thực, chợ biên giới đăng trên Weibo được chia sẻ nhiều. ¶ - Chưa hiệu quả: dịch máy bài viết sang tiếng Trung để đăng ngay, nhiều lỗi, phải gỡ bỏ. |
| {3} 9 | Đề xuất, kiến nghị | - Kiến nghị Chính phủ chỉ đạo các bộ, ngành phối hợp với phía Trung Quốc nâng cao năng lực thông quan tại các cửa khẩu. ¶ - Đề nghị Bộ Thông tin và Truyền thông hỗ trợ đào tạo biên tập viên tiếng Trung, tiếng Hàn cho địa phương. ¶ - Đề nghị Bộ Công Thương hỗ trợ tổ chức hội chợ thương mại quốc tế tại khu vực cửa khẩu. |
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Lạng Sơn ra nước ngoài "
             "theo cách làm mới, UBND tỉnh Lạng Sơn trân trọng báo cáo./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT (b/c);", "- Cục Thông tin đối ngoại;", "- Thường trực Tỉnh ủy;",
                "- CT, các PCT UBND tỉnh;", "- Các Sở: TT&TT, VHTTDL, Ngoại vụ, Công Thương;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đoàn Thanh Sơn"],
    appendix="""
# |PHỤ LỤC
> (Kèm theo Báo cáo số 1187/BC-UBND ngày 26/9/2024 của UBND tỉnh Lạng Sơn)
* CÁC KÊNH TRUYỀN THÔNG SỐ QUẢNG BÁ HÌNH ẢNH TỈNH LẠNG SƠN
@table widths=1.0,5.0,4.2,2.2,3.6 size=12
|! TT | Tên kênh | Địa chỉ | Ngôn ngữ | Người theo dõi/lượt truy cập (tính đến 31/8/2024) |
| 1 | Chuyên trang tiếng Anh, tiếng Trung của Cổng Thông tin điện tử tỉnh | langson.gov.vn/en | Anh, Trung | 96.400 lượt truy cập |
| 2 | Fanpage “Lạng Sơn Tourism” | facebook.com/langsontourism | Việt, Anh | 31.250 người theo dõi |
| 3 | Zalo OA “Xứ Lạng” | zalo.me/xulanggov | Việt | 8.700 người quan tâm |
| 4 | Kênh YouTube “Lang Son TV” | youtube.com/@langsontv | Việt, Anh | 22.600 người đăng ký |
| 5 | Tài khoản Weibo “Lang Son Travel” | weibo.com/langsontravel | Trung | 47.900 người theo dõi |
""",
)

_F, _KQ = "Tỉnh tập trung vào 05 yếu tố", "Năm 2023, tỉnh đón 3,1 triệu lượt"
_SL = "Khẩu hiệu song ngữ dùng trong xúc tiến đầu tư"
_HQ = "Hiệu quả: các kênh tiếng Trung"

GOLD = dict(
    plan=dict(status="built", references=[("203/KH-UBND", "2023-09-05")], ev="UBND tỉnh ban hành Kế hoạch số 203/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Vị trí cửa ngõ biên giới, hệ thống cửa khẩu Hữu Nghị, Tân Thanh, Đồng Đăng", "business_potential",
         "Vị trí cửa ngõ biên giới"),
        ("Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và hạ tầng logistics", "business_potential",
         "Khu kinh tế cửa khẩu Đồng Đăng"),
        ("Danh thắng xứ Lạng", "tourism", "Danh thắng xứ Lạng: động Tam Thanh"),
        ("Văn hóa dân tộc Nùng, Tày", "culture_heritage", "Văn hóa dân tộc Nùng, Tày"),
        ("Nông sản đặc trưng", "products", "Nông sản đặc trưng: hồi"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Lạng Sơn - Cửa ngõ giao thương, đậm đà bản sắc xứ Lạng", "Thông điệp tiếng Việt:"),
        ("Lang Son - Vietnam's Gateway to ASEAN and China", "Thông điệp tiếng Anh:"),
        ("Lạng Sơn - Kết nối để phát triển", _SL),
        ("Lang Son - Connect to Grow", _SL),
    ]),
    channels=[
        ("local_media", "Báo Lạng Sơn", "Báo Lạng Sơn và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Lạng Sơn", "Báo Lạng Sơn và Đài Phát thanh"),
        ("foreign_media", "Đài Phát thanh Truyền hình Quảng Tây (Trung Quốc)", "Hợp tác với Đài Phát thanh Truyền hình Quảng Tây"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2024 tại Thâm Quyến (Trung Quốc)",
         "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn"),
        ("portal", "Chuyên trang tiếng Anh, tiếng Trung của Cổng Thông tin điện tử tỉnh", "langson.gov.vn/en"),
        ("facebook", "Fanpage “Lạng Sơn Tourism”", "facebook.com/langsontourism"),
        ("zalo", "Zalo OA “Xứ Lạng”", "zalo.me/xulanggov"),
        ("youtube", "Kênh YouTube “Lang Son TV”", "youtube.com/@langsontv"),
        ("other_social", "Tài khoản Weibo “Lang Son Travel”", "weibo.com/langsontravel"),
    ],
    figures=[
        F("partners", "biên bản ghi nhớ đầu tư", 8, "count", "biên bản ghi nhớ", "2024", _HQ),
        F("visitors_total", "lượt khách du lịch", 3.1e6, "visits", "triệu lượt", "2023", _KQ),
        F("visitors_international", "khách quốc tế", 182000, "visits", "nghìn lượt", "2023", _KQ),
        F("trade_value", "Kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh", 5.28e9, "USD", "tỷ USD", "2023",
          "Kim ngạch xuất nhập khẩu qua các cửa khẩu"),
        F("site_visits", "lượt truy cập", 96400, "visits", "lượt truy cập", "2024-08", "langson.gov.vn/en"),
        F("followers", "người theo dõi", 31250, "people", "người theo dõi", "2024-08", "facebook.com/langsontourism"),
        F("followers", "người quan tâm", 8700, "people", "người quan tâm", "2024-08", "zalo.me/xulanggov"),
        F("followers", "người đăng ký", 22600, "people", "người đăng ký", "2024-08", "youtube.com/@langsontv"),
        F("followers", "người theo dõi", 47900, "people", "người theo dõi", "2024-08", "weibo.com/langsontravel"),
    ],
    strengths=["Kế hoạch sát thực tế", "Các kênh tiếng Trung phát huy hiệu quả"],
    difficulties=["Nội dung tiếng Hàn và các ngôn ngữ ASEAN", "Chưa có bộ công cụ đo lường"],
    causes_objective=["Khách quan: tình hình thông quan"],
    causes_subjective=["Chủ quan: đội ngũ biên tập viên"],
    lessons=["Cách làm hay: video ngắn về ẩm thực", "Chưa hiệu quả: dịch máy"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ chỉ đạo"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ đào tạo"),
        (None, ["other_ministries"], "Đề nghị Bộ Công Thương"),
    ],
)
