"""PDF -> Document, page by page: pages with a usable text layer are read with pdfium
(pdf_chars.py; bordered tables by pdfplumber's table finder over pdfium's paths), the
others are rendered and OCR'd. A text layer that is not credible Vietnamese (a scanner's
OCR without Vietnamese, a broken ToUnicode map; text_layer.py) is replaced by OCR of the
page image. Repeated page headers/footers and bare page numbers are dropped; a table
continued on the next page is joined into one."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

from .errors import ExtractionError
from .model import BlockKind, Document, Style
from .pdf_chars import open_pdf
from .pdf_layout import (LIST_MARK, Line, Para, alignment_of, body_margins, chars_to_lines,
                         join_paragraphs, reorder_two_column_band)
from .ocr_parallel import OcrAhead
from .pdf_tables import PdfTable, find_tables, join_continued, same_columns
from .settings import DEFAULT_LIMITS, Limits
from .text import clean, is_upper_text
from .text_layer import Action, assess_page, chars_text, page_ranges, score_text

_PAGE_NUMBER = re.compile(r"^(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:/|trên|of)\s*\d{1,4})?$",
                          re.IGNORECASE)
_MARGIN = 0.09  # top/bottom share of the page where running headers and footers live


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS, check_text_layer: bool = True) -> Document:
    """Read a PDF; OCR pages without a usable text layer, and (check_text_layer) pages
    whose text layer is not credible Vietnamese. Raises ExtractionError: encrypted,
    corrupt, too_many_pages, ocr_failed."""
    path = Path(path)
    try:
        pdf = open_pdf(path)
    except MemoryError:  # the memory cap, not the file: too_large, said by the caller
        raise
    except Exception as exc:  # pdfium/pdfminer raise many unrelated types for a bad file
        raise _open_error(path, exc) from exc
    try:
        return _read(pdf, path, limits, check_text_layer)
    except (ExtractionError, MemoryError):
        raise
    except Exception as exc:
        raise _open_error(path, exc) from exc
    finally:
        pdf.close()


def _open_error(path: Path, exc: Exception) -> ExtractionError:
    chain, e = [], exc
    while e is not None and len(chain) < 10:
        chain.append(e)
        e = e.__cause__ or e.__context__ or (e.args[0] if e.args and isinstance(e.args[0], Exception) else None)
    names = " ".join(type(x).__name__ for x in chain) + " " + " ".join(map(str, chain))
    if re.search(r"password|encrypt", names, re.IGNORECASE):
        return ExtractionError("encrypted", f"{path.name} is password-protected; send it without a password")
    return ExtractionError("corrupt", f"{path.name} is a damaged PDF that cannot be read ({type(exc).__name__})")


def _usable(chars: list[dict]) -> bool:
    """A text layer worth reading: enough characters, mostly not garbage glyph codes."""
    text = "".join(c.get("text", "") for c in chars)
    ink = [ch for ch in text if not ch.isspace()]
    if len(ink) < 10:
        return False
    bad = sum(1 for ch in ink if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or ord(ch) < 32)
    bad += 5 * text.count("(cid:")
    return bad / len(ink) < 0.3


def _read(pdf, path: Path, limits: Limits, check_text_layer: bool = True) -> Document:
    n_pages = len(pdf.pages)
    if n_pages == 0:
        raise ExtractionError("corrupt", f"{path.name} has no pages")
    if n_pages > limits.max_pages:
        raise ExtractionError("too_many_pages", f"{path.name} has {n_pages} pages; the limit is {limits.max_pages}")
    doc = Document(file_name=path.name, format="pdf", pages=n_pages,
                   producer=(pdf.metadata or {}).get("Producer") if isinstance(pdf.metadata, dict) else None)
    if isinstance(doc.producer, bytes):
        doc.producer = doc.producer.decode("latin-1", "replace")
    items_by_page: dict[int, list[Line | PdfTable]] = {}
    page_lines: dict[int, list[Line]] = {}
    heights: dict[int, float] = {}
    ocr_by_page: dict[int, list[float]] = {}   # OCR'd pages -> their word confidences
    replaced: list[int] = []      # pages whose text layer was there but not used
    short_scans: list[int] = []   # scans with a few doubtful words: replaced if the others are
    text_read: list[int] = []     # pages read from their text layer

    # Pages with no usable text layer are OCR'd in parallel, one Tesseract thread each.
    ahead = OcrAhead(path, [n for n, p in enumerate(pdf.pages, 1) if not _usable(p.chars) and (p.images or p.chars)],
                     limits)
    pdf.closers.append(ahead.close)

    def ocr(n: int) -> tuple[list[Line], list]:
        scanned = ahead.take(n)
        ocr_by_page[n] = scanned.confidences
        lines = _columns(scanned.lines, n, n_pages, heights[n])
        return lines, _merge_by_position(lines, scanned.tables)

    sizes: dict[int, tuple[float, float]] = {}
    for n, page in enumerate(pdf.pages, 1):
        heights[n] = float(page.height)
        sizes[n] = (float(page.width), float(page.height))
        chars = page.chars
        usable = _usable(chars)
        layer = assess_page(page, chars_text(chars), path, n) if usable and check_text_layer else None
        action = layer.action() if layer is not None else Action.KEEP
        lines, page_items = [], []
        if usable and action is Action.COMPARE:
            # No scan under it: OCR the rendered page, and keep the layer unless the OCR
            # reads as clearly better Vietnamese (a broken ToUnicode map does; text typed
            # without diacritics does not, and keeps its layer).
            lines, page_items = ocr(n)
            ocr_text = " ".join(l.text for l in lines) + " " + " ".join(
                c.text for t in page_items if isinstance(t, PdfTable) for c in t.cells)
            if score_text(ocr_text).credibility > layer.score.credibility + 0.2:
                replaced.append(n)
            else:
                del ocr_by_page[n]
                lines, page_items = [], []
                action = Action.KEEP
        if usable and action is Action.KEEP:
            lines, page_items = _text_page(page, chars, n, n_pages)
            text_read.append(n)
            if layer is not None and layer.follows_replaced():
                short_scans.append(n)
        elif not usable or action is Action.OCR:
            if page.images or chars:
                lines, page_items = ocr(n)
                if usable or sum(1 for c in chars if not c.get("text", " ").isspace()) >= 10:
                    replaced.append(n)
        page_lines[n] = lines
        items_by_page[n] = page_items
        page.close()  # free pdfplumber's per-page caches on long documents
    if replaced:
        for n in short_scans:
            page_lines[n], items_by_page[n] = ocr(n)
            text_read.remove(n)
            replaced.append(n)
        doc.warnings.append(f"text_layer_replaced: pages {page_ranges(replaced)} had a text layer "
                            "without Vietnamese (OCR'd instead)")
    items = [it for n in sorted(items_by_page) for it in items_by_page[n]]
    ocr_pages, text_pages = len(ocr_by_page), len(text_read)
    confs = [c for n in sorted(ocr_by_page) for c in ocr_by_page[n]]

    dropped = _running_heads(page_lines, heights)
    items = [it for it in items if not (isinstance(it, Line) and id(it) in dropped)]
    margins = {n: body_margins([l for l in ls if id(l) not in dropped]) for n, ls in page_lines.items()}
    all_lines = [it for it in items if isinstance(it, Line)]
    body_size = _body_size(all_lines)
    notes = _footnote_lines(page_lines, dropped, body_size, heights)
    note_ids = {id(l) for l in notes}
    items = [it for it in items if not (isinstance(it, Line) and id(it) in note_ids)]

    doc.ocr_used = ocr_pages > 0
    if ocr_pages > text_pages:  # most pages were OCR'd
        doc.format = "pdf_scanned"
    if confs:
        doc.ocr_confidence = round(sum(confs) / len(confs), 2)
    if ocr_pages and text_pages:
        doc.warnings.append("mixed_pdf_ocr")

    table_index, pending, prev_table = 0, [], None
    for it in items + [None]:
        # A paragraph does not run from a text page into an OCR'd one (or back): the two
        # sources measure lines differently, and a block keeps one kind of confidence.
        if isinstance(it, Line) and not (pending and bool(pending[-1].confidences) != bool(it.confidences)):
            pending.append(it)
            continue
        for para in join_paragraphs(pending, margins):
            _add_para(doc, para, margins, body_size)
        if pending:
            prev_table = None
        pending = []
        if it is None:
            break
        if isinstance(it, Line):
            pending.append(it)
            continue
        # A table opening a page, right after a table that closed the previous page,
        # with the same columns, is its continuation (header row repeated or not).
        if prev_table is not None and it.page == prev_table.last_page + 1 and same_columns(prev_table, it):
            if hasattr(prev_table, "confidences"):  # both read by OCR
                prev_table.confidences.extend(getattr(it, "confidences", []))
            _replace_table(doc, join_continued(prev_table, it))
            prev_table.last_page = it.page
            continue
        _add_table(doc, it, table_index)
        it.last_page = it.page
        table_index += 1
        prev_table = it
    # Footnotes come after the body (as in the DOCX reader), so a paragraph running over
    # a page break is not cut by the notes at the foot of the page.
    for para in join_paragraphs(notes, margins):
        _add_para(doc, para, margins, body_size, footnote=True)
    _boxes_to_fractions(doc, sizes)
    return doc


def _boxes_to_fractions(doc: Document, sizes: dict[int, tuple[float, float]]) -> None:
    """Block boxes in points -> fractions of their page (what a page image of any size needs)."""
    for b in doc.blocks:
        if b.bbox is None or b.page not in sizes:
            continue
        w, h = sizes[b.page]
        x0, top, x1, bottom = b.bbox
        b.bbox = tuple(round(min(max(v, 0.0), 1.0), 4) for v in (x0 / w, top / h, x1 / w, bottom / h))


def _text_page(page, chars: list[dict], n: int, n_pages: int) -> tuple[list[Line], list]:
    """A page read from its text layer: bordered tables, then the lines outside them."""
    tables = find_tables(page, n)
    boxes = [t.bbox for t in tables]
    free = [c for c in chars if not any(_inside(c, b) for b in boxes)]
    lines = _columns(chars_to_lines(free, n), n, n_pages, float(page.height))
    return lines, _merge_by_position(lines, tables)


def _footnote_lines(page_lines: dict[int, list[Line]], dropped: set[int], body_size: float,
                    heights: dict[int, float]) -> list[Line]:
    """Small-print lines at the foot of a text page whose first line starts with a note
    mark ("1", "*"): the page's footnotes."""
    out: list[Line] = []
    for n, lines in page_lines.items():
        kept = [l for l in lines if id(l) not in dropped and not l.confidences]
        tail: list[Line] = []
        for l in sorted(kept, key=lambda l: l.top, reverse=True):
            if l.size <= body_size - 1.5 and l.top > 0.5 * heights[n]:
                tail.append(l)
            else:
                break
        tail.reverse()
        if tail and re.match(r"^[\d*¹²³]", tail[0].text):
            out.extend(tail)
    return out


