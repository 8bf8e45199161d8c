"""Thành phố Hồ Chí Minh: .docx, bold Normal headings whose "I."/"1."/"a)" labels and the "-"
bullets exist only in numbering.xml (upperRoman / decimal / lowerLetter / bullet).
"TP. HCM" in the body; before/after table; "từ ... lên ..." in prose; plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="HCM_BC3712_quang-ba-hinh-anh",
    format="docx",
    layout=dict(headings="autonum", signature="table", font_size=13),
    author="Sở Thông tin và Truyền thông TP.HCM",
    header=dict(left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], bold_left=(0, 1), number="3712/BC-UBND",
                place_date="Thành phố Hồ Chí Minh, ngày 23 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hồ Chí Minh", issuer="Ủy ban nhân dân Thành phố Hồ Chí Minh", number="3712/BC-UBND",
        date="2024-09-23",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Dương Anh Đức", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới;
Ủy ban nhân dân Thành phố Hồ Chí Minh báo cáo kết quả thực hiện như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THÀNH PHỐ THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
Thực hiện hướng dẫn tại Công văn số 532/BTTTT-TTĐN ngày 21/2/2022 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân Thành phố đã ban hành Kế hoạch số 4508/KH-UBND ngày 28/10/2022 về truyền thông quảng bá hình ảnh Thành phố Hồ Chí Minh ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025. Kế hoạch được triển khai đồng bộ với Nghị quyết số 31-NQ/TW ngày 30/12/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển TP. HCM đến năm 2030 và Nghị quyết số 98/2023/QH15 ngày 24/6/2023 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố.
Năm 2023, tổng kinh phí thực hiện Kế hoạch là 12,5 tỷ đồng, được bố trí từ ngân sách Thành phố và nguồn xã hội hóa.
## 2.|Yếu tố truyền thông trọng tâm
Thành phố đã xác định các yếu tố trọng tâm trong 22 yếu tố truyền thông gồm: môi trường đầu tư, kinh doanh năng động, trung tâm kinh tế, tài chính, đổi mới sáng tạo của cả nước; văn hóa đa dạng, giao thoa Đông - Tây; ẩm thực đường phố và du lịch đô thị, du lịch đường sông; con người nghĩa tình, năng động, sáng tạo.
## 3.|Thông điệp truyền thông
Thông điệp chủ đạo được sử dụng thống nhất là "TP. HCM - Thành phố năng động, sáng tạo, nghĩa tình" và khẩu hiệu du lịch "Ho Chi Minh City - Where the Energy Never Sleeps". Bộ nhận diện thương hiệu du lịch Thành phố với biểu trưng "HCMC - Vietnam" được sử dụng trên tất cả ấn phẩm, sản phẩm truyền thông.
## 4.|Phương thức, kênh truyền thông và hiệu quả
### a)|Truyền thông trên môi trường số
- Cổng Thông tin điện tử Thành phố và trang thông tin du lịch visithcmc.vn với 05 ngôn ngữ (tiếng Việt, Anh, Trung, Hàn, Nhật).
- Fanpage "Visit Ho Chi Minh City", tài khoản Instagram @visithcmc và kênh TikTok @hochiminhcity.vn đăng tải nội dung ngắn về ẩm thực, đời sống đô thị.
- Kênh YouTube "HCMC Tourism" phát hành 52 video quảng bá trong năm 2023.
Sau khi triển khai Kế hoạch, hiệu quả truyền thông trên mạng xã hội tăng rõ rệt:
| Chỉ số | Năm 2022 (trước khi triển khai) | Năm 2023 (sau khi triển khai) |
| Người theo dõi fanpage "Visit Ho Chi Minh City" | 125.000 | 412.000 |
| Lượt tiếp cận trên các nền tảng mạng xã hội | 18,5 triệu | 64 triệu |
| Tin, bài về Thành phố trên báo chí nước ngoài | 42 | 97 |
### b)|Hợp tác báo chí, truyền thông
- Phối hợp với VTV4, Vietnam News, Báo Nhân Dân điện tử các thứ tiếng sản xuất các chuyên đề về TP. HCM.
- Phối hợp với các hãng truyền thông quốc tế CNN, Bloomberg, Nikkei Asia thực hiện chương trình giới thiệu về môi trường đầu tư của Thành phố.
- Mời các KOL, nhà sáng tạo nội dung quốc tế trải nghiệm ẩm thực đường phố và du lịch đường sông.
### c)|Sự kiện, xúc tiến và đối ngoại
- Tổ chức Diễn đàn Kinh tế TP. HCM, Lễ hội Sông nước TP. HCM và Hội chợ Du lịch quốc tế ITE HCMC hằng năm.
- Phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài và cộng đồng người Việt Nam ở nước ngoài tổ chức các tuần lễ quảng bá tại Nhật Bản, Hàn Quốc, Úc.
- Thành phố hiện có quan hệ hữu nghị, hợp tác với 51 địa phương nước ngoài; tận dụng các kênh này để giới thiệu hình ảnh Thành phố.
- Quảng bá trên màn hình LED tại Quảng trường Thời đại (Times Square), New York trong dịp kỷ niệm Quốc khánh.
## 5.|Kết quả đạt được
Lượng khách quốc tế đến Thành phố tăng từ 2,6 triệu lượt năm 2022 lên 5 triệu lượt năm 2023. 9 tháng đầu năm 2024, Thành phố đón 4,5 triệu lượt khách quốc tế, tăng 24% so cùng kỳ; tổng thu du lịch năm 2023 đạt 160.000 tỷ đồng.
Về thu hút đầu tư, 9 tháng đầu năm 2024 Thành phố thu hút 4,82 tỷ USD vốn FDI, tăng 30,7% so cùng kỳ, xếp thứ 2 cả nước; kim ngạch xuất khẩu năm 2023 đạt 45,3 tỷ USD.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Thành phố có lợi thế lớn về hạ tầng truyền thông, đội ngũ doanh nghiệp truyền thông, sáng tạo nội dung chuyên nghiệp.
- Có sự phối hợp chặt chẽ giữa các sở, ngành với các cơ quan báo chí và doanh nghiệp trong triển khai các chiến dịch.
- Các chiến dịch trên mạng xã hội được triển khai bài bản, có đo đếm chỉ số hiệu quả.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
### a)|Khó khăn, vướng mắc
- Thủ tục thuê dịch vụ truyền thông, quảng cáo ở nước ngoài bằng ngân sách nhà nước còn phức tạp, kéo dài.
- Hình ảnh Thành phố trên truyền thông quốc tế còn gắn nhiều với các vấn đề ùn tắc giao thông, ngập nước.
### b)|Nguyên nhân
- Khách quan: các quy định về đấu thầu, thanh quyết toán chưa phù hợp với đặc thù truyền thông số xuyên biên giới.
- Chủ quan: nguồn lực dành cho thông tin đối ngoại còn phân tán ở nhiều đầu mối; chưa có cơ sở dữ liệu hình ảnh, video dùng chung.
## {2.3} 3.|Bài học kinh nghiệm
- Chiến dịch "Ho Chi Minh City - Where the Energy Never Sleeps" cho thấy nội dung ngắn, chân thực, do người nước ngoài trải nghiệm và kể lại có sức lan tỏa vượt trội so với quảng cáo truyền thống.
- Cần gắn truyền thông với các sự kiện lớn và sản phẩm cụ thể để khách hàng, nhà đầu tư có thể hành động ngay.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
## 1.|Đối với Chính phủ
Ban hành cơ chế đặc thù cho phép địa phương thuê dịch vụ truyền thông, quảng cáo trên các nền tảng xuyên biên giới bằng nguồn ngân sách.
## 2.|Đối với Bộ Thông tin và Truyền thông
- Xây dựng kho dữ liệu dùng chung về hình ảnh, video quảng bá Việt Nam và các địa phương, cho phép khai thác miễn phí.
- Ban hành bộ chỉ số đánh giá hiệu quả truyền thông quảng bá hình ảnh ra nước ngoài áp dụng thống nhất.
## 3.|Đối với Bộ Văn hóa, Thể thao và Du lịch
Phối hợp tổ chức các chương trình xúc tiến du lịch quốc gia tại nước ngoài có sự tham gia của Thành phố, lồng ghép quảng bá điểm đến TP. HCM.
""",
    closing=["Trên đây là báo cáo của Ủy ban nhân dân Thành phố Hồ Chí Minh về kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Thường trực Thành ủy;", "- TTUB: CT, các PCT;", "- Sở TTTT, Sở Du lịch, Sở Ngoại vụ;",
                "- VPUB: CVP, các PCVP;", "- Lưu: VT, (VX/Tr)."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Dương Anh Đức"],
)

