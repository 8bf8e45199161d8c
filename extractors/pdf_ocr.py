"""OCR of PDF pages that have no usable text layer: render with pdfium (pdftoppm as a
fallback) at Limits.ocr_dpi, deskew, read ruled tables cell by cell (ocr_tables.py), blank
them out, read the rest with Tesseract via pytesseract.image_to_data, and turn its word
boxes into Lines in PDF points so the text-PDF paragraph logic applies.

Word boxes run from the highest accent to the lowest descender, so their height says
little about the font size on its own ("ra" vs "Tiếng"); the size is estimated from each
word's height and the vertical extent its letters should have, which keeps the lines of
one paragraph at one size and lets them join."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractionError
from .ocr_tables import OcrTable, binarize, estimate_skew, find_grids, line_masks, read_tables
from .pdf_layout import Line, Segment
from .settings import Limits


@dataclass
class PageOcr:
    lines: list[Line] = field(default_factory=list)
    tables: list[OcrTable] = field(default_factory=list)

    @property
    def confidences(self) -> list[float]:
        return [c for l in self.lines for c in l.confidences] + [c for t in self.tables for c in t.confidences]


def ocr_page(image, page_no: int, dpi: int, limits: Limits) -> PageOcr:
    """One page image -> text Lines and ruled tables (bbox in points). A phone photo
    (uneven light, paper on a surround) is straightened and evened out first (dewarp.py);
    the page is deskewed (rules must run along pixel rows to be found); the table areas
    are blanked before the text OCR so their words do not come back as paragraphs."""
    import numpy as np
    from PIL import Image

    grey = drop_red_ink(image, dpi)
    image = Image.fromarray(grey)
    photo = _straighten_photo(grey, dpi)
    if photo is not None:
        grey = photo
        image = Image.fromarray(grey)
    dark = binarize(grey)
    angle = estimate_skew(dark, 8.0 if photo is not None else 2.0)
    if abs(angle) >= 0.05:
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        grey = np.asarray(image)
        dark = binarize(grey)
    try:
        tables, frames = [], []
        if photo is not None:   # rules bent by perspective: each table straightened on its own
            tables, frames = _read_framed_tables(grey, dark, page_no, dpi, limits.ocr_language)
        if not tables:
            h_mask, v_mask = line_masks(dark, dpi)
            grids = find_grids(dark, h_mask, v_mask, dpi)
            tables = read_tables(grey, dark, h_mask, v_mask, grids, page_no, dpi, limits.ocr_language) if grids else []
    except Exception as exc:  # pytesseract errors, as for the page text below
        raise ExtractionError("ocr_failed", f"Tesseract could not read a table on page {page_no}: {exc}") from exc
    if tables:
        blank = grey.copy()
        m = max(2, dpi // 100)
        if frames:
            import cv2

            for quad in frames:
                cv2.fillPoly(blank, [quad.corners.round().astype(np.int32)], 255)
                cv2.polylines(blank, [quad.corners.round().astype(np.int32)], True, 255, thickness=4 * m)
        else:
            for t in tables:
                x0, y0, x1, y1 = t.pixel_box
                blank[max(y0 - m, 0):y1 + m + 1, max(x0 - m, 0):x1 + m + 1] = 255
        image = Image.fromarray(blank)
    return PageOcr(lines=ocr_page_lines(image, page_no, dpi, limits), tables=tables)


def drop_red_ink(image, dpi: int):
    """The page in grey with red ink taken out: an office seal is red by law (Nghị định
    30/2020/NĐ-CP) and is pressed over the signature block, where its rings and star would
    hide the signer's position from Tesseract and pass for a small ruled table. As a
    scanner's "red drop-out": a red pixel whose red channel is near the paper's brightness
    is seal only and becomes paper; one dark in red too has black ink under the seal and
    keeps it (its red channel). Blended in by how red the pixel is; black, grey, blue ink
    and a warm white balance are left as they are, and a grey page comes back unchanged."""
    import cv2
    import numpy as np

    from .dewarp import background

    colour = image.info.get("colour", image)      # render_page: the grey page, its colour beside it
    if colour.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return np.asarray(image.convert("L"))
    rgb = np.asarray(colour.convert("RGB"))
    grey = np.asarray(image.convert("L"))
    r = rgb[..., 0].astype(np.float32)
    redness = r - np.maximum(rgb[..., 1], rgb[..., 2]).astype(np.float32)
    # averaged over a few pixels: sensor and JPEG colour noise is per pixel, a seal's
    # stroke is wider
    k = max(3, dpi // 100) | 1
    redness = cv2.blur(redness, (k, k))
    if float(redness.max()) < _RED_FROM:
        return grey
    weight = np.clip((redness - _RED_FROM) / float(_RED_FULL - _RED_FROM), 0.0, 1.0)
    # JPEG keeps colour at half resolution: a stroke's grey edge is less red than its
    # middle, so the weight reaches a few pixels out (black ink there keeps its red channel)
    weight = cv2.dilate(weight, np.ones((k, k), np.uint8))
    paper = background(grey, dpi).astype(np.float32)
    target = np.where(r >= _INK_UNDER * paper, np.maximum(paper, grey), r)
    out = grey * (1.0 - weight) + target * weight
    return np.clip(out, 0, 255).astype(np.uint8)


# Red minus the larger of green and blue, in grey levels: a phone's warm white balance
# gives paper ~5-15, seal ink on paper 100+ (paper taken for red only becomes paper).
_RED_FROM, _RED_FULL = 25, 50
# A red pixel darker than this share of the paper in its red channel has black ink under it.
_INK_UNDER = 0.6


def _straighten_photo(grey, dpi: int):
    """A phone photo's page, cut out of its surround, straightened and evenly lit; None
    for a scan (even light, no surround), which is left exactly as it was."""
    from .dewarp import find_page_quad, flatten_light, uneven_light, warp_quad

    quad = find_page_quad(grey)
    if quad is None and not uneven_light(grey, dpi):
        return None
    if quad is not None:
        grey, _ = warp_quad(grey, quad, fill=255)
    return flatten_light(grey, dpi)


def _read_framed_tables(grey, dark, page_no: int, dpi: int, lang: str):
    """Tables whose frame is a quadrilateral (not a rectangle): each frame is warped to
    its rectangle and its grid read there. Returns the tables (bbox and pixel_box are the
    frame's bounds on the page) and the frames, for blanking."""
    from .dewarp import find_table_quads, warp_quad

    tables, frames = [], []
    margin = max(4, dpi // 30)
    for quad in find_table_quads(dark, dpi):
        crop, _ = warp_quad(grey, quad, margin=margin)
        crop_dark = binarize(crop)
        h_mask, v_mask = line_masks(crop_dark, dpi)
        grids = find_grids(crop_dark, h_mask, v_mask, dpi)
        if not grids:
            continue
        found = read_tables(crop, crop_dark, h_mask, v_mask, grids[:1], page_no, dpi, lang)
        if not found:
            continue
        x0, y0, x1, y1 = quad.box
        scale = 72.0 / dpi
        for t in found:
            t.bbox = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
            t.pixel_box = (x0, y0, x1, y1)
        tables.extend(found)
        frames.append(quad)
    return tables, frames


def render_page(path: Path, page_index: int, dpi: int):
    """The page as a greyscale PIL image at `dpi` (page_index is 0-based); a page with
    red on it carries its colour rendering in image.info["colour"]."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[page_index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            # in colour too where the page has colour: red seals are taken out by their
            # colour before OCR (drop_red_ink); the grey page stays pdfium's own
            colour = page.render(scale=dpi / 72).to_pil() if _has_colour(page) else None
            page.close()
            if colour is not None:
                image.info["colour"] = colour
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


def _has_colour(page) -> bool:
    """Any red on the page, judged on a small colour render (cheap next to OCR)."""
    import numpy as np

    small = np.asarray(page.render(scale=36 / 72).to_pil().convert("RGB")).astype(np.int16)
    return bool(((small[..., 0] - small[..., 1:].max(axis=2)) > _RED_FULL).any())


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
        size = round(statistics.median(data["height"][i] * scale / _extent(data["text"][i]) for i in idx), 1)
        segs = _segments(data, idx, scale, size)
        lines.append(Line(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=max(size, 4.0),
                          page=page_no, segments=segs,
                          confidences=[float(data["conf"][i]) for i in idx]))
    lines.sort(key=lambda l: (round(l.top), l.x0))
    return _merge_same_line(lines)


def _merge_same_line(lines: list[Line]) -> list[Line]:
    """Tesseract lines of one visual line (it may put the two halves of a line in two
    blocks) become one Line with their segments, as a text PDF gives them."""
    out: list[Line] = []
    for line in lines:
        for prev in reversed(out[-3:]):
            overlap = min(prev.bottom, line.bottom) - max(prev.top, line.top)
            if (overlap >= 0.6 * min(prev.height, line.height)
                    and (line.x0 >= prev.x1 or line.x1 <= prev.x0)):
                first, second = (prev, line) if prev.x0 < line.x0 else (line, prev)
                merged = Line(text=f"{first.text} {second.text}", x0=first.x0, x1=max(first.x1, second.x1),
                              top=min(first.top, second.top), bottom=max(first.bottom, second.bottom),
                              size=round((first.size * len(first.text) + second.size * len(second.text))
                                         / max(len(first.text) + len(second.text), 1), 1),
                              page=line.page, segments=first.segments + second.segments,
                              confidences=first.confidences + second.confidences)
                out[out.index(prev)] = merged
                break
        else:
            out.append(line)
    return out


_ASCENDING = set("bdfhklt0123456789đ()/[]{}%$&!?|#@\"'“”‘’*^")
_DESCENDING = set("gjpqy()[]{}|,;")
_BELOW = "\u0323"  # dot below (ạ, ệ, ộ ...)


def _extent(word: str) -> float:
    """How tall (in em) the box of `word` should be in a serif font: x-height 0.46,
    ascenders and capitals 0.68, a tone mark adds ~0.26 (two stacked marks ~0.3, on a
    capital 0.22); descenders reach 0.22 below the baseline, a dot below 0.17."""
    top, bottom = 0.46, 0.0
    for ch in word:
        nfd = unicodedata.normalize("NFD", ch)
        base, marks = nfd[0], nfd[1:]
        above = [m for m in marks if unicodedata.combining(m) and m not in (_BELOW, "\u031b")]
        if base.isupper() or base in _ASCENDING:
            t = 0.68 + (0.22 if above else 0.0)
        elif base == "i":
            t = 0.72 if above else 0.68
        elif base == "t":
            t = 0.58
        elif base.isalpha():
            t = 0.46 + (0.26 if len(above) == 1 else 0.30 if len(above) >= 2 else 0.0)
        else:
            t = 0.46
        top = max(top, t)
        if base in _DESCENDING:
            bottom = min(bottom, -0.15 if base in ",;" else -0.22)
        if _BELOW in marks:
            bottom = min(bottom, -0.17)
    # Calibrated on 12-13 pt Times scans: the estimate runs ~5% high without this.
    return (top - bottom) * 1.05


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
