"""Phone photos of printed pages: uneven light, the page as a quadrilateral on a desk,
tilt and keystone. Three steps, each cheap and each a no-op on a flat scan:

- flatten_light: divide the page by its own background (a large closing of the image),
  so a shadow does not turn half the page dark under one global threshold;
- find_page_quad / warp_quad: the bright paper on a darker surround, straightened to a
  rectangle (a perspective warp: straight rules stay straight, and become level);
- find_table_quads: a ruled table's frame, found as one large sparse ink component whose
  hull is a quadrilateral, so its own perspective can be undone before its grid is read
  (ocr_tables.py needs rules along pixel rows and columns).

OpenCV does the image work; lengths are in inches times the dpi."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_BACKGROUND_IN = 0.35      # closing size that removes print but keeps light changes
_UNEVEN_LIGHT = 40         # grey levels of background spread that mean a photo
_PAGE_MIN_SHARE = 0.35     # the paper covers at least this share of the photo
_PAGE_MAX_SHARE = 0.97     # ... and leaves some surround (else the photo is the page)
_TABLE_MIN_W_IN, _TABLE_MIN_H_IN = 1.5, 0.5
_TABLE_MAX_FILL = 0.3      # a frame of rules is mostly empty inside


@dataclass
class Quad:
    """Four corners (x, y) in pixels: top-left, top-right, bottom-right, bottom-left."""
    corners: np.ndarray   # shape (4, 2), float32

    @property
    def size(self) -> tuple[int, int]:
        """Width and height of the rectangle it straightens to (mean of opposite sides)."""
        tl, tr, br, bl = self.corners
        w = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
        h = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
        return int(round(w)), int(round(h))

    @property
    def box(self) -> tuple[int, int, int, int]:
        xs, ys = self.corners[:, 0], self.corners[:, 1]
        return int(xs.min()), int(ys.min()), int(np.ceil(xs.max())), int(np.ceil(ys.max()))


def _order(points: np.ndarray) -> np.ndarray:
    """Corners in the order TL, TR, BR, BL (by x+y and y-x)."""
    pts = points.reshape(-1, 2).astype(np.float32)
    s, d = pts.sum(axis=1), pts[:, 1] - pts[:, 0]
    return np.array([pts[s.argmin()], pts[d.argmin()], pts[s.argmax()], pts[d.argmax()]], np.float32)


def background(grey: np.ndarray, dpi: int) -> np.ndarray:
    """The paper's brightness without the print: a closing (max then min filter) wider
    than any letter, done at a quarter of the resolution."""
    import cv2

    f = 4
    small = cv2.resize(grey, (max(1, grey.shape[1] // f), max(1, grey.shape[0] // f)), interpolation=cv2.INTER_AREA)
    k = max(3, int(_BACKGROUND_IN * dpi / f) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    bg = cv2.GaussianBlur(bg, (k, k), 0)
    return cv2.resize(bg, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)


def uneven_light(grey: np.ndarray, dpi: int) -> bool:
    """True when the paper's brightness varies as under a shadow (a scanner lights evenly)."""
    bg = background(grey, dpi)
    lo, hi = np.percentile(bg, [5, 95])
    return hi - lo > _UNEVEN_LIGHT


def flatten_light(grey: np.ndarray, dpi: int) -> np.ndarray:
    """The page divided by its background: paper white everywhere, print keeps its contrast."""
    bg = background(grey, dpi).astype(np.float32)
    out = grey.astype(np.float32) / np.maximum(bg, 1.0) * 255.0
    return np.clip(out, 0, 255).astype(np.uint8)


def find_page_quad(grey: np.ndarray) -> Quad | None:
    """The paper's outline in a photo, if it is a quadrilateral leaving a surround (a
    scan or a cropped photo has none). The print is closed away first, and edges are
    taken on the log of the brightness: paper against desk is the same ratio in light
    and in shadow, while a shadow itself changes the brightness only slowly."""
    import cv2

    f = max(1, grey.shape[1] // 800)
    small = cv2.resize(grey, (grey.shape[1] // f, grey.shape[0] // f), interpolation=cv2.INTER_AREA)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    logged = np.log1p(paper.astype(np.float32))
    logged = cv2.normalize(logged, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    logged = cv2.GaussianBlur(logged, (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(logged, 40, 120), np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=lambda c: cv2.contourArea(cv2.convexHull(c)))
    share = cv2.contourArea(cv2.convexHull(c)) / float(small.shape[0] * small.shape[1])
    if not _PAGE_MIN_SHARE <= share <= _PAGE_MAX_SHARE:
        return None
    quad = _four_corners(c)
    if quad is None or not _square_enough(quad):
        return None
    return Quad(quad * f)


def _square_enough(corners: np.ndarray, tolerance_deg: float = 20.0) -> bool:
    """Every corner within tolerance of a right angle: a photographed sheet, not a shape
    cut by a shadow."""
    for i in range(4):
        a, b, c = corners[i - 1], corners[i], corners[(i + 1) % 4]
        u, v = a - b, c - b
        cos = float(np.dot(u, v) / max(np.linalg.norm(u) * np.linalg.norm(v), 1e-6))
        if abs(np.degrees(np.arccos(np.clip(cos, -1, 1))) - 90) > tolerance_deg:
            return False
    return True


def _four_corners(contour) -> np.ndarray | None:
    """A contour's convex hull reduced to four corners, if it is close to a quadrilateral."""
    import cv2

    hull = cv2.convexHull(contour)
    peri = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            break
    else:
        return None
    if cv2.contourArea(approx) < 0.9 * cv2.contourArea(hull):
        return None
    return _order(approx)


def warp_quad(grey: np.ndarray, quad: Quad, margin: int = 0, fill: int = 255) -> tuple[np.ndarray, np.ndarray]:
    """The quadrilateral straightened to its rectangle (plus `margin` pixels round it);
    returns the image and the homography from the source to it."""
    import cv2

    w, h = quad.size
    dst = np.array([[margin, margin], [margin + w, margin], [margin + w, margin + h], [margin, margin + h]],
                   np.float32)
    m = cv2.getPerspectiveTransform(quad.corners.astype(np.float32), dst)
    out = cv2.warpPerspective(grey, m, (w + 2 * margin, h + 2 * margin), flags=cv2.INTER_CUBIC,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
    return out, m


def find_table_quads(dark: np.ndarray, dpi: int) -> list[Quad]:
    """Frames of ruled tables: large ink components that are mostly empty inside (rules,
    not a photo or a block of text) and whose hull is a quadrilateral. Their rules need
    not be level or full length."""
    import cv2

    ink = dark.astype(np.uint8)
    # Close one-pixel breaks in thin rules (JPEG, light print).
    ink = cv2.dilate(ink, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    quads = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < _TABLE_MIN_W_IN * dpi or h < _TABLE_MIN_H_IN * dpi or area > _TABLE_MAX_FILL * w * h:
            continue
        if w > 0.98 * dark.shape[1] and h > 0.98 * dark.shape[0]:
            continue   # the photo's surround, not a table
        mask = (labels[y:y + h, x:x + w] == i).astype(np.uint8)
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        corners = _four_corners(max(contours, key=cv2.contourArea)) if contours else None
        if corners is None:
            continue
        quads.append(Quad(corners + np.array([x, y], np.float32)))
    return sorted(quads, key=lambda q: q.box[1])
