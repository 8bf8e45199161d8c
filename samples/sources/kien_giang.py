"""Kiên Giang: scanned image-only PDF at 200 dpi; plan in progress; table 2022 | 2023 | 9 tháng
2024 without change column plus "gấp 3,7 lần" in prose; recommendations under "Đối với ...:"
lines; "đẹp thứ 2 thế giới" rank distractor; budget figure."""

from kit.gold import F

SAMPLE = dict(
    stem="KienGiang_BC_scan_20240925",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", scan_dpi=200, scan_seed=3),
    author="UBND tỉnh Kiên Giang",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"], bold_left=(0, 1), number="275/BC-UBND",
                place_date="Kiên Giang, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Kiên Giang", issuer="Ủy ban nhân dân tỉnh Kiên Giang", number="275/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Lê Quốc Anh", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Kiên Giang báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
Sở Thông tin và Truyền thông đang tham mưu UBND tỉnh xây dựng Kế hoạch truyền thông quảng bá hình ảnh tỉnh Kiên Giang ra nước ngoài theo cách làm mới đến năm 2030; hiện đã hoàn thành dự thảo lần 2 và đang lấy ý kiến các sở, ngành, địa phương. Kinh phí bố trí cho hoạt động quảng bá hình ảnh tỉnh ra nước ngoài năm 2024 là 3,2 tỷ đồng.
## 2.|Yếu tố truyền thông trọng tâm, thông điệp
Dự thảo Kế hoạch xác định các yếu tố trọng tâm: du lịch biển, đảo với thành phố Phú Quốc, quần đảo Nam Du, Hà Tiên; chính sách miễn thị thực 30 ngày cho khách quốc tế đến Phú Quốc và môi trường đầu tư vào du lịch nghỉ dưỡng cao cấp; đặc sản nước mắm Phú Quốc, hồ tiêu, ngọc trai.
Thông điệp: "Phú Quốc - Đảo Ngọc thiên đường" và "Phu Quoc - The Pearl Island".
## 3.|Các kênh truyền thông
- Cổng thông tin điện tử tỉnh, trang thông tin du lịch tỉnh bằng tiếng Anh.
- Fanpage "Phu Quoc Island - Kien Giang", tài khoản Instagram và TikTok; hợp tác với các KOL Ấn Độ, Hàn Quốc sản xuất nội dung về Phú Quốc.
- Phối hợp với tạp chí Condé Nast Traveler, Travel + Leisure giới thiệu điểm đến; năm 2023 Phú Quốc được độc giả Condé Nast Traveler bình chọn là hòn đảo đẹp thứ 2 thế giới.
- Tổ chức roadshow quảng bá du lịch tại Ấn Độ, Hàn Quốc; tham gia Hội chợ Du lịch quốc tế ITB Berlin.
- Đặt pano quảng bá tại các cảng hàng không quốc tế Tân Sơn Nhất, Phú Quốc.
## 4.|Kết quả đạt được
Năm 2023, khách quốc tế đến Kiên Giang đạt 722 nghìn lượt, gấp 3,7 lần năm 2022. Kết quả cụ thể:
| Chỉ tiêu | Năm 2022 | Năm 2023 | 9 tháng 2024 |
| Tổng lượt khách (triệu lượt) | 7,2 | 9,1 | 8,3 |
| Khách quốc tế (nghìn lượt) | 195 | 722 | 905 |
| Tổng thu du lịch (tỷ đồng) | 14.800 | 24.600 | 22.150 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Phú Quốc đã trở thành thương hiệu du lịch biển đảo có sức hút quốc tế; chính sách miễn thị thực là lợi thế lớn trong truyền thông quảng bá.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Truyền thông còn tập trung chủ yếu vào Phú Quốc, chưa quảng bá tương xứng các điểm đến khác của tỉnh.
- Một số thông tin tiêu cực về giá dịch vụ, môi trường tại Phú Quốc ảnh hưởng đến hình ảnh điểm đến.
- Nguyên nhân khách quan: sự cạnh tranh của các điểm đến biển trong khu vực; nguyên nhân chủ quan: công tác quản lý giá, vệ sinh môi trường tại điểm đến chưa tốt, chưa chủ động xử lý thông tin sai lệch.
## {2.3} 3.|Bài học kinh nghiệm
Hợp tác với KOL và các tạp chí du lịch uy tín mang lại hiệu quả cao; cần chủ động theo dõi, phản hồi kịp thời thông tin trên mạng xã hội.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
* Đối với Chính phủ:
Xem xét mở rộng chính sách thị thực thuận lợi cho khách quốc tế đến các địa phương có thế mạnh du lịch.
* Đối với Bộ Thông tin và Truyền thông:
Hỗ trợ tỉnh xây dựng bộ công cụ theo dõi, xử lý thông tin về điểm đến trên mạng xã hội.
""",
    closing=["Trên đây là báo cáo của UBND tỉnh Kiên Giang về kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- TT.TU, TT.HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Sở TTTT;", "- Lưu: VT, tvhung."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Quốc Anh"],
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="Sở Thông tin và Truyền thông đang tham mưu UBND tỉnh xây dựng"),
    factors=dict(identified=True, items=[
        ("du lịch biển, đảo với thành phố Phú Quốc, quần đảo Nam Du, Hà Tiên", "tourism", "Dự thảo Kế hoạch xác định các yếu tố"),
        ("chính sách miễn thị thực 30 ngày cho khách quốc tế đến Phú Quốc và môi trường đầu tư vào du lịch nghỉ dưỡng cao cấp",
         "business_potential", "Dự thảo Kế hoạch xác định các yếu tố"),
        ("đặc sản nước mắm Phú Quốc, hồ tiêu, ngọc trai", "products", "Dự thảo Kế hoạch xác định các yếu tố"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Phú Quốc - Đảo Ngọc thiên đường", "Thông điệp:"),
        ("Phu Quoc - The Pearl Island", "Thông điệp:"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh, trang thông tin du lịch tỉnh bằng tiếng Anh", "Cổng thông tin điện tử tỉnh, trang"),
        ("facebook", 'Fanpage "Phu Quoc Island - Kien Giang"', 'Fanpage "Phu Quoc Island - Kien Giang"'),
        ("instagram", "tài khoản Instagram", 'Fanpage "Phu Quoc Island - Kien Giang"'),
        ("tiktok", "TikTok", 'Fanpage "Phu Quoc Island - Kien Giang"'),
        ("influencers", "các KOL Ấn Độ, Hàn Quốc", 'Fanpage "Phu Quoc Island - Kien Giang"'),
        ("foreign_media", "tạp chí Condé Nast Traveler, Travel + Leisure", "Phối hợp với tạp chí Condé Nast Traveler"),
        ("trade_promotion", "roadshow quảng bá du lịch tại Ấn Độ, Hàn Quốc", "Tổ chức roadshow quảng bá du lịch"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế ITB Berlin", "Tổ chức roadshow quảng bá du lịch"),
        ("outdoor", "pano quảng bá tại các cảng hàng không quốc tế Tân Sơn Nhất, Phú Quốc", "Đặt pano quảng bá"),
    ],
    figures=[
        F("budget", "Kinh phí bố trí cho hoạt động quảng bá hình ảnh tỉnh ra nước ngoài", 3.2e9, "VND", "tỷ đồng", "2024",
          "Kinh phí bố trí cho hoạt động quảng bá"),
        F("visitors_total", "Tổng lượt khách", 7.2e6, "visits", "triệu lượt", "2022", "Tổng lượt khách (triệu lượt)"),
        F("visitors_total", "Tổng lượt khách", 9.1e6, "visits", "triệu lượt", "2023", "Tổng lượt khách (triệu lượt)", base=("2022", 7.2e6)),
        F("visitors_total", "Tổng lượt khách", 8.3e6, "visits", "triệu lượt", "2024-9M", "Tổng lượt khách (triệu lượt)"),
        F("visitors_international", "Khách quốc tế", 195000, "visits", "nghìn lượt", "2022", "Khách quốc tế (nghìn lượt)"),
        F("visitors_international", "khách quốc tế", 722000, "visits", "nghìn lượt", "2023", "khách quốc tế đến Kiên Giang đạt 722",
          base=("2022", 195000), ch=("increase", None, 3.7, "2022")),
        F("visitors_international", "Khách quốc tế", 905000, "visits", "nghìn lượt", "2024-9M", "Khách quốc tế (nghìn lượt)"),
        F("tourism_revenue", "Tổng thu du lịch", 14800e9, "VND", "tỷ đồng", "2022", "Tổng thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Tổng thu du lịch", 24600e9, "VND", "tỷ đồng", "2023", "Tổng thu du lịch (tỷ đồng)", base=("2022", 14800e9)),
        F("tourism_revenue", "Tổng thu du lịch", 22150e9, "VND", "tỷ đồng", "2024-9M", "Tổng thu du lịch (tỷ đồng)"),
    ],
    strengths=["Phú Quốc đã trở thành thương hiệu du lịch biển đảo"],
    difficulties=["Truyền thông còn tập trung chủ yếu vào Phú Quốc", "Một số thông tin tiêu cực về giá dịch vụ"],
    causes_objective=[("sự cạnh tranh của các điểm đến biển trong khu vực", "Nguyên nhân khách quan: sự cạnh tranh")],
    causes_subjective=[("công tác quản lý giá, vệ sinh môi trường tại điểm đến chưa tốt, chưa chủ động xử lý thông tin sai lệch",
                        "Nguyên nhân khách quan: sự cạnh tranh")],
    lessons=["Hợp tác với KOL và các tạp chí du lịch uy tín"],
    recommendations=[
        (None, ["government"], "Xem xét mở rộng chính sách thị thực"),
        (None, ["mic"], "Hỗ trợ tỉnh xây dựng bộ công cụ theo dõi"),
    ],
)
