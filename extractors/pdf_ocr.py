"""OCR of PDF pages that have no usable text layer: render with pdfium (pdftoppm as a
fallback) at Limits.ocr_dpi, read with Tesseract via pytesseract.image_to_data, and turn
its word boxes into Lines in PDF points so the text-PDF paragraph logic applies."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import ExtractionError
from .pdf_layout import Line, Segment
from .settings import Limits


def render_page(path: Path, page_index: int, dpi: int):
    """The page as a greyscale PIL image at `dpi` (page_index is 0-based)."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[page_index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            return image
        finally:
            pdf.close()
    except ImportError:
        pass
    from PIL import Image

    if not shutil.which("pdftoppm"):
        raise ExtractionError("ocr_failed", "no PDF renderer (pypdfium2 or pdftoppm) is installed")
    with tempfile.TemporaryDirectory(prefix="report-etl-ocr-") as tmp:
        out = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page_index + 1),
                        "-l", str(page_index + 1), "-singlefile", str(path), str(out)],
                       check=True, capture_output=True, timeout=120)
        return Image.open(f"{out}.png").copy()


def ocr_page_lines(image, page_no: int, dpi: int, limits: Limits) -> list[Line]:
    """OCR one page image into Lines (coordinates in points), each with word confidences."""
    import pytesseract

    try:
        data = pytesseract.image_to_data(image, lang=limits.ocr_language, config="--psm 3",
                                         output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError) as exc:
        raise ExtractionError("ocr_failed", f"Tesseract could not read page {page_no}: {exc}") from exc
    scale = 72.0 / dpi
    grouped: dict[tuple, list[int]] = {}
    for i, word in enumerate(data["text"]):
        if not word or not word.strip() or float(data["conf"][i]) < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(i)
    lines = []
    for key, idx in grouped.items():
        idx.sort(key=lambda i: data["left"][i])
        x0 = min(data["left"][i] for i in idx) * scale
        x1 = max(data["left"][i] + data["width"][i] for i in idx) * scale
        top = min(data["top"][i] for i in idx) * scale
        bottom = max(data["top"][i] + data["height"][i] for i in idx) * scale
        text = " ".join(data["text"][i].strip() for i in idx)
        # Word boxes span ascender to descender (~1.2 x the font size); use the median.
        heights = sorted(data["height"][i] for i in idx)
        size = round(heights[len(heights) // 2] * scale / 1.2, 1)
        segs = _segments(data, idx, scale, size)
        lines.append(Line(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=max(size, 4.0),
                          page=page_no, segments=segs,
                          confidences=[float(data["conf"][i]) for i in idx]))
    lines.sort(key=lambda l: (round(l.top), l.x0))
    return lines


def _segments(data: dict, idx: list[int], scale: float, size: float) -> list[Segment]:
    segs: list[Segment] = []
    for i in idx:
        x0 = data["left"][i] * scale
        x1 = (data["left"][i] + data["width"][i]) * scale
        if segs and x0 - segs[-1].x1 <= 2.5 * size:
            segs[-1].x1, segs[-1].text = x1, f"{segs[-1].text} {data['text'][i].strip()}"
        else:
            segs.append(Segment(x0, x1, data["text"][i].strip()))
    return segs
