"""The document model every extractor returns and every later stage reads.

One `Document` per file: an ordered list of `Block`s with their style cues, page and
table cells. Extractors fill it; nlp/ only reads it. Block text is already NFC,
whitespace-folded and free of soft hyphens / zero-width characters (see text.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    HEADING = "heading"          # a heading candidate: Word heading style / outline level / big bold line
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"      # a paragraph with automatic numbering or bullets
    TABLE = "table"              # a whole table: `cells` holds every cell
    TABLE_ROW = "table_row"      # one row of the table just before it: `cells` holds that row
    HEADER = "header"            # page header, kept apart from the body
    FOOTER = "footer"
    FOOTNOTE = "footnote"


@dataclass
class Style:
    style_name: str | None = None       # Word style name ("Heading 1", "Normal") where the format has one
    outline_level: int | None = None    # 0-based outline level (Heading 1 -> 0) from style or w:outlineLvl
    bold: bool = False
    italic: bool = False
    caps: bool = False                  # all-caps, by formatting or because the text is upper case
    font_size: float | None = None      # points
    alignment: str | None = None        # left | center | right | justify
    numbering_label: str | None = None  # the label Word shows for automatic numbering: "I.", "1.", "a)", "-"
    numbering_level: int | None = None  # 0-based numbering level (w:ilvl)


@dataclass
class Cell:
    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass
class Block:
    index: int                          # position in Document.blocks; evidence points here
    kind: BlockKind
    text: str                           # numbering label included: "I. THỰC TRẠNG ..."
    style: Style = field(default_factory=Style)
    page: int | None = None             # 1-based; None where the format has no pages
    cells: list[Cell] = field(default_factory=list)
    table_index: int | None = None      # for TABLE/TABLE_ROW: which table of the document
    row: int | None = None              # for TABLE_ROW: the row number within its table
    ocr_confidence: float | None = None # mean word confidence 0..100 where OCR produced the text
    # Where the block lies on its page, as fractions of the page's width and height
    # (x0, top, x1, bottom): PDF and OCR extractors fill it so a reviewer sees the scan itself.
    bbox: tuple[float, float, float, float] | None = None

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by row, in column order (TABLE and TABLE_ROW)."""
        by_row: dict[int, list[Cell]] = {}
        for cell in self.cells:
            by_row.setdefault(cell.row, []).append(cell)
        return [sorted(cs, key=lambda c: c.col) for _, cs in sorted(by_row.items())]


@dataclass
class Document:
    file_name: str
    format: str                         # docx | pdf | pdf_scanned | doc | odt | rtf
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    producer: str | None = None
    ocr_used: bool = False
    ocr_confidence: float | None = None # mean over OCR'd words, 0..100
    warnings: list[str] = field(default_factory=list)

    def body(self) -> list[Block]:
        """Blocks of the running text: no page headers, footers, footnotes, no whole-table blocks."""
        skip = {BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE, BlockKind.TABLE}
        return [b for b in self.blocks if b.kind not in skip]

    def add(self, kind: BlockKind, text: str, **kw) -> Block:
        block = Block(index=len(self.blocks), kind=kind, text=text, **kw)
        self.blocks.append(block)
        return block

    def to_dict(self) -> dict:
        return asdict(self)
