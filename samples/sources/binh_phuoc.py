"""Bình Phước (batch 7, held out): text PDF, Word heading styles. The results are a statistics
table in a landscape section of its own, long enough to run across two pages under its repeated
header rows: "Năm 2023" over "Kế hoạch | Thực hiện", "Năm 2024" over "Kế hoạch | Ước thực hiện 9
tháng" (Kế hoạch cells are targets: no figure; Ước thực hiện cells approximate), a signed column
"Tăng (+)/giảm (-) 9 tháng năm 2024 so với cùng kỳ năm 2023 (%)", group rows spanning the table
("II | THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI" over "Số dự án cấp mới", "Vốn thực hiện"; "III | XUẤT
KHẨU, NHẬP KHẨU" over "Xuất khẩu", "Nhập khẩu"), a "Trong đó:" sub-row, "-" cells, ĐVT "lượt",
"tỷ đồng", "triệu USD", "triệu đồng", "cuốn". In prose, figures whose labels are long noun phrases
("số lượt khách quốc tế đến tham quan, nghỉ dưỡng tại các khu, điểm du lịch ...", "số tin, bài,
phóng sự về Bình Phước được đăng tải trên các báo, đài, tạp chí nước ngoài", "tổng số lượt xem
các video giới thiệu ... trên nền tảng YouTube và TikTok", "số đoàn doanh nghiệp, nhà đầu tư ...",
"số lượt truy cập chuyên trang xúc tiến đầu tư ..."); a target in prose ("mục tiêu đến năm 2025");
factors between semicolons."""

from kit.gold import F

