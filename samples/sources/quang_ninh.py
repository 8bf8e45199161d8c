"""Quảng Ninh: .docx with Word heading styles (Heading 1/2/3), roman/arabic/letter labels typed.
Pilot province; plan built; tourism + FDI; results table 2022 | 2023 | 9 tháng 2024 | Tăng/giảm."""

from kit.gold import F

SAMPLE = dict(
    stem="QuangNinh_BC245-UBND_TTDN",
    format="docx",
    layout=dict(headings="styles", signature="table"),
    author="Văn phòng UBND tỉnh Quảng Ninh",
    header=dict(left=["UBND TỈNH QUẢNG NINH"], number="245/BC-UBND",
                place_date="Quảng Ninh, ngày 20 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "địa phương ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Quảng Ninh", issuer="Ủy ban nhân dân tỉnh Quảng Ninh", number="245/BC-UBND",
        date="2024-09-20",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Thị Hạnh", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Quảng Ninh báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ ĐỊA PHƯƠNG THEO CÁCH LÀM MỚI
## 1.|Tình hình xây dựng Kế hoạch
Là một trong 08 địa phương được Bộ Thông tin và Truyền thông lựa chọn thí điểm, tỉnh Quảng Ninh đã xây dựng và ban hành Kế hoạch số 118/KH-UBND ngày 25/5/2022 về truyền thông quảng bá hình ảnh tỉnh Quảng Ninh ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025. Trên cơ sở đó, hằng năm UBND tỉnh ban hành kế hoạch triển khai cụ thể (Kế hoạch số 41/KH-UBND ngày 20/02/2023 và Kế hoạch số 36/KH-UBND ngày 05/02/2024), phân công rõ nhiệm vụ cho từng sở, ngành, địa phương.
Việc triển khai Kế hoạch được gắn với Nghị quyết số 17-NQ/TU ngày 30/3/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch trở thành ngành kinh tế mũi nhọn và Quyết định số 2013/QĐ-TTg ngày 30/11/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2030. Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì tham mưu, theo dõi và tổng hợp kết quả thực hiện.
## 2.|Yếu tố truyền thông trọng tâm
Trên cơ sở 22 yếu tố truyền thông theo hướng dẫn của Bộ Thông tin và Truyền thông, tỉnh đã xác định 05 yếu tố trọng tâm, thế mạnh để tập trung truyền thông, gồm:
- Di sản thiên nhiên thế giới: vịnh Hạ Long - quần đảo Cát Bà, Quần thể di tích và danh thắng Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc.
- Du lịch biển đảo, du lịch tâm linh và du lịch cộng đồng gắn với các khu, điểm du lịch đạt chuẩn quốc tế.
- Môi trường đầu tư, kinh doanh: chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 07 năm liên tiếp xếp thứ nhất cả nước; hạ tầng giao thông đồng bộ với cao tốc, Cảng hàng không quốc tế Vân Đồn và hệ thống cảng biển.
- Văn hóa, con người vùng mỏ và bản sắc các dân tộc thiểu số miền núi, biên giới.
- Sản phẩm OCOP và đặc sản địa phương (chả mực Hạ Long, trà hoa vàng Ba Chẽ, miến dong Bình Liêu).
## 3.|Thông điệp truyền thông
Tỉnh đã xác định thông điệp chính trong truyền thông quảng bá hình ảnh ra nước ngoài là "Quảng Ninh - Điểm đến an toàn, thân thiện, hấp dẫn", phiên bản tiếng Anh "Quang Ninh - Safe, Friendly and Attractive". Đối với lĩnh vực xúc tiến đầu tư, tỉnh sử dụng thông điệp "Quảng Ninh - Nơi hội tụ của các nhà đầu tư".
## 4.|Phương thức, kênh truyền thông và hiệu quả
- Cổng thông tin điện tử tỉnh được duy trì với 04 phiên bản ngoại ngữ (tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Nhật), cập nhật thường xuyên thông tin về chính sách đầu tư, sự kiện, điểm đến.
- Fanpage "Quang Ninh Tourism" trên mạng xã hội Facebook đến tháng 8/2024 có hơn 350 nghìn người theo dõi, tăng gấp 2,1 lần so với năm 2022.
- Kênh YouTube "Visit Quang Ninh" đăng tải các video quảng bá bằng tiếng Anh, tiếng Hàn; năm 2023 đạt 4,6 triệu lượt xem.
- Phối hợp với Kênh truyền hình đối ngoại VTV4, Đài Tiếng nói Việt Nam (VOV5) và Thông tấn xã Việt Nam, năm 2023 sản xuất và phát sóng 48 phóng sự, chương trình giới thiệu về Quảng Ninh.
- Phối hợp đưa tin, bài trên các hãng truyền thông nước ngoài như CNN, Travel + Leisure, The Korea Times; năm 2023 có 36 tin, bài viết về Quảng Ninh được đăng tải trên báo chí nước ngoài.
- Năm 2023, tỉnh đón 12 đoàn famtrip, presstrip với 86 phóng viên, nhà báo quốc tế đến khảo sát, tác nghiệp; mời một số KOL, người có ảnh hưởng trên mạng xã hội của Hàn Quốc, Ấn Độ trải nghiệm và giới thiệu điểm đến.
- Tổ chức các sự kiện quy mô quốc tế như Carnaval Hạ Long, Tuần Du lịch Hạ Long - Quảng Ninh; tham gia các hội chợ du lịch ITB Berlin (Đức), JATA (Nhật Bản) và các chương trình xúc tiến đầu tư tại Hàn Quốc, Singapore.
- Phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài (Đại sứ quán Việt Nam tại Hàn Quốc, Tổng Lãnh sự quán Việt Nam tại Côn Minh, Trung Quốc) tổ chức giới thiệu tiềm năng của tỉnh.
- Đặt biển quảng cáo điểm đến tại sân bay quốc tế Incheon (Hàn Quốc) và trên các tuyến xe buýt hai tầng tại Seoul.
Nhìn chung, các kênh mạng xã hội và hợp tác với báo chí nước ngoài mang lại hiệu quả lan tỏa cao, chi phí thấp; các sự kiện xúc tiến trực tiếp tại thị trường trọng điểm tạo được kết nối cụ thể với doanh nghiệp lữ hành và nhà đầu tư.
## 5.|Kết quả đạt được
Công tác truyền thông quảng bá theo cách làm mới đã góp phần quan trọng vào phục hồi và tăng trưởng du lịch, thu hút đầu tư. Năm 2023, tỉnh đón 15,2 triệu lượt khách, tăng 26% so với năm 2022; trong đó khách quốc tế đạt 1,4 triệu lượt, gấp 3,29 lần so với năm 2022. 9 tháng đầu năm 2024, tổng lượt khách ước đạt 16,4 triệu lượt, tăng 12% so cùng kỳ. Một số chỉ tiêu chủ yếu như sau:
| Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | 9 tháng 2024 | Tăng/giảm (%) |
| Tổng lượt khách du lịch | triệu lượt | 12,1 | 15,2 | 16,4 | +26 |
| Khách quốc tế | nghìn lượt | 426 | 1.400 | 1.650 | +228,6 |
| Tổng thu từ du lịch | tỷ đồng | 24.500 | 36.680 | 33.900 | +49,7 |
| Vốn FDI đăng ký | triệu USD | 1.100 | 2.348,3 | 1.025,6 | +113,5 |
> Ghi chú: cột Tăng/giảm (%) so sánh năm 2023 với năm 2022.
Quảng Ninh tiếp tục nằm trong nhóm 10 địa phương thu hút FDI lớn nhất cả nước và là một trong 58/63 địa phương đã ban hành kế hoạch truyền thông quảng bá theo hướng dẫn của Bộ Thông tin và Truyền thông.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài nhận được sự quan tâm, chỉ đạo sát sao của Tỉnh ủy, UBND tỉnh; có kế hoạch cụ thể, phân công rõ trách nhiệm.
- Nội dung truyền thông tập trung vào các yếu tố thế mạnh, thông điệp thống nhất, hình ảnh nhận diện đồng bộ trên các kênh.
- Bước đầu ứng dụng hiệu quả các nền tảng số, mạng xã hội và phối hợp tốt với các cơ quan báo chí đối ngoại Trung ương.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
### a)|Khó khăn, vướng mắc
- Kinh phí dành cho truyền thông quảng bá ra nước ngoài còn hạn chế, chưa tương xứng với yêu cầu thuê đặt quảng cáo tại thị trường trọng điểm.
- Nguồn nhân lực làm công tác thông tin đối ngoại thành thạo ngoại ngữ, kỹ năng truyền thông số còn thiếu.
- Chưa có bộ công cụ đo lường hiệu quả truyền thông thống nhất.
### b)|Nguyên nhân
- Nguyên nhân khách quan: thị trường khách quốc tế phục hồi chậm sau đại dịch COVID-19; cạnh tranh điểm đến trong khu vực ngày càng gay gắt.
- Nguyên nhân chủ quan: sự phối hợp giữa các sở, ngành trong chia sẻ dữ liệu, sản phẩm truyền thông có lúc chưa chặt chẽ; một số đơn vị chưa chủ động xây dựng nội dung bằng ngoại ngữ.
## {2.3} 3.|Bài học kinh nghiệm
- Cần lựa chọn thị trường trọng điểm và xây dựng nội dung phù hợp với từng thị trường, từng nhóm công chúng.
- Hợp tác với người có ảnh hưởng và báo chí nước ngoài là cách làm hiệu quả, chi phí thấp, cần được nhân rộng.
- Huy động sự tham gia của doanh nghiệp du lịch, nhà đầu tư trong sản xuất và lan tỏa nội dung.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
* Đối với Chính phủ:
- Sớm ban hành Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài, trong đó có cơ chế bố trí kinh phí cho các địa phương thực hiện.
* Đối với Bộ Thông tin và Truyền thông:
- Tiếp tục tổ chức tập huấn chuyên sâu về truyền thông số và đo lường hiệu quả truyền thông cho đội ngũ cán bộ làm công tác thông tin đối ngoại của địa phương.
- Hỗ trợ kết nối địa phương với các cơ quan báo chí nước ngoài, phóng viên thường trú nước ngoài tại Việt Nam.
* Đối với Bộ Ngoại giao:
- Chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài hỗ trợ địa phương tổ chức các chương trình quảng bá tại thị trường trọng điểm.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của tỉnh Quảng Ninh, kính báo cáo Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Bộ TTTT (b/c);", "- Cục Thông tin đối ngoại;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                "- CT, các PCT UBND tỉnh;", "- Sở TTTT, Sở Du lịch;", "- V0, V3, TTTT;", "- Lưu: VT, TTTT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Thị Hạnh"],
)

