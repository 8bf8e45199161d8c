"""Hà Tĩnh: text PDF, 13 pt, typed "A." / "B." / "C." parts with "1." and "I." below them. Header
"UỶ BAN NHÂN DÂN" (old tone placement, kept in the issuer); plan in progress ("dự thảo Kế hoạch đã
được lấy ý kiến ..., dự kiến trình UBND tỉnh ban hành trong quý IV/2024") with a footnote citing the
UBND letter that assigned the drafting, and the yearly TTĐN plan 58/KH-UBND as distractor; factors
enumerated between semicolons; no message yet ("chưa lựa chọn được thông điệp"); figures in prose
only: "27,4 nghìn người theo dõi (tính đến ngày 31/8/2024)", "2.104,6 triệu USD, giảm 6,2%",
cumulative FDI "tính đến ngày 31/8/2024", rank "đứng thứ 9 cả nước", "năm 2016" as distractor;
causes as sentences "Nguyên nhân khách quan là ..." / "Về chủ quan, ..."; recommendations as bullets
without "Đề nghị" (the addressee opens the bullet), incl. central media."""

from kit.gold import F

SAMPLE = dict(
    stem="HaTinh_356_BC-UBND_TTDN",
    format="pdf",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="Sở TTTT Hà Tĩnh",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], number="356/BC-UBND",
                place_date="Hà Tĩnh, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Tình hình thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Hà Tĩnh ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hà Tĩnh", issuer="Uỷ ban nhân dân tỉnh Hà Tĩnh", number="356/BC-UBND", date="2024-09-26",
        title="Báo cáo tình hình thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hà Tĩnh ra nước ngoài theo cách làm mới",
        signer={"name": "Phan Đình Hiếu", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông; trên cơ sở đề xuất của Sở Thông tin và Truyền thông tại Văn bản số 1542/STTTT-TTBCXB ngày 23/9/2024, UBND tỉnh Hà Tĩnh báo cáo như sau:
""",
    body="""
# {1} A.|TÌNH HÌNH TRIỂN KHAI THỜI GIAN QUA
## 1.|Về Kế hoạch truyền thông quảng bá theo cách làm mới
Sau khi tiếp nhận hướng dẫn tại Công văn số 765/BTTTT-TTĐN ngày 10/3/2023 của Bộ Thông tin và Truyền thông, UBND tỉnh đã giao Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới[^Văn bản số 2087/UBND-KGVX ngày 18/5/2023 của UBND tỉnh về việc triển khai Công văn số 765/BTTTT-TTĐN.]. Hiện nay, dự thảo Kế hoạch đã được lấy ý kiến các sở, ngành, địa phương và đang được tiếp thu, chỉnh lý, dự kiến trình UBND tỉnh ban hành trong quý IV/2024.
Trong thời gian chờ ban hành Kế hoạch, hoạt động quảng bá ra nước ngoài được lồng ghép trong Kế hoạch thông tin đối ngoại năm 2024 (Kế hoạch số 58/KH-UBND ngày 06/02/2024) và Chương trình xúc tiến du lịch năm 2024 của tỉnh.
## 2.|Về yếu tố trọng tâm và thông điệp
Qua rà soát 22 yếu tố truyền thông, tỉnh xác định 05 nhóm yếu tố thế mạnh để ưu tiên truyền thông gồm: vùng đất địa linh nhân kiệt, quê hương Đại thi hào Nguyễn Du; Khu kinh tế Vũng Áng và cảng nước sâu Sơn Dương; hệ thống bãi biển Thiên Cầm, Xuân Thành; Dân ca Ví, Giặm Nghệ Tĩnh và Mộc bản Trường học Phúc Giang; bưởi Phúc Trạch, cam Khe Mây.
Về thông điệp truyền thông, tỉnh chưa lựa chọn được thông điệp chính thức; sau khi Kế hoạch được ban hành sẽ tổ chức lấy ý kiến rộng rãi các chuyên gia, doanh nghiệp và người dân để lựa chọn.
## 3.|Về các kênh đã sử dụng
Năm 2023, Cổng Thông tin điện tử tỉnh đăng tải 310 tin, bài trên chuyên mục tiếng Anh “Ha Tinh Today”, thu hút khoảng 92 nghìn lượt truy cập.
Báo Hà Tĩnh, Đài Phát thanh - Truyền hình Hà Tĩnh duy trì chuyên mục “Người Hà Tĩnh muôn phương”, kết nối với cộng đồng người Hà Tĩnh tại Hàn Quốc, Đài Loan (Trung Quốc) và Hội Người Việt Nam tại Lào, Thái Lan.
Trang Facebook “Du lịch Hà Tĩnh” và kênh TikTok “dulichhatinh” do Trung tâm Thông tin Xúc tiến du lịch quản lý có tổng cộng 27,4 nghìn người theo dõi (tính đến ngày 31/8/2024).
Năm 2023, tỉnh đón 03 đoàn phóng viên nước ngoài (Lào, Hàn Quốc, Nhật Bản) với 14 phóng viên đến khảo sát, viết bài về Khu kinh tế Vũng Áng và các điểm du lịch biển.
Tỉnh tham gia Hội chợ Du lịch quốc tế Thái Lan (TITF) năm 2023 và Hội chợ Du lịch quốc tế VITM Hà Nội năm 2024; phối hợp với các tỉnh Bolikhamxay, Khammouane (Lào) tổ chức giao lưu văn hóa, quảng bá du lịch qua Cửa khẩu quốc tế Cầu Treo.
## 4.|Về kết quả
Năm 2023, tổng lượt khách du lịch đến Hà Tĩnh đạt 2,4 triệu lượt, trong đó khách quốc tế khoảng 18,5 nghìn lượt; 9 tháng đầu năm 2024 ước đạt 2,3 triệu lượt, tăng 10,5% so với cùng kỳ năm 2023.
Tính đến ngày 31/8/2024, toàn tỉnh có 93 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 13,2 tỷ USD, đứng thứ 9 cả nước về vốn FDI đăng ký lũy kế.
Kim ngạch xuất khẩu năm 2023 đạt 2.104,6 triệu USD, giảm 6,2% so với năm 2022 do giá thép thế giới giảm.
# {2} B.|NHẬN XÉT, ĐÁNH GIÁ
## {2.1} I.|Mặt làm được
Hoạt động quảng bá hình ảnh tỉnh ra nước ngoài được các cấp, các ngành quan tâm hơn, từng bước chuyển từ thụ động sang chủ động. Các kênh truyền thông số bước đầu phát huy hiệu quả, nhất là trong quảng bá du lịch biển và môi trường đầu tư Khu kinh tế Vũng Áng.
## {2.2} II.|Tồn tại, hạn chế và nguyên nhân
- Chậm ban hành Kế hoạch riêng theo hướng dẫn của Bộ Thông tin và Truyền thông, hoạt động quảng bá còn lồng ghép, thiếu trọng tâm.
- Chưa xác định được thông điệp truyền thông chung của tỉnh.
- Sản phẩm truyền thông bằng tiếng nước ngoài còn ít về số lượng, chưa hấp dẫn về hình thức.
Nguyên nhân khách quan là do nguồn lực ngân sách của tỉnh còn khó khăn, ảnh hưởng của sự cố môi trường biển năm 2016 đến hình ảnh du lịch biển chưa được khắc phục hoàn toàn. Về chủ quan, một số cơ quan, đơn vị chưa nhận thức đầy đủ về cách làm mới; cán bộ làm công tác thông tin đối ngoại chủ yếu kiêm nhiệm.
## {2.3} III.|Một số cách làm hay
Việc mời phóng viên nước ngoài trực tiếp đến khảo sát, trải nghiệm tại địa phương mang lại hiệu quả cao hơn so với việc chỉ cung cấp thông tin qua văn bản. Tận dụng mạng lưới kiều bào và quan hệ với các tỉnh bạn Lào giúp lan tỏa hình ảnh Hà Tĩnh với chi phí thấp.
# {3} C.|ĐỀ XUẤT, KIẾN NGHỊ
Để công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài đạt hiệu quả, UBND tỉnh Hà Tĩnh kiến nghị:
- Bộ Thông tin và Truyền thông hỗ trợ tỉnh hoàn thiện Kế hoạch, góp ý lựa chọn thông điệp truyền thông; chia sẻ kho dữ liệu hình ảnh, video về Việt Nam để các địa phương sử dụng.
- Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh tham gia các chương trình xúc tiến du lịch quốc gia tại Lào, Thái Lan và Hàn Quốc.
- Bộ Tài chính hướng dẫn cơ chế bố trí kinh phí thuê chuyên gia, đơn vị tư vấn nước ngoài thực hiện các chiến dịch truyền thông.
- Các cơ quan báo chí đối ngoại Trung ương tăng cường thông tin về Hà Tĩnh trên các ấn phẩm, chương trình bằng tiếng nước ngoài.
""",
    closing=["Trên đây là báo cáo tình hình thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hà Tĩnh ra nước ngoài "
             "theo cách làm mới, UBND tỉnh báo cáo Bộ Thông tin và Truyền thông tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Cục Thông tin đối ngoại;", "- TTr Tỉnh ủy, TTr HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TT&TT, Sở Ngoại vụ, Sở VHTT&DL;", "- Lưu: VT, KGVX1."],
    signature=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Phan Đình Hiếu"],
)

_F = "tỉnh xác định 05 nhóm yếu tố thế mạnh"

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="dự thảo Kế hoạch đã được lấy ý kiến"),
    factors=dict(identified=True, items=[
        ("vùng đất địa linh nhân kiệt, quê hương Đại thi hào Nguyễn Du", "culture_heritage", _F),
        ("Khu kinh tế Vũng Áng và cảng nước sâu Sơn Dương", "business_potential", _F),
        ("hệ thống bãi biển Thiên Cầm, Xuân Thành", "tourism", _F),
        ("Dân ca Ví, Giặm Nghệ Tĩnh và Mộc bản Trường học Phúc Giang", "culture_heritage", _F),
        ("bưởi Phúc Trạch, cam Khe Mây", "products", _F),
    ]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh (chuyên mục tiếng Anh “Ha Tinh Today”)", "đăng tải 310 tin, bài"),
        ("local_media", "Báo Hà Tĩnh", "Người Hà Tĩnh muôn phương"),
        ("local_media", "Đài Phát thanh - Truyền hình Hà Tĩnh", "Người Hà Tĩnh muôn phương"),
        ("diaspora", "cộng đồng người Hà Tĩnh tại Hàn Quốc, Đài Loan (Trung Quốc)", "Người Hà Tĩnh muôn phương"),
        ("diaspora", "Hội Người Việt Nam tại Lào, Thái Lan", "Người Hà Tĩnh muôn phương"),
        ("facebook", "Trang Facebook “Du lịch Hà Tĩnh”", "Trang Facebook “Du lịch Hà Tĩnh”"),
        ("tiktok", "kênh TikTok “dulichhatinh”", "Trang Facebook “Du lịch Hà Tĩnh”"),
        ("press_trips", "03 đoàn phóng viên nước ngoài (Lào, Hàn Quốc, Nhật Bản)", "đoàn phóng viên nước ngoài"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế Thái Lan (TITF) năm 2023", "Tỉnh tham gia Hội chợ Du lịch quốc tế"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế VITM Hà Nội năm 2024", "Tỉnh tham gia Hội chợ Du lịch quốc tế"),
        ("partner_localities", "các tỉnh Bolikhamxay, Khammouane (Lào)", "Tỉnh tham gia Hội chợ Du lịch quốc tế"),
    ],
    figures=[
        F("articles", "tin, bài trên chuyên mục tiếng Anh", 310, "count", "tin, bài", "2023", "đăng tải 310 tin, bài"),
        F("site_visits", "lượt truy cập", 92000, "visits", "nghìn lượt truy cập", "2023", "đăng tải 310 tin, bài",
          approx=True),
        F("followers", "người theo dõi (Facebook và TikTok)", 27400, "people", "nghìn người theo dõi", "2024-08",
          "27,4 nghìn người theo dõi"),
        F("delegations", "đoàn phóng viên nước ngoài", 3, "count", "đoàn", "2023", "đoàn phóng viên nước ngoài"),
        F("journalists", "phóng viên", 14, "people", "phóng viên", "2023", "đoàn phóng viên nước ngoài"),
        F("visitors_total", "tổng lượt khách du lịch", 2.4e6, "visits", "triệu lượt", "2023", "tổng lượt khách du lịch đến Hà Tĩnh"),
        F("visitors_international", "khách quốc tế", 18500, "visits", "nghìn lượt", "2023",
          "tổng lượt khách du lịch đến Hà Tĩnh", approx=True),
        F("visitors_total", "tổng lượt khách du lịch", 2.3e6, "visits", "triệu lượt", "2024-9M",
          "tổng lượt khách du lịch đến Hà Tĩnh", ch=("increase", 10.5, None, "2023-9M"), approx=True),
        F("fdi_projects", "dự án FDI còn hiệu lực", 93, "count", "dự án", "2024-08", "93 dự án FDI còn hiệu lực"),
        F("fdi_capital", "tổng vốn đăng ký", 13.2e9, "USD", "tỷ USD", "2024-08", "93 dự án FDI còn hiệu lực", approx=True),
        F("export_value", "Kim ngạch xuất khẩu", 2104.6e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu năm 2023",
          ch=("decrease", 6.2, None, "2022")),
    ],
    strengths=["Hoạt động quảng bá hình ảnh tỉnh ra nước ngoài được các cấp",
               "Các kênh truyền thông số bước đầu phát huy hiệu quả"],
    difficulties=["Chậm ban hành Kế hoạch riêng", "Chưa xác định được thông điệp truyền thông chung",
                  "Sản phẩm truyền thông bằng tiếng nước ngoài còn ít"],
    causes_objective=["Nguyên nhân khách quan là do nguồn lực ngân sách"],
    causes_subjective=["Về chủ quan, một số cơ quan, đơn vị"],
    lessons=["Việc mời phóng viên nước ngoài trực tiếp", "Tận dụng mạng lưới kiều bào"],
    recommendations=[
        (None, ["mic"], "Bộ Thông tin và Truyền thông hỗ trợ tỉnh hoàn thiện Kế hoạch"),
        (None, ["mocst"], "Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh"),
        (None, ["mof"], "Bộ Tài chính hướng dẫn cơ chế"),
        (None, ["central_media"], "Các cơ quan báo chí đối ngoại Trung ương"),
    ],
)
