"""Cà Mau: .docx, Word heading styles, 13 pt. Plan 172/KH-UBND beside the yearly TTĐN plan
35/KH-UBND (distractor); factor bullets cut at a dash apposition, "(", ":" and "gắn với"; one
message in “ ”; table "Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 9 tháng năm 2024" with "Triệu USD"
("1.295,6") and a falling export value; prose "1,53 triệu lượt, tăng 19,6% so với năm 2022", room
occupancy 62%, "khoảng 1,18 tỷ USD", followers "tăng 45% so với tháng 9/2023"; budget figure inside
a difficulty; causes as "Về nguyên nhân khách quan, ..." sentences; "Kiến nghị ..." bullets to the
Government, the ministry, two ministries together and central media."""

from kit.gold import F

SAMPLE = dict(
    stem="CaMau_BC318-UBND_TTQB_2024",
    format="docx",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="VP UBND tinh Ca Mau",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], number="318/BC-UBND",
                place_date="Cà Mau, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cà Mau",
           "ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Cà Mau", issuer="Ủy ban nhân dân tỉnh Cà Mau", number="318/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cà Mau ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Trần Hồng Quân", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Cà Mau báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
Ngày 18/8/2023, UBND tỉnh ban hành Kế hoạch số 172/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Cà Mau ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Bên cạnh đó, hằng năm UBND tỉnh ban hành kế hoạch thông tin đối ngoại; năm 2024 là Kế hoạch số 35/KH-UBND ngày 05/02/2024, trong đó lồng ghép một số nhiệm vụ quảng bá hình ảnh địa phương.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Trên cơ sở 22 yếu tố truyền thông theo hướng dẫn của Bộ Thông tin và Truyền thông, tỉnh xác định 05 yếu tố trọng tâm, thế mạnh sau:
- Mũi Cà Mau - điểm cực Nam của Tổ quốc, Khu dự trữ sinh quyển thế giới.
- Du lịch sinh thái rừng ngập mặn và rừng tràm U Minh Hạ (Vườn quốc gia Mũi Cà Mau, Vườn quốc gia U Minh Hạ).
- Con tôm Cà Mau, cua Cà Mau và các sản phẩm OCOP: đã được bảo hộ chỉ dẫn địa lý.
- Nghệ thuật Đờn ca tài tử Nam Bộ gắn với văn hóa sông nước vùng Đất Mũi.
- Tiềm năng phát triển điện gió ngoài khơi và kinh tế biển.
Thông điệp chính được xác định là: “Cà Mau - Điểm đến cuối trời Nam, đậm tình Đất Mũi”.
## 3.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh duy trì chuyên mục tiếng Anh “Ca Mau Today”; năm 2023 chuyên mục đăng tải 146 tin, bài; 9 tháng đầu năm 2024 đăng tải 178 tin, bài.
- Báo Cà Mau, Đài Phát thanh - Truyền hình Cà Mau mở chuyên mục “Cà Mau hội nhập”, phát sóng phóng sự song ngữ Việt - Anh định kỳ hằng tháng.
- Phối hợp với kênh VTV4, Báo Nhân Dân điện tử thực hiện các phóng sự, bài viết giới thiệu Đất Mũi.
- Trang Facebook “Ca Mau Tourism” và kênh TikTok “Du lịch Cà Mau” (mở từ tháng 10/2023) được cập nhật hằng ngày; tính đến ngày 15/9/2024, Fanpage có 32.400 người theo dõi, tăng 45% so với tháng 9/2023.
- Tham gia Hội chợ Thủy sản Bắc Mỹ tại Boston (Hoa Kỳ) tháng 3/2024 và Hội chợ Thủy sản toàn cầu (Seafood Expo Global) tại Barcelona (Tây Ban Nha) tháng 4/2024.
- Phối hợp với Đại sứ quán Việt Nam tại Nhật Bản giới thiệu tiềm năng đầu tư điện gió ngoài khơi của tỉnh.
- Tổ chức Lễ hội Ba khía Rạch Gốc và Ngày hội Du lịch Đất Mũi năm 2024.
## 4.|Kết quả đạt được
Năm 2023, tổng lượt khách đến Cà Mau đạt 1,53 triệu lượt, tăng 19,6% so với năm 2022; công suất phòng lưu trú bình quân đạt 62%. Trong 9 tháng đầu năm 2024, tỉnh cấp mới Giấy chứng nhận đăng ký đầu tư cho 02 dự án FDI với tổng vốn đăng ký khoảng 1,18 tỷ USD, chủ yếu trong lĩnh vực điện gió ngoài khơi.
Một số chỉ tiêu liên quan như sau:
| Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 9 tháng năm 2024 |
| Khách du lịch quốc tế | Lượt | 12.350 | 21.460 | 19.800 |
| Tổng thu từ du lịch | Tỷ đồng | 1.980 | 2.750 | 2.310 |
| Kim ngạch xuất khẩu | Triệu USD | 1.295,6 | 1.186,2 | 902,4 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Kế hoạch được xây dựng bám sát hướng dẫn của Bộ Thông tin và Truyền thông, xác định rõ yếu tố trọng tâm và phân công cụ thể cho các sở, ngành. Nội dung truyền thông chuyển dần từ giới thiệu chung sang kể chuyện về con người, sản vật Đất Mũi, phù hợp với khán giả quốc tế. Sự phối hợp giữa cơ quan báo chí địa phương với các kênh đối ngoại Trung ương ngày càng chặt chẽ.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Nguồn lực cho công tác truyền thông đối ngoại còn hạn chế; kinh phí bố trí năm 2024 chỉ khoảng 350 triệu đồng, chưa đáp ứng yêu cầu.
- Đội ngũ làm công tác truyền thông đối ngoại còn mỏng, thiếu cán bộ giỏi ngoại ngữ và kỹ năng truyền thông số.
- Chưa có công cụ đo lường hiệu quả truyền thông trên các nền tảng số một cách hệ thống.
Về nguyên nhân khách quan, Cà Mau ở xa các trung tâm kinh tế lớn, hạ tầng giao thông kết nối còn hạn chế, sân bay Cà Mau chỉ khai thác một số đường bay nội địa. Về nguyên nhân chủ quan, một số sở, ngành chưa nhận thức đầy đủ vai trò của truyền thông quảng bá theo cách làm mới, còn coi đây là nhiệm vụ riêng của ngành thông tin và truyền thông.
## {2.3} 3.|Bài học kinh nghiệm
- Lựa chọn ít yếu tố nhưng có sức hút riêng (điểm cực Nam, con tôm Cà Mau) sẽ hiệu quả hơn cách làm dàn trải.
- Gắn truyền thông với xúc tiến thương mại: quảng bá sản phẩm thủy sản tại các hội chợ quốc tế đồng thời giới thiệu được hình ảnh địa phương.
- Chiến dịch đăng bài tiếng Anh trên Fanpage năm 2023 chưa đạt hiệu quả như mong muốn do nội dung chủ yếu dịch lại từ tin tiếng Việt.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Kiến nghị Chính phủ sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài, có cơ chế kinh phí riêng cho địa phương.
- Kiến nghị Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại) tiếp tục tập huấn, cung cấp công cụ đo lường hiệu quả truyền thông.
- Kiến nghị Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao đưa hình ảnh Đất Mũi vào các chương trình xúc tiến du lịch, ngoại giao văn hóa ở nước ngoài.
- Kiến nghị các cơ quan báo chí Trung ương dành thời lượng giới thiệu tiềm năng kinh tế biển, điện gió của Cà Mau.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cà Mau ra nước "
             "ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Cà Mau kính báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                "- Sở TTTT, Sở VHTTDL, Sở Ngoại vụ;", "- Lưu: VT, KGVX (Tr)."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Hồng Quân"],
)

