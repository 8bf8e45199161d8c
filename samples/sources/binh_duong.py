"""Bình Dương: .docx with Word heading styles and decimal labels (1. / 1.1. / 2.1.); FDI and
export focus; results table with a "Tăng/giảm (%)" column showing decreases; cumulative
FDI stock; GRDP growth as a percent; "gấp 2,1 lần so cùng kỳ". Plan built."""

from kit.gold import F

SAMPLE = dict(
    stem="BinhDuong_BC-UBND_QuangBaHinhAnh",
    format="docx",
    layout=dict(headings="styles", signature="table", font_size=13),
    author="Sở Thông tin và Truyền thông Bình Dương",
    header=dict(left=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG"], bold_left=(0, 1), number="402/BC-UBND",
                place_date="Bình Dương, ngày 27 tháng 9 năm 2024"),
    title=["BÁO CÁO", "Kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương",
           "ra nước ngoài theo cách làm mới"],
    kinh_gui=["Kính gửi: Bộ Thông tin và Truyền thông."],
    document=dict(
        province="Bình Dương", issuer="Ủy ban nhân dân tỉnh Bình Dương", number="402/BC-UBND", date="2024-09-27",
        title="Báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới",
        signer={"name": "Nguyễn Lộc Hà", "position": "Phó Chủ tịch"}),
    intro="""
Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông về việc báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới, UBND tỉnh Bình Dương báo cáo cụ thể như sau:
""",
    body="""
# {1} 1.|Thực trạng xây dựng và triển khai Kế hoạch truyền thông quảng bá địa phương theo cách làm mới
## 1.1.|Tình hình xây dựng Kế hoạch
UBND tỉnh đã ban hành Kế hoạch số 5890/KH-UBND ngày 14/11/2022 về truyền thông quảng bá hình ảnh tỉnh Bình Dương ra nước ngoài theo cách làm mới giai đoạn 2022 - 2025, tầm nhìn đến năm 2030. Kế hoạch gắn với việc triển khai Đề án Thành phố thông minh Bình Dương và Quy hoạch tỉnh Bình Dương thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 790/QĐ-TTg ngày 03/8/2024 của Thủ tướng Chính phủ.
## 1.2.|Yếu tố truyền thông trọng tâm
Tỉnh đã xác định yếu tố trọng tâm là tiềm năng kinh doanh, đầu tư: hệ thống khu công nghiệp hiện đại, thủ tục hành chính thuận lợi, nguồn nhân lực dồi dào; hệ giá trị của một địa phương năng động, đổi mới sáng tạo, thành phố thông minh; chất lượng cuộc sống đô thị cho chuyên gia, người lao động nước ngoài; sản phẩm công nghiệp chế biến, đồ gỗ, gốm sứ, sơn mài Bình Dương.
## 1.3.|Thông điệp truyền thông
Thông điệp chính được sử dụng là "Bình Dương - Thành phố thông minh, đáng sống" và trong xúc tiến đầu tư là "Binh Duong - Smart Investment Destination".
## 1.4.|Phương thức, kênh truyền thông và hiệu quả
- Cổng thông tin điện tử tỉnh phiên bản tiếng Anh và trang xúc tiến đầu tư investinbinhduong.vn; trang LinkedIn "Invest in Binh Duong" kết nối với cộng đồng doanh nghiệp quốc tế.
- Phát hành cẩm nang đầu tư Bình Dương bằng 04 ngôn ngữ (Anh, Nhật, Hàn, Trung); sản xuất phim "Binh Duong - Smart City" phát trên kênh YouTube của tỉnh.
- Tổ chức Hội chợ Quốc tế Đồ gỗ và Mỹ nghệ xuất khẩu, Hội nghị xúc tiến đầu tư tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và Hoa Kỳ.
- Tham gia các diễn đàn của Tổ chức Cộng đồng thông minh thế giới (ICF), nơi Bình Dương từng lọt Top 7 Cộng đồng thông minh tiêu biểu; hiện tỉnh có quan hệ hợp tác với hơn 30 địa phương, tổ chức quốc tế.
- Phối hợp với VTV4, Báo Đầu tư (Vietnam Investment Review) thực hiện các chuyên đề về môi trường đầu tư.
Kênh LinkedIn và các hội nghị xúc tiến trực tiếp được đánh giá là hiệu quả nhất đối với nhà đầu tư; các kênh đại chúng phù hợp với mục tiêu quảng bá hình ảnh chung.
## 1.5.|Kết quả đạt được
Lũy kế đến tháng 9/2024, tỉnh có 4.300 dự án FDI còn hiệu lực với tổng vốn đăng ký 41,6 tỷ USD. 9 tháng năm 2024, tỉnh thu hút 1,75 tỷ USD vốn FDI, gấp 2,1 lần so cùng kỳ; kim ngạch xuất khẩu đạt 23,8 tỷ USD, tăng 12% so cùng kỳ; tăng trưởng GRDP đạt 6,0%.
| Chỉ tiêu | Năm 2022 | Năm 2023 | 9 tháng 2024 | Tăng/giảm (%) |
| Vốn FDI thu hút (triệu USD) | 2.985 | 1.498 | 1.750 | -49,8 |
| Số dự án FDI cấp mới (dự án) | 143 | 142 | 116 | -0,7 |
| Kim ngạch xuất khẩu (triệu USD) | 32.150 | 31.420 | 23.800 | -2,3 |
> Ghi chú: cột Tăng/giảm (%) là năm 2023 so với năm 2022.
# {2} 2.|Đánh giá chung
## {2.1} 2.1.|Ưu điểm
- Công tác truyền thông gắn chặt với xúc tiến đầu tư, hướng đến đúng đối tượng nhà đầu tư, doanh nghiệp nước ngoài.
- Hình ảnh Bình Dương thông minh, năng động được cộng đồng quốc tế ghi nhận qua các diễn đàn và giải thưởng.
## {2.2} 2.2.|Khó khăn, vướng mắc và nguyên nhân
- Năm 2023, vốn FDI thu hút giảm mạnh do tác động của suy giảm kinh tế toàn cầu, cạnh tranh thu hút đầu tư giữa các địa phương và quốc gia trong khu vực.
- Truyền thông về văn hóa, du lịch của tỉnh chưa được chú trọng tương xứng.
Nguyên nhân khách quan: kinh tế thế giới suy giảm, thị trường xuất khẩu thu hẹp; việc áp dụng thuế tối thiểu toàn cầu ảnh hưởng đến chính sách ưu đãi đầu tư.
Nguyên nhân chủ quan: chưa có đội ngũ chuyên gia truyền thông quốc tế; nội dung truyền thông chưa được cập nhật kịp thời theo thị trường.
## {2.3} 2.3.|Bài học kinh nghiệm
- Kết hợp truyền thông với xúc tiến đầu tư trực tiếp, lấy doanh nghiệp FDI đang hoạt động làm "đại sứ" giới thiệu môi trường đầu tư.
- Tận dụng các mạng lưới quốc tế (ICF, các địa phương kết nghĩa) để lan tỏa hình ảnh với chi phí thấp.
# {3} 3.|Đề xuất, kiến nghị
- Đề nghị Chính phủ sớm ban hành chính sách hỗ trợ đầu tư thay thế ưu đãi thuế trong bối cảnh áp dụng thuế tối thiểu toàn cầu.
- Đề nghị Bộ Kế hoạch và Đầu tư phối hợp tổ chức các hội nghị xúc tiến đầu tư quốc gia có sự tham gia của tỉnh.
- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ sản xuất các sản phẩm truyền thông đa ngữ về môi trường đầu tư của các địa phương.
""",
    closing=["Trên đây là báo cáo kết quả thực hiện công tác truyền thông quảng bá hình ảnh địa phương ra nước ngoài theo cách làm mới của tỉnh Bình Dương./."],
    recipients=["Nơi nhận:", "- Bộ TTTT;", "- TT.TU, TT.HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Sở TTTT, Sở KHĐT;",
                "- LĐVP, Tg;", "- Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Lộc Hà"],
)

