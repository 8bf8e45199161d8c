"""Bắc Kạn: .docx written as a table. After the header and one sentence, the whole report is one
table "TT | Nội dung | Kết quả thực hiện", one row per item of the letter's outline: its running
numbers 1 ... 9 are not the outline's (rows 1-5 are all section 1, row 6 is 2.1, row 9 is 3); cells
hold several paragraphs with "-" and "+" bullets, "Đã xây dựng." / "Đã xác định." answers, factors
cut at a dash apposition, a parenthesis and a colon, a message with its English version,
recommendations as "- Đối với Bộ ...:" bullets. Then a before/after grid "Chỉ tiêu | Trước khi
thực hiện Kế hoạch (năm 2022) | Sau khi thực hiện Kế hoạch (năm 2023) | Tăng/giảm (%)" with the
unit in the row label ("(lượt)") and a signed change column, printed after the table and about
section 1's results (gold: section 1)."""

from kit.gold import F

SAMPLE = dict(
    stem="BacKan_BC204_UBND_QBHA",
    format="docx",
    layout=dict(headings="bold", signature="table", font_size=13),
    author="VP UBND tinh Bac Kan",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"], number="204/BC-UBND",
                place_date="Bắc Kạn, ngày 24 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh",
           "tỉnh Bắc Kạn ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bắc Kạn", issuer="Ủy ban nhân dân tỉnh Bắc Kạn", number="204/BC-UBND", date="2024-09-24",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bắc Kạn ra nước ngoài theo cách làm mới",
        signer={"name": "Đinh Quang Tuyên", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Bắc Kạn báo cáo kết quả thực hiện theo đề cương như sau:
""",
    body="""
@table widths=1.1,4.4,10.5 size=13
|! TT | Nội dung | Kết quả thực hiện |
| {1} 1 | Tình hình xây dựng Kế hoạch/Chương trình truyền thông quảng bá địa phương theo cách làm mới | Đã xây dựng. ¶ UBND tỉnh ban hành Kế hoạch số 95/KH-UBND ngày 20/02/2023 về truyền thông quảng bá hình ảnh tỉnh Bắc Kạn ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025. ¶ Hằng năm, Sở Thông tin và Truyền thông tham mưu kế hoạch chi tiết; năm 2024 thực hiện theo Kế hoạch số 41/KH-UBND ngày 25/01/2024 của UBND tỉnh. |
| 2 | Xác định yếu tố truyền thông trọng tâm, thế mạnh | Đã xác định 04 yếu tố trọng tâm: ¶ - Hồ Ba Bể - hồ nước ngọt tự nhiên lớn nhất Việt Nam, Di sản thiên nhiên ASEAN; ¶ - Văn hóa các dân tộc Tày, Nùng, Dao (hát then, đàn tính, lễ hội Lồng tồng); ¶ - Sản phẩm OCOP: miến dong Na Rì, cam quýt Bắc Kạn, trà Shan tuyết; ¶ - Môi trường sinh thái trong lành (rừng che phủ phần lớn diện tích). |
| 3 | Thông điệp chính của truyền thông | Đã xác định. ¶ Thông điệp: “Bắc Kạn - Điểm đến xanh”, phiên bản tiếng Anh “Bac Kan - The Green Destination”. |
| 4 | Phương thức, kênh truyền thông được lựa chọn và hiệu quả | - Trang thông tin điện tử tiếng Anh trên Cổng Thông tin điện tử tỉnh, vận hành từ tháng 4/2023. ¶ - Fanpage “Bac Kan Travel” và kênh TikTok “Bắc Kạn xanh” đăng video ngắn về Ba Bể, Pác Ngòi. ¶ - Phối hợp với Kênh VTV4 và Đài Tiếng nói Việt Nam (VOV5) sản xuất phóng sự về du lịch cộng đồng. ¶ - Tham gia Hội chợ Du lịch quốc tế VITM Hà Nội 2023, 2024; đón 02 đoàn famtrip của các hãng lữ hành Pháp, Đức. ¶ + Hiệu quả: mạng xã hội và các đoàn famtrip mang lại hiệu quả rõ nhất, chi phí thấp; ¶ + Video ngắn trên TikTok có sức lan tỏa cao, một số video đạt trên 500 nghìn lượt xem. |
| 5 | Kết quả đạt được sau khi triển khai | Lượng khách quốc tế đến Ba Bể tăng mạnh, nhiều hãng lữ hành châu Âu đưa Bắc Kạn vào tour; sản phẩm OCOP của tỉnh bắt đầu xuất hiện tại thị trường Nhật Bản. Số liệu trước và sau khi thực hiện Kế hoạch tại Biểu tổng hợp dưới đây. |
| {2.1} 6 | Ưu điểm | - Được sự quan tâm chỉ đạo của Tỉnh ủy, UBND tỉnh; Kế hoạch có lộ trình rõ ràng. ¶ - Lựa chọn đúng thế mạnh Hồ Ba Bể làm hình ảnh chủ đạo, dễ nhận diện. |
| {2.2} 7 | Khó khăn, vướng mắc và nguyên nhân | - Khó khăn, vướng mắc: ¶ + Kinh phí cho nhiệm vụ quảng bá ra nước ngoài rất hạn chế. ¶ + Thiếu nhân lực có trình độ ngoại ngữ và kỹ năng truyền thông số. ¶ - Nguyên nhân: ¶ + Khách quan: tỉnh miền núi, ngân sách khó khăn, giao thông đến các điểm du lịch còn xa. ¶ + Chủ quan: sự phối hợp giữa các sở, ngành có lúc chưa chặt chẽ. |
| {2.3} 8 | Bài học kinh nghiệm (cách làm hay, chưa hiệu quả) | - Cách làm hay: mời các hãng lữ hành nước ngoài khảo sát thực tế, kết hợp quay video ngắn đăng ngay trên mạng xã hội. ¶ - Chưa hiệu quả: in tờ rơi phát tại hội chợ trong nước, khó đo lường, ít tiếp cận khách quốc tế. |
| {3} 9 | Đề xuất, kiến nghị | - Đối với Bộ Thông tin và Truyền thông: hỗ trợ các tỉnh miền núi xây dựng kho dữ liệu hình ảnh, video bằng tiếng nước ngoài dùng chung. ¶ - Đối với Bộ Văn hóa, Thể thao và Du lịch: đưa Hồ Ba Bể vào các chương trình xúc tiến du lịch quốc gia tại châu Âu. |
# {=1} |BIỂU TỔNG HỢP SỐ LIỆU TRƯỚC VÀ SAU KHI THỰC HIỆN KẾ HOẠCH
| Chỉ tiêu | Trước khi thực hiện Kế hoạch (năm 2022) | Sau khi thực hiện Kế hoạch (năm 2023) | Tăng/giảm (%) |
| Tổng lượt khách du lịch (lượt) | 880.000 | 1.150.000 | +30,7 |
| Khách quốc tế (lượt) | 9.600 | 21.300 | +121,9 |
| Doanh thu du lịch (tỷ đồng) | 620 | 905 | +46,0 |
| Lượt truy cập trang tiếng Anh (lượt) | 12.400 | 46.800 | +277,4 |
| Người theo dõi Fanpage “Bac Kan Travel” (người) | 2.100 | 15.600 | +642,9 |
| Tin, bài, video quảng bá bằng tiếng nước ngoài (sản phẩm) | 45 | 168 | +273,3 |
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh tỉnh Bắc Kạn ra nước ngoài theo cách làm mới, UBND tỉnh Bắc Kạn trân trọng báo cáo./."],
    recipients=["Nơi nhận:", "- Bộ TT&TT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
                "- Sở TT&TT, Sở VHTTDL;", "- LĐVP;", "- Lưu: VT, VXNV."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Quang Tuyên"],
)


def _ch(p):
    return ("increase", p, None, "2022")


GOLD = dict(
    plan=dict(status="built", references=[("95/KH-UBND", "2023-02-20"), ("41/KH-UBND", "2024-01-25")],
              ev="UBND tỉnh ban hành Kế hoạch số 95/KH-UBND"),
    factors=dict(identified=True, items=[
        ("Hồ Ba Bể", "tourism", "Hồ Ba Bể - hồ nước ngọt"),
        ("Văn hóa các dân tộc Tày, Nùng, Dao", "culture_heritage", "Văn hóa các dân tộc Tày, Nùng, Dao"),
        ("Sản phẩm OCOP", "products", "Sản phẩm OCOP: miến dong"),
        ("Môi trường sinh thái trong lành", "quality_of_life", "Môi trường sinh thái trong lành"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bắc Kạn - Điểm đến xanh", "Thông điệp: “Bắc Kạn - Điểm đến xanh”"),
        ("Bac Kan - The Green Destination", "Thông điệp: “Bắc Kạn - Điểm đến xanh”"),
    ]),
    channels=[
        ("portal", "Trang thông tin điện tử tiếng Anh trên Cổng Thông tin điện tử tỉnh", "Trang thông tin điện tử tiếng Anh"),
        ("facebook", "Fanpage “Bac Kan Travel”", "Fanpage “Bac Kan Travel” và kênh TikTok"),
        ("tiktok", "kênh TikTok “Bắc Kạn xanh”", "Fanpage “Bac Kan Travel” và kênh TikTok"),
        ("video", "video ngắn", "Fanpage “Bac Kan Travel” và kênh TikTok"),
        ("national_media", "Kênh VTV4", "Phối hợp với Kênh VTV4 và Đài Tiếng nói Việt Nam"),
        ("national_media", "Đài Tiếng nói Việt Nam (VOV5)", "Phối hợp với Kênh VTV4 và Đài Tiếng nói Việt Nam"),
        ("trade_promotion", "Hội chợ Du lịch quốc tế VITM Hà Nội 2023, 2024", "Tham gia Hội chợ Du lịch quốc tế VITM"),
        ("press_trips", "02 đoàn famtrip của các hãng lữ hành Pháp, Đức", "Tham gia Hội chợ Du lịch quốc tế VITM"),
    ],
    figures=[
        F("delegations", "đoàn famtrip", 2, "count", "đoàn", None, "Tham gia Hội chợ Du lịch quốc tế VITM"),
        F("views", "lượt xem", 500000, "visits", "nghìn lượt xem", None, "một số video đạt trên 500 nghìn lượt xem", approx=True),
        F("visitors_total", "Tổng lượt khách du lịch", 880000, "visits", "lượt", "2022", "Tổng lượt khách du lịch (lượt)"),
        F("visitors_total", "Tổng lượt khách du lịch", 1150000, "visits", "lượt", "2023", "Tổng lượt khách du lịch (lượt)",
          base=("2022", 880000), ch=_ch(30.7)),
        F("visitors_international", "Khách quốc tế", 9600, "visits", "lượt", "2022", "Khách quốc tế (lượt)"),
        F("visitors_international", "Khách quốc tế", 21300, "visits", "lượt", "2023", "Khách quốc tế (lượt)",
          base=("2022", 9600), ch=_ch(121.9)),
        F("tourism_revenue", "Doanh thu du lịch", 620e9, "VND", "tỷ đồng", "2022", "Doanh thu du lịch (tỷ đồng)"),
        F("tourism_revenue", "Doanh thu du lịch", 905e9, "VND", "tỷ đồng", "2023", "Doanh thu du lịch (tỷ đồng)",
          base=("2022", 620e9), ch=_ch(46.0)),
        F("site_visits", "Lượt truy cập trang tiếng Anh", 12400, "visits", "lượt", "2022", "Lượt truy cập trang tiếng Anh (lượt)"),
        F("site_visits", "Lượt truy cập trang tiếng Anh", 46800, "visits", "lượt", "2023", "Lượt truy cập trang tiếng Anh (lượt)",
          base=("2022", 12400), ch=_ch(277.4)),
        F("followers", "Người theo dõi Fanpage “Bac Kan Travel”", 2100, "people", "người", "2022", "Người theo dõi Fanpage"),
        F("followers", "Người theo dõi Fanpage “Bac Kan Travel”", 15600, "people", "người", "2023", "Người theo dõi Fanpage",
          base=("2022", 2100), ch=_ch(642.9)),
        F("articles", "Tin, bài, video quảng bá bằng tiếng nước ngoài", 45, "count", "sản phẩm", "2022",
          "Tin, bài, video quảng bá bằng tiếng nước ngoài"),
        F("articles", "Tin, bài, video quảng bá bằng tiếng nước ngoài", 168, "count", "sản phẩm", "2023",
          "Tin, bài, video quảng bá bằng tiếng nước ngoài", base=("2022", 45), ch=_ch(273.3)),
    ],
    strengths=["Được sự quan tâm chỉ đạo của Tỉnh ủy", "Lựa chọn đúng thế mạnh Hồ Ba Bể"],
    difficulties=["Kinh phí cho nhiệm vụ quảng bá ra nước ngoài rất hạn chế", "Thiếu nhân lực có trình độ ngoại ngữ"],
    causes_objective=["Khách quan: tỉnh miền núi"],
    causes_subjective=["Chủ quan: sự phối hợp giữa các sở, ngành"],
    lessons=["Cách làm hay: mời các hãng lữ hành nước ngoài", "Chưa hiệu quả: in tờ rơi"],
    recommendations=[
        (None, ["mic"], "Đối với Bộ Thông tin và Truyền thông: hỗ trợ"),
        (None, ["mocst"], "Đối với Bộ Văn hóa, Thể thao và Du lịch: đưa Hồ Ba Bể"),
    ],
)
