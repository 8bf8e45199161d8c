"""Long An: text PDF, bold typed headings, 13 pt. Plan not built (activities merged into the yearly
thông tin đối ngoại plan 61/KH-UBND, a distractor); factors between semicolons, one with a
parenthesis; the results are a statistics table of another shape than Quảng Ngãi's: two header
rows ("So sánh (%)" over "2023/2022 | 9T2024/ 9T2023"), group rows spanning every column
("I. DU LỊCH", "II. THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI"), values in "lượt" with dot thousands,
"tỷ đồng", "triệu USD"; rows whose metric comes from the group ("Vốn đăng ký cấp mới và điều chỉnh
tăng", "Vốn thực hiện" under the FDI group); a falling export value (ratio 96,0); it starts low on
a page and continues on the next under its repeated header rows. Ratio columns give no change."""

from kit.gold import F

SAMPLE = dict(
    stem="LongAn_BC318_UBND_quangba_hinhanh",
    format="pdf",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="VP UBND tinh Long An",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"], number="318/BC-UBND",
                place_date="Long An, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả công tác truyền thông quảng bá hình ảnh tỉnh Long An",
           "ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Long An", issuer="Ủy ban nhân dân tỉnh Long An", number="318/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Long An ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Nguyễn Văn Út", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Long An báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
Đến nay, tỉnh chưa xây dựng Kế hoạch riêng về truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới. Các hoạt động quảng bá được lồng ghép thực hiện trong Kế hoạch số 61/KH-UBND ngày 05/3/2024 của UBND tỉnh về công tác thông tin đối ngoại năm 2024 và chương trình xúc tiến đầu tư hằng năm.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Tỉnh xác định 03 yếu tố trọng tâm: vị trí cửa ngõ kết nối Thành phố Hồ Chí Minh với vùng Đồng bằng sông Cửu Long; hệ thống khu, cụm công nghiệp và Cảng quốc tế Long An; nông sản đặc trưng (gạo Nàng thơm chợ Đào, thanh long Châu Thành, chanh không hạt Bến Lức).
Thông điệp được dùng trong các hội nghị xúc tiến và ấn phẩm giới thiệu là “Long An - Cửa ngõ miền Tây, điểm đến tin cậy của nhà đầu tư”.
## 3.|Phương thức, kênh truyền thông
- Trang tiếng Anh của Cổng Thông tin điện tử tỉnh đăng tải thông tin về môi trường đầu tư, thủ tục hành chính cho nhà đầu tư nước ngoài.
- Fanpage “Long An Investment” do Trung tâm Xúc tiến đầu tư, thương mại và du lịch quản lý, ra mắt từ tháng 3/2023.
- Báo Long An và Đài Phát thanh và Truyền hình Long An thực hiện chuyên mục “Long An hội nhập” phát trên sóng và nền tảng số.
- Tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc (tháng 6/2023) và Nhật Bản (tháng 5/2024) với sự hỗ trợ của Tổng Lãnh sự quán Việt Nam tại Osaka.
- Phát hành 2.000 cuốn ấn phẩm “Long An - Investment Guide” bằng 03 thứ tiếng Anh, Hàn, Nhật.
- Phối hợp với Kênh truyền hình đối ngoại VTV4 và Thông tấn xã Việt Nam thực hiện phóng sự giới thiệu Làng nổi Tân Lập, Khu di tích Vàm Nhựt Tảo và các khu công nghiệp của tỉnh.
- Tham gia Hội chợ Thực phẩm quốc tế FOODEX Japan 2024 tại Tokyo, giới thiệu gạo Nàng thơm chợ Đào và thanh long Long An.
Đánh giá chung, hội nghị xúc tiến đầu tư trực tiếp và ấn phẩm chuyên đề là những kênh có hiệu quả rõ nhất đối với nhà đầu tư; các kênh trên mạng xã hội mới ở giai đoạn đầu, lượng người theo dõi còn khiêm tốn.
## 4.|Kết quả đạt được
Nhờ đẩy mạnh quảng bá gắn với xúc tiến đầu tư, số đoàn nhà đầu tư nước ngoài đến tìm hiểu môi trường đầu tư tăng rõ rệt; lượng khách quốc tế năm 2023 tăng mạnh so với năm 2022. Tuy nhiên, kim ngạch xuất khẩu năm 2023 giảm nhẹ do ảnh hưởng chung của thị trường thế giới, đến 9 tháng năm 2024 đã phục hồi. Kết quả cụ thể như sau:
@table widths=1.0,4.2,1.6,2.2,2.2,2.2,1.7,1.7 size=11
|! TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | 9 tháng 2024 | So sánh (%) | < |
|! ^ | ^ | ^ | ^ | ^ | ^ | 2023/ 2022 | 9T2024/ 9T2023 |
| I. DU LỊCH | < | < | < | < | < | < | < |
| 1 | Tổng lượt khách du lịch | lượt | 2.412.300 | 3.168.500 | 2.651.000 | 131,3 | 112,6 |
| 2 | Khách quốc tế | lượt | 21.450 | 45.870 | 41.200 | 213,8 | 118,2 |
| 3 | Tổng thu từ du lịch | tỷ đồng | 1.025,6 | 1.482,3 | 1.190,4 | 144,5 | 109,5 |
| II. THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI | < | < | < | < | < | < | < |
| 4 | Dự án cấp mới | dự án | 78 | 92 | 61 | 117,9 | 87,1 |
| 5 | Vốn đăng ký cấp mới và điều chỉnh tăng | triệu USD | 1.085,2 | 1.342,7 | 905,3 | 123,7 | 96,8 |
| 6 | Vốn thực hiện | triệu USD | 702,5 | 815,0 | 640,8 | 116,0 | 104,3 |
| 7 | Đoàn nhà đầu tư nước ngoài đến tìm hiểu, làm việc | đoàn | 35 | 48 | 41 | 137,1 | 117,1 |
| III. THƯƠNG MẠI | < | < | < | < | < | < | < |
| 8 | Kim ngạch xuất khẩu | triệu USD | 7.520,4 | 7.218,9 | 5.860,2 | 96,0 | 108,4 |
| 9 | Kim ngạch nhập khẩu | triệu USD | 5.112,7 | 4.980,3 | 4.105,6 | 97,4 | 111,9 |
| IV. THÔNG TIN ĐỐI NGOẠI | < | < | < | < | < | < | < |
| 10 | Tin, bài trên trang tiếng Anh của Cổng TTĐT tỉnh | tin, bài | 156 | 248 | 205 | 159,0 | 121,3 |
| 11 | Lượt truy cập trang tiếng Anh | lượt | 38.600 | 71.250 | 64.900 | 184,6 | 126,4 |
| 12 | Lượt theo dõi Fanpage “Long An Investment” | lượt | - | 4.820 | 7.350 | - | - |
| 13 | Hội nghị xúc tiến đầu tư tổ chức ở nước ngoài | hội nghị | - | 1 | 1 |  |  |
> Nguồn: Cục Thống kê tỉnh, Sở Kế hoạch và Đầu tư, Sở Văn hóa, Thể thao và Du lịch.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Công tác quảng bá gắn chặt với xúc tiến đầu tư, hướng đúng vào thị trường Hàn Quốc, Nhật Bản là các nhà đầu tư lớn của tỉnh.
- Thông điệp nhất quán trong các hội nghị, ấn phẩm, được nhà đầu tư ghi nhận.
## {2.2} 2.|Hạn chế, khó khăn và nguyên nhân
- Chưa có Kế hoạch riêng theo cách làm mới nên chưa huy động được nguồn lực tổng thể.
- Sản phẩm du lịch chưa đặc sắc, thời gian lưu trú của khách quốc tế ngắn.
- Kim ngạch xuất khẩu năm 2023 giảm do đơn hàng từ các thị trường lớn sụt giảm.
- Về nguyên nhân khách quan, kinh tế thế giới phục hồi chậm, cạnh tranh thu hút đầu tư giữa các địa phương trong vùng ngày càng lớn.
- Về nguyên nhân chủ quan, nhận thức của một số cơ quan, đơn vị về truyền thông quảng bá theo cách làm mới chưa đầy đủ; kinh phí còn phân tán.
## {2.3} 3.|Bài học kinh nghiệm
- Lấy nhà đầu tư làm trung tâm, giới thiệu thông tin cụ thể về quỹ đất, hạ tầng, thủ tục thay vì nội dung chung chung.
- Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài giúp tiếp cận đúng đối tượng với chi phí thấp.
# {3} III.|KIẾN NGHỊ, ĐỀ XUẤT
- Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn, biểu mẫu thống kê thống nhất để đánh giá hiệu quả truyền thông quảng bá trước và sau khi thực hiện Kế hoạch.
- Đề nghị Bộ Kế hoạch và Đầu tư hỗ trợ tỉnh tham gia các đoàn xúc tiến đầu tư quốc gia tại Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc).
""",
    closing=["Trên đây là báo cáo kết quả công tác truyền thông quảng bá hình ảnh tỉnh Long An ra nước ngoài theo cách làm mới, UBND tỉnh Long An kính báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT (b/c);", "- Cục TTĐN;", "- TT.TU, TT.HĐND tỉnh;", "- CT, các PCT.UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL, Sở KH&ĐT, Sở Ngoại vụ;", "- Phòng KGVX;", "- Lưu: VT, Hg."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Út"],
)

_V, _I, _R = "Tổng lượt khách du lịch | lượt", "| Khách quốc tế | lượt", "Tổng thu từ du lịch | tỷ đồng"
_P, _C, _D, _DEL = ("Dự án cấp mới | dự án", "Vốn đăng ký cấp mới và điều chỉnh tăng", "Vốn thực hiện | triệu USD",
                    "Đoàn nhà đầu tư nước ngoài đến tìm hiểu")
_X, _M = "Kim ngạch xuất khẩu | triệu USD", "Kim ngạch nhập khẩu | triệu USD"
_A, _S, _FB, _HN = ("Tin, bài trên trang tiếng Anh", "Lượt truy cập trang tiếng Anh |", "Lượt theo dõi Fanpage",
                    "Hội nghị xúc tiến đầu tư tổ chức ở nước ngoài |")

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="tỉnh chưa xây dựng Kế hoạch riêng"),
    factors=dict(identified=True, items=[
        ("vị trí cửa ngõ kết nối Thành phố Hồ Chí Minh với vùng Đồng bằng sông Cửu Long", "business_potential",
         "Tỉnh xác định 03 yếu tố trọng tâm"),
        ("hệ thống khu, cụm công nghiệp và Cảng quốc tế Long An", "business_potential", "Tỉnh xác định 03 yếu tố trọng tâm"),
        ("nông sản đặc trưng (gạo Nàng thơm chợ Đào, thanh long Châu Thành, chanh không hạt Bến Lức)", "products",
         "Tỉnh xác định 03 yếu tố trọng tâm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Long An - Cửa ngõ miền Tây, điểm đến tin cậy của nhà đầu tư", "Thông điệp được dùng trong các hội nghị xúc tiến"),
    ]),
    channels=[
        ("portal", "Trang tiếng Anh của Cổng Thông tin điện tử tỉnh", "Trang tiếng Anh của Cổng Thông tin điện tử tỉnh đăng tải"),
        ("facebook", "Fanpage “Long An Investment”", "Fanpage “Long An Investment” do Trung tâm"),
        ("local_media", "Báo Long An", "Báo Long An và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Long An", "Báo Long An và Đài Phát thanh"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Hàn Quốc (tháng 6/2023) và Nhật Bản (tháng 5/2024)",
         "Tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc"),
        ("overseas_missions", "Tổng Lãnh sự quán Việt Nam tại Osaka", "Tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc"),
        ("publications", "ấn phẩm “Long An - Investment Guide”", "Phát hành 2.000 cuốn ấn phẩm"),
        ("national_media", "Kênh truyền hình đối ngoại VTV4", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("national_media", "Thông tấn xã Việt Nam", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("trade_promotion", "Hội chợ Thực phẩm quốc tế FOODEX Japan 2024 tại Tokyo", "Tham gia Hội chợ Thực phẩm quốc tế"),
    ],
    figures=[
        F("publications", "ấn phẩm", 2000, "count", "cuốn", None, "Phát hành 2.000 cuốn ấn phẩm"),
        F("languages", "thứ tiếng", 3, "count", "thứ tiếng", None, "Phát hành 2.000 cuốn ấn phẩm"),
        F("visitors_total", "Tổng lượt khách du lịch", 2412300, "visits", "lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 3168500, "visits", "lượt", "2023", _V, base=("2022", 2412300)),
        F("visitors_total", "Tổng lượt khách du lịch", 2651000, "visits", "lượt", "2024-9M", _V),
        F("visitors_international", "Khách quốc tế", 21450, "visits", "lượt", "2022", _I),
        F("visitors_international", "Khách quốc tế", 45870, "visits", "lượt", "2023", _I, base=("2022", 21450)),
        F("visitors_international", "Khách quốc tế", 41200, "visits", "lượt", "2024-9M", _I),
        F("tourism_revenue", "Tổng thu từ du lịch", 1025.6e9, "VND", "tỷ đồng", "2022", _R),
        F("tourism_revenue", "Tổng thu từ du lịch", 1482.3e9, "VND", "tỷ đồng", "2023", _R, base=("2022", 1025.6e9)),
        F("tourism_revenue", "Tổng thu từ du lịch", 1190.4e9, "VND", "tỷ đồng", "2024-9M", _R),
        F("fdi_projects", "Dự án cấp mới", 78, "count", "dự án", "2022", _P),
        F("fdi_projects", "Dự án cấp mới", 92, "count", "dự án", "2023", _P, base=("2022", 78)),
        F("fdi_projects", "Dự án cấp mới", 61, "count", "dự án", "2024-9M", _P),
        F("fdi_capital", "Vốn đăng ký cấp mới và điều chỉnh tăng", 1085.2e6, "USD", "triệu USD", "2022", _C),
        F("fdi_capital", "Vốn đăng ký cấp mới và điều chỉnh tăng", 1342.7e6, "USD", "triệu USD", "2023", _C,
          base=("2022", 1085.2e6)),
        F("fdi_capital", "Vốn đăng ký cấp mới và điều chỉnh tăng", 905.3e6, "USD", "triệu USD", "2024-9M", _C),
        F("fdi_disbursed", "Vốn thực hiện", 702.5e6, "USD", "triệu USD", "2022", _D),
        F("fdi_disbursed", "Vốn thực hiện", 815.0e6, "USD", "triệu USD", "2023", _D, base=("2022", 702.5e6)),
        F("fdi_disbursed", "Vốn thực hiện", 640.8e6, "USD", "triệu USD", "2024-9M", _D),
        F("delegations", "Đoàn nhà đầu tư nước ngoài đến tìm hiểu, làm việc", 35, "count", "đoàn", "2022", _DEL),
        F("delegations", "Đoàn nhà đầu tư nước ngoài đến tìm hiểu, làm việc", 48, "count", "đoàn", "2023", _DEL,
          base=("2022", 35)),
        F("delegations", "Đoàn nhà đầu tư nước ngoài đến tìm hiểu, làm việc", 41, "count", "đoàn", "2024-9M", _DEL),
        F("export_value", "Kim ngạch xuất khẩu", 7520.4e6, "USD", "triệu USD", "2022", _X),
        F("export_value", "Kim ngạch xuất khẩu", 7218.9e6, "USD", "triệu USD", "2023", _X, base=("2022", 7520.4e6)),
        F("export_value", "Kim ngạch xuất khẩu", 5860.2e6, "USD", "triệu USD", "2024-9M", _X),
        F("import_value", "Kim ngạch nhập khẩu", 5112.7e6, "USD", "triệu USD", "2022", _M),
        F("import_value", "Kim ngạch nhập khẩu", 4980.3e6, "USD", "triệu USD", "2023", _M, base=("2022", 5112.7e6)),
        F("import_value", "Kim ngạch nhập khẩu", 4105.6e6, "USD", "triệu USD", "2024-9M", _M),
        F("articles", "Tin, bài trên trang tiếng Anh của Cổng TTĐT tỉnh", 156, "count", "tin, bài", "2022", _A),
        F("articles", "Tin, bài trên trang tiếng Anh của Cổng TTĐT tỉnh", 248, "count", "tin, bài", "2023", _A,
          base=("2022", 156)),
        F("articles", "Tin, bài trên trang tiếng Anh của Cổng TTĐT tỉnh", 205, "count", "tin, bài", "2024-9M", _A),
        F("site_visits", "Lượt truy cập trang tiếng Anh", 38600, "visits", "lượt", "2022", _S),
        F("site_visits", "Lượt truy cập trang tiếng Anh", 71250, "visits", "lượt", "2023", _S, base=("2022", 38600)),
        F("site_visits", "Lượt truy cập trang tiếng Anh", 64900, "visits", "lượt", "2024-9M", _S),
        F("followers", "Lượt theo dõi Fanpage “Long An Investment”", 4820, "visits", "lượt", "2023", _FB),
        F("followers", "Lượt theo dõi Fanpage “Long An Investment”", 7350, "visits", "lượt", "2024-9M", _FB),
        F("events", "Hội nghị xúc tiến đầu tư tổ chức ở nước ngoài", 1, "count", "hội nghị", "2023", _HN),
        F("events", "Hội nghị xúc tiến đầu tư tổ chức ở nước ngoài", 1, "count", "hội nghị", "2024-9M", _HN),
    ],
    strengths=["Công tác quảng bá gắn chặt với xúc tiến đầu tư", "Thông điệp nhất quán trong các hội nghị"],
    difficulties=["Chưa có Kế hoạch riêng theo cách làm mới", "Sản phẩm du lịch chưa đặc sắc",
                  "Kim ngạch xuất khẩu năm 2023 giảm"],
    causes_objective=["Về nguyên nhân khách quan, kinh tế thế giới"],
    causes_subjective=["Về nguyên nhân chủ quan, nhận thức"],
    lessons=["Lấy nhà đầu tư làm trung tâm", "Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài giúp"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn"),
        (None, ["mpi"], "Đề nghị Bộ Kế hoạch và Đầu tư hỗ trợ"),
    ],
)
