"""Cao Bằng (batch 7, held out): the cover letter and the signed report printed, laid on a desk and
photographed page by page with a phone, sent as one PDF of JPEG pages (no text layer): page 1 is
the công văn "Số: 2317/UBND-VX", "V/v gửi Báo cáo ...", signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN
PHÒNG / PHÓ CHÁNH VĂN PHÒNG" by another person; then the report 205/BC-UBND (an earlier date). The
record's number, date, title and signer are the report's; the letter is preamble. Sheets tilted
-3.8 ... 4.1°, keystone 0.07, JPEG quality 58, a red seal over the report's signature. A ruled
table "TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | Tăng, giảm so với năm 2022 (%) | 6 tháng đầu
năm 2024" (a signed change for 2023 in the middle, a falling row). Typed "1." / "1.1." headings;
plan 1840/KH-UBND; Non nước Cao Bằng geopark; message in Vietnamese only; "khoảng 2.800 lượt
khách Trung Quốc qua cửa khẩu" in prose."""

from kit.gold import F

SAMPLE = dict(
    stem="CaoBang_CV2317_BC205_anh-chup",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=14, scan_dpi=160, scan_seed=77, stamp=True,
                photo=dict(tilts=[-2.2, 3.5, -3.8, 4.1, 2.7, -3.1], keystone=0.07, quality=58)),
    author="VP UBND tinh Cao Bang",
    cover=dict(
        header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], number="2317/UBND-VX",
                    vv=["V/v gửi Báo cáo kết quả thực hiện", "công tác truyền thông quảng bá hình ảnh",
                        "tỉnh Cao Bằng ra nước ngoài"],
                    place_date="Cao Bằng, ngày 27 tháng 9 năm 2024"),
        document_title="Gửi Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cao Bằng ra nước ngoài",
        title=[],
        kinh_gui=["Kính gửi: Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông."],
        intro="""
Ủy ban nhân dân tỉnh Cao Bằng nhận được Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới.
Ủy ban nhân dân tỉnh gửi kèm theo Công văn này Báo cáo số 205/BC-UBND ngày 25/9/2024 của UBND tỉnh. Đầu mối liên hệ: Phòng Thông tin - Báo chí - Xuất bản, Sở Thông tin và Truyền thông, điện thoại 0206.3852.401.
""",
        closing=["Ủy ban nhân dân tỉnh Cao Bằng trân trọng gửi Cục Thông tin đối ngoại tổng hợp./."],
        recipients=["Nơi nhận:", "- Như trên;", "- Sở TT&TT;", "- Lưu: VT, VX (Ng)."],
        signature=["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "Nông Thị Hằng"],
    ),
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], number="205/BC-UBND",
                place_date="Cao Bằng, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Cao Bằng ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Cao Bằng", issuer="Ủy ban nhân dân tỉnh Cao Bằng", number="205/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cao Bằng ra nước ngoài theo cách làm mới",
        signer={"name": "Lê Hải Hòa", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Cao Bằng báo cáo kết quả như sau:
""",
    body="""
# {1} 1.|TÌNH HÌNH XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.1.|Về Kế hoạch
Ngày 12/6/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 1840/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Cao Bằng ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, định hướng đến năm 2030.
## 1.2.|Yếu tố trọng tâm và thông điệp
Tỉnh chọn 04 nhóm yếu tố trọng tâm: Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng; Khu di tích quốc gia đặc biệt Pác Bó; các sản phẩm đặc trưng hạt dẻ Trùng Khánh, miến dong Phia Đén; vị trí cửa khẩu biên giới với kinh tế cửa khẩu Trà Lĩnh.
Thông điệp được thống nhất sử dụng: “Cao Bằng - Non nước kỳ vĩ, nghĩa tình biên cương”.
## 1.3.|Phương thức, kênh truyền thông
- Trang thông tin điện tử tiếng Anh, tiếng Trung của tỉnh trên Cổng Thông tin điện tử tỉnh.
- Báo Cao Bằng và Đài Phát thanh - Truyền hình Cao Bằng phát chuyên mục song ngữ Việt - Trung hằng tuần.
- Fanpage “Cao Bang Geopark” và kênh YouTube “Non nước Cao Bằng”.
- Phối hợp với Kênh truyền hình VTV4 và Đài Tiếng nói Việt Nam sản xuất phim tài liệu về thác Bản Giốc.
- Đón 03 đoàn phóng viên báo chí Trung Quốc, Pháp đến tác nghiệp trong năm 2023.
- Tổ chức Hội chợ thương mại quốc tế biên giới Việt - Trung (Cao Bằng) năm 2023 và 2024.
- Phối hợp với Tổng Lãnh sự quán Việt Nam tại Nam Ninh (Trung Quốc) tổ chức giới thiệu tiềm năng du lịch.
## 1.4.|Kết quả
Năm 2023, cửa khẩu Trà Lĩnh đón khoảng 2.800 lượt khách du lịch Trung Quốc theo tour thí điểm; Fanpage “Cao Bang Geopark” đạt 24.500 người theo dõi vào thời điểm 30/6/2024.
@table widths=0.9,5.2,1.7,2.0,2.0,2.1,2.1 size=12
| TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | Tăng, giảm so với năm 2022 (%) | 6 tháng đầu năm 2024 |
| 1 | Tổng lượt khách du lịch | Lượt | 1.210.500 | 1.730.000 | +42,9 | 1.045.000 |
| 2 | Khách quốc tế | Lượt | 4.950 | 21.600 | +336,4 | 16.800 |
| 3 | Doanh thu từ du lịch | Tỷ đồng | 415 | 742 | +78,8 | 498 |
| 4 | Kim ngạch xuất nhập khẩu qua các cửa khẩu | Triệu USD | 612,4 | 548,7 | -10,4 | 305,2 |
| 5 | Phim, video quảng bá được sản xuất | Sản phẩm | 6 | 14 | +133,3 | 9 |
# {2} 2.|ĐÁNH GIÁ CHUNG
## {2.1} 2.1.|Ưu điểm
- Thương hiệu Công viên địa chất Non nước Cao Bằng được giữ vững, tạo điểm nhấn khi quảng bá.
- Các sở, ngành, huyện phối hợp nhịp nhàng trong tổ chức sự kiện, đón đoàn.
## {2.2} 2.2.|Khó khăn, hạn chế và nguyên nhân
- Giao thông từ Hà Nội đến Cao Bằng còn xa, chưa có sân bay.
- Nguồn nhân lực biết tiếng Trung, tiếng Anh để sản xuất nội dung còn thiếu.
- Nguyên nhân chủ quan: chưa bố trí kinh phí riêng cho quảng bá trên nền tảng số.
## {2.3} 2.3.|Bài học kinh nghiệm
- Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài giúp tiếp cận đúng doanh nghiệp lữ hành.
- Tổ chức tour thí điểm qua cửa khẩu là cách làm hay cần nhân rộng.
# {3} 3.|KIẾN NGHỊ, ĐỀ XUẤT
- Kiến nghị Chính phủ sớm đầu tư tuyến cao tốc Đồng Đăng - Trà Lĩnh và xây dựng Cảng hàng không Cao Bằng.
- Đề nghị Bộ Thông tin và Truyền thông, Bộ Ngoại giao hỗ trợ tỉnh tổ chức đoàn phóng viên quốc tế tìm hiểu về Công viên địa chất.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Cao Bằng ra nước "
             "ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Cao Bằng báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL, Sở Ngoại vụ;", "- Lưu: VT, VX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Hải Hòa"],
)

