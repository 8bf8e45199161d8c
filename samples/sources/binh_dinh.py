"""Bình Định: .docx whose body headings are in the office's own paragraph styles "Muc 1" /
"Muc 2" (no Heading N, no outline level), header block in the usual 2-column table.
"Đã xây dựng" in a sentence; "thương hiệu du lịch Bình Định với thông điệp ..."; factor bullets
with dash appositions, parentheses, "gắn với" and a colon; "đạt 4,5 triệu lượt khách, bằng 112%
kế hoạch năm" (not a change) beside "tăng 21,6% so với năm 2022"; "12 nghìn người theo dõi";
"ngày 24/9/2024" as a date distractor; recommendations as a table "STT | Nội dung kiến nghị |
Cơ quan đề nghị"."""

from kit.gold import F

SAMPLE = dict(
    stem="BinhDinh_BC-UBND_truyen-thong-quang-ba_2024",
    format="docx",
    layout=dict(headings="custom", heading_styles=["Muc 1", "Muc 2", "Muc 3"], signature="table", font_size=14),
    author="VP UBND tinh Binh Dinh",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"], number="287/BC-UBND",
                place_date="Bình Định, ngày 30 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bình Định",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bình Định", issuer="Ủy ban nhân dân tỉnh Bình Định", number="287/BC-UBND", date="2024-09-30",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bình Định ra nước ngoài theo cách làm mới",
        signer={"name": "Lâm Hải Giang", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Bình Định báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
Tỉnh Bình Định đã xây dựng Kế hoạch: ngày 28/8/2023, UBND tỉnh ban hành Kế hoạch số 142/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Bình Định ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Du lịch, Sở Ngoại vụ và Ban Quản lý Khu kinh tế tỉnh triển khai.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh xác định các yếu tố truyền thông trọng tâm, thế mạnh sau:
- Võ cổ truyền Bình Định - Di sản văn hóa phi vật thể quốc gia, gắn với hình ảnh "đất võ".
- Nghệ thuật Bài chòi (Di sản văn hóa phi vật thể đại diện của nhân loại).
- Du lịch biển đảo Quy Nhơn gắn với Kỳ Co, Eo Gió, Cù Lao Xanh.
- Khu kinh tế Nhơn Hội và các khu công nghiệp: hạ tầng đồng bộ, cảng biển Quy Nhơn, quỹ đất sạch lớn.
## 3.|Thông điệp chính
Tỉnh tập trung xây dựng thương hiệu du lịch Bình Định với thông điệp “Bình Định - Đất võ, trời văn, biển xanh”, được sử dụng thống nhất trên các ấn phẩm, video và nền tảng số.
## 4.|Các kênh truyền thông đã triển khai
- Trang thông tin đối ngoại tiếng Anh trên Cổng thông tin điện tử tỉnh được nâng cấp năm 2023; Fanpage “Binh Dinh Tourism” hiện có 12 nghìn người theo dõi (tháng 9/2024).
- Sản xuất 06 video quảng bá về võ cổ truyền, Bài chòi và biển Quy Nhơn, phát trên kênh YouTube của Trung tâm Xúc tiến Du lịch tỉnh.
- Tổ chức Liên hoan Quốc tế Võ cổ truyền Việt Nam lần thứ X năm 2024 với sự tham gia của 35 đoàn võ thuật quốc tế.
- Ngày 24/9/2024, UBND tỉnh phối hợp tổ chức Hội nghị xúc tiến đầu tư vào Khu kinh tế Nhơn Hội tại Thành phố Hồ Chí Minh, giới thiệu hình ảnh tỉnh tới các nhà đầu tư Nhật Bản, Hàn Quốc.
- Đón 07 đoàn phóng viên báo chí nước ngoài (Hàn Quốc, Ấn Độ, Úc) khảo sát các điểm đến trong năm 2023.
- Phát hành 10.000 tờ gấp và bản đồ du lịch song ngữ Việt - Anh tại các điểm đến, sân bay Phù Cát.
## 5.|Kết quả đạt được
Năm 2023, Bình Định đạt 4,5 triệu lượt khách, bằng 112% kế hoạch năm, tăng 21,6% so với năm 2022; trong đó khách quốc tế đạt 235 nghìn lượt. Tổng thu từ du lịch năm 2023 đạt 18.600 tỷ đồng. Trong 9 tháng năm 2024, tỉnh cấp mới 09 dự án FDI với tổng vốn đăng ký 215 triệu USD.
# {2.1} II.|ƯU ĐIỂM
- Kế hoạch được ban hành kịp thời, nội dung bám sát hướng dẫn của Bộ Thông tin và Truyền thông.
- Hình ảnh võ cổ truyền và biển Quy Nhơn tạo được dấu ấn riêng, khác biệt.
- Các sở, ngành phối hợp tương đối nhịp nhàng trong tổ chức sự kiện quốc tế.
# {2.2} III.|KHÓ KHĂN, VƯỚNG MẮC
- Nguồn nhân lực có khả năng sản xuất nội dung bằng ngoại ngữ còn thiếu.
- Kinh phí bố trí cho truyền thông đối ngoại hạn chế, chưa tương xứng với nhiệm vụ.
- Chưa có số liệu đánh giá chính xác tác động của truyền thông đến lượng khách và vốn đầu tư.
# {2.3} IV.|BÀI HỌC KINH NGHIỆM
- Lấy sự kiện quốc tế có thương hiệu (Liên hoan Võ cổ truyền) làm điểm nhấn để truyền thông tập trung.
- Sử dụng hình ảnh, video chất lượng cao do cộng đồng sáng tạo để lan tỏa trên mạng xã hội.
# {3} V.|ĐỀ XUẤT, KIẾN NGHỊ
| STT | Nội dung kiến nghị | Cơ quan đề nghị |
| 1 | Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh quốc gia; tổ chức tập huấn kỹ năng truyền thông số cho cán bộ địa phương | Bộ Thông tin và Truyền thông |
| 2 | Đưa võ cổ truyền Bình Định, nghệ thuật Bài chòi vào các chương trình xúc tiến du lịch quốc gia ở nước ngoài | Bộ Văn hóa, Thể thao và Du lịch |
| 3 | Hỗ trợ giới thiệu hình ảnh tỉnh qua các cơ quan đại diện Việt Nam ở nước ngoài | Bộ Ngoại giao |
| 4 | Bố trí nguồn kinh phí hỗ trợ các địa phương thực hiện truyền thông quảng bá ra nước ngoài | Bộ Tài chính |
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bình Định ra nước ngoài theo cách làm mới, UBND tỉnh kính báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Cục Thông tin đối ngoại (Bộ TTTT);", "- CT, các PCT UBND tỉnh;",
                "- Sở TTTT, Sở Du lịch, Sở Ngoại vụ;", "- Lưu: VT, K15."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Hải Giang"],
)

GOLD = dict(
    plan=dict(status="built", references=[("142/KH-UBND", "2023-08-28")], ev="Tỉnh Bình Định đã xây dựng Kế hoạch"),
    factors=dict(identified=True, items=[
        ("Võ cổ truyền Bình Định", "culture_heritage", "Võ cổ truyền Bình Định - Di sản"),
        ("Nghệ thuật Bài chòi", "culture_heritage", "Nghệ thuật Bài chòi (Di sản"),
        ("Du lịch biển đảo Quy Nhơn", "tourism", "Du lịch biển đảo Quy Nhơn gắn với"),
        ("Khu kinh tế Nhơn Hội và các khu công nghiệp", "business_potential", "Khu kinh tế Nhơn Hội và các khu công nghiệp:"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bình Định - Đất võ, trời văn, biển xanh", "thương hiệu du lịch Bình Định với thông điệp"),
    ]),
    channels=[
        ("portal", "Trang thông tin đối ngoại tiếng Anh trên Cổng thông tin điện tử tỉnh", "Trang thông tin đối ngoại tiếng Anh"),
        ("facebook", "Fanpage “Binh Dinh Tourism”", "Trang thông tin đối ngoại tiếng Anh"),
        ("video", "video quảng bá về võ cổ truyền, Bài chòi và biển Quy Nhơn", "Sản xuất 06 video quảng bá"),
        ("youtube", "kênh YouTube của Trung tâm Xúc tiến Du lịch tỉnh", "Sản xuất 06 video quảng bá"),
        ("events", "Liên hoan Quốc tế Võ cổ truyền Việt Nam lần thứ X năm 2024", "Tổ chức Liên hoan Quốc tế Võ cổ truyền"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư vào Khu kinh tế Nhơn Hội", "Hội nghị xúc tiến đầu tư vào Khu kinh tế Nhơn Hội"),
        ("press_trips", "đoàn phóng viên báo chí nước ngoài", "Đón 07 đoàn phóng viên"),
        ("publications", "tờ gấp và bản đồ du lịch song ngữ Việt - Anh", "Phát hành 10.000 tờ gấp"),
    ],
    figures=[
        F("followers", "người theo dõi", 12000, "people", "nghìn người theo dõi", "2024-09", "12 nghìn người theo dõi"),
        F("videos", "video quảng bá", 6, "count", "video", None, "Sản xuất 06 video quảng bá"),
        F("delegations", "đoàn võ thuật quốc tế", 35, "count", "đoàn", "2024", "Tổ chức Liên hoan Quốc tế Võ cổ truyền"),
        F("delegations", "đoàn phóng viên báo chí nước ngoài", 7, "count", "đoàn", "2023", "Đón 07 đoàn phóng viên"),
        F("publications", "tờ gấp và bản đồ du lịch song ngữ", 10000, "count", "tờ", None, "Phát hành 10.000 tờ gấp"),
        F("visitors_total", "lượt khách", 4500000, "visits", "triệu lượt", "2023", "Bình Định đạt 4,5 triệu lượt khách",
          ch=("increase", 21.6, None, "2022")),
        F("visitors_international", "khách quốc tế", 235000, "visits", "nghìn lượt", "2023", "Bình Định đạt 4,5 triệu lượt khách"),
        F("tourism_revenue", "Tổng thu từ du lịch", 18600e9, "VND", "tỷ đồng", "2023", "Tổng thu từ du lịch năm 2023"),
        F("fdi_projects", "dự án FDI", 9, "count", "dự án", "2024-9M", "cấp mới 09 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 215e6, "USD", "triệu USD", "2024-9M", "cấp mới 09 dự án FDI"),
    ],
    strengths=["Kế hoạch được ban hành kịp thời", "Hình ảnh võ cổ truyền và biển Quy Nhơn tạo được dấu ấn",
               "Các sở, ngành phối hợp tương đối nhịp nhàng"],
    difficulties=["Nguồn nhân lực có khả năng sản xuất nội dung", "Kinh phí bố trí cho truyền thông đối ngoại",
                  "Chưa có số liệu đánh giá chính xác"],
    lessons=["Lấy sự kiện quốc tế có thương hiệu", "Sử dụng hình ảnh, video chất lượng cao"],
    recommendations=[
        ("Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh quốc gia; tổ chức tập huấn kỹ năng truyền thông số cho cán bộ địa phương",
         ["mic"], "1 | Sớm ban hành Chiến lược"),
        ("Đưa võ cổ truyền Bình Định, nghệ thuật Bài chòi vào các chương trình xúc tiến du lịch quốc gia ở nước ngoài",
         ["mocst"], "2 | Đưa võ cổ truyền"),
        ("Hỗ trợ giới thiệu hình ảnh tỉnh qua các cơ quan đại diện Việt Nam ở nước ngoài", ["mofa"], "3 | Hỗ trợ giới thiệu"),
        ("Bố trí nguồn kinh phí hỗ trợ các địa phương thực hiện truyền thông quảng bá ra nước ngoài", ["mof"],
         "4 | Bố trí nguồn kinh phí"),
    ],
)
