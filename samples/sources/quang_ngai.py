"""Quảng Ngãi: .docx, Word heading styles; the results are a statistics table as a statistics office
draws it, in a landscape section of its own (portrait before and after): three header rows with
merged cells ("Năm 2023" over "Kế hoạch | Thực hiện", "Ước thực hiện 9 tháng năm 2024", a row of
column codes "A | B | C | 1 | 2 | 3 | 4 | 5=3/1 | 6"), group rows spanning the table ("I" | "DU LỊCH"),
"-" as a running mark of sub-rows and as an empty value, empty cells, an ĐVT column that scales the
cells ("nghìn lượt", "tỷ đồng", "triệu USD", "triệu đồng", "%"), a ratio column "So sánh TH
2023/2022 (%)" and a signed column "Tăng (+)/giảm (-) 9 tháng 2024 so với cùng kỳ (%)"; long
enough to continue on the next page under its repeated header rows. Plan 142/KH-UBND beside the
yearly TTĐN plan; a target in prose ("phấn đấu đến năm 2025 ... 80 nghìn lượt") that is no figure."""

from kit.gold import F

SAMPLE = dict(
    stem="QuangNgai_BC213-UBND_TTQB_3836",
    format="docx",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="Sở TT&TT Quảng Ngãi",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], number="213/BC-UBND",
                place_date="Quảng Ngãi, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Quảng Ngãi ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Quảng Ngãi", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", number="213/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Ngãi ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Phước Hiền", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Quảng Ngãi báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
