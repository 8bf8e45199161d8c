"""Phone photos of printed pages (dewarp.py, pdf_ocr.py): a real report page with a
ruled statistics table, photographed (tilt, keystone, shadow, stamp, noise, JPEG ~60) and
saved as a PDF, gives its table back as TABLE/TABLE_ROW blocks with the text layer's rows,
columns and figures; the same page flat and the existing scans are read as before."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from extractors import BlockKind, Limits, extract
from extractors.pdf_ocr import _straighten_photo, render_page

from .photo_builder import photo_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inbox"
HANOI = SAMPLES / "HaNoi_BC-UBND_quangba-TTDN_3836.pdf"   # page 2: a 5 x 6 ruled statistics table
LIMITS = Limits(ocr_dpi=300)
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")

pytestmark = pytest.mark.slow


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def table_cells(doc) -> dict[tuple[int, int], str]:
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1, [b.text for b in doc.blocks]
    return {(c.row, c.col): norm(c.text) for c in tables[0].cells}


@pytest.fixture(scope="module")
def expected() -> dict[tuple[int, int], str]:
    """The table as the sample's own text layer gives it."""
    doc = extract(HANOI)
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE and b.page == 2]
    return {(c.row, c.col): norm(c.text) for c in tables[0].cells}


@pytest.fixture(scope="module")
def page_image(tmp_path_factory) -> Image.Image:
    tmp = tmp_path_factory.mktemp("photo")
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "2", "-l", "2", "-singlefile", str(HANOI),
                    str(tmp / "page")], check=True, capture_output=True, timeout=120)
    return Image.open(tmp / "page.png").convert("RGB")


def check_table(doc, expected) -> float:
    got = table_cells(doc)
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    n_rows = 1 + max(r for r, _ in expected)
    n_cols = 1 + max(c for _, c in expected)
    assert n_rows == 5 and n_cols == 6
    assert [b.row for b in rows] == list(range(n_rows))
    assert all(len(b.cells) == n_cols for b in rows)
    assert set(got) == set(expected)
    # The key figures: the two years' columns, every data row, exact.
    for r in range(1, n_rows):
        for c in (2, 3):
            assert _NUMBER.match(expected[(r, c)]) and got[(r, c)] == expected[(r, c)], (r, c, got)
    return sum(got[k] == v for k, v in expected.items()) / len(expected)


@pytest.mark.parametrize("tilt, keystone, seed, surround", [(4.0, 0.06, 7, True), (-6.0, 0.08, 2, True),
                                                             (2.0, 0.05, 5, False)])
def test_photographed_table_comes_back(tmp_path, page_image, expected, tilt, keystone, seed, surround):
    """On a desk (the sheet is cut out and straightened first) or framed tight inside
    the sheet (no outline to find: the table's own frame is straightened)."""
    path = photo_pdf(page_image, tmp_path / "anh_chup.pdf", tilt_deg=tilt, keystone=keystone, seed=seed,
                     surround=surround)
    doc = extract(path, LIMITS)
    assert doc.ocr_used and doc.format == "pdf_scanned"
    assert check_table(doc, expected) >= 0.9
    # The text around the table is read too, and the table's words are not in it twice.
    prose = " ".join(b.text for b in doc.blocks if b.kind not in (BlockKind.TABLE, BlockKind.TABLE_ROW))
    assert "Kết quả đạt được" in prose and "ƯU ĐIỂM" in prose
    assert "275,9" not in prose and "Triệu lượt" not in prose


def test_same_page_flat_gives_the_same_table(tmp_path, page_image, expected):
    path = tmp_path / "flat.pdf"
    page_image.convert("L").save(path, "PDF", resolution=200)
    grey = np.asarray(render_page(path, 0, LIMITS.ocr_dpi).convert("L"))
    assert _straighten_photo(grey, LIMITS.ocr_dpi) is None     # a flat page takes the scan path
    assert check_table(extract(path, LIMITS), expected) >= 0.95


def test_existing_scans_are_not_taken_for_photos():
    """Scans are evenly lit and have no surround: their pages are read exactly as before."""
    scans = [p for p in sorted(SAMPLES.glob("*scan*.pdf"))]
    assert len(scans) >= 5
    for path in scans:
        import pypdfium2 as pdfium

        n = len(pdfium.PdfDocument(str(path)))
        for i in range(n):
            grey = np.asarray(render_page(path, i, LIMITS.ocr_dpi).convert("L"))
            assert _straighten_photo(grey, LIMITS.ocr_dpi) is None, (path.name, i + 1)
