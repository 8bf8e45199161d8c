"""Bordered tables in text PDFs via pdfplumber's find_tables (ruling lines), with cell
spans recovered from the cell boxes, and tables continued on the next page joined."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Cell
from .text import clean

_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
          "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}


@dataclass
class PdfTable:
    page: int
    bbox: tuple[float, float, float, float]   # x0, top, x1, bottom
    cells: list[Cell]
    row_pages: dict[int, int] = field(default_factory=dict)  # row -> page, once joined
    index: int | None = None                                  # table_index once emitted
    last_page: int = 0                                        # last page it runs onto

    @property
    def n_rows(self) -> int:
        return max((c.row + c.row_span for c in self.cells), default=0)

    def row_texts(self, r: int) -> list[str]:
        return [c.text for c in sorted(self.cells, key=lambda c: c.col) if c.row == r]

    @property
    def col_starts(self) -> list[int]:
        return sorted({c.col for c in self.cells})


def find_tables(page, page_no: int) -> list[PdfTable]:
    """Bordered tables on a pdfplumber page. Pages without ruling lines are skipped
    quickly; text-aligned (borderless) tables are left as text on purpose, because the
    text strategy also turns ordinary two-column prose into false tables."""
    if not (page.lines or page.rects):
        return []
    out = []
    for table in page.find_tables(_LINES):
        rows = table.extract()
        boxes = [b for row in table.rows for b in row.cells if b is not None]
        if len(boxes) < 2:
            continue
        xs = _edges([b[0] for b in boxes] + [b[2] for b in boxes])
        ys = _edges([b[1] for b in boxes] + [b[3] for b in boxes])
        cells = []
        for i, row in enumerate(table.rows):
            for j, box in enumerate(row.cells):
                if box is None:
                    continue
                text = rows[i][j] if i < len(rows) and j < len(rows[i]) else ""
                c0, c1 = _index(xs, box[0]), _index(xs, box[2])
                r0, r1 = _index(ys, box[1]), _index(ys, box[3])
                cells.append(Cell(text=clean(text or "", keep_newlines=True), row=r0, col=c0,
                                  row_span=max(r1 - r0, 1), col_span=max(c1 - c0, 1)))
        if any(c.text for c in cells):
            out.append(PdfTable(page=page_no, bbox=tuple(table.bbox), cells=cells))
    return out


def join_continued(prev: PdfTable, nxt: PdfTable) -> PdfTable:
    """Append `nxt` (the same table continued on the next page) to `prev`, dropping its
    first row when it repeats prev's header row."""
    offset = prev.n_rows
    skip_first = [t.strip().lower() for t in nxt.row_texts(0)] == [t.strip().lower() for t in prev.row_texts(0)]
    for c in nxt.cells:
        if skip_first and c.row == 0:
            continue
        row = c.row + offset - (1 if skip_first else 0)
        prev.cells.append(Cell(text=c.text, row=row, col=c.col, row_span=c.row_span, col_span=c.col_span))
        prev.row_pages[row] = nxt.page
    return prev


def same_columns(a: PdfTable, b: PdfTable) -> bool:
    """Two tables share a column layout (same count and near-equal left/right edges)."""
    return (len(a.col_starts) == len(b.col_starts)
            and abs(a.bbox[0] - b.bbox[0]) < 6 and abs(a.bbox[2] - b.bbox[2]) < 6)


def _edges(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))
