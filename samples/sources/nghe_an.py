"""Nghệ An: text PDF whose last page is a scan (image only, no text layer), issued by the Sở TTTT.
Plan being drafted ("đang hoàn thiện dự thảo Kế hoạch ... trình UBND tỉnh"); headings renamed
"Kết quả triển khai / Hạn chế, vướng mắc / Bài học rút ra / Kiến nghị" (no Ưu điểm section);
factors as "+" bullets; no key message yet; causes under "* Nguyên nhân khách quan:" /
"* Nguyên nhân chủ quan:" with "+" bullets; "tăng 1,6 lần"; phone number in the closing."""

from kit.gold import F

SAMPLE = dict(
    stem="NgheAn_1742-BC-STTTT_quangba_signed",
    format="pdf",
    layout=dict(headings="bold", signature="table", scan_pages=[-1], scan_dpi=200, scan_seed=7),
    author="STTTT Nghe An",
    header=dict(left=["UBND TỈNH NGHỆ AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1742/BC-STTTT",
                place_date="Nghệ An, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện truyền thông quảng bá hình ảnh tỉnh Nghệ An",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Nghệ An", issuer="Sở Thông tin và Truyền thông tỉnh Nghệ An", number="1742/BC-STTTT",
        date="2024-09-25",
        title="Báo cáo kết quả thực hiện truyền thông quảng bá hình ảnh tỉnh Nghệ An ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Văn Hải", "position": "Phó Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông; được sự đồng ý của UBND tỉnh, Sở Thông tin và Truyền thông Nghệ An báo cáo kết quả như sau:
""",
    body="""
# {1} I.|KẾT QUẢ TRIỂN KHAI
**Về Kế hoạch.** Tỉnh Nghệ An chưa ban hành Kế hoạch riêng về truyền thông quảng bá hình ảnh ra nước ngoài theo cách làm mới. Hiện nay, Sở Thông tin và Truyền thông đang hoàn thiện dự thảo Kế hoạch truyền thông quảng bá hình ảnh tỉnh Nghệ An ra nước ngoài theo cách làm mới giai đoạn 2024 - 2026, sau khi tiếp thu ý kiến của các sở, ngành sẽ trình UBND tỉnh ban hành trong quý IV/2024. Trong thời gian chưa có Kế hoạch riêng, các hoạt động quảng bá được lồng ghép trong kế hoạch thông tin đối ngoại hằng năm của tỉnh.
**Về yếu tố truyền thông trọng tâm.** Dự thảo Kế hoạch đã xác định 04 yếu tố thế mạnh của tỉnh:
+ Quê hương Chủ tịch Hồ Chí Minh với Khu di tích Kim Liên;
+ Dân ca Ví, Giặm Nghệ Tĩnh - Di sản văn hóa phi vật thể đại diện của nhân loại;
+ Du lịch biển Cửa Lò và du lịch sinh thái miền Tây (Vườn quốc gia Pù Mát, Khu dự trữ sinh quyển miền Tây Nghệ An);
+ Môi trường đầu tư tại Khu kinh tế Đông Nam và các khu công nghiệp VSIP, WHA.
**Về thông điệp.** Tỉnh chưa xác định thông điệp chính của truyền thông; nội dung này sẽ được lựa chọn, thống nhất sau khi Kế hoạch được ban hành.
**Về kênh truyền thông.** Các kênh chủ yếu đang sử dụng gồm phiên bản tiếng Anh của Cổng thông tin điện tử tỉnh, Báo Nghệ An điện tử, Đài Phát thanh và Truyền hình Nghệ An (chương trình tiếng Lào, tiếng Thái phát sóng hằng tuần) và trang Facebook "Du lịch Nghệ An". Năm 2023, Báo Nghệ An và Đài Phát thanh và Truyền hình tỉnh thực hiện 312 tin, bài, phóng sự bằng tiếng Lào, tiếng Anh. Trang Facebook "Du lịch Nghệ An" hiện có khoảng 45 nghìn người theo dõi.
Tỉnh phát huy vai trò của cộng đồng người Nghệ An ở nước ngoài, nhất là tại Lào và Thái Lan, trong việc giới thiệu hình ảnh quê hương; duy trì quan hệ hợp tác với các tỉnh kết nghĩa Xiêng Khoảng, Bolikhămxay, Hủa Phăn (Lào). Festival Dân ca Ví, Giặm và Lễ hội Làng Sen là dịp để quảng bá văn hóa Nghệ An tới du khách quốc tế.
**Về kết quả.** Năm 2023, Nghệ An đón 7,8 triệu lượt khách, trong đó khách quốc tế đạt 145.600 lượt; tổng thu từ du lịch đạt 9.600 tỷ đồng. Thu hút FDI năm 2023 đạt 1,64 tỷ USD. Trong 6 tháng đầu năm 2024, tỉnh thu hút 1,08 tỷ USD vốn FDI, tăng 1,6 lần so với cùng kỳ.
Các kết quả trên có sự đóng góp của công tác truyền thông quảng bá; tuy nhiên, do chưa có Kế hoạch riêng nên chưa có số liệu đánh giá trước và sau khi thực hiện.
# {2.2} II.|HẠN CHẾ, VƯỚNG MẮC
- Việc xây dựng Kế hoạch còn chậm so với yêu cầu; hoạt động quảng bá ra nước ngoài còn phân tán ở nhiều sở, ngành.
- Sản phẩm truyền thông bằng tiếng nước ngoài còn ít, chủ yếu là tiếng Lào và tiếng Anh.
- Chưa khai thác hiệu quả các nền tảng mạng xã hội xuyên biên giới.
* Nguyên nhân khách quan:
+ Nguồn kinh phí của tỉnh còn khó khăn, chưa bố trí được kinh phí riêng cho hoạt động quảng bá ra nước ngoài.
+ Cạnh tranh thu hút khách du lịch, nhà đầu tư giữa các địa phương trong khu vực Bắc Trung Bộ ngày càng lớn.
* Nguyên nhân chủ quan:
+ Nhận thức của một số cơ quan, đơn vị về truyền thông quảng bá theo cách làm mới chưa đầy đủ.
+ Đội ngũ cán bộ có kỹ năng ngoại ngữ và truyền thông số còn thiếu.
# {2.3} III.|BÀI HỌC RÚT RA
- Phải có Kế hoạch riêng với cơ quan đầu mối rõ ràng thì hoạt động quảng bá mới tập trung, tránh trùng lặp.
- Quảng bá gắn với di sản và con người là hướng đi phù hợp với thế mạnh của Nghệ An.
# {3} IV.|KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông tiếp tục hướng dẫn, góp ý để tỉnh hoàn thiện Kế hoạch và xác định thông điệp truyền thông phù hợp.
- Kiến nghị Bộ Ngoại giao hỗ trợ kết nối với các cơ quan đại diện Việt Nam tại Lào, Thái Lan, Hàn Quốc trong tổ chức các hoạt động quảng bá.
- Đề nghị Bộ Tài chính hướng dẫn định mức chi cho hoạt động quảng bá trên nền tảng số, thuê sản xuất nội dung bằng tiếng nước ngoài.
""",
    closing=["Trên đây là báo cáo của Sở Thông tin và Truyền thông tỉnh Nghệ An, kính gửi Cục Thông tin đối ngoại tổng hợp. Cán bộ đầu mối: bà Lê Thị Thu Hà, Trưởng phòng Thông tin - Báo chí - Xuất bản, điện thoại: 0238.3598.226./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."],
    signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn Hải"],
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="đang hoàn thiện dự thảo Kế hoạch"),
    factors=dict(identified=True, items=[
        ("Quê hương Chủ tịch Hồ Chí Minh", "culture_heritage", "Quê hương Chủ tịch Hồ Chí Minh"),
        ("Dân ca Ví, Giặm Nghệ Tĩnh", "culture_heritage", "Dân ca Ví, Giặm Nghệ Tĩnh - Di sản"),
        ("Du lịch biển Cửa Lò và du lịch sinh thái miền Tây", "tourism", "Du lịch biển Cửa Lò"),
        ("Môi trường đầu tư", "business_potential", "Môi trường đầu tư tại Khu kinh tế Đông Nam"),
    ]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "phiên bản tiếng Anh của Cổng thông tin điện tử tỉnh", "Các kênh chủ yếu đang sử dụng"),
        ("local_media", "Báo Nghệ An điện tử", "Các kênh chủ yếu đang sử dụng"),
        ("local_media", "Đài Phát thanh và Truyền hình Nghệ An", "Các kênh chủ yếu đang sử dụng"),
        ("facebook", 'trang Facebook "Du lịch Nghệ An"', "Các kênh chủ yếu đang sử dụng"),
        ("diaspora", "cộng đồng người Nghệ An ở nước ngoài", "Tỉnh phát huy vai trò của cộng đồng người Nghệ An"),
        ("partner_localities", "các tỉnh kết nghĩa Xiêng Khoảng, Bolikhămxay, Hủa Phăn (Lào)",
         "Tỉnh phát huy vai trò của cộng đồng người Nghệ An"),
        ("events", "Festival Dân ca Ví, Giặm và Lễ hội Làng Sen", "Festival Dân ca Ví, Giặm và Lễ hội Làng Sen"),
    ],
    figures=[
        F("articles", "tin, bài, phóng sự bằng tiếng Lào, tiếng Anh", 312, "count", "tin, bài, phóng sự", "2023",
          "thực hiện 312 tin, bài"),
        F("followers", "người theo dõi", 45000, "people", "nghìn người theo dõi", None, "hiện có khoảng 45 nghìn",
          approx=True),
        F("visitors_total", "lượt khách", 7.8e6, "visits", "triệu lượt", "2023", "Nghệ An đón 7,8 triệu lượt khách"),
        F("visitors_international", "khách quốc tế", 145600, "visits", "lượt", "2023", "Nghệ An đón 7,8 triệu lượt khách"),
        F("tourism_revenue", "tổng thu từ du lịch", 9600e9, "VND", "tỷ đồng", "2023", "Nghệ An đón 7,8 triệu lượt khách"),
        F("fdi_capital", "Thu hút FDI", 1.64e9, "USD", "tỷ USD", "2023", "Thu hút FDI năm 2023 đạt 1,64 tỷ USD"),
        F("fdi_capital", "vốn FDI", 1.08e9, "USD", "tỷ USD", "2024-H1", "tỉnh thu hút 1,08 tỷ USD vốn FDI",
          ch=("increase", None, 1.6, "2023-H1")),
    ],
    difficulties=["Việc xây dựng Kế hoạch còn chậm", "Sản phẩm truyền thông bằng tiếng nước ngoài còn ít",
                  "Chưa khai thác hiệu quả các nền tảng mạng xã hội"],
    causes_objective=["Nguồn kinh phí của tỉnh còn khó khăn", "Cạnh tranh thu hút khách du lịch, nhà đầu tư"],
    causes_subjective=["Nhận thức của một số cơ quan, đơn vị", "Đội ngũ cán bộ có kỹ năng ngoại ngữ"],
    lessons=["Phải có Kế hoạch riêng với cơ quan đầu mối", "Quảng bá gắn với di sản và con người"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông tiếp tục hướng dẫn"),
        (None, ["mofa"], "Kiến nghị Bộ Ngoại giao hỗ trợ kết nối"),
        (None, ["mof"], "Đề nghị Bộ Tài chính hướng dẫn định mức chi"),
    ],
)
