"""Hậu Giang: .doc (Word 97) written as a table, worded unlike Bắc Kạn's: "STT | Nội dung báo cáo |
Kết quả", the outline items in the office's own words ("Những mặt làm được", "Tồn tại, hạn chế
và nguyên nhân", "Cách làm hay, bài học kinh nghiệm", "Kiến nghị, đề xuất"); a checkbox line in
the first cell ("☒ Đã xây dựng ☐ Đang xây dựng ☐ Chưa xây dựng") beside the yearly TTĐN plan
(distractor); "+" bullets; a lead-in "Ưu điểm:"-style paragraph split by ";"; recommendations as
"Kiến nghị ..." / "Đề nghị ..." paragraphs in one cell. Then a grid "Chỉ tiêu | ĐVT | Trước khi
triển khai Kế hoạch (năm 2022) | Sau khi triển khai Kế hoạch (năm 2023) | Tăng (+), giảm (-) (%)"
with a falling row ("-60,0": printed leaflets replaced by e-brochures), about section 1's results."""

from kit.gold import F

SAMPLE = dict(
    stem="HauGiang_BC287_UBND_TTQB",
    format="doc",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="UBND tinh Hau Giang",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG"], number="287/BC-UBND",
                place_date="Hậu Giang, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Hậu Giang ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Hậu Giang", issuer="Ủy ban nhân dân tỉnh Hậu Giang", number="287/BC-UBND", date="2024-09-26",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hậu Giang ra nước ngoài theo cách làm mới",
        signer={"name": "Trương Cảnh Tuyên", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Hậu Giang báo cáo theo các nội dung sau:
""",
    body="""
@table widths=1.2,4.3,10.5 size=13
|! STT | Nội dung báo cáo | Kết quả |
| {1} 1 | Thực trạng xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới | ☒ Đã xây dựng ☐ Đang xây dựng ☐ Chưa xây dựng ¶ Ngày 03/8/2023, UBND tỉnh ban hành Kế hoạch số 152/KH-UBND về truyền thông quảng bá hình ảnh tỉnh Hậu Giang ra nước ngoài theo cách làm mới đến năm 2025. Kế hoạch được triển khai đồng bộ với Kế hoạch số 27/KH-UBND ngày 08/02/2024 về công tác thông tin đối ngoại năm 2024. |
| 2 | Các yếu tố truyền thông trọng tâm, thế mạnh | Tỉnh đã xác định 04 yếu tố trọng tâm: ¶ + Văn hóa sông nước, chợ nổi Ngã Bảy; ¶ + Khu bảo tồn thiên nhiên Lung Ngọc Hoàng (vùng đất ngập nước điển hình của Đồng bằng sông Cửu Long); ¶ + Nông sản chủ lực: khóm Cầu Đúc, bưởi Năm Roi Phú Hữu, cá thát lát; ¶ + Các khu công nghiệp Sông Hậu, Tân Phú Thạnh và hạ tầng giao thông kết nối vùng. |
| 3 | Thông điệp chính | Thông điệp truyền thông xuyên suốt: “Hậu Giang - Xanh, thân thiện, nghĩa tình”. |
| 4 | Phương thức, kênh truyền thông; đánh giá hiệu quả | + Chuyên trang tiếng Anh “Hau Giang Investment” trên Cổng Thông tin điện tử tỉnh; ¶ + Báo Hậu Giang và Đài Phát thanh và Truyền hình Hậu Giang thực hiện chuyên mục “Hậu Giang hội nhập”; ¶ + Fanpage và Zalo OA “Du lịch Hậu Giang”; ¶ + Kết nối kiều bào tại Úc, Đài Loan (Trung Quốc) giới thiệu nông sản Hậu Giang; ¶ + Tham gia Hội nghị xúc tiến thương mại nông sản tại Đài Loan (Trung Quốc) tháng 11/2023. ¶ Đánh giá: kênh hiệu quả nhất là xúc tiến thương mại gắn với kiều bào, giúp khóm Cầu Đúc xuất khẩu lô hàng đầu tiên 20 tấn sang Đài Loan (Trung Quốc). |
| 5 | Kết quả đạt được | Năm 2023, tỉnh đón 1,23 triệu lượt khách du lịch; kim ngạch xuất khẩu đạt 912,5 triệu USD. So sánh trước và sau khi triển khai Kế hoạch có biểu kèm theo. |
| {2.1} 6 | Những mặt làm được | Ưu điểm: có Kế hoạch riêng, phân công rõ trách nhiệm; thông điệp thống nhất trên mọi sản phẩm truyền thông; tận dụng tốt mạng lưới kiều bào. |
| {2.2} 7 | Tồn tại, hạn chế và nguyên nhân | + Sản phẩm truyền thông bằng tiếng nước ngoài còn ít, chất lượng chưa cao. ¶ + Chưa đánh giá được hiệu quả của từng kênh do thiếu số liệu. ¶ + Nguyên nhân khách quan: Hậu Giang là tỉnh mới, nguồn lực hạn chế, chưa có sân bay, cảng biển. ¶ + Nguyên nhân chủ quan: chưa có cán bộ chuyên trách thông tin đối ngoại ở cấp huyện. |
| {2.3} 8 | Cách làm hay, bài học kinh nghiệm | + Gắn quảng bá hình ảnh với xúc tiến tiêu thụ nông sản cụ thể giúp có kết quả đo đếm được. ¶ + Chuyển từ ấn phẩm in sang ấn phẩm điện tử có mã QR tiết kiệm chi phí, dễ cập nhật. |
| {3} 9 | Kiến nghị, đề xuất | Kiến nghị Chính phủ sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài để địa phương có căn cứ bố trí nguồn lực. ¶ Đề nghị Bộ Thông tin và Truyền thông chia sẻ kho hình ảnh, video chất lượng cao về Đồng bằng sông Cửu Long và hướng dẫn bộ chỉ số đo lường hiệu quả. |
# {=1} |BIỂU SO SÁNH MỘT SỐ CHỈ TIÊU TRƯỚC VÀ SAU KHI TRIỂN KHAI KẾ HOẠCH
| Chỉ tiêu | ĐVT | Trước khi triển khai Kế hoạch (năm 2022) | Sau khi triển khai Kế hoạch (năm 2023) | Tăng (+), giảm (-) (%) |
| Lượt khách du lịch | lượt | 985.000 | 1.230.000 | +24,9 |
| Lượt khách quốc tế | lượt | 6.150 | 10.480 | +70,4 |
| Kim ngạch xuất khẩu | triệu USD | 803,6 | 912,5 | +13,6 |
| Tin, bài trên chuyên trang tiếng Anh | tin, bài | 124 | 310 | +150,0 |
| Ấn phẩm in phát hành | cuốn | 5.000 | 2.000 | -60,0 |
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hậu Giang ra nước ngoài theo cách làm mới, UBND tỉnh Hậu Giang báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT: TU, HĐND tỉnh;", "- UBND tỉnh: CT, PCT;", "- Sở TT&TT, Sở VHTTDL, Sở Ngoại vụ;",
                "- VP UBND tỉnh: LĐVP, P. KGVX;", "- Lưu: VT. NT"],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trương Cảnh Tuyên"],
)


