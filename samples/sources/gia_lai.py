"""Gia Lai: .doc (Word 97), bold headings with arabic top-level labels "1./2./3." and "a)/b)" below.
Plan status as "[ ] ... [x] Đang xây dựng ..." (in progress), with the yearly thông tin đối ngoại plan
(52/KH-UBND) and a tourism Đề án cited as distractors; "+" bullets; key message in Vietnamese
and English; figures mostly in an appendix table after the signature ("PHỤ LỤC: MỘT SỐ SỐ LIỆU",
section "appendix"), years across the columns; "45,6 triệu USD"; ấn phẩm, hội chợ, tỉnh kết nghĩa."""

from kit.gold import F

SAMPLE = dict(
    stem="GiaLai_BC156_UBND_TTDN",
    format="doc",
    layout=dict(headings="bold", signature="table"),
    author="Sở TT&TT Gia Lai",
    header=dict(left=["UBND TỈNH GIA LAI"], number="156/BC-UBND", place_date="Gia Lai, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Về công tác truyền thông quảng bá hình ảnh tỉnh Gia Lai ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Gia Lai", issuer="Ủy ban nhân dân tỉnh Gia Lai", number="156/BC-UBND", date="2024-09-24",
        title="Báo cáo về công tác truyền thông quảng bá hình ảnh tỉnh Gia Lai ra nước ngoài theo cách làm mới",
        signer={"name": "Đỗ Thanh Tùng", "position": "Phó Chủ tịch"}),
    intro="""
Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024, UBND tỉnh Gia Lai báo cáo công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} 1.|Thực trạng xây dựng và triển khai Kế hoạch
## a)|Tình hình xây dựng Kế hoạch
[ ] Đã xây dựng     [x] Đang xây dựng     [ ] Chưa xây dựng
Sở Thông tin và Truyền thông đang phối hợp với Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch truyền thông quảng bá hình ảnh tỉnh Gia Lai ra nước ngoài theo cách làm mới, dự kiến trình UBND tỉnh trong tháng 11/2024. Trong thời gian qua, các hoạt động quảng bá được thực hiện theo Kế hoạch số 52/KH-UBND ngày 10/3/2024 của UBND tỉnh về công tác thông tin đối ngoại năm 2024 và Đề án phát triển du lịch tỉnh Gia Lai giai đoạn 2021 - 2025.
## b)|Yếu tố trọng tâm và thông điệp
Tỉnh xác định các yếu tố truyền thông trọng tâm gồm:
+ Không gian văn hóa Cồng chiêng Tây Nguyên - Di sản văn hóa phi vật thể đại diện của nhân loại;
+ Du lịch sinh thái, cảnh quan núi lửa (Biển Hồ, núi lửa Chư Đăng Ya, thác Phú Cường);
+ Nông sản chủ lực: cà phê, hồ tiêu, sầu riêng, chanh dây;
+ Tiềm năng đầu tư năng lượng tái tạo và nông nghiệp công nghệ cao.
Thông điệp sử dụng thống nhất trên các ấn phẩm, sản phẩm truyền thông là "Gia Lai - Đại ngàn xanh, điểm đến hấp dẫn" (tiếng Anh: "Gia Lai - The Great Green Highlands").
## c)|Các phương thức, kênh truyền thông
+ Cổng thông tin điện tử tỉnh có chuyên mục "Invest in Gia Lai" bằng tiếng Anh, cập nhật chính sách ưu đãi và danh mục dự án kêu gọi đầu tư.
+ Xuất bản ấn phẩm "Gia Lai - Tiềm năng và cơ hội đầu tư" bằng tiếng Anh, tiếng Hàn với số lượng 3.000 cuốn; in bản đồ du lịch song ngữ phát tại các điểm đến.
+ Phối hợp với Kênh VTV4 thực hiện phim tài liệu "Gia Lai - Vùng đất huyền thoại" giới thiệu văn hóa cồng chiêng và đời sống đồng bào dân tộc thiểu số.
+ Tham gia Hội chợ Cà phê quốc tế tại Seoul (Hàn Quốc), Hội chợ Thương mại Việt - Lào - Campuchia; tổ chức Festival Cà phê Gia Lai và Lễ hội Văn hóa Cồng chiêng.
+ Hợp tác với các tỉnh kết nghĩa Ratanakiri (Campuchia), Attapeu (Lào); đến nay đã ký 05 thỏa thuận hợp tác, trong đó có nội dung hợp tác quảng bá du lịch.
(Số liệu cụ thể tại Phụ lục kèm theo.)
## d)|Kết quả đạt được
Năm 2023, tỉnh đón 1,73 triệu lượt khách, trong đó khách quốc tế 27.500 lượt; thu hút 08 dự án FDI với tổng vốn đăng ký 45,6 triệu USD, chủ yếu trong lĩnh vực nông nghiệp công nghệ cao và năng lượng tái tạo.
# {2} 2.|Đánh giá chung
## {2.1} a)|Ưu điểm
+ Bước đầu xác định được các yếu tố thế mạnh và thông điệp chung, tạo sự thống nhất trong các sản phẩm truyền thông.
+ Phối hợp tốt với các tỉnh kết nghĩa của Lào, Campuchia và các cơ quan báo chí Trung ương.
## {2.2} b)|Khó khăn, vướng mắc và nguyên nhân
+ Chưa có Kế hoạch riêng nên các hoạt động quảng bá còn phân tán, thiếu tính hệ thống.
+ Nội dung quảng bá trên mạng xã hội chưa được đầu tư; tỉnh chưa có fanpage, kênh video bằng tiếng nước ngoài.
+ Hạ tầng du lịch, dịch vụ phục vụ khách quốc tế còn hạn chế.
**Nguyên nhân khách quan:** tỉnh ở xa các trung tâm kinh tế lớn, kết nối hàng không quốc tế còn ít.
**Nguyên nhân chủ quan:** chưa bố trí được kinh phí và nhân lực chuyên trách cho hoạt động truyền thông quảng bá ra nước ngoài.
## {2.3} c)|Bài học kinh nghiệm
Hoạt động quảng bá gắn với các sự kiện văn hóa lớn như Festival Cà phê mang lại hiệu quả lan tỏa cao với chi phí thấp. Việc hợp tác với các tỉnh kết nghĩa giúp mở rộng thị trường khách du lịch đường bộ từ Lào, Campuchia và Thái Lan.
# {3} 3.|Đề xuất, kiến nghị
+ Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh xây dựng Kế hoạch và tập huấn cho đội ngũ cán bộ làm công tác thông tin đối ngoại.
+ Đề nghị Bộ Kế hoạch và Đầu tư giới thiệu các dự án kêu gọi đầu tư của tỉnh tại các hội nghị xúc tiến đầu tư quốc gia.
""",
    closing=["Trên đây là báo cáo của Ủy ban nhân dân tỉnh Gia Lai về công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở: TT&TT, Ngoại vụ, VHTTDL;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đỗ Thanh Tùng"],
    appendix="""
# |PHỤ LỤC: MỘT SỐ SỐ LIỆU
> (Kèm theo Báo cáo số 156/BC-UBND ngày 24/9/2024 của UBND tỉnh Gia Lai)
| TT | Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024 |
| 1 | Tổng lượt khách du lịch | lượt | 1.120.000 | 1.730.000 | 1.050.000 |
| 2 | Khách quốc tế | lượt | 9.800 | 27.500 | 16.200 |
| 3 | Doanh thu du lịch | tỷ đồng | 1.460 | 2.310 | 1.385 |
| 4 | Số dự án FDI | dự án | 3 | 8 | 4 |
| 5 | Vốn FDI đăng ký | triệu USD | 12,3 | 45,6 | 20,1 |
| 6 | Kim ngạch xuất khẩu | triệu USD | 586 | 712,5 | 401,8 |
| 7 | Tin, bài trên Cổng TTĐT (tiếng Anh) | tin, bài | 215 | 340 | 198 |
""",
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="[x] Đang xây dựng"),
    factors=dict(identified=True, items=[
        ("Không gian văn hóa Cồng chiêng Tây Nguyên", "culture_heritage", "Không gian văn hóa Cồng chiêng Tây Nguyên - Di sản"),
        ("Du lịch sinh thái, cảnh quan núi lửa", "tourism", "Du lịch sinh thái, cảnh quan núi lửa"),
        ("Nông sản chủ lực", "products", "Nông sản chủ lực: cà phê"),
        ("Tiềm năng đầu tư năng lượng tái tạo và nông nghiệp công nghệ cao", "business_potential",
         "Tiềm năng đầu tư năng lượng tái tạo"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Gia Lai - Đại ngàn xanh, điểm đến hấp dẫn", "Thông điệp sử dụng thống nhất"),
        ("Gia Lai - The Great Green Highlands", "Thông điệp sử dụng thống nhất"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh", 'chuyên mục "Invest in Gia Lai"'),
        ("publications", 'ấn phẩm "Gia Lai - Tiềm năng và cơ hội đầu tư"', "Xuất bản ấn phẩm"),
        ("publications", "bản đồ du lịch song ngữ", "Xuất bản ấn phẩm"),
        ("national_media", "Kênh VTV4", 'phim tài liệu "Gia Lai - Vùng đất huyền thoại"'),
        ("video", 'phim tài liệu "Gia Lai - Vùng đất huyền thoại"', 'phim tài liệu "Gia Lai - Vùng đất huyền thoại"'),
        ("trade_promotion", "Hội chợ Cà phê quốc tế tại Seoul (Hàn Quốc), Hội chợ Thương mại Việt - Lào - Campuchia",
         "Tham gia Hội chợ Cà phê quốc tế"),
        ("events", "Festival Cà phê Gia Lai và Lễ hội Văn hóa Cồng chiêng", "Tham gia Hội chợ Cà phê quốc tế"),
        ("partner_localities", "các tỉnh kết nghĩa Ratanakiri (Campuchia), Attapeu (Lào)", "Hợp tác với các tỉnh kết nghĩa"),
    ],
    figures=[
        F("publications", "ấn phẩm", 3000, "count", "cuốn", None, "Xuất bản ấn phẩm"),
        F("partners", "thỏa thuận hợp tác", 5, "count", "thỏa thuận", None, "Hợp tác với các tỉnh kết nghĩa"),
        F("visitors_total", "Tổng lượt khách du lịch", 1120000, "visits", "lượt", "2022", "Tổng lượt khách du lịch | lượt"),
        F("visitors_total", "lượt khách", 1730000, "visits", "triệu lượt", "2023", "tỉnh đón 1,73 triệu lượt khách",
          base=("2022", 1120000)),
        F("visitors_total", "Tổng lượt khách du lịch", 1050000, "visits", "lượt", "2024-H1", "Tổng lượt khách du lịch | lượt"),
        F("visitors_international", "Khách quốc tế", 9800, "visits", "lượt", "2022", "Khách quốc tế | lượt"),
        F("visitors_international", "khách quốc tế", 27500, "visits", "lượt", "2023", "tỉnh đón 1,73 triệu lượt khách",
          base=("2022", 9800)),
        F("visitors_international", "Khách quốc tế", 16200, "visits", "lượt", "2024-H1", "Khách quốc tế | lượt"),
        F("tourism_revenue", "Doanh thu du lịch", 1460e9, "VND", "tỷ đồng", "2022", "Doanh thu du lịch | tỷ đồng"),
        F("tourism_revenue", "Doanh thu du lịch", 2310e9, "VND", "tỷ đồng", "2023", "Doanh thu du lịch | tỷ đồng",
          base=("2022", 1460e9)),
        F("tourism_revenue", "Doanh thu du lịch", 1385e9, "VND", "tỷ đồng", "2024-H1", "Doanh thu du lịch | tỷ đồng"),
        F("fdi_projects", "Số dự án FDI", 3, "count", "dự án", "2022", "Số dự án FDI | dự án"),
        F("fdi_projects", "dự án FDI", 8, "count", "dự án", "2023", "thu hút 08 dự án FDI", base=("2022", 3)),
        F("fdi_projects", "Số dự án FDI", 4, "count", "dự án", "2024-H1", "Số dự án FDI | dự án"),
        F("fdi_capital", "Vốn FDI đăng ký", 12.3e6, "USD", "triệu USD", "2022", "Vốn FDI đăng ký | triệu USD"),
        F("fdi_capital", "tổng vốn đăng ký", 45.6e6, "USD", "triệu USD", "2023", "thu hút 08 dự án FDI",
          base=("2022", 12.3e6)),
        F("fdi_capital", "Vốn FDI đăng ký", 20.1e6, "USD", "triệu USD", "2024-H1", "Vốn FDI đăng ký | triệu USD"),
        F("export_value", "Kim ngạch xuất khẩu", 586e6, "USD", "triệu USD", "2022", "Kim ngạch xuất khẩu | triệu USD"),
        F("export_value", "Kim ngạch xuất khẩu", 712.5e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu | triệu USD",
          base=("2022", 586e6)),
        F("export_value", "Kim ngạch xuất khẩu", 401.8e6, "USD", "triệu USD", "2024-H1", "Kim ngạch xuất khẩu | triệu USD"),
        F("articles", "Tin, bài trên Cổng TTĐT (tiếng Anh)", 215, "count", "tin, bài", "2022", "Tin, bài trên Cổng TTĐT"),
        F("articles", "Tin, bài trên Cổng TTĐT (tiếng Anh)", 340, "count", "tin, bài", "2023", "Tin, bài trên Cổng TTĐT",
          base=("2022", 215)),
        F("articles", "Tin, bài trên Cổng TTĐT (tiếng Anh)", 198, "count", "tin, bài", "2024-H1", "Tin, bài trên Cổng TTĐT"),
    ],
    strengths=["Bước đầu xác định được các yếu tố thế mạnh", "Phối hợp tốt với các tỉnh kết nghĩa"],
    difficulties=["Chưa có Kế hoạch riêng nên các hoạt động quảng bá", "Nội dung quảng bá trên mạng xã hội chưa được đầu tư",
                  "Hạ tầng du lịch, dịch vụ phục vụ khách quốc tế"],
    causes_objective=["Nguyên nhân khách quan: tỉnh ở xa"],
    causes_subjective=["Nguyên nhân chủ quan: chưa bố trí được kinh phí"],
    lessons=["Hoạt động quảng bá gắn với các sự kiện văn hóa lớn", "Việc hợp tác với các tỉnh kết nghĩa giúp"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh xây dựng Kế hoạch"),
        (None, ["mpi"], "Đề nghị Bộ Kế hoạch và Đầu tư"),
    ],
)