GOLD = dict(
    plan=dict(status="built", references=[("4508/KH-UBND", "2022-10-28")],
              ev="đã ban hành Kế hoạch số 4508/KH-UBND"),
    factors=dict(identified=True, items=[
        ("môi trường đầu tư, kinh doanh năng động", "business_potential", "Thành phố đã xác định các yếu tố trọng tâm"),
        ("trung tâm kinh tế, tài chính, đổi mới sáng tạo của cả nước", "business_potential", "Thành phố đã xác định các yếu tố trọng tâm"),
        ("văn hóa đa dạng, giao thoa Đông - Tây", "culture_heritage", "Thành phố đã xác định các yếu tố trọng tâm"),
        ("ẩm thực đường phố và du lịch đô thị, du lịch đường sông", "tourism", "Thành phố đã xác định các yếu tố trọng tâm"),
        ("con người nghĩa tình, năng động, sáng tạo", "value_system", "Thành phố đã xác định các yếu tố trọng tâm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("TP. HCM - Thành phố năng động, sáng tạo, nghĩa tình", "Thông điệp chủ đạo được sử dụng"),
        ("Ho Chi Minh City - Where the Energy Never Sleeps", "Thông điệp chủ đạo được sử dụng"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử Thành phố", "Cổng Thông tin điện tử Thành phố và trang"),
        ("portal", "trang thông tin du lịch visithcmc.vn", "Cổng Thông tin điện tử Thành phố và trang"),
        ("facebook", 'Fanpage "Visit Ho Chi Minh City"', 'Fanpage "Visit Ho Chi Minh City", tài khoản'),
        ("instagram", "tài khoản Instagram @visithcmc", 'Fanpage "Visit Ho Chi Minh City", tài khoản'),
        ("tiktok", "kênh TikTok @hochiminhcity.vn", 'Fanpage "Visit Ho Chi Minh City", tài khoản'),
        ("youtube", 'Kênh YouTube "HCMC Tourism"', 'Kênh YouTube "HCMC Tourism"'),
        ("national_media", "VTV4, Vietnam News, Báo Nhân Dân điện tử các thứ tiếng", "Phối hợp với VTV4"),
        ("foreign_media", "CNN, Bloomberg, Nikkei Asia", "CNN, Bloomberg, Nikkei Asia"),
        ("influencers", "KOL, nhà sáng tạo nội dung quốc tế", "Mời các KOL"),
        ("events", "Diễn đàn Kinh tế TP. HCM, Lễ hội Sông nước TP. HCM", "Tổ chức Diễn đàn Kinh tế"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế ITE HCMC", "Tổ chức Diễn đàn Kinh tế"),
        ("overseas_missions", "cơ quan đại diện Việt Nam ở nước ngoài", "tổ chức các tuần lễ quảng bá"),
        ("diaspora", "cộng đồng người Việt Nam ở nước ngoài", "tổ chức các tuần lễ quảng bá"),
        ("partner_localities", "51 địa phương nước ngoài", "quan hệ hữu nghị, hợp tác với 51"),
        ("outdoor", "màn hình LED tại Quảng trường Thời đại (Times Square), New York", "Quảng bá trên màn hình LED"),
    ],
    figures=[
        F("budget", "tổng kinh phí thực hiện Kế hoạch", 12.5e9, "VND", "tỷ đồng", "2023", "tổng kinh phí thực hiện Kế hoạch là 12,5"),
        F("languages", "ngôn ngữ", 5, "count", "ngôn ngữ", None, "trang thông tin du lịch visithcmc.vn với 05 ngôn ngữ"),
        F("videos", "video quảng bá", 52, "count", "video", "2023", 'Kênh YouTube "HCMC Tourism"'),
        F("followers", 'Người theo dõi fanpage "Visit Ho Chi Minh City"', 125000, "people", None, "2022", "Người theo dõi fanpage"),
        F("followers", 'Người theo dõi fanpage "Visit Ho Chi Minh City"', 412000, "people", None, "2023", "Người theo dõi fanpage",
          base=("2022", 125000)),
        F("reach", "Lượt tiếp cận trên các nền tảng mạng xã hội", 18.5e6, "visits", "triệu", "2022", "Lượt tiếp cận trên các nền tảng"),
        F("reach", "Lượt tiếp cận trên các nền tảng mạng xã hội", 64e6, "visits", "triệu", "2023", "Lượt tiếp cận trên các nền tảng",
          base=("2022", 18.5e6)),
        F("foreign_articles", "Tin, bài về Thành phố trên báo chí nước ngoài", 42, "count", None, "2022", "Tin, bài về Thành phố trên báo chí"),
        F("foreign_articles", "Tin, bài về Thành phố trên báo chí nước ngoài", 97, "count", None, "2023", "Tin, bài về Thành phố trên báo chí",
          base=("2022", 42)),
        F("partners", "địa phương nước ngoài", 51, "count", "địa phương", None, "quan hệ hữu nghị, hợp tác với 51"),
        F("visitors_international", "Lượng khách quốc tế", 2.6e6, "visits", "triệu lượt", "2022", "tăng từ 2,6 triệu lượt năm 2022"),
        F("visitors_international", "Lượng khách quốc tế", 5e6, "visits", "triệu lượt", "2023", "tăng từ 2,6 triệu lượt năm 2022",
          base=("2022", 2.6e6)),
        F("visitors_international", "khách quốc tế", 4.5e6, "visits", "triệu lượt", "2024-9M", "Thành phố đón 4,5 triệu lượt",
          ch=("increase", 24.0, None, "2023-9M")),
        F("tourism_revenue", "tổng thu du lịch", 160000e9, "VND", "tỷ đồng", "2023", "Thành phố đón 4,5 triệu lượt"),
        F("fdi_capital", "vốn FDI", 4.82e9, "USD", "tỷ USD", "2024-9M", "Thành phố thu hút 4,82 tỷ USD",
          ch=("increase", 30.7, None, "2023-9M")),
        F("export_value", "kim ngạch xuất khẩu", 45.3e9, "USD", "tỷ USD", "2023", "Thành phố thu hút 4,82 tỷ USD"),
    ],
    strengths=["lợi thế lớn về hạ tầng truyền thông", "Có sự phối hợp chặt chẽ giữa các sở",
               "Các chiến dịch trên mạng xã hội được triển khai bài bản"],
    difficulties=["Thủ tục thuê dịch vụ truyền thông, quảng cáo ở nước ngoài",
                  "Hình ảnh Thành phố trên truyền thông quốc tế còn gắn nhiều"],
    causes_objective=["Khách quan: các quy định về đấu thầu"],
    causes_subjective=["Chủ quan: nguồn lực dành cho thông tin đối ngoại"],
    lessons=["cho thấy nội dung ngắn, chân thực", "Cần gắn truyền thông với các sự kiện lớn"],
    recommendations=[
        (None, ["government"], "Ban hành cơ chế đặc thù cho phép địa phương"),
        (None, ["mic"], "Xây dựng kho dữ liệu dùng chung"),
        (None, ["mic"], "Ban hành bộ chỉ số đánh giá hiệu quả"),
        (None, ["mocst"], "Phối hợp tổ chức các chương trình xúc tiến du lịch quốc gia"),
    ],
)
