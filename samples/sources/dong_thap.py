"""Đồng Tháp: .odt, a công văn: the subject "V/v ..." under the number, no "BÁO CÁO" title line.
Unnumbered bold capital headings; a short letter (about two pages); "+" bullets throughout;
messages in straight quotes (Vietnamese and English); Zalo OA, TikTok, kiều bào; "hơn 2 triệu lượt
xem", "khoảng 120 nghìn người theo dõi", "765,4 triệu USD"; one undivided "ĐÁNH GIÁ" section
(section 2); recommendations written inline ("Kiến nghị Bộ Văn hóa, Thể thao và Du lịch ...")."""

from kit.gold import F

SAMPLE = dict(
    stem="DongThap_CV2874-UBND-VX_bao-cao-3836",
    format="odt",
    layout=dict(headings="bold", signature="plain"),
    author="VP UBND tinh Dong Thap",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"], number="2874/UBND-VX",
                vv=["V/v báo cáo kết quả thực hiện", "công tác truyền thông quảng bá", "hình ảnh địa phương ra nước ngoài",
                    "theo cách làm mới"],
                place_date="Đồng Tháp, ngày 23 tháng 9 năm 2024"),
    title=[],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Đồng Tháp", issuer="Ủy ban nhân dân tỉnh Đồng Tháp", number="2874/UBND-VX", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Huỳnh Minh Tâm", "position": "Phó Chủ tịch"}),
    intro="""
Ủy ban nhân dân tỉnh Đồng Tháp nhận được Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới. Sau khi rà soát, UBND tỉnh báo cáo như sau:
""",
    body="""
# {1} |TÌNH HÌNH TRIỂN KHAI
Thực hiện hướng dẫn tại Công văn số 765/BTTTT-TTĐN của Bộ Thông tin và Truyền thông, ngày 26/7/2023 UBND tỉnh đã ban hành Kế hoạch số 231/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Đồng Tháp ra nước ngoài theo cách làm mới, giai đoạn 2023 - 2025.
Tỉnh tập trung truyền thông 03 yếu tố thế mạnh:
+ Sản phẩm từ sen và hoa kiểng Sa Đéc;
+ Du lịch sinh thái, nông nghiệp gắn với Vườn quốc gia Tràm Chim, Khu du lịch Gáo Giồng;
+ Con người Đồng Tháp hiền hòa, mến khách.
Thông điệp được sử dụng thống nhất là "Đồng Tháp - Đất Sen hồng", phiên bản tiếng Anh "Dong Thap - The Land of Pink Lotus".
Các kênh truyền thông chính:
+ Fanpage "Dong Thap Tourism" (song ngữ Việt - Anh) hiện có khoảng 120 nghìn người theo dõi;
+ Zalo OA "Du lịch Đồng Tháp" cung cấp bản đồ số, thông tin điểm đến, lưu trú cho du khách, với 35.600 người quan tâm;
+ Kênh TikTok "@dongthaptourism" với loạt video "Mùa sen Đồng Tháp" đạt hơn 2 triệu lượt xem;
+ Phối hợp với kiều bào tại Hoa Kỳ, Úc và Hội Doanh nhân Việt Nam tại Nhật Bản giới thiệu sản phẩm sen, xoài Cao Lãnh;
+ Tham gia Hội chợ thực phẩm FOODEX Japan và các hội chợ nông sản tại Hàn Quốc.
## |Kết quả bước đầu
Năm 2023, tỉnh đón 3,96 triệu lượt khách, tăng 18,3% so với năm 2022; doanh thu du lịch đạt 2.140 tỷ đồng. Kim ngạch xuất khẩu năm 2023 đạt 1,36 tỷ USD. Trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 765,4 triệu USD, tăng 9,5% so với cùng kỳ; xoài Cao Lãnh đã xuất khẩu sang thị trường Nhật Bản, Hàn Quốc, Úc.
# {2} |ĐÁNH GIÁ
* Ưu điểm:
+ Kế hoạch được triển khai đồng bộ; các sở, ngành, địa phương chủ động phối hợp cung cấp nội dung.
+ Các nền tảng số (Zalo, TikTok) được khai thác hiệu quả, chi phí thấp, tiếp cận nhanh giới trẻ.
* Hạn chế:
+ Nội dung bằng ngoại ngữ còn ít, chủ yếu tiếng Anh.
+ Chưa có số liệu đo lường khách quốc tế biết đến Đồng Tháp qua từng kênh truyền thông.
# {3} |KIẾN NGHỊ, ĐỀ XUẤT
Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh tham gia các chương trình xúc tiến du lịch quốc gia tại thị trường châu Âu. Đề nghị Bộ Thông tin và Truyền thông chia sẻ kho dữ liệu hình ảnh quốc gia để địa phương sử dụng thống nhất, đồng thời tổ chức tập huấn kỹ năng sản xuất video ngắn trên nền tảng số. Đề nghị Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương hỗ trợ quảng bá thương hiệu xoài, sen Đồng Tháp gắn với xúc tiến xuất khẩu.
""",
    closing=["Trên đây là báo cáo của UBND tỉnh Đồng Tháp, kính gửi Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- CT và các PCT UBND tỉnh;", "- Sở TT&TT, Sở VH,TT&DL;", "- Lưu: VT, VX."],
    signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Huỳnh Minh Tâm"],
)

