"""Ruled tables on a scanned page image, found without OpenCV: the page is binarised
(Otsu) and deskewed, long horizontal / vertical dark runs give the ruling lines, lines
that touch each other make one table, their positions the row and column boundaries,
and a boundary line missing between two grid units merges them into one spanning cell.
Each cell is cropped inside its borders, the ruling pixels whitened, and read by
Tesseract on its own (psm 7 for one text line, 6 for several), so a table comes out as
cells with row/col instead of flat, garbled lines.

All lengths are in inches times the dpi, so 200 and 300 dpi scans behave alike."""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .model import Cell
from .pdf_tables import PdfTable
from .text import clean

# Minimal lengths (inches) of a run of dark pixels to count as a ruling line; letter
# stems of body text are shorter than the vertical minimum.
_H_MIN_IN = 0.2
_V_MIN_IN = 0.15
_DARK_SHARE = 0.9          # share of dark pixels in such a run (scans break thin lines)
_TOUCH_IN = 0.035          # how far a line end may stop short of the line it meets
_CELL_DPI = 450            # cells are read at this resolution
_CELL_MARGIN = 20          # white pixels around a cell's ink
_SURE = 80                 # word confidence under which a cell is read a second way
_COVER = 0.6               # share of a grid unit's side a border must cover to separate it
# The smallest table: a framed box smaller than this is a mark (a seal's star and rings, a
# checkbox), not a table of figures.
_MIN_W_IN, _MIN_H_IN = 0.6, 0.25


@dataclass
class OcrTable(PdfTable):
    """A table read from a page image; bbox in PDF points like text-PDF tables."""
    confidences: list[float] = field(default_factory=list)
    pixel_box: tuple[int, int, int, int] = (0, 0, 0, 0)    # x0, y0, x1, y1 in the image

    @property
    def confidence(self) -> float | None:
        return round(sum(self.confidences) / len(self.confidences), 2) if self.confidences else None


@dataclass
class Grid:
    """Row and column boundaries (pixels) of one ruled table and its cells as unit ranges."""
    ys: list[int]
    xs: list[int]
    cells: list[tuple[int, int, int, int]]  # row, col, row_span, col_span

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


# ----------------------------------------------------------------------------- image

def binarize(grey: np.ndarray) -> np.ndarray:
    """Dark pixels (True) by Otsu's threshold, kept within sane bounds for paper scans."""
    return grey < threshold_of(grey)


def threshold_of(grey: np.ndarray) -> int:
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    omega = np.cumsum(hist) / total
    mu = np.cumsum(hist * np.arange(256)) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma = (mu[-1] * omega - mu) ** 2 / (omega * (1 - omega))
    t = int(np.nanargmax(sigma)) if np.isfinite(sigma).any() else 128
    return min(max(t, 90), 200)


