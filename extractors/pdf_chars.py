"""A PDF's text layer read with pdfium: characters with their boxes, font size and font
name, in the shape pdfplumber gives them (dicts with text, x0, x1, top, bottom, size,
fontname; top-down page coordinates in points), about ten times faster than pdfminer.

    pdf = open_pdf(path)          # pdfplumber-like: .pages, .metadata, .close()
    page = pdf.pages[0]           # .width, .height, .chars, .images, .close()

Boxes follow pdfminer's convention (what the layout code was tuned on): a character's
box starts at its origin and spans from its baseline up by the font size; its right
edge is the glyph's (pdfium's loose box), an italic overhang included. pdfium adds space
characters it infers between words; a space the PDF draws is kept, an inferred one is
kept only inside a line (as pdfminer keeps the drawn ones), never its inferred line
breaks. Bold comes from the font name, or from the font's weight when the name does
not say it (the name then gets ",Bold", the PDF convention for a bold TrueType face).

Ruled tables stay with pdfplumber's table finder (pdf_tables.py), fed with pdfium's
paths classified as pdfminer does (lines, rects, curves) and with these characters; it
runs only on a page with at least two vertical and two horizontal edges (fewer cannot
make a cell). A page whose paths sit in a form XObject is opened with pdfplumber itself."""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
# Imported here, not on first use: the parse fork server (isolation.py) preloads this
# module, so its children do not pay pdfplumber's import (~0.5 s) on a page with a table.
from pdfplumber.table import TableFinder
from pdfplumber.utils import obj_to_edges

_RULE = 2.0          # a path thinner than this (points) is a rule, not a box
_BOLD_WEIGHT = 600   # FPDFFont_GetWeight: 400 normal, 700 bold
# pdfium is not thread-safe: every call into it from this module (and the OCR renderer,
# ocr_parallel.py) holds this lock, so threads parsing PDFs in one process take turns.
PDFIUM_LOCK = threading.RLock()
_SOFT_HYPHEN = "\x02\ufffe"  # pdfium marks a hyphen that ends a line (per char / in bulk text)


def open_pdf(path: Path | str) -> "PdfChars":
    """Open a PDF; raises pdfium's error for a damaged or password-protected file."""
    return PdfChars(Path(path))


class PdfChars:
    def __init__(self, path: Path):
        self.path = path
        with PDFIUM_LOCK:
            self._pdf = pdfium.PdfDocument(str(path))
            self._plumber = None
            self.pages = [CharPage(self, i) for i in range(len(self._pdf))]
        self.closers: list = []   # called on close (the reader's OCR pool)

    @property
    def metadata(self) -> dict:
        try:
            with PDFIUM_LOCK:
                return {k: v for k, v in self._pdf.get_metadata_dict().items() if v}
        except Exception:  # a broken Info dictionary says nothing we need
            return {}

    def plumber_page(self, index: int):
        """The same page opened with pdfplumber (ruled tables), the file opened once."""
        if self._plumber is None:
            import pdfplumber

            self._plumber = pdfplumber.open(str(self.path))
        return self._plumber.pages[index]

    def close(self) -> None:
        for close in self.closers:
            close()
        with PDFIUM_LOCK:
            for p in self.pages:
                p.close()
            self._pdf.close()
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None


