"""Vĩnh Long: .odt, typed "1." / "2." / "3." parts in capitals with "a)" ... "d)" below, plain
signature. Checkbox line with the boxes after the labels ("Đã xây dựng ☒ Đang xây dựng ☐ ...");
plan 134/KH-UBND beside a tourism Đề án approved by "Quyết định số 1120/QĐ-UBND" (distractor); factors
as "+" bullets with head phrases cut at ":", "(", " - “...”" and "gắn với"; one message in “ ”;
a product video whose title looks like a slogan; "tăng gấp 2,4 lần so với tháng 6/2023", a view
count with no period ("đã đạt hơn 1,2 triệu lượt xem"), "6 tháng đầu năm 2024 ... so với cùng kỳ",
"tăng 4,3% so với năm trước"; causes as "- Nguyên nhân khách quan: ..." bullets under a bold-italic
"Nguyên nhân" line; recommendations as "Đối với Bộ ...:" lead-in paragraphs to four ministries."""

from kit.gold import F

SAMPLE = dict(
    stem="VinhLong_BC278_UBND_quang-ba-hinh-anh",
    format="odt",
    layout=dict(headings="bold", signature="plain", font_size=14),
    author="Sở TTTT Vĩnh Long",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG"], number="278/BC-UBND",
                place_date="Vĩnh Long, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới năm 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Vĩnh Long", issuer="Ủy ban nhân dân tỉnh Vĩnh Long", number="278/BC-UBND", date="2024-09-24",
        title="Báo cáo thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới năm 2023 - 2024",
        signer={"name": "Trần Thị Mỹ Hạnh", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới; Ủy ban nhân dân tỉnh Vĩnh Long báo cáo kết quả thực hiện, cụ thể như sau:
""",
    body="""
# {1} 1.|KẾT QUẢ XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## a)|Tình hình xây dựng Kế hoạch
Đã xây dựng ☒     Đang xây dựng ☐     Chưa xây dựng ☐
UBND tỉnh ban hành Kế hoạch số 134/KH-UBND ngày 07/6/2023 về truyền thông quảng bá hình ảnh tỉnh Vĩnh Long ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025, tầm nhìn đến năm 2030. Kế hoạch được triển khai song song với Đề án phát triển du lịch tỉnh Vĩnh Long đến năm 2030 (phê duyệt tại Quyết định số 1120/QĐ-UBND ngày 15/5/2023 của UBND tỉnh).
## b)|Yếu tố truyền thông và thông điệp
Tỉnh xác định 04 yếu tố truyền thông trọng tâm:
+ Du lịch sinh thái miệt vườn: các cù lao An Bình, Long Hồ với mô hình homestay, vườn trái cây.
+ Làng nghề gạch gốm Mang Thít - “Vương quốc gốm đỏ” bên dòng kênh Thầy Cai.
+ Nông sản, trái cây đặc sản (bưởi Năm Roi, cam sành Tam Bình, khoai lang Bình Tân).
+ Di sản văn hóa gắn với Văn Thánh Miếu, Đình Long Thanh và nghệ thuật Đờn ca tài tử Nam Bộ.
Thông điệp chính của tỉnh: “Vĩnh Long - Miệt vườn xanh, đất lành, người nghĩa tình”.
## c)|Phương thức, kênh truyền thông
- Trang thông tin điện tử tiếng Anh của tỉnh và Cổng Thông tin du lịch Vĩnh Long được cập nhật thường xuyên các tin, bài giới thiệu điểm đến, cơ hội đầu tư.
- Fanpage “Vinh Long Tourism”, tài khoản Instagram và Zalo OA “Du lịch Vĩnh Long” được vận hành từ tháng 7/2023. Tính đến tháng 9/2024, tổng số người theo dõi trên các nền tảng mạng xã hội của tỉnh đạt 58.400 người, tăng gấp 2,4 lần so với tháng 6/2023 (thời điểm ban hành Kế hoạch).
- Video quảng bá “Vĩnh Long - Sông nước miệt vườn” (phiên bản tiếng Anh, tiếng Hàn) đăng trên kênh YouTube của tỉnh đã đạt hơn 1,2 triệu lượt xem.
- Năm 2024, tổ chức 02 chương trình famtrip cho các doanh nghiệp lữ hành, KOL đến từ Hàn Quốc, Nhật Bản, Pháp khảo sát sản phẩm du lịch miệt vườn.
- Tổ chức “Ngày Văn hóa - Du lịch Vĩnh Long” tại thành phố Daejeon (Hàn Quốc) tháng 10/2023.
## d)|Kết quả đạt được
Năm 2023, tỉnh đón 2.145.000 lượt khách du lịch, trong đó khách quốc tế đạt 198.600 lượt; tổng thu từ du lịch đạt 1.218 tỷ đồng. Trong 6 tháng đầu năm 2024, khách quốc tế đến tỉnh đạt 121.300 lượt, tăng 17,8% so với cùng kỳ năm 2023.
Năm 2023, tỉnh cấp mới 05 dự án FDI với tổng vốn đăng ký 96,5 triệu USD; kim ngạch xuất khẩu đạt 1,09 tỷ USD, tăng 4,3% so với năm trước.
# {2} 2.|ĐÁNH GIÁ CHUNG
## {2.1} a)|Ưu điểm
- Kế hoạch được ban hành sớm, phân công rõ trách nhiệm cho từng sở, ngành, địa phương.
- Các nền tảng mạng xã hội phát triển nhanh, chi phí thấp, phù hợp với điều kiện của tỉnh.
## {2.2} b)|Khó khăn, vướng mắc
- Quy mô các hoạt động còn nhỏ, chủ yếu quảng bá du lịch, chưa quan tâm đúng mức đến quảng bá môi trường đầu tư.
- Tỉnh chưa có đội ngũ biên dịch, biên tập nội dung tiếng nước ngoài chuyên nghiệp.
- Việc thống kê, đo lường hiệu quả truyền thông còn thủ công, số liệu chưa đầy đủ.
* Nguyên nhân
- Nguyên nhân khách quan: Vĩnh Long không có sân bay, cảng biển quốc tế; sản phẩm du lịch miệt vườn dễ trùng lặp với các tỉnh lân cận.
- Nguyên nhân chủ quan: một số sở, ngành chưa chủ động phối hợp cung cấp thông tin; nguồn kinh phí chưa được bố trí riêng cho Kế hoạch.
## {2.3} c)|Bài học kinh nghiệm
Cần chọn một sản phẩm đặc trưng làm hình ảnh đại diện để truyền thông nhất quán trên mọi kênh. Sự tham gia của doanh nghiệp lữ hành và người dân làm du lịch cộng đồng là yếu tố quyết định sức lan tỏa của hình ảnh địa phương.
# {3} 3.|KIẾN NGHỊ, ĐỀ XUẤT
**Đối với Bộ Thông tin và Truyền thông:** tổ chức các lớp bồi dưỡng kỹ năng sản xuất nội dung số bằng ngoại ngữ cho cán bộ địa phương; hỗ trợ đưa tin, bài về Vĩnh Long lên các kênh thông tin đối ngoại quốc gia.
**Đối với Bộ Văn hóa, Thể thao và Du lịch:** hỗ trợ xây dựng sản phẩm du lịch đặc thù vùng Đồng bằng sông Cửu Long và đưa Vĩnh Long vào các chương trình xúc tiến du lịch quốc gia.
**Đối với Bộ Ngoại giao:** giới thiệu các địa phương nước ngoài có điều kiện tương đồng để tỉnh thiết lập quan hệ hợp tác.
**Đối với Bộ Kế hoạch và Đầu tư:** hỗ trợ giới thiệu môi trường đầu tư của tỉnh trong các đoàn xúc tiến đầu tư quốc gia.
""",
    closing=["Trên đây là báo cáo thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách "
             "làm mới của tỉnh Vĩnh Long./."],
    recipients=["Nơi nhận:", "- Bộ TTTT (Cục TTĐN);", "- TT.TU, TT.HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL, Sở Ngoại vụ;", "- LĐVP, Phòng VHXH;", "- Lưu: VT, 4.18.05."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Thị Mỹ Hạnh"],
)

_RES = "Năm 2023, tỉnh đón 2.145.000 lượt khách"

GOLD = dict(
    plan=dict(status="built", references=[("134/KH-UBND", "2023-06-07")], ev="Đã xây dựng ☒"),
    factors=dict(identified=True, items=[
        ("Du lịch sinh thái miệt vườn", "tourism", "Du lịch sinh thái miệt vườn: các cù lao"),
        ("Làng nghề gạch gốm Mang Thít", "products", "Làng nghề gạch gốm Mang Thít"),
        ("Nông sản, trái cây đặc sản", "products", "Nông sản, trái cây đặc sản"),
        ("Di sản văn hóa", "culture_heritage", "Di sản văn hóa gắn với Văn Thánh Miếu"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Vĩnh Long - Miệt vườn xanh, đất lành, người nghĩa tình", "Thông điệp chính của tỉnh"),
    ]),
    channels=[
        ("portal", "Trang thông tin điện tử tiếng Anh của tỉnh", "Trang thông tin điện tử tiếng Anh"),
        ("portal", "Cổng Thông tin du lịch Vĩnh Long", "Trang thông tin điện tử tiếng Anh"),
        ("facebook", "Fanpage “Vinh Long Tourism”", "Fanpage “Vinh Long Tourism”"),
        ("instagram", "tài khoản Instagram", "Fanpage “Vinh Long Tourism”"),
        ("zalo", "Zalo OA “Du lịch Vĩnh Long”", "Fanpage “Vinh Long Tourism”"),
        ("video", "Video quảng bá “Vĩnh Long - Sông nước miệt vườn”", "Video quảng bá “Vĩnh Long"),
        ("youtube", "kênh YouTube của tỉnh", "Video quảng bá “Vĩnh Long"),
        ("press_trips", "02 chương trình famtrip cho các doanh nghiệp lữ hành", "chương trình famtrip"),
        ("influencers", "KOL đến từ Hàn Quốc, Nhật Bản, Pháp", "chương trình famtrip"),
        ("events", "“Ngày Văn hóa - Du lịch Vĩnh Long” tại thành phố Daejeon (Hàn Quốc)", "Ngày Văn hóa - Du lịch Vĩnh Long"),
    ],
    figures=[
        F("followers", "tổng số người theo dõi trên các nền tảng mạng xã hội", 58400, "people", "người", "2024-09",
          "tổng số người theo dõi", ch=("increase", None, 2.4, "2023-06")),
        F("views", "lượt xem (video quảng bá)", 1.2e6, "visits", "triệu lượt xem", None, "hơn 1,2 triệu lượt xem",
          approx=True),
        F("events", "chương trình famtrip", 2, "count", "chương trình", "2024", "chương trình famtrip"),
        F("visitors_total", "lượt khách du lịch", 2145000, "visits", "lượt", "2023", _RES),
        F("visitors_international", "khách quốc tế", 198600, "visits", "lượt", "2023", _RES),
        F("tourism_revenue", "tổng thu từ du lịch", 1218e9, "VND", "tỷ đồng", "2023", _RES),
        F("visitors_international", "khách quốc tế", 121300, "visits", "lượt", "2024-H1", "6 tháng đầu năm 2024",
          ch=("increase", 17.8, None, "2023-H1")),
        F("fdi_projects", "dự án FDI", 5, "count", "dự án", "2023", "cấp mới 05 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 96.5e6, "USD", "triệu USD", "2023", "cấp mới 05 dự án FDI"),
        F("export_value", "kim ngạch xuất khẩu", 1.09e9, "USD", "tỷ USD", "2023", "cấp mới 05 dự án FDI",
          ch=("increase", 4.3, None, "2022")),
    ],
    strengths=["Kế hoạch được ban hành sớm", "Các nền tảng mạng xã hội phát triển nhanh"],
    difficulties=["Quy mô các hoạt động còn nhỏ", "Tỉnh chưa có đội ngũ biên dịch",
                  "Việc thống kê, đo lường hiệu quả truyền thông"],
    causes_objective=["Nguyên nhân khách quan: Vĩnh Long"],
    causes_subjective=["Nguyên nhân chủ quan: một số sở"],
    lessons=["Cần chọn một sản phẩm đặc trưng", "Sự tham gia của doanh nghiệp lữ hành"],
    recommendations=[
        (None, ["mic"], "Đối với Bộ Thông tin và Truyền thông:"),
        (None, ["mocst"], "Đối với Bộ Văn hóa, Thể thao và Du lịch:"),
        (None, ["mofa"], "Đối với Bộ Ngoại giao:"),
        (None, ["mpi"], "Đối với Bộ Kế hoạch và Đầu tư:"),
    ],
)
