"""Tây Ninh: .odt. Plan status only implicit ("Thực hiện Kế hoạch số 88/KH-UBND ngày 02/6/2023 của
UBND tỉnh về truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới, ..."); focus
factors numbered "(1) ...; (2) ..." inside one sentence; a long English "slogan"; "thu hút 27 dự án
FDI, tổng vốn đăng ký đạt 1,02 tỷ USD, gấp 2,1 lần năm 2022"; undivided "Đánh giá" with lead-in
paragraphs; "Đề nghị Bộ Kế hoạch và Đầu tư, Bộ Tài chính ..."; partner provinces in Cambodia."""

from kit.gold import F

SAMPLE = dict(
    stem="TayNinh_BC-UBND_quang-ba-hinh-anh-ra-nuoc-ngoai",
    format="odt",
    layout=dict(headings="bold", signature="plain", font_size=14),
    author="Sở TT&TT Tây Ninh",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], number="3127/BC-UBND",
                place_date="Tây Ninh, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Tây Ninh",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Tây Ninh", issuer="Ủy ban nhân dân tỉnh Tây Ninh", number="3127/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Tây Ninh ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Hồng Thanh", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Tây Ninh báo cáo kết quả thực hiện như sau:
""",
    body="""
# {1} I.|KẾT QUẢ TRIỂN KHAI
Thực hiện Kế hoạch số 88/KH-UBND ngày 02/6/2023 của UBND tỉnh về truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới, các sở, ngành, địa phương đã chủ động triển khai nhiều hoạt động, tập trung vào các thị trường Campuchia, Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc).
Tỉnh xác định 05 yếu tố truyền thông trọng tâm gồm: (1) du lịch tâm linh gắn với Núi Bà Đen và Tòa Thánh Cao Đài; (2) vị trí cửa ngõ biên giới với Vương quốc Campuchia; (3) môi trường đầu tư tại các khu công nghiệp, khu kinh tế cửa khẩu; (4) nông sản chủ lực như mãng cầu, khoai mì, cao su; (5) con người Tây Ninh thân thiện, mến khách.
Slogan được sử dụng trong các ấn phẩm xúc tiến đầu tư là “Tay Ninh - Where Sacred Mountains Meet Open Borders: A Green, Friendly and Promising Land for Investors”.
Các kênh truyền thông được sử dụng gồm: Cổng thông tin điện tử tỉnh và trang tiếng Anh của Trung tâm Xúc tiến đầu tư; Fanpage và tài khoản TikTok “Tây Ninh Travel”; Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh với chuyên mục tiếng Khmer; Hội nghị xúc tiến đầu tư tại Hàn Quốc, Nhật Bản năm 2023; hoạt động giao lưu với các tỉnh kết nghĩa Svay Rieng, Prey Veng, Tbong Khmum (Campuchia). Năm 2023, các video trên tài khoản TikTok “Tây Ninh Travel” đạt 3,4 triệu lượt xem.
Năm 2023, tỉnh thu hút 27 dự án FDI, tổng vốn đăng ký đạt 1,02 tỷ USD, gấp 2,1 lần năm 2022. Lượng khách du lịch năm 2023 đạt 5,3 triệu lượt, tăng 12% so với năm 2022; riêng Lễ hội Xuân Núi Bà Đen năm 2024 đón khoảng 2,5 triệu lượt khách.
# {2} II.|ĐÁNH GIÁ CHUNG
**Ưu điểm:** Kế hoạch được triển khai đồng bộ; vai trò của doanh nghiệp trong quảng bá điểm đến được phát huy. Hình ảnh Tây Ninh trên mạng xã hội ngày càng phổ biến với giới trẻ trong khu vực.
**Hạn chế, khó khăn:** Sản phẩm truyền thông bằng tiếng Hàn, tiếng Nhật còn ít; chưa có đơn vị chuyên trách sản xuất nội dung số. Nguyên nhân khách quan là nguồn lực ngân sách của tỉnh còn hạn chế.
**Bài học kinh nghiệm:** Cần lựa chọn thị trường trọng điểm để tập trung nguồn lực; phối hợp với doanh nghiệp du lịch, nhà đầu tư để cùng quảng bá.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Kế hoạch và Đầu tư, Bộ Tài chính hỗ trợ nguồn kinh phí cho các hoạt động xúc tiến đầu tư kết hợp quảng bá hình ảnh tỉnh tại nước ngoài.
- Đề nghị Bộ Thông tin và Truyền thông xây dựng nền tảng dùng chung để các địa phương đăng tải sản phẩm truyền thông đối ngoại.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Tây Ninh ra nước ngoài theo cách làm mới./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- TT.TU, TT.HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Sở TT&TT;", "- Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Hồng Thanh"],
)

