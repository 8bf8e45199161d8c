"""Quảng Trị: text PDF, issued by the Sở ("UBND TỈNH QUẢNG TRỊ / SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
bold typed headings, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". Plan drafted and sent for comments (in
progress), work meanwhile merged into the yearly TTĐN plan 24/KH-UBND (distractor); factors in one
sentence between semicolons ("gắn với" and a parenthesis kept); message in “ ” beside a film title
that looks like a slogan; 9-month before/after table with a "Tăng/giảm (%)" column ("+35,7");
"ước đạt 2,1 triệu lượt", "khoảng 1.650 tỷ đồng", cumulative FDI "Tính đến tháng 8/2024 ... hơn
1,25 tỷ USD"; "Nguyên nhân" as a numbered sub-heading inside 2.2 with "- Khách quan:" /
"- Chủ quan:" bullets; "Đề nghị ..." bullets, one to two ministries."""

from kit.gold import F

SAMPLE = dict(
    stem="QuangTri_STTTT_BC1532_quangba",
    format="pdf",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="So TTTT Quang Tri",
    header=dict(left=["UBND TỈNH QUẢNG TRỊ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1532/BC-STTTT",
                place_date="Quảng Trị, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Tình hình thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Quảng Trị ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Quảng Trị", issuer="Sở Thông tin và Truyền thông tỉnh Quảng Trị", number="1532/BC-STTTT",
        date="2024-09-25",
        title="Báo cáo tình hình thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Trị ra nước ngoài theo cách làm mới",
        signer={"name": "Lê Thị Thu Hà", "position": "Phó Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông; được sự ủy quyền của UBND tỉnh tại Công văn số 4712/UBND-VX ngày 19/9/2024, Sở Thông tin và Truyền thông tỉnh Quảng Trị báo cáo như sau:
""",
    body="""
# {1} I.|TÌNH HÌNH TRIỂN KHAI
## 1.|Về xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới
Trên cơ sở Công văn số 532/BTTTT-TTĐN và Công văn số 765/BTTTT-TTĐN của Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông đã tham mưu xây dựng dự thảo Kế hoạch truyền thông quảng bá hình ảnh tỉnh Quảng Trị ra nước ngoài theo cách làm mới giai đoạn 2024 - 2026; dự thảo đã được gửi xin ý kiến các sở, ngành, địa phương và dự kiến trình UBND tỉnh ban hành trong quý IV năm 2024. Trong thời gian chờ ban hành, các hoạt động quảng bá được lồng ghép trong Kế hoạch số 24/KH-UBND ngày 20/02/2024 của UBND tỉnh về công tác thông tin đối ngoại năm 2024.
## 2.|Về yếu tố truyền thông và thông điệp
Qua rà soát 22 yếu tố truyền thông, tỉnh xác định các yếu tố trọng tâm gồm: hệ thống di tích lịch sử cách mạng gắn với khát vọng hòa bình; du lịch biển đảo Cửa Tùng, Cửa Việt và đảo Cồn Cỏ; Hành lang kinh tế Đông - Tây và Khu kinh tế Đông Nam Quảng Trị; cà phê Khe Sanh, hồ tiêu Cùa và dược liệu (tinh dầu tràm, cà gai leo).
Thông điệp truyền thông xuyên suốt của tỉnh là “Quảng Trị - Điểm đến của hòa bình”.
## 3.|Về phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh với phiên bản tiếng Anh và tiếng Lào.
- Báo Quảng Trị, Đài Phát thanh - Truyền hình tỉnh với chương trình truyền hình tiếng Lào phát sóng hằng tuần.
- Fanpage “Quang Tri Travel” và kênh YouTube “Quảng Trị TV”.
- Phim quảng bá “Quảng Trị - Miền đất của những bản hùng ca” thuyết minh tiếng Anh, tiếng Hàn.
- Lễ hội Vì hòa bình năm 2024 với nhiều hoạt động giao lưu quốc tế; nhân dịp Lễ hội, tỉnh mời 03 đoàn phóng viên nước ngoài (Lào, Thái Lan, Hàn Quốc) đến tác nghiệp trong tháng 7/2024.
- Quan hệ hợp tác với các tỉnh Savannakhet, Salavan (Lào) được duy trì, lồng ghép giới thiệu hình ảnh Quảng Trị trong các chương trình giao lưu.
- Năm 2024, phát hành 5.000 ấn phẩm (sách ảnh, tập gấp) song ngữ Việt - Anh, Việt - Lào.
Tổng kinh phí thực hiện các hoạt động nêu trên năm 2024 là 450 triệu đồng, từ nguồn kinh phí thông tin đối ngoại.
## 4.|Về kết quả đạt được
Do Kế hoạch chưa được ban hành nên chưa có số liệu đánh giá trước và sau khi thực hiện; một số chỉ tiêu 9 tháng đầu năm 2024 so với cùng kỳ năm 2023 như sau:
| TT | Chỉ tiêu | 9 tháng năm 2023 | 9 tháng năm 2024 | Tăng/giảm (%) |
| 1 | Lượt khách quốc tế (lượt) | 38.420 | 52.150 | +35,7 |
| 2 | Lượt truy cập Cổng TTĐT phiên bản tiếng nước ngoài | 126.300 | 184.900 | +46,4 |
| 3 | Số tin, bài quảng bá trên các kênh đối ngoại | 215 | 268 | +24,7 |
Năm 2023, tổng lượt khách du lịch đến Quảng Trị ước đạt 2,1 triệu lượt, doanh thu du lịch đạt khoảng 1.650 tỷ đồng. Tính đến tháng 8/2024, trên địa bàn tỉnh có 27 dự án FDI còn hiệu lực với tổng vốn đăng ký hơn 1,25 tỷ USD. Cửa khẩu quốc tế Lao Bảo trên Quốc lộ 9 tiếp tục là cửa ngõ đón khách Lào, Thái Lan theo đường bộ.
# {2} II.|ĐÁNH GIÁ
## {2.1} 1.|Những mặt làm được
- Các sở, ngành, địa phương đã chủ động lồng ghép nội dung quảng bá hình ảnh tỉnh trong hoạt động chuyên môn.
- Truyền thông gắn với sự kiện lớn như Lễ hội Vì hòa bình tạo được dấu ấn với bạn bè quốc tế.
## {2.2} 2.|Tồn tại, hạn chế
- Kế hoạch truyền thông quảng bá theo cách làm mới chậm được ban hành, các hoạt động còn lồng ghép, thiếu tính hệ thống.
- Sản phẩm truyền thông bằng tiếng nước ngoài còn ít, chủ yếu là tiếng Anh và tiếng Lào.
- Chưa có số liệu thống kê đầy đủ để đánh giá hiệu quả từng kênh truyền thông.
## 3.|Nguyên nhân
- Khách quan: tỉnh chịu ảnh hưởng nặng nề của thiên tai, bão lũ; nguồn thu ngân sách hạn chế nên kinh phí dành cho truyền thông đối ngoại thấp.
- Chủ quan: công tác tham mưu của cơ quan chuyên môn có lúc chưa kịp thời; cán bộ làm công tác thông tin đối ngoại ở các sở, ngành chủ yếu kiêm nhiệm.
## {2.3} 4.|Bài học kinh nghiệm
Việc mời phóng viên quốc tế tác nghiệp tại Lễ hội Vì hòa bình cho thấy truyền thông qua sự kiện có sức lan tỏa lớn. Ngược lại, việc đăng lại nguyên văn bản dịch các tin, bài tiếng Việt trên phiên bản tiếng nước ngoài của Cổng thông tin chưa thu hút được người đọc.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông sớm ban hành bộ tiêu chí, công cụ đo lường hiệu quả truyền thông quảng bá hình ảnh địa phương; hỗ trợ tỉnh sản xuất sản phẩm truyền thông bằng tiếng Lào, tiếng Hàn.
- Đề nghị Bộ Ngoại giao hỗ trợ tỉnh kết nối với các cơ quan đại diện Việt Nam ở nước ngoài để giới thiệu hình ảnh Quảng Trị.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch và Bộ Kế hoạch và Đầu tư đưa Quảng Trị vào các chương trình xúc tiến du lịch, đầu tư quốc gia, nhất là trên tuyến Hành lang kinh tế Đông - Tây.
""",
    closing=["Trên đây là báo cáo của Sở Thông tin và Truyền thông tỉnh Quảng Trị, kính gửi Cục Thông tin đối "
             "ngoại tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở Ngoại vụ, Sở VHTTDL;",
                "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."],
    signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Lê Thị Thu Hà"],
)

_F = "tỉnh xác định các yếu tố trọng tâm gồm"
_KQ = "tổng lượt khách du lịch đến Quảng Trị"
_FDI = "Tính đến tháng 8/2024"
_R1, _R2, _R3 = "| 38.420 |", "| 126.300 |", "| 215 |"

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="đã tham mưu xây dựng dự thảo Kế hoạch"),
    factors=dict(identified=True, items=[
        ("hệ thống di tích lịch sử cách mạng gắn với khát vọng hòa bình", "culture_heritage", _F),
        ("du lịch biển đảo Cửa Tùng, Cửa Việt và đảo Cồn Cỏ", "tourism", _F),
        ("Hành lang kinh tế Đông - Tây và Khu kinh tế Đông Nam Quảng Trị", "business_potential", _F),
        ("cà phê Khe Sanh, hồ tiêu Cùa và dược liệu (tinh dầu tràm, cà gai leo)", "products", _F),
    ]),
    key_messages=dict(identified=True, items=[
        ("Quảng Trị - Điểm đến của hòa bình", "Thông điệp truyền thông xuyên suốt"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh với phiên bản tiếng Anh và tiếng Lào", "Cổng Thông tin điện tử tỉnh với"),
        ("local_media", "Báo Quảng Trị", "Báo Quảng Trị, Đài"),
        ("local_media", "Đài Phát thanh - Truyền hình tỉnh", "Báo Quảng Trị, Đài"),
        ("facebook", "Fanpage “Quang Tri Travel”", "Fanpage “Quang Tri Travel”"),
        ("youtube", "kênh YouTube “Quảng Trị TV”", "Fanpage “Quang Tri Travel”"),
        ("video", "Phim quảng bá “Quảng Trị - Miền đất của những bản hùng ca”", "Phim quảng bá"),
        ("events", "Lễ hội Vì hòa bình năm 2024", "Lễ hội Vì hòa bình năm 2024"),
        ("press_trips", "03 đoàn phóng viên nước ngoài (Lào, Thái Lan, Hàn Quốc)", "Lễ hội Vì hòa bình năm 2024"),
        ("partner_localities", "các tỉnh Savannakhet, Salavan (Lào)", "Savannakhet, Salavan"),
        ("publications", "5.000 ấn phẩm (sách ảnh, tập gấp) song ngữ", "phát hành 5.000 ấn phẩm"),
    ],
    figures=[
        F("delegations", "đoàn phóng viên nước ngoài", 3, "count", "đoàn", "2024-07", "Lễ hội Vì hòa bình năm 2024"),
        F("publications", "ấn phẩm (sách ảnh, tập gấp) song ngữ", 5000, "count", "ấn phẩm", "2024",
          "phát hành 5.000 ấn phẩm"),
        F("budget", "Tổng kinh phí thực hiện các hoạt động", 450e6, "VND", "triệu đồng", "2024",
          "Tổng kinh phí thực hiện các hoạt động"),
        F("visitors_international", "Lượt khách quốc tế", 38420, "visits", "lượt", "2023-9M", _R1),
        F("visitors_international", "Lượt khách quốc tế", 52150, "visits", "lượt", "2024-9M", _R1,
          base=("2023-9M", 38420), ch=("increase", 35.7, None, "2023-9M")),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng nước ngoài", 126300, "visits", "lượt", "2023-9M", _R2),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng nước ngoài", 184900, "visits", "lượt", "2024-9M", _R2,
          base=("2023-9M", 126300), ch=("increase", 46.4, None, "2023-9M")),
        F("articles", "Số tin, bài quảng bá trên các kênh đối ngoại", 215, "count", "tin, bài", "2023-9M", _R3),
        F("articles", "Số tin, bài quảng bá trên các kênh đối ngoại", 268, "count", "tin, bài", "2024-9M", _R3,
          base=("2023-9M", 215), ch=("increase", 24.7, None, "2023-9M")),
        F("visitors_total", "tổng lượt khách du lịch", 2.1e6, "visits", "triệu lượt", "2023", _KQ, approx=True),
        F("tourism_revenue", "doanh thu du lịch", 1650e9, "VND", "tỷ đồng", "2023", _KQ, approx=True),
        F("fdi_projects", "dự án FDI còn hiệu lực", 27, "count", "dự án", "2024-08", _FDI),
        F("fdi_capital", "tổng vốn đăng ký", 1.25e9, "USD", "tỷ USD", "2024-08", _FDI, approx=True),
    ],
    strengths=["Các sở, ngành, địa phương đã chủ động", "Truyền thông gắn với sự kiện lớn"],
    difficulties=["chậm được ban hành", "Sản phẩm truyền thông bằng tiếng nước ngoài còn ít",
                  "Chưa có số liệu thống kê đầy đủ"],
    causes_objective=["Khách quan: tỉnh chịu ảnh hưởng"],
    causes_subjective=["Chủ quan: công tác tham mưu"],
    lessons=["Việc mời phóng viên quốc tế tác nghiệp", "Ngược lại, việc đăng lại nguyên văn"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao"),
        (None, ["mocst", "mpi"], "Đề nghị Bộ Văn hóa"),
    ],
)
