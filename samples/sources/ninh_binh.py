"""Ninh Bình: text PDF; headings without any numbering; outline order changed (lessons after
recommendations) and an extra "Phương hướng" section (other); plan in progress while other
province plans are cited; 6-month (H1) figures; a small table of press figures."""

from kit.gold import F

SAMPLE = dict(
    stem="NinhBinh_BC-UBND_TTDN_2024",
    format="pdf",
    layout=dict(headings="bold", signature="table"),
    author="UBND tỉnh Ninh Bình",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"], bold_left=(0, 1), number="156/BC-UBND",
                place_date="Ninh Bình, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Ninh Bình", issuer="Ủy ban nhân dân tỉnh Ninh Bình", number="156/BC-UBND", date="2024-09-26",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Song Tùng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Ninh Bình báo cáo như sau:
""",
    body="""
# {1} |KẾT QUẢ ĐẠT ĐƯỢC
## |Tình hình xây dựng Chương trình truyền thông
Hiện nay, UBND tỉnh đang chỉ đạo Sở Thông tin và Truyền thông chủ trì xây dựng Chương trình truyền thông quảng bá hình ảnh tỉnh Ninh Bình ra nước ngoài theo cách làm mới giai đoạn 2025 - 2030; dự thảo Chương trình đã được gửi lấy ý kiến các sở, ngành tại Công văn số 1120/STTTT-TTBCXB ngày 05/8/2024 và dự kiến trình UBND tỉnh ban hành trong tháng 11/2024.
Trong giai đoạn 2023 - 2024, hoạt động quảng bá hình ảnh tỉnh ra nước ngoài được thực hiện thông qua Kế hoạch số 75/KH-UBND ngày 10/5/2023 của UBND tỉnh về phát triển du lịch và Kế hoạch thông tin đối ngoại hằng năm.
## |Yếu tố trọng tâm và thông điệp
Dự thảo Chương trình xác định yếu tố trọng tâm là di sản văn hóa và thiên nhiên (Quần thể danh thắng Tràng An - di sản thế giới kép được UNESCO công nhận năm 2014, Cố đô Hoa Lư) và du lịch sinh thái, tâm linh (Tam Cốc - Bích Động, chùa Bái Đính, Vườn quốc gia Cúc Phương). Thông điệp được sử dụng: "Ninh Bình - Hành trình di sản" (tiếng Anh: "Ninh Binh - A Journey Through Heritage").
## |Kênh truyền thông và hiệu quả
Tỉnh tập trung vào các kênh: Cổng thông tin điện tử tỉnh và trang du lịch ninhbinhtourism.com.vn; Fanpage "Ninh Binh Tourism" và tài khoản TikTok @ninhbinh.travel với nhiều video ngắn thu hút đông đảo người xem; đón các đoàn famtrip, presstrip quốc tế; tổ chức Tuần Du lịch Ninh Bình 2024 với chủ đề "Sắc vàng Tam Cốc - Tràng An"; hỗ trợ các hãng phim quốc tế quay ngoại cảnh tại Tràng An.
| Nội dung | Năm 2022 | Năm 2023 | 6 tháng 2024 |
| Đoàn famtrip, presstrip (đoàn) | 6 | 14 | 9 |
| Tin, bài trên báo chí nước ngoài (tin, bài) | 18 | 45 | 31 |
## |Kết quả về kinh tế - xã hội
Năm 2023, tỉnh đón 6,9 triệu lượt khách, doanh thu du lịch đạt 6.500 tỷ đồng. 6 tháng đầu năm 2024, tỉnh đón 5,6 triệu lượt khách, tăng 12% so cùng kỳ, trong đó khách quốc tế đạt 624 nghìn lượt.
# {2.1} |MẶT ĐƯỢC
Hình ảnh Ninh Bình với di sản Tràng An ngày càng được biết đến rộng rãi trên thế giới; nhiều tạp chí du lịch quốc tế bình chọn Ninh Bình là điểm đến hấp dẫn. Mạng xã hội, đặc biệt là video ngắn, trở thành kênh quảng bá hiệu quả.
# {2.2} |TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
Tỉnh chưa ban hành Chương trình riêng nên hoạt động truyền thông còn phân tán, thiếu tính hệ thống. Chưa có số liệu đo lường đầy đủ về hiệu quả truyền thông trên từng kênh. Nguyên nhân chủ yếu do việc xây dựng Chương trình còn chậm, đội ngũ cán bộ chuyên trách còn ít (chủ quan) và chưa có hướng dẫn cụ thể về nguồn kinh phí (khách quan).
# {3} |KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn chi tiết về nội dung, cơ chế tài chính cho Chương trình truyền thông quảng bá theo cách làm mới; đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ quảng bá di sản Tràng An tại các hội chợ du lịch quốc tế.
# {2.3} |BÀI HỌC KINH NGHIỆM
Việc hỗ trợ các đoàn làm phim quốc tế quay ngoại cảnh là cách quảng bá hiệu quả, tạo hiệu ứng truyền thông lâu dài với chi phí thấp.
# {other} |PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Hoàn thiện, trình ban hành Chương trình truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới; đẩy mạnh truyền thông trên các nền tảng số; tăng cường hợp tác với các cơ quan báo chí đối ngoại.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài của tỉnh Ninh Bình, kính gửi Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TTTT, Sở Du lịch;", "- Lưu: VT, VP6."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Song Tùng"],
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="UBND tỉnh đang chỉ đạo Sở Thông tin và Truyền thông chủ trì xây dựng"),
    factors=dict(identified=True, items=[
        ("di sản văn hóa và thiên nhiên", "culture_heritage", "Dự thảo Chương trình xác định yếu tố trọng tâm"),
        ("du lịch sinh thái, tâm linh", "tourism", "Dự thảo Chương trình xác định yếu tố trọng tâm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Ninh Bình - Hành trình di sản", "Thông điệp được sử dụng"),
        ("Ninh Binh - A Journey Through Heritage", "Thông điệp được sử dụng"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh và trang du lịch ninhbinhtourism.com.vn", "Tỉnh tập trung vào các kênh"),
        ("facebook", 'Fanpage "Ninh Binh Tourism"', "Tỉnh tập trung vào các kênh"),
        ("tiktok", "tài khoản TikTok @ninhbinh.travel", "Tỉnh tập trung vào các kênh"),
        ("press_trips", "các đoàn famtrip, presstrip quốc tế", "Tỉnh tập trung vào các kênh"),
        ("events", "Tuần Du lịch Ninh Bình 2024", "Tỉnh tập trung vào các kênh"),
        ("video", "hãng phim quốc tế quay ngoại cảnh tại Tràng An", "Tỉnh tập trung vào các kênh"),
    ],
    figures=[
        F("delegations", "Đoàn famtrip, presstrip", 6, "count", "đoàn", "2022", "Đoàn famtrip, presstrip (đoàn)"),
        F("delegations", "Đoàn famtrip, presstrip", 14, "count", "đoàn", "2023", "Đoàn famtrip, presstrip (đoàn)", base=("2022", 6)),
        F("delegations", "Đoàn famtrip, presstrip", 9, "count", "đoàn", "2024-H1", "Đoàn famtrip, presstrip (đoàn)"),
        F("foreign_articles", "Tin, bài trên báo chí nước ngoài", 18, "count", "tin, bài", "2022", "Tin, bài trên báo chí nước ngoài"),
        F("foreign_articles", "Tin, bài trên báo chí nước ngoài", 45, "count", "tin, bài", "2023", "Tin, bài trên báo chí nước ngoài",
          base=("2022", 18)),
        F("foreign_articles", "Tin, bài trên báo chí nước ngoài", 31, "count", "tin, bài", "2024-H1", "Tin, bài trên báo chí nước ngoài"),
        F("visitors_total", "lượt khách", 6.9e6, "visits", "triệu lượt", "2023", "tỉnh đón 6,9 triệu"),
        F("tourism_revenue", "doanh thu du lịch", 6500e9, "VND", "tỷ đồng", "2023", "tỉnh đón 6,9 triệu"),
        F("visitors_total", "lượt khách", 5.6e6, "visits", "triệu lượt", "2024-H1", "tỉnh đón 5,6 triệu",
          ch=("increase", 12.0, None, "2023-H1")),
        F("visitors_international", "khách quốc tế", 624000, "visits", "nghìn lượt", "2024-H1", "tỉnh đón 5,6 triệu"),
    ],
    strengths=["Hình ảnh Ninh Bình với di sản Tràng An", "Mạng xã hội, đặc biệt là video ngắn"],
    difficulties=["Tỉnh chưa ban hành Chương trình riêng", "Chưa có số liệu đo lường đầy đủ"],
    causes_objective=[("chưa có hướng dẫn cụ thể về nguồn kinh phí", "Nguyên nhân chủ yếu do việc xây dựng")],
    causes_subjective=[("việc xây dựng Chương trình còn chậm, đội ngũ cán bộ chuyên trách còn ít", "Nguyên nhân chủ yếu do việc xây dựng")],
    lessons=["Việc hỗ trợ các đoàn làm phim quốc tế"],
    recommendations=[
        ("Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn chi tiết về nội dung, cơ chế tài chính cho Chương trình truyền thông quảng bá theo cách làm mới",
         ["mic"], "Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn"),
        ("đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ quảng bá di sản Tràng An tại các hội chợ du lịch quốc tế",
         ["mocst"], "Đề nghị Bộ Thông tin và Truyền thông sớm có hướng dẫn"),
    ],
)
