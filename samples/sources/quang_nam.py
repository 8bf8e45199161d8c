"""Quảng Nam: .docx, bold headings with hand-typed outline numbers "1." / "1.1." / "1.1.1." (no
Roman numerals, no numbering.xml). Plan draft sent for comments (in progress); "khẩu hiệu"
introduces the message; "Top 10" rating by a foreign magazine (not a channel, not a figure);
"dự kiến năm 2024, doanh thu du lịch ước đạt 14.200 tỷ đồng, tăng 18,5% so với năm 2023" is a
forecast for the whole year, a target by RECORD.md (not a figure; the 2023 value beside it is); 9-month figures "so với cùng kỳ"; recommendations under "3.1. Đối với
Chính phủ" / "3.2. Đối với ..." sub-headings."""

from kit.gold import F

SAMPLE = dict(
    stem="QuangNam_BC_UBND_TTQB_2024_final",
    format="docx",
    layout=dict(headings="bold", signature="table", font_size=14),
    author="Admin",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"], number="219/BC-UBND",
                place_date="Quảng Nam, ngày 27 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Nam",
           "ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Quảng Nam", issuer="Ủy ban nhân dân tỉnh Quảng Nam", number="219/BC-UBND", date="2024-09-27",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Nam ra nước ngoài theo cách làm mới giai đoạn 2023 - 2024",
        signer={"name": "Phan Thị Thu Hằng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Quảng Nam báo cáo kết quả thực hiện như sau:
""",
    body="""
# {1} 1.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ
## 1.1.|Tình hình xây dựng Kế hoạch
Thực hiện hướng dẫn tại Công văn số 765/BTTTT-TTĐN ngày 10/3/2023 của Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông đã tham mưu dự thảo Kế hoạch truyền thông quảng bá hình ảnh tỉnh Quảng Nam ra nước ngoài theo cách làm mới giai đoạn 2024 - 2025; hiện dự thảo đã được gửi lấy ý kiến các sở, ngành, địa phương và sẽ trình UBND tỉnh ban hành trong quý IV/2024. Trong thời gian chờ ban hành, các hoạt động quảng bá được lồng ghép trong Chương trình xúc tiến du lịch và Chương trình xúc tiến đầu tư hằng năm của tỉnh.
## 1.2.|Yếu tố trọng tâm và thông điệp truyền thông
### 1.2.1.|Yếu tố truyền thông trọng tâm
Dự thảo Kế hoạch xác định 03 yếu tố trọng tâm:
- Di sản văn hóa thế giới: Đô thị cổ Hội An và Khu đền tháp Mỹ Sơn.
- Khu dự trữ sinh quyển thế giới Cù Lao Chàm - Hội An.
- Công nghiệp ô tô - cơ khí tại Khu kinh tế mở Chu Lai.
### 1.2.2.|Thông điệp truyền thông
Tỉnh sử dụng khẩu hiệu “Quảng Nam - Một điểm đến, hai di sản văn hóa thế giới” trong các hoạt động quảng bá du lịch ra nước ngoài.
## 1.3.|Phương thức, kênh truyền thông
### 1.3.1.|Trên nền tảng số
- Cổng thông tin điện tử tỉnh có phiên bản tiếng Anh; trang quangnamtourism.com.vn được cập nhật bằng 04 ngôn ngữ.
- Tài khoản TikTok “Quang Nam Travel” và Instagram “visitquangnam” được vận hành từ năm 2023, tập trung vào video ngắn về Hội An về đêm, làng rau Trà Quế, làng gốm Thanh Hà.
### 1.3.2.|Sự kiện và xúc tiến
- Tổ chức Tuần lễ Quảng Nam tại Nhật Bản năm 2023 và tham gia Hội chợ Du lịch quốc tế ITB Berlin 2024.
- Phối hợp với Hội người Việt Nam tại Pháp giới thiệu ẩm thực, áo dài Hội An tới cộng đồng kiều bào và bạn bè quốc tế.
- Mời 05 KOL, travel blogger quốc tế trải nghiệm các tuyến du lịch cộng đồng năm 2024.
Năm 2023, Hội An tiếp tục được tạp chí Travel + Leisure bình chọn trong Top 10 thành phố tốt nhất thế giới, góp phần lan tỏa hình ảnh Quảng Nam.
## 1.4.|Kết quả đạt được
Trong 9 tháng năm 2024, toàn tỉnh đón khoảng 6,2 triệu lượt khách, tăng 12,4% so với cùng kỳ; trong đó khách quốc tế ước 3,9 triệu lượt. Năm 2023, doanh thu du lịch đạt 11.980 tỷ đồng; dự kiến năm 2024, doanh thu du lịch ước đạt 14.200 tỷ đồng, tăng 18,5% so với năm 2023. Công suất phòng bình quân của các cơ sở lưu trú tại Hội An 9 tháng năm 2024 đạt 65%.
# {2} 2.|ĐÁNH GIÁ CHUNG
## {2.1} 2.1.|Ưu điểm
- Các di sản thế giới có sức hút lớn, là điểm tựa cho mọi hoạt động truyền thông.
- Nội dung trên nền tảng số được đổi mới, hướng đến khách trẻ tuổi.
## {2.2} 2.2.|Khó khăn, vướng mắc và nguyên nhân
- Kế hoạch chưa được ban hành nên việc bố trí kinh phí, phân công nhiệm vụ chưa ổn định.
- Truyền thông về tiềm năng đầu tư còn mờ nhạt so với truyền thông du lịch.
Nguyên nhân chủ quan là nhận thức của một số ngành, địa phương về truyền thông theo cách làm mới chưa đầy đủ. Nguyên nhân khách quan là thiên tai, bão lũ thường xuyên ảnh hưởng đến hình ảnh điểm đến an toàn.
## {2.3} 2.3.|Bài học kinh nghiệm
- Truyền thông qua trải nghiệm thực tế của KOL, blogger quốc tế mang lại hiệu quả cao với chi phí thấp.
- Cần gắn kết truyền thông du lịch với truyền thông đầu tư trong một thông điệp chung.
# {3} 3.|ĐỀ XUẤT, KIẾN NGHỊ
## 3.1.|Đối với Chính phủ
- Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài làm căn cứ để địa phương cụ thể hóa.
## 3.2.|Đối với Bộ Thông tin và Truyền thông
- Góp ý, hỗ trợ tỉnh hoàn thiện Kế hoạch; chia sẻ kinh nghiệm của các địa phương thí điểm.
- Hỗ trợ kết nối với các cơ quan báo chí đối ngoại để quảng bá di sản Hội An, Mỹ Sơn.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Quảng Nam ra nước ngoài theo cách làm mới, UBND tỉnh Quảng Nam báo cáo Bộ Thông tin và Truyền thông biết, tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- CT, PCT UBND tỉnh;", "- Sở TTTT, Sở VHTTDL;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Phan Thị Thu Hằng"],
)

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="hiện dự thảo đã được gửi lấy ý kiến"),
    factors=dict(identified=True, items=[
        ("Di sản văn hóa thế giới", "culture_heritage", "Di sản văn hóa thế giới: Đô thị cổ Hội An"),
        ("Khu dự trữ sinh quyển thế giới Cù Lao Chàm - Hội An", "tourism", "Khu dự trữ sinh quyển thế giới"),
        ("Công nghiệp ô tô - cơ khí", "business_potential", "Công nghiệp ô tô - cơ khí"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Quảng Nam - Một điểm đến, hai di sản văn hóa thế giới", "Tỉnh sử dụng khẩu hiệu"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh có phiên bản tiếng Anh", "Cổng thông tin điện tử tỉnh có phiên bản tiếng Anh"),
        ("portal", "trang quangnamtourism.com.vn", "Cổng thông tin điện tử tỉnh có phiên bản tiếng Anh"),
        ("tiktok", "Tài khoản TikTok “Quang Nam Travel”", "Tài khoản TikTok"),
        ("instagram", "Instagram “visitquangnam”", "Tài khoản TikTok"),
        ("video", "video ngắn", "Tài khoản TikTok"),
        ("events", "Tuần lễ Quảng Nam tại Nhật Bản năm 2023", "Tổ chức Tuần lễ Quảng Nam tại Nhật Bản"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế ITB Berlin 2024", "Tổ chức Tuần lễ Quảng Nam tại Nhật Bản"),
        ("diaspora", "Hội người Việt Nam tại Pháp", "Phối hợp với Hội người Việt Nam tại Pháp"),
        ("influencers", "KOL, travel blogger quốc tế", "Mời 05 KOL"),
    ],
    figures=[
        F("languages", "ngôn ngữ", 4, "count", "ngôn ngữ", None, "trang quangnamtourism.com.vn được cập nhật bằng 04 ngôn ngữ"),
        F("other", "KOL, travel blogger quốc tế", 5, "count", "KOL, travel blogger", "2024", "Mời 05 KOL"),
        F("visitors_total", "lượt khách", 6.2e6, "visits", "triệu lượt", "2024-9M", "toàn tỉnh đón khoảng 6,2 triệu lượt khách",
          ch=("increase", 12.4, None, "2023-9M"), approx=True),
        F("visitors_international", "khách quốc tế", 3.9e6, "visits", "triệu lượt", "2024-9M",
          "toàn tỉnh đón khoảng 6,2 triệu lượt khách", approx=True),
        F("tourism_revenue", "doanh thu du lịch", 11980e9, "VND", "tỷ đồng", "2023", "doanh thu du lịch đạt 11.980 tỷ đồng"),
        F("room_occupancy", "Công suất phòng bình quân", 65, "percent", "%", "2024-9M", "Công suất phòng bình quân"),
    ],
    strengths=["Các di sản thế giới có sức hút lớn", "Nội dung trên nền tảng số được đổi mới"],
    difficulties=["Kế hoạch chưa được ban hành nên việc bố trí kinh phí", "Truyền thông về tiềm năng đầu tư còn mờ nhạt"],
    causes_objective=["Nguyên nhân khách quan là thiên tai"],
    causes_subjective=["Nguyên nhân chủ quan là nhận thức"],
    lessons=["Truyền thông qua trải nghiệm thực tế của KOL", "Cần gắn kết truyền thông du lịch với truyền thông đầu tư"],
    recommendations=[
        (None, ["government"], "Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài làm căn cứ"),
        (None, ["mic"], "Góp ý, hỗ trợ tỉnh hoàn thiện Kế hoạch"),
        (None, ["mic"], "Hỗ trợ kết nối với các cơ quan báo chí đối ngoại"),
    ],
)
