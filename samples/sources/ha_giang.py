"""Hà Giang: short .docx with spaces in the file name; plan not built; factors named but no key
message; no lessons section; "xếp thứ 5" rank distractor; signature as plain paragraphs."""

from kit.gold import F

SAMPLE = dict(
    stem="BC 112 - UBND tinh Ha Giang",
    format="docx",
    layout=dict(headings="bold", signature="plain"),
    author="UBND tỉnh Hà Giang",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"], bold_left=(0, 1), number="112/BC-UBND",
                place_date="Hà Giang, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hà Giang", issuer="Ủy ban nhân dân tỉnh Hà Giang", number="112/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Hoàng Gia Long", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới;
Căn cứ tình hình thực tế tại địa phương, UBND tỉnh Hà Giang báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
Tỉnh Hà Giang chưa xây dựng Kế hoạch/Chương trình truyền thông quảng bá địa phương ra nước ngoài theo cách làm mới. Hoạt động quảng bá hình ảnh tỉnh ra nước ngoài được lồng ghép trong Kế hoạch thông tin đối ngoại và Chương trình xúc tiến du lịch hằng năm.
Tỉnh xác định các yếu tố thế mạnh để truyền thông là: Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn; cảnh quan thiên nhiên hùng vĩ với đèo Mã Pì Lèng, sông Nho Quế, ruộng bậc thang Hoàng Su Phì; văn hóa đặc sắc của 19 dân tộc anh em. Tỉnh chưa xác định thông điệp chính của truyền thông quảng bá ra nước ngoài.
Các kênh truyền thông đã sử dụng: Cổng thông tin điện tử tỉnh; Fanpage "Du lịch Hà Giang"; Lễ hội hoa tam giác mạch và chương trình "Hà Giang - Mùa hoa tam giác mạch"; đón các đoàn famtrip, phóng viên nước ngoài đến khảo sát, tác nghiệp. Năm 2023, Hà Giang được tạp chí du lịch Lonely Planet bình chọn xếp thứ 5 trong danh sách 10 điểm đến hấp dẫn nhất châu Á.
Kết quả: năm 2023, tỉnh đón 2,8 triệu lượt khách, trong đó khoảng 250 nghìn lượt khách quốc tế; tổng thu từ du lịch đạt trên 5.000 tỷ đồng. 9 tháng năm 2024, lượng khách ước đạt 2,7 triệu lượt, tăng 18% so cùng kỳ.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Hình ảnh Hà Giang được quảng bá tự nhiên, lan tỏa mạnh qua mạng xã hội và các trang du lịch quốc tế, đặc biệt với cộng đồng du khách đi xe máy khám phá vùng cao (Ha Giang Loop).
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
Tỉnh chưa có Kế hoạch, chưa có nguồn lực và cán bộ chuyên trách cho truyền thông đối ngoại; hạ tầng giao thông, dịch vụ còn hạn chế. Nguyên nhân khách quan là địa bàn miền núi, biên giới, kinh tế còn khó khăn; nguyên nhân chủ quan là chưa quan tâm đúng mức đến việc xây dựng Kế hoạch riêng.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị Bộ Thông tin và Truyền thông hỗ trợ, hướng dẫn tỉnh xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới và bồi dưỡng nghiệp vụ cho cán bộ.
Đề nghị Chính phủ quan tâm đầu tư hạ tầng giao thông kết nối (cao tốc Tuyên Quang - Hà Giang) để phát huy hiệu quả quảng bá du lịch.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của UBND tỉnh Hà Giang./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- TTr Tỉnh ủy;", "- CT, PCT UBND tỉnh;", "- Sở TTTT, Sở VHTTDL;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Gia Long"],
)

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="Tỉnh Hà Giang chưa xây dựng Kế hoạch/Chương trình"),
    factors=dict(identified=True, items=[
        ("Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn", "culture_heritage", "Tỉnh xác định các yếu tố thế mạnh"),
        ("cảnh quan thiên nhiên hùng vĩ với đèo Mã Pì Lèng, sông Nho Quế, ruộng bậc thang Hoàng Su Phì", "tourism",
         "Tỉnh xác định các yếu tố thế mạnh"),
        ("văn hóa đặc sắc của 19 dân tộc anh em", "culture_heritage", "Tỉnh xác định các yếu tố thế mạnh"),
    ]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh", "Các kênh truyền thông đã sử dụng"),
        ("facebook", 'Fanpage "Du lịch Hà Giang"', "Các kênh truyền thông đã sử dụng"),
        ("events", "Lễ hội hoa tam giác mạch", "Các kênh truyền thông đã sử dụng"),
        ("press_trips", "các đoàn famtrip, phóng viên nước ngoài", "Các kênh truyền thông đã sử dụng"),
    ],
    figures=[
        F("visitors_total", "lượt khách", 2.8e6, "visits", "triệu lượt", "2023", "tỉnh đón 2,8 triệu"),
        F("visitors_international", "lượt khách quốc tế", 250000, "visits", "nghìn lượt", "2023", "tỉnh đón 2,8 triệu", approx=True),
        F("tourism_revenue", "tổng thu từ du lịch", 5000e9, "VND", "tỷ đồng", "2023", "tỉnh đón 2,8 triệu", approx=True),
        F("visitors_total", "lượng khách", 2.7e6, "visits", "triệu lượt", "2024-9M", "lượng khách ước đạt 2,7",
          ch=("increase", 18.0, None, "2023-9M"), approx=True),
    ],
    strengths=["Hình ảnh Hà Giang được quảng bá tự nhiên"],
    difficulties=["Tỉnh chưa có Kế hoạch, chưa có nguồn lực"],
    causes_objective=[("địa bàn miền núi, biên giới, kinh tế còn khó khăn", "Nguyên nhân khách quan là địa bàn")],
    causes_subjective=[("chưa quan tâm đúng mức đến việc xây dựng Kế hoạch riêng", "Nguyên nhân khách quan là địa bàn")],
    lessons=[],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ, hướng dẫn"),
        (None, ["government"], "Đề nghị Chính phủ quan tâm đầu tư"),
    ],
)
