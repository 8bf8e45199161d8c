"""Lào Cai: .docx, bold headings with typed labels "I./II./III." and decimal sub-points "1.1., 2.1.".
Plan status as a checkbox line (☒ Đã xây dựng ☐ ...); results table with the periods down the first
column and the metrics across; English key message; partner province (Vân Nam) and border fair;
"xếp thứ 7/63" and Kết luận 57-KL/TW as distractors; causes as two sentences of one paragraph."""

from kit.gold import F

SAMPLE = dict(
    stem="LaoCai_BC318_UBND_quangba",
    format="docx",
    layout=dict(headings="bold", signature="table"),
    author="Sở Thông tin và Truyền thông Lào Cai",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], number="318/BC-UBND",
                place_date="Lào Cai, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả triển khai công tác truyền thông quảng bá hình ảnh tỉnh Lào Cai",
           "ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Lào Cai", issuer="Ủy ban nhân dân tỉnh Lào Cai", number="318/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả triển khai công tác truyền thông quảng bá hình ảnh tỉnh Lào Cai ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Vàng Thị Mai", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới; trên cơ sở tổng hợp báo cáo của các sở, ngành và UBND các huyện, thị xã, thành phố, UBND tỉnh Lào Cai báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG, TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.1.|Về xây dựng Kế hoạch
