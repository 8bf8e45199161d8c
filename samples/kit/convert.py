"""Derive the other formats from a rendered .docx: LibreOffice (pdf, doc, odt) and a scan."""

from __future__ import annotations

import os
import time
import shutil
import subprocess
import tempfile
from pathlib import Path

# per process: a second LibreOffice on the same profile would hand its files to the first one
PROFILE = f"file:///tmp/report_etl_samples_lo_profile_{os.getpid()}"
TARGETS = {"pdf": "pdf:writer_pdf_Export", "doc": 'doc:MS Word 97', "odt": "odt",
           "rtf": "rtf:Rich Text Format"}


def soffice(files: list[Path], target: str, outdir: Path) -> list[Path]:
    """Convert all `files` in one LibreOffice run; returns the converted paths (same stems)."""
    if not files:
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--norestore",
           "--convert-to", TARGETS[target], "--outdir", str(outdir), *map(str, files)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    out = [outdir / f"{f.stem}.{target}" for f in files]
    missing = [p for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not produce {missing}")
    return out


def pdf_pages(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def _stamp_box(pdf: Path, near: str) -> tuple[int, float, float, float]:
    """(page index, x0, top, bottom) in points of the last line on a page that starts with the
    words of `near` (the signer's name), searching from the last page."""
    import pdfplumber

    first = near.split()[0]
    with pdfplumber.open(pdf) as doc:
        for i in range(len(doc.pages) - 1, -1, -1):
            words = doc.pages[i].extract_words()
            for k in range(len(words) - 1, -1, -1):
                if words[k]["text"] == first:
                    return i, words[k]["x0"], words[k]["top"], words[k]["bottom"]
    raise ValueError(f"stamp anchor {near!r} not found in {pdf}")


def _draw_stamp(im, x: float, y: float, dpi: int):
    """A round office seal printed in red and scanned in grey: two rings and a star, centred at
    (x, y) pixels, blended into the page so the text under it stays visible."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw

    cm = dpi / 2.54
    mask = Image.new("L", im.size, 0)
    d = ImageDraw.Draw(mask)
    for r, w in ((1.9 * cm, max(3, int(0.09 * cm))), (1.4 * cm, max(2, int(0.05 * cm)))):
        d.ellipse([x - r, y - r, x + r, y + r], outline=255, width=w)
    r1, r2 = 0.55 * cm, 0.22 * cm
    star = [(x + (r1 if k % 2 == 0 else r2) * math.sin(k * math.pi / 5),
             y - (r1 if k % 2 == 0 else r2) * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=255)
    for k in range(48):                      # the seal's lettering, as a ring of short strokes
        a = 2 * math.pi * k / 48
        if 0.35 < a / (2 * math.pi) < 0.65 and k % 3:
            continue
        rr0, rr1 = 1.5 * cm, 1.78 * cm
        d.line([(x + rr0 * math.sin(a), y - rr0 * math.cos(a)), (x + rr1 * math.sin(a), y - rr1 * math.cos(a))],
               fill=190, width=max(2, int(0.04 * cm)))
    arr = np.asarray(im, dtype=np.float32)
    a = np.asarray(mask, dtype=np.float32) / 255.0 * 0.7
    arr = arr * (1 - a) + 125.0 * a
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def scan(pdf: Path, out: Path, *, dpi: int = 200, seed: int = 0, skew: float = 0.35,
         angle: float | None = None, stamp: str | None = None) -> Path:
    """An image-only PDF that looks like a scan of the printed `pdf`: rasterised pages in
    grey, slightly rotated, with paper noise; no text layer. `stamp` (the signer's name) puts a
    grey round seal over the left part of the signature block; `angle` (degrees) tilts every page by
    about that much (±10% of `skew` around it) instead of a random tilt within ±`skew`."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    box = _stamp_box(pdf, stamp) if stamp else None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"],
                       check=True, capture_output=True, timeout=300)
        pages = []
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"))):
            im = Image.open(png).convert("L")
            if box and box[0] == i:
                k = dpi / 72
                im = _draw_stamp(im, (box[1] - 8) * k, (box[2] - 62) * k, dpi)
            tilt = float(rng.uniform(-skew, skew))
            if angle is not None:
                tilt = angle + tilt / 10
            im = im.rotate(tilt, resample=Image.BICUBIC, fillcolor=255, expand=False)
            arr = np.asarray(im, dtype=np.int16)
            arr = arr - 8 + rng.normal(0, 2.5, arr.shape).astype(np.int16)   # grey paper + noise
            im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            pages.append(im)
    t = time.strptime("2024-09-20 15:30:00", "%Y-%m-%d %H:%M:%S")
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  quality=50, title="", author="", producer="Scanner", creator="Scanner",
                  creationDate=t, modDate=t)
    return out