GOLD = dict(
    plan=dict(status="built", references=[("231/KH-UBND", "2023-07-26")], ev="Kế hoạch số 231/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Sản phẩm từ sen và hoa kiểng Sa Đéc", "products", "Sản phẩm từ sen và hoa kiểng Sa Đéc"),
        ("Du lịch sinh thái, nông nghiệp", "tourism", "Du lịch sinh thái, nông nghiệp gắn với"),
        ("Con người Đồng Tháp hiền hòa, mến khách", "value_system", "Con người Đồng Tháp hiền hòa"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Đồng Tháp - Đất Sen hồng", "Thông điệp được sử dụng thống nhất"),
        ("Dong Thap - The Land of Pink Lotus", "Thông điệp được sử dụng thống nhất"),
    ]),
    channels=[
        ("facebook", 'Fanpage "Dong Thap Tourism"', 'Fanpage "Dong Thap Tourism"'),
        ("zalo", 'Zalo OA "Du lịch Đồng Tháp"', 'Zalo OA "Du lịch Đồng Tháp"'),
        ("tiktok", 'Kênh TikTok "@dongthaptourism"', 'Kênh TikTok "@dongthaptourism"'),
        ("diaspora", "kiều bào tại Hoa Kỳ, Úc", "Phối hợp với kiều bào"),
        ("diaspora", "Hội Doanh nhân Việt Nam tại Nhật Bản", "Phối hợp với kiều bào"),
        ("trade_promotion", "Hội chợ thực phẩm FOODEX Japan và các hội chợ nông sản tại Hàn Quốc", "FOODEX Japan"),
    ],
    figures=[
        F("followers", "người theo dõi", 120000, "people", "nghìn người theo dõi", None, 'Fanpage "Dong Thap Tourism"',
          approx=True),
        F("followers", "người quan tâm", 35600, "people", "người quan tâm", None, 'Zalo OA "Du lịch Đồng Tháp"'),
        F("views", "lượt xem", 2000000, "visits", "triệu lượt xem", None, 'Kênh TikTok "@dongthaptourism"', approx=True),
        F("visitors_total", "lượt khách", 3.96e6, "visits", "triệu lượt", "2023", "tỉnh đón 3,96 triệu lượt khách",
          ch=("increase", 18.3, None, "2022")),
        F("tourism_revenue", "doanh thu du lịch", 2140e9, "VND", "tỷ đồng", "2023", "tỉnh đón 3,96 triệu lượt khách"),
        F("export_value", "Kim ngạch xuất khẩu", 1.36e9, "USD", "tỷ USD", "2023", "Kim ngạch xuất khẩu năm 2023 đạt 1,36 tỷ USD"),
        F("export_value", "kim ngạch xuất khẩu", 765.4e6, "USD", "triệu USD", "2024-H1", "kim ngạch xuất khẩu đạt 765,4 triệu USD",
          ch=("increase", 9.5, None, "2023-H1")),
    ],
    strengths=["Kế hoạch được triển khai đồng bộ", "Các nền tảng số (Zalo, TikTok)"],
    difficulties=["Nội dung bằng ngoại ngữ còn ít", "Chưa có số liệu đo lường"],
    recommendations=[
        (None, ["mocst"], "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông chia sẻ"),
        (None, ["other_ministries"], "Đề nghị Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương"),
    ],
)
