"""Bắc Ninh: text PDF printed from a .docx with automatic numbering (labels drawn by the
renderer, not typed); FDI + Quan họ heritage; "2.348,3 triệu USD" in prose; before/after table
(2022 against 9 tháng 2024); "xếp thứ nhất" rank distractor. Plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="BacNinh_BC-UBND_3836_final",
    format="pdf",
    layout=dict(headings="autonum", signature="table", font_size=13),
    author="UBND tỉnh Bắc Ninh",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH BẮC NINH"], bold_left=(0, 1), number="318/BC-UBND",
                place_date="Bắc Ninh, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bắc Ninh", issuer="Uỷ ban nhân dân tỉnh Bắc Ninh", number="318/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Lương Thành Chung", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Bắc Ninh báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
Ngày 12/7/2023, UBND tỉnh ban hành Kế hoạch số 392/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Bắc Ninh ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Kế hoạch được xây dựng trên cơ sở hướng dẫn tại Công văn số 765/BTTTT-TTĐN ngày 10/3/2023 của Bộ Thông tin và Truyền thông và định hướng của Quy hoạch tỉnh Bắc Ninh thời kỳ 2021 - 2030 (Quyết định số 1589/QĐ-TTg ngày 08/12/2023 của Thủ tướng Chính phủ).
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh đã xác định 03 yếu tố trọng tâm:
- Văn hóa và di sản: Dân ca Quan họ Bắc Ninh - Di sản văn hóa phi vật thể đại diện của nhân loại, tranh dân gian Đông Hồ, hệ thống đình, chùa cổ.
- Môi trường đầu tư, kinh doanh: trung tâm công nghiệp điện tử của cả nước với hệ thống khu công nghiệp hiện đại, hạ tầng đồng bộ.
- Sản phẩm làng nghề truyền thống: gốm Phù Lãng, đồ gỗ Đồng Kỵ, đúc đồng Đại Bái.
## 3.|Thông điệp truyền thông
Thông điệp chính: "Bắc Ninh - Miền quê Quan họ, điểm đến đầu tư tin cậy" (tiếng Anh: "Bac Ninh - Land of Quan Ho, Trusted Investment Destination").
## 4.|Phương thức, kênh truyền thông và hiệu quả
- Cổng thông tin điện tử tỉnh với các phiên bản tiếng Anh, tiếng Hàn, tiếng Trung; kênh YouTube "Bac Ninh Today".
- Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh phối hợp với Kênh VTV4 sản xuất chuyên mục giới thiệu Quan họ.
- Tổ chức Hội Lim, Tuần lễ văn hóa Quan họ tại Hàn Quốc; tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc, Nhật Bản, Singapore.
- Duy trì quan hệ hợp tác với các địa phương kết nghĩa của Hàn Quốc, Nhật Bản; phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc quảng bá hình ảnh tỉnh.
So sánh trước và sau khi thực hiện Kế hoạch:
| Nội dung | Trước khi thực hiện Kế hoạch (năm 2022) | Sau khi thực hiện Kế hoạch (9 tháng năm 2024) |
| Tin, bài tiếng nước ngoài trên Cổng TTĐT tỉnh | 320 | 1.150 |
| Lượt truy cập Cổng TTĐT phiên bản ngoại ngữ | 85.000 | 410.000 |
| Sự kiện quảng bá tổ chức, tham gia ở nước ngoài | 3 | 11 |
## 5.|Kết quả đạt được
Năm 2023, tỉnh thu hút 4,7 tỷ USD vốn FDI, xếp thứ nhất cả nước. 6 tháng đầu năm 2024, tỉnh thu hút 2.348,3 triệu USD vốn FDI, tăng 35% so cùng kỳ; tổng kim ngạch xuất nhập khẩu 9 tháng năm 2024 đạt 52,3 tỷ USD, tăng 16,5% so cùng kỳ.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Kế hoạch có mục tiêu rõ ràng, gắn với thế mạnh văn hóa Quan họ và thu hút đầu tư công nghệ cao.
- Phối hợp hiệu quả với các doanh nghiệp FDI lớn, cộng đồng người nước ngoài đang sinh sống, làm việc tại tỉnh trong lan tỏa hình ảnh Bắc Ninh.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Nội dung truyền thông về du lịch, văn hóa bằng ngoại ngữ còn ít, chưa hấp dẫn.
- Nguyên nhân khách quan: nguồn lực đầu tư cho du lịch của tỉnh còn hạn chế so với công nghiệp.
- Nguyên nhân chủ quan: đội ngũ biên tập viên ngoại ngữ còn thiếu, chủ yếu sử dụng cộng tác viên.
## {2.3} 3.|Bài học kinh nghiệm
- Lấy di sản Quan họ làm "đại sứ văn hóa" trong các hoạt động đối ngoại, xúc tiến đầu tư.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông tăng cường giới thiệu hình ảnh các địa phương trên các kênh thông tin đối ngoại quốc gia và hỗ trợ đào tạo biên tập viên ngoại ngữ.
- Đề nghị Bộ Ngoại giao và các bộ, ngành Trung ương hỗ trợ tỉnh tổ chức các sự kiện văn hóa, xúc tiến đầu tư ở nước ngoài.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của UBND tỉnh Bắc Ninh./."],
    recipients=["Nơi nhận:", "- Bộ TTTT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Sở TTTT, Sở VHTTDL, Sở Ngoại vụ;", "- Lưu: VT, KGVX."],
    signature=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lương Thành Chung"],
)

GOLD = dict(
    plan=dict(status="built", references=[("392/KH-UBND", "2023-07-12")], ev="UBND tỉnh ban hành Kế hoạch số 392/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Văn hóa và di sản", "culture_heritage", "Văn hóa và di sản: Dân ca Quan họ"),
        ("Môi trường đầu tư, kinh doanh", "business_potential", "Môi trường đầu tư, kinh doanh: trung tâm"),
        ("Sản phẩm làng nghề truyền thống", "products", "Sản phẩm làng nghề truyền thống"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bắc Ninh - Miền quê Quan họ, điểm đến đầu tư tin cậy", "Thông điệp chính:"),
        ("Bac Ninh - Land of Quan Ho, Trusted Investment Destination", "Thông điệp chính:"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh với các phiên bản tiếng Anh, tiếng Hàn, tiếng Trung", "Cổng thông tin điện tử tỉnh với các phiên bản"),
        ("youtube", 'kênh YouTube "Bac Ninh Today"', "Cổng thông tin điện tử tỉnh với các phiên bản"),
        ("local_media", "Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh", "Báo Bắc Ninh, Đài Phát thanh"),
        ("national_media", "Kênh VTV4", "Báo Bắc Ninh, Đài Phát thanh"),
        ("events", "Hội Lim, Tuần lễ văn hóa Quan họ tại Hàn Quốc", "Tổ chức Hội Lim"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Hàn Quốc, Nhật Bản, Singapore", "Tổ chức Hội Lim"),
        ("partner_localities", "các địa phương kết nghĩa của Hàn Quốc, Nhật Bản", "Duy trì quan hệ hợp tác"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Hàn Quốc", "Duy trì quan hệ hợp tác"),
    ],
    figures=[
        F("articles", "Tin, bài tiếng nước ngoài trên Cổng TTĐT tỉnh", 320, "count", None, "2022", "Tin, bài tiếng nước ngoài trên Cổng"),
        F("articles", "Tin, bài tiếng nước ngoài trên Cổng TTĐT tỉnh", 1150, "count", None, "2024-9M", "Tin, bài tiếng nước ngoài trên Cổng",
          base=("2022", 320)),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản ngoại ngữ", 85000, "visits", None, "2022", "Lượt truy cập Cổng TTĐT"),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản ngoại ngữ", 410000, "visits", None, "2024-9M", "Lượt truy cập Cổng TTĐT",
          base=("2022", 85000)),
        F("events", "Sự kiện quảng bá tổ chức, tham gia ở nước ngoài", 3, "count", None, "2022", "Sự kiện quảng bá tổ chức"),
        F("events", "Sự kiện quảng bá tổ chức, tham gia ở nước ngoài", 11, "count", None, "2024-9M", "Sự kiện quảng bá tổ chức",
          base=("2022", 3)),
        F("fdi_capital", "vốn FDI", 4.7e9, "USD", "tỷ USD", "2023", "tỉnh thu hút 4,7 tỷ USD"),
        F("fdi_capital", "vốn FDI", 2348.3e6, "USD", "triệu USD", "2024-H1", "tỉnh thu hút 2.348,3 triệu USD",
          ch=("increase", 35.0, None, "2023-H1")),
        F("trade_value", "tổng kim ngạch xuất nhập khẩu", 52.3e9, "USD", "tỷ USD", "2024-9M", "tỉnh thu hút 2.348,3 triệu USD",
          ch=("increase", 16.5, None, "2023-9M")),
    ],
    strengths=["Kế hoạch có mục tiêu rõ ràng", "Phối hợp hiệu quả với các doanh nghiệp FDI lớn"],
    difficulties=["Nội dung truyền thông về du lịch, văn hóa bằng ngoại ngữ"],
    causes_objective=["Nguyên nhân khách quan: nguồn lực đầu tư cho du lịch"],
    causes_subjective=["Nguyên nhân chủ quan: đội ngũ biên tập viên"],
    lessons=["Lấy di sản Quan họ làm"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông tăng cường"),
        (None, ["mofa", "other_ministries"], "Đề nghị Bộ Ngoại giao và các bộ, ngành Trung ương"),
    ],
)