_KQ = "Năm 2023, tổng lượt khách đến Cà Mau"
_FDI = "cấp mới Giấy chứng nhận đăng ký đầu tư"
_CONG = "chuyên mục tiếng Anh “Ca Mau Today”"

GOLD = dict(
    plan=dict(status="built", references=[("172/KH-UBND", "2023-08-18")], ev="Ngày 18/8/2023, UBND tỉnh ban hành"),
    factors=dict(identified=True, items=[
        ("Mũi Cà Mau", "tourism", "Mũi Cà Mau - điểm cực Nam"),
        ("Du lịch sinh thái rừng ngập mặn và rừng tràm U Minh Hạ", "tourism", "Du lịch sinh thái rừng ngập mặn"),
        ("Con tôm Cà Mau, cua Cà Mau và các sản phẩm OCOP", "products", "Con tôm Cà Mau, cua Cà Mau"),
        ("Nghệ thuật Đờn ca tài tử Nam Bộ", "culture_heritage", "Nghệ thuật Đờn ca tài tử Nam Bộ"),
        ("Tiềm năng phát triển điện gió ngoài khơi và kinh tế biển", "business_potential",
         "Tiềm năng phát triển điện gió"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Cà Mau - Điểm đến cuối trời Nam, đậm tình Đất Mũi", "Thông điệp chính được xác định"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, chuyên mục tiếng Anh “Ca Mau Today”", _CONG),
        ("local_media", "Báo Cà Mau", "Báo Cà Mau, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh - Truyền hình Cà Mau", "Báo Cà Mau, Đài Phát thanh"),
        ("national_media", "kênh VTV4", "Phối hợp với kênh VTV4"),
        ("national_media", "Báo Nhân Dân điện tử", "Phối hợp với kênh VTV4"),
        ("facebook", "Trang Facebook “Ca Mau Tourism”", "Trang Facebook “Ca Mau Tourism”"),
        ("tiktok", "kênh TikTok “Du lịch Cà Mau”", "Trang Facebook “Ca Mau Tourism”"),
        ("trade_promotion", "Hội chợ Thủy sản Bắc Mỹ tại Boston (Hoa Kỳ)", "Hội chợ Thủy sản Bắc Mỹ"),
        ("trade_promotion", "Hội chợ Thủy sản toàn cầu (Seafood Expo Global) tại Barcelona", "Hội chợ Thủy sản Bắc Mỹ"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Nhật Bản", "Đại sứ quán Việt Nam tại Nhật Bản"),
        ("events", "Lễ hội Ba khía Rạch Gốc và Ngày hội Du lịch Đất Mũi năm 2024", "Lễ hội Ba khía Rạch Gốc"),
    ],
    figures=[
        F("articles", "tin, bài (chuyên mục tiếng Anh)", 146, "count", "tin, bài", "2023", _CONG),
        F("articles", "tin, bài (chuyên mục tiếng Anh)", 178, "count", "tin, bài", "2024-9M", _CONG),
        F("followers", "người theo dõi (Fanpage)", 32400, "people", "người", "2024-09", "Fanpage có 32.400 người",
          ch=("increase", 45.0, None, "2023-09")),
        F("visitors_total", "tổng lượt khách", 1.53e6, "visits", "triệu lượt", "2023", _KQ,
          ch=("increase", 19.6, None, "2022")),
        F("room_occupancy", "công suất phòng lưu trú bình quân", 62, "percent", "%", "2023", _KQ),
        F("fdi_projects", "dự án FDI", 2, "count", "dự án", "2024-9M", _FDI),
        F("fdi_capital", "tổng vốn đăng ký", 1.18e9, "USD", "tỷ USD", "2024-9M", _FDI, approx=True),
        F("visitors_international", "Khách du lịch quốc tế", 12350, "visits", "Lượt", "2022", "| 12.350 |"),
        F("visitors_international", "Khách du lịch quốc tế", 21460, "visits", "Lượt", "2023", "| 12.350 |",
          base=("2022", 12350)),
        F("visitors_international", "Khách du lịch quốc tế", 19800, "visits", "Lượt", "2024-9M", "| 12.350 |"),
        F("tourism_revenue", "Tổng thu từ du lịch", 1980e9, "VND", "Tỷ đồng", "2022", "| 1.980 |"),
        F("tourism_revenue", "Tổng thu từ du lịch", 2750e9, "VND", "Tỷ đồng", "2023", "| 1.980 |",
          base=("2022", 1980e9)),
        F("tourism_revenue", "Tổng thu từ du lịch", 2310e9, "VND", "Tỷ đồng", "2024-9M", "| 1.980 |"),
        F("export_value", "Kim ngạch xuất khẩu", 1295.6e6, "USD", "Triệu USD", "2022", "| 1.295,6 |"),
        F("export_value", "Kim ngạch xuất khẩu", 1186.2e6, "USD", "Triệu USD", "2023", "| 1.295,6 |",
          base=("2022", 1295.6e6)),
        F("export_value", "Kim ngạch xuất khẩu", 902.4e6, "USD", "Triệu USD", "2024-9M", "| 1.295,6 |"),
        F("budget", "kinh phí bố trí", 350e6, "VND", "triệu đồng", "2024", "kinh phí bố trí năm 2024", approx=True),
    ],
    strengths=["Kế hoạch được xây dựng bám sát", "Nội dung truyền thông chuyển dần",
               "Sự phối hợp giữa cơ quan báo chí địa phương"],
    difficulties=["Nguồn lực cho công tác truyền thông đối ngoại còn hạn chế", "Đội ngũ làm công tác truyền thông",
                  "Chưa có công cụ đo lường"],
    causes_objective=["Về nguyên nhân khách quan"],
    causes_subjective=["Về nguyên nhân chủ quan"],
    lessons=["Lựa chọn ít yếu tố nhưng có sức hút riêng", "Gắn truyền thông với xúc tiến thương mại",
             "Chiến dịch đăng bài tiếng Anh trên Fanpage"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ"),
        (None, ["mic"], "Kiến nghị Bộ Thông tin và Truyền thông"),
        (None, ["mocst", "mofa"], "Kiến nghị Bộ Văn hóa"),
        (None, ["central_media"], "Kiến nghị các cơ quan báo chí"),
    ],
)
