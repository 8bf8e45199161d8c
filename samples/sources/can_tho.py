"""Cần Thơ: .docx whose every text run is written decomposed (NFD), as some old input methods
and Mac exports do; headings lettered A./B./C. with roman sub-headings; table whose
"Tăng/giảm (%)" column compares 9 tháng 2024 with the same period; "từ X (2022) lên Y (8/2024)".
Plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="CanTho_BC_225_UBND",
    format="docx",
    layout=dict(headings="bold", signature="table", nfd=True),
    author="UBND thành phố Cần Thơ",
    header=dict(left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], bold_left=(0, 1), number="225/BC-UBND",
                place_date="Cần Thơ, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Cần Thơ", issuer="Ủy ban nhân dân thành phố Cần Thơ", number="225/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Dương Tấn Hiển", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân thành phố Cần Thơ báo cáo như sau:
""",
    body="""
# {1} A.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## I.|Tình hình xây dựng Kế hoạch
Là một trong 08 địa phương thí điểm, thành phố Cần Thơ đã ban hành Kế hoạch số 212/KH-UBND ngày 28/9/2022 về truyền thông quảng bá hình ảnh thành phố Cần Thơ ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025. Kế hoạch được triển khai cùng với Nghị quyết số 45-NQ/TW ngày 17/02/2022 của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn đến năm 2045.
## II.|Yếu tố truyền thông trọng tâm và thông điệp
Thành phố xác định các yếu tố trọng tâm gồm: vị trí trung tâm vùng Đồng bằng sông Cửu Long với tiềm năng kinh doanh, đầu tư vào nông nghiệp công nghệ cao, logistics và chế biến; văn hóa sông nước miệt vườn với Chợ nổi Cái Răng (Di sản văn hóa phi vật thể quốc gia) và nghệ thuật Đờn ca tài tử Nam Bộ; du lịch sinh thái, du lịch miệt vườn; con người Cần Thơ hiền hòa, mến khách.
Thông điệp chính: "Cần Thơ - Điểm hẹn miền sông nước" và bản tiếng Anh "Can Tho - The Heart of the Mekong".
## III.|Phương thức, kênh truyền thông
- Cổng thông tin điện tử thành phố (tiếng Anh) và trang thông tin du lịch canthotourism.vn.
- Fanpage "Can Tho Tourism": số người theo dõi tăng từ 21.000 (2022) lên 96.500 (8/2024).
- Hợp tác với các kênh truyền hình VTV4, VTC10 sản xuất chương trình "Cần Thơ - Thủ phủ miền Tây"; phối hợp với các hãng tin Reuters, AFP đưa tin về Chợ nổi Cái Răng.
- Tổ chức Lễ hội Bánh dân gian Nam Bộ lần thứ 11 năm 2024, Lễ hội Trái cây Nam Bộ; tổ chức Hội nghị xúc tiến đầu tư thành phố Cần Thơ năm 2023.
- Phối hợp với Hiệp hội doanh nhân Việt Nam ở nước ngoài và kiều bào tại Úc, Mỹ giới thiệu sản phẩm đặc sản, gạo thơm của thành phố.
- Sản xuất bộ phim quảng bá "Cần Thơ - Gạo trắng nước trong" bằng 03 thứ tiếng.
## IV.|Kết quả đạt được
Năm 2023, thành phố thu hút 12 dự án FDI với tổng vốn đăng ký 91 triệu USD. Kết quả về du lịch như sau:
| Chỉ tiêu | 2022 | 2023 | 9 tháng 2024 | Tăng/giảm (%) |
| Tổng lượt khách (nghìn lượt) | 5.750 | 8.920 | 7.350 | 11,2 |
| Khách quốc tế (nghìn lượt) | 72 | 221 | 215 | 48,5 |
| Doanh thu du lịch (tỷ đồng) | 3.250 | 6.120 | 5.310 | 15,4 |
> Cột Tăng/giảm: 9 tháng năm 2024 so với cùng kỳ năm 2023.
# {2} B.|ĐÁNH GIÁ CHUNG
## {2.1} I.|Ưu điểm
Công tác truyền thông quảng bá được quan tâm chỉ đạo, có sự tham gia của nhiều sở, ngành và doanh nghiệp. Hình ảnh Chợ nổi Cái Răng, văn hóa sông nước trở thành biểu tượng nhận diện của thành phố trên truyền thông quốc tế.
## {2.2} II.|Khó khăn, vướng mắc và nguyên nhân
Nguồn lực cho truyền thông đối ngoại còn hạn chế; sản phẩm du lịch chưa đa dạng nên khó giữ chân khách quốc tế dài ngày. Nguyên nhân khách quan là hạ tầng kết nối hàng không quốc tế của vùng còn hạn chế. Nguyên nhân chủ quan là công tác phối hợp, chia sẻ thông tin giữa các đơn vị chưa thường xuyên.
## {2.3} III.|Bài học kinh nghiệm
Phát huy vai trò của kiều bào và doanh nhân người Việt ở nước ngoài là kênh quảng bá hiệu quả, ít tốn kém.
# {3} C.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông, các cơ quan báo chí Trung ương tăng thời lượng giới thiệu các địa phương vùng Đồng bằng sông Cửu Long trên các kênh đối ngoại.
- Đề nghị Bộ Ngoại giao hỗ trợ kết nối với cộng đồng người Việt Nam ở nước ngoài trong các hoạt động quảng bá.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của thành phố Cần Thơ./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- TT. Thành ủy, TT. HĐND thành phố;", "- CT, PCT UBND thành phố;",
                "- Sở TTTT;", "- VP UBND thành phố (3D);", "- Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Dương Tấn Hiển"],
)

GOLD = dict(
    plan=dict(status="built", references=[("212/KH-UBND", "2022-09-28")], ev="thành phố Cần Thơ đã ban hành Kế hoạch số 212/KH-UBND"),
    factors=dict(identified=True, items=[
        ("vị trí trung tâm vùng Đồng bằng sông Cửu Long với tiềm năng kinh doanh, đầu tư vào nông nghiệp công nghệ cao, logistics và chế biến",
         "business_potential", "Thành phố xác định các yếu tố trọng tâm gồm"),
        ("văn hóa sông nước miệt vườn với Chợ nổi Cái Răng (Di sản văn hóa phi vật thể quốc gia) và nghệ thuật Đờn ca tài tử Nam Bộ",
         "culture_heritage", "Thành phố xác định các yếu tố trọng tâm gồm"),
        ("du lịch sinh thái, du lịch miệt vườn", "tourism", "Thành phố xác định các yếu tố trọng tâm gồm"),
        ("con người Cần Thơ hiền hòa, mến khách", "value_system", "Thành phố xác định các yếu tố trọng tâm gồm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Cần Thơ - Điểm hẹn miền sông nước", "Thông điệp chính:"),
        ("Can Tho - The Heart of the Mekong", "Thông điệp chính:"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử thành phố (tiếng Anh)", "Cổng thông tin điện tử thành phố (tiếng Anh)"),
        ("portal", "trang thông tin du lịch canthotourism.vn", "Cổng thông tin điện tử thành phố (tiếng Anh)"),
        ("facebook", 'Fanpage "Can Tho Tourism"', 'Fanpage "Can Tho Tourism"'),
        ("national_media", "VTV4, VTC10", "Hợp tác với các kênh truyền hình VTV4"),
        ("foreign_media", "các hãng tin Reuters, AFP", "Hợp tác với các kênh truyền hình VTV4"),
        ("events", "Lễ hội Bánh dân gian Nam Bộ, Lễ hội Trái cây Nam Bộ", "Tổ chức Lễ hội Bánh dân gian"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư thành phố Cần Thơ năm 2023", "Tổ chức Lễ hội Bánh dân gian"),
        ("diaspora", "Hiệp hội doanh nhân Việt Nam ở nước ngoài và kiều bào tại Úc, Mỹ", "Phối hợp với Hiệp hội doanh nhân"),
        ("video", 'bộ phim quảng bá "Cần Thơ - Gạo trắng nước trong"', "Sản xuất bộ phim quảng bá"),
    ],
    figures=[
        F("followers", "số người theo dõi", 21000, "people", "người theo dõi", "2022", 'Fanpage "Can Tho Tourism"'),
        F("followers", "số người theo dõi", 96500, "people", "người theo dõi", "2024-08", 'Fanpage "Can Tho Tourism"',
          base=("2022", 21000)),
        F("languages", "thứ tiếng", 3, "count", "thứ tiếng", None, "Sản xuất bộ phim quảng bá"),
        F("fdi_projects", "dự án FDI", 12, "count", "dự án", "2023", "thành phố thu hút 12 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 91e6, "USD", "triệu USD", "2023", "thành phố thu hút 12 dự án FDI"),
        F("visitors_total", "Tổng lượt khách", 5750000, "visits", "nghìn lượt", "2022", "Tổng lượt khách (nghìn lượt)"),
        F("visitors_total", "Tổng lượt khách", 8920000, "visits", "nghìn lượt", "2023", "Tổng lượt khách (nghìn lượt)",
          base=("2022", 5750000)),
        F("visitors_total", "Tổng lượt khách", 7350000, "visits", "nghìn lượt", "2024-9M", "Tổng lượt khách (nghìn lượt)",
          ch=("increase", 11.2, None, "2023-9M")),
        F("visitors_international", "Khách quốc tế", 72000, "visits", "nghìn lượt", "2022", "Khách quốc tế (nghìn lượt)"),
        F("visitors_international", "Khách quốc tế", 221000, "visits", "nghìn lượt", "2023", "Khách quốc tế (nghìn lượt)",
          base=("2022", 72000)),
        F("visitors_international", "Khách quốc tế", 215000, "visits", "nghìn lượt", "2024-9M", "Khách quốc tế (nghìn lượt)",
          ch=("increase", 48.5, None, "2023-9M")),
        F("tourism_revenue", "Doanh thu du lịch", 3250e9, "VND", "tỷ đồng", "2022", "Doanh thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Doanh thu du lịch", 6120e9, "VND", "tỷ đồng", "2023", "Doanh thu du lịch (tỷ đồng)",
          base=("2022", 3250e9)),
        F("tourism_revenue", "Doanh thu du lịch", 5310e9, "VND", "tỷ đồng", "2024-9M", "Doanh thu du lịch (tỷ đồng)",
          ch=("increase", 15.4, None, "2023-9M")),
    ],
    strengths=["Công tác truyền thông quảng bá được quan tâm chỉ đạo", "Hình ảnh Chợ nổi Cái Răng, văn hóa sông nước"],
    difficulties=["Nguồn lực cho truyền thông đối ngoại còn hạn chế"],
    causes_objective=["Nguyên nhân khách quan là hạ tầng"],
    causes_subjective=["Nguyên nhân chủ quan là công tác phối hợp"],
    lessons=["Phát huy vai trò của kiều bào"],
    recommendations=[
        (None, ["mic", "central_media"], "Đề nghị Bộ Thông tin và Truyền thông, các cơ quan báo chí Trung ương"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao hỗ trợ kết nối"),
    ],
)