_F = "Tỉnh chọn 04 nhóm yếu tố trọng tâm"
_KQ = "cửa khẩu Trà Lĩnh đón khoảng 2.800"
_V, _I, _R, _X, _P = ("| Tổng lượt khách du lịch |", "| Khách quốc tế |", "Doanh thu từ du lịch",
                      "Kim ngạch xuất nhập khẩu qua", "Phim, video quảng bá được sản xuất")


def _ch(direction, p):
    return (direction, p, None, "2022")


GOLD = dict(
    plan=dict(status="built", references=[("1840/KH-UBND", "2023-06-12")], ev="ban hành Kế hoạch số 1840/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", "tourism", _F),
        ("Khu di tích quốc gia đặc biệt Pác Bó", "culture_heritage", _F),
        ("các sản phẩm đặc trưng hạt dẻ Trùng Khánh, miến dong Phia Đén", "products", _F),
        ("vị trí cửa khẩu biên giới với kinh tế cửa khẩu Trà Lĩnh", "business_potential", _F),
    ]),
    key_messages=dict(identified=True, items=[
        ("Cao Bằng - Non nước kỳ vĩ, nghĩa tình biên cương", "Thông điệp được thống nhất sử dụng"),
    ]),
    channels=[
        ("portal", "Trang thông tin điện tử tiếng Anh, tiếng Trung của tỉnh trên Cổng Thông tin điện tử tỉnh",
         "Trang thông tin điện tử tiếng Anh, tiếng Trung"),
        ("local_media", "Báo Cao Bằng", "Báo Cao Bằng và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh - Truyền hình Cao Bằng", "Báo Cao Bằng và Đài Phát thanh"),
        ("facebook", "Fanpage “Cao Bang Geopark”", "Fanpage “Cao Bang Geopark” và kênh YouTube"),
        ("youtube", "kênh YouTube “Non nước Cao Bằng”", "Fanpage “Cao Bang Geopark” và kênh YouTube"),
        ("national_media", "Kênh truyền hình VTV4", "Phối hợp với Kênh truyền hình VTV4"),
        ("national_media", "Đài Tiếng nói Việt Nam", "Phối hợp với Kênh truyền hình VTV4"),
        ("video", "phim tài liệu về thác Bản Giốc", "Phối hợp với Kênh truyền hình VTV4"),
        ("press_trips", "03 đoàn phóng viên báo chí Trung Quốc, Pháp", "Đón 03 đoàn phóng viên"),
        ("trade_promotion", "Hội chợ thương mại quốc tế biên giới Việt - Trung (Cao Bằng) năm 2023 và 2024",
         "Tổ chức Hội chợ thương mại quốc tế biên giới"),
        ("overseas_missions", "Tổng Lãnh sự quán Việt Nam tại Nam Ninh (Trung Quốc)", "Tổng Lãnh sự quán Việt Nam tại Nam Ninh"),
    ],
    figures=[
        F("delegations", "đoàn phóng viên báo chí Trung Quốc, Pháp", 3, "count", "đoàn", "2023", "Đón 03 đoàn phóng viên"),
        F("visitors_international", "lượt khách du lịch Trung Quốc", 2800, "visits", "lượt", "2023", _KQ, approx=True),
        F("followers", "người theo dõi (Fanpage “Cao Bang Geopark”)", 24500, "people", "người", "2024-06", _KQ),
        F("visitors_total", "Tổng lượt khách du lịch", 1210500, "visits", "Lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 1730000, "visits", "Lượt", "2023", _V,
          base=("2022", 1210500), ch=_ch("increase", 42.9)),
        F("visitors_total", "Tổng lượt khách du lịch", 1045000, "visits", "Lượt", "2024-H1", _V),
        F("visitors_international", "Khách quốc tế", 4950, "visits", "Lượt", "2022", _I),
        F("visitors_international", "Khách quốc tế", 21600, "visits", "Lượt", "2023", _I,
          base=("2022", 4950), ch=_ch("increase", 336.4)),
        F("visitors_international", "Khách quốc tế", 16800, "visits", "Lượt", "2024-H1", _I),
        F("tourism_revenue", "Doanh thu từ du lịch", 415e9, "VND", "Tỷ đồng", "2022", _R),
        F("tourism_revenue", "Doanh thu từ du lịch", 742e9, "VND", "Tỷ đồng", "2023", _R,
          base=("2022", 415e9), ch=_ch("increase", 78.8)),
        F("tourism_revenue", "Doanh thu từ du lịch", 498e9, "VND", "Tỷ đồng", "2024-H1", _R),
        F("trade_value", "Kim ngạch xuất nhập khẩu qua các cửa khẩu", 612.4e6, "USD", "Triệu USD", "2022", _X),
        F("trade_value", "Kim ngạch xuất nhập khẩu qua các cửa khẩu", 548.7e6, "USD", "Triệu USD", "2023", _X,
          base=("2022", 612.4e6), ch=_ch("decrease", 10.4)),
        F("trade_value", "Kim ngạch xuất nhập khẩu qua các cửa khẩu", 305.2e6, "USD", "Triệu USD", "2024-H1", _X),
        F("videos", "Phim, video quảng bá được sản xuất", 6, "count", "Sản phẩm", "2022", _P),
        F("videos", "Phim, video quảng bá được sản xuất", 14, "count", "Sản phẩm", "2023", _P,
          base=("2022", 6), ch=_ch("increase", 133.3)),
        F("videos", "Phim, video quảng bá được sản xuất", 9, "count", "Sản phẩm", "2024-H1", _P),
    ],
    strengths=["Thương hiệu Công viên địa chất Non nước Cao Bằng", "Các sở, ngành, huyện phối hợp nhịp nhàng"],
    difficulties=["Giao thông từ Hà Nội đến Cao Bằng", "Nguồn nhân lực biết tiếng Trung"],
    causes_subjective=["Nguyên nhân chủ quan: chưa bố trí kinh phí"],
    lessons=["Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài", "Tổ chức tour thí điểm qua cửa khẩu"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ sớm đầu tư"),
        (None, ["mic", "mofa"], "Đề nghị Bộ Thông tin và Truyền thông, Bộ Ngoại giao"),
    ],
)