class CharPage:
    def __init__(self, doc: PdfChars, index: int):
        self._doc = doc
        self.index = index
        self.page_number = index + 1
        page = doc._pdf[index]
        left, bottom, right, top = page.get_mediabox()
        self._origin = (left, top)
        self.width = float(right - left)
        self.height = float(top - bottom)
        self._page = page
        self._chars: list[dict] | None = None
        self._images: list[dict] | None = None
        self._path_objs: list[dict] | None = None
        self._in_form = False
        self._plumber = None

    # -- characters ---------------------------------------------------------------
    @property
    def chars(self) -> list[dict]:
        if self._chars is None:
            with PDFIUM_LOCK:
                self._chars = read_chars(self._page, self._origin)
        return self._chars

    # -- images (for "is this a scan": text_layer.image_cover) -------------------------
    @property
    def images(self) -> list[dict]:
        if self._images is None:
            left, top = self._origin
            out = []
            with PDFIUM_LOCK:
                for obj in self._page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
                    x0, y0, x1, y1 = obj.get_bounds()
                    out.append({"x0": x0 - left, "x1": x1 - left, "top": top - y1, "bottom": top - y0})
            self._images = out
        return self._images

    # -- ruled tables: pdfplumber's table finder over pdfium's paths -------------------
    def _paths(self) -> list[dict] | None:
        """The page's painted paths as pdfplumber objects (lines, rects, curves), or None
        when a path sits inside a form XObject (its matrix is the form's: pdfplumber reads
        that page itself)."""
        if self._path_objs is None and not self._in_form:
            objs: list[dict] = []
            with PDFIUM_LOCK:
                for obj in self._page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=4):
                    if obj.level > 0:
                        self._in_form = True
                        return None
                    objs.extend(_path_objects(obj.raw, self._origin))
            self._path_objs = objs
        return self._path_objs

    def may_have_ruled_table(self) -> bool:
        """At least two vertical and two horizontal edges: fewer cannot make a cell."""
        paths = self._paths()
        if paths is None:
            return True
        v = h = 0
        for o in paths:
            if o["object_type"] == "line":
                v += o["x0"] == o["x1"]
                h += o["top"] == o["bottom"]
            else:
                v += 2
                h += 2
        return v >= 2 and h >= 2

    def _plumber_page(self):
        if self._plumber is None:
            self._plumber = self._doc.plumber_page(self.index)
        return self._plumber

    @property
    def lines(self) -> list:
        if not self.may_have_ruled_table():
            return []
        paths = self._paths()
        return self._plumber_page().lines if paths is None else [o for o in paths if o["object_type"] == "line"]

    @property
    def rects(self) -> list:
        if not self.may_have_ruled_table():
            return []
        paths = self._paths()
        return self._plumber_page().rects if paths is None else [o for o in paths if o["object_type"] == "rect"]

    def find_tables(self, settings=None) -> list:
        """pdfplumber's tables (its TableFinder, cell text by its extract_text) from edges
        and characters read by pdfium."""
        if not self.may_have_ruled_table():
            return []
        paths = self._paths()
        if paths is None:
            return self._plumber_page().find_tables(settings)
        return TableFinder(_TablePage(self, paths), settings).tables

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        if self._page is not None:
            self._page.close()
            self._page = None


def read_chars(page, origin: tuple[float, float] = (0.0, 0.0)) -> list[dict]:
    """The characters of one pypdfium2 page, in content order (see the module doc)."""
    left, top = origin
    textpage = page.get_textpage()
    try:
        return _chars(textpage.raw, left, top)
    finally:
        textpage.close()


def _chars(tp, left: float, top: float) -> list[dict]:
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    # All text in one call (UTF-16, one unit per char index); per-char calls only for geometry.
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    units = buf.raw[: max(got - 1, 0) * 2].decode("utf-16-le", "surrogatepass")
    if len(units) != n:
        units = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
    is_generated, get_box, get_origin = raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    get_obj = _GET_TEXT_OBJECT
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    p_rect, p_ox, p_oy = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
    # One font and size per text object: asked once per object, not per character.
    objs: dict[int, tuple[str, float]] = {}
    out: list[dict] = []
    prev = None
    for i in range(n):
        ch = units[i]
        if ch in "\r\n":
            continue
        # pdfium infers spaces and line breaks ("generated"); only a space can be one.
        generated = ch == " " and is_generated(tp, i)
        if generated and prev is None:
            continue
        get_box(tp, i, p_rect)
        get_origin(tp, i, p_ox, p_oy)
        bottom = top - oy.value
        if generated:
            # An inferred space: kept between two letters of one line only, its box the gap.
            c = {"text": " ", "x0": prev["x1"], "x1": max(prev["x1"], rect.right - left), "top": prev["top"],
                 "bottom": prev["bottom"], "size": prev["size"], "fontname": prev["fontname"], "generated": True}
            out.append(c)
            continue
        key = get_obj(tp, i) or 0
        font_size = objs.get(key)
        if font_size is None:
            font_size = objs[key] = (_font_name(key), raw.FPDFText_GetFontSize(tp, i))
        font, size = font_size
        if ch in _SOFT_HYPHEN:
            ch = "-"
        c = {"text": ch, "x0": ox.value - left, "x1": max(rect.right, ox.value) - left, "top": bottom - size, "bottom": bottom,
             "size": size, "fontname": font}
        if out and out[-1].get("generated"):
            sp = out[-1]
            if abs(sp["bottom"] - bottom) > 0.5 * size or c["x0"] < sp["x0"]:
                out.pop()   # the inferred space was a line break
            else:
                sp["x1"] = max(sp["x0"], c["x0"])
        out.append(c)
        prev = c
    if out and out[-1].get("generated"):
        out.pop()
    for c in out:
        c.pop("generated", None)
    return out


