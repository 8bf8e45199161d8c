"""Điện Biên: the signed report photographed page by page with a phone and sent as one PDF (one
JPEG per page, no text): each sheet tilted 2.5-4.5°, seen in keystone (the far edge shorter), lit
unevenly with the phone's shadow down one side, on a darker desk, JPEG quality 60, a red seal over
the signature. A ruled statistics table "TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | 6 tháng đầu
năm 2024" (a "Trong đó:" sub-row) that must be read from the photo. Plan 1582/KH-UBND; the 70th
anniversary of the Điện Biên Phủ victory; 46 foreign journalists; followers "gấp 2,6 lần so với
tháng 6/2023"; "Kiến nghị" to the Government and the ministry."""

from kit.gold import F

SAMPLE = dict(
    stem="DienBien_BC_quangba_anh-chup",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=13, scan_dpi=160, scan_seed=21, stamp=True,
                photo=dict(tilts=[3.2, -2.6, 4.4, -3.0], keystone=0.06, quality=60)),
    author="VP UBND tinh",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN"], number="402/BC-UBND",
                place_date="Điện Biên, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Điện Biên ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Điện Biên", issuer="Ủy ban nhân dân tỉnh Điện Biên", number="402/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Điện Biên ra nước ngoài theo cách làm mới",
        signer={"name": "Lò Văn Thịnh", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Điện Biên báo cáo kết quả thực hiện như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 1582/KH-UBND ngày 15/5/2023 về truyền thông quảng bá hình ảnh tỉnh Điện Biên ra nước ngoài theo cách làm mới, trọng tâm là chuỗi hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024).
## 2.|Yếu tố truyền thông trọng tâm, thông điệp
Tỉnh xác định 04 yếu tố trọng tâm:
- Di tích quốc gia đặc biệt Chiến trường Điện Biên Phủ.
- Lễ hội Hoa Ban.
- Du lịch cộng đồng tại các bản dân tộc Thái, Mông.
- Gạo Điện Biên và cà phê Arabica Mường Ảng.
Thông điệp truyền thông: "Điện Biên - Điểm đến của lịch sử và huyền thoại".
## 3.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh xây dựng chuyên trang song ngữ về 70 năm Chiến thắng Điện Biên Phủ.
- Báo Điện Biên Phủ, Đài Phát thanh và Truyền hình tỉnh sản xuất chương trình tiếng Anh, tiếng Thái.
- Trang Facebook "Dien Bien Tourism" và kênh TikTok "Du lịch Điện Biên"; tính đến tháng 6/2024, Fanpage đạt 65.000 người theo dõi, gấp 2,6 lần so với tháng 6/2023.
- Dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (tháng 5/2024), tỉnh đón 46 phóng viên nước ngoài đến tác nghiệp.
- Phối hợp với kênh VTV4 sản xuất phim tài liệu "Điện Biên - 70 năm sau".
- Tổ chức Lễ hội Hoa Ban năm 2024 với nhiều hoạt động dành cho du khách quốc tế.
## 4.|Kết quả đạt được
Một số chỉ tiêu trước và sau khi thực hiện Kế hoạch:
| TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024 |
| 1 | Tổng lượt khách du lịch | Lượt | 651.000 | 965.000 | 1.143.000 |
| 2 | Trong đó: khách quốc tế | Lượt | 18.500 | 72.300 | 61.800 |
| 3 | Tổng thu từ du lịch | Tỷ đồng | 1.017 | 1.750 | 2.430 |
| 4 | Lượt truy cập Cổng TTĐT (bản tiếng Anh) | Lượt | 52.400 | 98.600 | 143.200 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ tạo hiệu ứng truyền thông lớn, đưa hình ảnh Điện Biên đến bạn bè quốc tế. Kế hoạch phân công rõ nhiệm vụ cho các sở, ngành và địa phương.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Hạ tầng giao thông còn khó khăn, chỉ có một đường bay nối Hà Nội.
- Thiếu nhân lực có trình độ ngoại ngữ để sản xuất nội dung.
- Sau dịp kỷ niệm, lượng tin bài quốc tế về tỉnh giảm mạnh, khó duy trì sự quan tâm.
## {2.3} 3.|Bài học kinh nghiệm
- Tận dụng các sự kiện lịch sử lớn để thu hút báo chí quốc tế.
- Nội dung về đời sống đồng bào dân tộc được khán giả nước ngoài quan tâm hơn nội dung giới thiệu chung.
# {3} III.|KIẾN NGHỊ
- Kiến nghị Chính phủ quan tâm đầu tư nâng cấp Cảng hàng không Điện Biên, mở thêm đường bay.
- Kiến nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh đào tạo kỹ năng truyền thông đối ngoại cho cán bộ cơ sở.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Điện Biên ra nước "
             "ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Điện Biên báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Lãnh đạo UBND tỉnh;", "- Sở TTTT, Sở VHTTDL;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lò Văn Thịnh"],
)