def _columns(lines: list[Line], n: int, n_pages: int, height: float) -> list[Line]:
    """Two-column bands: the heading at the top of page 1, the signature block (anywhere)
    on the last page."""
    if n == 1:
        lines = reorder_two_column_band(lines, height, 0.4)
    if n == n_pages:
        lines = reorder_two_column_band(lines, height, 1.0)
    return lines


def _inside(c: dict, bbox) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _merge_by_position(lines: list[Line], tables: list[PdfTable]) -> list:
    """Lines and tables of one page in reading order (by top edge); lines keep their
    order among themselves (the two-column band may have been reordered)."""
    out: list = []
    queue = sorted(tables, key=lambda t: t.bbox[1])
    for line in lines:
        while queue and queue[0].bbox[1] <= line.top:
            out.append(queue.pop(0))
        out.append(line)
    return out + queue


def _running_heads(page_lines: dict[int, list[Line]], heights: dict[int, float]) -> set[int]:
    """ids of lines to drop: bare page numbers in the top/bottom margin, and margin lines
    whose text (digits ignored) repeats on at least half of the pages."""
    drop: set[int] = set()
    keys: dict[int, str] = {}
    seen: Counter = Counter()
    for n, lines in page_lines.items():
        h = heights[n]
        page_keys = set()
        for l in lines:
            if l.top > _MARGIN * h and l.bottom < (1 - _MARGIN) * h:
                continue
            if _PAGE_NUMBER.match(l.text.strip()):
                drop.add(id(l))
                continue
            key = re.sub(r"\d+", "#", l.text.strip().lower())
            keys[id(l)] = key
            page_keys.add(key)
        seen.update(page_keys)
    n_pages = len(page_lines)
    if n_pages >= 2:
        for n, lines in page_lines.items():
            for l in lines:
                k = keys.get(id(l))
                if k and seen[k] >= max(2, (n_pages + 1) // 2):
                    drop.add(id(l))
    return drop


def _body_size(lines: list[Line]) -> float:
    weights: Counter = Counter()
    for l in lines:
        weights[round(l.size)] += len(l.text)
    return float(weights.most_common(1)[0][0]) if weights else 12.0


def _add_para(doc: Document, para: Para, margins, body_size: float, footnote: bool = False) -> None:
    text = clean(para.text, doc.warnings)
    if not text:
        return
    left, right = margins.get(para.lines[0].page, (0.0, 0.0))
    size = statistics.median(l.size for l in para.lines)
    bold = all(l.bold for l in para.lines)
    caps = is_upper_text(text)
    mark = LIST_MARK.match(text)
    label = mark.group(0).strip() if mark else None
    ocr = any(l.confidences for l in para.lines)
    short = len(text) <= 200
    alignment = alignment_of(para, left, right)
    heading = short and ((bold and (caps or label is not None and not label[0] in "-+•●▪–*"))
                         or (size >= body_size + 1.5 and len(text) <= 150)
                         or (ocr and caps and len(text) <= 150)
                         or (ocr and _ocr_heading(para, text, label, alignment)))
    kind = BlockKind.HEADING if heading else (BlockKind.LIST_ITEM if label else BlockKind.PARAGRAPH)
    if footnote:
        kind = BlockKind.FOOTNOTE
    confs = [c for l in para.lines for c in l.confidences]
    style = Style(bold=bold, italic=all(l.italic for l in para.lines), caps=caps, font_size=round(size, 1),
                  alignment=alignment, numbering_label=label)
    first = [l for l in para.lines if l.page == para.lines[0].page]  # the box on the page it starts
    box = (min(l.x0 for l in first), min(l.top for l in first), max(l.x1 for l in first), max(l.bottom for l in first))
    doc.add(kind, text, style=style, page=para.lines[0].page, bbox=box,
            ocr_confidence=round(sum(confs) / len(confs), 2) if confs else None)


def _ocr_heading(para: Para, text: str, label: str | None, alignment: str) -> bool:
    """OCR gives no bold, so a heading is guessed from the shape: one short line that is
    numbered ("1.", "II.", "a)") and does not read as a sentence or list entry, or one
    short centred line (a title such as "Kết quả thực hiện ...")."""
    if len(para.lines) > 2 or len(text) > 120 or text.rstrip().endswith((".", ";", ",")):
        return False
    if label is not None and label[0] not in "-+•●▪–*" and len(para.lines) == 1:
        return True
    return alignment == "center"


def _table_blocks(table: PdfTable) -> tuple[str, list[tuple[int, list]]]:
    rows: dict[int, list] = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append(c)
    ordered = [(r, sorted(cs, key=lambda c: c.col)) for r, cs in sorted(rows.items())]
    text = "\n".join(" | ".join(c.text.replace("\n", " ") for c in cs) for _, cs in ordered)
    return text, ordered


def _add_table(doc: Document, table: PdfTable, index: int) -> None:
    text, rows = _table_blocks(table)
    conf = getattr(table, "confidence", None)  # tables read by OCR
    box = tuple(table.bbox)
    doc.add(BlockKind.TABLE, text, page=table.page, cells=table.cells, table_index=index, ocr_confidence=conf,
            bbox=box)
    for r, cs in rows:
        doc.add(BlockKind.TABLE_ROW, " | ".join(c.text.replace("\n", " ") for c in cs),
                page=table.page, cells=cs, table_index=index, row=r, ocr_confidence=conf, bbox=box)
    table.index = index  # remembered for joining a continuation


def _replace_table(doc: Document, table: PdfTable) -> None:
    """Rewrite the last table's TABLE/TABLE_ROW blocks after a continuation was joined."""
    index = table.index
    start = next(b.index for b in doc.blocks if b.kind == BlockKind.TABLE and b.table_index == index)
    first_page = doc.blocks[start].page
    del doc.blocks[start:]
    text, rows = _table_blocks(table)
    conf = getattr(table, "confidence", None)
    doc.add(BlockKind.TABLE, text, page=first_page, cells=table.cells, table_index=index, ocr_confidence=conf)
    for r, cs in rows:
        doc.add(BlockKind.TABLE_ROW, " | ".join(c.text.replace("\n", " ") for c in cs),
                page=table.row_pages.get(r, first_page), cells=cs, table_index=index, row=r,
                ocr_confidence=conf)
