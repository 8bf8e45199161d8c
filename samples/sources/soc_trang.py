"""Sóc Trăng: a .doc put together from the departments' contributions, so its encodings are mixed.
Most paragraphs are Unicode (Times New Roman); the header table comes from an old template typed
in TCVN3 (.VnTimeH for the capitals: "Uû BAN NH¢N D¢N", "CéNG HßA X· HéI..."; .VnTime for
"§éc lËp - Tù do - H¹nh phóc", "Sè: 263/BC-UBND", the date); the tourism part (a paragraph and a
"9 tháng năm 2023 | 9 tháng năm 2024 | Tăng/giảm (%)" table) was pasted from the Sở VHTTDL's VNI
file (VNI-Times); the trade paragraph from the Sở Công Thương is TCVN3 (.VnTime). Plan still a
draft (in progress) with the yearly TTĐN plan 52/KH-UBND as a distractor; factors between
semicolons, dashes between names kept; no message yet; "+ Khách quan: / + Chủ quan:" causes;
"Đề nghị Bộ Công Thương" (another ministry)."""

from kit.gold import F

SAMPLE = dict(
    stem="SocTrang_263-BC-UBND_TTDN_2024",
    format="doc",
    layout=dict(headings="bold", signature="table", font_size=14,
                legacy=[dict(enc="tcvn3", **{"from": "UỶ BAN NHÂN DÂN", "to": "Sóc Trăng, ngày"}),
                        dict(enc="vni", **{"from": "Về du lịch, năm 2023", "to": "+20,4"}),
                        dict(enc="tcvn3", **{"from": "Về xúc tiến thương mại"})]),
    author="UBND tinh Soc Trang",
    header=dict(left=["UỶ BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"], number="263/BC-UBND",
                place_date="Sóc Trăng, ngày 26 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Sóc Trăng ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)."],
    document=dict(
        province="Sóc Trăng", issuer="Uỷ ban nhân dân tỉnh Sóc Trăng", number="263/BC-UBND", date="2024-09-26",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Sóc Trăng ra nước ngoài theo cách làm mới",
        signer={"name": "Lâm Văn Phước", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, trên cơ sở báo cáo của các sở, ngành, Ủy ban nhân dân tỉnh Sóc Trăng báo cáo kết quả như sau:
""",
    body="""
# {1} I.|THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH
## 1.|Tình hình xây dựng Kế hoạch
Sở Thông tin và Truyền thông đang hoàn thiện dự thảo Kế hoạch truyền thông quảng bá hình ảnh tỉnh Sóc Trăng ra nước ngoài theo cách làm mới giai đoạn 2024 - 2026, dự kiến trình Ủy ban nhân dân tỉnh ban hành trong quý IV/2024. Trong khi chưa có Kế hoạch riêng, các hoạt động quảng bá được lồng ghép trong Kế hoạch số 52/KH-UBND ngày 18/3/2024 về công tác thông tin đối ngoại năm 2024.
## 2.|Yếu tố truyền thông và thông điệp
Dự thảo Kế hoạch xác định các yếu tố trọng tâm gồm: văn hóa đặc sắc của ba dân tộc Kinh - Hoa - Khmer; Lễ hội Oóc Om Bóc - Đua ghe Ngo; gạo ST25 và đặc sản bánh pía; du lịch sinh thái Cù lao Dung và rừng ngập mặn ven biển; tiềm năng đầu tư cảng biển nước sâu Trần Đề.
Tỉnh chưa xác định thông điệp truyền thông chính; nội dung này sẽ được lấy ý kiến chuyên gia trong quá trình hoàn thiện Kế hoạch.
## 3.|Các kênh truyền thông đã sử dụng
- Trang tin tiếng Anh trên Cổng Thông tin điện tử tỉnh được cập nhật hằng tuần.
- Báo Sóc Trăng và Đài Phát thanh và Truyền hình Sóc Trăng duy trì chương trình phát thanh, truyền hình tiếng Khmer, tiếng Hoa.
- Fanpage "Du lịch Sóc Trăng" và kênh TikTok "Soc Trang Travel"; tính đến tháng 9/2024, Fanpage có khoảng 28 nghìn người theo dõi.
- Phối hợp với Kênh VTV4 và Thông tấn xã Việt Nam đưa tin về các sự kiện lớn của tỉnh.
- Tổ chức Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2023 với chương trình giao lưu dành cho khách quốc tế.
- Kết nối với kiều bào Sóc Trăng tại Hoa Kỳ, Úc để giới thiệu sản phẩm và cơ hội đầu tư về quê hương.
## 4.|Kết quả đạt được
Về du lịch, năm 2023 toàn tỉnh đón 1.850.000 lượt khách, tăng 22,4% so với năm 2022; khách quốc tế đạt 21.300 lượt.
| Chỉ tiêu | ĐVT | 9 tháng năm 2023 | 9 tháng năm 2024 | Tăng/giảm (%) |
| Khách du lịch | Lượt | 1.320.500 | 1.545.000 | +17,0 |
| Doanh thu du lịch | Tỷ đồng | 980 | 1.180 | +20,4 |
Về xúc tiến thương mại, năm 2023 tỉnh tổ chức và tham gia 06 đoàn xúc tiến tại Nhật Bản, Hàn Quốc, Hoa Kỳ, giới thiệu gạo ST25 cùng các đặc sản của tỉnh. Kim ngạch xuất khẩu năm 2023 đạt 1.252 triệu USD, tăng 9,6% so với năm 2022. Trong 9 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt 985 triệu USD, tăng 7,2% so với cùng kỳ.
# {2} II.|ĐÁNH GIÁ CHUNG
## {2.1} 1.|Ưu điểm
Công tác quảng bá gắn được với các sự kiện văn hóa lớn của đồng bào Khmer. Sản phẩm gạo ST25 trở thành điểm nhấn trong các hoạt động xúc tiến. Các cơ quan báo chí của tỉnh có lợi thế sản xuất nội dung đa ngữ.
## {2.2} 2.|Khó khăn, vướng mắc và nguyên nhân
- Chưa ban hành được Kế hoạch riêng nên các hoạt động còn rời rạc, thiếu định hướng chung.
- Nội dung tiếng Anh còn ít, chủ yếu là bản dịch tin trong nước.
- Chưa có số liệu theo dõi hiệu quả của từng kênh.
* Nguyên nhân:
+ Khách quan: nguồn ngân sách của tỉnh còn khó khăn; hướng dẫn về cách đo lường hiệu quả truyền thông quảng bá chưa cụ thể.
+ Chủ quan: việc phối hợp giữa các sở, ngành trong cung cấp thông tin chưa thường xuyên; cán bộ làm công tác thông tin đối ngoại kiêm nhiệm nhiều việc.
## {2.3} 3.|Bài học kinh nghiệm
- Lễ hội truyền thống là dịp tốt nhất để mời khách quốc tế và báo chí trải nghiệm, cần chuẩn bị nội dung quảng bá từ sớm.
- Kể câu chuyện về người nông dân làm ra hạt gạo ST25 thu hút người xem hơn các video giới thiệu chung.
# {3} III.|ĐỀ XUẤT, KIẾN NGHỊ
- Đề nghị Bộ Thông tin và Truyền thông góp ý dự thảo Kế hoạch của tỉnh và hướng dẫn bộ chỉ số đo lường hiệu quả truyền thông.
- Đề nghị Bộ Ngoại giao hỗ trợ kết nối các cơ quan đại diện Việt Nam ở nước ngoài để giới thiệu sản phẩm của tỉnh.
- Đề nghị Bộ Công Thương ưu tiên đưa gạo ST25 vào chương trình Thương hiệu quốc gia.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Sóc Trăng ra nước "
             "ngoài theo cách làm mới, Ủy ban nhân dân tỉnh Sóc Trăng kính báo cáo./."],
    recipients=["Nơi nhận:", "- Như trên;", "- TT. TU, TT. HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
                "- Sở TTTT, Sở VHTTDL, Sở CT;", "- Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Văn Phước"],
)

_FA = "Fanpage có khoảng 28 nghìn"
_DL = "Về du lịch, năm 2023 toàn tỉnh đón"
_KDL = "| 1.320.500 |"
_DT = "| 980 |"

GOLD = dict(
    plan=dict(status="in_progress", references=[], ev="đang hoàn thiện dự thảo Kế hoạch"),
    factors=dict(identified=True, items=[
        ("văn hóa đặc sắc của ba dân tộc Kinh - Hoa - Khmer", "culture_heritage", "Dự thảo Kế hoạch xác định"),
        ("Lễ hội Oóc Om Bóc - Đua ghe Ngo", "culture_heritage", "Dự thảo Kế hoạch xác định"),
        ("gạo ST25 và đặc sản bánh pía", "products", "Dự thảo Kế hoạch xác định"),
        ("du lịch sinh thái Cù lao Dung và rừng ngập mặn ven biển", "tourism", "Dự thảo Kế hoạch xác định"),
        ("tiềm năng đầu tư cảng biển nước sâu Trần Đề", "business_potential", "Dự thảo Kế hoạch xác định"),
    ]),
    key_messages=dict(identified=False, items=[]),
    channels=[
        ("portal", "Trang tin tiếng Anh trên Cổng Thông tin điện tử tỉnh", "Trang tin tiếng Anh"),
        ("local_media", "Báo Sóc Trăng", "Báo Sóc Trăng và Đài Phát thanh"),
        ("local_media", "Đài Phát thanh và Truyền hình Sóc Trăng", "Báo Sóc Trăng và Đài Phát thanh"),
        ("facebook", "Fanpage \"Du lịch Sóc Trăng\"", "Fanpage \"Du lịch Sóc Trăng\""),
        ("tiktok", "kênh TikTok \"Soc Trang Travel\"", "Fanpage \"Du lịch Sóc Trăng\""),
        ("national_media", "Kênh VTV4", "Phối hợp với Kênh VTV4"),
        ("national_media", "Thông tấn xã Việt Nam", "Phối hợp với Kênh VTV4"),
        ("events", "Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2023", "Tổ chức Lễ hội Oóc Om Bóc"),
        ("diaspora", "kiều bào Sóc Trăng tại Hoa Kỳ, Úc", "Kết nối với kiều bào"),
        ("trade_promotion", "06 đoàn xúc tiến tại Nhật Bản, Hàn Quốc, Hoa Kỳ", "tham gia 06 đoàn xúc tiến"),
    ],
    figures=[
        F("followers", "người theo dõi Fanpage", 28000, "people", "nghìn người", "2024-09", _FA, approx=True),
        F("visitors_total", "lượt khách", 1850000, "visits", "lượt", "2023", _DL, ch=("increase", 22.4, None, "2022")),
        F("visitors_international", "khách quốc tế", 21300, "visits", "lượt", "2023", _DL),
        F("visitors_total", "Khách du lịch", 1320500, "visits", "Lượt", "2023-9M", _KDL),
        F("visitors_total", "Khách du lịch", 1545000, "visits", "Lượt", "2024-9M", _KDL, base=("2023-9M", 1320500),
          ch=("increase", 17.0, None, "2023-9M")),
        F("tourism_revenue", "Doanh thu du lịch", 980e9, "VND", "Tỷ đồng", "2023-9M", _DT),
        F("tourism_revenue", "Doanh thu du lịch", 1180e9, "VND", "Tỷ đồng", "2024-9M", _DT, base=("2023-9M", 980e9),
          ch=("increase", 20.4, None, "2023-9M")),
        F("delegations", "đoàn xúc tiến", 6, "count", "đoàn", "2023", "tham gia 06 đoàn xúc tiến"),
        F("export_value", "Kim ngạch xuất khẩu", 1252e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu năm 2023",
          ch=("increase", 9.6, None, "2022")),
        F("export_value", "kim ngạch xuất khẩu", 985e6, "USD", "triệu USD", "2024-9M", "ước đạt 985 triệu USD",
          ch=("increase", 7.2, None, "2023-9M"), approx=True),
    ],
    strengths=["Công tác quảng bá gắn được", "Sản phẩm gạo ST25 trở thành điểm nhấn",
               "Các cơ quan báo chí của tỉnh có lợi thế"],
    difficulties=["Chưa ban hành được Kế hoạch riêng", "Nội dung tiếng Anh còn ít", "Chưa có số liệu theo dõi"],
    causes_objective=["Khách quan: nguồn ngân sách"],
    causes_subjective=["Chủ quan: việc phối hợp"],
    lessons=["Lễ hội truyền thống là dịp tốt nhất", "Kể câu chuyện về người nông dân"],
    recommendations=[
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông góp ý"),
        (None, ["mofa"], "Đề nghị Bộ Ngoại giao"),
        (None, ["other_ministries"], "Đề nghị Bộ Công Thương"),
    ],
)