_T1, _T2, _T3, _T4 = "| 651.000 |", "| 18.500 |", "| 1.017 |", "| 52.400 |"

GOLD = dict(
    plan=dict(status="built", references=[("1582/KH-UBND", "2023-05-15")], ev="Kế hoạch số 1582/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Di tích quốc gia đặc biệt Chiến trường Điện Biên Phủ", "culture_heritage", "Di tích quốc gia đặc biệt"),
        ("Lễ hội Hoa Ban", "culture_heritage", "Lễ hội Hoa Ban."),
        ("Du lịch cộng đồng", "tourism", "Du lịch cộng đồng tại các bản"),
        ("Gạo Điện Biên và cà phê Arabica Mường Ảng", "products", "Gạo Điện Biên và cà phê"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Điện Biên - Điểm đến của lịch sử và huyền thoại", "Thông điệp truyền thông:"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, chuyên trang song ngữ", "chuyên trang song ngữ"),
        ("local_media", "Báo Điện Biên Phủ", "Báo Điện Biên Phủ, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình tỉnh", "Báo Điện Biên Phủ, Đài Phát thanh"),
        ("facebook", "Trang Facebook \"Dien Bien Tourism\"", "Trang Facebook \"Dien Bien Tourism\""),
        ("tiktok", "kênh TikTok \"Du lịch Điện Biên\"", "Trang Facebook \"Dien Bien Tourism\""),
        ("press_trips", "46 phóng viên nước ngoài đến tác nghiệp", "46 phóng viên nước ngoài"),
        ("national_media", "kênh VTV4", "Phối hợp với kênh VTV4"),
        ("video", "phim tài liệu \"Điện Biên - 70 năm sau\"", "Phối hợp với kênh VTV4"),
        ("events", "Lễ hội Hoa Ban năm 2024", "Tổ chức Lễ hội Hoa Ban năm 2024"),
    ],
    figures=[
        F("followers", "người theo dõi (Fanpage)", 65000, "people", "người", "2024-06", "Fanpage đạt 65.000",
          ch=("increase", None, 2.6, "2023-06")),
        F("journalists", "phóng viên nước ngoài", 46, "people", "phóng viên", "2024-05", "46 phóng viên nước ngoài"),
        F("visitors_total", "Tổng lượt khách du lịch", 651000, "visits", "Lượt", "2022", _T1),
        F("visitors_total", "Tổng lượt khách du lịch", 965000, "visits", "Lượt", "2023", _T1, base=("2022", 651000)),
        F("visitors_total", "Tổng lượt khách du lịch", 1143000, "visits", "Lượt", "2024-H1", _T1),
        F("visitors_international", "khách quốc tế", 18500, "visits", "Lượt", "2022", _T2),
        F("visitors_international", "khách quốc tế", 72300, "visits", "Lượt", "2023", _T2, base=("2022", 18500)),
        F("visitors_international", "khách quốc tế", 61800, "visits", "Lượt", "2024-H1", _T2),
        F("tourism_revenue", "Tổng thu từ du lịch", 1017e9, "VND", "Tỷ đồng", "2022", _T3),
        F("tourism_revenue", "Tổng thu từ du lịch", 1750e9, "VND", "Tỷ đồng", "2023", _T3, base=("2022", 1017e9)),
        F("tourism_revenue", "Tổng thu từ du lịch", 2430e9, "VND", "Tỷ đồng", "2024-H1", _T3),
        F("site_visits", "Lượt truy cập Cổng TTĐT (bản tiếng Anh)", 52400, "visits", "Lượt", "2022", _T4),
        F("site_visits", "Lượt truy cập Cổng TTĐT (bản tiếng Anh)", 98600, "visits", "Lượt", "2023", _T4,
          base=("2022", 52400)),
        F("site_visits", "Lượt truy cập Cổng TTĐT (bản tiếng Anh)", 143200, "visits", "Lượt", "2024-H1", _T4),
    ],
    strengths=["Các hoạt động kỷ niệm 70 năm", "Kế hoạch phân công rõ nhiệm vụ"],
    difficulties=["Hạ tầng giao thông còn khó khăn", "Thiếu nhân lực có trình độ ngoại ngữ",
                  "Sau dịp kỷ niệm, lượng tin bài quốc tế"],
    lessons=["Tận dụng các sự kiện lịch sử lớn", "Nội dung về đời sống đồng bào dân tộc"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ"),
        (None, ["mic"], "Kiến nghị Bộ Thông tin và Truyền thông"),
    ],
)