def mixed(pdf: Path, out: Path, scan_pages: list[int], *, dpi: int = 200, seed: int = 0,
          skew: float = 0.35) -> Path:
    """A text PDF in which the pages `scan_pages` (1-based; negative counts from the end) are
    replaced by scanned images of themselves (no text layer), as when a signed page is scanned
    and merged back into the exported file."""
    import numpy as np
    from PIL import Image, ImageFilter

    n = pdf_pages(pdf)
    wanted = sorted({p if p > 0 else n + 1 + p for p in scan_pages})
    rng = np.random.default_rng(seed)
    t = time.strptime("2024-09-20 15:30:00", "%Y-%m-%d %H:%M:%S")
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for page in range(1, n + 1):
            part = Path(tmp) / f"part-{page:03d}.pdf"
            if page in wanted:
                subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page),
                                "-singlefile", str(pdf), f"{tmp}/scan-{page:03d}"],
                               check=True, capture_output=True, timeout=300)
                im = Image.open(f"{tmp}/scan-{page:03d}.png").convert("L")
                im = im.rotate(float(rng.uniform(-skew, skew)), resample=Image.BICUBIC, fillcolor=255,
                               expand=False)
                arr = np.asarray(im, dtype=np.int16)
                arr = arr - 8 + rng.normal(0, 2.5, arr.shape).astype(np.int16)
                im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.4))
                im.save(part, "PDF", resolution=float(dpi), quality=50, title="", author="", producer="Scanner",
                        creator="Scanner", creationDate=t, modDate=t)
            else:
                subprocess.run(["pdfseparate", "-f", str(page), "-l", str(page), str(pdf), str(part)],
                               check=True, capture_output=True, timeout=300)
            parts.append(part)
        subprocess.run(["pdfunite", *map(str, parts), str(out)], check=True, capture_output=True, timeout=300)
    _pin_trailer_id(out)
    return out


def unite(pdfs: list[Path], out: Path) -> Path:
    """One PDF of the pages of `pdfs` in order (e.g. a cover letter and its report), pinned."""
    subprocess.run(["pdfunite", *map(str, pdfs), str(out)], check=True, capture_output=True, timeout=300)
    _pin_trailer_id(out)
    return out


def _pin_trailer_id(path: Path) -> None:
    """pdfunite writes a random binary /ID in the last trailer; replace it by a fixed one. The
    trailer follows the xref table, so its length may change without moving any offset."""
    data = path.read_bytes()
    start = data.rindex(b"trailer")
    i = data.index(b"/ID", start) + 3
    while data[i:i + 1] in b" \r\n":
        i += 1
    assert data[i:i + 1] == b"["
    j, depth, strings = i + 1, 0, 0
    while strings < 2:                      # two literal strings "(...)", with escapes and nesting
        c = data[j:j + 1]
        if c == b"\\":
            j += 2
            continue
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if depth == 0:
                strings += 1
        j += 1
    j = data.index(b"]", j) + 1
    path.write_bytes(data[:i] + b"[<" + b"0" * 32 + b"> <" + b"0" * 32 + b">]" + data[j:])


def pin_rtf(path: Path) -> None:
    """Make a LibreOffice RTF reproducible: fixed \\creatim/\\revtim/\\printim stamps."""
    import re

    data = path.read_bytes()
    stamp = rb"\yr2024\mo9\dy20\hr8\min0"
    data = re.sub(rb"(\\(?:creatim|revtim|printim))(\\yr\d+\\mo\d+\\dy\d+\\hr\d+\\min\d+)",
                  lambda m: m.group(1) + stamp, data)
    path.write_bytes(data)


def copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def pin_pdf(path: Path) -> None:
    """Make a LibreOffice PDF reproducible: fixed creation date and document ID, replaced in
    place with strings of the same length so that the xref offsets stay valid."""
    import re

    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}[^)]*\)",
                  lambda m: m.group(0)[:16] + b"20240920080000" + m.group(0)[30:], data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def pin_zip(path: Path) -> None:
    """Rewrite a zip package (.odt) with fixed member timestamps and revision-save ids (Rsid),
    same order and compression."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    members = [(i, re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048576", d)
                if i.filename == "settings.xml" else d) for i, d in members]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            new = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 20, 8, 0, 0))
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            z.writestr(new, data)
