"""Hưng Yên (batch 7, held out): a grey scan (200 dpi, a grey seal over the signature) whose PDF
carries the scanner's invisible OCR text layer made without Vietnamese (tesseract -l eng): the
layer lies ("BAO CAO", "Két qua ..."), the page image is the real report. A before/after grid
"Chỉ tiêu | ĐVT | Trước khi thực hiện Kế hoạch (năm 2022) | Sau khi thực hiện Kế hoạch (năm 2023) |
Tăng (+)/giảm (-) (%)" with a falling row and a unit outside the vocabulary ("tấn"); bilingual
messages: the Vietnamese message with its English version in parentheses, and an English-only
slogan for investors; an English video title ("Hung Yen Longan Season") as a distractor. Plan
171/KH-UBND; a factor cut at a dash apposition; "41 dự án FDI mới, tăng 10,8% so với cùng kỳ"."""

from kit.gold import F

SAMPLE = dict(
    stem="HungYen_BC219_UBND_scan",
    format="pdf_scanned",
    layout=dict(headings="bold", signature="table", font_size=14, scan_dpi=200, scan_seed=19, ocr_layer="eng",
                stamp=True),
    author="VP UBND",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], number="219/BC-UBND",
                place_date="Hưng Yên, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Hưng Yên ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Hưng Yên", issuer="Ủy ban nhân dân tỉnh Hưng Yên", number="219/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hưng Yên ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Duy Hưng", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Hưng Yên báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới như sau:
""",
    body="""
# {1} I.|TÌNH HÌNH TRIỂN KHAI THỰC HIỆN
## 1.|Xây dựng và ban hành Kế hoạch
Thực hiện Công văn số 765/BTTTT-TTĐN ngày 10/3/2023 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 171/KH-UBND ngày 14/8/2023 về truyền thông quảng bá hình ảnh tỉnh Hưng Yên ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025.
## 2.|Yếu tố trọng tâm, thông điệp truyền thông
Các yếu tố truyền thông trọng tâm gồm:
- Phố Hiến - thương cảng sầm uất bậc nhất Đàng Ngoài thế kỷ XVI - XVII.
- Lễ hội Chử Đồng Tử - Tiên Dung và Văn Miếu Xích Đằng.
- Nhãn lồng Hưng Yên và các sản phẩm OCOP.
- Các khu công nghiệp Thăng Long II, Phố Nối A và hạ tầng giao thông kết nối Thủ đô Hà Nội.
Thông điệp truyền thông: “Hưng Yên - Đất nhãn lồng, miền văn hiến” (tiếng Anh: “Hung Yen - Land of Longan and Learning”). Đối với nhà đầu tư nước ngoài, tỉnh sử dụng khẩu hiệu tiếng Anh “Hung Yen - Next to Hanoi, Ready for Business”.
## 3.|Phương thức, kênh truyền thông
- Cổng Thông tin điện tử tỉnh duy trì phiên bản tiếng Anh, tiếng Hàn.
- Báo Hưng Yên và Đài Phát thanh và Truyền hình Hưng Yên mở chuyên mục “Hưng Yên hội nhập”.
- Trang Facebook “Hung Yen Investment & Tourism” cập nhật thông tin đầu tư, du lịch bằng tiếng Anh.
- Video “Hung Yen Longan Season” giới thiệu mùa nhãn được phát trên kênh YouTube của tỉnh.
- Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc tổ chức Hội nghị xúc tiến đầu tư tỉnh Hưng Yên tại Seoul tháng 11/2023.
- Tổ chức Lễ hội Văn hóa - Du lịch Phố Hiến năm 2023; đón 02 đoàn famtrip của doanh nghiệp lữ hành Hàn Quốc, Nhật Bản trong năm 2023.
## 4.|Kết quả đạt được
Trong 9 tháng năm 2024, toàn tỉnh thu hút 41 dự án FDI mới, tăng 10,8% so với cùng kỳ. So sánh trước và sau khi thực hiện Kế hoạch:
| Chỉ tiêu | ĐVT | Trước khi thực hiện Kế hoạch (năm 2022) | Sau khi thực hiện Kế hoạch (năm 2023) | Tăng (+)/giảm (-) (%) |
| Tổng lượt khách du lịch | lượt | 1.020.000 | 1.380.000 | +35,3 |
| Khách quốc tế | lượt | 6.800 | 15.900 | +133,8 |
| Vốn FDI đăng ký cấp mới | triệu USD | 1.064,2 | 1.270,5 | +19,4 |
| Kim ngạch xuất khẩu | triệu USD | 7.120,0 | 6.985,3 | -1,9 |
| Lượt truy cập Cổng TTĐT bản tiếng Anh, tiếng Hàn | lượt | 41.300 | 88.700 | +114,8 |
| Sản lượng nhãn xuất khẩu | tấn | 2.100 | 3.450 | +64,3 |
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
- Kế hoạch được triển khai đồng bộ, có sự tham gia của doanh nghiệp và các hiệp hội.
- Hình ảnh nhãn lồng và Phố Hiến được nhiều đối tác nước ngoài biết đến.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Nội dung truyền thông bằng tiếng nước ngoài còn đơn điệu, chủ yếu là tin hoạt động.
- Kim ngạch xuất khẩu năm 2023 giảm do thị trường thế giới khó khăn, ảnh hưởng đến việc quảng bá sản phẩm.
- Nguyên nhân chủ quan: chưa có cơ chế huy động doanh nghiệp cùng đầu tư cho quảng bá.
## {2.3} 3.|Bài học kinh nghiệm
- Gắn quảng bá với mùa vụ nông sản (mùa nhãn) tạo được câu chuyện hấp dẫn với báo chí nước ngoài.
- Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài giúp tiếp cận đúng nhà đầu tư mục tiêu.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông, Bộ Văn hóa, Thể thao và Du lịch hỗ trợ tỉnh giới thiệu Phố Hiến và nhãn lồng trên các kênh thông tin đối ngoại quốc gia.
- Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ kết nối tỉnh với các địa phương của Hàn Quốc, Nhật Bản.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Hưng Yên ra nước "
             "ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Hưng Yên báo cáo Bộ Thông tin và Truyền thông./."],
    recipients=["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở: TT&TT, VHTTDL, KH&ĐT, NgV;",
                "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Duy Hưng"],
)

