"""Đà Nẵng: text PDF made by LibreOffice from .docx, two-column header table; headings follow
the letter's own arabic outline (1. / 2. / 2.1. / 3.) as bold lines; 9-month comparison table;
"1,1 tỉ USD", "91 nghìn", "công suất phòng 62%"; plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="DaNang_BC_298_TTTT-quangba",
    format="pdf",
    layout=dict(headings="bold", signature="table"),
    author="UBND thành phố Đà Nẵng",
    header=dict(left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"], bold_left=(0, 1), number="298/BC-UBND",
                place_date="Đà Nẵng, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Đà Nẵng", issuer="Ủy ban nhân dân thành phố Đà Nẵng", number="298/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Trần Chí Cường", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND thành phố Đà Nẵng báo cáo như sau:
""",
    body="""
# {1} 1.|Thực trạng xây dựng và triển khai Kế hoạch truyền thông quảng bá địa phương theo cách làm mới
**a) Tình hình xây dựng Kế hoạch:** Đà Nẵng là một trong 08 địa phương thí điểm. UBND thành phố đã ban hành Kế hoạch số 204/KH-UBND ngày 07/10/2022 về truyền thông quảng bá hình ảnh thành phố Đà Nẵng ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025, cụ thể hóa định hướng tại Nghị quyết số 43-NQ/TW ngày 24/01/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Đà Nẵng đến năm 2030, tầm nhìn đến năm 2045.
**b) Yếu tố truyền thông trọng tâm:** thành phố xác định 04 nhóm yếu tố thế mạnh gồm: chất lượng cuộc sống, thành phố đáng sống, an toàn, môi trường trong lành; du lịch biển, nghỉ dưỡng cao cấp và du lịch sự kiện, lễ hội; môi trường đầu tư vào công nghệ thông tin, vi mạch bán dẫn, trung tâm tài chính; văn hóa, di sản kết nối với cố đô Huế, phố cổ Hội An và Khu đền tháp Mỹ Sơn.
**c) Thông điệp truyền thông:** thông điệp xuyên suốt là "Danang - Fantasticity" (Đà Nẵng - Thành phố tuyệt vời) trong quảng bá du lịch và "Đà Nẵng - Thành phố đáng sống, đáng đầu tư" trong xúc tiến đầu tư.
**d) Các phương thức, kênh truyền thông:**
- Website du lịch danangfantasticity.com với 08 ngôn ngữ và Cổng thông tin điện tử thành phố phiên bản tiếng Anh.
- Hệ sinh thái mạng xã hội "Danang Fantasticity" trên Facebook, Instagram, YouTube và TikTok; đến tháng 8/2024, tổng số người theo dõi đạt 1,36 triệu.
- Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) là sự kiện quảng bá chủ lực: DIFF 2023 thu hút 91 nghìn lượt khách mua vé xem trực tiếp và được truyền hình trực tiếp trên VTV1, VTV4; giải Ironman 70.3, Marathon quốc tế Đà Nẵng tiếp tục được tổ chức thường niên.
- Phối hợp với kênh Discovery, tạp chí Travel + Leisure, Forbes sản xuất các chương trình, bài viết về Đà Nẵng; năm 2023 sản xuất 06 phim ngắn quảng bá bằng tiếng Anh, tiếng Hàn.
- Đón các đoàn famtrip, presstrip từ Ấn Độ, Hàn Quốc, Nhật Bản, Úc; hợp tác với các KOL Hàn Quốc và Ấn Độ có hàng triệu người theo dõi.
- Tổ chức roadshow xúc tiến du lịch tại Ấn Độ, Hàn Quốc, Thái Lan và tham gia hội chợ ITB Asia (Singapore); phối hợp với 42 địa phương, tổ chức quốc tế có quan hệ hợp tác để giới thiệu hình ảnh thành phố.
**đ) Kết quả đạt được:** năm 2023, Đà Nẵng đón 7,1 triệu lượt khách lưu trú, tăng 76,3% so với năm 2022, trong đó khách quốc tế đạt 2,1 triệu lượt; công suất phòng bình quân đạt 62%. Kim ngạch xuất khẩu hàng hóa năm 2023 ước đạt 1,1 tỉ USD. Kết quả 9 tháng năm 2024 so cùng kỳ như sau:
| Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 | Tăng/giảm (%) |
| Khách lưu trú (nghìn lượt) | 5.142 | 6.305 | 22,6 |
| Khách quốc tế (nghìn lượt) | 1.452 | 2.270 | 56,3 |
| Tổng thu du lịch (tỷ đồng) | 21.450 | 26.780 | 24,8 |
Đáng chú ý, thị trường Ấn Độ tăng mạnh sau các chiến dịch truyền thông tập trung, hiện đứng thứ 3 trong các thị trường khách quốc tế của thành phố.
# {2} 2.|Đánh giá chung
## {2.1} 2.1.|Ưu điểm
Công tác truyền thông được triển khai có trọng tâm, trọng điểm, gắn với thương hiệu điểm đến đã được định vị rõ ràng. Các sự kiện quốc tế như DIFF tạo hiệu ứng truyền thông lớn, thu hút sự quan tâm của báo chí và du khách quốc tế. Sự tham gia tích cực của cộng đồng doanh nghiệp du lịch giúp nội dung quảng bá phong phú, đa dạng hơn.
## {2.2} 2.2.|Khó khăn, vướng mắc và nguyên nhân
- Nguồn lực tài chính cho quảng bá trên các kênh truyền thông quốc tế trả phí còn hạn hẹp.
- Sản phẩm truyền thông về lĩnh vực đầu tư, công nghệ còn ít so với du lịch.
- Nguyên nhân khách quan: chi phí quảng cáo trên các kênh quốc tế cao; thị trường khách truyền thống phục hồi chưa đồng đều.
- Nguyên nhân chủ quan: chưa có đơn vị chuyên trách về truyền thông đối ngoại đủ mạnh; việc chia sẻ dữ liệu giữa các ngành chưa thường xuyên.
## {2.3} 2.3.|Một số bài học kinh nghiệm
- Xây dựng thương hiệu điểm đến nhất quán, lâu dài và sử dụng thống nhất trên mọi kênh truyền thông.
- Lấy sự kiện làm điểm nhấn truyền thông; chuẩn bị trước kịch bản nội dung để khai thác tối đa hiệu ứng trước, trong và sau sự kiện.
- Chiến dịch tập trung vào thị trường Ấn Độ là cách làm hay cần tiếp tục nhân rộng sang các thị trường mới.
# {3} 3.|Đề xuất, kiến nghị
- Đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ thành phố kết nối với các hãng thông tấn, báo chí quốc tế lớn; ưu tiên giới thiệu các sự kiện của Đà Nẵng trên các kênh đối ngoại quốc gia.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch đưa các sự kiện, lễ hội quốc tế của Đà Nẵng vào chương trình xúc tiến du lịch quốc gia.
- Đề nghị Bộ Ngoại giao hỗ trợ thủ tục cấp thị thực thuận lợi cho phóng viên, KOL nước ngoài đến tác nghiệp tại Việt Nam.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh ra nước ngoài của thành phố Đà Nẵng, kính gửi Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT Thành ủy, TT HĐND TP (b/c);", "- Chủ tịch, các PCT UBND TP;",
                "- Sở TTTT, Sở Du lịch, Sở Ngoại vụ;", "- Lưu: VT, STTTT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Chí Cường"],
)

GOLD = dict(
    plan=dict(status="built", references=[("204/KH-UBND", "2022-10-07")], ev="UBND thành phố đã ban hành Kế hoạch số 204/KH-UBND"),
    factors=dict(identified=True, items=[
        ("chất lượng cuộc sống, thành phố đáng sống, an toàn, môi trường trong lành", "quality_of_life", "thành phố xác định 04 nhóm yếu tố"),
        ("du lịch biển, nghỉ dưỡng cao cấp và du lịch sự kiện, lễ hội", "tourism", "thành phố xác định 04 nhóm yếu tố"),
        ("môi trường đầu tư vào công nghệ thông tin, vi mạch bán dẫn, trung tâm tài chính", "business_potential", "thành phố xác định 04 nhóm yếu tố"),
        ("văn hóa, di sản kết nối với cố đô Huế, phố cổ Hội An và Khu đền tháp Mỹ Sơn", "culture_heritage", "thành phố xác định 04 nhóm yếu tố"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Danang - Fantasticity", "thông điệp xuyên suốt là"),
        ("Đà Nẵng - Thành phố đáng sống, đáng đầu tư", "thông điệp xuyên suốt là"),
    ]),
    channels=[
        ("portal", "Website du lịch danangfantasticity.com", "Website du lịch danangfantasticity.com"),
        ("portal", "Cổng thông tin điện tử thành phố phiên bản tiếng Anh", "Website du lịch danangfantasticity.com"),
        ("facebook", 'Hệ sinh thái mạng xã hội "Danang Fantasticity" trên Facebook', "Hệ sinh thái mạng xã hội"),
        ("instagram", "Instagram", "Hệ sinh thái mạng xã hội"),
        ("youtube", "YouTube", "Hệ sinh thái mạng xã hội"),
        ("tiktok", "TikTok", "Hệ sinh thái mạng xã hội"),
        ("events", "Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF)", "Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) là"),
        ("events", "giải Ironman 70.3, Marathon quốc tế Đà Nẵng", "Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) là"),
        ("national_media", "VTV1, VTV4", "Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) là"),
        ("foreign_media", "kênh Discovery, tạp chí Travel + Leisure, Forbes", "Phối hợp với kênh Discovery"),
        ("video", "phim ngắn quảng bá bằng tiếng Anh, tiếng Hàn", "Phối hợp với kênh Discovery"),
        ("press_trips", "đoàn famtrip, presstrip", "Đón các đoàn famtrip, presstrip"),
        ("influencers", "KOL Hàn Quốc và Ấn Độ", "Đón các đoàn famtrip, presstrip"),
        ("trade_promotion", "roadshow xúc tiến du lịch tại Ấn Độ, Hàn Quốc, Thái Lan", "Tổ chức roadshow xúc tiến du lịch"),
        ("trade_promotion", "hội chợ ITB Asia (Singapore)", "Tổ chức roadshow xúc tiến du lịch"),
        ("partner_localities", "42 địa phương, tổ chức quốc tế có quan hệ hợp tác", "Tổ chức roadshow xúc tiến du lịch"),
    ],
    figures=[
        F("languages", "ngôn ngữ", 8, "count", "ngôn ngữ", None, "Website du lịch danangfantasticity.com"),
        F("followers", "tổng số người theo dõi", 1.36e6, "people", "triệu", "2024-08", "Hệ sinh thái mạng xã hội"),
        F("other", "lượt khách mua vé xem trực tiếp", 91000, "visits", "nghìn lượt", "2023",
          "DIFF 2023 thu hút 91 nghìn"),
        F("videos", "phim ngắn quảng bá", 6, "count", "phim ngắn", "2023", "Phối hợp với kênh Discovery"),
        F("partners", "địa phương, tổ chức quốc tế có quan hệ hợp tác", 42, "count", "địa phương, tổ chức", None,
          "Tổ chức roadshow xúc tiến du lịch"),
        F("visitors_total", "lượt khách lưu trú", 7.1e6, "visits", "triệu lượt", "2023", "Đà Nẵng đón 7,1 triệu",
          ch=("increase", 76.3, None, "2022")),
        F("visitors_international", "khách quốc tế", 2.1e6, "visits", "triệu lượt", "2023", "Đà Nẵng đón 7,1 triệu"),
        F("room_occupancy", "công suất phòng bình quân", 62, "percent", "%", "2023", "Đà Nẵng đón 7,1 triệu"),
        F("export_value", "Kim ngạch xuất khẩu hàng hóa", 1.1e9, "USD", "tỉ USD", "2023", "Kim ngạch xuất khẩu hàng hóa năm 2023",
          approx=True),
        F("visitors_total", "Khách lưu trú", 5142000, "visits", "nghìn lượt", "2023-9M", "Khách lưu trú (nghìn lượt)"),
        F("visitors_total", "Khách lưu trú", 6305000, "visits", "nghìn lượt", "2024-9M", "Khách lưu trú (nghìn lượt)",
          base=("2023-9M", 5142000), ch=("increase", 22.6, None, "2023-9M")),
        F("visitors_international", "Khách quốc tế", 1452000, "visits", "nghìn lượt", "2023-9M", "Khách quốc tế (nghìn lượt)"),
        F("visitors_international", "Khách quốc tế", 2270000, "visits", "nghìn lượt", "2024-9M", "Khách quốc tế (nghìn lượt)",
          base=("2023-9M", 1452000), ch=("increase", 56.3, None, "2023-9M")),
        F("tourism_revenue", "Tổng thu du lịch", 21450e9, "VND", "tỷ đồng", "2023-9M", "Tổng thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Tổng thu du lịch", 26780e9, "VND", "tỷ đồng", "2024-9M", "Tổng thu du lịch (tỷ đồng)",
          base=("2023-9M", 21450e9), ch=("increase", 24.8, None, "2023-9M")),
    ],
    strengths=["Công tác truyền thông được triển khai có trọng tâm", "Các sự kiện quốc tế như DIFF tạo hiệu ứng",
               "Sự tham gia tích cực của cộng đồng doanh nghiệp"],
    difficulties=["Nguồn lực tài chính cho quảng bá", "Sản phẩm truyền thông về lĩnh vực đầu tư"],
    causes_objective=["Nguyên nhân khách quan: chi phí quảng cáo"],
    causes_subjective=["Nguyên nhân chủ quan: chưa có đơn vị chuyên trách"],
    lessons=["Xây dựng thương hiệu điểm đến nhất quán", "Lấy sự kiện làm điểm nhấn truyền thông",
             "Chiến dịch tập trung vào thị trường Ấn Độ"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ"),
        (None, ["mocst"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch đưa"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao hỗ trợ thủ tục"),
    ],
)
