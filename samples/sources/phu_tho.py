"""Phú Thọ: a scanned report whose PDF carries the scanner's invisible OCR text layer, made without
Vietnamese (tesseract -l eng on each page image): the layer reads "Bao cao ket qua thuc hién...",
"S6: 186/BC-UBND" while the page image is the real report. Grey scan at 200 dpi, a grey seal over
the signature. Typed "1." / "1.1." / "2.1." headings; plan 2107/KH-UBND; a factor cut at a dash
apposition and at "tại"; "12,6 triệu lượt, tăng 8,5% so với năm 2022"; 5.000 bilingual handbooks,
03 videos; table "Năm 2022 | Năm 2023" in "Triệu USD"; recommendations to central media."""

from kit.gold import F

SAMPLE = dict(
    stem="PhuTho_BC186-UBND_scan_ocr",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=14, scan_dpi=200, scan_seed=5, ocr_layer="eng",
                stamp=True),
    author="VP UBND",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"], number="186/BC-UBND",
                place_date="Phú Thọ, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Phú Thọ ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Phú Thọ", issuer="Ủy ban nhân dân tỉnh Phú Thọ", number="186/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Phú Thọ ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Hồ Đại Dũng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Phú Thọ báo cáo như sau:
""",
    body="""
# {1} 1.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.1.|Xây dựng Kế hoạch
Ngày 06/6/2023, UBND tỉnh ban hành Kế hoạch số 2107/KH-UBND triển khai công tác truyền thông quảng bá hình ảnh tỉnh Phú Thọ ra nước ngoài theo cách làm mới, giao Sở Thông tin và Truyền thông là cơ quan thường trực.
## 1.2.|Yếu tố trọng tâm và thông điệp
Các yếu tố truyền thông trọng tâm được lựa chọn:
- Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ - Di sản văn hóa phi vật thể đại diện của nhân loại.
- Hát Xoan Phú Thọ.
- Du lịch về nguồn tại Khu di tích lịch sử Đền Hùng và Vườn quốc gia Xuân Sơn.
- Chè Phú Thọ, bưởi Đoan Hùng và các sản phẩm OCOP.
- Vị trí cửa ngõ vùng Tây Bắc và hạ tầng các khu công nghiệp.
Thông điệp chính: "Phú Thọ - Đất Tổ Vua Hùng, cội nguồn dân tộc Việt Nam".
## 1.3.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh có chuyên mục tiếng Anh giới thiệu văn hóa, du lịch, đầu tư.
- Báo Phú Thọ, Đài Phát thanh và Truyền hình Phú Thọ thực hiện chuyên mục "Đất Tổ hội nhập".
- Fanpage "Phu Tho Tourism" đăng tải tin, ảnh bằng tiếng Việt và tiếng Anh.
- Phối hợp với Đài Tiếng nói Việt Nam (kênh VOV5) phát sóng chương trình về Giỗ Tổ Hùng Vương bằng nhiều ngôn ngữ.
- Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024 gắn với Tuần Văn hóa - Du lịch Đất Tổ, mời các cơ quan đại diện nước ngoài tham dự.
- Năm 2023 phát hành 5.000 cuốn cẩm nang du lịch song ngữ Việt - Anh và sản xuất 03 video quảng bá.
## 1.4.|Kết quả đạt được
Năm 2023, tỉnh đón 12,6 triệu lượt khách, tăng 8,5% so với năm 2022; doanh thu du lịch đạt 3.520 tỷ đồng.
| Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 |
| Khách quốc tế | Lượt | 31.200 | 58.700 |
| Số dự án FDI cấp mới | Dự án | 14 | 21 |
| Vốn FDI đăng ký | Triệu USD | 195,4 | 312,8 |
# {2} 2.|ĐÁNH GIÁ CHUNG
## {2.1} 2.1.|Ưu điểm
- Kế hoạch bám sát hướng dẫn của Bộ, lựa chọn được các yếu tố có sức lan tỏa.
- Lễ hội Đền Hùng được khai thác tốt cho truyền thông quốc tế.
## {2.2} 2.2.|Khó khăn, vướng mắc và nguyên nhân
- Sản phẩm truyền thông bằng ngoại ngữ còn ít, chất lượng chưa đồng đều.
- Kinh phí bố trí cho nhiệm vụ còn hạn chế.
- Nguyên nhân chủ quan là đội ngũ cán bộ còn thiếu kỹ năng truyền thông số và ngoại ngữ.
## {2.3} 2.3.|Bài học kinh nghiệm
- Gắn truyền thông với các sự kiện văn hóa lớn giúp tăng sức lan tỏa mà tiết kiệm chi phí.
- Chiến dịch quảng cáo trả phí trên mạng xã hội năm 2023 chưa hiệu quả do chưa xác định đúng đối tượng.
# {3} 3.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông xây dựng kho dữ liệu ảnh, video về các địa phương dùng chung cho báo chí đối ngoại.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao giới thiệu di sản Tín ngưỡng thờ cúng Hùng Vương trong các sự kiện ngoại giao văn hóa.
- Đề nghị các cơ quan báo chí Trung ương tăng thời lượng giới thiệu Đất Tổ trên các kênh đối ngoại.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Phú Thọ ra nước "
             "ngoài theo cách làm mới, UBND tỉnh Phú Thọ báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở: TTTT, VHTTDL, NgV;",
                "- Lưu: VT, VX2."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hồ Đại Dũng"],
)

