"""Trà Vinh (batch 7, held out): an .rtf saved from a Word file typed in VNI-Windows by the Sở
Thông tin và Truyền thông. Body in VNI-Times, title and top headings in VNI-Helve; the statistics
table and its note pasted from the statistics office's file in another VNI font (VNI-Arial); the
message paragraph copied from the provincial portal in Unicode (Times New Roman): a mixed file.
The table has two header rows with merged cells ("Năm 2023" over "Thực hiện | So với năm 2022
(%)", "9 tháng năm 2024" over "Ước thực hiện | Tăng (+)/giảm (-) so với cùng kỳ (%)"), an ĐVT
column ("nghìn lượt", "tỷ đồng", "triệu USD", "lượt"), a "Trong đó:" sub-row marked "-", a falling
export row and a "-" cell. Issued by the Sở ("KT. GIÁM ĐỐC"); plan 104/KH-UBND beside the yearly
TTĐN plan; factor bullets cut at ":", "(" and ", với"; a Vietnamese and an English message."""

from kit.gold import F

SAMPLE = dict(
    stem="TraVinh_BC1126-STTTT_vni",
    format="rtf",
    layout=dict(headings="bold", signature="table", font_size=13, encoding="vni",
                legacy=[dict(enc="vni", font="VNI-Arial", **{"from": "Chỉ tiêu", "to": "Ghi chú:"}),
                        dict(enc="unicode", **{"from": "Thông điệp chung được sử dụng"})]),
    author="So TTTT Tra Vinh",
    header=dict(left=["UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="1126/BC-STTTT",
                place_date="Trà Vinh, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Tình hình thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Trà Vinh ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Trà Vinh", issuer="Sở Thông tin và Truyền thông tỉnh Trà Vinh", number="1126/BC-STTTT",
        date="2024-09-24",
        title="Báo cáo tình hình thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Trà Vinh ra nước ngoài theo cách làm mới",
        signer={"name": "Thạch Sơn Hùng", "position": "Phó Giám đốc"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông và chỉ đạo của UBND tỉnh, Sở Thông tin và Truyền thông tỉnh Trà Vinh báo cáo tình hình thực hiện như sau:
""",
    body="""
# {1} I.|KẾT QUẢ XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Việc xây dựng Kế hoạch
Sở Thông tin và Truyền thông đã tham mưu UBND tỉnh ban hành Kế hoạch số 104/KH-UBND ngày 19/7/2023 về truyền thông quảng bá hình ảnh tỉnh Trà Vinh ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. Hằng năm, nội dung này còn được lồng ghép trong Kế hoạch thông tin đối ngoại của tỉnh (năm 2024 là Kế hoạch số 12/KH-UBND ngày 30/01/2024).
## 2.|Yếu tố truyền thông trọng tâm
Các yếu tố được lựa chọn làm trọng tâm truyền thông gồm:
- Văn hóa Khmer Nam Bộ: hệ thống chùa Khmer, Ao Bà Om, Lễ hội Ok Om Bok - Đua ghe Ngo.
- Du lịch sinh thái biển Ba Động và cù lao Tân Quy.
- Trung tâm Điện lực Duyên Hải và Khu kinh tế Định An, với luồng tàu biển cho tàu trọng tải lớn vào sông Hậu.
- Dừa sáp Cầu Kè và các sản phẩm OCOP (bánh tét Trà Cuôn, mắm bò hóc, tơ xơ dừa).
- Tinh thần đoàn kết của đồng bào ba dân tộc Kinh - Khmer - Hoa.
## 3.|Thông điệp
Thông điệp chung được sử dụng: “Trà Vinh - Sắc màu văn hóa Khmer, điểm đến xanh miền sông nước”; trên các kênh tiếng Anh dùng “Tra Vinh - The Green Land of Pagodas”.
## 4.|Kênh truyền thông đã triển khai
- Cổng Thông tin điện tử tỉnh có phiên bản tiếng Anh và tiếng Khmer; trong 9 tháng năm 2024 đăng tải 1.240 tin, bài bằng tiếng nước ngoài.
- Báo Trà Vinh, Đài Phát thanh và Truyền hình Trà Vinh duy trì chương trình tiếng Khmer phát hằng ngày.
- Trang Facebook “Du lịch Trà Vinh - Tra Vinh Travel” có 18.600 người theo dõi (tháng 8/2024).
- Phối hợp với Kênh VTV4 và Thông tấn xã Việt Nam giới thiệu lễ hội, ẩm thực Khmer.
- Tổ chức Lễ hội Ok Om Bok - Đua ghe Ngo năm 2023 với chương trình dành riêng cho du khách quốc tế.
- Phối hợp với Hội người Việt Nam tại Úc giới thiệu dừa sáp Cầu Kè tới cộng đồng và nhà phân phối sở tại.
- Tham gia Hội chợ Thương mại quốc tế Việt Nam - Campuchia tại Phnôm Pênh (tháng 12/2023).
## 5.|Kết quả đạt được
Sau hơn một năm triển khai Kế hoạch, hình ảnh Trà Vinh được biết đến nhiều hơn, nhất là với thị trường Campuchia, Thái Lan và cộng đồng người Việt ở nước ngoài. Một số chỉ tiêu chủ yếu như sau:
@table widths=1.0,5.2,2.0,1.9,1.9,1.9,1.9,2.2 size=11
|! STT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | < | 9 tháng năm 2024 | < |
|! ^ | ^ | ^ | ^ | Thực hiện | So với năm 2022 (%) | Ước thực hiện | Tăng (+)/giảm (-) so với cùng kỳ (%) |
| 1 | Tổng lượt khách du lịch | nghìn lượt | 1.150,0 | 1.386,2 | 120,5 | 1.124,7 | +9,6 |
| - | Trong đó: Khách quốc tế | nghìn lượt | 11,4 | 20,8 | 182,5 | 17,9 | +21,3 |
| 2 | Tổng thu từ du lịch | tỷ đồng | 690,0 | 874,5 | 126,7 | 712,0 | +11,8 |
| 3 | Kim ngạch xuất khẩu hàng hóa | triệu USD | 582,3 | 546,9 | 93,9 | 431,6 | -4,2 |
| 4 | Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký | triệu USD | 35,0 | 1.450,2 | - | 12,6 | - |
| 5 | Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Khmer | lượt | 38.500 | 64.200 | 166,8 | 57.900 | +17,4 |
> Ghi chú: số liệu 9 tháng năm 2024 là số ước thực hiện của Cục Thống kê tỉnh.
# {2} II.|ĐÁNH GIÁ
## {2.1} 1.|Ưu điểm
- Kế hoạch được ban hành sớm, bám sát hướng dẫn của Bộ, xác định được thế mạnh riêng của tỉnh.
- Nội dung bằng tiếng Khmer tạo khác biệt, được cộng đồng Khmer trong và ngoài nước đón nhận.
## {2.2} 2.|Tồn tại, hạn chế và nguyên nhân
- Sản phẩm truyền thông bằng tiếng Anh còn ít, hình thức chưa hấp dẫn.
- Chưa có số liệu đo lường hiệu quả theo từng kênh.
- Nguyên nhân khách quan: kinh phí của tỉnh còn khó khăn, hạ tầng du lịch chưa đồng bộ.
- Nguyên nhân chủ quan: cán bộ làm công tác thông tin đối ngoại ở các sở, ngành chủ yếu kiêm nhiệm.
## {2.3} 3.|Bài học kinh nghiệm
- Chọn lễ hội đặc sắc của đồng bào Khmer làm điểm nhấn giúp thu hút báo chí và du khách quốc tế.
- Đăng lại nguyên văn tin tiếng Việt đã dịch máy lên trang tiếng Anh không hiệu quả.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh sản xuất phim tài liệu về văn hóa Khmer Nam Bộ phát trên kênh đối ngoại.
- Đề nghị Bộ Ngoại giao hỗ trợ kết nối với các cơ quan đại diện Việt Nam tại Campuchia, Thái Lan để giới thiệu hình ảnh Trà Vinh.
- Đề nghị Bộ Văn hóa, Thể thao và Du lịch đưa Lễ hội Ok Om Bok vào chương trình xúc tiến du lịch quốc gia.
""",
    closing=["Trên đây là báo cáo tình hình thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Trà Vinh ra nước "
             "ngoài theo cách làm mới, Sở Thông tin và Truyền thông tỉnh Trà Vinh báo cáo Cục Thông tin đối ngoại tổng hợp./."],
    recipients=["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."],
    signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Thạch Sơn Hùng"],
)

_V, _I, _R = "| Tổng lượt khách du lịch |", "Trong đó: Khách quốc tế", "Tổng thu từ du lịch"
_X, _C, _S = "Kim ngạch xuất khẩu hàng hóa", "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký", "Lượt truy cập Cổng TTĐT phiên bản"
_P = "Cổng Thông tin điện tử tỉnh có phiên bản tiếng Anh và tiếng Khmer"


def _ch(direction, p):
    return (direction, p, None, "2023-9M")


GOLD = dict(
    plan=dict(status="built", references=[("104/KH-UBND", "2023-07-19")], ev="ban hành Kế hoạch số 104/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Văn hóa Khmer Nam Bộ", "culture_heritage", "Văn hóa Khmer Nam Bộ: hệ thống chùa Khmer"),
        ("Du lịch sinh thái biển Ba Động và cù lao Tân Quy", "tourism", "Du lịch sinh thái biển Ba Động"),
        ("Trung tâm Điện lực Duyên Hải và Khu kinh tế Định An", "business_potential", "Trung tâm Điện lực Duyên Hải"),
        ("Dừa sáp Cầu Kè và các sản phẩm OCOP", "products", "Dừa sáp Cầu Kè và các sản phẩm OCOP (bánh tét"),
        ("Tinh thần đoàn kết của đồng bào ba dân tộc Kinh - Khmer - Hoa", "value_system", "Tinh thần đoàn kết của đồng bào"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Trà Vinh - Sắc màu văn hóa Khmer, điểm đến xanh miền sông nước", "Thông điệp chung được sử dụng"),
        ("Tra Vinh - The Green Land of Pagodas", "Thông điệp chung được sử dụng"),
    ]),
    channels=[
        ("portal", "Cổng Thông tin điện tử tỉnh, phiên bản tiếng Anh và tiếng Khmer", _P),
        ("local_media", "Báo Trà Vinh", "Báo Trà Vinh, Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Trà Vinh", "Báo Trà Vinh, Đài Phát thanh"),
        ("facebook", "Trang Facebook “Du lịch Trà Vinh - Tra Vinh Travel”", "Trang Facebook “Du lịch Trà Vinh"),
        ("national_media", "Kênh VTV4", "Phối hợp với Kênh VTV4"),
        ("national_media", "Thông tấn xã Việt Nam", "Phối hợp với Kênh VTV4"),
        ("events", "Lễ hội Ok Om Bok - Đua ghe Ngo năm 2023", "Tổ chức Lễ hội Ok Om Bok"),
        ("diaspora", "Hội người Việt Nam tại Úc", "Phối hợp với Hội người Việt Nam tại Úc"),
        ("trade_promotion", "Hội chợ Thương mại quốc tế Việt Nam - Campuchia tại Phnôm Pênh (tháng 12/2023)",
         "Tham gia Hội chợ Thương mại quốc tế"),
    ],
    figures=[
        F("articles", "tin, bài bằng tiếng nước ngoài", 1240, "count", "tin, bài", "2024-9M", _P),
        F("followers", "người theo dõi (Trang Facebook “Du lịch Trà Vinh - Tra Vinh Travel”)", 18600, "people", "người",
          "2024-08", "Trang Facebook “Du lịch Trà Vinh"),
        # the table: "So với năm 2022 (%)" is a ratio (no change); the signed 9-month column is a change
        F("visitors_total", "Tổng lượt khách du lịch", 1150000, "visits", "nghìn lượt", "2022", _V),
        F("visitors_total", "Tổng lượt khách du lịch", 1386200, "visits", "nghìn lượt", "2023", _V, base=("2022", 1150000)),
        F("visitors_total", "Tổng lượt khách du lịch", 1124700, "visits", "nghìn lượt", "2024-9M", _V,
          ch=_ch("increase", 9.6), approx=True),
        F("visitors_international", "Khách quốc tế", 11400, "visits", "nghìn lượt", "2022", _I),
        F("visitors_international", "Khách quốc tế", 20800, "visits", "nghìn lượt", "2023", _I, base=("2022", 11400)),
        F("visitors_international", "Khách quốc tế", 17900, "visits", "nghìn lượt", "2024-9M", _I,
          ch=_ch("increase", 21.3), approx=True),
        F("tourism_revenue", "Tổng thu từ du lịch", 690e9, "VND", "tỷ đồng", "2022", _R),
        F("tourism_revenue", "Tổng thu từ du lịch", 874.5e9, "VND", "tỷ đồng", "2023", _R, base=("2022", 690e9)),
        F("tourism_revenue", "Tổng thu từ du lịch", 712e9, "VND", "tỷ đồng", "2024-9M", _R,
          ch=_ch("increase", 11.8), approx=True),
        F("export_value", "Kim ngạch xuất khẩu hàng hóa", 582.3e6, "USD", "triệu USD", "2022", _X),
        F("export_value", "Kim ngạch xuất khẩu hàng hóa", 546.9e6, "USD", "triệu USD", "2023", _X, base=("2022", 582.3e6)),
        F("export_value", "Kim ngạch xuất khẩu hàng hóa", 431.6e6, "USD", "triệu USD", "2024-9M", _X,
          ch=_ch("decrease", 4.2), approx=True),
        F("fdi_capital", "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký", 35e6, "USD", "triệu USD", "2022", _C),
        F("fdi_capital", "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký", 1450.2e6, "USD", "triệu USD", "2023", _C,
          base=("2022", 35e6)),
        F("fdi_capital", "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký", 12.6e6, "USD", "triệu USD", "2024-9M", _C,
          approx=True),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Khmer", 38500, "visits", "lượt", "2022", _S),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Khmer", 64200, "visits", "lượt", "2023", _S,
          base=("2022", 38500)),
        F("site_visits", "Lượt truy cập Cổng TTĐT phiên bản tiếng Anh, tiếng Khmer", 57900, "visits", "lượt", "2024-9M", _S,
          ch=_ch("increase", 17.4), approx=True),
    ],
    strengths=["Kế hoạch được ban hành sớm, bám sát", "Nội dung bằng tiếng Khmer tạo khác biệt"],
    difficulties=["Sản phẩm truyền thông bằng tiếng Anh còn ít", "Chưa có số liệu đo lường hiệu quả"],
    causes_objective=["Nguyên nhân khách quan: kinh phí"],
    causes_subjective=["Nguyên nhân chủ quan: cán bộ"],
    lessons=["Chọn lễ hội đặc sắc của đồng bào Khmer", "Đăng lại nguyên văn tin tiếng Việt"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tỉnh sản xuất"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao hỗ trợ kết nối"),
        (None, ["mocst"], "Đề nghị Bộ Văn hóa, Thể thao và Du lịch đưa"),
    ],
)
