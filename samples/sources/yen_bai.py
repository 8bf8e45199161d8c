"""Yên Bái: .odt, typed "I." / "1.1." / "2.1." headings in bold, plain signature. Plan 96/KH-UBND
beside a provincial Party resolution on tourism (distractor, "giai đoạn 2021-2025"); factor bullets
cut at "(", a dash apposition and "gắn với"/"với"; message in “ ”; a TikTok campaign name as a
distractor; channels in running prose; before/after table "Năm 2022 (trước Kế hoạch) | Năm 2023 (sau
Kế hoạch)"; "Chín tháng đầu năm 2024 ... tăng 12,5% so với cùng kỳ", "ước đạt 52 nghìn lượt",
"gấp 3,4 lần so với năm 2022", "trên 3,5 triệu lượt xem" in a month; a view count with no period in
the lessons; "Nguyên nhân khách quan:" paragraphs; recommendations under "3.1. Đối với Chính phủ"
sub-headings (the addressee only in the heading)."""

from kit.gold import F

SAMPLE = dict(
    stem="YenBai_BC205-UBND_quangba-hinh-anh",
    format="odt",
    layout=dict(headings="bold", signature="plain", font_size=13),
    author="UBND tinh Yen Bai",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI"], number="205/BC-UBND",
                place_date="Yên Bái, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả truyền thông quảng bá hình ảnh tỉnh Yên Bái ra nước ngoài",
           "theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Yên Bái", issuer="Ủy ban nhân dân tỉnh Yên Bái", number="205/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả truyền thông quảng bá hình ảnh tỉnh Yên Bái ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Hoàng Thị Mai Lan", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Yên Bái báo cáo kết quả như sau:
""",
    body="""
# {1} I.|KẾT QUẢ XÂY DỰNG, TRIỂN KHAI KẾ HOẠCH
## 1.1.|Xây dựng Kế hoạch
Tỉnh Yên Bái đã xây dựng và ban hành Kế hoạch số 96/KH-UBND ngày 12/5/2023 của UBND tỉnh về truyền thông quảng bá hình ảnh tỉnh Yên Bái ra nước ngoài theo cách làm mới năm 2023 và những năm tiếp theo. Kế hoạch cụ thể hóa Nghị quyết số 16-NQ/TU ngày 02/8/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch giai đoạn 2021-2025.
## 1.2.|Yếu tố truyền thông trọng tâm
Từ 22 yếu tố truyền thông, tỉnh lựa chọn 05 yếu tố thế mạnh:
- Du lịch ruộng bậc thang Mù Cang Chải (Danh thắng quốc gia đặc biệt): mùa nước đổ, mùa lúa chín.
- Nghệ thuật Xòe Thái - Di sản văn hóa phi vật thể đại diện của nhân loại.
- Hồ Thác Bà gắn với du lịch sinh thái, nghỉ dưỡng.
- Sản phẩm quế Văn Yên, chè Shan tuyết Suối Giàng với chỉ dẫn địa lý được bảo hộ.
- Môi trường sống xanh, an toàn, người dân thân thiện.
## 1.3.|Thông điệp truyền thông
Tỉnh đã xác định thông điệp chính: “Yên Bái - Điểm đến xanh, an toàn, hấp dẫn”.
## 1.4.|Phương thức, kênh truyền thông và hiệu quả
Tỉnh tập trung vào các kênh truyền thông số: Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh, tiếng Trung), Fanpage “Yen Bai Travel” và kênh TikTok “Du lịch Yên Bái”. Song song, tỉnh phối hợp với Kênh truyền hình VTV4, Báo Vietnam News thực hiện 12 phóng sự, bài viết giới thiệu Yên Bái trong năm 2023. Tháng 9/2023, chiến dịch “Mùa vàng Mù Cang Chải” trên TikTok thu hút trên 3,5 triệu lượt xem.
Tỉnh mời một số KOL, blogger du lịch quốc tế (Pháp, Hàn Quốc, Úc) đến trải nghiệm và quảng bá; phối hợp với Đại sứ quán Việt Nam tại Nhật Bản tổ chức không gian giới thiệu du lịch Yên Bái tại Lễ hội Việt Nam ở Tokyo (tháng 6/2024). Lễ hội Văn hóa - Du lịch Mù Cang Chải và Tuần Văn hóa - Du lịch Mường Lò được tổ chức thường niên, thu hút đông đảo du khách quốc tế.
Hiệu quả một số kênh và chỉ tiêu trước và sau khi thực hiện Kế hoạch:
| Nội dung | Đơn vị tính | Năm 2022 (trước Kế hoạch) | Năm 2023 (sau Kế hoạch) |
| Khách du lịch quốc tế | lượt | 9.870 | 41.250 |
| Tổng thu từ du lịch | tỷ đồng | 1.125 | 2.016,4 |
| Người theo dõi Fanpage “Yen Bai Travel” | người | 8.200 | 27.600 |
| Lượt truy cập Cổng TTĐT tỉnh (phiên bản tiếng nước ngoài) | lượt | 45.300 | 98.700 |
## 1.5.|Kết quả về kinh tế - xã hội
Chín tháng đầu năm 2024, toàn tỉnh đón 2,2 triệu lượt khách du lịch, tăng 12,5% so với cùng kỳ; trong đó khách quốc tế ước đạt 52 nghìn lượt. Năm 2023, tỉnh có thêm 03 dự án FDI được cấp mới với tổng vốn đăng ký 26,8 triệu USD, gấp 3,4 lần so với năm 2022. Kim ngạch xuất khẩu toàn tỉnh năm 2023 đạt 342,5 triệu USD.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 2.1.|Ưu điểm
Kế hoạch được triển khai đồng bộ, có sự vào cuộc của cả hệ thống chính trị và người dân. Truyền thông số giúp hình ảnh Yên Bái tiếp cận nhanh với du khách quốc tế với chi phí thấp.
## {2.2} 2.2.|Khó khăn, vướng mắc và nguyên nhân
- Sản phẩm truyền thông chủ yếu về du lịch, chưa quảng bá tương xứng tiềm năng đầu tư.
- Nhân lực biên tập nội dung tiếng nước ngoài còn thiếu; chưa có đơn vị chuyên trách vận hành các kênh mạng xã hội.
Nguyên nhân khách quan: địa hình miền núi chia cắt, hạ tầng giao thông đến các điểm du lịch vùng cao còn khó khăn, huyện Mù Cang Chải cách Hà Nội gần 300 km.
Nguyên nhân chủ quan: việc đầu tư cho truyền thông số còn dàn trải; một bộ phận cán bộ chưa thành thạo kỹ năng sản xuất nội dung số.
## {2.3} 2.3.|Cách làm hay và bài học kinh nghiệm
- Cách làm hay: xây dựng chiến dịch theo mùa trên TikTok, huy động người dân, du khách cùng sản xuất nội dung; một video do người dân đăng tải đạt hơn 500 nghìn lượt xem.
- Cách làm chưa hiệu quả: in tập gấp, bản đồ du lịch phát tại các hội chợ trong nước tốn kém nhưng ít tiếp cận được khách quốc tế.
- Bài học: nội dung chân thực, do chính người dân và du khách kể lại có sức thuyết phục hơn các sản phẩm quảng cáo dàn dựng.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
## 3.1.|Đối với Chính phủ
Sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài; có cơ chế hỗ trợ kinh phí cho các tỉnh miền núi còn nhiều khó khăn.
## 3.2.|Đối với Bộ Thông tin và Truyền thông
Tổ chức tập huấn chuyên sâu về sản xuất nội dung số bằng tiếng nước ngoài; hỗ trợ tỉnh đặt hàng sản phẩm truyền thông trên các kênh đối ngoại quốc gia.
## 3.3.|Đối với các bộ, ngành Trung ương
Đề nghị Bộ Văn hóa, Thể thao và Du lịch đưa Mù Cang Chải vào các chương trình xúc tiến du lịch quốc gia tại thị trường châu Âu, Đông Bắc Á.
Đề nghị Bộ Ngoại giao hỗ trợ tỉnh giới thiệu hình ảnh, sản phẩm đặc trưng qua các cơ quan đại diện Việt Nam ở nước ngoài.
""",
    closing=["Trên đây là báo cáo kết quả truyền thông quảng bá hình ảnh tỉnh Yên Bái ra nước ngoài theo cách làm "
             "mới của Ủy ban nhân dân tỉnh Yên Bái./."],
    recipients=["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Cục Thông tin đối ngoại;",
                "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TT&TT;",
                "- Lưu: VT, VX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Thị Mai Lan"],
)

_KN = "Tỉnh tập trung vào các kênh truyền thông số"
_TT = "Song song, tỉnh phối hợp với Kênh truyền hình VTV4"
_KOL = "Tỉnh mời một số KOL"
_9M = "Chín tháng đầu năm 2024, toàn tỉnh đón"
_FDI = "tỉnh có thêm 03 dự án FDI"
_R1, _R2, _R3, _R4 = "| 9.870 |", "| 1.125 |", "| 8.200 |", "| 45.300 |"

GOLD = dict(
    plan=dict(status="built", references=[("96/KH-UBND", "2023-05-12")], ev="Tỉnh Yên Bái đã xây dựng và ban hành"),
    factors=dict(identified=True, items=[
        ("Du lịch ruộng bậc thang Mù Cang Chải", "tourism", "Du lịch ruộng bậc thang Mù Cang Chải"),
        ("Nghệ thuật Xòe Thái", "culture_heritage", "Nghệ thuật Xòe Thái"),
        ("Hồ Thác Bà", "tourism", "Hồ Thác Bà gắn với"),
        ("Sản phẩm quế Văn Yên, chè Shan tuyết Suối Giàng", "products", "Sản phẩm quế Văn Yên"),
        ("Môi trường sống xanh, an toàn, người dân thân thiện", "quality_of_life", "Môi trường sống xanh"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Yên Bái - Điểm đến xanh, an toàn, hấp dẫn", "Tỉnh đã xác định thông điệp chính"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh, tiếng Trung)", _KN),
        ("facebook", "Fanpage “Yen Bai Travel”", _KN),
        ("tiktok", "kênh TikTok “Du lịch Yên Bái”", _KN),
        ("national_media", "Kênh truyền hình VTV4", _TT),
        ("national_media", "Báo Vietnam News", _TT),
        ("influencers", "KOL, blogger du lịch quốc tế (Pháp, Hàn Quốc, Úc)", _KOL),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Nhật Bản", _KOL),
        ("events", "Lễ hội Việt Nam ở Tokyo (tháng 6/2024)", _KOL),
        ("events", "Lễ hội Văn hóa - Du lịch Mù Cang Chải và Tuần Văn hóa - Du lịch Mường Lò",
         "Lễ hội Văn hóa - Du lịch Mù Cang Chải và"),
    ],
    figures=[
        F("articles", "phóng sự, bài viết giới thiệu Yên Bái", 12, "count", "phóng sự, bài viết", "2023", _TT),
        F("views", "lượt xem (chiến dịch trên TikTok)", 3.5e6, "visits", "triệu lượt xem", "2023-09",
          "Tháng 9/2023, chiến dịch", approx=True),
        F("visitors_international", "Khách du lịch quốc tế", 9870, "visits", "lượt", "2022", _R1),
        F("visitors_international", "Khách du lịch quốc tế", 41250, "visits", "lượt", "2023", _R1, base=("2022", 9870)),
        F("tourism_revenue", "Tổng thu từ du lịch", 1125e9, "VND", "tỷ đồng", "2022", _R2),
        F("tourism_revenue", "Tổng thu từ du lịch", 2016.4e9, "VND", "tỷ đồng", "2023", _R2, base=("2022", 1125e9)),
        F("followers", "Người theo dõi Fanpage “Yen Bai Travel”", 8200, "people", "người", "2022", _R3),
        F("followers", "Người theo dõi Fanpage “Yen Bai Travel”", 27600, "people", "người", "2023", _R3,
          base=("2022", 8200)),
        F("site_visits", "Lượt truy cập Cổng TTĐT tỉnh (phiên bản tiếng nước ngoài)", 45300, "visits", "lượt", "2022", _R4),
        F("site_visits", "Lượt truy cập Cổng TTĐT tỉnh (phiên bản tiếng nước ngoài)", 98700, "visits", "lượt", "2023", _R4,
          base=("2022", 45300)),
        F("visitors_total", "lượt khách du lịch", 2.2e6, "visits", "triệu lượt", "2024-9M", _9M,
          ch=("increase", 12.5, None, "2023-9M")),
        F("visitors_international", "khách quốc tế", 52000, "visits", "nghìn lượt", "2024-9M", _9M, approx=True),
        F("fdi_projects", "dự án FDI được cấp mới", 3, "count", "dự án", "2023", _FDI),
        F("fdi_capital", "tổng vốn đăng ký", 26.8e6, "USD", "triệu USD", "2023", _FDI,
          ch=("increase", None, 3.4, "2022")),
        F("export_value", "Kim ngạch xuất khẩu toàn tỉnh", 342.5e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu toàn tỉnh"),
        F("views", "lượt xem (video do người dân đăng tải)", 500000, "visits", "nghìn lượt xem", None,
          "Cách làm hay: xây dựng chiến dịch", approx=True),
    ],
    strengths=["Kế hoạch được triển khai đồng bộ", "Truyền thông số giúp hình ảnh Yên Bái"],
    difficulties=["Sản phẩm truyền thông chủ yếu về du lịch", "Nhân lực biên tập nội dung tiếng nước ngoài"],
    causes_objective=["Nguyên nhân khách quan: địa hình"],
    causes_subjective=["Nguyên nhân chủ quan: việc đầu tư"],
    lessons=["Cách làm hay: xây dựng chiến dịch", "Cách làm chưa hiệu quả", "Bài học: nội dung chân thực"],
    recommendations=[
        (None, ["government"], "Sớm phê duyệt Chiến lược"),
        (None, ["mic"], "Tổ chức tập huấn chuyên sâu"),
        (None, ["mocst"], "Đề nghị Bộ Văn hóa"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao"),
    ],
)