_KH = "Năm 2023, tỉnh đón 12,6 triệu lượt khách"
_AP = "phát hành 5.000 cuốn cẩm nang"

GOLD = dict(
    plan=dict(status="built", references=[("2107/KH-UBND", "2023-06-06")], ev="ban hành Kế hoạch số 2107/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ", "culture_heritage", "Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ -"),
        ("Hát Xoan Phú Thọ", "culture_heritage", "Hát Xoan Phú Thọ."),
        ("Du lịch về nguồn", "tourism", "Du lịch về nguồn"),
        ("Chè Phú Thọ, bưởi Đoan Hùng và các sản phẩm OCOP", "products", "Chè Phú Thọ, bưởi Đoan Hùng"),
        ("Vị trí cửa ngõ vùng Tây Bắc và hạ tầng các khu công nghiệp", "business_potential", "Vị trí cửa ngõ"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Phú Thọ - Đất Tổ Vua Hùng, cội nguồn dân tộc Việt Nam", "Thông điệp chính:"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, chuyên mục tiếng Anh", "Cổng Thông tin điện tử tỉnh có chuyên mục"),
        ("local_media", "Báo Phú Thọ", "Báo Phú Thọ, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Phú Thọ", "Báo Phú Thọ, Đài Phát thanh"),
        ("facebook", "Fanpage \"Phu Tho Tourism\"", "Fanpage \"Phu Tho Tourism\""),
        ("national_media", "Đài Tiếng nói Việt Nam (kênh VOV5)", "kênh VOV5"),
        ("events", "Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024", "Tổ chức Giỗ Tổ Hùng Vương"),
        ("events", "Tuần Văn hóa - Du lịch Đất Tổ", "Tổ chức Giỗ Tổ Hùng Vương"),
        ("publications", "cẩm nang du lịch song ngữ Việt - Anh", _AP),
        ("video", "video quảng bá", _AP),
    ],
    figures=[
        F("publications", "cuốn cẩm nang du lịch song ngữ", 5000, "count", "cuốn", "2023", _AP),
        F("videos", "video quảng bá", 3, "count", "video", "2023", _AP),
        F("visitors_total", "lượt khách", 12.6e6, "visits", "triệu lượt", "2023", _KH,
          ch=("increase", 8.5, None, "2022")),
        F("tourism_revenue", "doanh thu du lịch", 3520e9, "VND", "tỷ đồng", "2023", _KH),
        F("visitors_international", "Khách quốc tế", 31200, "visits", "Lượt", "2022", "| 31.200 |"),
        F("visitors_international", "Khách quốc tế", 58700, "visits", "Lượt", "2023", "| 31.200 |",
          base=("2022", 31200)),
        F("fdi_projects", "Số dự án FDI cấp mới", 14, "count", "Dự án", "2022", "Số dự án FDI cấp mới"),
        F("fdi_projects", "Số dự án FDI cấp mới", 21, "count", "Dự án", "2023", "Số dự án FDI cấp mới",
          base=("2022", 14)),
        F("fdi_capital", "Vốn FDI đăng ký", 195.4e6, "USD", "Triệu USD", "2022", "| 195,4 |"),
        F("fdi_capital", "Vốn FDI đăng ký", 312.8e6, "USD", "Triệu USD", "2023", "| 195,4 |", base=("2022", 195.4e6)),
    ],
    strengths=["Kế hoạch bám sát hướng dẫn của Bộ", "Lễ hội Đền Hùng được khai thác tốt"],
    difficulties=["Sản phẩm truyền thông bằng ngoại ngữ còn ít", "Kinh phí bố trí cho nhiệm vụ còn hạn chế"],
    causes_subjective=["Nguyên nhân chủ quan là đội ngũ cán bộ"],
    lessons=["Gắn truyền thông với các sự kiện văn hóa lớn", "Chiến dịch quảng cáo trả phí"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông xây dựng"),
        (None, ["mocst", "mofa"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao"),
        (None, ["central_media"], "Đề nghị các cơ quan báo chí Trung ương"),
    ],
)