Tình hình xây dựng Kế hoạch: ☒ Đã xây dựng ☐ Đang xây dựng ☐ Chưa xây dựng.
Ngày 12/5/2023, UBND tỉnh ban hành Kế hoạch số 196/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Lào Cai ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, định hướng đến năm 2030. Kế hoạch xác định các thị trường ưu tiên là Trung Quốc, Hàn Quốc, Pháp và các nước ASEAN; giao Sở Thông tin và Truyền thông làm đầu mối, phối hợp với Sở Văn hóa và Thể thao, Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh tổ chức thực hiện. Năm 2024, UBND tỉnh tiếp tục ban hành Kế hoạch số 58/KH-UBND ngày 01/02/2024 để cụ thể hóa nhiệm vụ trong năm.
Các nhiệm vụ của Kế hoạch được gắn với Chương trình hành động của Tỉnh ủy thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.
## 1.2.|Yếu tố truyền thông trọng tâm
Từ 22 yếu tố truyền thông nêu trong Cẩm nang của Bộ Thông tin và Truyền thông, tỉnh lựa chọn 04 nhóm yếu tố thế mạnh để tập trung truyền thông:
- Du lịch nghỉ dưỡng, khám phá vùng cao: thị xã Sa Pa, đỉnh Fansipan, cao nguyên Bắc Hà, "thiên đường mây" Y Tý.
- Bản sắc văn hóa các dân tộc: chợ phiên vùng cao, lễ hội Gầu Tào của người Mông, lễ hội Roóng Poọc của người Giáy.
- Vị trí cửa ngõ, kinh tế cửa khẩu: Cửa khẩu quốc tế Lào Cai trên hành lang kinh tế Côn Minh - Lào Cai - Hà Nội - Hải Phòng.
- Nông sản đặc trưng vùng cao: chè Shan tuyết, lê Tai nung, gạo Séng Cù, dược liệu dưới tán rừng.
## 1.3.|Thông điệp truyền thông
Thông điệp chính được thống nhất sử dụng trên các sản phẩm truyền thông đối ngoại của tỉnh là “Lào Cai - Nơi mây gặp núi”, phiên bản tiếng Anh là “Lao Cai - Where Clouds Meet Mountains”. Riêng đối với du lịch Sa Pa, tỉnh tiếp tục sử dụng thông điệp “Sa Pa - Love at first sight” đã được du khách quốc tế biết đến.
## 1.4.|Các kênh truyền thông và hiệu quả
- Trang tiếng Anh của Cổng thông tin điện tử tỉnh và Cổng thông tin du lịch Lào Cai (sapa-laocai.com) được vận hành với 05 ngôn ngữ; năm 2023 đăng tải 1.260 tin, bài, lượt truy cập đạt 2,8 triệu lượt, tăng 40% so với năm 2022.
- Fanpage "Lao Cai Tourism" và tài khoản TikTok "@visitlaocai" được vận hành từ tháng 6/2023; đến tháng 8/2024, fanpage có 186.500 người theo dõi, tài khoản TikTok có 74.000 người theo dõi.
- Năm 2023, phối hợp với Kênh VTV4 và Báo điện tử VietnamPlus (Thông tấn xã Việt Nam) thực hiện 26 phóng sự, chuyên mục bằng tiếng nước ngoài về Lào Cai.
- Trong năm 2023, tỉnh phối hợp tổ chức 09 đoàn famtrip, presstrip cho các hãng lữ hành và phóng viên Hàn Quốc, Pháp, Thái Lan đến khảo sát các tuyến du lịch Sa Pa - Y Tý - Bắc Hà.
- Duy trì quan hệ hợp tác với tỉnh Vân Nam (Trung Quốc) qua cơ chế Nhóm công tác liên hợp; phối hợp tổ chức Hội chợ thương mại quốc tế Việt - Trung (Lào Cai) lần thứ 23 năm 2023.
- Năm 2024, sản xuất 02 video quảng bá điểm đến và phát hành ấn phẩm song ngữ Việt - Anh "Lào Cai - Điểm đến hấp dẫn" phục vụ các đoàn khách quốc tế.
Đánh giá chung, mạng xã hội (nhất là TikTok) là kênh lan tỏa nhanh nhất với chi phí thấp; hội chợ và quan hệ hợp tác với tỉnh Vân Nam mang lại kết quả trực tiếp về thương mại, dịch vụ.
## 1.5.|Kết quả đạt được
Công tác truyền thông quảng bá đã góp phần đưa lượng khách quốc tế đến Lào Cai phục hồi nhanh sau đại dịch. Năm 2023, Lào Cai đón 7,17 triệu lượt khách, tăng 72,7% so với năm 2022; khách quốc tế đạt 581 nghìn lượt, gấp 5,5 lần năm 2022. Kết quả một số chỉ tiêu chủ yếu như sau:
| Năm | Tổng lượt khách (lượt) | Khách quốc tế (lượt) | Tổng thu từ du lịch (tỷ đồng) | Kim ngạch XNK qua cửa khẩu (triệu USD) |
| 2022 | 4.152.000 | 105.000 | 13.500 | 2.010 |
| 2023 | 7.170.000 | 581.000 | 26.100 | 2.870 |
| 6 tháng đầu năm 2024 | 4.310.000 | 498.000 | 17.450 | 1.640 |
Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của Lào Cai xếp thứ 7/63 tỉnh, thành phố, tạo thuận lợi cho công tác xúc tiến đầu tư.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 2.1.|Ưu điểm
- Có Kế hoạch riêng, phân công rõ cơ quan đầu mối; sự phối hợp giữa ngành thông tin và truyền thông với ngành văn hóa, du lịch, công thương ngày càng chặt chẽ.
- Lựa chọn được thị trường ưu tiên và nhóm yếu tố thế mạnh, tạo sự tập trung cho nội dung truyền thông.
- Chủ động khai thác các nền tảng mạng xã hội được người nước ngoài sử dụng nhiều, nội dung sinh động, gần gũi.
## {2.2} 2.2.|Tồn tại, hạn chế và nguyên nhân
- Sản phẩm truyền thông bằng tiếng Trung, tiếng Hàn còn ít so với nhu cầu của các thị trường trọng điểm.
- Chưa đo lường được hiệu quả của từng kênh truyền thông một cách hệ thống.
- Kinh phí cho hoạt động quảng bá tại nước ngoài chủ yếu lồng ghép, chưa có nguồn riêng.
Nguyên nhân khách quan là địa hình miền núi, hạ tầng giao thông kết nối quốc tế còn hạn chế và sự cạnh tranh gay gắt giữa các điểm đến trong khu vực. Nguyên nhân chủ quan là đội ngũ làm công tác thông tin đối ngoại ở cấp huyện còn kiêm nhiệm, thiếu kỹ năng sản xuất nội dung số.
## {2.3} 2.3.|Bài học kinh nghiệm
- Nội dung truyền thông phải bám sát thị hiếu của từng thị trường; video ngắn về mùa lúa chín, săn mây trên TikTok cho thấy hiệu quả vượt trội so với các ấn phẩm truyền thống.
- Tận dụng quan hệ hợp tác với các địa phương nước ngoài có chung đường biên giới để quảng bá hai chiều.
- Phát huy vai trò của doanh nghiệp du lịch, cộng đồng dân cư trong việc tạo ra và chia sẻ nội dung.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
* Đối với Bộ Thông tin và Truyền thông:
- Hỗ trợ địa phương xây dựng bộ chỉ số đo lường hiệu quả truyền thông quảng bá ra nước ngoài.
- Tăng cường giới thiệu hình ảnh Lào Cai trên các kênh thông tin đối ngoại quốc gia bằng tiếng Trung, tiếng Hàn.
* Đối với Bộ Văn hóa, Thể thao và Du lịch:
- Đưa các điểm đến Sa Pa, Bắc Hà, Y Tý vào chương trình xúc tiến du lịch quốc gia tại thị trường châu Âu và Đông Bắc Á.
* Đối với Bộ Công Thương:
- Hỗ trợ tỉnh tổ chức các hoạt động xúc tiến thương mại, quảng bá nông sản vùng cao tại thị trường Trung Quốc.
""",
    closing=["Trên đây là báo cáo kết quả triển khai công tác truyền thông quảng bá hình ảnh tỉnh Lào Cai ra nước ngoài theo cách làm mới, UBND tỉnh Lào Cai trân trọng báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Cục Thông tin đối ngoại;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TT&TT, Sở VH&TT;", "- Lưu: VT, VX1."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Vàng Thị Mai"],
)

GOLD = dict(
    plan=dict(status="built", references=[("196/KH-UBND", "2023-05-12"), ("58/KH-UBND", "2024-02-01")],
              ev="☒ Đã xây dựng"),
    factors=dict(identified=True, items=[
        ("Du lịch nghỉ dưỡng, khám phá vùng cao", "tourism", "Du lịch nghỉ dưỡng, khám phá vùng cao"),
        ("Bản sắc văn hóa các dân tộc", "culture_heritage", "Bản sắc văn hóa các dân tộc: chợ phiên"),
        ("Vị trí cửa ngõ, kinh tế cửa khẩu", "business_potential", "Vị trí cửa ngõ, kinh tế cửa khẩu"),
        ("Nông sản đặc trưng vùng cao", "products", "Nông sản đặc trưng vùng cao"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Lào Cai - Nơi mây gặp núi", "Thông điệp chính được thống nhất sử dụng"),
        ("Lao Cai - Where Clouds Meet Mountains", "Thông điệp chính được thống nhất sử dụng"),
        ("Sa Pa - Love at first sight", "Riêng đối với du lịch Sa Pa"),
    ]),
    channels=[
        ("portal", "Trang tiếng Anh của Cổng thông tin điện tử tỉnh", "Trang tiếng Anh của Cổng thông tin điện tử tỉnh"),
        ("portal", "Cổng thông tin du lịch Lào Cai (sapa-laocai.com)", "Trang tiếng Anh của Cổng thông tin điện tử tỉnh"),
        ("facebook", 'Fanpage "Lao Cai Tourism"', 'Fanpage "Lao Cai Tourism"'),
        ("tiktok", 'tài khoản TikTok "@visitlaocai"', 'Fanpage "Lao Cai Tourism"'),
        ("national_media", "Kênh VTV4", "phối hợp với Kênh VTV4"),
        ("national_media", "Báo điện tử VietnamPlus (Thông tấn xã Việt Nam)", "phối hợp với Kênh VTV4"),
        ("press_trips", "đoàn famtrip, presstrip", "09 đoàn famtrip, presstrip"),
        ("partner_localities", "tỉnh Vân Nam (Trung Quốc)", "Duy trì quan hệ hợp tác với tỉnh Vân Nam"),
        ("trade_promotion", "Hội chợ thương mại quốc tế Việt - Trung (Lào Cai)", "Duy trì quan hệ hợp tác với tỉnh Vân Nam"),
        ("video", "video quảng bá điểm đến", "sản xuất 02 video quảng bá điểm đến"),
        ("publications", 'ấn phẩm song ngữ Việt - Anh "Lào Cai - Điểm đến hấp dẫn"', "sản xuất 02 video quảng bá điểm đến"),
    ],
    figures=[
        F("languages", "ngôn ngữ", 5, "count", "ngôn ngữ", None, "Trang tiếng Anh của Cổng thông tin điện tử tỉnh"),
        F("articles", "tin, bài", 1260, "count", "tin, bài", "2023", "Trang tiếng Anh của Cổng thông tin điện tử tỉnh"),
        F("site_visits", "lượt truy cập", 2800000, "visits", "triệu lượt", "2023", "Trang tiếng Anh của Cổng thông tin điện tử tỉnh",
          ch=("increase", 40.0, None, "2022")),
        F("followers", "người theo dõi", 186500, "people", "người theo dõi", "2024-08", 'Fanpage "Lao Cai Tourism"'),
        F("followers", "người theo dõi", 74000, "people", "người theo dõi", "2024-08", 'Fanpage "Lao Cai Tourism"'),
        F("articles", "phóng sự, chuyên mục bằng tiếng nước ngoài", 26, "count", "phóng sự, chuyên mục", "2023",
          "phối hợp với Kênh VTV4"),
        F("delegations", "đoàn famtrip, presstrip", 9, "count", "đoàn", "2023", "09 đoàn famtrip, presstrip"),
        F("videos", "video quảng bá điểm đến", 2, "count", "video", "2024", "sản xuất 02 video quảng bá điểm đến"),
        F("visitors_total", "Tổng lượt khách", 4152000, "visits", "lượt", "2022", "2022 | 4.152.000"),
        F("visitors_total", "lượt khách", 7170000, "visits", "triệu lượt", "2023", "Năm 2023, Lào Cai đón 7,17 triệu lượt khách",
          base=("2022", 4152000), ch=("increase", 72.7, None, "2022")),
        F("visitors_total", "Tổng lượt khách", 4310000, "visits", "lượt", "2024-H1", "6 tháng đầu năm 2024 | 4.310.000"),
        F("visitors_international", "Khách quốc tế", 105000, "visits", "lượt", "2022", "2022 | 4.152.000"),
        F("visitors_international", "khách quốc tế", 581000, "visits", "nghìn lượt", "2023", "Năm 2023, Lào Cai đón 7,17 triệu lượt khách",
          base=("2022", 105000), ch=("increase", None, 5.5, "2022")),
        F("visitors_international", "Khách quốc tế", 498000, "visits", "lượt", "2024-H1", "6 tháng đầu năm 2024 | 4.310.000"),
        F("tourism_revenue", "Tổng thu từ du lịch", 13500e9, "VND", "tỷ đồng", "2022", "2022 | 4.152.000"),
        F("tourism_revenue", "Tổng thu từ du lịch", 26100e9, "VND", "tỷ đồng", "2023", "2023 | 7.170.000",
          base=("2022", 13500e9)),
        F("tourism_revenue", "Tổng thu từ du lịch", 17450e9, "VND", "tỷ đồng", "2024-H1", "6 tháng đầu năm 2024 | 4.310.000"),
        F("trade_value", "Kim ngạch XNK qua cửa khẩu", 2010e6, "USD", "triệu USD", "2022", "2022 | 4.152.000"),
        F("trade_value", "Kim ngạch XNK qua cửa khẩu", 2870e6, "USD", "triệu USD", "2023", "2023 | 7.170.000",
          base=("2022", 2010e6)),
        F("trade_value", "Kim ngạch XNK qua cửa khẩu", 1640e6, "USD", "triệu USD", "2024-H1", "6 tháng đầu năm 2024 | 4.310.000"),
    ],
    strengths=["Có Kế hoạch riêng, phân công rõ cơ quan đầu mối", "Lựa chọn được thị trường ưu tiên",
               "Chủ động khai thác các nền tảng mạng xã hội"],
    difficulties=["Sản phẩm truyền thông bằng tiếng Trung, tiếng Hàn còn ít", "Chưa đo lường được hiệu quả",
                  "Kinh phí cho hoạt động quảng bá tại nước ngoài chủ yếu lồng ghép"],
    causes_objective=["Nguyên nhân khách quan là địa hình miền núi"],
    causes_subjective=["Nguyên nhân chủ quan là đội ngũ làm công tác thông tin đối ngoại ở cấp huyện"],
    lessons=["Nội dung truyền thông phải bám sát thị hiếu", "Tận dụng quan hệ hợp tác với các địa phương nước ngoài",
             "Phát huy vai trò của doanh nghiệp du lịch, cộng đồng dân cư"],
    recommendations=[
        (None, ["mic"], "Hỗ trợ địa phương xây dựng bộ chỉ số đo lường"),
        (None, ["mic"], "Tăng cường giới thiệu hình ảnh Lào Cai trên các kênh thông tin đối ngoại quốc gia"),
        (None, ["mocst"], "Đưa các điểm đến Sa Pa, Bắc Hà, Y Tý"),
        (None, ["other_ministries"], "Hỗ trợ tỉnh tổ chức các hoạt động xúc tiến thương mại"),
    ],
)
