"""Hải Phòng: .rtf (LibreOffice "Rich Text Format"), a city ("THÀNH PHỐ HẢI PHÒNG", "TP. Hải Phòng").
Pilot locality; headings "Phần thứ nhất / Phần thứ hai / Phần thứ ba" with "I./II." and "1./2." below
("Phần thứ hai" has no text of its own); channels as paragraphs with bold lead-ins; a before/after
table (2021 before the plan | 2023 after | So sánh); strengths as "Thứ nhất, ... Thứ hai, ..."
sentences; messages in Vietnamese curly quotes; recommendations under "Đối với ...:" lines."""

from kit.gold import F

SAMPLE = dict(
    stem="HaiPhong_214-BC-UBND_TTDN",
    format="rtf",
    layout=dict(headings="bold", signature="table"),
    author="UBND TP Hai Phong",
    header=dict(left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], number="214/BC-UBND",
                place_date="Hải Phòng, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Tình hình, kết quả truyền thông quảng bá hình ảnh thành phố Hải Phòng",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Hải Phòng", issuer="Ủy ban nhân dân thành phố Hải Phòng", number="214/BC-UBND", date="2024-09-24",
        title="Báo cáo tình hình, kết quả truyền thông quảng bá hình ảnh thành phố Hải Phòng ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Thị Hồng Vân", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân thành phố Hải Phòng báo cáo tình hình, kết quả truyền thông quảng bá hình ảnh thành phố ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} Phần thứ nhất.|TÌNH HÌNH XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## I.|VỀ XÂY DỰNG KẾ HOẠCH
