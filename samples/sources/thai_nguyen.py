"""Thái Nguyên: .rtf, Word heading styles. Key messages in English or bilingual: the Vietnamese
"Thái Nguyên - Đệ nhất danh trà" beside its English "Thai Nguyen - The Land of Fine Tea" in one
sentence; an English-only slogan used abroad for investors ("Thai Nguyen - Your Smart Investment
Destination"); a table "Thị trường mục tiêu | Thông điệp | Kênh chủ yếu" whose cells give the
messages per market (one repeats the English tea message, one is new: "Thai Nguyen Tea - A Taste
of Vietnam"); distractors that look like slogans: a hashtag campaign (#ThaiNguyenTeaJourney),
an English video title ("Thai Nguyen in 4K"), a festival name. Plan 167/KH-UBND; an event crowd
"khoảng 320 nghìn lượt khách" (metric other)."""

from kit.gold import F

SAMPLE = dict(
    stem="ThaiNguyen_BC233_UBND_quangba_2024",
    format="rtf",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="So TTTT Thai Nguyen",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"], number="233/BC-UBND",
                place_date="Thái Nguyên, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Thái Nguyên ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Thái Nguyên", issuer="Ủy ban nhân dân tỉnh Thái Nguyên", number="233/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thái Nguyên ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Thanh Bình", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Thái Nguyên báo cáo kết quả như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Xây dựng Kế hoạch
Ngày 11/10/2023, UBND tỉnh ban hành Kế hoạch số 167/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Thái Nguyên ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, định hướng đến năm 2030.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh xác định 04 yếu tố thế mạnh:
- Vùng chè đặc sản Tân Cương và văn hóa trà Thái Nguyên.
- Khu di tích ATK Định Hóa - “Thủ đô gió ngàn” thời kháng chiến.
- Môi trường đầu tư công nghiệp công nghệ cao, nơi đặt các tổ hợp sản xuất điện tử lớn của Hàn Quốc.
- Trung tâm đào tạo nguồn nhân lực của vùng trung du và miền núi phía Bắc.
## 3.|Thông điệp truyền thông
Thông điệp chung của tỉnh là “Thái Nguyên - Đệ nhất danh trà”, phiên bản tiếng Anh “Thai Nguyen - The Land of Fine Tea”, được sử dụng thống nhất trên mọi sản phẩm truyền thông của tỉnh.
Trong hoạt động xúc tiến đầu tư ở nước ngoài, tỉnh sử dụng khẩu hiệu tiếng Anh “Thai Nguyen - Your Smart Investment Destination”.
Thông điệp được điều chỉnh theo từng thị trường mục tiêu như sau:
| Thị trường mục tiêu | Thông điệp | Kênh chủ yếu |
| Hàn Quốc, Nhật Bản (nhà đầu tư) | “Thai Nguyen - Your Smart Investment Destination” | Hội nghị xúc tiến đầu tư, LinkedIn |
| Trung Quốc, Đài Loan (Trung Quốc) (nhà nhập khẩu chè) | “Thai Nguyen Tea - A Taste of Vietnam” | Cổng Thông tin điện tử tỉnh (tiếng Trung) |
| Khách du lịch quốc tế | “Thai Nguyen - The Land of Fine Tea” | Fanpage, YouTube |
## 4.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh với các phiên bản tiếng Anh, tiếng Hàn, tiếng Trung.
- Fanpage “Visit Thai Nguyen” và kênh YouTube “Thai Nguyen Tourism”; video “Thai Nguyen in 4K” đạt 265 nghìn lượt xem sau 6 tháng đăng tải.
- Trang LinkedIn “Thai Nguyen Investment” kết nối với cộng đồng doanh nghiệp Hàn Quốc.
- Festival Trà Thái Nguyên - Việt Nam lần thứ 2 năm 2023 thu hút khoảng 320 nghìn lượt khách, có đại diện của 12 quốc gia tham dự.
- Chiến dịch #ThaiNguyenTeaJourney trên TikTok, mời 06 KOL Hàn Quốc, Trung Quốc trải nghiệm vùng chè Tân Cương.
- Hội nghị xúc tiến đầu tư tại Seoul (Hàn Quốc) tháng 4/2024.
## 5.|Kết quả đạt được
Năm 2023, tỉnh thu hút 23 dự án FDI với tổng vốn đăng ký 1,05 tỷ USD; kim ngạch xuất khẩu chè đạt 68,4 triệu USD, tăng 9,2% so với năm 2022. Chín tháng đầu năm 2024, tỉnh đón 12.600 lượt khách quốc tế, tăng 27% so với cùng kỳ.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Thông điệp song ngữ ngắn gọn, gắn với sản phẩm chè nổi tiếng, dễ nhớ với bạn bè quốc tế.
- Điều chỉnh thông điệp theo từng thị trường giúp tiếp cận đúng đối tượng.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Sản phẩm du lịch quốc tế còn đơn điệu, thời gian lưu trú ngắn.
- Nội dung tiếng Trung, tiếng Hàn cập nhật chưa thường xuyên.
- Nguyên nhân khách quan: khách quốc tế chủ yếu đi qua Hà Nội, lưu trú ngắn ngày tại tỉnh.
- Nguyên nhân chủ quan: đội ngũ biên tập viên ngoại ngữ còn thiếu.
## {2.3} 3.|Bài học kinh nghiệm
- Lấy một sản phẩm biểu tượng (chè) làm trục cho toàn bộ thông điệp giúp hình ảnh tỉnh nhất quán.
- Chiến dịch với KOL cần chọn người có lượng người theo dõi phù hợp thị trường mục tiêu, tránh chạy theo số lượng.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ dịch thuật, biên tập nội dung tiếng Hàn, tiếng Trung cho các địa phương.
- Đề nghị Bộ Ngoại giao chỉ đạo các cơ quan đại diện Việt Nam tại Hàn Quốc, Trung Quốc giới thiệu thương hiệu chè Thái Nguyên.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thái Nguyên ra nước ngoài theo cách làm mới, UBND tỉnh Thái Nguyên trân trọng báo cáo./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT;", "- Cục Thông tin đối ngoại;", "- TT Tỉnh ủy; TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TT&TT;", "- Lưu: VT, VX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Thanh Bình"],
)

