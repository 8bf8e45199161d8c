"""Đắk Lắk: .doc issued by the Sở Thông tin và Truyền thông, signed "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG".
Plan built; a yearly thông tin đối ngoại plan cited as a distractor; focus factors in a table
"Nhóm yếu tố | Yếu tố được chọn" (one cell with two factors split by ";"); assessment as "a) Ưu
điểm", "b) Hạn chế, khó khăn", "c) Nguyên nhân" with "- Khách quan: ..." / "- Chủ quan: ..." and
lessons "Một là, ... Hai là, ..."; coffee export in "tỷ USD" with "tăng ... so với năm 2022";
a recommendation to the central press."""

from kit.gold import F

SAMPLE = dict(
    stem="DakLak_STTTT_BC_quang-ba-hinh-anh",
    format="doc",
    layout=dict(headings="bold", signature="table", font_size=14),
    author="Phong TTDT - So TTTT",
    header=dict(left=["UBND TỈNH ĐẮK LẮK", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1245/BC-STTTT",
                place_date="Đắk Lắk, ngày 01 tháng 10 năm 2024", bold_left=(1,)),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Đắk Lắk",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Đắk Lắk", issuer="Sở Thông tin và Truyền thông tỉnh Đắk Lắk", number="1245/BC-STTTT",
        date="2024-10-01",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Đắk Lắk ra nước ngoài theo cách làm mới",
        signer={"name": "H'Yim Niê", "position": "Trưởng phòng"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông và chỉ đạo của UBND tỉnh, Sở Thông tin và Truyền thông tỉnh Đắk Lắk báo cáo như sau:
""",
    body="""
# {1} I.|KẾT QUẢ XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Xây dựng Kế hoạch
Tỉnh đã xây dựng Kế hoạch. UBND tỉnh ban hành Kế hoạch số 5620/KH-UBND ngày 20/6/2023 về truyền thông quảng bá hình ảnh tỉnh Đắk Lắk ra nước ngoài theo cách làm mới, giai đoạn 2023 - 2025. Bên cạnh đó, Kế hoạch số 112/KH-UBND ngày 08/01/2024 về công tác thông tin đối ngoại năm 2024 cũng giao nhiệm vụ quảng bá hình ảnh tỉnh cho các sở, ngành.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh đã xác định các yếu tố truyền thông trọng tâm theo từng nhóm như sau:
| Nhóm yếu tố | Yếu tố được chọn |
| Văn hóa và di sản | Không gian văn hóa Cồng chiêng Tây Nguyên |
| Du lịch | Du lịch sinh thái Hồ Lắk; Du lịch cộng đồng buôn làng Ê Đê |
| Sản phẩm, thương hiệu | Cà phê Buôn Ma Thuột |
| Tiềm năng kinh doanh, đầu tư | Năng lượng tái tạo và chế biến nông sản |
## 3.|Thông điệp truyền thông
Thông điệp truyền thông chính của tỉnh là “Buôn Ma Thuột - Điểm đến cà phê của thế giới”.
## 4.|Kênh truyền thông và hiệu quả
- Trang tin tiếng Anh của Cổng thông tin điện tử tỉnh đăng tải 420 tin, bài trong năm 2023.
- Báo Đắk Lắk và Đài Phát thanh - Truyền hình tỉnh phát sóng chuyên mục song ngữ về văn hóa Tây Nguyên.
- Tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023, thu hút 25 doanh nghiệp nước ngoài tham gia trưng bày.
- Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc tổ chức Ngày cà phê Việt Nam tại Seoul năm 2024.
- Fanpage “Daklak Tourism” và kênh Zalo OA “Du lịch Đắk Lắk” đạt 45.000 lượt theo dõi (tháng 8/2024).
## 5.|Kết quả đạt được
Năm 2023, tỉnh đón 1,2 triệu lượt khách; kim ngạch xuất khẩu đạt 1,46 tỷ USD, tăng 15,3% so với năm 2022. 6 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 958 triệu USD.
# {2} II.|ĐÁNH GIÁ CHUNG
### {2.1} a)|Ưu điểm
- Bám sát hướng dẫn của Bộ Thông tin và Truyền thông; xác định được yếu tố, thông điệp phù hợp với thế mạnh của tỉnh.
- Gắn kết truyền thông với các sự kiện lớn như Lễ hội Cà phê, tạo hiệu ứng lan tỏa quốc tế.
### {2.2} b)|Hạn chế, khó khăn
- Sản phẩm truyền thông bằng ngoại ngữ còn ít, chất lượng chưa cao.
- Chưa đánh giá được hiệu quả truyền thông bằng số liệu định lượng.
### c)|Nguyên nhân
- Khách quan: tỉnh ở xa các trung tâm lớn, đường bay quốc tế trực tiếp chưa có.
- Chủ quan: cán bộ làm công tác thông tin đối ngoại kiêm nhiệm nhiều việc; kinh phí còn hạn chế.
### {2.3} d)|Bài học kinh nghiệm
Một là, phải chọn một sản phẩm biểu tượng (cà phê) để dẫn dắt toàn bộ câu chuyện truyền thông.
Hai là, phối hợp chặt chẽ với cơ quan đại diện Việt Nam ở nước ngoài để đưa sự kiện ra thị trường mục tiêu.
Ba là, đồng bào các dân tộc thiểu số là chủ thể văn hóa, cần được tham gia vào quá trình truyền thông.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tập huấn kỹ năng sản xuất nội dung số bằng ngoại ngữ cho cán bộ của tỉnh.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ quảng bá Không gian văn hóa Cồng chiêng Tây Nguyên tại các sự kiện quốc tế.
- Đề nghị các cơ quan báo chí Trung ương, báo chí đối ngoại tăng thời lượng giới thiệu về Đắk Lắk.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Đắk Lắk ra nước ngoài theo cách làm mới, Sở Thông tin và Truyền thông báo cáo Cục Thông tin đối ngoại tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTĐT."],
    signature=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "", "H'Yim Niê"],
)

GOLD = dict(
    plan=dict(status="built", references=[("5620/KH-UBND", "2023-06-20")], ev="Tỉnh đã xây dựng Kế hoạch."),
    factors=dict(identified=True, items=[
        ("Không gian văn hóa Cồng chiêng Tây Nguyên", "culture_heritage", "Văn hóa và di sản | Không gian"),
        ("Du lịch sinh thái Hồ Lắk", "tourism", "Du lịch | Du lịch sinh thái Hồ Lắk"),
        ("Du lịch cộng đồng buôn làng Ê Đê", "tourism", "Du lịch | Du lịch sinh thái Hồ Lắk"),
        ("Cà phê Buôn Ma Thuột", "products", "Sản phẩm, thương hiệu | Cà phê"),
        ("Năng lượng tái tạo và chế biến nông sản", "business_potential", "Tiềm năng kinh doanh, đầu tư |"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Buôn Ma Thuột - Điểm đến cà phê của thế giới", "Thông điệp truyền thông chính của tỉnh"),
    ]),
    channels=[
        ("portal", "Trang tin tiếng Anh của Cổng thông tin điện tử tỉnh", "Trang tin tiếng Anh"),
        ("local_media", "Báo Đắk Lắk", "Báo Đắk Lắk và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh - Truyền hình tỉnh", "Báo Đắk Lắk và Đài Phát thanh"),
        ("events", "Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023", "Tổ chức Lễ hội Cà phê Buôn Ma Thuột"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Hàn Quốc", "Phối hợp với Đại sứ quán"),
        ("events", "Ngày cà phê Việt Nam tại Seoul năm 2024", "Phối hợp với Đại sứ quán"),
        ("facebook", "Fanpage “Daklak Tourism”", "Fanpage “Daklak Tourism”"),
        ("zalo", "kênh Zalo OA “Du lịch Đắk Lắk”", "Fanpage “Daklak Tourism”"),
    ],
    figures=[
        F("articles", "tin, bài", 420, "count", "tin, bài", "2023", "Trang tin tiếng Anh"),
        F("other", "doanh nghiệp nước ngoài tham gia trưng bày", 25, "count", "doanh nghiệp", "2023",
          "Tổ chức Lễ hội Cà phê Buôn Ma Thuột"),
        F("followers", "lượt theo dõi", 45000, "visits", "lượt theo dõi", "2024-08", "Fanpage “Daklak Tourism”"),
        F("visitors_total", "lượt khách", 1.2e6, "visits", "triệu lượt", "2023", "tỉnh đón 1,2 triệu lượt khách"),
        F("export_value", "kim ngạch xuất khẩu", 1.46e9, "USD", "tỷ USD", "2023", "tỉnh đón 1,2 triệu lượt khách",
          ch=("increase", 15.3, None, "2022")),
        F("export_value", "kim ngạch xuất khẩu", 958e6, "USD", "triệu USD", "2024-H1", "6 tháng đầu năm 2024, kim ngạch"),
    ],
    strengths=["Bám sát hướng dẫn của Bộ Thông tin và Truyền thông", "Gắn kết truyền thông với các sự kiện lớn"],
    difficulties=["Sản phẩm truyền thông bằng ngoại ngữ còn ít", "Chưa đánh giá được hiệu quả truyền thông"],
    causes_objective=["Khách quan: tỉnh ở xa"],
    causes_subjective=["Chủ quan: cán bộ làm công tác"],
    lessons=["Một là, phải chọn một sản phẩm biểu tượng", "Hai là, phối hợp chặt chẽ", "Ba là, đồng bào các dân tộc"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tập huấn"),
        (None, ["mocst"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ quảng bá"),
        (None, ["central_media"], "Đề nghị các cơ quan báo chí Trung ương"),
    ],
)