Ngày 28/8/2023, UBND tỉnh ban hành Kế hoạch số 142/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Quảng Ngãi ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Kế hoạch phấn đấu đến năm 2025 đón 80 nghìn lượt khách quốc tế và có ít nhất 30 tin, bài về Quảng Ngãi trên báo chí nước ngoài mỗi năm. Bên cạnh đó, công tác thông tin đối ngoại năm 2024 được triển khai theo Kế hoạch số 35/KH-UBND ngày 22/02/2024 của UBND tỉnh.
## 2.|Yếu tố truyền thông trọng tâm
Từ 22 yếu tố truyền thông theo hướng dẫn của Bộ, tỉnh lựa chọn 04 yếu tố thế mạnh:
- Biển đảo Lý Sơn và hệ sinh thái biển: đảo núi lửa, Cổng Tò Vò, chùa Hang.
- Di sản văn hóa Sa Huỳnh - Chăm Pa (Thành cổ Châu Sa, di tích Sa Huỳnh).
- Khu kinh tế Dung Quất và các khu công nghiệp VSIP Quảng Ngãi, với hạ tầng cảng biển nước sâu.
- Đặc sản địa phương: tỏi Lý Sơn, đường phổi, cá bống sông Trà.
## 3.|Thông điệp truyền thông
Tỉnh đã xác định thông điệp chính “Quảng Ngãi - Nơi biển đảo gọi mời”, sử dụng thống nhất trên mọi sản phẩm truyền thông quảng bá ra nước ngoài.
## 4.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh duy trì phiên bản tiếng Anh và tiếng Hàn, cập nhật thông tin chính sách, dự án kêu gọi đầu tư.
- Fanpage “Quang Ngai Tourism” và kênh YouTube “Quang Ngai Tourism”; tính đến tháng 8/2024, kênh YouTube có 35 video với hơn 420 nghìn lượt xem.
- Đài Phát thanh và Truyền hình Quảng Ngãi phát sóng bản tin tiếng Anh hằng tuần; phối hợp với Kênh VTV4 và báo Việt Nam News thực hiện các phóng sự, bài viết về Lý Sơn, Dung Quất.
- Mời các đoàn phóng viên báo chí Hàn Quốc, Nhật Bản đến khảo sát, viết bài về điểm đến.
- Tổ chức Hội nghị xúc tiến đầu tư tại Seoul (Hàn Quốc) và Osaka (Nhật Bản), giới thiệu Khu kinh tế Dung Quất.
## 5.|Kết quả đạt được
Việc triển khai Kế hoạch đã góp phần tăng lượng khách quốc tế, thu hút thêm vốn đầu tư nước ngoài. Kết quả thực hiện một số chỉ tiêu chủ yếu tại Biểu dưới đây.
@landscape
* Biểu: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU
@table widths=1.2,7.0,2.3,2.4,2.3,2.3,2.6,2.6,3.0 size=12
|! TT | Chỉ tiêu | ĐVT | Thực hiện năm 2022 | Năm 2023 | < | Ước thực hiện 9 tháng năm 2024 | So sánh TH 2023/2022 (%) | Tăng (+)/giảm (-) 9 tháng 2024 so với cùng kỳ (%) |
|! ^ | ^ | ^ | ^ | Kế hoạch | Thực hiện | ^ | ^ | ^ |
|! A | B | C | 1 | 2 | 3 | 4 | 5=3/1 | 6 |
| I | DU LỊCH | < | < | < | < | < | < | < |
| 1 | Tổng lượt khách du lịch | nghìn lượt | 1.120,4 | 1.350 | 1.412,6 | 1.268,3 | 126,1 | +14,2 |
| - | Trong đó: Khách quốc tế | nghìn lượt | 18,6 | 40 | 52,3 | 55,8 | 281,2 | +38,5 |
| - | Khách nội địa | nghìn lượt | 1.101,8 | 1.310 | 1.360,3 | 1.212,5 | 123,5 | +13,6 |
| 2 | Doanh thu du lịch | tỷ đồng | 2.415 | 3.000 | 3.102,5 | 2.780 | 128,5 | +16,3 |
| 3 | Công suất sử dụng phòng bình quân | % | 48,2 | - | 53,6 | 57,1 | 111,2 | - |
| 4 | Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên | cơ sở | 14 | 16 | 15 | 17 | 107,1 |  |
| II | ĐẦU TƯ - THƯƠNG MẠI | < | < | < | < | < | < | < |
| 5 | Số dự án FDI cấp mới | dự án | 6 | 8 | 9 | 5 | 150,0 | -16,7 |
| 6 | Vốn FDI đăng ký cấp mới và tăng thêm | triệu USD | 186,5 | 250 | 1.240,8 | 95,4 | 665,3 | -72,6 |
| 7 | Vốn FDI thực hiện (giải ngân) | triệu USD | 112,3 | 150 | 168,9 | 121,7 | 150,4 | +9,8 |
| 8 | Kim ngạch xuất khẩu | triệu USD | 2.185,6 | 2.400 | 2.354,1 | 1.896,2 | 107,7 | +11,3 |
| 9 | Kim ngạch nhập khẩu | triệu USD | 2.910,4 | - | 2.688,7 | 2.105,9 | 92,4 | -3,5 |
| III | THÔNG TIN ĐỐI NGOẠI, QUẢNG BÁ | < | < | < | < | < | < | < |
| 10 | Tin, bài tiếng nước ngoài đăng trên Cổng TTĐT tỉnh | tin, bài | 385 | 500 | 642 | 530 | 166,8 | +21,4 |
| 11 | Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Hàn | nghìn lượt | 96,2 | 150 | 171,5 | 148,3 | 178,3 | +19,7 |
| 12 | Người theo dõi Fanpage “Quang Ngai Tourism” | người | - | 10.000 | 13.850 | 21.400 | - |  |
| 13 | Đoàn phóng viên nước ngoài đến tác nghiệp | đoàn | 1 | 3 | 4 | 3 | 400,0 | +50,0 |
| 14 | Chương trình xúc tiến đầu tư, du lịch tổ chức ở nước ngoài | chương trình | 2 | 4 | 5 | 3 | 250,0 |  |
| 15 | Video, phóng sự quảng bá phát trên kênh truyền hình đối ngoại | sản phẩm | 8 | 12 | 15 | 11 | 187,5 | +37,5 |
| 16 | Kinh phí thực hiện Kế hoạch truyền thông quảng bá | triệu đồng | - | 1.500 | 1.380 | 950 | - | - |
> Ghi chú: Số liệu năm 2022, 2023 theo Niên giám thống kê; số liệu 9 tháng năm 2024 là số ước thực hiện của các sở, ngành.
@portrait
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Kế hoạch được ban hành kịp thời, phân công rõ nhiệm vụ cho từng sở, ngành, địa phương.
- Các sản phẩm truyền thông sử dụng thống nhất một thông điệp, tạo nhận diện rõ nét cho hình ảnh Quảng Ngãi.
- Lượng khách quốc tế và vốn đầu tư nước ngoài tăng mạnh so với trước khi triển khai Kế hoạch.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Nguồn kinh phí bố trí cho truyền thông quảng bá ra nước ngoài còn hạn chế, chủ yếu lồng ghép từ các chương trình xúc tiến.
- Sản phẩm truyền thông bằng tiếng Nhật, tiếng Trung còn ít; chưa có công cụ đo lường hiệu quả trên nền tảng số.
- Nguyên nhân khách quan: Quảng Ngãi chưa có đường bay quốc tế trực tiếp, việc tiếp cận thị trường khách quốc tế phụ thuộc vào các địa phương lân cận.
- Nguyên nhân chủ quan: đội ngũ cán bộ làm công tác thông tin đối ngoại còn kiêm nhiệm, thiếu kỹ năng truyền thông số.
## {2.3} 3.|Bài học kinh nghiệm
- Chiến dịch quảng bá Lý Sơn gắn với mùa tỏi và lễ hội Khao lề thế lính Hoàng Sa thu hút sự quan tâm lớn của báo chí Hàn Quốc, là cách làm cần nhân rộng.
- Việc in ấn phẩm giấy số lượng lớn để phát tại hội chợ nước ngoài chưa hiệu quả, cần chuyển sang ấn phẩm điện tử có mã QR.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh kết nối với các cơ quan báo chí nước ngoài, tổ chức các đoàn phóng viên quốc tế đến tìm hiểu về Quảng Ngãi.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch quan tâm đưa Lý Sơn vào các chương trình xúc tiến du lịch quốc gia tại Hàn Quốc, Nhật Bản.
- Kiến nghị Chính phủ bố trí nguồn kinh phí hỗ trợ các địa phương chưa tự cân đối ngân sách thực hiện nhiệm vụ truyền thông quảng bá hình ảnh ra nước ngoài.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Ngãi ra nước ngoài theo cách làm mới, UBND tỉnh Quảng Ngãi báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, PCT UBND tỉnh;",
                "- Các Sở: TT&TT, VHTTDL, KH&ĐT, Ngoại vụ, Công Thương;", "- VPUB: CVP, PCVP, KGVX;", "- Lưu: VT, KGVXbqt."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Phước Hiền"],
)

