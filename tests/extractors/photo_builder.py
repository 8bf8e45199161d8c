"""A phone photo of a printed page, made from a real page: the page on a darker desk,
tilted and in perspective (keystone), a shadow across it, a red stamp, sensor noise and
JPEG compression at quality ~60, saved as a one-page PDF as phone scanner apps do."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def photograph(page: Image.Image, *, tilt_deg: float = 4.0, keystone: float = 0.06, shadow: float = 0.45,
               quality: int = 60, seed: int = 7, surround: bool = True) -> Image.Image:
    """The page as a phone would photograph it (RGB); without `surround`, framed tight
    inside the sheet (no desk in view, the sheet's corners cut off)."""
    rng = np.random.default_rng(seed)
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.12), int(h * 1.10)
    # Page corners on the photo: narrower at the top (keystone), rotated by tilt_deg.
    cx, cy = W / 2, H / 2
    half_w, half_h = w * 0.47, h * 0.47
    corners = [(-half_w * (1 - keystone), -half_h), (half_w * (1 - keystone), -half_h),
               (half_w, half_h), (-half_w, half_h)]
    a = np.deg2rad(tilt_deg)
    dst = [(cx + x * np.cos(a) - y * np.sin(a), cy + x * np.sin(a) + y * np.cos(a)) for x, y in corners]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    desk = Image.new("RGB", (W, H), (92, 80, 70))
    warped = page.transform((W, H), Image.PERSPECTIVE, _perspective_coeffs(dst, src), Image.BICUBIC,
                            fillcolor=(92, 80, 70))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    desk.paste(warped, (0, 0), mask)
    # A red stamp (a ring with a star) low on the page, over whatever is printed there.
    draw = ImageDraw.Draw(desk)
    sx, sy, r = int(W * 0.68), int(H * 0.86), int(w * 0.08)
    draw.ellipse((sx - r, sy - r, sx + r, sy + r), outline=(200, 30, 40), width=max(3, r // 12))
    draw.ellipse((sx - r * 0.7, sy - r * 0.7, sx + r * 0.7, sy + r * 0.7), outline=(200, 30, 40), width=2)
    arr = np.asarray(desk).astype(np.float32)
    # A shadow: light falling off towards one corner, and a soft warm cast.
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.0 - shadow * np.clip((xx / W * 0.6 + yy / H * 0.8) - 0.3, 0, 1)
    arr = arr * light[..., None] * np.array([1.0, 0.97, 0.92], np.float32)
    arr += rng.normal(0, 4.0, arr.shape).astype(np.float32)
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if not surround:
        xs, ys = sorted(x for x, _ in dst), sorted(y for _, y in dst)
        photo = photo.crop((int(xs[1]) + 10, int(ys[1]) + 10, int(xs[2]) - 10, int(ys[2]) - 10))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def photo_pdf(page: Image.Image, path: Path, dpi: int = 200, **kw) -> Path:
    """`page` photographed and saved as a one-page PDF at `dpi`."""
    photograph(page, **kw).save(path, "PDF", resolution=dpi, quality=quality_of(kw))
    return path


def quality_of(kw: dict) -> int:
    return int(kw.get("quality", 60))
