"""Lâm Đồng: .docx issued by the Sở Thông tin và Truyền thông; outline renamed ("Phần I/II/III",
"Mặt được", "Tồn tại, hạn chế", "Kiến nghị, đề xuất"); a table with English separators exported
from a spreadsheet; "từ 1,2 triệu lượt năm 2022 lên 1,5 triệu lượt năm 2023"; rank distractors.
Plan built (by the UBND; the report is the Sở's)."""

from kit.gold import F

SAMPLE = dict(
    stem="LamDong_STTTT_BC-quangba-3836",
    format="docx",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="Sở TTTT Lâm Đồng",
    header=dict(left=["UBND TỈNH LÂM ĐỒNG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1642/BC-STTTT",
                place_date="Lâm Đồng, ngày 20 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Lâm Đồng", issuer="Sở Thông tin và Truyền thông tỉnh Lâm Đồng", number="1642/BC-STTTT", date="2024-09-20",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Văn Châu", "position": "Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Sở Thông tin và Truyền thông tỉnh Lâm Đồng (cơ quan thường trực) tổng hợp, báo cáo như sau:
""",
    body="""
# {1} Phần I.|TÌNH HÌNH XÂY DỰNG VÀ KẾT QUẢ TRIỂN KHAI KẾ HOẠCH
## 1.|Về xây dựng Kế hoạch
Ngày 19/9/2022, UBND tỉnh Lâm Đồng ban hành Kế hoạch số 7815/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Lâm Đồng ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025. Kế hoạch xác định mục tiêu đưa hình ảnh Lâm Đồng - Đà Lạt trở thành điểm đến hàng đầu về du lịch nghỉ dưỡng, sinh thái và nông nghiệp công nghệ cao trong khu vực.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh lựa chọn 04 yếu tố trọng tâm:
- Chất lượng cuộc sống: khí hậu ôn hòa quanh năm, môi trường sống xanh, an toàn.
- Văn hóa, di sản: Đà Lạt - Thành phố sáng tạo của UNESCO trong lĩnh vực âm nhạc (công nhận năm 2023), di sản kiến trúc Pháp, Không gian văn hóa Cồng chiêng Tây Nguyên.
- Du lịch nghỉ dưỡng, sinh thái, du lịch nông nghiệp.
- Sản phẩm nông nghiệp công nghệ cao, thương hiệu hoa Đà Lạt, cà phê Arabica Cầu Đất, trà B'Lao.
## 3.|Thông điệp truyền thông
Thông điệp chính: "Đà Lạt - Thành phố ngàn hoa" (tiếng Anh: "Da Lat - City of Thousands of Flowers") và "Lâm Đồng - Điểm đến xanh".
## 4.|Phương thức, kênh truyền thông và hiệu quả
Tỉnh sử dụng kết hợp nhiều kênh: Cổng thông tin du lịch dalat.vn (tiếng Anh, tiếng Hàn, tiếng Trung); Fanpage "Dalat Tourism" và kênh YouTube "Lam Dong TV"; Festival Hoa Đà Lạt lần thứ X năm 2024; chương trình "Đà Lạt - Hành trình âm nhạc" phối hợp với Đài Tiếng nói Việt Nam (VOV5); tham gia Hội chợ Du lịch quốc tế TP. HCM (ITE HCMC) và Hội chợ Hoa quốc tế IFTF (Hà Lan).
Lượt truy cập Cổng thông tin du lịch dalat.vn tăng từ 1,2 triệu lượt năm 2022 lên 1,5 triệu lượt năm 2023. Số liệu các kênh mạng xã hội (trích xuất từ công cụ thống kê của nền tảng):
| Kênh | Chỉ số | Năm 2022 | Năm 2023 |
| Fanpage "Dalat Tourism" | Người theo dõi | 86,500 | 152,300 |
| Kênh YouTube "Lam Dong TV" | Lượt xem | 2,450,000 | 5,120,000 |
## 5.|Kết quả đạt được
Năm 2023, Lâm Đồng đón 8,5 triệu lượt khách, trong đó khách quốc tế khoảng 480 nghìn lượt, tăng 2,3 lần so với năm 2022. Kim ngạch xuất khẩu năm 2023 đạt 1.058 triệu USD, trong đó hoa, rau, cà phê chiếm tỷ trọng lớn. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của tỉnh xếp thứ 12/63.
# {2} Phần II.|ĐÁNH GIÁ
## {2.1} 1.|Mặt được
- Hình ảnh Đà Lạt với thương hiệu thành phố hoa, thành phố âm nhạc được quảng bá rộng rãi, tạo sức hút với khách quốc tế.
- Các sự kiện Festival Hoa, Tuần lễ Cà phê được tổ chức chuyên nghiệp, thu hút báo chí nước ngoài.
## {2.2} 2.|Tồn tại, hạn chế và nguyên nhân
- Sản phẩm truyền thông chưa đa dạng, chủ yếu tập trung vào Đà Lạt, chưa quảng bá tốt các huyện phía Nam của tỉnh.
- Kết nối giao thông hàng không quốc tế đến Cảng hàng không Liên Khương còn hạn chế.
- Nguyên nhân: nguồn kinh phí hạn hẹp (khách quan); sự phối hợp giữa các ngành trong xây dựng sản phẩm truyền thông có lúc chưa đồng bộ (chủ quan).
## {2.3} 3.|Bài học kinh nghiệm
Gắn quảng bá điểm đến với thương hiệu nông sản (hoa, cà phê) giúp tăng hiệu quả kép cho cả du lịch và xuất khẩu.
# {3} Phần III.|KIẾN NGHỊ, ĐỀ XUẤT
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh quảng bá danh hiệu Thành phố sáng tạo UNESCO của Đà Lạt trên các kênh thông tin đối ngoại quốc gia.
- Đề nghị Bộ Công Thương, Bộ Nông nghiệp và Phát triển nông thôn lồng ghép quảng bá thương hiệu nông sản Lâm Đồng trong các chương trình xúc tiến thương mại quốc gia.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của tỉnh Lâm Đồng./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- Lưu: VT, TTBCXB."],
    signature=["GIÁM ĐỐC", "", "Nguyễn Văn Châu"],
)

GOLD = dict(
    plan=dict(status="built", references=[("7815/KH-UBND", "2022-09-19")], ev="UBND tỉnh Lâm Đồng ban hành Kế hoạch số 7815/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Chất lượng cuộc sống", "quality_of_life", "Chất lượng cuộc sống: khí hậu"),
        ("Văn hóa, di sản", "culture_heritage", "Văn hóa, di sản: Đà Lạt"),
        ("Du lịch nghỉ dưỡng, sinh thái, du lịch nông nghiệp", "tourism", "Du lịch nghỉ dưỡng, sinh thái"),
        ("Sản phẩm nông nghiệp công nghệ cao, thương hiệu hoa Đà Lạt, cà phê Arabica Cầu Đất, trà B'Lao", "products",
         "Sản phẩm nông nghiệp công nghệ cao"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Đà Lạt - Thành phố ngàn hoa", "Thông điệp chính:"),
        ("Da Lat - City of Thousands of Flowers", "Thông điệp chính:"),
        ("Lâm Đồng - Điểm đến xanh", "Thông điệp chính:"),
    ]),
    channels=[
        ("portal", "Cổng thông tin du lịch dalat.vn", "Tỉnh sử dụng kết hợp nhiều kênh"),
        ("facebook", 'Fanpage "Dalat Tourism"', "Tỉnh sử dụng kết hợp nhiều kênh"),
        ("youtube", 'kênh YouTube "Lam Dong TV"', "Tỉnh sử dụng kết hợp nhiều kênh"),
        ("events", "Festival Hoa Đà Lạt", "Tỉnh sử dụng kết hợp nhiều kênh"),
        ("national_media", "Đài Tiếng nói Việt Nam (VOV5)", "Tỉnh sử dụng kết hợp nhiều kênh"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế TP. HCM (ITE HCMC) và Hội chợ Hoa quốc tế IFTF (Hà Lan)",
         "Tỉnh sử dụng kết hợp nhiều kênh"),
    ],
    figures=[
        F("site_visits", "Lượt truy cập Cổng thông tin du lịch dalat.vn", 1.2e6, "visits", "triệu lượt", "2022", "Lượt truy cập Cổng thông tin"),
        F("site_visits", "Lượt truy cập Cổng thông tin du lịch dalat.vn", 1.5e6, "visits", "triệu lượt", "2023", "Lượt truy cập Cổng thông tin",
          base=("2022", 1.2e6)),
        F("followers", "Người theo dõi", 86500, "people", None, "2022", 'Fanpage "Dalat Tourism" | Người theo dõi'),
        F("followers", "Người theo dõi", 152300, "people", None, "2023", 'Fanpage "Dalat Tourism" | Người theo dõi', base=("2022", 86500)),
        F("views", "Lượt xem", 2450000, "visits", None, "2022", 'Kênh YouTube "Lam Dong TV" | Lượt xem'),
        F("views", "Lượt xem", 5120000, "visits", None, "2023", 'Kênh YouTube "Lam Dong TV" | Lượt xem', base=("2022", 2450000)),
        F("visitors_total", "lượt khách", 8.5e6, "visits", "triệu lượt", "2023", "Lâm Đồng đón 8,5 triệu"),
        F("visitors_international", "khách quốc tế", 480000, "visits", "nghìn lượt", "2023", "Lâm Đồng đón 8,5 triệu",
          ch=("increase", None, 2.3, "2022"), approx=True),
        F("export_value", "Kim ngạch xuất khẩu", 1058e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu năm 2023 đạt 1.058"),
    ],
    strengths=["Hình ảnh Đà Lạt với thương hiệu thành phố hoa", "Các sự kiện Festival Hoa, Tuần lễ Cà phê"],
    difficulties=["Sản phẩm truyền thông chưa đa dạng", "Kết nối giao thông hàng không quốc tế"],
    causes_objective=[("nguồn kinh phí hạn hẹp", "Nguyên nhân: nguồn kinh phí hạn hẹp")],
    causes_subjective=[("sự phối hợp giữa các ngành trong xây dựng sản phẩm truyền thông có lúc chưa đồng bộ",
                        "Nguyên nhân: nguồn kinh phí hạn hẹp")],
    lessons=["Gắn quảng bá điểm đến với thương hiệu nông sản"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh quảng bá"),
        (None, ["other_ministries"], "Đề nghị Bộ Công Thương, Bộ Nông nghiệp"),
    ],
)
