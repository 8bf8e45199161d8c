"""Hoà Bình: .odt (LibreOffice); old tone placement "Hoà Bình" in header and body; a short
report; plan not built, factors and messages not identified; section 2 not split into
2.1/2.2/2.3 (bold lead-ins instead)."""

from kit.gold import F

SAMPLE = dict(
    stem="HoaBinh_BC187_UBND",
    format="odt",
    layout=dict(headings="bold", signature="table"),
    author="VP UBND tỉnh Hoà Bình",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH HOÀ BÌNH"], bold_left=(0, 1), number="187/BC-UBND",
                place_date="Hoà Bình, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hòa Bình", issuer="Uỷ ban nhân dân tỉnh Hoà Bình", number="187/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Đinh Công Sứ", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Hoà Bình báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} 1.|Thực trạng xây dựng và triển khai Kế hoạch
Đến nay, tỉnh Hoà Bình chưa xây dựng Kế hoạch riêng về truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới. Công tác quảng bá hình ảnh tỉnh ra nước ngoài chủ yếu được lồng ghép trong nhiệm vụ thông tin đối ngoại, xúc tiến đầu tư, thương mại và du lịch hằng năm của các sở, ngành.
Tỉnh chưa xác định cụ thể các yếu tố truyền thông trọng tâm trong 22 yếu tố theo hướng dẫn của Bộ Thông tin và Truyền thông; chưa xác định thông điệp chính của truyền thông quảng bá ra nước ngoài.
Các phương thức, kênh truyền thông đã sử dụng gồm:
- Cổng thông tin điện tử tỉnh có chuyên mục tiếng Anh giới thiệu tiềm năng, cơ hội đầu tư.
- Báo Hoà Bình, Đài Phát thanh và Truyền hình tỉnh đưa tin về các sự kiện văn hoá, du lịch, trong đó có các chương trình phát bằng tiếng Mường.
- Tổ chức Lễ hội Khai hạ Mường Bi, Tuần Văn hoá - Du lịch Hoà Bình; tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) tại Hà Nội.
- Phát hành cẩm nang du lịch, tập gấp giới thiệu hồ Hoà Bình, Mai Châu, suối khoáng Kim Bôi bằng tiếng Anh.
Kết quả: năm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó khoảng 350 nghìn lượt khách quốc tế; tổng thu từ du lịch đạt 2.900 tỷ đồng. 9 tháng năm 2024, tỉnh đón 3,1 triệu lượt khách, tăng 10% so cùng kỳ. Tuy nhiên, do chưa có Kế hoạch nên chưa có số liệu đánh giá riêng tác động của hoạt động truyền thông.
# {2} 2.|Đánh giá chung
**Ưu điểm:** các cơ quan báo chí của tỉnh đã chủ động đưa tin về văn hoá, du lịch; hình ảnh văn hoá Mường, hồ Hoà Bình bước đầu được quảng bá tới bạn bè quốc tế.
**Khó khăn, vướng mắc:** tỉnh chưa có Kế hoạch và nguồn lực riêng; đội ngũ cán bộ làm công tác thông tin đối ngoại còn thiếu, hầu hết kiêm nhiệm; sản phẩm truyền thông bằng ngoại ngữ còn ít.
**Nguyên nhân:** khách quan là điều kiện kinh tế - xã hội của tỉnh còn nhiều khó khăn, ngân sách hạn hẹp; chủ quan là nhận thức của một số cơ quan, đơn vị về vai trò của truyền thông quảng bá ra nước ngoài chưa đầy đủ.
**Bài học kinh nghiệm:** cần có Kế hoạch riêng, xác định rõ yếu tố trọng tâm, thông điệp và bố trí nguồn lực tương xứng.
# {3} 3.|Đề xuất, kiến nghị
- Đề nghị Bộ Thông tin và Truyền thông hướng dẫn, hỗ trợ tỉnh xây dựng Kế hoạch truyền thông quảng bá theo cách làm mới; tổ chức tập huấn cho đội ngũ cán bộ của tỉnh.
- Đề nghị Chính phủ, Bộ Tài chính xem xét hỗ trợ kinh phí cho các tỉnh miền núi còn khó khăn thực hiện nhiệm vụ truyền thông quảng bá hình ảnh ra nước ngoài.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của UBND tỉnh Hoà Bình./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TTTT;", "- Lưu: VT, KGVX."],
    signature=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Công Sứ"],
)

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="tỉnh Hoà Bình chưa xây dựng Kế hoạch riêng"),
    factors=dict(identified=False, items=[]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh có chuyên mục tiếng Anh", "Cổng thông tin điện tử tỉnh có chuyên mục"),
        ("local_media", "Báo Hoà Bình, Đài Phát thanh và Truyền hình tỉnh", "Báo Hoà Bình, Đài Phát thanh"),
        ("events", "Lễ hội Khai hạ Mường Bi, Tuần Văn hoá - Du lịch Hoà Bình", "Tổ chức Lễ hội Khai hạ Mường Bi"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế Việt Nam (VITM)", "Tổ chức Lễ hội Khai hạ Mường Bi"),
        ("publications", "cẩm nang du lịch, tập gấp", "Phát hành cẩm nang du lịch"),
    ],
    figures=[
        F("visitors_total", "lượt khách", 3.2e6, "visits", "triệu lượt", "2023", "tỉnh đón 3,2 triệu"),
        F("visitors_international", "lượt khách quốc tế", 350000, "visits", "nghìn lượt", "2023", "tỉnh đón 3,2 triệu", approx=True),
        F("tourism_revenue", "tổng thu từ du lịch", 2900e9, "VND", "tỷ đồng", "2023", "tỉnh đón 3,2 triệu"),
        F("visitors_total", "lượt khách", 3.1e6, "visits", "triệu lượt", "2024-9M", "tỉnh đón 3,1 triệu",
          ch=("increase", 10.0, None, "2023-9M")),
    ],
    strengths=[("các cơ quan báo chí của tỉnh đã chủ động đưa tin về văn hoá, du lịch", "Ưu điểm: các cơ quan báo chí"),
               ("hình ảnh văn hoá Mường, hồ Hoà Bình bước đầu được quảng bá tới bạn bè quốc tế",
                "Ưu điểm: các cơ quan báo chí")],
    difficulties=[("tỉnh chưa có Kế hoạch và nguồn lực riêng", "Khó khăn, vướng mắc: tỉnh chưa có"),
                  ("đội ngũ cán bộ làm công tác thông tin đối ngoại còn thiếu, hầu hết kiêm nhiệm", "Khó khăn, vướng mắc: tỉnh chưa có"),
                  ("sản phẩm truyền thông bằng ngoại ngữ còn ít", "Khó khăn, vướng mắc: tỉnh chưa có")],
    causes_objective=[("điều kiện kinh tế - xã hội của tỉnh còn nhiều khó khăn, ngân sách hạn hẹp", "Nguyên nhân: khách quan")],
    causes_subjective=[("nhận thức của một số cơ quan, đơn vị về vai trò của truyền thông quảng bá ra nước ngoài chưa đầy đủ",
                        "Nguyên nhân: khách quan")],
    lessons=[("cần có Kế hoạch riêng, xác định rõ yếu tố trọng tâm, thông điệp và bố trí nguồn lực tương xứng",
              "Bài học kinh nghiệm: cần có")],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hướng dẫn"),
        (None, ["government", "mof"], "Đề nghị Chính phủ, Bộ Tài chính"),
    ],
)
