"""Builders of small Documents (extractors.model) for the nlp component tests."""

from __future__ import annotations

from extractors.model import BlockKind, Cell, Document, Style
from nlp.context import Context
from storage.record import DocumentInfo


def H(text: str, **style) -> tuple:
    """A heading: bold by default, Word heading kind."""
    style.setdefault("bold", True)
    return (BlockKind.HEADING, text, style)


def B(text: str, **style) -> tuple:
    """A bold paragraph (a heading candidate by its form only)."""
    return (BlockKind.PARAGRAPH, text, {"bold": True, **style})


def P(text: str, **style) -> tuple:
    return (BlockKind.PARAGRAPH, text, style)


def L(text: str, label: str = "-", **style) -> tuple:
    """A list item (bullet or automatic numbering); the label is part of the text."""
    return (BlockKind.LIST_ITEM, text, {"numbering_label": label, **style})


def T(*rows: list[str]) -> tuple:
    return ("table", rows, {})


def make_doc(*items, file_name: str = "report.docx", page: int | None = 1) -> Document:
    doc = Document(file_name=file_name, format="docx")
    tables = 0
    for kind, text, style in items:
        if kind == "table":
            cells = [Cell(text=c, row=r, col=k) for r, row in enumerate(text) for k, c in enumerate(row)]
            doc.add(BlockKind.TABLE, " ".join(c.text for c in cells), cells=cells, table_index=tables, page=page)
            for r, row in enumerate(text):
                doc.add(BlockKind.TABLE_ROW, " | ".join(row), table_index=tables, row=r, page=page,
                        cells=[Cell(text=c, row=r, col=k) for k, c in enumerate(row)])
            tables += 1
            continue
        doc.add(kind, text, style=Style(**style), page=page)
    return doc


def context(doc: Document) -> Context:
    info = DocumentInfo(sha256="0" * 64, file_name=doc.file_name, format=doc.format, pages=1)
    return Context(document=doc, info=info)


def run(doc: Document, *components) -> Context:
    """Header and sections always run first (the others read their results)."""
    from nlp.header import extract_header
    from nlp.sections import assign_sections

    ctx = context(doc)
    extract_header(ctx)
    assign_sections(ctx)
    for component in components:
        component(ctx)
    return ctx


HEADER = [
    T(["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 245/BC-UBND",
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ninh, ngày 20 tháng 9 năm 2024"]),
    B("BÁO CÁO", alignment="center"),
    B("Kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới",
      alignment="center"),
    P("Kính gửi: Bộ Thông tin và Truyền thông."),
    P("Thực hiện Công văn số 3836/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, "
      "UBND tỉnh Quảng Ninh báo cáo như sau:"),
]

SIGNATURE = [
    P("Trên đây là báo cáo của UBND tỉnh Quảng Ninh gửi Bộ Thông tin và Truyền thông tổng hợp./."),
    T(["Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT.",
       "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn Hưng"]),
]


def standard_report() -> Document:
    """A complete report laid out as the outline asks, Roman and Arabic numbering."""
    return make_doc(
        *HEADER,
        H("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH TRUYỀN THÔNG QUẢNG BÁ THEO CÁCH LÀM MỚI"),
        B("1. Tình hình xây dựng Kế hoạch"),
        P("Đã xây dựng ☒ Đang xây dựng ☐ Chưa xây dựng ☐"),
        P("UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2023 về truyền thông quảng bá hình ảnh "
          "tỉnh Quảng Ninh ra nước ngoài theo cách làm mới giai đoạn 2023-2025."),
        B("2. Yếu tố truyền thông trọng tâm"),
        P("Tỉnh đã xác định các yếu tố truyền thông trọng tâm gồm: văn hóa và di sản, du lịch, "
          "sản phẩm OCOP, môi trường đầu tư."),
        B("3. Thông điệp truyền thông"),
        P("Tỉnh đã xác định thông điệp chính “Quảng Ninh - Điểm đến an toàn, thân thiện” và slogan "
          "\"Quang Ninh - Vietnam's Northeast Gem\"."),
        B("4. Kênh truyền thông"),
        L("- Cổng Thông tin điện tử tỉnh phiên bản tiếng Anh, tiếng Trung."),
        L("- Fanpage \"Visit Quang Ninh\" và kênh YouTube \"Quang Ninh Tourism\" với hơn 200 video."),
        L("- Phối hợp với kênh VTV4, báo Nhân Dân và Báo Quảng Ninh thực hiện phóng sự."),
        L("- Tổ chức đón đoàn phóng viên nước ngoài (famtrip) và Lễ hội Carnaval Hạ Long."),
        H("II. ĐÁNH GIÁ CHUNG"),
        B("1. Ưu điểm"),
        L("- Công tác chỉ đạo được quan tâm, kịp thời."),
        L("- Nội dung truyền thông phong phú, đa dạng."),
        B("2. Khó khăn, vướng mắc và nguyên nhân"),
        P("a) Khó khăn, vướng mắc"),
        L("- Kinh phí dành cho công tác truyền thông còn hạn chế."),
        L("- Nguồn nhân lực có trình độ ngoại ngữ còn thiếu."),
        P("b) Nguyên nhân"),
        L("- Nguyên nhân khách quan: nguồn lực của tỉnh còn hạn hẹp."),
        L("- Nguyên nhân chủ quan: nhận thức của một số cơ quan chưa đầy đủ."),
        B("3. Bài học kinh nghiệm"),
        L("- Cần có sự vào cuộc của cả hệ thống chính trị."),
        H("III. ĐỀ XUẤT, KIẾN NGHỊ"),
        P("Đối với Bộ Thông tin và Truyền thông:"),
        L("- Tổ chức tập huấn chuyên sâu cho cán bộ làm công tác thông tin đối ngoại."),
        L("- Hỗ trợ kết nối với các cơ quan báo chí nước ngoài."),
        L("- Đề nghị Chính phủ bố trí kinh phí cho công tác truyền thông quảng bá."),
        *SIGNATURE,
    )