Hải Phòng là một trong 08 địa phương được Bộ Thông tin và Truyền thông lựa chọn thí điểm truyền thông quảng bá hình ảnh ra nước ngoài theo cách làm mới. Ngày 18/7/2022, UBND thành phố ban hành Kế hoạch số 165/KH-UBND về thí điểm truyền thông quảng bá hình ảnh thành phố Hải Phòng ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025. Sở Thông tin và Truyền thông TP. Hải Phòng là cơ quan thường trực, chủ trì phối hợp với Sở Ngoại vụ, Sở Du lịch, Ban Quản lý Khu kinh tế Hải Phòng và các cơ quan báo chí của thành phố triển khai.
## II.|YẾU TỐ TRỌNG TÂM VÀ THÔNG ĐIỆP
Căn cứ lợi thế so sánh của thành phố, Kế hoạch xác định 05 yếu tố trọng tâm: (1) cảng biển và logistics; (2) công nghiệp, thu hút đầu tư; (3) di sản và văn hóa, với Quần đảo Cát Bà và Khu di tích Bạch Đằng Giang; (4) du lịch biển đảo; (5) con người Hải Phòng thẳng thắn, trung thực, nghĩa tình.
Thành phố sử dụng 02 thông điệp chính: “Hải Phòng - Thành phố Cảng xanh, văn minh, hiện đại” trong xúc tiến đầu tư và “Hải Phòng - Thành phố Hoa Phượng Đỏ” trong quảng bá du lịch, văn hóa.
## III.|KÊNH VÀ PHƯƠNG THỨC TRUYỀN THÔNG
**Báo chí, truyền hình đối ngoại.** Năm 2023, thành phố phối hợp với Kênh VTV4 - Đài Truyền hình Việt Nam, Hệ Phát thanh đối ngoại VOV5 và Báo Vietnam News sản xuất 54 tin, phóng sự về Hải Phòng. Cũng trong năm 2023, thành phố đặt 12 bài viết giới thiệu môi trường đầu tư trên các báo nước ngoài như CNN, Nikkei Asia, The Straits Times.
**Nền tảng số.** Trang tiếng Anh của Cổng thông tin điện tử thành phố được nâng cấp, tích hợp bản đồ số các khu công nghiệp; fanpage "Hai Phong City" và kênh YouTube "Hải Phòng Today" đăng tải nội dung bằng tiếng Anh, tiếng Nhật, tiếng Hàn. Năm 2023, các video trên kênh YouTube đạt 1,2 triệu lượt xem.
**Xúc tiến đầu tư.** Năm 2023, thành phố tổ chức 06 hội nghị xúc tiến đầu tư tại Nhật Bản, Hàn Quốc và Hoa Kỳ, với sự hỗ trợ của các cơ quan đại diện Việt Nam ở nước ngoài tại các nước sở tại.
**Hợp tác quốc tế.** Hải Phòng hiện có quan hệ hợp tác với 43 địa phương nước ngoài; các thành phố kết nghĩa như Kitakyushu (Nhật Bản), Incheon (Hàn Quốc), Thiên Tân (Trung Quốc) thường xuyên giới thiệu hình ảnh Hải Phòng tới người dân sở tại.
**Sự kiện.** Lễ hội Hoa Phượng Đỏ được tổ chức thường niên, từ năm 2023 có thêm các hoạt động dành cho khách quốc tế và cộng đồng doanh nghiệp FDI.
## IV.|KẾT QUẢ, HIỆU QUẢ
Sau gần hai năm triển khai, hình ảnh Hải Phòng được nhận diện rõ hơn với vai trò thành phố cảng, trung tâm công nghiệp của vùng duyên hải Bắc Bộ. Một số chỉ tiêu trước và sau khi thực hiện Kế hoạch như sau:
| Chỉ tiêu | Đơn vị | Năm 2021 (trước khi có Kế hoạch) | Năm 2023 (sau khi triển khai) | So sánh |
| Vốn FDI thu hút | tỷ USD | 2,89 | 3,06 | tăng 5,9% |
| Lượt khách du lịch | triệu lượt | 3,2 | 9,1 | gấp 2,8 lần |
| Khách quốc tế | nghìn lượt | 21,5 | 592 | gấp 27,5 lần |
| Doanh thu du lịch | tỷ đồng | 4.350 | 7.920 | tăng 82,1% |
| Kim ngạch xuất khẩu | tỷ USD | 25,1 | 29,4 | tăng 17,1% |
6 tháng đầu năm 2024, thành phố đón 5,1 triệu lượt khách, tăng 14,2% so với cùng kỳ; thu hút 1,37 tỷ USD vốn FDI.
# {2} Phần thứ hai.|ĐÁNH GIÁ CHUNG
## {2.1} I.|ƯU ĐIỂM
Thứ nhất, công tác truyền thông quảng bá được Thành ủy, UBND thành phố xác định là nhiệm vụ thường xuyên, có kế hoạch và nguồn lực cụ thể. Thứ hai, nội dung truyền thông gắn chặt với mục tiêu thu hút đầu tư, phát huy được thế mạnh cảng biển và công nghiệp. Thứ ba, thành phố đã tận dụng tốt mạng lưới các địa phương hợp tác, kết nghĩa và cộng đồng doanh nghiệp nước ngoài để lan tỏa hình ảnh.
## {2.2} II.|KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN
- Hình ảnh du lịch của thành phố chưa nổi bật so với các điểm đến lân cận; sản phẩm du lịch dành cho khách quốc tế còn ít.
- Chưa có cơ chế đặc thù để thuê đơn vị chuyên nghiệp sản xuất nội dung và mua quảng cáo trên nền tảng xuyên biên giới.
- Về nguyên nhân khách quan: các quy định về định mức chi cho hoạt động thông tin đối ngoại chưa theo kịp yêu cầu truyền thông số; kinh tế thế giới suy giảm ảnh hưởng đến dòng vốn đầu tư.
- Về nguyên nhân chủ quan: một số sở, ngành chưa chủ động cung cấp thông tin, dữ liệu bằng ngoại ngữ; nhân lực chuyên trách còn mỏng.
## {2.3} III.|BÀI HỌC KINH NGHIỆM
- Chiến dịch quảng bá môi trường đầu tư trên Nikkei Asia kết hợp hội nghị xúc tiến tại Tokyo cho thấy hiệu quả của việc phối hợp truyền thông với hoạt động xúc tiến trực tiếp.
- Cần phát huy vai trò của doanh nghiệp FDI đang hoạt động tại thành phố trong việc chia sẻ câu chuyện thành công của mình với nhà đầu tư tiềm năng.
# {3} Phần thứ ba.|ĐỀ XUẤT, KIẾN NGHỊ
* Đối với Chính phủ:
- Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài và cơ chế tài chính cho hoạt động quảng bá trên các nền tảng xuyên biên giới.
* Đối với Bộ Thông tin và Truyền thông:
- Xây dựng kho dữ liệu dùng chung về hình ảnh quốc gia, địa phương để các cơ quan báo chí đối ngoại khai thác.
- Tổ chức các đoàn phóng viên nước ngoài thường trú tại Việt Nam đến tác nghiệp tại các địa phương thí điểm.
* Đối với Bộ Ngoại giao:
- Chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài giới thiệu cơ hội đầu tư tại Hải Phòng trong các hoạt động ngoại giao kinh tế.
* Đối với các cơ quan báo chí Trung ương:
- Dành thời lượng phù hợp trên các kênh đối ngoại để giới thiệu hình ảnh các địa phương thí điểm.
""",
    closing=["Trên đây là báo cáo của Ủy ban nhân dân thành phố Hải Phòng về kết quả truyền thông quảng bá hình ảnh thành phố ra nước ngoài theo cách làm mới, trân trọng gửi Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT;", "- Cục Thông tin đối ngoại;", "- TTTU, TTHĐND TP;", "- CT, các PCT UBND TP;",
                "- Các Sở: TT&TT, Ngoại vụ, Du lịch;", "- Cổng TTĐT TP. Hải Phòng;", "- CVP, PCVP;", "- Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Thị Hồng Vân"],
)

GOLD = dict(
    plan=dict(status="built", references=[("165/KH-UBND", "2022-07-18")],
              ev="UBND thành phố ban hành Kế hoạch số 165/KH-UBND"),
    factors=dict(identified=True, items=[
        ("cảng biển và logistics", "business_potential", "Kế hoạch xác định 05 yếu tố trọng tâm"),
        ("công nghiệp, thu hút đầu tư", "business_potential", "Kế hoạch xác định 05 yếu tố trọng tâm"),
        ("di sản và văn hóa", "culture_heritage", "Kế hoạch xác định 05 yếu tố trọng tâm"),
        ("du lịch biển đảo", "tourism", "Kế hoạch xác định 05 yếu tố trọng tâm"),
        ("con người Hải Phòng thẳng thắn, trung thực, nghĩa tình", "value_system", "Kế hoạch xác định 05 yếu tố trọng tâm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Hải Phòng - Thành phố Cảng xanh, văn minh, hiện đại", "Thành phố sử dụng 02 thông điệp chính"),
        ("Hải Phòng - Thành phố Hoa Phượng Đỏ", "Thành phố sử dụng 02 thông điệp chính"),
    ]),
    channels=[
        ("national_media", "Kênh VTV4 - Đài Truyền hình Việt Nam", "sản xuất 54 tin, phóng sự"),
        ("national_media", "Hệ Phát thanh đối ngoại VOV5", "sản xuất 54 tin, phóng sự"),
        ("national_media", "Báo Vietnam News", "sản xuất 54 tin, phóng sự"),
        ("foreign_media", "các báo nước ngoài như CNN, Nikkei Asia, The Straits Times", "thành phố đặt 12 bài viết"),
        ("portal", "Trang tiếng Anh của Cổng thông tin điện tử thành phố", "Trang tiếng Anh của Cổng thông tin điện tử thành phố"),
        ("facebook", 'fanpage "Hai Phong City"', 'fanpage "Hai Phong City"'),
        ("youtube", 'kênh YouTube "Hải Phòng Today"', 'fanpage "Hai Phong City"'),
        ("trade_promotion", "hội nghị xúc tiến đầu tư tại Nhật Bản, Hàn Quốc và Hoa Kỳ", "06 hội nghị xúc tiến đầu tư"),
        ("overseas_missions", "cơ quan đại diện Việt Nam ở nước ngoài", "06 hội nghị xúc tiến đầu tư"),
        ("partner_localities", "các thành phố kết nghĩa như Kitakyushu (Nhật Bản), Incheon (Hàn Quốc), Thiên Tân (Trung Quốc)",
         "quan hệ hợp tác với 43 địa phương nước ngoài"),
        ("events", "Lễ hội Hoa Phượng Đỏ", "Lễ hội Hoa Phượng Đỏ được tổ chức thường niên"),
    ],
    figures=[
        F("articles", "tin, phóng sự về Hải Phòng", 54, "count", "tin, phóng sự", "2023", "sản xuất 54 tin, phóng sự"),
        F("foreign_articles", "bài viết giới thiệu môi trường đầu tư trên các báo nước ngoài", 12, "count", "bài viết", "2023",
          "thành phố đặt 12 bài viết"),
        F("views", "lượt xem", 1200000, "visits", "triệu lượt xem", "2023", "các video trên kênh YouTube đạt 1,2 triệu lượt xem"),
        F("events", "hội nghị xúc tiến đầu tư", 6, "count", "hội nghị", "2023", "06 hội nghị xúc tiến đầu tư"),
        F("partners", "địa phương nước ngoài", 43, "count", "địa phương", None, "quan hệ hợp tác với 43 địa phương nước ngoài"),
        F("fdi_capital", "Vốn FDI thu hút", 2.89e9, "USD", "tỷ USD", "2021", "Vốn FDI thu hút | tỷ USD"),
        F("fdi_capital", "Vốn FDI thu hút", 3.06e9, "USD", "tỷ USD", "2023", "Vốn FDI thu hút | tỷ USD",
          base=("2021", 2.89e9), ch=("increase", 5.9, None, "2021")),
        F("visitors_total", "Lượt khách du lịch", 3.2e6, "visits", "triệu lượt", "2021", "Lượt khách du lịch | triệu lượt"),
        F("visitors_total", "Lượt khách du lịch", 9.1e6, "visits", "triệu lượt", "2023", "Lượt khách du lịch | triệu lượt",
          base=("2021", 3.2e6), ch=("increase", None, 2.8, "2021")),
        F("visitors_international", "Khách quốc tế", 21500, "visits", "nghìn lượt", "2021", "Khách quốc tế | nghìn lượt"),
        F("visitors_international", "Khách quốc tế", 592000, "visits", "nghìn lượt", "2023", "Khách quốc tế | nghìn lượt",
          base=("2021", 21500), ch=("increase", None, 27.5, "2021")),
        F("tourism_revenue", "Doanh thu du lịch", 4350e9, "VND", "tỷ đồng", "2021", "Doanh thu du lịch | tỷ đồng"),
        F("tourism_revenue", "Doanh thu du lịch", 7920e9, "VND", "tỷ đồng", "2023", "Doanh thu du lịch | tỷ đồng",
          base=("2021", 4350e9), ch=("increase", 82.1, None, "2021")),
        F("export_value", "Kim ngạch xuất khẩu", 25.1e9, "USD", "tỷ USD", "2021", "Kim ngạch xuất khẩu | tỷ USD"),
        F("export_value", "Kim ngạch xuất khẩu", 29.4e9, "USD", "tỷ USD", "2023", "Kim ngạch xuất khẩu | tỷ USD",
          base=("2021", 25.1e9), ch=("increase", 17.1, None, "2021")),
        F("visitors_total", "lượt khách", 5.1e6, "visits", "triệu lượt", "2024-H1", "thành phố đón 5,1 triệu lượt khách",
          ch=("increase", 14.2, None, "2023-H1")),
        F("fdi_capital", "vốn FDI", 1.37e9, "USD", "tỷ USD", "2024-H1", "thành phố đón 5,1 triệu lượt khách"),
    ],
    strengths=["Thứ nhất, công tác truyền thông quảng bá", "Thứ hai, nội dung truyền thông gắn chặt",
               "Thứ ba, thành phố đã tận dụng tốt"],
    difficulties=["Hình ảnh du lịch của thành phố chưa nổi bật", "Chưa có cơ chế đặc thù để thuê đơn vị chuyên nghiệp"],
    causes_objective=["Về nguyên nhân khách quan:"],
    causes_subjective=["Về nguyên nhân chủ quan:"],
    lessons=["Chiến dịch quảng bá môi trường đầu tư trên Nikkei Asia",
             "Cần phát huy vai trò của doanh nghiệp FDI"],
    recommendations=[
        (None, ["government"], "Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài và cơ chế"),
        (None, ["mic"], "Xây dựng kho dữ liệu dùng chung"),
        (None, ["mic"], "Tổ chức các đoàn phóng viên nước ngoài thường trú"),
        (None, ["mofa"], "giới thiệu cơ hội đầu tư tại Hải Phòng trong các hoạt động ngoại giao kinh tế"),
        (None, ["central_media"], "Dành thời lượng phù hợp trên các kênh đối ngoại"),
    ],
)