GOLD = dict(
    plan=dict(status="built", references=[("5890/KH-UBND", "2022-11-14")], ev="UBND tỉnh đã ban hành Kế hoạch số 5890/KH-UBND"),
    factors=dict(identified=True, items=[
        ("tiềm năng kinh doanh, đầu tư", "business_potential", "Tỉnh đã xác định yếu tố trọng tâm là tiềm năng"),
        ("hệ giá trị của một địa phương năng động, đổi mới sáng tạo, thành phố thông minh", "value_system",
         "Tỉnh đã xác định yếu tố trọng tâm là tiềm năng"),
        ("chất lượng cuộc sống đô thị cho chuyên gia, người lao động nước ngoài", "quality_of_life",
         "Tỉnh đã xác định yếu tố trọng tâm là tiềm năng"),
        ("sản phẩm công nghiệp chế biến, đồ gỗ, gốm sứ, sơn mài Bình Dương", "products", "Tỉnh đã xác định yếu tố trọng tâm là tiềm năng"),
    ]),
    key_messages=dict(identified=True, items=[
        ("Bình Dương - Thành phố thông minh, đáng sống", "Thông điệp chính được sử dụng là"),
        ("Binh Duong - Smart Investment Destination", "Thông điệp chính được sử dụng là"),
    ]),
    channels=[
        ("portal", "Cổng thông tin điện tử tỉnh phiên bản tiếng Anh", "Cổng thông tin điện tử tỉnh phiên bản tiếng Anh"),
        ("portal", "trang xúc tiến đầu tư investinbinhduong.vn", "Cổng thông tin điện tử tỉnh phiên bản tiếng Anh"),
        ("other_social", 'trang LinkedIn "Invest in Binh Duong"', "Cổng thông tin điện tử tỉnh phiên bản tiếng Anh"),
        ("publications", "cẩm nang đầu tư Bình Dương", "Phát hành cẩm nang đầu tư"),
        ("video", 'phim "Binh Duong - Smart City"', "Phát hành cẩm nang đầu tư"),
        ("youtube", "kênh YouTube của tỉnh", "Phát hành cẩm nang đầu tư"),
        ("events", "Hội chợ Quốc tế Đồ gỗ và Mỹ nghệ xuất khẩu", "Tổ chức Hội chợ Quốc tế Đồ gỗ"),
        ("trade_promotion", "Hội nghị xúc tiến đầu tư tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và Hoa Kỳ", "Tổ chức Hội chợ Quốc tế Đồ gỗ"),
        ("partner_localities", "Tổ chức Cộng đồng thông minh thế giới (ICF)", "Tham gia các diễn đàn của Tổ chức"),
        ("national_media", "VTV4, Báo Đầu tư (Vietnam Investment Review)", "Phối hợp với VTV4, Báo Đầu tư"),
    ],
    figures=[
        F("languages", "ngôn ngữ", 4, "count", "ngôn ngữ", None, "Phát hành cẩm nang đầu tư"),
        F("partners", "địa phương, tổ chức quốc tế", 30, "count", "địa phương, tổ chức", None, "Tham gia các diễn đàn của Tổ chức",
          approx=True),
        F("fdi_projects", "dự án FDI còn hiệu lực", 4300, "count", "dự án", "2024-09", "Lũy kế đến tháng 9/2024"),
        F("fdi_capital", "tổng vốn đăng ký", 41.6e9, "USD", "tỷ USD", "2024-09", "Lũy kế đến tháng 9/2024"),
        F("fdi_capital", "vốn FDI", 1.75e9, "USD", "tỷ USD", "2024-9M", "tỉnh thu hút 1,75 tỷ USD",
          ch=("increase", None, 2.1, "2023-9M")),
        F("export_value", "kim ngạch xuất khẩu", 23.8e9, "USD", "tỷ USD", "2024-9M", "tỉnh thu hút 1,75 tỷ USD",
          ch=("increase", 12.0, None, "2023-9M")),
        F("grdp", "tăng trưởng GRDP", 6.0, "percent", "%", "2024-9M", "tỉnh thu hút 1,75 tỷ USD"),
        F("fdi_capital", "Vốn FDI thu hút", 2985e6, "USD", "triệu USD", "2022", "Vốn FDI thu hút (triệu USD)"),
        F("fdi_capital", "Vốn FDI thu hút", 1498e6, "USD", "triệu USD", "2023", "Vốn FDI thu hút (triệu USD)",
          base=("2022", 2985e6), ch=("decrease", 49.8, None, "2022")),
        F("fdi_projects", "Số dự án FDI cấp mới", 143, "count", "dự án", "2022", "Số dự án FDI cấp mới (dự án)"),
        F("fdi_projects", "Số dự án FDI cấp mới", 142, "count", "dự án", "2023", "Số dự án FDI cấp mới (dự án)",
          base=("2022", 143), ch=("decrease", 0.7, None, "2022")),
        F("fdi_projects", "Số dự án FDI cấp mới", 116, "count", "dự án", "2024-9M", "Số dự án FDI cấp mới (dự án)"),
        F("export_value", "Kim ngạch xuất khẩu", 32150e6, "USD", "triệu USD", "2022", "Kim ngạch xuất khẩu (triệu USD)"),
        F("export_value", "Kim ngạch xuất khẩu", 31420e6, "USD", "triệu USD", "2023", "Kim ngạch xuất khẩu (triệu USD)",
          base=("2022", 32150e6), ch=("decrease", 2.3, None, "2022")),
    ],
    strengths=["Công tác truyền thông gắn chặt với xúc tiến đầu tư", "Hình ảnh Bình Dương thông minh, năng động"],
    difficulties=["vốn FDI thu hút giảm mạnh", "Truyền thông về văn hóa, du lịch của tỉnh"],
    causes_objective=["Nguyên nhân khách quan: kinh tế thế giới suy giảm"],
    causes_subjective=["Nguyên nhân chủ quan: chưa có đội ngũ chuyên gia"],
    lessons=["Kết hợp truyền thông với xúc tiến đầu tư trực tiếp", "Tận dụng các mạng lưới quốc tế"],
    recommendations=[
        (None, ["government"], "Đề nghị Chính phủ sớm ban hành chính sách"),
        (None, ["mpi"], "Đề nghị Bộ Kế hoạch và Đầu tư phối hợp"),
        (None, ["mic"], "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ sản xuất"),
    ],
)
