"""Nam Định: one text PDF holding the cover letter and the report, as the office sends them: first a
one-page công văn "Số: 3125/UBND-VX", "V/v gửi báo cáo kết quả ...", "Kính gửi: Bộ Thông tin và
Truyền thông", signed "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" by one person; then the report with its own
"Số: 241/BC-UBND", an earlier date, its title and another signer. The record's number, date,
title and signer are the report's; the letter is section ``preamble``. The report: no plan of its
own (activities folded into the yearly TTĐN plan 27/KH-UBND), factors in one sentence with commas,
no message yet, "từ 1,9 triệu lượt năm 2022 lên 2,4 triệu lượt năm 2023", a before/after table
"Trước khi thực hiện (năm 2022) | Sau khi thực hiện (năm 2023)", "Kiến nghị Bộ Thông tin và
Truyền thông sớm ban hành ..." and "Đề nghị Bộ Kế hoạch và Đầu tư ..."."""

from kit.gold import F

SAMPLE = dict(
    stem="NamDinh_CV3125-UBND-VX_kem-BC241",
    format="pdf",
    layout=dict(headings="bold", signature="table", font_size=14),
    author="Van phong UBND tinh Nam Dinh",
    cover=dict(
        header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"], number="3125/UBND-VX",
                    vv=["V/v gửi báo cáo kết quả thực hiện", "công tác truyền thông quảng bá", "hình ảnh địa phương ra nước ngoài",
                        "theo cách làm mới"],
                    place_date="Nam Định, ngày 27 tháng 9 năm 2024"),
        document_title="Gửi báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài",
        title=[],
        kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
        intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Nam Định gửi kèm theo đây Báo cáo số 241/BC-UBND ngày 25/9/2024 về kết quả thực hiện nhiệm vụ trên địa bàn tỉnh.
Thông tin chi tiết xin liên hệ: Sở Thông tin và Truyền thông tỉnh Nam Định, điện thoại: 0228.3649.215.
""",
        closing=["Ủy ban nhân dân tỉnh Nam Định trân trọng gửi Bộ Thông tin và Truyền thông tổng hợp./."],
        recipients=["Nơi nhận:", "- Như trên;", "- Sở TTTT;", "- Lưu: VT, VP5."],
        signature=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "Phạm Đức Hạnh"],
    ),
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"], number="241/BC-UBND",
                place_date="Nam Định, ngày 25 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Nam Định ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Nam Định", issuer="Ủy ban nhân dân tỉnh Nam Định", number="241/BC-UBND", date="2024-09-25",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Nam Định ra nước ngoài theo cách làm mới",
        signer={"name": "Trần Anh Dũng", "position": "Phó Chủ tịch"}),
    intro="""
Căn cứ Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Nam Định báo cáo như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG TRIỂN KHAI
## 1.|Về xây dựng Kế hoạch
Đến nay tỉnh chưa xây dựng Kế hoạch riêng về truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới. Các hoạt động quảng bá được lồng ghép trong Kế hoạch thông tin đối ngoại hằng năm, năm 2024 là Kế hoạch số 27/KH-UBND ngày 20/02/2024 của UBND tỉnh.
## 2.|Yếu tố truyền thông, thông điệp
Tỉnh tập trung quảng bá các yếu tố: Thực hành Tín ngưỡng thờ Mẫu Tam phủ, Lễ hội Khai ấn Đền Trần, Vườn quốc gia Xuân Thủy, du lịch biển Thịnh Long - Quất Lâm, ngành dệt may.
Tỉnh chưa xác định thông điệp truyền thông chính.
## 3.|Các kênh truyền thông
- Cổng Thông tin điện tử tỉnh có phiên bản tiếng Anh.
- Báo Nam Định, Đài Phát thanh và Truyền hình Nam Định đưa tin về các sự kiện đối ngoại.
- Trang Facebook "Du lịch Nam Định" đăng tải thông tin các lễ hội truyền thống.
- Tổ chức Hội nghị xúc tiến đầu tư vào tỉnh Nam Định năm 2023 với sự tham dự của nhiều doanh nghiệp trong và ngoài nước.
- Phối hợp với Tổng Lãnh sự quán Việt Nam tại Osaka (Nhật Bản) giới thiệu nguồn nhân lực và khu công nghiệp Mỹ Trung.
## 4.|Kết quả
Lượng khách đến tỉnh tăng từ 1,9 triệu lượt năm 2022 lên 2,4 triệu lượt năm 2023.
| Chỉ tiêu | Trước khi thực hiện (năm 2022) | Sau khi thực hiện (năm 2023) |
| Khách quốc tế (lượt) | 52.300 | 81.600 |
| Dự án FDI cấp mới (dự án) | 9 | 17 |
| Kim ngạch xuất khẩu (triệu USD) | 3.105,0 | 3.470,5 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Các sở, ngành đã quan tâm hơn đến quảng bá hình ảnh tỉnh; di sản thờ Mẫu và Lễ hội Khai ấn Đền Trần được giới thiệu rộng rãi.
## {2.2} 2.|Hạn chế và nguyên nhân
- Chưa có Kế hoạch riêng nên thiếu sự thống nhất về mục tiêu và thông điệp.
- Nguồn lực cho truyền thông quốc tế còn ít.
- Nguyên nhân chủ quan là nhận thức về truyền thông theo cách làm mới ở một số đơn vị chưa đầy đủ.
## {2.3} 3.|Bài học kinh nghiệm
- Cần xây dựng thông điệp thống nhất trước khi triển khai các chiến dịch.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Kiến nghị Bộ Thông tin và Truyền thông sớm ban hành bộ tài liệu mẫu, hỗ trợ tỉnh xây dựng Kế hoạch theo cách làm mới.
- Đề nghị Bộ Kế hoạch và Đầu tư giới thiệu các khu công nghiệp của tỉnh tại các diễn đàn đầu tư quốc tế.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Nam Định ra nước "
             "ngoài theo cách làm mới, UBND tỉnh Nam Định báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Sở TTTT, Sở VHTTDL;",
                "- Lưu: VT, VP5."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Anh Dũng"],
)

