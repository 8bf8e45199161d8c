"""Sơn La: scanned image-only PDF of a short report (two pages). No plan of its own ("chưa xây dựng"),
focus factors not identified; a tourism slogan used as the message; "giai đoạn 2021-2025" only as a
programme's period; "khoảng 3,5 triệu lượt", "hơn 47 nghìn lượt", "3.250 tỷ đồng"; one undivided
"Đánh giá chung" section with "Ưu điểm: / Hạn chế: / Nguyên nhân chủ quan ..." sentences;
recommendations as "-" bullets naming their addressee inline."""

from kit.gold import F

SAMPLE = dict(
    stem="SonLa_BC247_scan",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", scan_dpi=200, scan_seed=11, font_size=14),
    author="UBND tinh Son La",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"], number="247/BC-UBND",
                place_date="Sơn La, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Công tác truyền thông quảng bá hình ảnh tỉnh Sơn La ra nước ngoài"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Sơn La", issuer="Ủy ban nhân dân tỉnh Sơn La", number="247/BC-UBND", date="2024-09-26",
        title="Báo cáo công tác truyền thông quảng bá hình ảnh tỉnh Sơn La ra nước ngoài",
        signer={"name": "Cầm Văn Thỏa", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Sơn La báo cáo như sau:
""",
    body="""
# {1} I.|TÌNH HÌNH THỰC HIỆN
Đến nay, tỉnh Sơn La chưa xây dựng Kế hoạch/Chương trình riêng về truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới. Các nhiệm vụ quảng bá được lồng ghép trong kế hoạch thông tin đối ngoại hằng năm và Chương trình xúc tiến du lịch giai đoạn 2021-2025 của tỉnh.
Tỉnh chưa xác định các yếu tố truyền thông trọng tâm theo 22 yếu tố của Cẩm nang hướng dẫn. Thông điệp quảng bá chung đang được sử dụng là "Sơn La - Đến là để yêu".
Công tác quảng bá chủ yếu được thực hiện qua Cổng thông tin điện tử tỉnh, Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh, trang Facebook "Du lịch Sơn La" và các sự kiện như Ngày hội Văn hóa các dân tộc Mộc Châu, Lễ hội hoa ban. Tỉnh duy trì quan hệ hợp tác với các tỉnh kết nghĩa của nước bạn Lào (Luông Pha Băng, Hủa Phăn, U Đôm Xay), qua đó giới thiệu hình ảnh Sơn La với nhân dân các bộ tộc Lào.
Năm 2023, tỉnh đón khoảng 3,5 triệu lượt khách, trong đó có hơn 47 nghìn lượt khách quốc tế; tổng thu từ du lịch đạt 3.250 tỷ đồng. Kim ngạch xuất khẩu nông sản (xoài, nhãn, chanh leo, cà phê) năm 2023 đạt 168 triệu USD, tăng 12,5% so với năm 2022. Do chưa có Kế hoạch riêng nên tỉnh chưa có số liệu so sánh trước và sau khi thực hiện.
# {2} II.|ĐÁNH GIÁ CHUNG
Ưu điểm: hoạt động quảng bá đã được các cấp, các ngành quan tâm; hình ảnh Mộc Châu, Tà Xùa ngày càng được du khách quốc tế biết đến.
Hạn chế: chưa có Kế hoạch riêng, chưa xác định yếu tố trọng tâm nên hoạt động còn dàn trải. Sản phẩm truyền thông bằng tiếng nước ngoài còn ít, chủ yếu là tiếng Anh. Nguyên nhân chủ quan là đội ngũ cán bộ làm công tác thông tin đối ngoại còn mỏng, kiêm nhiệm, hạn chế về ngoại ngữ.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hướng dẫn, hỗ trợ tỉnh xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới, xác định yếu tố trọng tâm phù hợp với tỉnh miền núi.
- Kiến nghị Bộ Văn hóa, Thể thao và Du lịch đưa Mộc Châu vào các chương trình quảng bá du lịch quốc gia tại nước ngoài.
- Đề nghị Chính phủ có cơ chế hỗ trợ kinh phí cho các tỉnh miền núi, biên giới thực hiện nhiệm vụ truyền thông quảng bá ra nước ngoài.
""",
    closing=["Trên đây là báo cáo của UBND tỉnh Sơn La về công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT;", "- TT Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Cầm Văn Thỏa"],
)

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="tỉnh Sơn La chưa xây dựng Kế hoạch/Chương trình riêng"),
    factors=dict(identified=False, items=[]),
    key_messages=dict(identified=True, items=[
        ("Sơn La - Đến là để yêu", "Thông điệp quảng bá chung đang được sử dụng"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh", "Công tác quảng bá chủ yếu được thực hiện qua"),
        ("local_media", "Báo Sơn La", "Công tác quảng bá chủ yếu được thực hiện qua"),
        ("local_media", "Đài Phát thanh và Truyền hình tỉnh", "Công tác quảng bá chủ yếu được thực hiện qua"),
        ("facebook", 'trang Facebook "Du lịch Sơn La"', "Công tác quảng bá chủ yếu được thực hiện qua"),
        ("events", "Ngày hội Văn hóa các dân tộc Mộc Châu, Lễ hội hoa ban", "Công tác quảng bá chủ yếu được thực hiện qua"),
        ("partner_localities", "các tỉnh kết nghĩa của nước bạn Lào (Luông Pha Băng, Hủa Phăn, U Đôm Xay)",
         "Tỉnh duy trì quan hệ hợp tác với các tỉnh kết nghĩa"),
    ],
    figures=[
        F("visitors_total", "lượt khách", 3.5e6, "visits", "triệu lượt", "2023", "tỉnh đón khoảng 3,5 triệu lượt khách",
          approx=True),
        F("visitors_international", "khách quốc tế", 47000, "visits", "nghìn lượt", "2023", "tỉnh đón khoảng 3,5 triệu lượt khách",
          approx=True),
        F("tourism_revenue", "tổng thu từ du lịch", 3250e9, "VND", "tỷ đồng", "2023", "tỉnh đón khoảng 3,5 triệu lượt khách"),
        F("export_value", "Kim ngạch xuất khẩu nông sản", 168e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu nông sản",
          ch=("increase", 12.5, None, "2022")),
    ],
    strengths=[("Ưu điểm: hoạt động quảng bá đã được các cấp, các ngành quan tâm", "Ưu điểm: hoạt động quảng bá"),
               ("hình ảnh Mộc Châu, Tà Xùa ngày càng được du khách quốc tế biết đến", "Ưu điểm: hoạt động quảng bá")],
    difficulties=["Hạn chế: chưa có Kế hoạch riêng", "Sản phẩm truyền thông bằng tiếng nước ngoài còn ít"],
    causes_subjective=["Nguyên nhân chủ quan là đội ngũ cán bộ"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hướng dẫn"),
        (None, ["mocst"], "Kiến nghị Bộ Văn hóa, Thể thao và Du lịch"),
        (None, ["government"], "Đề nghị Chính phủ có cơ chế hỗ trợ kinh phí"),
    ],
)
