"""A phone photo made differently from test_ocr_photo.py's: a page typed here (python-docx ->
LibreOffice -> PDF), whose ruled table has a narrow "TT" column, wrapped header cells and a
signed change column in the middle, signed with a red office seal pressed over the signer's
position, photographed tilted the other way with a stronger keystone. The table's grid and
the position under the seal both come back; the seal is no table."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from PIL import Image, ImageDraw

from extractors import BlockKind, Limits, extract
from extractors.ocr_tables import join_broken_numbers
from extractors.pdf_ocr import drop_red_ink

from .builders import _base_document
from .photo_builder import photo_pdf

pytestmark = pytest.mark.slow

ROWS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022", "Tăng (+), giảm (-) (%)", "9 tháng năm 2023"],
    ["1", "Khách du lịch quốc tế", "Lượt", "38.400", "52.750", "+37,4", "61.200"],
    ["2", "Doanh thu lữ hành", "Tỷ đồng", "284", "263", "-7,4", "315"],
    ["3", "Tin, bài trên báo nước ngoài", "Bài", "126", "149", "+18,3", "97"],
    ["4", "Dự án FDI cấp mới", "Dự án", "17", "23", "+35,3", "12"],
]
SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vũ Thành Trung"]
DPI = 200


def _report_pdf(tmp: Path) -> Path:
    from extractors.convert import convert

    d = _base_document()
    d.add_paragraph("3. Kết quả thực hiện").runs[0].bold = True
    d.add_paragraph("Kết quả một số chỉ tiêu chủ yếu so với cùng kỳ được tổng hợp tại bảng dưới đây.")
    t = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    t.style = "Table Grid"
    t.autofit = False
    for c, width in enumerate((0.9, 4.6, 1.6, 1.9, 1.9, 2.3, 2.3)):
        for r, row in enumerate(ROWS):
            cell = t.cell(r, c)
            cell.width = Cm(width)
            cell.text = row[c]
    d.add_paragraph("Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân tỉnh./.")
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    right = sig.cell(0, 1)
    right.text = SIGNER[0]
    for line in SIGNER[1:]:
        right.add_paragraph(line)
    for p in right.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in p.runs:
            run.bold = True
    d.save(tmp / "bao_cao.docx")
    return convert(tmp / "bao_cao.docx", tmp, "pdf", timeout_s=120)


def _red_seal(page: Image.Image, x: float, y: float) -> Image.Image:
    """A round office seal in red ink (rings, a star, a ring of lettering strokes) pressed
    on the paper: multiplied into it, so the black print under it stays black."""
    cm = DPI / 2.54
    mask = Image.new("L", page.size, 0)
    d = ImageDraw.Draw(mask)
    for r, w in ((1.8 * cm, 6), (1.35 * cm, 3)):
        d.ellipse([x - r, y - r, x + r, y + r], outline=255, width=w)
    d.polygon([(x + (0.5 if k % 2 == 0 else 0.2) * cm * math.sin(k * math.pi / 5),
                y - (0.5 if k % 2 == 0 else 0.2) * cm * math.cos(k * math.pi / 5)) for k in range(10)], fill=255)
    for k in range(40):
        a = 2 * math.pi * k / 40
        d.line([(x + 1.45 * cm * math.sin(a), y - 1.45 * cm * math.cos(a)),
                (x + 1.7 * cm * math.sin(a), y - 1.7 * cm * math.cos(a))], fill=230, width=3)
    arr = np.asarray(page.convert("RGB"), dtype=np.float32)
    a = (np.asarray(mask, dtype=np.float32) / 255.0 * 0.85)[..., None]
    arr = arr * (1 - a) + arr / 255.0 * np.array([210.0, 40.0, 50.0]) * a
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


@pytest.fixture(scope="module")
def sealed_page(tmp_path_factory) -> Image.Image:
    import pdfplumber

    tmp = tmp_path_factory.mktemp("seal")
    pdf = _report_pdf(tmp)
    with pdfplumber.open(pdf) as doc:
        words = doc.pages[0].extract_words()
    kt = next(w for w in words if w["text"] == "KT.")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(tmp / "page")], check=True, capture_output=True, timeout=120)
    page = Image.open(tmp / "page.png").convert("RGB")
    k = DPI / 72
    # over the left half of "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", as offices press it
    return _red_seal(page, kt["x0"] * k, (kt["bottom"] + 8) * k)


@pytest.fixture(scope="module")
def photo_doc(sealed_page, tmp_path_factory):
    path = photo_pdf(sealed_page, tmp_path_factory.mktemp("photo") / "anh_chup.pdf", tilt_deg=-3.5,
                     keystone=0.1, seed=11, quality=55, shadow=0.35)
    return extract(path, Limits(ocr_dpi=300))


def test_the_table_grid_comes_back_from_the_photo(photo_doc):
    tables = [b for b in photo_doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1, [b.text for b in tables]          # the seal is no table
    got = {(c.row, c.col): re.sub(r"\s+", " ", c.text).strip() for c in tables[0].cells}
    assert 1 + max(r for r, _ in got) == len(ROWS) and 1 + max(c for _, c in got) == len(ROWS[0])
    for r in range(1, len(ROWS)):
        for c in (3, 4, 5, 6):                                  # every figure, the signed change too
            assert got[(r, c)] == ROWS[r][c], (r, c, got)
    assert got[(2, 5)].startswith("-") and got[(1, 5)].startswith("+")


def test_the_position_under_the_red_seal_is_read(photo_doc):
    from nlp.context import Context
    from nlp.header import extract_header
    from storage.record import DocumentInfo

    text = "\n".join(b.text for b in photo_doc.blocks if b.kind != BlockKind.TABLE)
    assert "PHÓ CHỦ TỊCH" in text and "Vũ Thành Trung" in text
    ctx = Context(document=photo_doc, info=DocumentInfo(sha256="0" * 64, file_name=photo_doc.file_name,
                                                        format=photo_doc.format, pages=1))
    extract_header(ctx)
    assert (ctx.info.signer.position, ctx.info.signer.name) == ("Phó Chủ tịch", "Vũ Thành Trung")


def test_red_ink_is_dropped_and_black_ink_under_it_kept(sealed_page):
    grey = np.asarray(sealed_page.convert("L"))
    dropped = drop_red_ink(sealed_page, DPI)
    rgb = np.asarray(sealed_page).astype(int)
    red = (rgb[..., 0] - np.maximum(rgb[..., 1], rgb[..., 2])) > 80
    black = rgb.max(axis=2) < 60
    assert red.sum() > 1000 and black.sum() > 1000
    assert np.median(dropped[red]) > 200                        # the seal became paper
    assert np.median(dropped[black]) < 60                       # print, under the seal too, stays
    plain = Image.fromarray(grey)
    assert np.array_equal(drop_red_ink(plain, DPI), grey)       # a grey page is left as it was


@pytest.mark.parametrize("text, whole", [("1.210.50\n0", "1.210.500"), ("52.\n750", "52.750"),
                                         ("612,4\n5", "612,4\n5"), ("4.950\n21", "4.950\n21"),
                                         ("Triệu\nUSD", "Triệu\nUSD")])
def test_a_number_broken_by_a_narrow_cell_is_joined(text, whole):
    assert join_broken_numbers(text) == whole