_MSG = "Thông điệp truyền thông: “Hưng Yên"
_V, _I, _C, _X = "Tổng lượt khách du lịch | lượt", "Khách quốc tế | lượt", "Vốn FDI đăng ký cấp mới", "Kim ngạch xuất khẩu | triệu USD"
_S, _N = "Lượt truy cập Cổng TTĐT bản tiếng Anh", "Sản lượng nhãn xuất khẩu"
_EV = "Tổ chức Lễ hội Văn hóa - Du lịch Phố Hiến"


def _ch(direction, p):
    return (direction, p, None, "2022")


GOLD = dict(
    plan=dict(status="built", references=[("171/KH-UBND", "2023-08-14")], ev="ban hành Kế hoạch số 171/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Phố Hiến", "culture_heritage", "Phố Hiến - thương cảng"),
        ("Lễ hội Chử Đồng Tử - Tiên Dung và Văn Miếu Xích Đằng", "culture_heritage", "Lễ hội Chử Đồng Tử - Tiên Dung và"),
        ("Nhãn lồng Hưng Yên và các sản phẩm OCOP", "products", "Nhãn lồng Hưng Yên và các sản phẩm OCOP."),
        ("Các khu công nghiệp Thăng Long II, Phố Nối A và hạ tầng giao thông kết nối Thủ đô Hà Nội", "business_potential",
         "Các khu công nghiệp Thăng Long II"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Hưng Yên - Đất nhãn lồng, miền văn hiến", _MSG),
        ("Hung Yen - Land of Longan and Learning", _MSG),
        ("Hung Yen - Next to Hanoi, Ready for Business", "Đối với nhà đầu tư nước ngoài"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, phiên bản tiếng Anh, tiếng Hàn", "Cổng Thông tin điện tử tỉnh duy trì"),
        ("local_media", "Báo Hưng Yên", "Báo Hưng Yên và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Hưng Yên", "Báo Hưng Yên và Đài Phát thanh"),
        ("facebook", "Trang Facebook “Hung Yen Investment & Tourism”", "Trang Facebook “Hung Yen Investment"),
        ("video", "Video “Hung Yen Longan Season”", "Video “Hung Yen Longan Season”"),
        ("youtube", "kênh YouTube của tỉnh", "Video “Hung Yen Longan Season”"),
        ("overseas_missions", "Đại sứ quán Việt Nam tại Hàn Quốc", "Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tỉnh Hưng Yên tại Seoul tháng 11/2023",
         "Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc"),
        ("events", "Lễ hội Văn hóa - Du lịch Phố Hiến năm 2023", _EV),
        ("press_trips", "02 đoàn famtrip của doanh nghiệp lữ hành Hàn Quốc, Nhật Bản", _EV),
    ],
    figures=[
        F("delegations", "đoàn famtrip", 2, "count", "đoàn", "2023", _EV),
        F("fdi_projects", "dự án FDI mới", 41, "count", "dự án", "2024-9M", "toàn tỉnh thu hút 41 dự án FDI mới",
          ch=("increase", 10.8, None, "2023-9M")),
        F("visitors_total", "Tổng lượt khách du lịch", 1020000, "visits", "lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 1380000, "visits", "lượt", "2023", _V,
          base=("2022", 1020000), ch=_ch("increase", 35.3)),
        F("visitors_international", "Khách quốc tế", 6800, "visits", "lượt", "2022", _I),
        F("visitors_international", "Khách quốc tế", 15900, "visits", "lượt", "2023", _I,
          base=("2022", 6800), ch=_ch("increase", 133.8)),
        F("fdi_capital", "Vốn FDI đăng ký cấp mới", 1064.2e6, "USD", "triệu USD", "2022", _C),
        F("fdi_capital", "Vốn FDI đăng ký cấp mới", 1270.5e6, "USD", "triệu USD", "2023", _C,
          base=("2022", 1064.2e6), ch=_ch("increase", 19.4)),
        F("export_value", "Kim ngạch xuất khẩu", 7120e6, "USD", "triệu USD", "2022", _X),
        F("export_value", "Kim ngạch xuất khẩu", 6985.3e6, "USD", "triệu USD", "2023", _X,
          base=("2022", 7120e6), ch=_ch("decrease", 1.9)),
        F("site_visits", "Lượt truy cập Cổng TTĐT bản tiếng Anh, tiếng Hàn", 41300, "visits", "lượt", "2022", _S),
        F("site_visits", "Lượt truy cập Cổng TTĐT bản tiếng Anh, tiếng Hàn", 88700, "visits", "lượt", "2023", _S,
          base=("2022", 41300), ch=_ch("increase", 114.8)),
        F("other", "Sản lượng nhãn xuất khẩu", 2100, "other", "tấn", "2022", _N),
        F("other", "Sản lượng nhãn xuất khẩu", 3450, "other", "tấn", "2023", _N,
          base=("2022", 2100), ch=_ch("increase", 64.3)),
    ],
    strengths=["Kế hoạch được triển khai đồng bộ", "Hình ảnh nhãn lồng và Phố Hiến"],
    difficulties=["Nội dung truyền thông bằng tiếng nước ngoài còn đơn điệu", "Kim ngạch xuất khẩu năm 2023 giảm"],
    causes_subjective=["Nguyên nhân chủ quan: chưa có cơ chế"],
    lessons=["Gắn quảng bá với mùa vụ nông sản", "Phối hợp với cơ quan đại diện Việt Nam ở nước ngoài giúp"],
    recommendations=[
        (None, ["mic", "mocst"], "Đề nghị Bộ Thông tin và Truyền thông, Bộ Văn hóa"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao tiếp tục"),
    ],
)
