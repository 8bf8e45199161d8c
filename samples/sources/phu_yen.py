"""Phú Yên: .docx with automatic numbering (labels only in numbering.xml). Figures whose metric
depends on the whole noun phrase of the label, not its head word: "số bài viết về Phú Yên trên
báo, tạp chí nước ngoài" (foreign_articles, not articles), "lượt theo dõi trang Fanpage tiếng Anh
của tỉnh" (followers), "số lượt khách quốc tế đến tham quan, lưu trú" (visitors_international),
"số lượt người xem các video quảng bá ... trên nền tảng YouTube" (views), "số phóng viên, nhà báo
nước ngoài đến tác nghiệp" (journalists), "số đoàn nhà đầu tư, doanh nghiệp nước ngoài ..."
(delegations), "tổng vốn đăng ký của các dự án có vốn đầu tư trực tiếp nước ngoài được cấp mới"
(fdi_capital). A table where the row (the channel) and the column group ("Số tin, bài, video" /
"Lượt xem, lượt truy cập", each over "Năm 2023 | 9 tháng năm 2024") decide the metric together:
the Cổng row gives articles and site visits, the YouTube row videos and views, the foreign press
row foreign articles. Plan drafted (in progress); factors "(1) ...; (2) ..."."""

from kit.gold import F