_KQ = "Khách quốc tế (lượt)"
_FDI = "Dự án FDI cấp mới (dự án)"
_XK = "Kim ngạch xuất khẩu (triệu USD)"
_F = "Tỉnh tập trung quảng bá các yếu tố"

GOLD = dict(
    plan=dict(status="not_built", references=[], ev="chưa xây dựng Kế hoạch riêng"),
    factors=dict(identified=True, items=[
        ("Thực hành Tín ngưỡng thờ Mẫu Tam phủ", "culture_heritage", _F),
        ("Lễ hội Khai ấn Đền Trần", "culture_heritage", _F),
        ("Vườn quốc gia Xuân Thủy", "tourism", _F),
        ("du lịch biển Thịnh Long - Quất Lâm", "tourism", _F),
        ("ngành dệt may", "business_potential", _F),
    ]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, phiên bản tiếng Anh", "Cổng Thông tin điện tử tỉnh có phiên bản"),
        ("local_media", "Báo Nam Định", "Báo Nam Định, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Nam Định", "Báo Nam Định, Đài Phát thanh"),
        ("facebook", "Trang Facebook \"Du lịch Nam Định\"", "Trang Facebook \"Du lịch Nam Định\""),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư vào tỉnh Nam Định năm 2023", "Hội nghị xúc tiến đầu tư"),
        ("overseas_missions", "Tổng Lãnh sự quán Việt Nam tại Osaka (Nhật Bản)", "Tổng Lãnh sự quán Việt Nam tại Osaka"),
    ],
    figures=[
        F("visitors_total", "Lượng khách", 1.9e6, "visits", "triệu lượt", "2022", "Lượng khách đến tỉnh tăng"),
        F("visitors_total", "Lượng khách", 2.4e6, "visits", "triệu lượt", "2023", "Lượng khách đến tỉnh tăng",
          base=("2022", 1.9e6)),
        F("visitors_international", "Khách quốc tế", 52300, "visits", "lượt", "2022", _KQ),
        F("visitors_international", "Khách quốc tế", 81600, "visits", "lượt", "2023", _KQ, base=("2022", 52300)),
        F("fdi_projects", "Dự án FDI cấp mới", 9, "count", "dự án", "2022", _FDI),
        F("fdi_projects", "Dự án FDI cấp mới", 17, "count", "dự án", "2023", _FDI, base=("2022", 9)),
        F("export_value", "Kim ngạch xuất khẩu", 3105e6, "USD", "triệu USD", "2022", _XK),
        F("export_value", "Kim ngạch xuất khẩu", 3470.5e6, "USD", "triệu USD", "2023", _XK, base=("2022", 3105e6)),
    ],
    strengths=["Các sở, ngành đã quan tâm hơn"],
    difficulties=["Chưa có Kế hoạch riêng nên thiếu", "Nguồn lực cho truyền thông quốc tế"],
    causes_subjective=["Nguyên nhân chủ quan là nhận thức"],
    lessons=["Cần xây dựng thông điệp thống nhất"],
    recommendations=[
        (None, ["mic"], "Kiến nghị Bộ Thông tin và Truyền thông"),
        (None, ["mpi"], "Đề nghị Bộ Kế hoạch và Đầu tư"),
    ],
)