GOLD = dict(
    plan=dict(status="built",
              references=[("118/KH-UBND", "2022-05-25"), ("41/KH-UBND", "2023-02-20"), ("36/KH-UBND", "2024-02-05")],
              ev="tỉnh Quảng Ninh đã xây dựng và ban hành Kế hoạch số 118/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Di sản thiên nhiên thế giới", "culture_heritage", "Di sản thiên nhiên thế giới: vịnh Hạ Long"),
        ("Du lịch biển đảo, du lịch tâm linh và du lịch cộng đồng", "tourism", "Du lịch biển đảo, du lịch tâm linh"),
        ("Môi trường đầu tư, kinh doanh", "business_potential", "Môi trường đầu tư, kinh doanh: chỉ số"),
        ("Văn hóa, con người vùng mỏ và bản sắc các dân tộc thiểu số", "culture_heritage", "Văn hóa, con người vùng mỏ"),
        ("Sản phẩm OCOP và đặc sản địa phương", "products", "Sản phẩm OCOP và đặc sản địa phương"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Quảng Ninh - Điểm đến an toàn, thân thiện, hấp dẫn", "Tỉnh đã xác định thông điệp chính"),
        ("Quang Ninh - Safe, Friendly and Attractive", "Tỉnh đã xác định thông điệp chính"),
        ("Quảng Ninh - Nơi hội tụ của các nhà đầu tư", "Nơi hội tụ của các nhà đầu tư"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh", "Cổng thông tin điện tử tỉnh được duy trì"),
        ("facebook", 'Fanpage "Quang Ninh Tourism"', 'Fanpage "Quang Ninh Tourism"'),
        ("youtube", 'Kênh YouTube "Visit Quang Ninh"', 'Kênh YouTube "Visit Quang Ninh"'),
        ("national_media", "Kênh truyền hình đối ngoại VTV4", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("national_media", "Đài Tiếng nói Việt Nam (VOV5)", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("national_media", "Thông tấn xã Việt Nam", "Phối hợp với Kênh truyền hình đối ngoại VTV4"),
        ("foreign_media", "CNN, Travel + Leisure, The Korea Times", "CNN, Travel + Leisure"),
        ("press_trips", "đoàn famtrip, presstrip", "tỉnh đón 12 đoàn famtrip"),
        ("influencers", "KOL, người có ảnh hưởng trên mạng xã hội", "tỉnh đón 12 đoàn famtrip"),
        ("events", "Carnaval Hạ Long, Tuần Du lịch Hạ Long - Quảng Ninh", "Tổ chức các sự kiện quy mô quốc tế"),
        ("trade_promotion", "hội chợ du lịch ITB Berlin (Đức), JATA (Nhật Bản)", "Tổ chức các sự kiện quy mô quốc tế"),
        ("trade_promotion", "chương trình xúc tiến đầu tư tại Hàn Quốc, Singapore", "Tổ chức các sự kiện quy mô quốc tế"),
        ("overseas_missions", "cơ quan đại diện Việt Nam ở nước ngoài", "Tổng Lãnh sự quán Việt Nam tại Côn Minh"),
        ("outdoor", "biển quảng cáo điểm đến tại sân bay quốc tế Incheon", "Đặt biển quảng cáo điểm đến"),
    ],
    figures=[
        F("languages", "phiên bản ngoại ngữ", 4, "count", "phiên bản ngoại ngữ", None, "Cổng thông tin điện tử tỉnh được duy trì"),
        F("followers", "người theo dõi", 350000, "people", "người theo dõi", "2024-08", 'Fanpage "Quang Ninh Tourism"',
          ch=("increase", None, 2.1, "2022"), approx=True),
        F("views", "lượt xem", 4600000, "visits", "lượt xem", "2023", 'Kênh YouTube "Visit Quang Ninh"'),
        F("articles", "phóng sự, chương trình", 48, "count", "phóng sự, chương trình", "2023", "sản xuất và phát sóng 48 phóng sự"),
        F("foreign_articles", "tin, bài viết về Quảng Ninh được đăng tải trên báo chí nước ngoài", 36, "count", "tin, bài",
          "2023", "năm 2023 có 36 tin, bài"),
        F("delegations", "đoàn famtrip, presstrip", 12, "count", "đoàn", "2023", "tỉnh đón 12 đoàn famtrip"),
        F("journalists", "phóng viên, nhà báo quốc tế", 86, "people", "phóng viên, nhà báo", "2023", "tỉnh đón 12 đoàn famtrip"),
        F("visitors_total", "Tổng lượt khách du lịch", 12100000, "visits", "triệu lượt", "2022", "Tổng lượt khách du lịch | triệu lượt"),
        F("visitors_total", "lượt khách", 15200000, "visits", "triệu lượt", "2023", "Năm 2023, tỉnh đón 15,2 triệu lượt khách",
          base=("2022", 12100000), ch=("increase", 26.0, None, "2022")),
        F("visitors_total", "tổng lượt khách", 16400000, "visits", "triệu lượt", "2024-9M", "tổng lượt khách ước đạt 16,4 triệu",
          ch=("increase", 12.0, None, "2023-9M"), approx=True),
        F("visitors_international", "Khách quốc tế", 426000, "visits", "nghìn lượt", "2022", "Khách quốc tế | nghìn lượt"),
        F("visitors_international", "khách quốc tế", 1400000, "visits", "triệu lượt", "2023", "khách quốc tế đạt 1,4 triệu lượt",
          base=("2022", 426000), ch=("increase", 228.6, 3.29, "2022")),
        F("visitors_international", "Khách quốc tế", 1650000, "visits", "nghìn lượt", "2024-9M", "Khách quốc tế | nghìn lượt"),
        F("tourism_revenue", "Tổng thu từ du lịch", 24500e9, "VND", "tỷ đồng", "2022", "Tổng thu từ du lịch | tỷ đồng"),
        F("tourism_revenue", "Tổng thu từ du lịch", 36680e9, "VND", "tỷ đồng", "2023", "Tổng thu từ du lịch | tỷ đồng",
          base=("2022", 24500e9), ch=("increase", 49.7, None, "2022")),
        F("tourism_revenue", "Tổng thu từ du lịch", 33900e9, "VND", "tỷ đồng", "2024-9M", "Tổng thu từ du lịch | tỷ đồng"),
        F("fdi_capital", "Vốn FDI đăng ký", 1100e6, "USD", "triệu USD", "2022", "Vốn FDI đăng ký | triệu USD"),
        F("fdi_capital", "Vốn FDI đăng ký", 2348.3e6, "USD", "triệu USD", "2023", "Vốn FDI đăng ký | triệu USD",
          base=("2022", 1100e6), ch=("increase", 113.5, None, "2022")),
        F("fdi_capital", "Vốn FDI đăng ký", 1025.6e6, "USD", "triệu USD", "2024-9M", "Vốn FDI đăng ký | triệu USD"),
    ],
    strengths=["nhận được sự quan tâm, chỉ đạo sát sao", "Nội dung truyền thông tập trung vào các yếu tố thế mạnh",
               "Bước đầu ứng dụng hiệu quả các nền tảng số"],
    difficulties=["Kinh phí dành cho truyền thông quảng bá ra nước ngoài còn hạn chế",
                  "Nguồn nhân lực làm công tác thông tin đối ngoại", "Chưa có bộ công cụ đo lường"],
    causes_objective=["Nguyên nhân khách quan: thị trường khách quốc tế"],
    causes_subjective=["Nguyên nhân chủ quan: sự phối hợp giữa các sở"],
    lessons=["Cần lựa chọn thị trường trọng điểm", "Hợp tác với người có ảnh hưởng và báo chí nước ngoài",
             "Huy động sự tham gia của doanh nghiệp du lịch"],
    recommendations=[
        (None, ["government"], "Sớm ban hành Chiến lược truyền thông quảng bá"),
        (None, ["mic"], "Tiếp tục tổ chức tập huấn chuyên sâu"),
        (None, ["mic"], "Hỗ trợ kết nối địa phương với các cơ quan báo chí nước ngoài"),
        (None, ["mofa"], "Chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài hỗ trợ"),
    ],
)
