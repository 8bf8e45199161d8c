"""A report written as a table: after the header, the whole report is one table
"TT | Nội dung | Kết quả thực hiện", one row per outline item, its result cells holding
several paragraphs and "-"/"+" bullets.

The sections component recognises such an outline table and reads the document through a
*reading view* (`reading_view`): each row becomes the blocks it would be in a report
written as prose: the "Nội dung" cell a heading (when its wording is an outline heading)
or a lead-in line ("Thông điệp truyền thông:"), then one paragraph or list item per
paragraph and bullet of the result cells. Every other component then reads those blocks
like any others; each keeps the index of its row in `origin`, so evidence points at the
row. The row's running number is kept only as a heading level, never as the outline's
number: a row is placed by its wording. Column names: nlp/data/outline.yaml `outline_table`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from extractors.model import Block, BlockKind, Document, Style
from nlp.sentences import fold
from nlp.textkit import nfc, word_rx
from nlp.vocab import load

# Formats whose cell text breaks lines where the page did, not where the author did.
WRAPPED_FORMATS = {"pdf", "pdf_scanned"}
_LIST_START = re.compile(r"^\s*(?:[-–—•+*▪●○◦✓➢➤►]|[a-zđ]\s*\)|\d{1,2}(?:\.\d{1,2})*\s*[.)])\s*", re.IGNORECASE)
_COLUMN_NUMBERS = re.compile(r"^\(?\s*(?:\d{1,2}|[A-Z])\s*\)?$")
_ROW_NUMBER = re.compile(r"^\s*((?:[IVX]{1,4})|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s*[.)]?\s*$")


@dataclass
class OutlineTable:
    table_index: int
    header_rows: int          # rows above the first outline row (column names, column numbers)
    number_col: int | None
    content_col: int
    result_cols: list[int]


@dataclass
class ReadingView:
    document: Document
    origin: dict[int, int]                                   # view index -> parsed document index
    outline_blocks: set[int] = field(default_factory=set)    # view indices that come from outline rows
    tables: list[OutlineTable] = field(default_factory=list)


@lru_cache(maxsize=1)
def _columns() -> dict[str, list[str]]:
    spec = load("outline")["outline_table"]
    return {k: [fold(v) for v in spec[k]] for k in ("number_columns", "content_columns", "result_columns")} | {
        "min_sections": spec.get("min_sections", 2)}


def _rows_by_table(doc: Document) -> dict[int, list[Block]]:
    rows: dict[int, list[Block]] = {}
    for block in doc.blocks:
        if block.kind == BlockKind.TABLE_ROW and block.table_index is not None:
            rows.setdefault(block.table_index, []).append(block)
    return rows


def _cell_map(row: Block) -> dict[int, str]:
    return {c.col: nfc(c.text).strip() for c in row.cells}


def _header_columns(row: Block) -> tuple[int | None, int | None, list[int]]:
    cols = _columns()
    number = content = None
    results: list[int] = []
    for col, text in sorted(_cell_map(row).items()):
        f = fold(text).strip(" .:")
        if not f:
            continue
        if number is None and f in cols["number_columns"]:
            number = col
        elif content is None and any(word_rx(c).search(f) for c in cols["content_columns"]):
            content = col
        elif content is not None and any(word_rx(c).search(f) for c in cols["result_columns"]):
            results.append(col)
    return number, content, results


def find_outline_tables(doc: Document, section_of_wording: Callable[[str], str | None]) -> list[OutlineTable]:
    """Tables whose header names an outline-item column and a result column, and whose item
    cells name at least `min_sections` sections of the outline, one of them past section 1
    (a table of tasks inside section 1 is a table, not the report)."""
    found: list[OutlineTable] = []
    sections: set[str] = set()
    for tindex, rows in _rows_by_table(doc).items():
        for h, row in enumerate(rows[:2]):
            number, content, results = _header_columns(row)
            if content is None or not results:
                continue
            named = {section_of_wording(_cell_map(r).get(content, "") or _only_text(r) or "") for r in rows[h + 1:]}
            named.discard(None)
            if named:
                found.append(OutlineTable(tindex, h + 1, number, content, results))
                sections |= named
            break
    top = {s.split(".")[0] for s in sections if s not in ("other", "preamble", "closing", "appendix")}
    if len(top) < _columns()["min_sections"] or not (top - {"1"}):
        return []
    return found


def _only_text(row: Block) -> str | None:
    """The text of a row that spans the table (a group row "II. ĐÁNH GIÁ CHUNG")."""
    texts = {t for t in _cell_map(row).values() if t}
    return texts.pop() if len(texts) == 1 else None


def paragraphs(text: str, wrapped: bool) -> list[str]:
    """The paragraphs and bullets of a cell. A docx cell separates paragraphs with line
    breaks; a PDF cell breaks lines where the page did, so a line that neither starts a
    bullet nor follows the end of a sentence (or starts in lower case) goes on the line
    before."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in nfc(text).split("\n")]
    lines = [line for line in lines if line]
    if not wrapped:
        return lines
    bulleted = any(_LIST_START.match(line) for line in lines)
    out: list[str] = []
    for line in lines:
        # in a bulleted cell an item ending with ";" that the next line does not bullet
        # goes on there (the next item would carry its bullet); a dash inside an open
        # quote ("“Thái Nguyên" / "- Đệ nhất danh trà”") is no bullet
        if out and ((not _LIST_START.match(line) and (_goes_on(out[-1], line) or (bulleted and out[-1].endswith(";"))))
                    or _open_quote(out[-1])):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _goes_on(previous: str, line: str) -> bool:
    return not re.search(r"[.;:!?]$", previous) or line[:1].islower()


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _label(number: str) -> str:
    """A running number as the label it would have in prose: "II" -> "II.", "2" -> "2.",
    "2.1" -> "2.1.", "a" -> "a)"."""
    m = _ROW_NUMBER.match(number)
    if not m:
        return ""
    core = m.group(1)
    return core + (")" if core.islower() else ".")


