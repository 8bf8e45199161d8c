"""Thái Bình: .odt, bold typed headings, plain signature. Plan 118/KH-UBND; factors as "+" bullets;
the body points to two appendices laid out after the signature (section `appendix`): "PHỤ LỤC 1"
a statistics table (2022 | 2023 | 6 tháng đầu năm 2024) and "PHỤ LỤC 2" the list of the province's
own channels with their addresses and followers ("Fanpage Du lịch Thái Bình |
facebook.com/dulichthaibinh | 12.500 người theo dõi"); the channels and the followers are named only
there, so they count only if the appendix is read like the body. "(đến 15/9/2024)" in a column
header is the period of the follower counts."""

from kit.gold import F

SAMPLE = dict(
    stem="ThaiBinh_BC176_UBND_TTDN_2024",
    format="odt",
    layout=dict(headings="bold", signature="plain", font_size=14),
    author="UBND tinh Thai Binh",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH"], number="176/BC-UBND",
                place_date="Thái Bình, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Thái Bình ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Thái Bình", issuer="Ủy ban nhân dân tỉnh Thái Bình", number="176/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thái Bình ra nước ngoài theo cách làm mới",
        signer={"name": "Lại Văn Hoàn", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Thái Bình báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Xây dựng Kế hoạch
UBND tỉnh đã ban hành Kế hoạch số 118/KH-UBND ngày 14/7/2023 về truyền thông quảng bá hình ảnh tỉnh Thái Bình ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành triển khai.
## 2.|Yếu tố truyền thông trọng tâm
Tỉnh lựa chọn các yếu tố thế mạnh sau để tập trung truyền thông:
+ Truyền thống văn hiến, quê hương “Năm tấn” và tinh thần hiếu học của người Thái Bình;
+ Di sản văn hóa: chùa Keo, Đền Trần Thái Bình, nghệ thuật chèo và múa rối nước;
+ Khu kinh tế Thái Bình với Trung tâm điện lực và hạ tầng công nghiệp mới;
+ Sản phẩm OCOP đặc trưng: bánh cáy làng Nguyễn, chiếu cói, lụa Nam Cao.
## 3.|Thông điệp truyền thông
Thông điệp chính được thống nhất sử dụng là “Thái Bình - Miền quê văn hiến, vùng đất đầu tư mới”.
## 4.|Phương thức, kênh truyền thông và hiệu quả
Bên cạnh các kênh báo chí Trung ương và Đài Phát thanh - Truyền hình Thái Bình, tỉnh tập trung phát triển các kênh truyền thông số của tỉnh (danh sách, địa chỉ và số người theo dõi tại Phụ lục 2). Năm 2023, tỉnh đón 04 đoàn phóng viên báo chí nước ngoài (Nhật Bản, Hàn Quốc, Hoa Kỳ) đến tìm hiểu về Khu kinh tế Thái Bình; tổ chức Hội nghị xúc tiến đầu tư tại Tokyo (Nhật Bản) thu hút hơn 200 doanh nghiệp tham dự.
## 5.|Kết quả đạt được
Sau hơn một năm triển khai Kế hoạch, hình ảnh Thái Bình được biết đến nhiều hơn, thu hút đầu tư nước ngoài có bước đột phá; số liệu trước và sau khi triển khai Kế hoạch tại Phụ lục 1.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
+ Kế hoạch xác định rõ yếu tố thế mạnh, thông điệp chung và phân công nhiệm vụ cụ thể.
+ Các kênh truyền thông số của tỉnh phát triển nhanh về số người theo dõi.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
+ Nội dung bằng tiếng nước ngoài còn ít, chủ yếu là tiếng Anh.
+ Chưa có đơn vị chuyên trách sản xuất nội dung số cho thị trường nước ngoài.
+ Nguyên nhân khách quan: Thái Bình chưa phải là điểm đến du lịch quen thuộc với khách quốc tế, hạ tầng giao thông kết nối còn hạn chế.
+ Nguyên nhân chủ quan: kinh phí bố trí cho nhiệm vụ còn thấp; cán bộ thiếu kỹ năng truyền thông quốc tế.
## {2.3} 3.|Bài học kinh nghiệm
+ Đón các đoàn phóng viên nước ngoài gắn với sự kiện đầu tư lớn giúp lan tỏa thông tin nhanh, chi phí thấp.
+ Nội dung ngắn, nhiều hình ảnh trên TikTok thu hút giới trẻ tốt hơn các bài viết dài.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
+ Đề nghị Bộ Thông tin và Truyền thông hỗ trợ đào tạo kỹ năng sản xuất nội dung số đa ngôn ngữ cho cán bộ của tỉnh.
+ Đề nghị Bộ Ngoại giao giới thiệu các cơ quan đại diện Việt Nam ở nước ngoài phối hợp với tỉnh tổ chức các hoạt động quảng bá.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thái Bình ra nước ngoài theo cách làm mới của UBND tỉnh Thái Bình./."],
    recipients=["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Cục Thông tin đối ngoại;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL, Sở KH&ĐT;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lại Văn Hoàn"],
    appendix="""
# |PHỤ LỤC 1
> (Kèm theo Báo cáo số 176/BC-UBND ngày 25/9/2024 của UBND tỉnh Thái Bình)
* MỘT SỐ CHỈ TIÊU TRƯỚC VÀ SAU KHI TRIỂN KHAI KẾ HOẠCH
| STT | Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024 |
| 1 | Tổng lượt khách du lịch | lượt | 1.215.000 | 1.460.000 | 812.000 |
| 2 | Khách du lịch quốc tế | lượt | 8.200 | 14.650 | 9.300 |
| 3 | Doanh thu du lịch | tỷ đồng | 815 | 1.030 | 560 |
| 4 | Dự án FDI được cấp mới | dự án | 12 | 21 | 9 |
| 5 | Vốn FDI đăng ký | triệu USD | 348,5 | 2.210,6 | 286,4 |
| 6 | Kim ngạch xuất khẩu | triệu USD | 2.050,3 | 2.310,8 | 1.248,9 |
# |PHỤ LỤC 2
* DANH SÁCH CÁC KÊNH TRUYỀN THÔNG SỐ QUẢNG BÁ HÌNH ẢNH TỈNH THÁI BÌNH
| STT | Tên kênh | Địa chỉ | Số người theo dõi, lượt truy cập (đến 15/9/2024) |
| 1 | Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh) | english.thaibinh.gov.vn | 215.000 lượt truy cập |
| 2 | Fanpage Du lịch Thái Bình | facebook.com/dulichthaibinh | 12.500 người theo dõi |
| 3 | Fanpage Thai Binh Investment | facebook.com/thaibinhinvestment | 3.840 người theo dõi |
| 4 | Kênh YouTube Thái Bình TV | youtube.com/@thaibinhtv | 48.200 người đăng ký |
| 5 | Tài khoản TikTok Du lịch Thái Bình | tiktok.com/@dulichthaibinh | 26.700 người theo dõi |
""",
)

_V, _I, _R = "Tổng lượt khách du lịch | lượt", "Khách du lịch quốc tế | lượt", "Doanh thu du lịch | tỷ đồng"
_P, _C, _X = "Dự án FDI được cấp mới", "Vốn FDI đăng ký | triệu USD", "Kim ngạch xuất khẩu | triệu USD"

GOLD = dict(
    plan=dict(status="built", references=[("118/KH-UBND", "2023-07-14")], ev="UBND tỉnh đã ban hành Kế hoạch số 118/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Truyền thống văn hiến, quê hương “Năm tấn” và tinh thần hiếu học của người Thái Bình", "value_system",
         "Truyền thống văn hiến, quê hương"),
        ("Di sản văn hóa", "culture_heritage", "Di sản văn hóa: chùa Keo"),
        ("Khu kinh tế Thái Bình", "business_potential", "Khu kinh tế Thái Bình với Trung tâm điện lực"),
        ("Sản phẩm OCOP đặc trưng", "products", "Sản phẩm OCOP đặc trưng: bánh cáy"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Thái Bình - Miền quê văn hiến, vùng đất đầu tư mới", "Thông điệp chính được thống nhất sử dụng"),
    ]),
    channels=[
        ("national_media", "các kênh báo chí Trung ương", "Bên cạnh các kênh báo chí Trung ương"),
        ("local_media", "Đài Phát thanh - Truyền hình Thái Bình", "Bên cạnh các kênh báo chí Trung ương"),
        ("press_trips", "04 đoàn phóng viên báo chí nước ngoài", "tỉnh đón 04 đoàn phóng viên"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Tokyo (Nhật Bản)", "tỉnh đón 04 đoàn phóng viên"),
        ("portal", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh)", "english.thaibinh.gov.vn"),
        ("facebook", "Fanpage Du lịch Thái Bình", "facebook.com/dulichthaibinh"),
        ("facebook", "Fanpage Thai Binh Investment", "facebook.com/thaibinhinvestment"),
        ("youtube", "Kênh YouTube Thái Bình TV", "youtube.com/@thaibinhtv"),
        ("tiktok", "Tài khoản TikTok Du lịch Thái Bình", "tiktok.com/@dulichthaibinh"),
    ],
    figures=[
        F("delegations", "đoàn phóng viên báo chí nước ngoài", 4, "count", "đoàn", "2023", "tỉnh đón 04 đoàn phóng viên"),
        F("other", "doanh nghiệp tham dự", 200, "count", "doanh nghiệp", "2023", "tỉnh đón 04 đoàn phóng viên", approx=True),
        F("visitors_total", "Tổng lượt khách du lịch", 1215000, "visits", "lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 1460000, "visits", "lượt", "2023", _V, base=("2022", 1215000)),
        F("visitors_total", "Tổng lượt khách du lịch", 812000, "visits", "lượt", "2024-H1", _V),
        F("visitors_international", "Khách du lịch quốc tế", 8200, "visits", "lượt", "2022", _I),
        F("visitors_international", "Khách du lịch quốc tế", 14650, "visits", "lượt", "2023", _I, base=("2022", 8200)),
        F("visitors_international", "Khách du lịch quốc tế", 9300, "visits", "lượt", "2024-H1", _I),
        F("tourism_revenue", "Doanh thu du lịch", 815e9, "VND", "tỷ đồng", "2022", _R),
        F("tourism_revenue", "Doanh thu du lịch", 1030e9, "VND", "tỷ đồng", "2023", _R, base=("2022", 815e9)),
        F("tourism_revenue", "Doanh thu du lịch", 560e9, "VND", "tỷ đồng", "2024-H1", _R),
        F("fdi_projects", "Dự án FDI được cấp mới", 12, "count", "dự án", "2022", _P),
        F("fdi_projects", "Dự án FDI được cấp mới", 21, "count", "dự án", "2023", _P, base=("2022", 12)),
        F("fdi_projects", "Dự án FDI được cấp mới", 9, "count", "dự án", "2024-H1", _P),
        F("fdi_capital", "Vốn FDI đăng ký", 348.5e6, "USD", "triệu USD", "2022", _C),
        F("fdi_capital", "Vốn FDI đăng ký", 2210.6e6, "USD", "triệu USD", "2023", _C, base=("2022", 348.5e6)),
        F("fdi_capital", "Vốn FDI đăng ký", 286.4e6, "USD", "triệu USD", "2024-H1", _C),
        F("export_value", "Kim ngạch xuất khẩu", 2050.3e6, "USD", "triệu USD", "2022", _X),
        F("export_value", "Kim ngạch xuất khẩu", 2310.8e6, "USD", "triệu USD", "2023", _X, base=("2022", 2050.3e6)),
        F("export_value", "Kim ngạch xuất khẩu", 1248.9e6, "USD", "triệu USD", "2024-H1", _X),
        F("site_visits", "lượt truy cập", 215000, "visits", "lượt truy cập", "2024-09", "english.thaibinh.gov.vn"),
        F("followers", "người theo dõi", 12500, "people", "người theo dõi", "2024-09", "facebook.com/dulichthaibinh"),
        F("followers", "người theo dõi", 3840, "people", "người theo dõi", "2024-09", "facebook.com/thaibinhinvestment"),
        F("followers", "người đăng ký", 48200, "people", "người đăng ký", "2024-09", "youtube.com/@thaibinhtv"),
        F("followers", "người theo dõi", 26700, "people", "người theo dõi", "2024-09", "tiktok.com/@dulichthaibinh"),
    ],
    strengths=["Kế hoạch xác định rõ yếu tố thế mạnh", "Các kênh truyền thông số của tỉnh phát triển nhanh"],
    difficulties=["Nội dung bằng tiếng nước ngoài còn ít", "Chưa có đơn vị chuyên trách sản xuất nội dung số"],
    causes_objective=["Nguyên nhân khách quan: Thái Bình chưa phải là điểm đến"],
    causes_subjective=["Nguyên nhân chủ quan: kinh phí bố trí"],
    lessons=["Đón các đoàn phóng viên nước ngoài gắn với sự kiện", "Nội dung ngắn, nhiều hình ảnh trên TikTok"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ đào tạo"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao giới thiệu"),
    ],
)