GOLD = dict(
    plan=dict(status="built", references=[("167/KH-UBND", "2023-10-11")], ev="UBND tỉnh ban hành Kế hoạch số 167/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Vùng chè đặc sản Tân Cương và văn hóa trà Thái Nguyên", "products", "Vùng chè đặc sản Tân Cương"),
        ("Khu di tích ATK Định Hóa", "culture_heritage", "Khu di tích ATK Định Hóa"),
        ("Môi trường đầu tư công nghiệp công nghệ cao", "business_potential", "Môi trường đầu tư công nghiệp công nghệ cao"),
        ("Trung tâm đào tạo nguồn nhân lực của vùng trung du và miền núi phía Bắc", "quality_of_life",
         "Trung tâm đào tạo nguồn nhân lực"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Thái Nguyên - Đệ nhất danh trà", "Thông điệp chung của tỉnh là"),
        ("Thai Nguyen - The Land of Fine Tea", "Thông điệp chung của tỉnh là"),
        ("Thai Nguyen - Your Smart Investment Destination", "tỉnh sử dụng khẩu hiệu tiếng Anh"),
        ("Thai Nguyen Tea - A Taste of Vietnam", "“Thai Nguyen Tea - A Taste of Vietnam”"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh", "Cổng Thông tin điện tử tỉnh với các phiên bản"),
        ("facebook", "Fanpage “Visit Thai Nguyen”", "Fanpage “Visit Thai Nguyen” và kênh YouTube"),
        ("youtube", "kênh YouTube “Thai Nguyen Tourism”", "Fanpage “Visit Thai Nguyen” và kênh YouTube"),
        ("video", "video “Thai Nguyen in 4K”", "Fanpage “Visit Thai Nguyen” và kênh YouTube"),
        ("other_social", "Trang LinkedIn “Thai Nguyen Investment”", "Trang LinkedIn"),
        ("events", "Festival Trà Thái Nguyên - Việt Nam lần thứ 2 năm 2023", "Festival Trà Thái Nguyên - Việt Nam lần thứ 2"),
        ("tiktok", "TikTok", "Chiến dịch #ThaiNguyenTeaJourney trên TikTok"),
        ("influencers", "06 KOL Hàn Quốc, Trung Quốc", "Chiến dịch #ThaiNguyenTeaJourney trên TikTok"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Seoul (Hàn Quốc)", "Hội nghị xúc tiến đầu tư tại Seoul (Hàn Quốc) tháng 4/2024"),
    ],
    figures=[
        F("views", "lượt xem", 265000, "visits", "nghìn lượt xem", None, "video “Thai Nguyen in 4K” đạt 265 nghìn lượt xem"),
        F("other", "lượt khách (Festival Trà Thái Nguyên - Việt Nam lần thứ 2)", 320000, "visits", "nghìn lượt khách", "2023",
          "Festival Trà Thái Nguyên - Việt Nam lần thứ 2", approx=True),
        F("other", "quốc gia tham dự", 12, "count", "quốc gia", "2023", "Festival Trà Thái Nguyên - Việt Nam lần thứ 2"),
        F("other", "KOL Hàn Quốc, Trung Quốc", 6, "count", "KOL", None, "Chiến dịch #ThaiNguyenTeaJourney trên TikTok"),
        F("fdi_projects", "dự án FDI", 23, "count", "dự án", "2023", "tỉnh thu hút 23 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 1.05e9, "USD", "tỷ USD", "2023", "tỉnh thu hút 23 dự án FDI"),
        F("export_value", "kim ngạch xuất khẩu chè", 68.4e6, "USD", "triệu USD", "2023", "tỉnh thu hút 23 dự án FDI",
          ch=("increase", 9.2, None, "2022")),
        F("visitors_international", "lượt khách quốc tế", 12600, "visits", "lượt", "2024-9M", "tỉnh đón 12.600 lượt khách quốc tế",
          ch=("increase", 27.0, None, "2023-9M")),
    ],
    strengths=["Thông điệp song ngữ ngắn gọn", "Điều chỉnh thông điệp theo từng thị trường"],
    difficulties=["Sản phẩm du lịch quốc tế còn đơn điệu", "Nội dung tiếng Trung, tiếng Hàn cập nhật chưa thường xuyên"],
    causes_objective=["Nguyên nhân khách quan: khách quốc tế chủ yếu đi qua Hà Nội"],
    causes_subjective=["Nguyên nhân chủ quan: đội ngũ biên tập viên"],
    lessons=["Lấy một sản phẩm biểu tượng (chè)", "Chiến dịch với KOL cần chọn người"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ dịch thuật"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao chỉ đạo"),
    ],
)
