"""Thừa Thiên Huế: scanned image-only PDF (LibreOffice PDF -> pdftoppm 300 dpi -> Pillow, no
text layer). "Thừa Thiên - Huế" in the body; headings renamed ("Những mặt làm được", "Hạn chế,
khó khăn", "Kiến nghị, đề xuất"); slogan with a number; table without change column; signed
by the Chairman; signature as plain paragraphs. Plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="TTHue_BC-UBND_scan",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="plain", scan_dpi=300, scan_seed=7),
    author="UBND tỉnh Thừa Thiên Huế",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], bold_left=(0, 1), number="412/BC-UBND",
                place_date="Thừa Thiên Huế, ngày 21 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Thừa Thiên Huế", issuer="Ủy ban nhân dân tỉnh Thừa Thiên Huế", number="412/BC-UBND", date="2024-09-21",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Văn Phương", "position": "Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Thừa Thiên Huế báo cáo như sau:
""",
    body="""
# {1} I.|KẾT QUẢ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Xây dựng Kế hoạch
Thực hiện hướng dẫn của Bộ Thông tin và Truyền thông, UBND tỉnh đã ban hành Kế hoạch số 356/KH-UBND ngày 15/8/2022 về truyền thông quảng bá hình ảnh tỉnh Thừa Thiên Huế ra nước ngoài theo cách làm mới. Kế hoạch bám sát Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị về xây dựng, phát triển tỉnh Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045 và định hướng xây dựng Thừa Thiên - Huế trở thành thành phố trực thuộc Trung ương trên nền tảng bảo tồn, phát huy giá trị di sản cố đô.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh đã xác định yếu tố trọng tâm là văn hóa và di sản, trong đó Huế là địa phương duy nhất cả nước có 08 di sản được UNESCO ghi danh (Quần thể di tích Cố đô Huế, Nhã nhạc cung đình Huế, Mộc bản triều Nguyễn, Châu bản triều Nguyễn, Thơ văn trên kiến trúc cung đình Huế...). Bên cạnh đó là du lịch văn hóa, tâm linh, nghỉ dưỡng biển đầm phá; ẩm thực cung đình và ẩm thực dân gian Huế; các sản phẩm làng nghề truyền thống và áo dài Huế.
## 3.|Thông điệp truyền thông
Tỉnh sử dụng thống nhất thông điệp "Huế - Một điểm đến, 8 di sản" và "Hue - Imperial City of Heritage" trên các ấn phẩm, sản phẩm truyền thông; đối với Festival sử dụng thông điệp "Festival Huế - Festival 4 mùa".
## 4.|Phương thức, kênh truyền thông
- Cổng thông tin điện tử tỉnh, trang visithue.vn và ứng dụng Hue-S tích hợp thông tin du lịch bằng tiếng Anh, tiếng Hàn, tiếng Pháp.
- Fanpage "Visit Hue" trên Facebook hiện có khoảng 180.000 lượt thích trang; kênh YouTube "Hue Tourism" đăng tải các video về di sản và lễ hội.
- Phát hành 20.000 ấn phẩm (bản đồ du lịch, cẩm nang, tờ gấp) bằng 5 thứ tiếng, phát tại các hội chợ và cơ quan đại diện Việt Nam ở nước ngoài.
- Tổ chức Festival Huế 2024 với chủ đề "Di sản văn hóa với hội nhập và phát triển", Tuần lễ Áo dài Huế và chương trình "Huế - Kinh đô Áo dài"; phối hợp Kênh VTV4, Báo Thế giới & Việt Nam đưa tin về các sự kiện.
- Phối hợp với các địa phương kết nghĩa tại Pháp (Blois), Hàn Quốc (Gyeongju) và Nhật Bản (Kyoto) tổ chức các tuần lễ văn hóa Huế.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Những mặt làm được
Công tác truyền thông quảng bá hình ảnh tỉnh Thừa Thiên - Huế ra nước ngoài đã có chuyển biến tích cực, phát huy được thế mạnh về di sản, văn hóa. Thương hiệu "Huế - Kinh đô Áo dài" và Festival Huế ngày càng được bạn bè quốc tế biết đến. Năm 2023, tổng lượt khách đến Huế đạt 3,1 triệu lượt, gấp 1,72 lần năm 2022; 9 tháng năm 2024 ước đạt 2,73 triệu lượt, tăng 12,5% so cùng kỳ.
| Chỉ tiêu | Năm 2022 | Năm 2023 | 9 tháng năm 2024 |
| Tổng lượt khách (lượt) | 1.800.000 | 3.100.000 | 2.730.000 |
| Khách quốc tế (lượt) | 410.000 | 1.190.000 | 1.050.000 |
| Doanh thu du lịch (tỷ đồng) | 3.600 | 6.135 | 5.240 |
## {2.2} 2.|Hạn chế, khó khăn
Kinh phí dành cho truyền thông đối ngoại còn thấp, chủ yếu lồng ghép trong kinh phí xúc tiến du lịch. Nội dung truyền thông về môi trường đầu tư, kinh tế số của tỉnh còn mờ nhạt. Hạ tầng giao thông kết nối quốc tế (đường bay trực tiếp) còn hạn chế, ảnh hưởng đến hiệu quả thu hút khách quốc tế.
Nguyên nhân của hạn chế một phần do khách quan: quy mô kinh tế của tỉnh còn nhỏ, nguồn thu ngân sách hạn chế; mặt khác do chủ quan: đội ngũ làm công tác thông tin đối ngoại còn mỏng, kiêm nhiệm, chưa được đào tạo bài bản về truyền thông số.
## {2.3} 3.|Cách làm hay, bài học kinh nghiệm
Việc gắn truyền thông với các sự kiện văn hóa đặc sắc như Festival Huế, Tuần lễ Áo dài là cách làm hiệu quả, tạo được dấu ấn. Ứng dụng Hue-S là kênh tương tác tốt với du khách, cần tiếp tục mở rộng phiên bản ngoại ngữ.
# {3} III.|KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ tỉnh trong việc kết nối với phóng viên nước ngoài thường trú tại Việt Nam và đưa nội dung về Huế vào các chương trình đối ngoại quốc gia.
Đề nghị Bộ Ngoại giao, Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tổ chức các hoạt động quảng bá văn hóa Huế tại các nước có đông khách du lịch đến Việt Nam.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của UBND tỉnh Thừa Thiên Huế./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- Cục Thông tin đối ngoại;", "- CT và các PCT UBND tỉnh;",
                "- Sở TTTT, Sở Du lịch;", "- Lưu: VT, VH."],
    signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Phương"],
)

GOLD = dict(
    plan=dict(status="built", references=[("356/KH-UBND", "2022-08-15")], ev="UBND tỉnh đã ban hành Kế hoạch số 356/KH-UBND"),
    factors=dict(identified=True, items=[
        ("văn hóa và di sản", "culture_heritage", "Tỉnh đã xác định yếu tố trọng tâm là văn hóa và di sản"),
        ("du lịch văn hóa, tâm linh, nghỉ dưỡng biển đầm phá", "tourism", "Bên cạnh đó là du lịch văn hóa"),
        ("ẩm thực cung đình và ẩm thực dân gian Huế", "culture_heritage", "Bên cạnh đó là du lịch văn hóa"),
        ("các sản phẩm làng nghề truyền thống và áo dài Huế", "products", "Bên cạnh đó là du lịch văn hóa"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Huế - Một điểm đến, 8 di sản", "Tỉnh sử dụng thống nhất thông điệp"),
        ("Hue - Imperial City of Heritage", "Tỉnh sử dụng thống nhất thông điệp"),
        ("Festival Huế - Festival 4 mùa", "Tỉnh sử dụng thống nhất thông điệp"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh, trang visithue.vn", "Cổng thông tin điện tử tỉnh, trang visithue.vn"),
        ("other", "ứng dụng Hue-S", "Cổng thông tin điện tử tỉnh, trang visithue.vn"),
        ("facebook", 'Fanpage "Visit Hue"', 'Fanpage "Visit Hue"'),
        ("youtube", 'kênh YouTube "Hue Tourism"', 'Fanpage "Visit Hue"'),
        ("publications", "ấn phẩm (bản đồ du lịch, cẩm nang, tờ gấp)", "Phát hành 20.000 ấn phẩm"),
        ("overseas_missions", "cơ quan đại diện Việt Nam ở nước ngoài", "Phát hành 20.000 ấn phẩm"),
        ("events", "Festival Huế 2024, Tuần lễ Áo dài Huế", "Tổ chức Festival Huế 2024"),
        ("national_media", "Kênh VTV4, Báo Thế giới & Việt Nam", "Tổ chức Festival Huế 2024"),
        ("partner_localities", "các địa phương kết nghĩa tại Pháp (Blois), Hàn Quốc (Gyeongju) và Nhật Bản (Kyoto)",
         "Phối hợp với các địa phương kết nghĩa"),
    ],
    figures=[
        F("followers", "lượt thích trang", 180000, "visits", "lượt thích trang", None, 'Fanpage "Visit Hue"', approx=True),
        F("publications", "ấn phẩm", 20000, "count", "ấn phẩm", None, "Phát hành 20.000 ấn phẩm"),
        F("languages", "thứ tiếng", 5, "count", "thứ tiếng", None, "Phát hành 20.000 ấn phẩm"),
        F("visitors_total", "Tổng lượt khách", 1.8e6, "visits", "lượt", "2022", "Tổng lượt khách (lượt)"),
        F("visitors_total", "tổng lượt khách", 3.1e6, "visits", "triệu lượt", "2023", "tổng lượt khách đến Huế đạt 3,1",
          base=("2022", 1.8e6), ch=("increase", None, 1.72, "2022")),
        F("visitors_total", "tổng lượt khách", 2.73e6, "visits", "triệu lượt", "2024-9M", "tổng lượt khách đến Huế đạt 3,1",
          ch=("increase", 12.5, None, "2023-9M"), approx=True),
        F("visitors_international", "Khách quốc tế", 410000, "visits", "lượt", "2022", "Khách quốc tế (lượt)"),
        F("visitors_international", "Khách quốc tế", 1.19e6, "visits", "lượt", "2023", "Khách quốc tế (lượt)", base=("2022", 410000)),
        F("visitors_international", "Khách quốc tế", 1.05e6, "visits", "lượt", "2024-9M", "Khách quốc tế (lượt)"),
        F("tourism_revenue", "Doanh thu du lịch", 3600e9, "VND", "tỷ đồng", "2022", "Doanh thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Doanh thu du lịch", 6135e9, "VND", "tỷ đồng", "2023", "Doanh thu du lịch (tỷ đồng)", base=("2022", 3600e9)),
        F("tourism_revenue", "Doanh thu du lịch", 5240e9, "VND", "tỷ đồng", "2024-9M", "Doanh thu du lịch (tỷ đồng)"),
    ],
    strengths=["đã có chuyển biến tích cực, phát huy được thế mạnh", 'Thương hiệu "Huế - Kinh đô Áo dài"'],
    difficulties=["Kinh phí dành cho truyền thông đối ngoại còn thấp", "Nội dung truyền thông về môi trường đầu tư",
                  "Hạ tầng giao thông kết nối quốc tế"],
    causes_objective=[("quy mô kinh tế của tỉnh còn nhỏ, nguồn thu ngân sách hạn chế", "Nguyên nhân của hạn chế một phần do khách quan")],
    causes_subjective=[("đội ngũ làm công tác thông tin đối ngoại còn mỏng, kiêm nhiệm, chưa được đào tạo bài bản về truyền thông số",
                        "Nguyên nhân của hạn chế một phần do khách quan")],
    lessons=["Việc gắn truyền thông với các sự kiện văn hóa đặc sắc", "Ứng dụng Hue-S là kênh tương tác tốt"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ tỉnh"),
        (None, ["mofa", "mocst"], "Đề nghị Bộ Ngoại giao, Bộ Văn hóa"),
    ],
)
