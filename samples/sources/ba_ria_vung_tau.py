"""Bà Rịa - Vũng Tàu: text PDF from a .docx with Word heading styles; pilot province.
Periods "6 tháng đầu năm 2024", "quý II/2024", "tháng 10/2023", "đến tháng 6/2024"; a half-year
table against the same half a year before with a "So cùng kỳ (%)" column; "giảm 8,2% so với cùng
kỳ", "tăng 1,5 lần", "công suất phòng bình quân đạt 58%"; KOL, video, biển quảng cáo tại sân bay,
Tổng Lãnh sự quán; causes as "Về khách quan, ... Về chủ quan, ..." sentences; recommendations
under "Đối với Chính phủ: / Bộ TTTT: / Bộ Ngoại giao: / Bộ VHTTDL:"."""

from kit.gold import F

SAMPLE = dict(
    stem="BRVT_BC389-UBND_thi-diem-quang-ba",
    format="pdf",
    layout=dict(headings="styles", signature="table"),
    author="UBND tinh BR-VT",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"], number="389/BC-UBND",
                place_date="Bà Rịa - Vũng Tàu, ngày 20 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thí điểm truyền thông quảng bá hình ảnh tỉnh Bà Rịa - Vũng Tàu",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bà Rịa - Vũng Tàu", issuer="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", number="389/BC-UBND",
        date="2024-09-20",
        title="Báo cáo kết quả thí điểm truyền thông quảng bá hình ảnh tỉnh Bà Rịa - Vũng Tàu ra nước ngoài theo cách làm mới",
        signer={"name": "Phạm Minh Trí", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Bà Rịa - Vũng Tàu báo cáo kết quả thí điểm trên địa bàn tỉnh như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Xây dựng Kế hoạch
Là một trong các địa phương thí điểm, ngày 14/6/2022 UBND tỉnh ban hành Kế hoạch số 109/KH-UBND triển khai thí điểm truyền thông quảng bá hình ảnh tỉnh Bà Rịa - Vũng Tàu ra nước ngoài theo cách làm mới. Trên cơ sở kết quả năm đầu, ngày 18/4/2023 UBND tỉnh ban hành Kế hoạch số 72/KH-UBND tiếp tục triển khai giai đoạn 2023 - 2025, bổ sung nhiệm vụ quảng bá trên nền tảng số và hợp tác với người có ảnh hưởng.
## 2.|Yếu tố trọng tâm và thông điệp
Tỉnh xác định 03 yếu tố trọng tâm là: du lịch biển, nghỉ dưỡng cao cấp; hệ thống cảng biển nước sâu Cái Mép - Thị Vải gắn với dịch vụ logistics; công nghiệp năng lượng, hóa dầu.
Thông điệp chính của tỉnh: “Bà Rịa - Vũng Tàu - Cửa ngõ ra biển lớn” (tiếng Anh: “Ba Ria - Vung Tau: Gateway to the Ocean”).
## 3.|Kênh truyền thông và hiệu quả
- Video quảng bá: từ khi triển khai Kế hoạch, tỉnh đã sản xuất 06 video quảng bá điểm đến bằng tiếng Anh, tiếng Nga, tiếng Hàn; các video được đăng tải trên kênh YouTube của tỉnh với tổng cộng 3,4 triệu lượt xem.
- Người có ảnh hưởng (KOL): trong quý II/2024, tỉnh mời các KOL, travel blogger đến từ Nga, Hàn Quốc, Ấn Độ trải nghiệm các điểm đến; qua đó tạo ra 120 video ngắn với khoảng 8,5 triệu lượt tiếp cận.
- Mạng xã hội: fanpage "Visit Ba Ria - Vung Tau" đến tháng 6/2024 đạt 96.000 người theo dõi, tăng 1,5 lần so với năm 2022, trước khi triển khai Kế hoạch.
- Quảng cáo ngoài trời: từ tháng 3/2024, tỉnh đặt biển quảng cáo điểm đến tại nhà ga quốc tế Cảng hàng không quốc tế Tân Sơn Nhất.
- Báo chí nước ngoài: tháng 10/2023, phối hợp với Tổng Lãnh sự quán Việt Nam tại Vladivostok (Nga) đón đoàn 08 phóng viên Nga khảo sát, viết bài về du lịch biển Vũng Tàu, Côn Đảo.
## 4.|Kết quả đạt được
Kết quả một số chỉ tiêu 6 tháng đầu năm 2024 so với cùng kỳ năm 2023:
| Chỉ tiêu | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024 | So cùng kỳ (%) |
| Tổng lượt khách du lịch (triệu lượt) | 7,15 | 7,92 | +10,8 |
| Khách quốc tế (lượt) | 185.400 | 238.600 | +28,7 |
| Doanh thu du lịch (tỷ đồng) | 7.820 | 9.455 | +20,9 |
Công suất phòng bình quân 6 tháng đầu năm 2024 đạt 58%; riêng quý II/2024 đạt 63%.
Vốn FDI thu hút 6 tháng đầu năm 2024 đạt 959,3 triệu USD, giảm 8,2% so với cùng kỳ, do một số dự án lớn đang trong giai đoạn hoàn tất thủ tục đầu tư.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Lãnh đạo tỉnh quan tâm, chỉ đạo sát sao; các sở, ngành phối hợp chặt chẽ trong triển khai Kế hoạch.
- Kết hợp hiệu quả giữa kênh truyền thống và nền tảng số, giữa truyền thông với xúc tiến du lịch, đầu tư.
- Tranh thủ được sự hỗ trợ của các cơ quan đại diện Việt Nam ở nước ngoài tại thị trường trọng điểm.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Chi phí đặt quảng cáo tại nước ngoài và thuê KOL quốc tế cao, vượt khả năng cân đối của ngân sách tỉnh.
- Thiếu công cụ đo lường chuyển đổi từ lượt tiếp cận thành khách du lịch, nhà đầu tư thực tế.
Về khách quan, quy định hiện hành chưa có định mức chi cho hoạt động hợp tác với người có ảnh hưởng và quảng cáo trên nền tảng xuyên biên giới. Về chủ quan, đội ngũ cán bộ thực hiện còn thiếu kinh nghiệm quản lý các chiến dịch truyền thông số quy mô lớn.
## {2.3} 3.|Cách làm hay và bài học kinh nghiệm
- Chiến dịch mời KOL trải nghiệm trong quý II/2024 cho thấy nội dung do người có ảnh hưởng sản xuất được thị trường Nga, Ấn Độ đón nhận tích cực hơn nội dung do cơ quan nhà nước thực hiện.
- Cần lựa chọn thị trường mục tiêu rõ ràng và đo lường hiệu quả ngay từ khi thiết kế chiến dịch.
# {3} III.|KIẾN NGHỊ, ĐỀ XUẤT
* Đối với Chính phủ:
- Ban hành cơ chế tài chính đặc thù cho hoạt động truyền thông quảng bá hình ảnh địa phương ra nước ngoài.
* Đối với Bộ Thông tin và Truyền thông:
- Ban hành hướng dẫn hợp tác với người có ảnh hưởng trong truyền thông quảng bá hình ảnh quốc gia, địa phương.
- Tổng kết, nhân rộng các mô hình hiệu quả của các địa phương thí điểm.
* Đối với Bộ Ngoại giao:
- Tiếp tục hỗ trợ địa phương kết nối với báo chí, doanh nghiệp lữ hành tại các thị trường Nga, Ấn Độ, Hàn Quốc.
* Đối với Bộ Văn hóa, Thể thao và Du lịch:
- Phối hợp tổ chức các đoàn famtrip quốc tế kết hợp giữa các địa phương có sản phẩm du lịch biển.
""",
    closing=["Trên đây là báo cáo kết quả thí điểm truyền thông quảng bá hình ảnh tỉnh Bà Rịa - Vũng Tàu ra nước ngoài theo cách làm mới, UBND tỉnh kính báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Cục TTĐN - Bộ TT&TT;", "- TTr. Tỉnh ủy, TTr. HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                "- Sở TT&TT, Sở Du lịch, Sở Ngoại vụ;", "- Lưu: VT, TH."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Phạm Minh Trí"],
)

GOLD = dict(
    plan=dict(status="built", references=[("109/KH-UBND", "2022-06-14"), ("72/KH-UBND", "2023-04-18")],
              ev="UBND tỉnh ban hành Kế hoạch số 109/KH-UBND"),
    factors=dict(identified=True, items=[
        ("du lịch biển, nghỉ dưỡng cao cấp", "tourism", "Tỉnh xác định 03 yếu tố trọng tâm"),
        ("hệ thống cảng biển nước sâu Cái Mép - Thị Vải gắn với dịch vụ logistics", "business_potential",
         "Tỉnh xác định 03 yếu tố trọng tâm"),
        ("công nghiệp năng lượng, hóa dầu", "business_potential", "Tỉnh xác định 03 yếu tố trọng tâm"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bà Rịa - Vũng Tàu - Cửa ngõ ra biển lớn", "Thông điệp chính của tỉnh"),
        ("Ba Ria - Vung Tau: Gateway to the Ocean", "Thông điệp chính của tỉnh"),
    ]),
    channels=[
        ("video", "video quảng bá điểm đến", "Video quảng bá: từ khi triển khai"),
        ("youtube", "kênh YouTube của tỉnh", "Video quảng bá: từ khi triển khai"),
        ("influencers", "KOL, travel blogger", "Người có ảnh hưởng (KOL)"),
        ("facebook", 'fanpage "Visit Ba Ria - Vung Tau"', 'fanpage "Visit Ba Ria - Vung Tau"'),
        ("outdoor", "biển quảng cáo điểm đến tại nhà ga quốc tế Cảng hàng không quốc tế Tân Sơn Nhất",
         "đặt biển quảng cáo điểm đến"),
        ("overseas_missions", "Tổng Lãnh sự quán Việt Nam tại Vladivostok (Nga)", "Tổng Lãnh sự quán Việt Nam tại Vladivostok"),
        ("press_trips", "đoàn 08 phóng viên Nga", "Tổng Lãnh sự quán Việt Nam tại Vladivostok"),
    ],
    figures=[
        F("videos", "video quảng bá điểm đến", 6, "count", "video", None, "Video quảng bá: từ khi triển khai"),
        F("views", "lượt xem", 3.4e6, "visits", "triệu lượt xem", None, "Video quảng bá: từ khi triển khai"),
        F("videos", "video ngắn", 120, "count", "video", "2024-Q2", "Người có ảnh hưởng (KOL)"),
        F("reach", "lượt tiếp cận", 8.5e6, "visits", "triệu lượt tiếp cận", "2024-Q2", "Người có ảnh hưởng (KOL)",
          approx=True),
        F("followers", "người theo dõi", 96000, "people", "người theo dõi", "2024-06", 'fanpage "Visit Ba Ria - Vung Tau"',
          ch=("increase", None, 1.5, "2022")),
        F("journalists", "phóng viên Nga", 8, "people", "phóng viên", "2023-10", "Tổng Lãnh sự quán Việt Nam tại Vladivostok"),
        F("visitors_total", "Tổng lượt khách du lịch", 7.15e6, "visits", "triệu lượt", "2023-H1", "Tổng lượt khách du lịch (triệu lượt)"),
        F("visitors_total", "Tổng lượt khách du lịch", 7.92e6, "visits", "triệu lượt", "2024-H1", "Tổng lượt khách du lịch (triệu lượt)",
          base=("2023-H1", 7.15e6), ch=("increase", 10.8, None, "2023-H1")),
        F("visitors_international", "Khách quốc tế", 185400, "visits", "lượt", "2023-H1", "Khách quốc tế (lượt)"),
        F("visitors_international", "Khách quốc tế", 238600, "visits", "lượt", "2024-H1", "Khách quốc tế (lượt)",
          base=("2023-H1", 185400), ch=("increase", 28.7, None, "2023-H1")),
        F("tourism_revenue", "Doanh thu du lịch", 7820e9, "VND", "tỷ đồng", "2023-H1", "Doanh thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Doanh thu du lịch", 9455e9, "VND", "tỷ đồng", "2024-H1", "Doanh thu du lịch (tỷ đồng)",
          base=("2023-H1", 7820e9), ch=("increase", 20.9, None, "2023-H1")),
        F("room_occupancy", "Công suất phòng bình quân", 58, "percent", "%", "2024-H1", "Công suất phòng bình quân 6 tháng"),
        F("room_occupancy", "Công suất phòng bình quân", 63, "percent", "%", "2024-Q2", "Công suất phòng bình quân 6 tháng"),
        F("fdi_capital", "Vốn FDI thu hút", 959.3e6, "USD", "triệu USD", "2024-H1", "Vốn FDI thu hút 6 tháng đầu năm 2024",
          ch=("decrease", 8.2, None, "2023-H1")),
    ],
    strengths=["Lãnh đạo tỉnh quan tâm, chỉ đạo sát sao", "Kết hợp hiệu quả giữa kênh truyền thống và nền tảng số",
               "Tranh thủ được sự hỗ trợ của các cơ quan đại diện"],
    difficulties=["Chi phí đặt quảng cáo tại nước ngoài", "Thiếu công cụ đo lường chuyển đổi"],
    causes_objective=["Về khách quan, quy định hiện hành"],
    causes_subjective=["Về chủ quan, đội ngũ cán bộ"],
    lessons=["Chiến dịch mời KOL trải nghiệm", "Cần lựa chọn thị trường mục tiêu rõ ràng"],
    recommendations=[
        (None, ["government"], "Ban hành cơ chế tài chính đặc thù"),
        (None, ["mic"], "Ban hành hướng dẫn hợp tác với người có ảnh hưởng"),
        (None, ["mic"], "Tổng kết, nhân rộng các mô hình"),
        (None, ["mofa"], "Tiếp tục hỗ trợ địa phương kết nối với báo chí"),
        (None, ["mocst"], "Phối hợp tổ chức các đoàn famtrip quốc tế"),
    ],
)
