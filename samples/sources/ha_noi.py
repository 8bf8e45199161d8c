"""Hà Nội: text PDF set in Liberation Serif 13 pt, justified, with Word footnotes (the note texts
are printed at the foot of the page). "THÀNH PHỐ HÀ NỘI" header, "UBND thành phố Hà Nội" in the
text; a pilot locality with its own plan; results table "Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 |
9 tháng 2024 | So sánh 2023/2022 (%)" (the ratio column is not a change); "trên 1,3 triệu lượt",
"hơn hai nghìn tin, bài", "1.500.000 lượt xem"; Vietnamese and English message; "Kiến nghị Thủ
tướng Chính phủ ..."; 22 yếu tố and a yearly thông tin đối ngoại plan as distractors."""

from kit.gold import F

SAMPLE = dict(
    stem="HaNoi_BC-UBND_quangba-TTDN_3836",
    format="pdf",
    layout=dict(headings="bold", signature="table", font="Liberation Serif", font_size=13),
    author="Sở Thông tin và Truyền thông Hà Nội",
    header=dict(left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], number="402/BC-UBND",
                place_date="Hà Nội, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "Thủ đô Hà Nội ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hà Nội", issuer="Ủy ban nhân dân thành phố Hà Nội", number="402/BC-UBND", date="2024-09-26",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Thủ đô Hà Nội ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Quang Vinh", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND thành phố Hà Nội báo cáo như sau:
""",
    body="""
# {1} I.|TÌNH HÌNH XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Về xây dựng Kế hoạch
Là một trong 08 địa phương được Bộ Thông tin và Truyền thông lựa chọn thí điểm, ngày 12/7/2022 UBND Thành phố đã ban hành Kế hoạch số 215/KH-UBND[^Kế hoạch số 215/KH-UBND ngày 12/7/2022 của UBND Thành phố về thí điểm truyền thông quảng bá hình ảnh Thủ đô Hà Nội ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025.] và hằng năm ban hành kế hoạch triển khai, gần nhất là Kế hoạch số 96/KH-UBND ngày 05/4/2024 về nhiệm vụ năm 2024. Các nội dung này được thực hiện song song với Kế hoạch số 31/KH-UBND ngày 25/01/2024 về công tác thông tin đối ngoại năm 2024 của Thành phố.
## 2.|Yếu tố truyền thông trọng tâm
Trên cơ sở 22 yếu tố truyền thông được giới thiệu trong Cẩm nang, Thành phố xác định 04 yếu tố trọng tâm, thế mạnh để tập trung truyền thông:
- Giá trị Thủ đô ngàn năm văn hiến, Thành phố vì hòa bình: bề dày lịch sử, truyền thống hòa hiếu của người Hà Nội.
- Di sản văn hóa Thăng Long - Hà Nội: Hoàng thành Thăng Long, Văn Miếu - Quốc Tử Giám, khu phố cổ.
- Làng nghề và sản phẩm OCOP đặc trưng (gốm Bát Tràng, lụa Vạn Phúc, cốm làng Vòng).
- Môi trường đầu tư đổi mới sáng tạo, hạ tầng số và nguồn nhân lực chất lượng cao.
## 3.|Thông điệp truyền thông
Thông điệp chính được sử dụng thống nhất trên các sản phẩm truyền thông đối ngoại là “Hà Nội - Thành phố vì hòa bình”, bản tiếng Anh là “Hanoi - The City for Peace”.
## 4.|Phương thức, kênh truyền thông và hiệu quả
- Cổng thông tin đối ngoại của Thành phố được vận hành bằng 05 ngôn ngữ (Anh, Pháp, Trung, Nhật, Hàn). Năm 2023, Cổng đăng tải hơn hai nghìn tin, bài; lượt truy cập Cổng thông tin đối ngoại đạt trên 1,3 triệu lượt, tăng 35% so với năm 2022.
- Kênh YouTube và Fanpage “Hanoi Tourism” được đầu tư nội dung video ngắn; tính đến tháng 8/2024, các video trên kênh YouTube đạt 1.500.000 lượt xem.
- Phối hợp với Kênh truyền hình đối ngoại VTV4 và Hệ Phát thanh đối ngoại VOV5 thực hiện chuyên mục “Hà Nội - Thành phố vì hòa bình” phát sóng định kỳ hằng tháng.
- Năm 2023, có 18 bài viết giới thiệu Hà Nội được đăng trên các báo nước ngoài như The Japan Times, The Korea Herald, Le Courrier du Vietnam[^Le Courrier du Vietnam là ấn phẩm tiếng Pháp của Thông tấn xã Việt Nam, được tính chung trong nhóm báo chí đăng tải bài viết về Hà Nội.].
- Tổ chức Những ngày văn hóa Hà Nội tại Pháp và Hàn Quốc; trong 9 tháng năm 2024, Thành phố tổ chức và tham gia 12 chương trình xúc tiến đầu tư, thương mại, du lịch ở nước ngoài.
- Phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài và các thành phố kết nghĩa (Bắc Kinh, Seoul, Paris) giới thiệu hình ảnh Thủ đô.
## 5.|Kết quả đạt được
Công tác truyền thông quảng bá đã góp phần thu hút khách du lịch và vốn đầu tư nước ngoài vào Thành phố. Một số chỉ tiêu chủ yếu như sau[^Nguồn: Sở Du lịch, Sở Kế hoạch và Đầu tư Hà Nội; số liệu 9 tháng năm 2024 là số ước thực hiện.]:
| Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | 9 tháng 2024 | So sánh 2023/2022 (%) |
| Tổng lượt khách du lịch | Triệu lượt | 18,7 | 24,1 | 20,3 | 128,9 |
| Khách quốc tế | Triệu lượt | 1,45 | 4,0 | 4,3 | 275,9 |
| Tổng thu từ khách du lịch | Nghìn tỷ đồng | 60,0 | 87,6 | 75,4 | 146,0 |
| Vốn FDI đăng ký | Tỷ USD | 2,63 | 2,94 | 1,96 | 111,8 |
# {2.1} II.|ƯU ĐIỂM
- Lãnh đạo Thành phố quan tâm chỉ đạo; Kế hoạch thí điểm được cụ thể hóa thành nhiệm vụ hằng năm, giao rõ trách nhiệm cho từng sở, ngành.
- Hình thức truyền thông đa dạng, kết hợp giữa báo chí đối ngoại, mạng xã hội và các sự kiện văn hóa ở nước ngoài.
- Hình ảnh Hà Nội - Thành phố vì hòa bình ngày càng được bạn bè quốc tế biết đến.
# {2.2} III.|KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN
- Nội dung bằng tiếng Nhật, tiếng Hàn còn ít, chưa đáp ứng nhu cầu của các thị trường khách trọng điểm.
- Chưa có công cụ đo lường hiệu quả truyền thông trên các nền tảng số một cách đầy đủ.
Nguyên nhân khách quan là cạnh tranh về hình ảnh điểm đến giữa các đô thị trong khu vực ngày càng gay gắt. Nguyên nhân chủ quan là đội ngũ cán bộ làm công tác thông tin đối ngoại còn mỏng, kinh phí chủ yếu lồng ghép từ các chương trình khác.
# {2.3} IV.|BÀI HỌC KINH NGHIỆM
- Chọn đúng yếu tố thế mạnh và thông điệp nhất quán, sử dụng lâu dài trên mọi sản phẩm truyền thông.
- Kết hợp chặt chẽ giữa truyền thông với tổ chức sự kiện và xúc tiến đầu tư, du lịch tại thị trường mục tiêu.
# {3} V.|ĐỀ XUẤT, KIẾN NGHỊ
- Kiến nghị Thủ tướng Chính phủ sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài, trong đó xác định vai trò của Thủ đô là trung tâm quảng bá hình ảnh quốc gia.
- Đề nghị Bộ Thông tin và Truyền thông tiếp tục tổ chức tập huấn chuyên sâu về truyền thông số và ban hành bộ tiêu chí đánh giá hiệu quả truyền thông quảng bá ra nước ngoài.
- Đề nghị Bộ Ngoại giao chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài hỗ trợ Thành phố tổ chức các sự kiện quảng bá tại địa bàn.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Thủ đô Hà Nội ra nước ngoài theo cách làm mới, UBND thành phố Hà Nội trân trọng báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Cục Thông tin đối ngoại;", "- Thường trực Thành ủy;",
                "- Chủ tịch, các PCT UBND Thành phố;", "- Các Sở: TT&TT, DL, VH&TT, KH&ĐT;", "- VPUBTP: CVP, PCVP, KGVX;",
                "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Quang Vinh"],
)