_V, _I, _D = "Tổng lượt khách du lịch |", "Trong đó: Khách quốc tế |", "| Khách nội địa |"
_REV, _ROOM, _HOTEL = "Doanh thu du lịch | tỷ đồng", "Công suất sử dụng phòng", "Cơ sở lưu trú đạt chuẩn"
_PRJ, _CAP, _DIS = "Số dự án FDI cấp mới", "Vốn FDI đăng ký cấp mới", "Vốn FDI thực hiện (giải ngân)"
_EXP, _IMP = "Kim ngạch xuất khẩu | triệu USD", "Kim ngạch nhập khẩu | triệu USD"
_ART, _VIS, _FOL = "Tin, bài tiếng nước ngoài đăng trên Cổng", "Lượt truy cập Cổng TTĐT phiên bản", "Người theo dõi Fanpage"
_DEL, _EVT, _VID, _BUD = ("Đoàn phóng viên nước ngoài đến tác nghiệp", "Chương trình xúc tiến đầu tư, du lịch tổ chức",
                          "Video, phóng sự quảng bá phát", "Kinh phí thực hiện Kế hoạch truyền thông")


def _up(p):
    return ("increase", p, None, "2023-9M")


def _down(p):
    return ("decrease", p, None, "2023-9M")


GOLD = dict(
    plan=dict(status="built", references=[("142/KH-UBND", "2023-08-28")], ev="UBND tỉnh ban hành Kế hoạch số 142/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Biển đảo Lý Sơn và hệ sinh thái biển", "tourism", "Biển đảo Lý Sơn và hệ sinh thái biển"),
        ("Di sản văn hóa Sa Huỳnh - Chăm Pa", "culture_heritage", "Di sản văn hóa Sa Huỳnh - Chăm Pa"),
        ("Khu kinh tế Dung Quất và các khu công nghiệp VSIP Quảng Ngãi", "business_potential",
         "Khu kinh tế Dung Quất và các khu công nghiệp VSIP"),
        ("Đặc sản địa phương", "products", "Đặc sản địa phương: tỏi Lý Sơn"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Quảng Ngãi - Nơi biển đảo gọi mời", "Tỉnh đã xác định thông điệp chính"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh", "Cổng Thông tin điện tử tỉnh duy trì phiên bản tiếng Anh"),
        ("facebook", "Fanpage “Quang Ngai Tourism”", "Fanpage “Quang Ngai Tourism” và kênh YouTube"),
        ("youtube", "kênh YouTube “Quang Ngai Tourism”", "Fanpage “Quang Ngai Tourism” và kênh YouTube"),
        ("video", "35 video", "kênh YouTube có 35 video"),
        ("local_media", "Đài Phát thanh và Truyền hình Quảng Ngãi", "Đài Phát thanh và Truyền hình Quảng Ngãi phát sóng"),
        ("national_media", "Kênh VTV4", "Đài Phát thanh và Truyền hình Quảng Ngãi phát sóng"),
        ("national_media", "báo Việt Nam News", "Đài Phát thanh và Truyền hình Quảng Ngãi phát sóng"),
        ("press_trips", "các đoàn phóng viên báo chí Hàn Quốc, Nhật Bản", "Mời các đoàn phóng viên báo chí"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Seoul (Hàn Quốc) và Osaka (Nhật Bản)", "Tổ chức Hội nghị xúc tiến đầu tư tại Seoul"),
    ],
    figures=[
        F("videos", "video", 35, "count", "video", "2024-08", "kênh YouTube có 35 video"),
        F("views", "lượt xem", 420000, "visits", "nghìn lượt xem", "2024-08", "kênh YouTube có 35 video", approx=True),
        # the table: "Kế hoạch" cells are targets (no figure); "Ước thực hiện 9 tháng" cells are approximate;
        # the ratio column gives no change (the 2022 value is the 2023 figure's baseline); the signed column does
        F("visitors_total", "Tổng lượt khách du lịch", 1120400, "visits", "nghìn lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 1412600, "visits", "nghìn lượt", "2023", _V, base=("2022", 1120400)),
        F("visitors_total", "Tổng lượt khách du lịch", 1268300, "visits", "nghìn lượt", "2024-9M", _V, ch=_up(14.2), approx=True),
        F("visitors_international", "Khách quốc tế", 18600, "visits", "nghìn lượt", "2022", _I),
        F("visitors_international", "Khách quốc tế", 52300, "visits", "nghìn lượt", "2023", _I, base=("2022", 18600)),
        F("visitors_international", "Khách quốc tế", 55800, "visits", "nghìn lượt", "2024-9M", _I, ch=_up(38.5), approx=True),
        F("visitors_domestic", "Khách nội địa", 1101800, "visits", "nghìn lượt", "2022", _D),
        F("visitors_domestic", "Khách nội địa", 1360300, "visits", "nghìn lượt", "2023", _D, base=("2022", 1101800)),
        F("visitors_domestic", "Khách nội địa", 1212500, "visits", "nghìn lượt", "2024-9M", _D, ch=_up(13.6), approx=True),
        F("tourism_revenue", "Doanh thu du lịch", 2415e9, "VND", "tỷ đồng", "2022", _REV),
        F("tourism_revenue", "Doanh thu du lịch", 3102.5e9, "VND", "tỷ đồng", "2023", _REV, base=("2022", 2415e9)),
        F("tourism_revenue", "Doanh thu du lịch", 2780e9, "VND", "tỷ đồng", "2024-9M", _REV, ch=_up(16.3), approx=True),
        F("room_occupancy", "Công suất sử dụng phòng bình quân", 48.2, "percent", "%", "2022", _ROOM),
        F("room_occupancy", "Công suất sử dụng phòng bình quân", 53.6, "percent", "%", "2023", _ROOM, base=("2022", 48.2)),
        F("room_occupancy", "Công suất sử dụng phòng bình quân", 57.1, "percent", "%", "2024-9M", _ROOM, approx=True),
        F("other", "Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên", 14, "count", "cơ sở", "2022", _HOTEL),
        F("other", "Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên", 15, "count", "cơ sở", "2023", _HOTEL, base=("2022", 14)),
        F("other", "Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên", 17, "count", "cơ sở", "2024-9M", _HOTEL, approx=True),
        F("fdi_projects", "Số dự án FDI cấp mới", 6, "count", "dự án", "2022", _PRJ),
        F("fdi_projects", "Số dự án FDI cấp mới", 9, "count", "dự án", "2023", _PRJ, base=("2022", 6)),
        F("fdi_projects", "Số dự án FDI cấp mới", 5, "count", "dự án", "2024-9M", _PRJ, ch=_down(16.7), approx=True),
        F("fdi_capital", "Vốn FDI đăng ký cấp mới và tăng thêm", 186.5e6, "USD", "triệu USD", "2022", _CAP),
        F("fdi_capital", "Vốn FDI đăng ký cấp mới và tăng thêm", 1240.8e6, "USD", "triệu USD", "2023", _CAP,
          base=("2022", 186.5e6)),
        F("fdi_capital", "Vốn FDI đăng ký cấp mới và tăng thêm", 95.4e6, "USD", "triệu USD", "2024-9M", _CAP,
          ch=_down(72.6), approx=True),
        F("fdi_disbursed", "Vốn FDI thực hiện (giải ngân)", 112.3e6, "USD", "triệu USD", "2022", _DIS),
        F("fdi_disbursed", "Vốn FDI thực hiện (giải ngân)", 168.9e6, "USD", "triệu USD", "2023", _DIS, base=("2022", 112.3e6)),
        F("fdi_disbursed", "Vốn FDI thực hiện (giải ngân)", 121.7e6, "USD", "triệu USD", "2024-9M", _DIS, ch=_up(9.8),
          approx=True),
        F("export_value", "Kim ngạch xuất khẩu", 2185.6e6, "USD", "triệu USD", "2022", _EXP),
        F("export_value", "Kim ngạch xuất khẩu", 2354.1e6, "USD", "triệu USD", "2023", _EXP, base=("2022", 2185.6e6)),
        F("export_value", "Kim ngạch xuất khẩu", 1896.2e6, "USD", "triệu USD", "2024-9M", _EXP, ch=_up(11.3), approx=True),
        F("import_value", "Kim ngạch nhập khẩu", 2910.4e6, "USD", "triệu USD", "2022", _IMP),
        F("import_value", "Kim ngạch nhập khẩu", 2688.7e6, "USD", "triệu USD", "2023", _IMP, base=("2022", 2910.4e6)),
        F("import_value", "Kim ngạch nhập khẩu", 2105.9e6, "USD", "triệu USD", "2024-9M", _IMP, ch=_down(3.5), approx=True),
        F("articles", "Tin, bài tiếng nước ngoài đăng trên Cổng TTĐT tỉnh", 385, "count", "tin, bài", "2022", _ART),
        F("articles", "Tin, bài tiếng nước ngoài đăng trên Cổng TTĐT tỉnh", 642, "count", "tin, bài", "2023", _ART,
          base=("2022", 385)),
        F("articles", "Tin, bài tiếng nước ngoài đăng trên Cổng TTĐT tỉnh", 530, "count", "tin, bài", "2024-9M", _ART,
          ch=_up(21.4), approx=True),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Hàn", 96200, "visits", "nghìn lượt", "2022", _VIS),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Hàn", 171500, "visits", "nghìn lượt", "2023",
          _VIS, base=("2022", 96200)),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Hàn", 148300, "visits", "nghìn lượt", "2024-9M",
          _VIS, ch=_up(19.7), approx=True),
        F("followers", "Người theo dõi Fanpage “Quang Ngai Tourism”", 13850, "people", "người", "2023", _FOL),
        F("followers", "Người theo dõi Fanpage “Quang Ngai Tourism”", 21400, "people", "người", "2024-9M", _FOL, approx=True),
        F("delegations", "Đoàn phóng viên nước ngoài đến tác nghiệp", 1, "count", "đoàn", "2022", _DEL),
        F("delegations", "Đoàn phóng viên nước ngoài đến tác nghiệp", 4, "count", "đoàn", "2023", _DEL, base=("2022", 1)),
        F("delegations", "Đoàn phóng viên nước ngoài đến tác nghiệp", 3, "count", "đoàn", "2024-9M", _DEL, ch=_up(50.0),
          approx=True),
        F("events", "Chương trình xúc tiến đầu tư, du lịch tổ chức ở nước ngoài", 2, "count", "chương trình", "2022", _EVT),
        F("events", "Chương trình xúc tiến đầu tư, du lịch tổ chức ở nước ngoài", 5, "count", "chương trình", "2023", _EVT,
          base=("2022", 2)),
        F("events", "Chương trình xúc tiến đầu tư, du lịch tổ chức ở nước ngoài", 3, "count", "chương trình", "2024-9M", _EVT,
          approx=True),
        F("videos", "Video, phóng sự quảng bá phát trên kênh truyền hình đối ngoại", 8, "count", "sản phẩm", "2022", _VID),
        F("videos", "Video, phóng sự quảng bá phát trên kênh truyền hình đối ngoại", 15, "count", "sản phẩm", "2023", _VID,
          base=("2022", 8)),
        F("videos", "Video, phóng sự quảng bá phát trên kênh truyền hình đối ngoại", 11, "count", "sản phẩm", "2024-9M", _VID,
          ch=_up(37.5), approx=True),
        F("budget", "Kinh phí thực hiện Kế hoạch truyền thông quảng bá", 1380e6, "VND", "triệu đồng", "2023", _BUD),
        F("budget", "Kinh phí thực hiện Kế hoạch truyền thông quảng bá", 950e6, "VND", "triệu đồng", "2024-9M", _BUD,
          approx=True),
    ],
    strengths=["Kế hoạch được ban hành kịp thời", "Các sản phẩm truyền thông sử dụng thống nhất một thông điệp",
               "Lượng khách quốc tế và vốn đầu tư nước ngoài tăng mạnh"],
    difficulties=["Nguồn kinh phí bố trí cho truyền thông quảng bá", "Sản phẩm truyền thông bằng tiếng Nhật"],
    causes_objective=["Nguyên nhân khách quan: Quảng Ngãi chưa có đường bay"],
    causes_subjective=["Nguyên nhân chủ quan: đội ngũ cán bộ"],
    lessons=["Chiến dịch quảng bá Lý Sơn gắn với mùa tỏi", "Việc in ấn phẩm giấy số lượng lớn"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh kết nối"),
        (None, ["mocst"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch quan tâm"),
        (None, ["government"], "Kiến nghị Chính phủ bố trí nguồn kinh phí"),
    ],
)
