"""Builders of real test documents: python-docx files with a hand-written numbering.xml,
footnotes, text boxes and merged cells; PDFs through LibreOffice; scanned pages drawn
with Pillow. Shared by the fixtures in conftest.py and the benchmark."""

from __future__ import annotations

import struct
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from docx.shared import Cm, Pt

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NUMBERING_XML = f"""<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="10">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="12">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="13">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="21"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="22"><w:abstractNumId w:val="11"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="23"><w:abstractNumId w:val="12"/></w:num>
  <w:num w:numId="24"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="25"><w:abstractNumId w:val="13"/></w:num>
</w:numbering>"""


def set_numbering(document, xml: str = NUMBERING_XML) -> None:
    """Replace the document's numbering.xml content with `xml`."""
    element = document.part.numbering_part.element
    for child in list(element):
        element.remove(child)
    for child in parse_xml(xml):
        element.append(child)


def numbered(paragraph, num_id: int, ilvl: int = 0) -> None:
    """Give a paragraph automatic numbering (w:numPr)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def outline(paragraph, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="{level}"/>'))


def add_footnote(document, paragraph, text: str) -> None:
    """Add a footnotes part (python-docx has no API for it) and a reference in `paragraph`."""
    xml = (f'<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr>'
           '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
           f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  '<w:footnoteReference w:id="1"/></w:r>'))


def add_text_box(paragraph, text: str) -> None:
    """A DrawingML text box with its VML fallback copy, as Word writes it."""
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    wp = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    box = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    xml = (f'<w:r {W_NS} {wps} {mc} {wp} {a} {v}><mc:AlternateContent><mc:Choice Requires="wps">'
           '<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
           f'{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
           f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def add_page_field(paragraph) -> None:
    """A PAGE field, so each page's footer shows its number."""
    for xml in (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W_NS}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W_NS}><w:t>1</w:t></w:r>',
                f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def _base_document():
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        st = d.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def header_table(d) -> None:
    """The two-column heading of a Vietnamese administrative report (borderless)."""
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    left = ["UBND TỈNH QUẢNG NINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 125/BC-STTTT"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Quảng Ninh, ngày 15 tháng 3 năm 2024"]
    for cell, lines, width in ((t.cell(0, 0), left, Cm(6.0)), (t.cell(0, 1), right, Cm(10.0))):
        cell.width = width
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.font.size = Pt(12)
                r.bold = not p.text.startswith(("Số", "Quảng Ninh"))


BODY = ("Trong năm 2024, tỉnh Quảng Ninh đã đầu tư 125 tỷ đồng cho hạ tầng số, triển khai "
        "dịch vụ công trực tuyến toàn trình tại các sở, ngành và địa phương; tỷ lệ hồ sơ xử lý "
        "trực tuyến đạt 85%, tăng so với cùng kỳ năm trước. ")


def report_docx(path: Path, *, pages: int = 1, footnote: bool = True, text_box: bool = True,
                tcvn3: bool = True) -> Path:
    """A province report: two-column heading, numbered headings from numbering.xml,
    paragraphs, lists, a table with merged and nested cells, header/footer, footnote."""
    d = _base_document()
    set_numbering(d)
    header_table(d)
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("BÁO CÁO").bold = True
    sub = d.add_paragraph("Kết quả thực hiện chuyển đổi số năm 2024")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text, ilvl):
        p = d.add_paragraph(text, style=f"Heading {ilvl + 1}")
        numbered(p, 21, ilvl)
        return p

    def body(text=BODY * 2):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        return p

    heading("THỰC TRẠNG CHUYỂN ĐỔI SỐ", 0)
    first_body = body()
    heading("Hạ tầng số", 1)
    for t in ("Mạng cáp quang", "Mạng di động 5G"):
        p = d.add_paragraph(t)
        numbered(p, 21, 2)
    heading("Dữ liệu số", 1)
    p = d.add_paragraph("Cơ sở dữ liệu dân cư")
    numbered(p, 21, 2)
    for t in ("Kết nối liên thông", "Chia sẻ dữ liệu"):
        p = d.add_paragraph(t)
        numbered(p, 23, 0)
    p = d.add_paragraph("Nhiệm vụ bắt đầu từ năm")
    numbered(p, 22, 0)
    p = d.add_paragraph("Nhiệm vụ tiếp theo")
    numbered(p, 22, 0)
    p = d.add_paragraph("Phụ lục theo dõi")
    numbered(p, 25, 0)
    p = d.add_paragraph("Mục có cấp đề cương")  # heading by the paragraph's own w:outlineLvl
    outline(p, 1)
    # A custom style that is a heading only through its w:outlineLvl, bold at style level.
    style = d.styles.add_style("Muc Lon", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.font.bold = True
    style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="0"/>'))
    d.add_paragraph("Phần kiến nghị", style="Muc Lon")
    if text_box:
        add_text_box(d.add_paragraph(), "Ghi chú trong hộp văn bản")
    if tcvn3:
        p = d.add_paragraph()
        r = p.add_run("Th«ng tin vµ TruyÒn th«ng")
        r.font.name = ".VnTime"
    if footnote:
        add_footnote(d, first_body, "Số liệu đến ngày 31/12/2024.")
    for _ in range(max(pages - 1, 0)):
        body()
        body()
        body()
    heading("KẾT QUẢ", 0)
    heading("Nhân lực số", 1)
    body()
    metrics_table(d)
    signature_table(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Báo cáo chuyển đổi số tỉnh Quảng Ninh"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    d.save(path)
    return path


def metrics_table(d, rows: int = 4) -> None:
    """A bordered table: header row repeated on each page, a merged (gridSpan) title cell,
    a vertically merged (vMerge) cell and a nested table."""
    t = d.add_table(rows=rows + 2, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W_NS}/>'))
    for c, text in zip(hdr.cells, ("Chỉ tiêu", "Năm 2023", "Năm 2024")):
        c.text = text
    top = t.cell(1, 0).merge(t.cell(1, 2))
    top.text = "Hạ tầng số"
    for r in range(2, rows + 2):
        t.cell(r, 0).text = f"Chỉ tiêu số {r - 1}"
        t.cell(r, 1).text = f"{r * 10} tỷ"
        t.cell(r, 2).text = f"{r * 12} tỷ"
    merged = t.cell(2, 2).merge(t.cell(3, 2))
    merged.text = "Gộp dọc"
    inner = t.cell(rows + 1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Lồng A"
    inner.cell(0, 1).text = "Lồng B"


def signature_table(d) -> None:
    """The borderless signature block: recipients on the left, signer on the right."""
    d.add_paragraph("Trên đây là báo cáo của Sở Thông tin và Truyền thông.")
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    left = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT."]
    right = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]
    for cell, lines, width in ((t.cell(0, 0), left, Cm(7.0)), (t.cell(0, 1), right, Cm(9.0))):
        cell.width = width
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for p in t.cell(0, 0).paragraphs:
        for r in p.runs:
            r.font.size = Pt(11)
    for p in t.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.bold = True


def long_table_docx(path: Path, rows: int = 70) -> Path:
    """A bordered table long enough to run over a page break, header row repeated."""
    d = _base_document()
    d.add_paragraph("Bảng tổng hợp chỉ tiêu")
    t = d.add_table(rows=rows + 1, cols=3)
    t.style = "Table Grid"
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W_NS}/>'))
    for c, text in zip(t.rows[0].cells, ("STT", "Đơn vị", "Kinh phí")):
        c.text = text
    for r in range(1, rows + 1):
        t.cell(r, 0).text = str(r)
        t.cell(r, 1).text = f"Huyện số {r}"
        t.cell(r, 2).text = f"{r} tỷ đồng"
    d.add_paragraph("Hết bảng.")
    d.save(path)
    return path


SCAN_LINES = [
    "BÁO CÁO THỰC TRẠNG CHUYỂN ĐỔI SỐ",
    "Năm 2024, tỉnh Quảng Ninh đã đầu tư 125 tỷ đồng cho hạ tầng",
    "số và triển khai dịch vụ công trực tuyến tại các huyện, thị xã.",
    "Tỷ lệ hồ sơ được xử lý trực tuyến đạt 85 phần trăm, tăng mạnh",
    "so với cùng kỳ năm trước; người dân và doanh nghiệp hài lòng.",
    "Chính quyền số được triển khai đồng bộ ở cả ba cấp hành chính.",
]


def scan_pdf(path: Path, lines=SCAN_LINES, dpi: int = 200, size_pt: float = 13) -> Path:
    """An image-only PDF page (no text layer) of `lines` drawn at `dpi`, like a clean scan."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", int(size_pt * dpi / 72))
    y = dpi
    for line in lines:
        draw.text((dpi, y), line, font=font, fill=0)
        y += int(size_pt * dpi / 72 * 1.7)
    img.save(path, resolution=dpi)
    return path


def encrypted_ooxml(path: Path, names: tuple[str, str] = ("EncryptionInfo", "EncryptedPackage")) -> Path:
    """An OLE2 compound file holding EncryptionInfo + EncryptedPackage streams: the shape of
    a password-protected .docx (the stream contents are dummies; only the shape matters).
    Other stream `names` give other OLE2 files (e.g. a broken Word 97 one)."""
    sec = 512
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)        # one FAT sector
    struct.pack_into("<I", header, 48, 1)        # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)     # mini stream cutoff
    struct.pack_into("<III", header, 60, end, 0, end)
    struct.pack_into("<I", header, 72, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = [free] * 128
    fat[0], fat[1] = fat_sect, end
    for start in (2, 10):                        # two 4096-byte streams, 8 sectors each
        for s in range(start, start + 7):
            fat[s] = s + 1
        fat[start + 7] = end

    def entry(name: str, kind: int, left=free, right=free, child=free, start=end, size=0):
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[: len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)

    directory = (entry("Root Entry", 5, child=1) + entry(names[0], 2, right=2, start=2, size=4096)
                 + entry(names[1], 2, start=10, size=4096) + bytes(128))
    body = struct.pack("<128I", *fat) + directory + b"\x01" * 4096 + b"\x02" * 4096
    path.write_bytes(bytes(header) + body)
    assert len(body) % sec == 0
    return path


TABLE_SCAN_BEFORE = "Kết quả thu hút khách du lịch của tỉnh được tổng hợp trong bảng sau:"
TABLE_SCAN_AFTER = "Các chỉ tiêu đều tăng so với cùng kỳ năm trước."
TABLE_SCAN_ROWS = [
    ["Chỉ tiêu", "Năm 2023", "Năm 2024"],
    ["Khách du lịch", None, None],                      # a title row merged over three columns
    ["Tổng lượt khách (nghìn lượt)", "1.250", "1.480"],
    ["Tốc độ tăng (%)", "15,2", "18,4"],
    ["Doanh thu (tỷ đồng)", "3.600", "4.125"],
]


def table_scan_pdf(path: Path, dpi: int = 200, angle: float = 0.3) -> Path:
    """A scanned page with a bordered table: python-docx -> LibreOffice PDF -> pdftoppm
    image (slightly rotated, as a page on a scanner bed) -> image-only PDF."""
    import subprocess
    import tempfile

    from PIL import Image

    from extractors.convert import convert

    d = _base_document()
    d.add_paragraph("BÁO CÁO KẾT QUẢ DU LỊCH").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(TABLE_SCAN_BEFORE)
    t = d.add_table(rows=len(TABLE_SCAN_ROWS), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(TABLE_SCAN_ROWS):
        if row[1] is None:
            t.cell(r, 0).merge(t.cell(r, 2)).text = row[0]
            continue
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph(TABLE_SCAN_AFTER)
    with tempfile.TemporaryDirectory(prefix="table-scan-") as tmp:
        tmp = Path(tmp)
        d.save(tmp / "bang.docx")
        pdf = convert(tmp / "bang.docx", tmp, "pdf", timeout_s=120)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(tmp / "page")], check=True, capture_output=True, timeout=120)
        img = Image.open(tmp / "page.png").convert("L")
        if angle:
            img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        img.save(path, "PDF", resolution=float(dpi))
    return path
