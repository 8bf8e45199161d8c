"""Quảng Bình: a poor scan (150 dpi, skew about 1°, grey round seal over the signature), sent late
(December 2024). No plan of its own: the report only cites the ministry's guidance (532, 765) and
says the province "sẽ xây dựng Kế hoạch trong năm 2025"; Nghị quyết số 57-NQ/TW as a distractor;
factors in one sentence separated by commas; a slogan with its English version; short undivided
"Đánh giá" with "Ưu điểm:" / "Hạn chế:" lead-ins; a recommendation to the Government."""

from kit.gold import F

SAMPLE = dict(
    stem="QuangBinh_BC_scan_27122024",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=14, scan_dpi=150, scan_seed=11, scan_angle=-1.0,
                stamp=True),
    author="VP UBND",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"], number="356/BC-UBND",
                place_date="Quảng Bình, ngày 27 tháng 12 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Quảng Bình ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Quảng Bình", issuer="Uỷ ban nhân dân tỉnh Quảng Bình", number="356/BC-UBND", date="2024-12-27",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Bình ra nước ngoài theo cách làm mới",
        signer={"name": "Đoàn Ngọc Lâm", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Quảng Bình báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG TRIỂN KHAI
Thời gian qua, tỉnh triển khai công tác quảng bá hình ảnh ra nước ngoài trên cơ sở các văn bản hướng dẫn của Bộ Thông tin và Truyền thông (Công văn số 532/BTTTT-TTĐN ngày 21/2/2022 và Công văn số 765/BTTTT-TTĐN ngày 10/3/2023). Tỉnh chưa ban hành Kế hoạch riêng về truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới; trên cơ sở kết quả tổng kết, UBND tỉnh sẽ xây dựng Kế hoạch trong năm 2025, gắn với thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Các yếu tố được tỉnh lựa chọn để quảng bá gồm hệ thống hang động Phong Nha - Kẻ Bàng, du lịch mạo hiểm khám phá hang Sơn Đoòng, biển Nhật Lệ.
Slogan du lịch của tỉnh là “Quảng Bình - Vương quốc hang động”, phiên bản tiếng Anh “Quang Binh - Kingdom of Caves”.
Kênh truyền thông chủ yếu là Cổng thông tin điện tử tỉnh (phiên bản tiếng Anh), Fanpage “Quang Binh Travel” và các đoàn famtrip, presstrip cho hãng lữ hành, phóng viên quốc tế. Năm 2024, tỉnh đón 06 đoàn phóng viên quốc tế và phát hành 5.000 bản đồ du lịch song ngữ.
Năm 2024, ước đón 4,6 triệu lượt khách, tăng 9% so với năm 2023; khách quốc tế ước đạt 120 nghìn lượt.
# {2} II.|ĐÁNH GIÁ
**Ưu điểm:** Hình ảnh hang động Quảng Bình được nhiều hãng truyền thông quốc tế biết đến; doanh nghiệp du lịch chủ động quảng bá sản phẩm mạo hiểm.
**Hạn chế:** Chưa có kế hoạch riêng nên hoạt động còn rời rạc; nguồn lực cho truyền thông ra nước ngoài rất hạn chế. Nguyên nhân chủ quan là chưa có cơ quan đầu mối chuyên trách.
# {3} III.|KIẾN NGHỊ
- Kiến nghị Chính phủ sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài.
- Đề nghị Bộ Thông tin và Truyền thông hướng dẫn, hỗ trợ tỉnh xây dựng Kế hoạch giai đoạn 2025 - 2030.
""",
    closing=["Trên đây là báo cáo của UBND tỉnh Quảng Bình về kết quả thực hiện công tác truyền thông quảng bá hình ảnh ra nước ngoài./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- CT, các PCT UBND tỉnh;", "- Sở TTTT, Sở DL;", "- Lưu: VT, KGVX."],
    signature=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đoàn Ngọc Lâm"],
)

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="Tỉnh chưa ban hành Kế hoạch riêng"),
    factors=dict(identified=True, items=[
        ("hệ thống hang động Phong Nha - Kẻ Bàng", "culture_heritage", "Các yếu tố được tỉnh lựa chọn"),
        ("du lịch mạo hiểm khám phá hang Sơn Đoòng", "tourism", "Các yếu tố được tỉnh lựa chọn"),
        ("biển Nhật Lệ", "tourism", "Các yếu tố được tỉnh lựa chọn"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Quảng Bình - Vương quốc hang động", "Slogan du lịch của tỉnh"),
        ("Quang Binh - Kingdom of Caves", "Slogan du lịch của tỉnh"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh (phiên bản tiếng Anh)", "Kênh truyền thông chủ yếu"),
        ("facebook", "Fanpage “Quang Binh Travel”", "Kênh truyền thông chủ yếu"),
        ("press_trips", "các đoàn famtrip, presstrip cho hãng lữ hành, phóng viên quốc tế", "Kênh truyền thông chủ yếu"),
        ("publications", "bản đồ du lịch song ngữ", "tỉnh đón 06 đoàn phóng viên quốc tế"),
    ],
    figures=[
        F("delegations", "đoàn phóng viên quốc tế", 6, "count", "đoàn", "2024", "tỉnh đón 06 đoàn phóng viên quốc tế"),
        F("publications", "bản đồ du lịch song ngữ", 5000, "count", "bản", "2024", "tỉnh đón 06 đoàn phóng viên quốc tế"),
        F("visitors_total", "lượt khách", 4.6e6, "visits", "triệu lượt", "2024", "ước đón 4,6 triệu lượt khách",
          ch=("increase", 9.0, None, "2023"), approx=True),
        F("visitors_international", "khách quốc tế", 120000, "visits", "nghìn lượt", "2024", "ước đón 4,6 triệu lượt khách",
          approx=True),
    ],
    strengths=[("Hình ảnh hang động Quảng Bình được nhiều hãng truyền thông quốc tế biết đến", "Hình ảnh hang động Quảng Bình"),
               ("doanh nghiệp du lịch chủ động quảng bá sản phẩm mạo hiểm", "Hình ảnh hang động Quảng Bình")],
    difficulties=[("Chưa có kế hoạch riêng nên hoạt động còn rời rạc", "Chưa có kế hoạch riêng nên hoạt động"),
                  ("nguồn lực cho truyền thông ra nước ngoài rất hạn chế", "Chưa có kế hoạch riêng nên hoạt động")],
    causes_subjective=["Nguyên nhân chủ quan là chưa có cơ quan đầu mối"],
    recommendations=[
        (None, ["government"], "Kiến nghị Chính phủ sớm ban hành"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hướng dẫn"),
    ],
)
