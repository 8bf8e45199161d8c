"""Bắc Giang: .docx with Word heading styles (Heading 1 "I." / Heading 2 "1."), 13 pt. Plan built
("Ngày 14/4/2023, UBND tỉnh ban hành Kế hoạch số 156/KH-UBND ...") beside a yearly TTĐN plan
(25/KH-UBND) as distractor; one factor per bullet with head phrases cut at ":", "(", "với" and a
dash apposition; Vietnamese message with an English version; channels in bullets with figures
("khoảng 215 nghìn lượt truy cập, tăng 38% so với cùng kỳ năm 2023", "hơn 46.000 người theo dõi
(cuối năm 2022 là 18.500 người)"); a "Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 9 tháng 2024" table
with "1.126,5" triệu USD; "đứng thứ 9/63"; budget figure inside the difficulties; "* Nguyên nhân:"
with "+ Về khách quan, ..." / "+ Về chủ quan, ..."; recommendations to Chính phủ, Bộ TTTT, Bộ Ngoại
giao and "Bộ Công Thương, Bộ Nông nghiệp và Phát triển nông thôn"."""

from kit.gold import F

SAMPLE = dict(
    stem="BacGiang_BC412-UBND_quangba_2024",
    format="docx",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="VP UBND tinh Bac Giang",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"], number="412/BC-UBND",
                place_date="Bắc Giang, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả truyền thông quảng bá hình ảnh tỉnh Bắc Giang ra nước ngoài",
           "theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Bắc Giang", issuer="Ủy ban nhân dân tỉnh Bắc Giang", number="412/BC-UBND", date="2024-09-23",
        title="Báo cáo kết quả truyền thông quảng bá hình ảnh tỉnh Bắc Giang ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Nguyễn Văn Lượng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Bắc Giang báo cáo như sau:
""",
    body="""
# {1} I.|KẾT QUẢ THỰC HIỆN
## 1.|Việc ban hành và tổ chức thực hiện Kế hoạch
Ngày 14/4/2023, UBND tỉnh ban hành Kế hoạch số 156/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Bắc Giang ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025 (sau đây gọi là Kế hoạch 156). Trên cơ sở đó, 10/10 huyện, thành phố và các sở, ngành liên quan đã xây dựng kế hoạch triển khai cụ thể; Sở Thông tin và Truyền thông là cơ quan thường trực, phối hợp với Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch, Ban Quản lý các khu công nghiệp tỉnh tổ chức thực hiện.
Các nhiệm vụ của Kế hoạch 156 được lồng ghép với Kế hoạch số 25/KH-UBND ngày 20/01/2024 của UBND tỉnh về công tác thông tin đối ngoại năm 2024 để sử dụng hiệu quả nguồn lực.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Trong 22 yếu tố truyền thông theo hướng dẫn của Bộ Thông tin và Truyền thông, tỉnh lựa chọn 04 yếu tố thế mạnh để tập trung quảng bá:
- Môi trường đầu tư, kinh doanh: hệ thống các khu công nghiệp đồng bộ hạ tầng, kết nối thuận lợi với Thủ đô Hà Nội, cảng biển Hải Phòng và cửa khẩu Hữu Nghị.
- Vải thiều Lục Ngạn và các nông sản mang chỉ dẫn địa lý (gà đồi Yên Thế, cam Bố Hạ, mỳ Chũ).
- Hệ thống di sản văn hóa - Dân ca Quan họ, Ca trù, Mộc bản chùa Vĩnh Nghiêm (Di sản tư liệu thế giới).
- Du lịch tâm linh, sinh thái Tây Yên Tử với quần thể di tích Thiền phái Trúc Lâm.
Thông điệp truyền thông chung được thống nhất sử dụng là “Bắc Giang - Điểm đến của nhà đầu tư, miền quê của di sản”, phiên bản tiếng Anh là “Bac Giang - Where Investors Land, Where Heritage Lives”.
## 3.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh có phiên bản tiếng Anh, tiếng Trung, tiếng Hàn; 9 tháng năm 2024, các phiên bản ngoại ngữ thu hút khoảng 215 nghìn lượt truy cập, tăng 38% so với cùng kỳ năm 2023.
- Trang Facebook “Invest in Bac Giang” và kênh YouTube “Bắc Giang Investment & Tourism” do Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh quản lý; đến tháng 8/2024, trang Facebook có hơn 46.000 người theo dõi (cuối năm 2022 là 18.500 người).
- Phối hợp với Kênh Truyền hình đối ngoại VTV4 và Hệ phát thanh đối ngoại VOV5 sản xuất, phát sóng 32 phóng sự, chương trình về Bắc Giang trong năm 2023.
- Tổ chức Hội nghị xúc tiến đầu tư tại Seoul, Hàn Quốc (tháng 11/2023) và Osaka, Nhật Bản (tháng 5/2024); năm 2024 tổ chức 05 sự kiện xúc tiến tiêu thụ vải thiều tại Nhật Bản, Các Tiểu vương quốc Ả Rập Thống nhất và Trung Quốc.
- Phối hợp với Đại sứ quán Việt Nam tại Nhật Bản, Hàn Quốc và Thương vụ Việt Nam tại UAE giới thiệu tiềm năng của tỉnh tới cộng đồng doanh nghiệp sở tại.
- Năm 2023, xuất bản bộ ấn phẩm “Bắc Giang - Vùng đất của cơ hội” bằng 05 thứ tiếng với 12.000 bản, cấp phát tại các sự kiện xúc tiến trong và ngoài nước.
## 4.|Kết quả đạt được
Hình ảnh Bắc Giang ngày càng được cộng đồng doanh nghiệp quốc tế biết đến; chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của tỉnh đứng thứ 9/63 tỉnh, thành phố. Một số chỉ tiêu kinh tế - xã hội liên quan đến công tác quảng bá như sau:
| Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 9 tháng 2024 |
| Vốn FDI đăng ký (cấp mới và điều chỉnh) | Triệu USD | 1.126,5 | 1.689,2 | 1.248,7 |
| Số dự án FDI cấp mới | Dự án | 64 | 78 | 51 |
| Kim ngạch xuất khẩu | Triệu USD | 25.630 | 24.410 | 23.150 |
| Tổng lượt khách du lịch | Lượt | 2.150.000 | 2.810.000 | 2.390.000 |
| Khách quốc tế | Lượt | 23.400 | 41.200 | 38.600 |
> Nguồn: Cục Thống kê tỉnh Bắc Giang, Ban Quản lý các khu công nghiệp tỉnh.
Doanh thu từ du lịch năm 2023 ước đạt 1.850 tỷ đồng, tăng 31,6% so với năm 2022. Vụ vải thiều năm 2024, sản lượng vải xuất khẩu đạt trên 45.000 tấn, lần đầu tiên vải thiều Lục Ngạn được xuất khẩu chính ngạch sang thị trường Ấn Độ.
# {2} II.|ĐÁNH GIÁ
## {2.1} 1.|Những kết quả nổi bật
- Kế hoạch 156 được triển khai đồng bộ, có sự phối hợp chặt chẽ giữa các sở, ngành và địa phương.
- Nội dung quảng bá tập trung vào thế mạnh về công nghiệp và nông sản, góp phần thu hút nhiều nhà đầu tư lớn từ Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc).
- Việc ứng dụng nền tảng số giúp mở rộng đáng kể lượng người tiếp cận thông tin về tỉnh với chi phí thấp.
## {2.2} 2.|Tồn tại, hạn chế và nguyên nhân
- Kinh phí bố trí cho hoạt động truyền thông đối ngoại còn thấp, năm 2024 chỉ khoảng 1,2 tỷ đồng.
- Sản phẩm truyền thông bằng tiếng Trung, tiếng Hàn chưa nhiều, chất lượng dịch thuật chưa đồng đều.
- Chưa có cơ chế đo lường hiệu quả truyền thông trên các nền tảng số.
* Nguyên nhân:
+ Về khách quan, cạnh tranh thu hút đầu tư giữa các địa phương vùng Thủ đô ngày càng gay gắt; chi phí quảng bá trên báo chí nước ngoài cao.
+ Về chủ quan, đội ngũ cán bộ làm công tác thông tin đối ngoại ở cấp huyện còn kiêm nhiệm, hạn chế về ngoại ngữ và kỹ năng sản xuất nội dung số.
## {2.3} 3.|Bài học kinh nghiệm
- Xác định đúng thị trường mục tiêu (Hàn Quốc, Nhật Bản, Trung Quốc) để tập trung nguồn lực, tránh dàn trải.
- Gắn quảng bá hình ảnh với các sự kiện xúc tiến thương mại nông sản mang lại hiệu quả kép: vừa tiêu thụ sản phẩm, vừa lan tỏa hình ảnh địa phương.
- Huy động các doanh nghiệp FDI đang hoạt động trên địa bàn làm “đại sứ” giới thiệu môi trường đầu tư của tỉnh.
# {3} III.|KIẾN NGHỊ, ĐỀ XUẤT
- Đề nghị Chính phủ sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài, làm căn cứ để các địa phương xây dựng kế hoạch dài hạn.
- Đề nghị Bộ Thông tin và Truyền thông xây dựng bộ tiêu chí, công cụ đo lường hiệu quả truyền thông quảng bá trên môi trường số; tăng cường tập huấn cho cán bộ làm công tác thông tin đối ngoại của địa phương.
- Đề nghị Bộ Ngoại giao chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài tiếp tục hỗ trợ tỉnh kết nối với các tập đoàn, nhà đầu tư tiềm năng.
- Đề nghị Bộ Công Thương, Bộ Nông nghiệp và Phát triển nông thôn hỗ trợ tỉnh quảng bá, mở rộng thị trường xuất khẩu vải thiều và các nông sản có chỉ dẫn địa lý.
""",
    closing=["Trên đây là báo cáo kết quả truyền thông quảng bá hình ảnh tỉnh Bắc Giang ra nước ngoài theo cách làm mới, "
             "UBND tỉnh Bắc Giang trân trọng báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Sở TT&TT, Sở Ngoại vụ;", "- VP UBND tỉnh: LĐVP, TH, KGVX;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Lượng"],
)

GOLD = dict(
    plan=dict(status="built", references=[("156/KH-UBND", "2023-04-14")],
              ev="Ngày 14/4/2023, UBND tỉnh ban hành Kế hoạch số 156/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Môi trường đầu tư, kinh doanh", "business_potential", "Môi trường đầu tư, kinh doanh: hệ thống"),
        ("Vải thiều Lục Ngạn và các nông sản mang chỉ dẫn địa lý", "products", "Vải thiều Lục Ngạn và các nông sản"),
        ("Hệ thống di sản văn hóa", "culture_heritage", "Hệ thống di sản văn hóa - Dân ca Quan họ"),
        ("Du lịch tâm linh, sinh thái Tây Yên Tử", "tourism", "Du lịch tâm linh, sinh thái Tây Yên Tử"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bắc Giang - Điểm đến của nhà đầu tư, miền quê của di sản", "Thông điệp truyền thông chung"),
        ("Bac Giang - Where Investors Land, Where Heritage Lives", "Thông điệp truyền thông chung"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh có phiên bản tiếng Anh, tiếng Trung, tiếng Hàn",
         "Cổng Thông tin điện tử tỉnh có phiên bản"),
        ("facebook", "Trang Facebook “Invest in Bac Giang”", "Trang Facebook “Invest in Bac Giang”"),
        ("youtube", "kênh YouTube “Bắc Giang Investment & Tourism”", "Trang Facebook “Invest in Bac Giang”"),
        ("national_media", "Kênh Truyền hình đối ngoại VTV4", "Hệ phát thanh đối ngoại VOV5"),
        ("national_media", "Hệ phát thanh đối ngoại VOV5", "Hệ phát thanh đối ngoại VOV5"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Seoul, Hàn Quốc (tháng 11/2023) và Osaka, Nhật Bản (tháng 5/2024)",
         "Tổ chức Hội nghị xúc tiến đầu tư tại Seoul"),
        ("trade_promotion", "05 sự kiện xúc tiến tiêu thụ vải thiều tại Nhật Bản, Các Tiểu vương quốc Ả Rập Thống nhất và Trung Quốc",
         "Tổ chức Hội nghị xúc tiến đầu tư tại Seoul"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Nhật Bản, Hàn Quốc", "Phối hợp với Đại sứ quán Việt Nam"),
        ("overseas_missions", "Thương vụ Việt Nam tại UAE", "Phối hợp với Đại sứ quán Việt Nam"),
        ("publications", "bộ ấn phẩm “Bắc Giang - Vùng đất của cơ hội”", "xuất bản bộ ấn phẩm"),
    ],
    figures=[
        F("site_visits", "lượt truy cập (các phiên bản ngoại ngữ của Cổng)", 215000, "visits", "nghìn lượt truy cập",
          "2024-9M", "khoảng 215 nghìn lượt truy cập", ch=("increase", 38.0, None, "2023-9M"), approx=True),
        F("followers", "người theo dõi (trang Facebook)", 18500, "people", "người", "2022", "hơn 46.000 người theo dõi"),
        F("followers", "người theo dõi (trang Facebook)", 46000, "people", "người", "2024-08", "hơn 46.000 người theo dõi",
          base=("2022", 18500), approx=True),
        F("articles", "phóng sự, chương trình về Bắc Giang", 32, "count", "phóng sự, chương trình", "2023",
          "32 phóng sự, chương trình"),
        F("events", "sự kiện xúc tiến tiêu thụ vải thiều", 5, "count", "sự kiện", "2024", "05 sự kiện xúc tiến tiêu thụ"),
        F("languages", "thứ tiếng (bộ ấn phẩm)", 5, "count", "thứ tiếng", "2023", "bằng 05 thứ tiếng"),
        F("publications", "bản (bộ ấn phẩm)", 12000, "count", "bản", "2023", "bằng 05 thứ tiếng"),
        # the table
        F("fdi_capital", "Vốn FDI đăng ký (cấp mới và điều chỉnh)", 1126.5e6, "USD", "Triệu USD", "2022", "Vốn FDI đăng ký (cấp mới"),
        F("fdi_capital", "Vốn FDI đăng ký (cấp mới và điều chỉnh)", 1689.2e6, "USD", "Triệu USD", "2023", "Vốn FDI đăng ký (cấp mới",
          base=("2022", 1126.5e6)),
        F("fdi_capital", "Vốn FDI đăng ký (cấp mới và điều chỉnh)", 1248.7e6, "USD", "Triệu USD", "2024-9M", "Vốn FDI đăng ký (cấp mới"),
        F("fdi_projects", "Số dự án FDI cấp mới", 64, "count", "Dự án", "2022", "Số dự án FDI cấp mới | Dự án"),
        F("fdi_projects", "Số dự án FDI cấp mới", 78, "count", "Dự án", "2023", "Số dự án FDI cấp mới | Dự án", base=("2022", 64)),
        F("fdi_projects", "Số dự án FDI cấp mới", 51, "count", "Dự án", "2024-9M", "Số dự án FDI cấp mới | Dự án"),
        F("export_value", "Kim ngạch xuất khẩu", 25630e6, "USD", "Triệu USD", "2022", "Kim ngạch xuất khẩu | Triệu USD"),
        F("export_value", "Kim ngạch xuất khẩu", 24410e6, "USD", "Triệu USD", "2023", "Kim ngạch xuất khẩu | Triệu USD",
          base=("2022", 25630e6)),
        F("export_value", "Kim ngạch xuất khẩu", 23150e6, "USD", "Triệu USD", "2024-9M", "Kim ngạch xuất khẩu | Triệu USD"),
        F("visitors_total", "Tổng lượt khách du lịch", 2150000, "visits", "Lượt", "2022", "Tổng lượt khách du lịch | Lượt"),
        F("visitors_total", "Tổng lượt khách du lịch", 2810000, "visits", "Lượt", "2023", "Tổng lượt khách du lịch | Lượt",
          base=("2022", 2150000)),
        F("visitors_total", "Tổng lượt khách du lịch", 2390000, "visits", "Lượt", "2024-9M", "Tổng lượt khách du lịch | Lượt"),
        F("visitors_international", "Khách quốc tế", 23400, "visits", "Lượt", "2022", "Khách quốc tế | Lượt"),
        F("visitors_international", "Khách quốc tế", 41200, "visits", "Lượt", "2023", "Khách quốc tế | Lượt",
          base=("2022", 23400)),
        F("visitors_international", "Khách quốc tế", 38600, "visits", "Lượt", "2024-9M", "Khách quốc tế | Lượt"),
        # prose after the table
        F("tourism_revenue", "Doanh thu từ du lịch", 1850e9, "VND", "tỷ đồng", "2023", "Doanh thu từ du lịch năm 2023",
          ch=("increase", 31.6, None, "2022"), approx=True),
        F("other", "sản lượng vải xuất khẩu", 45000, "other", "tấn", "2024", "sản lượng vải xuất khẩu đạt trên 45.000 tấn",
          approx=True),
        # inside the difficulties
        F("budget", "Kinh phí bố trí cho hoạt động truyền thông đối ngoại", 1.2e9, "VND", "tỷ đồng", "2024",
          "Kinh phí bố trí cho hoạt động truyền thông đối ngoại", approx=True),
    ],
    strengths=["Kế hoạch 156 được triển khai đồng bộ", "Nội dung quảng bá tập trung vào thế mạnh",
               "Việc ứng dụng nền tảng số giúp mở rộng"],
    difficulties=["Kinh phí bố trí cho hoạt động truyền thông đối ngoại", "Sản phẩm truyền thông bằng tiếng Trung",
                  "Chưa có cơ chế đo lường hiệu quả"],
    causes_objective=["Về khách quan, cạnh tranh thu hút đầu tư"],
    causes_subjective=["Về chủ quan, đội ngũ cán bộ"],
    lessons=["Xác định đúng thị trường mục tiêu", "Gắn quảng bá hình ảnh với các sự kiện xúc tiến",
             "Huy động các doanh nghiệp FDI"],
    recommendations=[
        (None, ["government"], "Đề nghị Chính phủ sớm ban hành Chiến lược"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông xây dựng bộ tiêu chí"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao chỉ đạo"),
        (None, ["other_ministries"], "Đề nghị Bộ Công Thương, Bộ Nông nghiệp"),
    ],
)
