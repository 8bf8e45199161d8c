"""Kon Tum: scanned PDF (180 dpi, no seal), 2 pages, issued by the Sở ("UBND TỈNH KON TUM / SỞ THÔNG
TIN VÀ TRUYỀN THÔNG", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). Plan not built ("chưa xây dựng Kế hoạch/Chương
trình riêng"), the yearly TTĐN plan 41/KH-UBND and a UBND letter in the preamble as distractors;
factors identified all the same, enumerated between semicolons (one with a dash apposition,
kept); message in straight quotes; channels in one sentence separated by semicolons; festivals
held as promotion events; undivided "II. ĐÁNH GIÁ" of plain sentences (strength, difficulties,
"Nguyên nhân khách quan là ...", "Về chủ quan, ...", a lesson) with a budget figure in it;
"1.460.000 lượt", "ước đạt 1,38 triệu lượt, tăng 21% so với cùng kỳ năm 2023", "trên 15 triệu lượt
xem"; recommendations to Bộ TTTT, "Bộ Ngoại giao, Bộ Văn hóa, Thể thao và Du lịch" and Chính phủ."""

from kit.gold import F

SAMPLE = dict(
    stem="KonTum_STTTT_BC1187_scan",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=13, scan_dpi=180, scan_seed=11, scan_skew=0.5),
    author="STTTT Kon Tum",
    header=dict(left=["UBND TỈNH KON TUM", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1187/BC-STTTT",
                place_date="Kon Tum, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả công tác truyền thông quảng bá hình ảnh tỉnh Kon Tum ra nước ngoài"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Kon Tum", issuer="Sở Thông tin và Truyền thông tỉnh Kon Tum", number="1187/BC-STTTT",
        date="2024-09-24",
        title="Báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Kon Tum ra nước ngoài",
        signer={"name": "Nguyễn Thị Hà Phương", "position": "Phó Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông; được sự thống nhất của UBND tỉnh tại Văn bản số 3402/UBND-KGVX ngày 20/9/2024, Sở Thông tin và Truyền thông tỉnh Kon Tum báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG TRIỂN KHAI
Đến thời điểm báo cáo, tỉnh Kon Tum chưa xây dựng Kế hoạch/Chương trình riêng về truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới. Các hoạt động quảng bá ra nước ngoài được lồng ghép trong Kế hoạch thông tin đối ngoại hằng năm (năm 2024 là Kế hoạch số 41/KH-UBND ngày 29/01/2024 của UBND tỉnh) và Chương trình xúc tiến du lịch của tỉnh.
Mặc dù chưa có Kế hoạch riêng, tỉnh đã bước đầu xác định các yếu tố thế mạnh cần tập trung quảng bá là: văn hóa cồng chiêng và kiến trúc nhà rông của đồng bào các dân tộc thiểu số; Khu du lịch quốc gia Măng Đen; sâm Ngọc Linh - "quốc bảo" của Việt Nam; vị trí ngã ba Đông Dương với Cửa khẩu quốc tế Bờ Y. Thông điệp được sử dụng thống nhất trên các ấn phẩm quảng bá là "Kon Tum - Điểm đến xanh nơi ngã ba Đông Dương".
Các kênh quảng bá chủ yếu gồm: Cổng Thông tin điện tử tỉnh (chuyên mục tiếng Anh); Báo Kon Tum và Đài Phát thanh - Truyền hình Kon Tum; trang TikTok “Măng Đen Kon Tum”; Lễ hội Văn hóa - Du lịch Măng Đen và Ngày hội Văn hóa cồng chiêng tổ chức hằng năm; hợp tác với các tỉnh Attapeu (Lào), Ratanakiri (Campuchia) trong khuôn khổ Tam giác phát triển Campuchia - Lào - Việt Nam. Tính đến tháng 8/2024, các video trên trang TikTok “Măng Đen Kon Tum” đạt trên 15 triệu lượt xem.
Năm 2023, tổng lượt khách đến Kon Tum đạt 1.460.000 lượt, trong đó khách quốc tế 22.400 lượt. Chín tháng đầu năm 2024, lượng khách ước đạt 1,38 triệu lượt, tăng 21% so với cùng kỳ năm 2023.
# {2} II.|ĐÁNH GIÁ
Công tác quảng bá hình ảnh tỉnh ra nước ngoài thời gian qua đã có chuyển biến, hình ảnh Măng Đen được nhiều du khách quốc tế biết đến qua mạng xã hội. Tuy nhiên, do chưa có Kế hoạch riêng nên các hoạt động còn phân tán, thiếu tính hệ thống. Sản phẩm truyền thông bằng ngoại ngữ còn ít, chủ yếu là tiếng Anh. Kinh phí bố trí cho công tác thông tin đối ngoại năm 2024 chỉ có 450 triệu đồng, chưa đáp ứng yêu cầu.
Nguyên nhân khách quan là tỉnh chưa có sân bay, hạ tầng giao thông kết nối còn hạn chế. Về chủ quan, đội ngũ làm công tác thông tin đối ngoại còn mỏng, hạn chế về ngoại ngữ. Kinh nghiệm từ Măng Đen cho thấy quảng bá qua mạng xã hội gắn với hình ảnh thiên nhiên, văn hóa bản địa đem lại hiệu quả nhanh với chi phí thấp.
# {3} III.|ĐỀ XUẤT
- Đề nghị Bộ Thông tin và Truyền thông hướng dẫn, hỗ trợ tỉnh xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới; tổ chức tập huấn kỹ năng truyền thông số cho cán bộ địa phương.
- Đề nghị Bộ Ngoại giao, Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh quảng bá Măng Đen và sâm Ngọc Linh tại các thị trường Hàn Quốc, Nhật Bản, Thái Lan.
- Kiến nghị Chính phủ quan tâm đầu tư hạ tầng giao thông kết nối vùng, tạo điều kiện thu hút khách quốc tế đến tỉnh.
""",
    closing=["Trên đây là báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Kon Tum ra nước ngoài, Sở Thông "
             "tin và Truyền thông báo cáo Bộ Thông tin và Truyền thông xem xét, tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."],
    signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Hà Phương"],
)

_F = "tỉnh đã bước đầu xác định các yếu tố thế mạnh"
_CH = "Các kênh quảng bá chủ yếu gồm"

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="chưa xây dựng Kế hoạch/Chương trình riêng"),
    factors=dict(identified=True, items=[
        ("văn hóa cồng chiêng và kiến trúc nhà rông của đồng bào các dân tộc thiểu số", "culture_heritage", _F),
        ("Khu du lịch quốc gia Măng Đen", "tourism", _F),
        ('sâm Ngọc Linh - "quốc bảo" của Việt Nam', "products", _F),
        ("vị trí ngã ba Đông Dương với Cửa khẩu quốc tế Bờ Y", "business_potential", _F),
    ]),
    key_messages=dict(identified=True, items=[
        ("Kon Tum - Điểm đến xanh nơi ngã ba Đông Dương", "Thông điệp được sử dụng thống nhất"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh (chuyên mục tiếng Anh)", _CH),
        ("local_media", "Báo Kon Tum", _CH),
        ("local_media", "Đài Phát thanh - Truyền hình Kon Tum", _CH),
        ("tiktok", "trang TikTok “Măng Đen Kon Tum”", _CH),
        ("events", "Lễ hội Văn hóa - Du lịch Măng Đen", _CH),
        ("events", "Ngày hội Văn hóa cồng chiêng", _CH),
        ("partner_localities", "các tỉnh Attapeu (Lào), Ratanakiri (Campuchia)", _CH),
    ],
    figures=[
        F("views", "lượt xem (video trên TikTok)", 15e6, "visits", "triệu lượt xem", "2024-08", "trên 15 triệu lượt xem",
          approx=True),
        F("visitors_total", "tổng lượt khách", 1460000, "visits", "lượt", "2023", "tổng lượt khách đến Kon Tum"),
        F("visitors_international", "khách quốc tế", 22400, "visits", "lượt", "2023", "tổng lượt khách đến Kon Tum"),
        F("visitors_total", "lượng khách", 1.38e6, "visits", "triệu lượt", "2024-9M", "Chín tháng đầu năm 2024",
          ch=("increase", 21.0, None, "2023-9M"), approx=True),
        F("budget", "Kinh phí bố trí cho công tác thông tin đối ngoại", 450e6, "VND", "triệu đồng", "2024",
          "chỉ có 450 triệu đồng"),
    ],
    strengths=["Công tác quảng bá hình ảnh tỉnh ra nước ngoài thời gian qua đã có chuyển biến"],
    difficulties=["Tuy nhiên, do chưa có Kế hoạch riêng", "Sản phẩm truyền thông bằng ngoại ngữ còn ít",
                  "chỉ có 450 triệu đồng"],
    causes_objective=["Nguyên nhân khách quan là tỉnh chưa có sân bay"],
    causes_subjective=["Về chủ quan, đội ngũ làm công tác"],
    lessons=["Kinh nghiệm từ Măng Đen cho thấy"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hướng dẫn"),
        (None, ["mofa", "mocst"], "Đề nghị Bộ Ngoại giao, Bộ Văn hóa"),
        (None, ["government"], "Kiến nghị Chính phủ quan tâm"),
    ],
)
