"""Bến Tre: a .docx typed entirely in VNI-Windows, as a southern office still types: every run's
text is stored VNI-encoded ("UÛY BAN NHAÂN DAÂN", "Vieät Nam") in VNI-Times, the title and the
top headings in VNI-Helve, the template's Normal style in VNI-Times too. Section 2.2 was pasted
from another file and re-formatted: still VNI-encoded, but its runs say "Times New Roman" (the
font name lies). Old tone placement ("Uỷ ban", "hoá"). Plan 3415/KH-UBND; factor bullets cut at
"(", ":" and "gắn với"; a message and its English version; followers "từ 12.500 ... lên 41.300";
"gấp 2,1 lần"; table "Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024" in "Triệu USD"; causes as
"Nguyên nhân khách quan: ..." paragraphs."""

from kit.gold import F

SAMPLE = dict(
    stem="BenTre_BC-UBND_quangba_3836_vni",
    format="docx",
    layout=dict(headings="bold", signature="table", font_size=14, encoding="vni",
                legacy=[dict(enc="vni", font="Times New Roman", **{"from": "Kinh phí dành cho truyền thông đối ngoại",
                                                                   "to": "Nguyên nhân chủ quan:"})]),
    author="VP UBND tinh Ben Tre",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH BẾN TRE"], number="4871/BC-UBND",
                place_date="Bến Tre, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Bến Tre ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bến Tre", issuer="Uỷ ban nhân dân tỉnh Bến Tre", number="4871/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bến Tre ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Văn Tuấn", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Uỷ ban nhân dân tỉnh Bến Tre báo cáo như sau:
""",
    body="""
# {1} I.|TÌNH HÌNH XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Việc xây dựng Kế hoạch
Trên cơ sở hướng dẫn của Bộ Thông tin và Truyền thông tại Công văn số 765/BTTTT-TTĐN ngày 10/3/2023, ngày 26/6/2023 Uỷ ban nhân dân tỉnh ban hành Kế hoạch số 3415/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Bến Tre ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Kế hoạch giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Văn hoá, Thể thao và Du lịch, Sở Ngoại vụ, Sở Công Thương và Báo Đồng Khởi tổ chức thực hiện.
## 2.|Yếu tố truyền thông trọng tâm
Từ 22 yếu tố truyền thông theo hướng dẫn của Bộ, tỉnh lựa chọn 05 yếu tố làm trọng tâm:
- Cây dừa và các sản phẩm từ dừa (kẹo dừa, thạch dừa, hàng thủ công mỹ nghệ từ dừa).
- Du lịch sinh thái miệt vườn, sông nước cù lao: Cồn Phụng, cù lao Minh, làng hoa kiểng Cái Mơn.
- Truyền thống Đồng Khởi gắn với Khu di tích Nữ tướng Nguyễn Thị Định.
- Nghệ thuật Đờn ca tài tử Nam Bộ.
- Môi trường đầu tư vào nông nghiệp công nghệ cao và điện gió ven biển.
## 3.|Thông điệp truyền thông
Tỉnh đã xác định thông điệp chính "Bến Tre - Xứ Dừa xanh, sông nước hữu tình", bản tiếng Anh là "Ben Tre - The Land of Coconut", được dùng thống nhất trên các ấn phẩm, video và trang mạng xã hội của tỉnh.
## 4.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh duy trì phiên bản tiếng Anh; năm 2023 phiên bản này có 186.400 lượt truy cập, gấp 2,1 lần năm 2022.
- Báo Đồng Khởi và Đài Phát thanh và Truyền hình Bến Tre mở chuyên mục "Bến Tre hội nhập", phát hằng tuần.
- Trang Facebook "Ben Tre Travel" và kênh YouTube "Du lịch Bến Tre" đăng tải video ngắn về miệt vườn, làng nghề; số người theo dõi Fanpage tăng từ 12.500 người (tháng 6/2023) lên 41.300 người (tháng 8/2024).
- Phối hợp với Kênh VTV4 thực hiện 12 phóng sự giới thiệu Bến Tre trong năm 2023.
- Tổ chức Lễ hội Dừa Bến Tre lần thứ VI năm 2023; trong năm 2023 đón 02 đoàn famtrip gồm doanh nghiệp lữ hành và phóng viên Thái Lan, Hàn Quốc.
- Tham gia Hội chợ Du lịch quốc tế ITE TP. Hồ Chí Minh và Hội chợ Thaifex tại Băng Cốc (Thái Lan) để giới thiệu sản phẩm dừa.
- Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc giới thiệu tiềm năng hợp tác nông nghiệp.
## 5.|Kết quả đạt được
Năm 2023, tổng lượt khách đến Bến Tre ước đạt 1,73 triệu lượt, tăng 17,3% so với năm 2022. Trong 6 tháng đầu năm 2024, tỉnh thu hút mới 03 dự án FDI với tổng vốn đăng ký 46,5 triệu USD.
Một số chỉ tiêu trước và sau khi thực hiện Kế hoạch:
| Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024 |
| Khách quốc tế | Lượt | 318.200 | 426.500 | 265.800 |
| Doanh thu du lịch | Tỷ đồng | 1.640 | 2.150 | 1.290 |
| Kim ngạch xuất khẩu sản phẩm dừa | Triệu USD | 342,6 | 388,1 | 215,7 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Kế hoạch được ban hành sớm, phân công rõ trách nhiệm của từng sở, ngành.
- Hình ảnh cây dừa được dùng nhất quán, tạo dấu ấn riêng cho Bến Tre trong mắt du khách quốc tế.
- Các cơ quan báo chí địa phương chủ động sản xuất nội dung song ngữ.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
Kinh phí dành cho truyền thông đối ngoại còn thấp so với yêu cầu. Đội ngũ cán bộ có trình độ ngoại ngữ và kỹ năng sản xuất nội dung số còn thiếu. Chưa có công cụ đo lường hiệu quả các chiến dịch trên mạng xã hội.
Nguyên nhân khách quan: hạ tầng giao thông kết nối với Thành phố Hồ Chí Minh còn hạn chế, ảnh hưởng của hạn mặn làm giảm sức hút của một số điểm du lịch.
Nguyên nhân chủ quan: một số đơn vị chưa quan tâm đúng mức đến công tác thông tin đối ngoại, còn xem đây là nhiệm vụ của ngành thông tin và truyền thông.
## {2.3} 3.|Bài học kinh nghiệm
- Chọn một biểu tượng dễ nhớ (cây dừa) và kể câu chuyện xung quanh nó hiệu quả hơn giới thiệu dàn trải.
- Lễ hội Dừa là dịp tập trung nguồn lực để quảng bá cả du lịch lẫn sản phẩm.
- Các bài đăng dịch máy sang tiếng Anh trên Fanpage năm 2023 ít tương tác, cần người bản ngữ biên tập.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông tiếp tục tổ chức tập huấn kỹ năng truyền thông số cho cán bộ địa phương và chia sẻ kho ảnh, video dùng chung.
- Đề nghị Bộ Văn hoá, Thể thao và Du lịch hỗ trợ tỉnh giới thiệu sản phẩm du lịch miệt vườn tại các hội chợ du lịch quốc tế.
- Kiến nghị Chính phủ bố trí nguồn kinh phí hỗ trợ các tỉnh khó khăn thực hiện nhiệm vụ quảng bá hình ảnh ra nước ngoài.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bến Tre ra nước "
             "ngoài theo cách làm mới, Uỷ ban nhân dân tỉnh Bến Tre kính gửi Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- CT, các PCT UBND tỉnh;", "- Sở TTTT, Sở VHTTDL, Sở NgV;",
                "- Lưu: VT, KGVX."],
    signature=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Tuấn"],
)