def _ch(d, p):
    return (d, p, None, "2022")


GOLD = dict(
    plan=dict(status="built", references=[("152/KH-UBND", "2023-08-03")], ev="☒ Đã xây dựng ☐ Đang xây dựng"),
    factors=dict(identified=True, items=[
        ("Văn hóa sông nước, chợ nổi Ngã Bảy", "culture_heritage", "Văn hóa sông nước, chợ nổi Ngã Bảy"),
        ("Khu bảo tồn thiên nhiên Lung Ngọc Hoàng", "tourism", "Khu bảo tồn thiên nhiên Lung Ngọc Hoàng"),
        ("Nông sản chủ lực", "products", "Nông sản chủ lực: khóm Cầu Đúc"),
        ("Các khu công nghiệp Sông Hậu, Tân Phú Thạnh và hạ tầng giao thông kết nối vùng", "business_potential",
         "Các khu công nghiệp Sông Hậu, Tân Phú Thạnh"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Hậu Giang - Xanh, thân thiện, nghĩa tình", "Thông điệp truyền thông xuyên suốt"),
    ]),
    channels=[
        ("portal", "Chuyên trang tiếng Anh “Hau Giang Investment” trên Cổng Thông tin điện tử tỉnh",
         "Chuyên trang tiếng Anh “Hau Giang Investment”"),
        ("local_media", "Báo Hậu Giang", "Báo Hậu Giang và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Hậu Giang", "Báo Hậu Giang và Đài Phát thanh"),
        ("facebook", "Fanpage", "Fanpage và Zalo OA “Du lịch Hậu Giang”"),
        ("zalo", "Zalo OA “Du lịch Hậu Giang”", "Fanpage và Zalo OA “Du lịch Hậu Giang”"),
        ("diaspora", "kiều bào tại Úc, Đài Loan (Trung Quốc)", "Kết nối kiều bào tại Úc"),
        ("trade_promotion", "Hội nghị xúc tiến thương mại nông sản tại Đài Loan (Trung Quốc)",
         "Tham gia Hội nghị xúc tiến thương mại nông sản"),
    ],
    figures=[
        F("other", "lô hàng đầu tiên", 20, "other", "tấn", None, "xuất khẩu lô hàng đầu tiên 20 tấn"),
        F("visitors_total", "lượt khách du lịch", 1230000, "visits", "triệu lượt", "2023", "tỉnh đón 1,23 triệu lượt khách",
          base=("2022", 985000), ch=_ch("increase", 24.9)),
        F("export_value", "kim ngạch xuất khẩu", 912.5e6, "USD", "triệu USD", "2023", "tỉnh đón 1,23 triệu lượt khách",
          base=("2022", 803.6e6), ch=_ch("increase", 13.6)),
        F("visitors_total", "Lượt khách du lịch", 985000, "visits", "lượt", "2022", "Lượt khách du lịch | lượt"),
        F("visitors_international", "Lượt khách quốc tế", 6150, "visits", "lượt", "2022", "Lượt khách quốc tế | lượt"),
        F("visitors_international", "Lượt khách quốc tế", 10480, "visits", "lượt", "2023", "Lượt khách quốc tế | lượt",
          base=("2022", 6150), ch=_ch("increase", 70.4)),
        F("export_value", "Kim ngạch xuất khẩu", 803.6e6, "USD", "triệu USD", "2022", "Kim ngạch xuất khẩu | triệu USD"),
        F("articles", "Tin, bài trên chuyên trang tiếng Anh", 124, "count", "tin, bài", "2022", "Tin, bài trên chuyên trang tiếng Anh |"),
        F("articles", "Tin, bài trên chuyên trang tiếng Anh", 310, "count", "tin, bài", "2023", "Tin, bài trên chuyên trang tiếng Anh |",
          base=("2022", 124), ch=_ch("increase", 150.0)),
        F("publications", "Ấn phẩm in phát hành", 5000, "count", "cuốn", "2022", "Ấn phẩm in phát hành | cuốn"),
        F("publications", "Ấn phẩm in phát hành", 2000, "count", "cuốn", "2023", "Ấn phẩm in phát hành | cuốn",
          base=("2022", 5000), ch=_ch("decrease", 60.0)),
    ],
    strengths=[("Ưu điểm: có Kế hoạch riêng, phân công rõ trách nhiệm", "Ưu điểm: có Kế hoạch riêng"),
               ("thông điệp thống nhất trên mọi sản phẩm truyền thông", "Ưu điểm: có Kế hoạch riêng"),
               ("tận dụng tốt mạng lưới kiều bào", "Ưu điểm: có Kế hoạch riêng")],
    difficulties=["Sản phẩm truyền thông bằng tiếng nước ngoài còn ít", "Chưa đánh giá được hiệu quả của từng kênh"],
    causes_objective=["Nguyên nhân khách quan: Hậu Giang là tỉnh mới"],
    causes_subjective=["Nguyên nhân chủ quan: chưa có cán bộ chuyên trách"],
    lessons=["Gắn quảng bá hình ảnh với xúc tiến tiêu thụ nông sản", "Chuyển từ ấn phẩm in sang ấn phẩm điện tử"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ sớm phê duyệt"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông chia sẻ"),
    ],
)