SAMPLE = dict(
    stem="BinhPhuoc_BC376_UBND_TTQB_2024",
    format="pdf",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="So TTTT Binh Phuoc",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"], number="376/BC-UBND",
                place_date="Bình Phước, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả công tác truyền thông quảng bá hình ảnh tỉnh Bình Phước",
           "ra nước ngoài theo cách làm mới năm 2023 và 9 tháng năm 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bình Phước", issuer="Ủy ban nhân dân tỉnh Bình Phước", number="376/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Bình Phước ra nước ngoài theo cách làm mới năm 2023 và 9 tháng năm 2024",
        signer={"name": "Trần Văn Mi", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Bình Phước báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Xây dựng Kế hoạch
Ngày 21/4/2023, UBND tỉnh ban hành Kế hoạch số 127/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Bình Phước ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Kế hoạch đặt mục tiêu đến năm 2025 thu hút 3 triệu lượt khách du lịch và mỗi năm có ít nhất 50 tin, bài về tỉnh trên báo chí nước ngoài.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Tỉnh xác định các yếu tố trọng tâm: hạt điều Bình Phước - thương hiệu nông sản xuất khẩu chủ lực; Vườn quốc gia Bù Gia Mập và Trảng cỏ Bù Lạch; văn hóa của đồng bào S'tiêng, M'nông; các khu công nghiệp dọc Quốc lộ 13 và Quốc lộ 14 với quỹ đất sạch lớn.
Thông điệp chính: “Bình Phước - Điểm đến tin cậy của nhà đầu tư”.
## 3.|Phương thức, kênh truyền thông
- Chuyên trang xúc tiến đầu tư tiếng Anh, tiếng Hàn trên Cổng Thông tin điện tử tỉnh.
- Fanpage “Binh Phuoc Investment”, kênh YouTube và TikTok “Bình Phước Today”.
- Báo Bình Phước, Đài Phát thanh - Truyền hình và Điện ảnh Bình Phước sản xuất chuyên mục đối ngoại.
- Phối hợp với báo Vietnam News và kênh VTC10 giới thiệu môi trường đầu tư của tỉnh.
- Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bình Phước tại Seoul (Hàn Quốc) tháng 10/2023.
- Phát hành ấn phẩm quảng bá song ngữ Việt - Anh, Việt - Hàn.
## 4.|Kết quả đạt được
Năm 2023, số lượt khách quốc tế đến tham quan, nghỉ dưỡng tại các khu, điểm du lịch trên địa bàn tỉnh đạt 21.400 lượt, tăng 27,5% so với năm 2022; số lượt truy cập chuyên trang xúc tiến đầu tư bằng tiếng Anh, tiếng Hàn trên Cổng Thông tin điện tử tỉnh đạt 142.800 lượt.
Số đoàn doanh nghiệp, nhà đầu tư đến từ Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc) đến làm việc, tìm hiểu môi trường đầu tư tại tỉnh trong năm 2023 là 23 đoàn.
Trong 9 tháng năm 2024, số tin, bài, phóng sự về Bình Phước được đăng tải trên các báo, đài, tạp chí nước ngoài là 38 tin, bài; tổng số lượt xem các video giới thiệu tiềm năng, cơ hội đầu tư của tỉnh trên nền tảng YouTube và TikTok tính đến tháng 8/2024 đạt hơn 2,4 triệu lượt.
Kết quả thực hiện các chỉ tiêu chủ yếu tại Biểu số 01.
@landscape
* Biểu số 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023 VÀ 9 THÁNG NĂM 2024
@table widths=1.2,8.0,2.4,2.6,2.6,2.6,2.6,3.7 size=13
|! TT | Chỉ tiêu | Đơn vị tính | Năm 2023 | < | Năm 2024 | < | Tăng (+)/giảm (-) 9 tháng năm 2024 so với cùng kỳ năm 2023 (%) |
|! ^ | ^ | ^ | Kế hoạch | Thực hiện | Kế hoạch | Ước thực hiện 9 tháng | ^ |
| I | DU LỊCH | < | < | < | < | < | < |
| 1 | Tổng lượt khách du lịch đến tỉnh | lượt | 2.100.000 | 2.284.600 | 2.400.000 | 1.862.300 | +11,4 |
| 2 | Tổng doanh thu từ hoạt động du lịch | tỷ đồng | 1.900 | 2.046,5 | 2.200 | 1.710,8 | +13,2 |
| 3 | Cơ sở lưu trú du lịch đang hoạt động | cơ sở | - | 186 | - | 201 | - |
| II | THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI | < | < | < | < | < | < |
| 4 | Số dự án cấp mới | dự án | 40 | 52 | 45 | 37 | -7,5 |
| 5 | Vốn đăng ký cấp mới và điều chỉnh tăng | triệu USD | 500 | 612,3 | 600 | 455,9 | +6,8 |
| 6 | Vốn thực hiện | triệu USD | 300 | 348,7 | 350 | 271,4 | +4,1 |
| III | XUẤT KHẨU, NHẬP KHẨU | < | < | < | < | < | < |
| 7 | Xuất khẩu | triệu USD | 3.800 | 3.925,6 | 4.200 | 3.318,2 | +14,9 |
| - | Trong đó: hạt điều nhân | triệu USD | - | 1.208,4 | - | 1.035,7 | +18,3 |
| 8 | Nhập khẩu | triệu USD | 2.600 | 2.811,9 | 3.000 | 2.457,0 | +19,6 |
| IV | THÔNG TIN ĐỐI NGOẠI, QUẢNG BÁ | < | < | < | < | < | < |
| 9 | Tin, bài, ảnh đăng trên trang thông tin đối ngoại của tỉnh | tin, bài | 600 | 714 | 700 | 538 | +2,7 |
| 10 | Người theo dõi Fanpage “Binh Phuoc Investment” | người | 5.000 | 7.820 | 10.000 | 11.350 | - |
| 11 | Ấn phẩm quảng bá song ngữ phát hành | cuốn | 10.000 | 12.000 | 10.000 | 6.500 | -18,8 |
| 12 | Video, phóng sự quảng bá bằng tiếng nước ngoài | sản phẩm | 20 | 26 | 24 | 19 | +5,6 |
| 13 | Đoàn phóng viên nước ngoài đến tác nghiệp | đoàn | 2 | 3 | 3 | 2 | - |
| 14 | Hội nghị, sự kiện xúc tiến đầu tư, thương mại, du lịch ở nước ngoài | sự kiện | 3 | 4 | 4 | 3 | - |
| 15 | Kinh phí thực hiện nhiệm vụ truyền thông quảng bá ra nước ngoài | triệu đồng | 2.000 | 1.865 | 2.500 | 1.420 | - |
> Nguồn: Cục Thống kê tỉnh, các sở, ngành; số liệu năm 2024 là số ước thực hiện đến ngày 30/9/2024.
@portrait
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Kế hoạch có chỉ tiêu cụ thể, giao rõ cho từng sở, ngành, thuận lợi cho theo dõi, đánh giá.
- Hình ảnh hạt điều Bình Phước được định vị rõ, gắn với xúc tiến xuất khẩu.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Sản phẩm du lịch chưa đa dạng, khó thu hút khách quốc tế lưu trú dài ngày.
- Nguồn kinh phí thực hiện năm 2023 chưa đạt kế hoạch.
- Nguyên nhân khách quan: tỉnh chưa có sân bay, kết nối giao thông với Thành phố Hồ Chí Minh còn hạn chế.
- Nguyên nhân chủ quan: chưa có đội ngũ chuyên trách sản xuất nội dung số bằng tiếng nước ngoài.
## {2.3} 3.|Bài học kinh nghiệm
- Đặt chỉ tiêu đo đếm được cho từng kênh ngay từ khi ban hành Kế hoạch giúp đánh giá hiệu quả khách quan.
- Hội nghị xúc tiến đầu tư ở nước ngoài cần chuẩn bị danh mục dự án cụ thể mới thu hút được nhà đầu tư.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hướng dẫn bộ chỉ số đánh giá hiệu quả truyền thông quảng bá hình ảnh địa phương ra nước ngoài.
- Đề nghị Bộ Kế hoạch và Đầu tư hỗ trợ tỉnh giới thiệu các khu công nghiệp tại các diễn đàn đầu tư quốc tế.
""",
    closing=["Trên đây là báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Bình Phước ra nước ngoài theo "
             "cách làm mới, UBND tỉnh Bình Phước báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TTTU, TT HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
                "- Các Sở: TT&TT, VHTTDL, KH&ĐT, Công Thương, Ngoại vụ;", "- LĐVP, Phòng KGVX;", "- Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Văn Mi"],
)

_F = "Tỉnh xác định các yếu tố trọng tâm"
_P1, _P2 = "số lượt khách quốc tế đến tham quan, nghỉ dưỡng", "Số đoàn doanh nghiệp, nhà đầu tư đến từ"
_P3 = "số tin, bài, phóng sự về Bình Phước được đăng tải"
_V, _R, _H = "Tổng lượt khách du lịch đến tỉnh", "Tổng doanh thu từ hoạt động du lịch", "Cơ sở lưu trú du lịch"
_PRJ, _CAP, _DIS = "| Số dự án cấp mới |", "Vốn đăng ký cấp mới và điều chỉnh tăng", "| Vốn thực hiện |"
_EX, _CS, _IM = "| Xuất khẩu |", "Trong đó: hạt điều nhân", "| Nhập khẩu |"
_ART, _FOL, _PUB, _VID = ("Tin, bài, ảnh đăng trên trang", "Người theo dõi Fanpage “Binh Phuoc Investment”",
                          "Ấn phẩm quảng bá song ngữ phát hành", "Video, phóng sự quảng bá bằng tiếng nước ngoài")
_DEL, _EVT, _BUD = ("Đoàn phóng viên nước ngoài đến tác nghiệp", "Hội nghị, sự kiện xúc tiến đầu tư",
                    "Kinh phí thực hiện nhiệm vụ truyền thông")


def _ch(direction, p):
    return (direction, p, None, "2023-9M")


def _row(metric, label, unit, unit_text, ev, v2023, v9m, ch=None):
    """A table row: the "Thực hiện" 2023 cell and the "Ước thực hiện 9 tháng" 2024 cell (the two
    "Kế hoạch" cells are targets)."""
    out = []
    if v2023 is not None:
        out.append(F(metric, label, v2023, unit, unit_text, "2023", ev))
    out.append(F(metric, label, v9m, unit, unit_text, "2024-9M", ev, ch=ch, approx=True))
    return out


GOLD = dict(
    plan=dict(status="built", references=[("127/KH-UBND", "2023-04-21")], ev="UBND tỉnh ban hành Kế hoạch số 127/KH-UBND"),
    factors=dict(identified=True, items=[
        ("hạt điều Bình Phước", "products", _F),
        ("Vườn quốc gia Bù Gia Mập và Trảng cỏ Bù Lạch", "tourism", _F),
        ("văn hóa của đồng bào S'tiêng, M'nông", "culture_heritage", _F),
        ("các khu công nghiệp dọc Quốc lộ 13 và Quốc lộ 14 với quỹ đất sạch lớn", "business_potential", _F),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bình Phước - Điểm đến tin cậy của nhà đầu tư", "Thông điệp chính:"),
    ]),
    channels=[
        ("portal", "Chuyên trang xúc tiến đầu tư tiếng Anh, tiếng Hàn trên Cổng Thông tin điện tử tỉnh",
         "Chuyên trang xúc tiến đầu tư tiếng Anh, tiếng Hàn trên Cổng Thông tin điện tử tỉnh."),
        ("facebook", "Fanpage “Binh Phuoc Investment”", "Fanpage “Binh Phuoc Investment”, kênh YouTube"),
        ("youtube", "kênh YouTube “Bình Phước Today”", "Fanpage “Binh Phuoc Investment”, kênh YouTube"),
        ("tiktok", "TikTok “Bình Phước Today”", "Fanpage “Binh Phuoc Investment”, kênh YouTube"),
        ("local_media", "Báo Bình Phước", "Báo Bình Phước, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh - Truyền hình và Điện ảnh Bình Phước", "Báo Bình Phước, Đài Phát thanh"),
        ("national_media", "báo Vietnam News", "Phối hợp với báo Vietnam News"),
        ("national_media", "kênh VTC10", "Phối hợp với báo Vietnam News"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tỉnh Bình Phước tại Seoul (Hàn Quốc) tháng 10/2023",
         "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bình Phước tại Seoul"),
        ("publications", "ấn phẩm quảng bá song ngữ Việt - Anh, Việt - Hàn", "Phát hành ấn phẩm quảng bá song ngữ"),
    ],
    figures=[
        F("visitors_international",
          "số lượt khách quốc tế đến tham quan, nghỉ dưỡng tại các khu, điểm du lịch trên địa bàn tỉnh", 21400,
          "visits", "lượt", "2023", _P1, ch=("increase", 27.5, None, "2022")),
        F("site_visits",
          "số lượt truy cập chuyên trang xúc tiến đầu tư bằng tiếng Anh, tiếng Hàn trên Cổng Thông tin điện tử tỉnh",
          142800, "visits", "lượt", "2023", _P1),
        F("delegations",
          "Số đoàn doanh nghiệp, nhà đầu tư đến từ Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc) đến làm việc, tìm hiểu môi trường đầu tư tại tỉnh",
          23, "count", "đoàn", "2023", _P2),
        F("foreign_articles", "số tin, bài, phóng sự về Bình Phước được đăng tải trên các báo, đài, tạp chí nước ngoài",
          38, "count", "tin, bài", "2024-9M", _P3),
        F("views", "tổng số lượt xem các video giới thiệu tiềm năng, cơ hội đầu tư của tỉnh trên nền tảng YouTube và TikTok",
          2.4e6, "visits", "triệu lượt", "2024-08", _P3, approx=True),
        # Biểu số 01: only "Thực hiện" and "Ước thực hiện 9 tháng" cells; the signed column is the 9-month change
        *_row("visitors_total", "Tổng lượt khách du lịch đến tỉnh", "visits", "lượt", _V, 2284600, 1862300,
              _ch("increase", 11.4)),
        *_row("tourism_revenue", "Tổng doanh thu từ hoạt động du lịch", "VND", "tỷ đồng", _R, 2046.5e9, 1710.8e9,
              _ch("increase", 13.2)),
        *_row("other", "Cơ sở lưu trú du lịch đang hoạt động", "count", "cơ sở", _H, 186, 201),
        *_row("fdi_projects", "Số dự án cấp mới", "count", "dự án", _PRJ, 52, 37, _ch("decrease", 7.5)),
        *_row("fdi_capital", "Vốn đăng ký cấp mới và điều chỉnh tăng", "USD", "triệu USD", _CAP, 612.3e6, 455.9e6,
              _ch("increase", 6.8)),
        *_row("fdi_disbursed", "Vốn thực hiện", "USD", "triệu USD", _DIS, 348.7e6, 271.4e6, _ch("increase", 4.1)),
        *_row("export_value", "Xuất khẩu", "USD", "triệu USD", _EX, 3925.6e6, 3318.2e6, _ch("increase", 14.9)),
        *_row("export_value", "hạt điều nhân", "USD", "triệu USD", _CS, 1208.4e6, 1035.7e6, _ch("increase", 18.3)),
        *_row("import_value", "Nhập khẩu", "USD", "triệu USD", _IM, 2811.9e6, 2457e6, _ch("increase", 19.6)),
        *_row("articles", "Tin, bài, ảnh đăng trên trang thông tin đối ngoại của tỉnh", "count", "tin, bài", _ART, 714, 538,
              _ch("increase", 2.7)),
        *_row("followers", "Người theo dõi Fanpage “Binh Phuoc Investment”", "people", "người", _FOL, 7820, 11350),
        *_row("publications", "Ấn phẩm quảng bá song ngữ phát hành", "count", "cuốn", _PUB, 12000, 6500,
              _ch("decrease", 18.8)),
        *_row("videos", "Video, phóng sự quảng bá bằng tiếng nước ngoài", "count", "sản phẩm", _VID, 26, 19,
              _ch("increase", 5.6)),
        *_row("delegations", "Đoàn phóng viên nước ngoài đến tác nghiệp", "count", "đoàn", _DEL, 3, 2),
        *_row("events", "Hội nghị, sự kiện xúc tiến đầu tư, thương mại, du lịch ở nước ngoài", "count", "sự kiện", _EVT, 4, 3),
        *_row("budget", "Kinh phí thực hiện nhiệm vụ truyền thông quảng bá ra nước ngoài", "VND", "triệu đồng", _BUD,
              1865e6, 1420e6),
    ],
    strengths=["Kế hoạch có chỉ tiêu cụ thể", "Hình ảnh hạt điều Bình Phước được định vị rõ"],
    difficulties=["Sản phẩm du lịch chưa đa dạng", "Nguồn kinh phí thực hiện năm 2023"],
    causes_objective=["Nguyên nhân khách quan: tỉnh chưa có sân bay"],
    causes_subjective=["Nguyên nhân chủ quan: chưa có đội ngũ chuyên trách"],
    lessons=["Đặt chỉ tiêu đo đếm được cho từng kênh", "Hội nghị xúc tiến đầu tư ở nước ngoài cần chuẩn bị"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hướng dẫn"),
        (None, ["mpi"], "Đề nghị Bộ Kế hoạch và Đầu tư hỗ trợ"),
    ],
)
