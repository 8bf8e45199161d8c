"""Thanh Hóa: .docx with automatic numbering (I./1./a) only in numbering.xml, automatic bullets).
Header spelled "TỈNH THANH HOÁ" (old tone placement; the body mixes both spellings); plan status
as a checkbox table (Đã xây dựng | Đang xây dựng | Chưa xây dựng / X); distractors "Quyết định
số 1234/QĐ-UBND" and "Điều 3"; six focus factors; figures only in prose ("từ ... lên ...",
"gấp 2,7 lần so với cùng kỳ", "1,1 tỉ USD"); lessons as "Thứ nhất, ... Thứ hai, ... Thứ ba, ...";
recommendations under numbered sub-headings, the last one grouping several ministries inline."""

from kit.gold import F

SAMPLE = dict(
    stem="ThanhHoa_BC-UBND_TTQB_nuoc-ngoai_2024",
    format="docx",
    layout=dict(headings="autonum", signature="table"),
    author="Văn phòng UBND tỉnh Thanh Hoá",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH THANH HOÁ"], number="402/BC-UBND",
                place_date="Thanh Hoá, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thanh Hoá",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Thanh Hóa", issuer="Ủy ban nhân dân tỉnh Thanh Hoá", number="402/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thanh Hoá ra nước ngoài theo cách làm mới",
        signer={"name": "Lê Văn Thắng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Thanh Hóa báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
| Đã xây dựng | Đang xây dựng | Chưa xây dựng |
| X |  |  |
Ngày 08/8/2023, Chủ tịch UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND thành lập Tổ công tác truyền thông quảng bá hình ảnh tỉnh Thanh Hóa ra nước ngoài; theo Điều 3 của Quyết định, Sở Thông tin và Truyền thông là cơ quan thường trực của Tổ công tác. Trên cơ sở đề xuất của Tổ công tác, UBND tỉnh đã ban hành Kế hoạch số 287/KH-UBND ngày 25/10/2023 về truyền thông quảng bá hình ảnh tỉnh Thanh Hóa ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025 và Kế hoạch số 43/KH-UBND ngày 19/02/2024 thực hiện nhiệm vụ năm 2024.
Kế hoạch xác định mục tiêu đến năm 2025, hình ảnh Thanh Hoá được biết đến rộng rãi hơn tại các thị trường trọng điểm Nhật Bản, Hàn Quốc, Lào, Thái Lan và Liên bang Nga; đồng thời đưa công tác truyền thông quảng bá trở thành hoạt động thường xuyên của các sở, ngành, địa phương.
## 2.|Yếu tố truyền thông trọng tâm và thông điệp
Trong 22 yếu tố truyền thông, tỉnh lựa chọn 06 yếu tố trọng tâm, thế mạnh, gồm:
- Lịch sử, văn hóa: Thành Nhà Hồ - Di sản văn hóa thế giới, Khu di tích lịch sử Lam Kinh, văn hóa Đông Sơn;
- Du lịch biển Sầm Sơn, Hải Tiến và du lịch sinh thái Pù Luông;
- Khu kinh tế Nghi Sơn và môi trường đầu tư;
- Hạ tầng giao thông kết nối: Cảng hàng không Thọ Xuân, cảng biển Nghi Sơn, đường bộ cao tốc Bắc - Nam;
- Sản phẩm OCOP, đặc sản: nem chua Thanh Hóa, mắm tôm Hoằng Hóa, cói Nga Sơn;
- Con người xứ Thanh hiếu học, cần cù, nghĩa tình.
Thông điệp chính được xác định là “Thanh Hóa - Điểm đến hấp dẫn, an toàn, thân thiện”; trong xúc tiến đầu tư, tỉnh sử dụng thông điệp “Thanh Hoa - Land of Opportunities”.
## 3.|Phương thức, kênh truyền thông và đánh giá hiệu quả
### a)|Truyền thông trên báo chí
Năm 2023, tỉnh phối hợp với Kênh VTV4, Hệ Phát thanh đối ngoại VOV5 và Báo Nhân Dân điện tử tiếng Anh sản xuất 64 tin, bài, phóng sự giới thiệu về Thanh Hóa. Báo Thanh Hóa và Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục song ngữ "Thanh Hóa - Hội nhập và phát triển" phát hành hằng tuần.
Cũng trong năm 2023, tỉnh đón 03 đoàn phóng viên nước ngoài thường trú tại Việt Nam (Kyodo, Tân Hoa xã, Yonhap) với 17 phóng viên đến tác nghiệp tại Khu kinh tế Nghi Sơn và các điểm du lịch.
### b)|Truyền thông trên nền tảng số
- Trang tiếng Anh, tiếng Nhật của Cổng thông tin điện tử tỉnh năm 2023 có 1,05 triệu lượt truy cập, tăng 34% so với năm 2022.
- Kênh YouTube "Thanh Hoa Today" năm 2023 đạt 2,3 triệu lượt xem; tài khoản Instagram "visitthanhhoa" hiện có khoảng 18 nghìn người theo dõi.
- Trang LinkedIn "Invest in Thanh Hoa" được lập năm 2024 để kết nối với các nhà đầu tư, doanh nghiệp nước ngoài.
- Video quảng bá "Thanh Hóa - Vùng đất hội tụ" được trình chiếu trên các chuyến bay quốc tế của Vietnam Airlines từ tháng 01/2024.
### c)|Truyền thông qua sự kiện, xúc tiến đầu tư và kiều bào
Tháng 5/2024, tỉnh tổ chức Hội nghị xúc tiến đầu tư tại Tokyo (Nhật Bản) với sự phối hợp của Đại sứ quán Việt Nam tại Nhật Bản, thu hút đông đảo doanh nghiệp Nhật Bản tham dự. Lễ hội du lịch biển Sầm Sơn và Festival Pù Luông được tổ chức hằng năm với nhiều hoạt động dành cho du khách quốc tế. Tỉnh thường xuyên gặp mặt, cung cấp thông tin cho kiều bào xứ Thanh tại Lào, Thái Lan, Pháp; nhiều kiều bào đã trở thành cầu nối giới thiệu doanh nghiệp nước ngoài đến tìm hiểu cơ hội đầu tư.
Nhìn chung, báo chí đối ngoại và hội nghị xúc tiến đầu tư mang lại hiệu quả rõ nét đối với thu hút đầu tư; các nền tảng số có mức độ lan tỏa tốt nhưng chưa đo lường được chuyển đổi thành khách du lịch thực tế.
## 4.|Kết quả đạt được
Năm 2023, toàn tỉnh đón 14,33 triệu lượt khách, tăng 15,7% so với năm 2022; tổng thu du lịch đạt 32.600 tỷ đồng. Khách quốc tế tăng từ 95.800 lượt năm 2022 lên 322.000 lượt năm 2023, chủ yếu từ Hàn Quốc, Lào, Thái Lan.
Về đầu tư, năm 2023 tỉnh thu hút 34 dự án FDI với tổng vốn đăng ký 482,6 triệu USD. Trong 9 tháng năm 2024, vốn FDI đăng ký ước đạt 1,1 tỉ USD, gấp 2,7 lần so với cùng kỳ. Kim ngạch xuất khẩu năm 2023 đạt 4,8 tỷ USD.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Công tác truyền thông quảng bá được cấp ủy, chính quyền quan tâm; có Tổ công tác và Kế hoạch riêng, phân công nhiệm vụ rõ ràng.
- Các yếu tố trọng tâm được lựa chọn sát với thế mạnh của tỉnh, thông điệp ngắn gọn, dễ nhớ.
- Bước đầu huy động được sự tham gia của doanh nghiệp, kiều bào và các cơ quan báo chí đối ngoại.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
### a)|Khó khăn, vướng mắc
- Nguồn kinh phí dành cho truyền thông quảng bá ra nước ngoài còn thấp, chủ yếu lồng ghép từ kinh phí xúc tiến đầu tư, du lịch.
- Số lượng sản phẩm truyền thông bằng các ngôn ngữ của thị trường trọng điểm (tiếng Nhật, tiếng Hàn, tiếng Nga) còn hạn chế.
- Chưa có hệ thống đo lường, đánh giá hiệu quả truyền thông theo từng kênh, từng thị trường.
### b)|Nguyên nhân
- Khách quan: thị trường khách quốc tế, nhất là khách Nga, chịu ảnh hưởng của tình hình địa chính trị; đường bay quốc tế trực tiếp đến Thanh Hóa còn ít.
- Chủ quan: sự phối hợp giữa các thành viên Tổ công tác chưa thường xuyên; đội ngũ cán bộ thông tin đối ngoại ở cấp huyện còn thiếu và yếu.
## {2.3} 3.|Bài học kinh nghiệm
Thứ nhất, phải có cơ chế phối hợp liên ngành với một đầu mối chịu trách nhiệm, tránh tình trạng mỗi ngành quảng bá một kiểu. Thứ hai, nội dung truyền thông cần được “may đo” theo từng thị trường, ưu tiên ngôn ngữ và kênh mà công chúng mục tiêu sử dụng. Thứ ba, gắn truyền thông với các hoạt động xúc tiến trực tiếp và kiều bào sẽ tạo ra kết quả cụ thể, đo lường được.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
## 1.|Đối với Chính phủ
- Sớm phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài, trong đó xác định rõ vai trò của địa phương.
## 2.|Đối với Bộ Thông tin và Truyền thông
- Hướng dẫn bộ chỉ số đo lường hiệu quả truyền thông quảng bá ra nước ngoài áp dụng thống nhất cho các địa phương.
- Hỗ trợ kết nối địa phương với các hãng thông tấn, báo chí nước ngoài có văn phòng thường trú tại Việt Nam.
## 3.|Đối với các bộ, ngành Trung ương
- Bộ Ngoại giao chỉ đạo các cơ quan đại diện Việt Nam tại Nhật Bản, Hàn Quốc, Lào, Thái Lan hỗ trợ tỉnh tổ chức các chương trình quảng bá.
- Bộ Văn hóa, Thể thao và Du lịch lồng ghép quảng bá điểm đến Thanh Hóa trong các chương trình xúc tiến du lịch quốc gia.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Thanh Hóa ra nước ngoài theo cách làm mới, UBND tỉnh Thanh Hóa trân trọng báo cáo./."],
    recipients=["Nơi nhận:", "- Bộ Thông tin và Truyền thông (b/c);", "- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Các thành viên Tổ công tác;", "- Lưu: VT, VX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Văn Thắng"],
)

GOLD = dict(
    plan=dict(status="built", references=[("287/KH-UBND", "2023-10-25"), ("43/KH-UBND", "2024-02-19")],
              ev="UBND tỉnh đã ban hành Kế hoạch số 287/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Lịch sử, văn hóa", "culture_heritage", "Lịch sử, văn hóa: Thành Nhà Hồ"),
        ("Du lịch biển Sầm Sơn, Hải Tiến và du lịch sinh thái Pù Luông", "tourism", "Du lịch biển Sầm Sơn, Hải Tiến"),
        ("Khu kinh tế Nghi Sơn và môi trường đầu tư", "business_potential", "Khu kinh tế Nghi Sơn và môi trường đầu tư;"),
        ("Hạ tầng giao thông kết nối", "business_potential", "Hạ tầng giao thông kết nối:"),
        ("Sản phẩm OCOP, đặc sản", "products", "Sản phẩm OCOP, đặc sản"),
        ("Con người xứ Thanh hiếu học, cần cù, nghĩa tình", "value_system", "Con người xứ Thanh hiếu học"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Thanh Hóa - Điểm đến hấp dẫn, an toàn, thân thiện", "Thông điệp chính được xác định"),
        ("Thanh Hoa - Land of Opportunities", "Thông điệp chính được xác định"),
    ]),
    channels=[
        ("national_media", "Kênh VTV4", "sản xuất 64 tin, bài, phóng sự"),
        ("national_media", "Hệ Phát thanh đối ngoại VOV5", "sản xuất 64 tin, bài, phóng sự"),
        ("national_media", "Báo Nhân Dân điện tử tiếng Anh", "sản xuất 64 tin, bài, phóng sự"),
        ("local_media", "Báo Thanh Hóa", "Báo Thanh Hóa và Đài Phát thanh và Truyền hình tỉnh"),
        ("local_media", "Đài Phát thanh và Truyền hình tỉnh", "Báo Thanh Hóa và Đài Phát thanh và Truyền hình tỉnh"),
        ("press_trips", "đoàn phóng viên nước ngoài thường trú tại Việt Nam (Kyodo, Tân Hoa xã, Yonhap)", "tỉnh đón 03 đoàn phóng viên"),
        ("portal", "Trang tiếng Anh, tiếng Nhật của Cổng thông tin điện tử tỉnh", "Trang tiếng Anh, tiếng Nhật"),
        ("youtube", 'Kênh YouTube "Thanh Hoa Today"', 'Kênh YouTube "Thanh Hoa Today"'),
        ("instagram", 'tài khoản Instagram "visitthanhhoa"', 'Kênh YouTube "Thanh Hoa Today"'),
        ("other_social", 'Trang LinkedIn "Invest in Thanh Hoa"', 'Trang LinkedIn "Invest in Thanh Hoa"'),
        ("video", 'Video quảng bá "Thanh Hóa - Vùng đất hội tụ"', 'Video quảng bá "Thanh Hóa - Vùng đất hội tụ"'),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Tokyo (Nhật Bản)", "Hội nghị xúc tiến đầu tư tại Tokyo"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Nhật Bản", "Hội nghị xúc tiến đầu tư tại Tokyo"),
        ("events", "Lễ hội du lịch biển Sầm Sơn và Festival Pù Luông", "Lễ hội du lịch biển Sầm Sơn và Festival Pù Luông"),
        ("diaspora", "kiều bào xứ Thanh tại Lào, Thái Lan, Pháp", "kiều bào xứ Thanh tại Lào"),
    ],
    figures=[
        F("articles", "tin, bài, phóng sự giới thiệu về Thanh Hóa", 64, "count", "tin, bài, phóng sự", "2023",
          "sản xuất 64 tin, bài, phóng sự"),
        F("delegations", "đoàn phóng viên nước ngoài thường trú tại Việt Nam", 3, "count", "đoàn", "2023",
          "tỉnh đón 03 đoàn phóng viên"),
        F("journalists", "phóng viên", 17, "people", "phóng viên", "2023", "tỉnh đón 03 đoàn phóng viên"),
        F("site_visits", "lượt truy cập", 1.05e6, "visits", "triệu lượt truy cập", "2023", "Trang tiếng Anh, tiếng Nhật",
          ch=("increase", 34.0, None, "2022")),
        F("views", "lượt xem", 2.3e6, "visits", "triệu lượt xem", "2023", 'Kênh YouTube "Thanh Hoa Today"'),
        F("followers", "người theo dõi", 18000, "people", "nghìn người theo dõi", None, 'Kênh YouTube "Thanh Hoa Today"',
          approx=True),
        F("visitors_total", "lượt khách", 14.33e6, "visits", "triệu lượt", "2023", "toàn tỉnh đón 14,33 triệu lượt khách",
          ch=("increase", 15.7, None, "2022")),
        F("tourism_revenue", "tổng thu du lịch", 32600e9, "VND", "tỷ đồng", "2023", "toàn tỉnh đón 14,33 triệu lượt khách"),
        F("visitors_international", "Khách quốc tế", 95800, "visits", "lượt", "2022", "Khách quốc tế tăng từ 95.800 lượt"),
        F("visitors_international", "Khách quốc tế", 322000, "visits", "lượt", "2023", "Khách quốc tế tăng từ 95.800 lượt",
          base=("2022", 95800)),
        F("fdi_projects", "dự án FDI", 34, "count", "dự án", "2023", "tỉnh thu hút 34 dự án FDI"),
        F("fdi_capital", "tổng vốn đăng ký", 482.6e6, "USD", "triệu USD", "2023", "tỉnh thu hút 34 dự án FDI"),
        F("fdi_capital", "vốn FDI đăng ký", 1.1e9, "USD", "tỉ USD", "2024-9M", "vốn FDI đăng ký ước đạt 1,1 tỉ USD",
          ch=("increase", None, 2.7, "2023-9M"), approx=True),
        F("export_value", "Kim ngạch xuất khẩu", 4.8e9, "USD", "tỷ USD", "2023", "Kim ngạch xuất khẩu năm 2023 đạt 4,8 tỷ USD"),
    ],
    strengths=["Công tác truyền thông quảng bá được cấp ủy, chính quyền quan tâm",
               "Các yếu tố trọng tâm được lựa chọn sát với thế mạnh", "Bước đầu huy động được sự tham gia"],
    difficulties=["Nguồn kinh phí dành cho truyền thông quảng bá ra nước ngoài còn thấp",
                  "Số lượng sản phẩm truyền thông bằng các ngôn ngữ", "Chưa có hệ thống đo lường"],
    causes_objective=["Khách quan: thị trường khách quốc tế"],
    causes_subjective=["Chủ quan: sự phối hợp giữa các thành viên"],
    lessons=["Thứ nhất, phải có cơ chế phối hợp liên ngành", "Thứ hai, nội dung truyền thông cần được",
             "Thứ ba, gắn truyền thông với các hoạt động xúc tiến trực tiếp"],
    recommendations=[
        (None, ["government"], "Sớm phê duyệt Chiến lược truyền thông"),
        (None, ["mic"], "Hướng dẫn bộ chỉ số đo lường"),
        (None, ["mic"], "Hỗ trợ kết nối địa phương với các hãng thông tấn"),
        (None, ["mofa"], "Bộ Ngoại giao chỉ đạo các cơ quan đại diện"),
        (None, ["mocst"], "Bộ Văn hóa, Thể thao và Du lịch lồng ghép"),
    ],
)