GOLD = dict(
    plan=dict(status="built", references=[("88/KH-UBND", "2023-06-02")], ev="Thực hiện Kế hoạch số 88/KH-UBND"),
    factors=dict(identified=True, items=[
        ("du lịch tâm linh gắn với Núi Bà Đen và Tòa Thánh Cao Đài", "tourism", "Tỉnh xác định 05 yếu tố"),
        ("vị trí cửa ngõ biên giới với Vương quốc Campuchia", "business_potential", "Tỉnh xác định 05 yếu tố"),
        ("môi trường đầu tư tại các khu công nghiệp, khu kinh tế cửa khẩu", "business_potential", "Tỉnh xác định 05 yếu tố"),
        ("nông sản chủ lực như mãng cầu, khoai mì, cao su", "products", "Tỉnh xác định 05 yếu tố"),
        ("con người Tây Ninh thân thiện, mến khách", "value_system", "Tỉnh xác định 05 yếu tố"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Tay Ninh - Where Sacred Mountains Meet Open Borders: A Green, Friendly and Promising Land for Investors",
         "Slogan được sử dụng"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh", "Các kênh truyền thông được sử dụng gồm"),
        ("portal", "trang tiếng Anh của Trung tâm Xúc tiến đầu tư", "Các kênh truyền thông được sử dụng gồm"),
        ("facebook", "Fanpage", "Các kênh truyền thông được sử dụng gồm"),
        ("tiktok", "tài khoản TikTok “Tây Ninh Travel”", "Các kênh truyền thông được sử dụng gồm"),
        ("local_media", "Báo Tây Ninh", "Các kênh truyền thông được sử dụng gồm"),
        ("local_media", "Đài Phát thanh và Truyền hình Tây Ninh", "Các kênh truyền thông được sử dụng gồm"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Hàn Quốc, Nhật Bản năm 2023", "Các kênh truyền thông được sử dụng gồm"),
        ("partner_localities", "các tỉnh kết nghĩa Svay Rieng, Prey Veng, Tbong Khmum (Campuchia)",
         "Các kênh truyền thông được sử dụng gồm"),
    ],
    figures=[
        F("views", "lượt xem", 3.4e6, "visits", "triệu lượt xem", "2023", "đạt 3,4 triệu lượt xem"),
        F("fdi_projects", "dự án FDI", 27, "count", "dự án", "2023", "thu hút 27 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 1.02e9, "USD", "tỷ USD", "2023", "thu hút 27 dự án FDI",
          ch=("increase", None, 2.1, "2022")),
        F("visitors_total", "Lượng khách du lịch", 5.3e6, "visits", "triệu lượt", "2023", "Lượng khách du lịch năm 2023",
          ch=("increase", 12.0, None, "2022")),
        F("other", "lượt khách (Lễ hội Xuân Núi Bà Đen)", 2.5e6, "visits", "triệu lượt", "2024", "Lễ hội Xuân Núi Bà Đen năm 2024",
          approx=True),
    ],
    strengths=[("Kế hoạch được triển khai đồng bộ", "Kế hoạch được triển khai đồng bộ"),
               ("vai trò của doanh nghiệp trong quảng bá điểm đến được phát huy", "Kế hoạch được triển khai đồng bộ"),
               "Hình ảnh Tây Ninh trên mạng xã hội"],
    difficulties=[("Sản phẩm truyền thông bằng tiếng Hàn, tiếng Nhật còn ít", "Sản phẩm truyền thông bằng tiếng Hàn"),
                  ("chưa có đơn vị chuyên trách sản xuất nội dung số", "Sản phẩm truyền thông bằng tiếng Hàn")],
    causes_objective=["Nguyên nhân khách quan là nguồn lực ngân sách"],
    lessons=[("Cần lựa chọn thị trường trọng điểm để tập trung nguồn lực", "Cần lựa chọn thị trường trọng điểm"),
             ("phối hợp với doanh nghiệp du lịch, nhà đầu tư để cùng quảng bá", "Cần lựa chọn thị trường trọng điểm")],
    recommendations=[
        (None, ["mpi", "mof"], "Đề nghị Bộ Kế hoạch và Đầu tư, Bộ Tài chính"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông xây dựng nền tảng"),
    ],
)