def estimate_skew(dark: np.ndarray, max_deg: float = 2.0) -> float:
    """The rotation (degrees, PIL's counter-clockwise sense) that makes text lines and
    rules horizontal: the angle whose row profile is sharpest, searched coarse then fine
    on a reduced image."""
    from PIL import Image

    f = max(1, dark.shape[1] // 800)
    small = dark[: dark.shape[0] // f * f, : dark.shape[1] // f * f]
    small = small.reshape(small.shape[0] // f, f, small.shape[1] // f, f).any(axis=(1, 3))
    if small.sum() < 100:
        return 0.0
    im = Image.fromarray((small * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rows = np.asarray(im.rotate(angle, resample=Image.NEAREST), dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    if max_deg > 2.0:  # a photo's tilt: a coarse pass first keeps the search cheap
        best = max(np.arange(-max_deg, max_deg + 1e-9, 0.5), key=score)
        best = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1), key=score)
    else:
        best = max(np.arange(-max_deg, max_deg + 1e-9, 0.1), key=score)
    best = max(np.arange(best - 0.1, best + 0.1 + 1e-9, 0.02), key=score)
    return float(round(best, 2))


def _run_mask(dark: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels lying in a window of `length` along `axis` that is at least _DARK_SHARE dark."""
    n = dark.shape[axis]
    if length >= n:
        return np.zeros_like(dark)
    c = np.cumsum(dark, axis=axis, dtype=np.int32)
    c = np.concatenate([np.zeros_like(c.take([0], axis=axis)), c], axis=axis)
    win = c.take(np.arange(length, n + 1), axis=axis) - c.take(np.arange(0, n - length + 1), axis=axis)
    good = (win >= _DARK_SHARE * length).astype(np.int32)
    g = np.cumsum(good, axis=axis, dtype=np.int32)
    g = np.concatenate([np.zeros_like(g.take([0], axis=axis)), g], axis=axis)
    idx = np.arange(n)
    hi = np.minimum(idx, n - length) + 1
    lo = np.maximum(idx - length + 1, 0)
    return (g.take(hi, axis=axis) - g.take(lo, axis=axis)) > 0


def line_masks(dark: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical ruling-line pixels. A one-pixel wobble (residual
    skew, a thin line split over two pixel rows) is absorbed by OR-ing neighbours. Above
    200 dpi the runs are looked for at half resolution (2x2 cells pooled), which halves
    the cost and still finds a 0.5 pt rule."""
    f = 2 if dpi >= 250 else 1
    src = dark
    if f > 1:
        hh, ww = dark.shape[0] // f * f, dark.shape[1] // f * f
        src = dark[:hh, :ww].reshape(hh // f, f, ww // f, f).any(axis=(1, 3))
    d = dpi / f
    h_src = src.copy()
    h_src[1:] |= src[:-1]
    v_src = src.copy()
    v_src[:, 1:] |= src[:, :-1]
    h = _run_mask(h_src, max(int(_H_MIN_IN * d), 8), axis=1) & src
    v = _run_mask(v_src, max(int(_V_MIN_IN * d), 8), axis=0) & src
    if f > 1:
        full = []
        for m in (h, v):
            big = np.zeros_like(dark)
            big[:m.shape[0] * f, :m.shape[1] * f] = np.repeat(np.repeat(m, f, axis=0), f, axis=1)
            full.append(big & dark)
        h, v = full
    return h, v


def _segments(mask: np.ndarray, min_len: int, max_thick: int) -> list[list[int]]:
    """Connected horizontal runs of `mask` as [x0, x1, y0, y1] (inclusive), rows merged
    when their runs overlap; runs shorter than min_len and bands thicker than max_thick
    (filled areas, photos, stamps) are not ruling lines."""
    segs: list[list[int]] = []
    active: list[list[int]] = []
    for y in np.flatnonzero(mask.any(axis=1)):
        active = [s for s in active if s[3] >= y - 2]
        d = np.diff(np.concatenate([[0], mask[y].astype(np.int8), [0]]))
        for x0, x1 in zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1) - 1):
            if x1 - x0 + 1 < min_len:
                continue
            for s in active:
                if x0 <= s[1] and x1 >= s[0]:
                    s[0], s[1], s[3] = min(s[0], int(x0)), max(s[1], int(x1)), int(y)
                    break
            else:
                s = [int(x0), int(x1), int(y), int(y)]
                segs.append(s)
                active.append(s)
    return [s for s in segs if s[3] - s[2] + 1 <= max_thick and s[1] - s[0] + 1 >= min_len]


# ----------------------------------------------------------------------------- grid

def find_grids(dark: np.ndarray, h_mask: np.ndarray, v_mask: np.ndarray, dpi: int) -> list[Grid]:
    """Ruled tables: ruling lines that touch make one table; at least two rows or columns
    of cells are needed (a framed paragraph is not a table)."""
    thick = max(5, int(0.035 * dpi))
    h_segs = _segments(h_mask, int(_H_MIN_IN * dpi), thick)
    v_segs = [[s[2], s[3], s[0], s[1]] for s in _segments(v_mask.T, int(_V_MIN_IN * dpi), thick)]  # x0,x1,y0,y1
    if len(h_segs) < 2 or len(v_segs) < 2:
        return []
    tol = max(3, int(_TOUCH_IN * dpi))
    segs = [("h", s) for s in h_segs] + [("v", s) for s in v_segs]
    parent = list(range(len(segs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (ki, a) in enumerate(segs):
        if ki != "h":
            continue
        for j, (kj, b) in enumerate(segs):
            if kj == "v" and b[0] - tol <= a[1] and b[1] + tol >= a[0] and b[2] - tol <= a[3] and b[3] + tol >= a[2]:
                parent[find(i)] = find(j)
    groups: dict[int, list] = {}
    for i, s in enumerate(segs):
        groups.setdefault(find(i), []).append(s)
    grids = []
    for members in groups.values():
        hs = [s for k, s in members if k == "h"]
        vs = [s for k, s in members if k == "v"]
        if len(hs) < 2 or len(vs) < 2:
            continue
        grid = _grid(hs, vs, h_mask, v_mask, dpi)
        if grid is not None:
            grids.append(grid)
    return sorted(grids, key=lambda g: g.ys[0])


def _cluster(values: list[float], tol: float) -> list[int]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [int(round(sum(c) / len(c))) for c in out]


def _grid(hs, vs, h_mask, v_mask, dpi) -> Grid | None:
    tol = max(3, int(_TOUCH_IN * dpi))
    x0, x1 = min(s[0] for s in hs), max(s[1] for s in hs)
    y0, y1 = min(s[2] for s in vs), max(s[3] for s in vs)
    min_gap = max(int(0.08 * dpi), 6)  # double rules are one boundary
    xs = _cluster([(s[0] + s[1]) / 2 for s in vs] + [x0, x1], min_gap)
    ys = _cluster([(s[2] + s[3]) / 2 for s in hs] + [y0, y1], min_gap)
    if len(xs) < 2 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) < 2:
        return None
    if xs[-1] - xs[0] < _MIN_W_IN * dpi or ys[-1] - ys[0] < _MIN_H_IN * dpi:
        return None
    nr, nc = len(ys) - 1, len(xs) - 1

    def v_border(x: int, ya: int, yb: int) -> bool:
        band = v_mask[ya + tol: yb - tol + 1, max(x - tol, 0): x + tol + 1]
        return band.size > 0 and band.any(axis=1).mean() >= _COVER

    def h_border(y: int, xa: int, xb: int) -> bool:
        band = h_mask[max(y - tol, 0): y + tol + 1, xa + tol: xb - tol + 1]
        return band.size > 0 and band.any(axis=0).mean() >= _COVER

    parent = list(range(nr * nc))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not v_border(xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr and not h_border(ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            groups.setdefault(find(r * nc + c), []).append((r, c))
    cells = []
    for units in groups.values():
        r0, r1 = min(u[0] for u in units), max(u[0] for u in units)
        c0, c1 = min(u[1] for u in units), max(u[1] for u in units)
        cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    if len(cells) < 2:
        return None
    cells.sort()
    return Grid(ys=ys, xs=xs, cells=cells)


# ----------------------------------------------------------------------------- cells

def _cell_images(grey: np.ndarray, dark: np.ndarray, lines: np.ndarray, box, dpi: int,
                 threshold: int) -> list:
    """The cell's inside cut to its ink, ruling pixels whitened, scaled to ~450 dpi and
    framed in white: binarised first (Tesseract's LSTM reads a lone "7,2" far more
    reliably so), the grey crop as a second opinion. [] for an empty cell."""
    from PIL import Image

    x0, y0, x1, y1 = box
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    ink = dark[y0:y1, x0:x1] & ~lines[y0:y1, x0:x1]
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if ink.sum() < max(12, int((dpi / 100) ** 2 * 4)) or rows.size == 0:
        return []
    ry0, ry1, rx0, rx1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    g = grey[y0:y1, x0:x1].copy()
    g[lines[y0:y1, x0:x1] | ~_near(ink)] = 255   # no rules, no specks away from the text
    g = g[ry0:ry1, rx0:rx1]
    scale = _CELL_DPI / dpi
    im = Image.fromarray(g)
    im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))), Image.LANCZOS)
    # Thresholded after scaling, so the letters keep smooth edges.
    bw = im.point(lambda v: 0 if v < threshold else 255)
    out = []
    for one in (bw, im):
        framed = Image.new("L", (one.width + 2 * _CELL_MARGIN, one.height + 2 * _CELL_MARGIN), 255)
        framed.paste(one, (_CELL_MARGIN, _CELL_MARGIN))
        out.append(framed)
    return out


def _near(ink: np.ndarray) -> np.ndarray:
    """Pixels within two of an ink pixel (keeps the grey fringe of the letters)."""
    out = ink.copy()
    for _ in range(2):
        grown = out.copy()
        grown[1:] |= out[:-1]
        grown[:-1] |= out[1:]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def _read(image, psm: int, lang: str) -> tuple[str, list[float]]:
    import pytesseract

    data = pytesseract.image_to_data(image, lang=lang, config=f"--psm {psm}",
                                     output_type=pytesseract.Output.DICT)
    words = [i for i, w in enumerate(data["text"]) if w and w.strip() and float(data["conf"][i]) >= 0]
    lines: dict[tuple, list[int]] = {}
    for i in words:
        lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    ordered = sorted(lines.values(), key=lambda ix: min(data["top"][i] for i in ix))
    text = "\n".join(" ".join(data["text"][i].strip() for i in sorted(ix, key=lambda i: data["left"][i]))
                     for ix in ordered)
    return text, [float(data["conf"][i]) for i in words]


def _ocr_cell(images: list, lang: str) -> tuple[str, list[float]]:
    """psm 6 (a block of text) on the binarised crop; a doubtful read (a word under
    _SURE confidence) is read again as one raw line and from the grey crop, and the most
    confident reading wins."""
    best = _read(images[0], 6, lang)
    if best[1] and min(best[1]) >= _SURE:
        return best
    tries = [best]
    tries.append(_read(images[1], 6, lang))
    return max(tries, key=lambda t: (sum(t[1]) / len(t[1]) if t[1] else -1))


# A number the cell's width broke inside a thousands group: "1.210.50" over "0".
_BROKEN_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*\.(\d{0,2}))\n(\d{1,3})(?![\d.,]*\d)")


def join_broken_numbers(text: str) -> str:
    """A long number wrapped in a narrow column comes back whole: the line break falls
    inside a thousands group (its digits on both lines make exactly three), which a line
    break between two values never does."""
    def join(m: re.Match) -> str:
        if len(m.group(2)) + len(m.group(3)) != 3:
            return m.group(0)
        return m.group(1) + m.group(3)
    return _BROKEN_NUMBER.sub(join, text)


def read_tables(grey: np.ndarray, dark: np.ndarray, h_mask: np.ndarray, v_mask: np.ndarray,
                grids: list[Grid], page_no: int, dpi: int, lang: str) -> list[OcrTable]:
    """OCR every cell of every grid (in parallel: each cell is one Tesseract run)."""
    threshold = threshold_of(grey)
    # Ruling pixels: line-mask pixels near a row or column boundary of a grid only (letter
    # stems inside a cell can look like short rules and must stay), with their fringe.
    tol = max(3, int(_TOUCH_IN * dpi))
    lines = np.zeros_like(dark)
    for g in grids:
        x0, y0, x1, y1 = g.box
        for y in g.ys:
            sl = np.s_[max(y - tol, 0):y + tol + 1, max(x0 - tol, 0):x1 + tol + 1]
            lines[sl] |= h_mask[sl]
        for x in g.xs:
            sl = np.s_[max(y0 - tol, 0):y1 + tol + 1, max(x - tol, 0):x + tol + 1]
            lines[sl] |= v_mask[sl]
    grown = lines.copy()
    grown[1:] |= lines[:-1]
    grown[:-1] |= lines[1:]
    grown[:, 1:] |= lines[:, :-1]
    grown[:, :-1] |= lines[:, 1:]
    jobs = []
    for g in grids:
        for (r, c, rs, cs) in g.cells:
            pad = max(2, dpi // 100)
            box = (g.xs[c] + pad, g.ys[r] + pad, g.xs[c + cs] - pad, g.ys[r + rs] - pad)
            jobs.append((g, (r, c, rs, cs), _cell_images(grey, dark, grown, box, dpi, threshold)))
    work = [(i, ims) for i, (_, _, ims) in enumerate(jobs) if ims]
    results: dict[int, tuple[str, list[float]]] = {}
    if work:
        with ThreadPoolExecutor(max_workers=max(1, min(len(work), os.cpu_count() or 1))) as pool:
            for i, res in zip([w[0] for w in work], pool.map(lambda w: _ocr_cell(w[1], lang), work)):
                results[i] = res
    scale = 72.0 / dpi
    tables = []
    for g in grids:
        cells, confs = [], []
        for i, (gg, (r, c, rs, cs), _) in enumerate(jobs):
            if gg is not g:
                continue
            text, cf = results.get(i, ("", []))
            confs.extend(cf)
            cells.append(Cell(text=join_broken_numbers(clean(text, keep_newlines=True)), row=r, col=c,
                              row_span=rs, col_span=cs))
        x0, y0, x1, y1 = g.box
        if not any(c.text for c in cells):
            continue
        tables.append(OcrTable(page=page_no, bbox=(x0 * scale, y0 * scale, x1 * scale, y1 * scale),
                               cells=cells, confidences=confs, pixel_box=(x0, y0, x1, y1)))
    return tables