# FPDFText_GetTextObject returning the handle's address (an int, hashable) instead of a
# ctypes pointer: the per-object cache key costs no ctypes.cast per character.
_GET_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _font_name(obj: int) -> str:
    font = raw.FPDFTextObj_GetFont(ctypes.cast(obj, raw.FPDF_PAGEOBJECT)) if obj else None
    if not font:
        return ""
    buf = ctypes.create_string_buffer(256)
    size = raw.FPDFFont_GetBaseFontName(font, buf, 256)
    name = buf.raw[: max(size - 1, 0)].decode("utf-8", "replace")
    if "bold" not in name.lower() and raw.FPDFFont_GetWeight(font) >= _BOLD_WEIGHT:
        name += ",Bold"
    return name


class _TablePage:
    """What pdfplumber's TableFinder and Table.extract read from a page."""

    def __init__(self, page: CharPage, paths: list[dict]):
        self.bbox = (0.0, 0.0, page.width, page.height)
        # pdfplumber's order: line edges, then rect edges, then curve edges.
        order = {"line": 0, "rect": 1, "curve": 2}
        self.edges = [e for o in sorted(paths, key=lambda o: order[o["object_type"]]) for e in obj_to_edges(o)]
        self.chars = [dict(c, upright=True, doctop=c["top"]) for c in page.chars]


# pdfium path segment types -> pdfminer's path operators
_SEG_OP = {raw.FPDF_SEGMENT_MOVETO: "m", raw.FPDF_SEGMENT_LINETO: "l", raw.FPDF_SEGMENT_BEZIERTO: "c"}


def _path_objects(path, origin: tuple[float, float]) -> list[dict]:
    """One pdfium path object -> pdfplumber's line/rect/curve objects, classified as
    pdfminer does (converter.paint_path: one per subpath; "ml" a line, an axis-aligned
    closed "mlllh" a rect, anything else a curve through its segment end points)."""
    left, top = origin
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(path, m)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    bezier = 0
    for i in range(raw.FPDFPath_CountSegments(path)):
        seg = raw.FPDFPath_GetPathSegment(path, i)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = round(x.value, 4), round(y.value, 4)
        pt = (round(m.a * px + m.c * py + m.e, 4), round(m.b * px + m.d * py + m.f, 4))
        op = _SEG_OP.get(raw.FPDFPathSegment_GetType(seg), "l")
        if op == "m" or not subpaths:
            subpaths.append([("m", pt)])
        elif op == "c":
            bezier += 1
            if bezier % 3 == 0:          # pdfium gives a curve as 3 points; its end is the 3rd
                subpaths[-1].append(("c", pt))
        else:
            subpaths[-1].append((op, pt))
        if raw.FPDFPathSegment_GetClose(seg):
            subpaths[-1].append(("h", subpaths[-1][0][1]))
    out = []
    for sp in subpaths:
        shape = "".join(op for op, _ in sp)
        pts = [p for _, p in sp]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        kind = "curve"
        if shape in ("mlh", "ml"):
            kind, pts = "line", pts[:2]
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                     or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
                kind = "rect"
        elif len(pts) < 2:
            continue
        tpts = [(px - left, top - py) for px, py in pts]
        xs, ys = [p[0] for p in tpts], [p[1] for p in tpts]
        o = {"object_type": kind, "x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys),
             "doctop": min(ys), "y0": top - max(ys), "y1": top - min(ys)}
        o["width"], o["height"] = o["x1"] - o["x0"], o["bottom"] - o["top"]
        if kind != "rect":
            o["pts"] = tpts
        out.append(o)
    return out