SAMPLE = dict(
    stem="PhuYen_BC198_UBND_TTDN_quangba",
    format="docx",
    layout=dict(headings="autonum", signature="table", font_size=13),
    author="Sở TT&TT Phú Yên",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"], number="198/BC-UBND",
                place_date="Phú Yên, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Tình hình, kết quả công tác truyền thông quảng bá hình ảnh",
           "tỉnh Phú Yên ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Phú Yên", issuer="Ủy ban nhân dân tỉnh Phú Yên", number="198/BC-UBND", date="2024-09-24",
        title="Báo cáo tình hình, kết quả công tác truyền thông quảng bá hình ảnh tỉnh Phú Yên ra nước ngoài theo cách làm mới",
        signer={"name": "Đào Mỹ", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Phú Yên báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
UBND tỉnh đã giao Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch truyền thông quảng bá hình ảnh tỉnh Phú Yên ra nước ngoài theo cách làm mới giai đoạn 2025 - 2030; hiện dự thảo đang được lấy ý kiến các sở, ngành, dự kiến ban hành trong quý IV/2024. Từ tháng 3/2023, các hoạt động quảng bá ra nước ngoài được triển khai theo chương trình công tác hằng năm của các sở, ngành.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Qua rà soát, tỉnh xác định các yếu tố trọng tâm gồm: (1) cảnh quan biển đảo và di sản địa chất Gành Đá Đĩa; (2) không gian văn hóa Bài chòi và đờn ca tài tử; (3) đặc sản cá ngừ đại dương và sò huyết Ô Loan; (4) tiềm năng đầu tư năng lượng tái tạo và Khu kinh tế Nam Phú Yên.
Tỉnh xác định thông điệp chính “Phú Yên - Xứ hoa vàng cỏ xanh”, gắn với hình ảnh bộ phim “Tôi thấy hoa vàng trên cỏ xanh” được quay tại tỉnh.
## 3.|Phương thức, kênh truyền thông và hiệu quả
- Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh), Fanpage tiếng Anh “Visit Phu Yen” và kênh YouTube “Phu Yen Tourism”.
- Phối hợp với Kênh VTV4 và Hệ Phát thanh đối ngoại VOV5 thực hiện phóng sự về du lịch biển đảo.
- Mời phóng viên báo chí nước ngoài khảo sát, viết bài về Phú Yên thông qua Cục Báo chí - Bộ Ngoại giao.
- Tổ chức Hội nghị xúc tiến đầu tư vào Khu kinh tế Nam Phú Yên tại TP. Hồ Chí Minh với sự tham gia của nhiều nhà đầu tư Hàn Quốc, Singapore.
Năm 2023, số bài viết về Phú Yên trên báo, tạp chí nước ngoài đạt 14 bài, gấp 2,3 lần năm 2022; số phóng viên, nhà báo nước ngoài đến tác nghiệp tại Phú Yên là 27 người.
Lượt theo dõi trang Fanpage tiếng Anh của tỉnh đạt 27.900 lượt (tính đến ngày 15/9/2024), gấp 1,5 lần so với cuối năm 2023. Số lượt người xem các video quảng bá du lịch Phú Yên trên nền tảng YouTube từ tháng 3/2023 đến nay đạt hơn 1,1 triệu lượt.
Kết quả trên từng kênh như sau:
@table widths=1.0,5.4,2.4,2.4,2.4,2.4 size=12
|! TT | Kênh, hình thức quảng bá | Số tin, bài, video đăng tải | < | Lượt xem, lượt truy cập | < |
|! ^ | ^ | Năm 2023 | 9 tháng năm 2024 | Năm 2023 | 9 tháng năm 2024 |
| 1 | Cổng TTĐT tỉnh (phiên bản tiếng Anh) | 312 | 268 | 185.400 | 162.300 |
| 2 | Kênh YouTube “Phu Yen Tourism” | 36 | 28 | 620.000 | 485.000 |
| 3 | Báo, tạp chí nước ngoài | 14 | 11 | - | - |
| 4 | Kênh truyền hình, phát thanh đối ngoại (VTV4, VOV5) | 52 | 34 | - | - |
## 4.|Kết quả đạt được
Số lượt khách quốc tế đến tham quan, lưu trú tại tỉnh trong 9 tháng năm 2024 ước đạt 52.300 lượt, tăng 18,2% so với cùng kỳ. Năm 2023, số đoàn nhà đầu tư, doanh nghiệp nước ngoài đến tìm hiểu, khảo sát cơ hội đầu tư tại tỉnh là 19 đoàn; tỉnh cấp mới 7 dự án có vốn đầu tư trực tiếp nước ngoài, tổng vốn đăng ký của các dự án có vốn đầu tư trực tiếp nước ngoài được cấp mới đạt 312,5 triệu USD.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Thông điệp gắn với bộ phim nổi tiếng giúp hình ảnh Phú Yên dễ nhớ, có sức lan tỏa.
- Quan tâm đo đếm kết quả theo từng kênh, làm cơ sở lựa chọn kênh hiệu quả.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Kế hoạch chưa được ban hành nên nguồn lực còn phân tán.
- Sản phẩm du lịch chưa đủ sức giữ chân khách quốc tế lưu trú dài ngày.
- Nguyên nhân khách quan: đường bay quốc tế đến Cảng hàng không Tuy Hòa chưa được mở.
- Nguyên nhân chủ quan: cán bộ làm công tác truyền thông đối ngoại còn kiêm nhiệm nhiều việc.
## {2.3} 3.|Bài học kinh nghiệm
- Gắn thông điệp với một sản phẩm văn hóa đã được biết đến (phim ảnh) giúp tiết kiệm chi phí quảng bá.
- Cần thống kê số liệu theo từng kênh ngay từ đầu để đánh giá trước và sau khi thực hiện.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông góp ý dự thảo Kế hoạch của tỉnh và hỗ trợ kết nối với báo chí nước ngoài.
- Đề nghị Bộ Giao thông vận tải, Cục Hàng không Việt Nam hỗ trợ mở đường bay quốc tế đến Tuy Hòa.
""",
    closing=["Trên đây là báo cáo tình hình, kết quả công tác truyền thông quảng bá hình ảnh tỉnh Phú Yên ra nước ngoài theo cách làm mới, UBND tỉnh Phú Yên kính báo cáo./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                "- Các Sở: TT&TT, VHTTDL, Ngoại vụ, KH&ĐT;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đào Mỹ"],
)

_CONG, _YT, _BAO, _TH = ("Cổng TTĐT tỉnh (phiên bản tiếng Anh) |", "Kênh YouTube “Phu Yen Tourism” |",
                         "Báo, tạp chí nước ngoài |", "Kênh truyền hình, phát thanh đối ngoại")

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="hiện dự thảo đang được lấy ý kiến"),
    factors=dict(identified=True, items=[
        ("cảnh quan biển đảo và di sản địa chất Gành Đá Đĩa", "tourism", "tỉnh xác định các yếu tố trọng tâm gồm"),
        ("không gian văn hóa Bài chòi và đờn ca tài tử", "culture_heritage", "tỉnh xác định các yếu tố trọng tâm gồm"),
        ("đặc sản cá ngừ đại dương và sò huyết Ô Loan", "products", "tỉnh xác định các yếu tố trọng tâm gồm"),
        ("tiềm năng đầu tư năng lượng tái tạo và Khu kinh tế Nam Phú Yên", "business_potential",
         "tỉnh xác định các yếu tố trọng tâm gồm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Phú Yên - Xứ hoa vàng cỏ xanh", "Tỉnh xác định thông điệp chính"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh)", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh), Fanpage"),
        ("facebook", "Fanpage tiếng Anh “Visit Phu Yen”", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh), Fanpage"),
        ("youtube", "kênh YouTube “Phu Yen Tourism”", "Cổng Thông tin điện tử tỉnh (phiên bản tiếng Anh), Fanpage"),
        ("video", "các video quảng bá du lịch Phú Yên", "Số lượt người xem các video quảng bá"),
        ("national_media", "Kênh VTV4", "Phối hợp với Kênh VTV4 và Hệ Phát thanh đối ngoại VOV5"),
        ("national_media", "Hệ Phát thanh đối ngoại VOV5", "Phối hợp với Kênh VTV4 và Hệ Phát thanh đối ngoại VOV5"),
        ("press_trips", "phóng viên báo chí nước ngoài", "Mời phóng viên báo chí nước ngoài khảo sát"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư vào Khu kinh tế Nam Phú Yên tại TP. Hồ Chí Minh",
         "Tổ chức Hội nghị xúc tiến đầu tư vào Khu kinh tế Nam Phú Yên"),
    ],
    figures=[
        F("foreign_articles", "số bài viết về Phú Yên trên báo, tạp chí nước ngoài", 14, "count", "bài", "2023",
          "số bài viết về Phú Yên trên báo, tạp chí nước ngoài đạt 14 bài", ch=("increase", None, 2.3, "2022")),
        F("journalists", "số phóng viên, nhà báo nước ngoài đến tác nghiệp tại Phú Yên", 27, "people", "người", "2023",
          "số bài viết về Phú Yên trên báo, tạp chí nước ngoài đạt 14 bài"),
        F("followers", "Lượt theo dõi trang Fanpage tiếng Anh của tỉnh", 27900, "visits", "lượt", "2024-09",
          "Lượt theo dõi trang Fanpage tiếng Anh của tỉnh đạt", ch=("increase", None, 1.5, "2023")),
        F("views", "Số lượt người xem các video quảng bá du lịch Phú Yên trên nền tảng YouTube", 1.1e6, "visits", "triệu lượt",
          None, "Số lượt người xem các video quảng bá", approx=True),
        F("articles", "Số tin, bài, video đăng tải (Cổng TTĐT tỉnh, phiên bản tiếng Anh)", 312, "count", None, "2023", _CONG),
        F("articles", "Số tin, bài, video đăng tải (Cổng TTĐT tỉnh, phiên bản tiếng Anh)", 268, "count", None, "2024-9M", _CONG),
        F("site_visits", "Lượt xem, lượt truy cập (Cổng TTĐT tỉnh, phiên bản tiếng Anh)", 185400, "visits", None, "2023", _CONG),
        F("site_visits", "Lượt xem, lượt truy cập (Cổng TTĐT tỉnh, phiên bản tiếng Anh)", 162300, "visits", None, "2024-9M", _CONG),
        F("videos", "Số tin, bài, video đăng tải (Kênh YouTube “Phu Yen Tourism”)", 36, "count", None, "2023", _YT),
        F("videos", "Số tin, bài, video đăng tải (Kênh YouTube “Phu Yen Tourism”)", 28, "count", None, "2024-9M", _YT),
        F("views", "Lượt xem, lượt truy cập (Kênh YouTube “Phu Yen Tourism”)", 620000, "visits", None, "2023", _YT),
        F("views", "Lượt xem, lượt truy cập (Kênh YouTube “Phu Yen Tourism”)", 485000, "visits", None, "2024-9M", _YT),
        F("foreign_articles", "Số tin, bài, video đăng tải (Báo, tạp chí nước ngoài)", 11, "count", None, "2024-9M", _BAO),
        F("articles", "Số tin, bài, video đăng tải (Kênh truyền hình, phát thanh đối ngoại)", 52, "count", None, "2023", _TH),
        F("articles", "Số tin, bài, video đăng tải (Kênh truyền hình, phát thanh đối ngoại)", 34, "count", None, "2024-9M", _TH),
        F("visitors_international", "Số lượt khách quốc tế đến tham quan, lưu trú tại tỉnh", 52300, "visits", "lượt", "2024-9M",
          "Số lượt khách quốc tế đến tham quan, lưu trú", ch=("increase", 18.2, None, "2023-9M"), approx=True),
        F("delegations", "số đoàn nhà đầu tư, doanh nghiệp nước ngoài đến tìm hiểu, khảo sát cơ hội đầu tư tại tỉnh", 19,
          "count", "đoàn", "2023", "số đoàn nhà đầu tư, doanh nghiệp nước ngoài"),
        F("fdi_projects", "dự án có vốn đầu tư trực tiếp nước ngoài", 7, "count", "dự án", "2023",
          "số đoàn nhà đầu tư, doanh nghiệp nước ngoài"),
        F("fdi_capital", "tổng vốn đăng ký của các dự án có vốn đầu tư trực tiếp nước ngoài được cấp mới", 312.5e6, "USD",
          "triệu USD", "2023", "số đoàn nhà đầu tư, doanh nghiệp nước ngoài"),
    ],
    strengths=["Thông điệp gắn với bộ phim nổi tiếng", "Quan tâm đo đếm kết quả theo từng kênh"],
    difficulties=["Kế hoạch chưa được ban hành nên nguồn lực", "Sản phẩm du lịch chưa đủ sức giữ chân"],
    causes_objective=["Nguyên nhân khách quan: đường bay quốc tế"],
    causes_subjective=["Nguyên nhân chủ quan: cán bộ làm công tác"],
    lessons=["Gắn thông điệp với một sản phẩm văn hóa", "Cần thống kê số liệu theo từng kênh"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông góp ý"),
        (None, ["other_ministries"], "Đề nghị Bộ Giao thông vận tải"),
    ],
)