GOLD = dict(
    plan=dict(status="built", references=[("215/KH-UBND", "2022-07-12"), ("96/KH-UBND", "2024-04-05")],
              ev="UBND Thành phố đã ban hành Kế hoạch số 215/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Giá trị Thủ đô ngàn năm văn hiến, Thành phố vì hòa bình", "value_system", "Giá trị Thủ đô ngàn năm văn hiến"),
        ("Di sản văn hóa Thăng Long - Hà Nội", "culture_heritage", "Di sản văn hóa Thăng Long - Hà Nội"),
        ("Làng nghề và sản phẩm OCOP đặc trưng", "products", "Làng nghề và sản phẩm OCOP đặc trưng"),
        ("Môi trường đầu tư đổi mới sáng tạo, hạ tầng số và nguồn nhân lực chất lượng cao", "business_potential",
         "Môi trường đầu tư đổi mới sáng tạo"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Hà Nội - Thành phố vì hòa bình", "Thông điệp chính được sử dụng thống nhất"),
        ("Hanoi - The City for Peace", "Thông điệp chính được sử dụng thống nhất"),
    ]),
    channels=[
        ("portal", "Cổng thông tin đối ngoại của Thành phố", "Cổng thông tin đối ngoại của Thành phố được vận hành"),
        ("youtube", "Kênh YouTube", "Kênh YouTube và Fanpage"),
        ("facebook", "Fanpage “Hanoi Tourism”", "Kênh YouTube và Fanpage"),
        ("video", "video ngắn", "Kênh YouTube và Fanpage"),
        ("national_media", "Kênh truyền hình đối ngoại VTV4", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("national_media", "Hệ Phát thanh đối ngoại VOV5", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("foreign_media", "các báo nước ngoài như The Japan Times, The Korea Herald", "18 bài viết giới thiệu Hà Nội"),
        ("national_media", "Le Courrier du Vietnam", "18 bài viết giới thiệu Hà Nội"),
        ("events", "Những ngày văn hóa Hà Nội tại Pháp và Hàn Quốc", "Tổ chức Những ngày văn hóa Hà Nội"),
        ("trade_promotion", "chương trình xúc tiến đầu tư, thương mại, du lịch ở nước ngoài", "Tổ chức Những ngày văn hóa Hà Nội"),
        ("overseas_missions", "các cơ quan đại diện Việt Nam ở nước ngoài", "các thành phố kết nghĩa (Bắc Kinh, Seoul, Paris)"),
        ("partner_localities", "các thành phố kết nghĩa (Bắc Kinh, Seoul, Paris)", "các thành phố kết nghĩa (Bắc Kinh, Seoul, Paris)"),
    ],
    figures=[
        F("languages", "ngôn ngữ", 5, "count", "ngôn ngữ", None, "được vận hành bằng 05 ngôn ngữ"),
        F("articles", "tin, bài", 2000, "count", "tin, bài", "2023", "Cổng đăng tải hơn hai nghìn tin, bài", approx=True),
        F("site_visits", "lượt truy cập Cổng thông tin đối ngoại", 1300000, "visits", "triệu lượt", "2023",
          "Cổng đăng tải hơn hai nghìn tin, bài", ch=("increase", 35.0, None, "2022"), approx=True),
        F("views", "lượt xem", 1500000, "visits", "lượt xem", "2024-08", "1.500.000 lượt xem"),
        F("foreign_articles", "bài viết giới thiệu Hà Nội được đăng trên các báo nước ngoài", 18, "count", "bài viết", "2023",
          "18 bài viết giới thiệu Hà Nội"),
        F("events", "chương trình xúc tiến đầu tư, thương mại, du lịch ở nước ngoài", 12, "count", "chương trình", "2024-9M",
          "Tổ chức Những ngày văn hóa Hà Nội"),
        F("visitors_total", "Tổng lượt khách du lịch", 18.7e6, "visits", "triệu lượt", "2022", "Tổng lượt khách du lịch | Triệu lượt"),
        F("visitors_total", "Tổng lượt khách du lịch", 24.1e6, "visits", "triệu lượt", "2023", "Tổng lượt khách du lịch | Triệu lượt",
          base=("2022", 18.7e6)),
        F("visitors_total", "Tổng lượt khách du lịch", 20.3e6, "visits", "triệu lượt", "2024-9M", "Tổng lượt khách du lịch | Triệu lượt"),
        F("visitors_international", "Khách quốc tế", 1.45e6, "visits", "triệu lượt", "2022", "Khách quốc tế | Triệu lượt"),
        F("visitors_international", "Khách quốc tế", 4.0e6, "visits", "triệu lượt", "2023", "Khách quốc tế | Triệu lượt",
          base=("2022", 1.45e6)),
        F("visitors_international", "Khách quốc tế", 4.3e6, "visits", "triệu lượt", "2024-9M", "Khách quốc tế | Triệu lượt"),
        F("tourism_revenue", "Tổng thu từ khách du lịch", 60.0e12, "VND", "nghìn tỷ đồng", "2022", "Tổng thu từ khách du lịch |"),
        F("tourism_revenue", "Tổng thu từ khách du lịch", 87.6e12, "VND", "nghìn tỷ đồng", "2023", "Tổng thu từ khách du lịch |",
          base=("2022", 60.0e12)),
        F("tourism_revenue", "Tổng thu từ khách du lịch", 75.4e12, "VND", "nghìn tỷ đồng", "2024-9M", "Tổng thu từ khách du lịch |"),
        F("fdi_capital", "Vốn FDI đăng ký", 2.63e9, "USD", "tỷ USD", "2022", "Vốn FDI đăng ký | Tỷ USD"),
        F("fdi_capital", "Vốn FDI đăng ký", 2.94e9, "USD", "tỷ USD", "2023", "Vốn FDI đăng ký | Tỷ USD", base=("2022", 2.63e9)),
        F("fdi_capital", "Vốn FDI đăng ký", 1.96e9, "USD", "tỷ USD", "2024-9M", "Vốn FDI đăng ký | Tỷ USD"),
    ],
    strengths=["Lãnh đạo Thành phố quan tâm chỉ đạo", "Hình thức truyền thông đa dạng",
               "ngày càng được bạn bè quốc tế biết đến"],
    difficulties=["Nội dung bằng tiếng Nhật, tiếng Hàn còn ít", "Chưa có công cụ đo lường hiệu quả truyền thông"],
    causes_objective=["Nguyên nhân khách quan là cạnh tranh"],
    causes_subjective=["Nguyên nhân chủ quan là đội ngũ cán bộ"],
    lessons=["Chọn đúng yếu tố thế mạnh và thông điệp nhất quán", "Kết hợp chặt chẽ giữa truyền thông với tổ chức sự kiện"],
    recommendations=[
        (None, ["government"], "Kiến nghị Thủ tướng Chính phủ sớm phê duyệt"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông tiếp tục tổ chức tập huấn"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao chỉ đạo"),
    ],
)