_TB = "| 318.200 |"
_DT = "| 1.640 |"
_XK = "| 342,6 |"
_KQ = "tổng lượt khách đến Bến Tre ước đạt"

GOLD = dict(
    plan=dict(status="built", references=[("3415/KH-UBND", "2023-06-26")], ev="ban hành Kế hoạch số 3415/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Cây dừa và các sản phẩm từ dừa", "products", "Cây dừa và các sản phẩm từ dừa"),
        ("Du lịch sinh thái miệt vườn, sông nước cù lao", "tourism", "Du lịch sinh thái miệt vườn"),
        ("Truyền thống Đồng Khởi", "culture_heritage", "Truyền thống Đồng Khởi"),
        ("Nghệ thuật Đờn ca tài tử Nam Bộ", "culture_heritage", "Nghệ thuật Đờn ca tài tử Nam Bộ"),
        ("Môi trường đầu tư vào nông nghiệp công nghệ cao và điện gió ven biển", "business_potential",
         "Môi trường đầu tư vào nông nghiệp"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bến Tre - Xứ Dừa xanh, sông nước hữu tình", "Tỉnh đã xác định thông điệp chính"),
        ("Ben Tre - The Land of Coconut", "Tỉnh đã xác định thông điệp chính"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, phiên bản tiếng Anh", "Cổng Thông tin điện tử tỉnh duy trì"),
        ("local_media", "Báo Đồng Khởi", "Báo Đồng Khởi và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Bến Tre", "Báo Đồng Khởi và Đài Phát thanh"),
        ("facebook", "Trang Facebook \"Ben Tre Travel\"", "Trang Facebook \"Ben Tre Travel\""),
        ("youtube", "kênh YouTube \"Du lịch Bến Tre\"", "Trang Facebook \"Ben Tre Travel\""),
        ("national_media", "Kênh VTV4", "Phối hợp với Kênh VTV4"),
        ("events", "Lễ hội Dừa Bến Tre lần thứ VI năm 2023", "Tổ chức Lễ hội Dừa Bến Tre"),
        ("press_trips", "02 đoàn famtrip gồm doanh nghiệp lữ hành và phóng viên Thái Lan, Hàn Quốc",
         "Tổ chức Lễ hội Dừa Bến Tre"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế ITE TP. Hồ Chí Minh", "Hội chợ Du lịch quốc tế ITE"),
        ("trade_promotion", "Hội chợ Thaifex tại Băng Cốc (Thái Lan)", "Hội chợ Du lịch quốc tế ITE"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Hàn Quốc", "Đại sứ quán Việt Nam tại Hàn Quốc"),
    ],
    figures=[
        F("site_visits", "lượt truy cập (phiên bản tiếng Anh của Cổng)", 186400, "visits", "lượt truy cập", "2023",
          "Cổng Thông tin điện tử tỉnh duy trì", ch=("increase", None, 2.1, "2022")),
        F("followers", "người theo dõi Fanpage", 12500, "people", "người", "2023-06", "số người theo dõi Fanpage"),
        F("followers", "người theo dõi Fanpage", 41300, "people", "người", "2024-08", "số người theo dõi Fanpage",
          base=("2023-06", 12500)),
        F("articles", "phóng sự giới thiệu Bến Tre", 12, "count", "phóng sự", "2023", "Phối hợp với Kênh VTV4"),
        F("delegations", "đoàn famtrip", 2, "count", "đoàn", "2023", "Tổ chức Lễ hội Dừa Bến Tre"),
        F("visitors_total", "tổng lượt khách", 1.73e6, "visits", "triệu lượt", "2023", _KQ,
          ch=("increase", 17.3, None, "2022"), approx=True),
        F("fdi_projects", "dự án FDI", 3, "count", "dự án", "2024-H1", "thu hút mới 03 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 46.5e6, "USD", "triệu USD", "2024-H1", "thu hút mới 03 dự án FDI"),
        F("visitors_international", "Khách quốc tế", 318200, "visits", "Lượt", "2022", _TB),
        F("visitors_international", "Khách quốc tế", 426500, "visits", "Lượt", "2023", _TB, base=("2022", 318200)),
        F("visitors_international", "Khách quốc tế", 265800, "visits", "Lượt", "2024-H1", _TB),
        F("tourism_revenue", "Doanh thu du lịch", 1640e9, "VND", "Tỷ đồng", "2022", _DT),
        F("tourism_revenue", "Doanh thu du lịch", 2150e9, "VND", "Tỷ đồng", "2023", _DT, base=("2022", 1640e9)),
        F("tourism_revenue", "Doanh thu du lịch", 1290e9, "VND", "Tỷ đồng", "2024-H1", _DT),
        F("export_value", "Kim ngạch xuất khẩu sản phẩm dừa", 342.6e6, "USD", "Triệu USD", "2022", _XK),
        F("export_value", "Kim ngạch xuất khẩu sản phẩm dừa", 388.1e6, "USD", "Triệu USD", "2023", _XK,
          base=("2022", 342.6e6)),
        F("export_value", "Kim ngạch xuất khẩu sản phẩm dừa", 215.7e6, "USD", "Triệu USD", "2024-H1", _XK),
    ],
    strengths=["Kế hoạch được ban hành sớm", "Hình ảnh cây dừa được dùng nhất quán",
               "Các cơ quan báo chí địa phương chủ động"],
    difficulties=["Kinh phí dành cho truyền thông đối ngoại còn thấp",
                  "Đội ngũ cán bộ có trình độ ngoại ngữ", "Chưa có công cụ đo lường hiệu quả các chiến dịch"],
    causes_objective=["Nguyên nhân khách quan:"],
    causes_subjective=["Nguyên nhân chủ quan:"],
    lessons=["Chọn một biểu tượng dễ nhớ", "Lễ hội Dừa là dịp tập trung", "Các bài đăng dịch máy"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông"),
        (None, ["mocst"], "Đề nghị Bộ Văn hoá"),
        (None, ["government"], "Kiến nghị Chính phủ"),
    ],
)
