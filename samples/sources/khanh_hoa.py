"""Khánh Hoà: legacy .doc (LibreOffice "MS Word 97"); issued by the Sở Thông tin và Truyền thông;
old tone placement throughout ("Khánh Hoà", "văn hoá", "Thuý"); plan in progress;
"32,4 nghìn tỷ đồng"; a cited province plan that is NOT the communication plan."""

from kit.gold import F

SAMPLE = dict(
    stem="KhanhHoa_1985-BC-STTTT",
    format="doc",
    layout=dict(headings="bold", signature="table"),
    author="Sở TTTT Khánh Hoà",
    header=dict(left=["UBND TỈNH KHÁNH HOÀ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1985/BC-STTTT",
                place_date="Khánh Hoà, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "địa phương ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Khánh Hòa", issuer="Sở Thông tin và Truyền thông tỉnh Khánh Hoà", number="1985/BC-STTTT",
        date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Thị Thuý Hằng", "position": "Phó Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới; được sự thống nhất của UBND tỉnh Khánh Hoà, Sở Thông tin và Truyền thông báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới
Hiện nay, Sở Thông tin và Truyền thông đang chủ trì, phối hợp với Sở Du lịch, Sở Ngoại vụ, Sở Kế hoạch và Đầu tư xây dựng dự thảo Kế hoạch truyền thông quảng bá hình ảnh tỉnh Khánh Hoà ra nước ngoài theo cách làm mới giai đoạn 2025 - 2030, dự kiến trình UBND tỉnh ban hành trong Quý IV/2024.
Trong thời gian chưa ban hành Kế hoạch riêng, các hoạt động quảng bá hình ảnh tỉnh ra nước ngoài được lồng ghép trong Kế hoạch số 2366/KH-UBND ngày 14/3/2023 của UBND tỉnh về công tác thông tin đối ngoại năm 2023 và các chương trình xúc tiến du lịch, đầu tư hằng năm; bám sát Quy hoạch tỉnh Khánh Hoà thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 318/QĐ-TTg ngày 29/3/2023 của Thủ tướng Chính phủ.
## 2.|Yếu tố truyền thông trọng tâm
Trong quá trình xây dựng dự thảo Kế hoạch, tỉnh đã bước đầu xác định các yếu tố truyền thông trọng tâm gồm: du lịch biển, đảo với vịnh Nha Trang, vịnh Vân Phong, bán đảo Cam Ranh; văn hoá Chăm Pa với Tháp Bà Ponagar; kinh tế biển, cảng biển quốc tế và Khu kinh tế Vân Phong; đặc sản yến sào Khánh Hoà.
## 3.|Thông điệp truyền thông
Tỉnh đã xác định thông điệp "Khánh Hoà - Biển xanh, nắng vàng, thân thiện" và phiên bản tiếng Anh "Khanh Hoa - Blue Sea, Golden Sun, Friendly People", sử dụng trong các hoạt động xúc tiến du lịch từ năm 2023.
## 4.|Phương thức, kênh truyền thông đã sử dụng
- Trang thông tin du lịch nhatrang-travel.com (tiếng Việt, Anh, Nga, Hàn, Trung) và Cổng thông tin điện tử tỉnh.
- Fanpage "Nha Trang - Khanh Hoa Tourism" trên Facebook, tài khoản trên mạng xã hội VK (Nga) và Naver (Hàn Quốc).
- Báo Khánh Hoà, Đài Phát thanh và Truyền hình Khánh Hoà: năm 2023 đăng, phát 1.250 tin, bài bằng tiếng Anh, tiếng Nga.
- Tổ chức Festival Biển Nha Trang - Khánh Hoà lần thứ 10 năm 2023; tham gia Hội chợ Du lịch quốc tế MITT (Mát-xcơ-va, Nga) và Hội chợ Du lịch quốc tế Hàn Quốc (Seoul).
- Đón 15 đoàn famtrip của các hãng lữ hành, hãng hàng không Nga, Hàn Quốc, Ấn Độ, Trung Quốc trong năm 2023.
- Phối hợp với Kênh VTV4 và Truyền hình Thông tấn (VNews) giới thiệu các sản phẩm du lịch mới.
Các kênh mạng xã hội bản địa của thị trường (VK, Naver) đem lại hiệu quả tiếp cận tốt với khách Nga, Hàn Quốc; tuy nhiên số liệu thống kê trước và sau chưa được theo dõi đầy đủ do tỉnh chưa có Kế hoạch riêng.
## 5.|Kết quả đạt được
Năm 2023, toàn tỉnh đón 7,6 triệu lượt khách, tăng 58% so với năm 2022, trong đó khách quốc tế đạt 1,6 triệu lượt; tổng thu từ khách du lịch đạt khoảng 32,4 nghìn tỷ đồng. 9 tháng đầu năm 2024, khách quốc tế đạt gần 2,4 triệu lượt, tăng 125% so cùng kỳ, trong đó thị trường Hàn Quốc dẫn đầu, thị trường Nga xếp thứ 3.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Tỉnh có lợi thế lớn về tài nguyên du lịch biển, đảo, đường bay quốc tế trực tiếp đến Cảng hàng không quốc tế Cam Ranh.
- Bước đầu sử dụng mạng xã hội bản địa của từng thị trường, nội dung phù hợp với thị hiếu từng nhóm khách.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Tỉnh chưa ban hành Kế hoạch riêng nên hoạt động còn phân tán, chưa có chỉ tiêu đo lường cụ thể.
- Chưa có nguồn kinh phí riêng cho truyền thông quảng bá ra nước ngoài.
- Nguyên nhân khách quan: biến động địa chính trị ảnh hưởng đến thị trường khách Nga; cạnh tranh điểm đến biển trong khu vực.
- Nguyên nhân chủ quan: việc xây dựng Kế hoạch còn chậm do chờ hướng dẫn về cơ chế tài chính; nhân lực ngoại ngữ (tiếng Nga, tiếng Hàn) trong cơ quan nhà nước còn thiếu.
## {2.3} 3.|Bài học kinh nghiệm
Cần ưu tiên các kênh truyền thông bản địa, hợp tác với hãng hàng không và hãng lữ hành của thị trường mục tiêu; gắn quảng bá với việc mở đường bay mới.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông ban hành hướng dẫn về định mức chi, cơ chế thuê dịch vụ truyền thông quảng bá ra nước ngoài để địa phương có căn cứ xây dựng Kế hoạch.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao hỗ trợ tỉnh tổ chức các chương trình xúc tiến tại Nga, Hàn Quốc, Ấn Độ.
""",
    closing=["Trên đây là báo cáo của Sở Thông tin và Truyền thông tỉnh Khánh Hoà, kính gửi Cục Thông tin đối ngoại tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."],
    signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Thị Thuý Hằng"],
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="đang chủ trì, phối hợp với Sở Du lịch"),
    factors=dict(identified=True, items=[
        ("du lịch biển, đảo với vịnh Nha Trang, vịnh Vân Phong, bán đảo Cam Ranh", "tourism", "tỉnh đã bước đầu xác định các yếu tố"),
        ("văn hoá Chăm Pa với Tháp Bà Ponagar", "culture_heritage", "tỉnh đã bước đầu xác định các yếu tố"),
        ("kinh tế biển, cảng biển quốc tế và Khu kinh tế Vân Phong", "business_potential", "tỉnh đã bước đầu xác định các yếu tố"),
        ("đặc sản yến sào Khánh Hoà", "products", "tỉnh đã bước đầu xác định các yếu tố"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Khánh Hoà - Biển xanh, nắng vàng, thân thiện", "Tỉnh đã xác định thông điệp"),
        ("Khanh Hoa - Blue Sea, Golden Sun, Friendly People", "Tỉnh đã xác định thông điệp"),
    ]),
    channels=[
        ("portal", "Trang thông tin du lịch nhatrang-travel.com", "Trang thông tin du lịch nhatrang-travel.com"),
        ("portal", "Cổng thông tin điện tử tỉnh", "Trang thông tin du lịch nhatrang-travel.com"),
        ("facebook", 'Fanpage "Nha Trang - Khanh Hoa Tourism"', 'Fanpage "Nha Trang - Khanh Hoa Tourism"'),
        ("other_social", "mạng xã hội VK (Nga) và Naver (Hàn Quốc)", 'Fanpage "Nha Trang - Khanh Hoa Tourism"'),
        ("local_media", "Báo Khánh Hoà, Đài Phát thanh và Truyền hình Khánh Hoà", "Báo Khánh Hoà, Đài Phát thanh"),
        ("events", "Festival Biển Nha Trang - Khánh Hoà", "Tổ chức Festival Biển Nha Trang"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế MITT (Mát-xcơ-va, Nga) và Hội chợ Du lịch quốc tế Hàn Quốc (Seoul)",
         "Tổ chức Festival Biển Nha Trang"),
        ("press_trips", "đoàn famtrip", "Đón 15 đoàn famtrip"),
        ("national_media", "Kênh VTV4 và Truyền hình Thông tấn (VNews)", "Phối hợp với Kênh VTV4"),
    ],
    figures=[
        F("articles", "tin, bài bằng tiếng Anh, tiếng Nga", 1250, "count", "tin, bài", "2023", "Báo Khánh Hoà, Đài Phát thanh"),
        F("delegations", "đoàn famtrip", 15, "count", "đoàn", "2023", "Đón 15 đoàn famtrip"),
        F("visitors_total", "lượt khách", 7.6e6, "visits", "triệu lượt", "2023", "toàn tỉnh đón 7,6 triệu",
          ch=("increase", 58.0, None, "2022")),
        F("visitors_international", "khách quốc tế", 1.6e6, "visits", "triệu lượt", "2023", "toàn tỉnh đón 7,6 triệu"),
        F("tourism_revenue", "tổng thu từ khách du lịch", 32.4e12, "VND", "nghìn tỷ đồng", "2023", "toàn tỉnh đón 7,6 triệu",
          approx=True),
        F("visitors_international", "khách quốc tế", 2.4e6, "visits", "triệu lượt", "2024-9M", "khách quốc tế đạt gần 2,4",
          ch=("increase", 125.0, None, "2023-9M"), approx=True),
    ],
    strengths=["Tỉnh có lợi thế lớn về tài nguyên du lịch biển", "Bước đầu sử dụng mạng xã hội bản địa"],
    difficulties=["Tỉnh chưa ban hành Kế hoạch riêng nên hoạt động", "Chưa có nguồn kinh phí riêng"],
    causes_objective=["Nguyên nhân khách quan: biến động địa chính trị"],
    causes_subjective=["Nguyên nhân chủ quan: việc xây dựng Kế hoạch còn chậm"],
    lessons=["Cần ưu tiên các kênh truyền thông bản địa"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông ban hành hướng dẫn"),
        (None, ["mocst", "mofa"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao"),
    ],
)