def reading_view(doc: Document, section_of_wording: Callable[[str], str | None]) -> ReadingView | None:
    """The document with its outline table(s) read as prose (see the module doc); None when
    the report is not written as a table."""
    tables = {t.table_index: t for t in find_outline_tables(doc, section_of_wording)}
    if not tables:
        return None
    view = Document(file_name=doc.file_name, format=doc.format, pages=doc.pages, producer=doc.producer,
                    ocr_used=doc.ocr_used, ocr_confidence=doc.ocr_confidence, warnings=doc.warnings)
    origin: dict[int, int] = {}
    outline: set[int] = set()
    wrapped = doc.format in WRAPPED_FORMATS
    header_rows: dict[int, int] = {}

    def add(kind: BlockKind, text: str, source: Block, style: Style | None = None) -> None:
        block = view.add(kind, text, style=style or Style(), page=source.page, bbox=source.bbox)
        origin[block.index] = source.index
        outline.add(block.index)

    def copy(block: Block) -> None:
        view.blocks.append(replace(block, index=len(view.blocks)))
        origin[len(view.blocks) - 1] = block.index

    for block in doc.blocks:
        spec = tables.get(block.table_index) if block.kind in (BlockKind.TABLE, BlockKind.TABLE_ROW) else None
        if spec is None:
            copy(block)
            continue
        if block.kind == BlockKind.TABLE:
            continue                      # the rows stand for it
        seen = header_rows.get(spec.table_index, 0)
        header_rows[spec.table_index] = seen + 1
        if seen < spec.header_rows:
            copy(block)                   # the column names: a table row of the preamble
            continue
        cells = _cell_map(block)
        texts = [t for t in cells.values() if t]
        if not texts or all(_COLUMN_NUMBERS.match(t) for t in texts):
            continue                      # "(1) | (2) | (3)" under the column names
        filled = [c for c, t in cells.items() if t]
        if len(filled) == 1 and filled[0] != spec.content_col and filled[0] not in spec.result_cols:
            number, content, results = "", cells[filled[0]], []     # a row across the table: "II. ĐÁNH GIÁ CHUNG"
        else:
            number = cells.get(spec.number_col, "") if spec.number_col is not None else ""
            content = cells.get(spec.content_col, "")
            results = [cells.get(c, "") for c in sorted(cells) if c not in (spec.number_col, spec.content_col)]
        content = re.sub(r"\s+", " ", content).strip()
        if content:
            if section_of_wording(content) is not None:
                # the running number as a Word auto-number: a level, not words of the heading
                label = _label(number) if number else ""
                add(BlockKind.HEADING, content, block, Style(bold=True, numbering_label=label or None))
            else:
                # an item the outline does not name ("Thông điệp truyền thông"): a lead-in of
                # its section, what the row's result says about it follows
                add(BlockKind.PARAGRAPH, content if content.endswith(":") else content + ":", block)
        for k, result in enumerate(results):
            for n, para in enumerate(paragraphs(result, wrapped)):
                last = view.blocks[-1] if view.blocks and view.blocks[-1].index in outline else None
                if wrapped and not content and not number and k == n == 0 and last is not None and \
                        not _LIST_START.match(para) and _goes_on(last.text, para):
                    last.text = last.text + " " + para   # a row broken across pages goes on
                    continue
                kind = BlockKind.LIST_ITEM if _LIST_START.match(para) else BlockKind.PARAGRAPH
                add(kind, para, block)
    return ReadingView(document=view, origin=origin, outline_blocks=outline, tables=list(tables.values()))
