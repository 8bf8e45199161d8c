"""Pictures of printed pages: phone photos saved as a PDF, and a scan whose OCR text layer lies.

* ``phone_pdf``: each page is printed, laid on a desk and photographed with a phone: the sheet is
  tilted a few degrees and seen in perspective (keystone: the far edge is shorter), lit unevenly
  (a soft shadow across one side), surrounded by the darker desk, with a red round seal over the
  signature, saved as JPEG at quality 55-65 and collected into one PDF (one image per page, no text).
* ``ocr_scan_pdf``: the pages are scanned in grey and the scanner's software adds an invisible
  text layer by OCR without Vietnamese (``tesseract -l eng``: "Bao cao ket qua", "S6: 186/BC-UBND");
  the page PDFs are joined by pdfunite.

Both pin dates and ids so that a build gives the same bytes every time.
"""

from __future__ import annotations

import io
import math
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

from . import convert

FIXED_DATE = "2024-09-24 16:10:00"


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE), which maps each output pixel (x, y) to the
    input point ((a x + b y + c) / (g x + h y + 1), (d x + e y + f) / (g x + h y + 1)): solved from
    four output corners `dst` and the input corners `src` they show."""
    import numpy as np

    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def _red_seal(im, x: float, y: float, dpi: int):
    """A red round office seal (two rings, a star, a ring of lettering strokes) pressed over the
    signature at (x, y) pixels, multiplied into the page so the ink under it shows through."""
    import numpy as np
    from PIL import Image, ImageDraw

    cm = dpi / 2.54
    mask = Image.new("L", im.size, 0)
    d = ImageDraw.Draw(mask)
    for r, w in ((1.9 * cm, max(3, int(0.09 * cm))), (1.4 * cm, max(2, int(0.05 * cm)))):
        d.ellipse([x - r, y - r, x + r, y + r], outline=255, width=w)
    r1, r2 = 0.55 * cm, 0.22 * cm
    d.polygon([(x + (r1 if k % 2 == 0 else r2) * math.sin(k * math.pi / 5),
                y - (r1 if k % 2 == 0 else r2) * math.cos(k * math.pi / 5)) for k in range(10)], fill=255)
    for k in range(60):
        a = 2 * math.pi * k / 60
        if 0.38 < a / (2 * math.pi) < 0.62 and k % 2:
            continue
        d.line([(x + 1.5 * cm * math.sin(a), y - 1.5 * cm * math.cos(a)),
                (x + 1.78 * cm * math.sin(a), y - 1.78 * cm * math.cos(a))], fill=210, width=max(2, int(0.05 * cm)))
    arr = np.asarray(im.convert("RGB"), dtype=np.float32)
    a = (np.asarray(mask, dtype=np.float32) / 255.0 * 0.8)[..., None]
    red = np.array([205.0, 35.0, 45.0])
    arr = arr * (1 - a) + (arr / 255.0 * red) * a
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def _photo(page, rng, *, tilt: float, keystone: float, dpi: int):
    """One phone photo of a printed page (RGB)."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = page.size
    margin_x, margin_y = int(w * 0.09), int(h * 0.07)
    W, H = w + 2 * margin_x, h + 2 * margin_y
    # where the sheet's corners land in the photo: rotated by `tilt`, the top edge shortened by
    # `keystone` (phone held below the page, tilted away), shifted a little off centre
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.015, 0.015) * H
    k = keystone / 2
    corners = [(-w / 2 * (1 - k), -h / 2), (w / 2 * (1 - k), -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    corners = [(x * 0.97, y * 0.97) for x, y in corners]
    t = math.radians(tilt)
    dst = [(cx + x * math.cos(t) - y * math.sin(t), cy + x * math.sin(t) + y * math.cos(t)) for x, y in corners]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective_coeffs(dst, src)
    paper = Image.new("RGB", (w, h))
    sheet = page.convert("RGB")
    warped = sheet.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    inside = paper.point(lambda _: 255).convert("L").transform((W, H), Image.PERSPECTIVE, coeffs,
                                                               resample=Image.BILINEAR, fillcolor=0)
    # the desk: dark grey-brown with a coarse texture
    desk = rng.normal(0, 6, (H // 8 + 1, W // 8 + 1, 1)) + np.array([92.0, 80.0, 70.0])
    desk = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB").resize((W, H), Image.BICUBIC)
    photo = Image.composite(warped, desk, inside)
    arr = np.asarray(photo, dtype=np.float32)
    # light: warm white balance, brighter towards one corner, a soft shadow across one side
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 - 0.16 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy + 0.5)
    side = rng.choice([0, 1])
    edge = (xx / W) if side else (1 - xx / W)
    shadow = 1.0 - 0.30 / (1 + np.exp((edge - 0.22) * 18))            # the phone's shadow
    arr = arr * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.90])
    arr += rng.normal(0, 3.0, arr.shape)                               # sensor noise
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    return im


def phone_pdf(pdf: Path, out: Path, *, dpi: int = 170, seed: int = 0, tilts: tuple[float, ...] = (3.0,),
              keystone: float = 0.05, quality: int = 60, stamp: str | None = None) -> Path:
    """Phone photos of the printed `pdf`, one JPEG image per PDF page. `tilts` (degrees) per page,
    cycled; `stamp` (the signer's name) puts a red seal over the signature on its page."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    box = convert._stamp_box(pdf, stamp) if stamp else None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"],
                       check=True, capture_output=True, timeout=300)
        photos = []
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"))):
            page = Image.open(png).convert("RGB")
            if box and box[0] == i:
                k = dpi / 72
                page = _red_seal(page, (box[1] - 8) * k, (box[2] - 62) * k, dpi)
            im = _photo(page, rng, tilt=tilts[i % len(tilts)], keystone=keystone, dpi=dpi)
            buf = io.BytesIO()                                          # the phone's own JPEG
            im.save(buf, "JPEG", quality=quality)
            photos.append(Image.open(io.BytesIO(buf.getvalue())))
    t = time.strptime(FIXED_DATE, "%Y-%m-%d %H:%M:%S")
    photos[0].save(out, "PDF", save_all=True, append_images=photos[1:], resolution=float(dpi),
                   quality=quality, title="", author="", producer="CamScanner", creator="CamScanner",
                   creationDate=t, modDate=t)
    return out


def ocr_scan_pdf(pdf: Path, out: Path, *, dpi: int = 200, seed: int = 0, skew: float = 0.4,
                 quality: int = 45, stamp: str | None = None, lang: str = "eng") -> Path:
    """A grey scan of the printed `pdf` with the scanner's invisible OCR text layer in `lang`
    (tesseract's PDF renderer: the page image and glyphless text in render mode 3)."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    box = convert._stamp_box(pdf, stamp) if stamp else None
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}          # one thread: the same OCR on every build
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"],
                       check=True, capture_output=True, timeout=300)
        parts = []
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"))):
            im = Image.open(png).convert("L")
            if box and box[0] == i:
                k = dpi / 72
                im = convert._draw_stamp(im, (box[1] - 8) * k, (box[2] - 62) * k, dpi)
            im = im.rotate(float(rng.uniform(-skew, skew)), resample=Image.BICUBIC, fillcolor=255, expand=False)
            arr = np.asarray(im, dtype=np.int16) - 10 + rng.normal(0, 3.0, im.size[::-1]).astype(np.int16)
            im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.4))
            jpg = Path(tmp) / f"scan-{i:03d}.jpg"
            im.save(jpg, "JPEG", quality=quality, dpi=(dpi, dpi))
            base = Path(tmp) / f"ocr-{i:03d}"
            subprocess.run(["tesseract", str(jpg), str(base), "-l", lang, "pdf"], check=True,
                           capture_output=True, timeout=300, env=env)
            parts.append(base.with_suffix(".pdf"))
        subprocess.run(["pdfunite", *map(str, parts), str(out)], check=True, capture_output=True, timeout=300)
    _pin_dates(out)
    convert._pin_trailer_id(out)
    return out


def _pin_dates(path: Path) -> None:
    """Fixed creation/modification dates, same length, so the xref offsets stay valid."""
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240924161000", data)
    path.write_bytes(data)
