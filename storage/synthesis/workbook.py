"""The synthesis as an Excel workbook (openpyxl): Vietnamese sheet names and headers, the
vocabulary's Vietnamese labels with the ids in a hidden column beside them, numbers stored as
numbers, frozen header row and first column, filters, fitted widths, each row linked back to
its document.

Number formats: Excel and LibreOffice store a format code in one invariant syntax ("," groups
thousands, "." marks decimals) and render it with the reader's regional settings. So cells
carry '#,##0' and '0.0%', which a Vietnamese-locale Excel shows as 1.234.567 and 12,5%. The
alternative, writing the Vietnamese characters into the code ('#.##0'), would show wrong
numbers on every non-Vietnamese machine and is not what Excel itself writes for vi-VN."""

from __future__ import annotations

import math
import os
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Optional

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from storage.synthesis.data import label, labels, sheet_specs
from storage.synthesis.tables import Synthesis
from storage.synthesis.text import vn_period

INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0#"
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "dd/mm/yyyy"
ID_SUFFIX = " (mã)"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
MAX_WIDTH, LONG_WIDTH = 45, 60


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


class _Column:
    """One written column: its header, how a value is written, and its number format."""

    def __init__(self, name: str, header: str, fmt: str = "text", vocab: Optional[str] = None,
                 link: bool = False, hidden: bool = False, id_of: Optional[str] = None):
        self.name, self.header, self.fmt, self.vocab = name, header, fmt, vocab
        self.link, self.hidden, self.id_of = link, hidden, id_of

    def cell_value(self, value):
        if _missing(value):
            return None, None
        if self.id_of is not None:               # the hidden id column of a vocabulary column
            return str(value), None
        if self.fmt == "period":
            return vn_period(str(value)), None
        if self.vocab:
            return "; ".join(label(self.vocab, v.strip()) for v in str(value).split(";")), None
        if self.fmt == "bool":
            return label("boolean", bool(value)), None
        if self.fmt == "int":
            return int(value), INT_FORMAT
        if self.fmt == "number":
            number = float(value)
            return (int(number), INT_FORMAT) if number.is_integer() else (number, DECIMAL_FORMAT)
        if self.fmt == "percent":                 # stored in points (12.5), shown as 12,5 %
            return float(value) / 100, PERCENT_FORMAT
        if self.fmt == "fraction":
            return float(value), PERCENT_FORMAT
        if self.fmt == "date":
            return (value if isinstance(value, date) else date.fromisoformat(str(value)[:10])), DATE_FORMAT
        return str(value), None


def _columns(table: str, frame: pd.DataFrame) -> list[_Column]:
    spec = sheet_specs()[table]
    declared = spec["columns"]
    matrix_vocab = spec.get("matrix")
    out = []
    for name in frame.columns:
        if name in declared:
            c = declared[name]
            col = _Column(name, c["header"], c.get("format", "text"), c.get("vocab"), bool(c.get("link")))
            out.append(col)
            if col.vocab or col.fmt == "period":
                out.append(_Column(name, c["header"] + ID_SUFFIX, hidden=True, id_of=col.vocab or "period"))
        elif matrix_vocab and name in labels(matrix_vocab):
            out.append(_Column(name, label(matrix_vocab, name), "int"))
        else:
            raise KeyError(f"column {name!r} of table {table!r} has no header in sheets.yaml")
    return out


def _comments(synthesis: Synthesis) -> dict[str, dict[tuple[int, str], str]]:
    """Cell notes for the matrices: the report's own words behind each 1 of the channel
    matrix and each count of the factor matrix. Keyed by (document id, column id)."""
    notes: dict[str, dict] = {"channel_matrix": defaultdict(list), "factors_messages": defaultdict(list)}
    for r in synthesis.sources:
        for c in r.record.get("channels") or []:
            notes["channel_matrix"][(r.document_id, c["channel"])].append(c.get("mention") or "")
        for f in r.record.get("factors", {}).get("items") or []:
            if f.get("group"):
                notes["factors_messages"][(r.document_id, f["group"])].append(f.get("text") or "")
    return {k: {key: "\n".join(dict.fromkeys(v)) for key, v in d.items()} for k, d in notes.items()}


def write_sheet(wb: Workbook, table: str, frame: pd.DataFrame, *, links: dict, notes: dict) -> None:
    spec = sheet_specs()[table]
    ws = wb.create_sheet(spec["sheet"])
    columns = _columns(table, frame)
    for j, col in enumerate(columns, 1):
        cell = ws.cell(row=1, column=j, value=col.header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [min(max(len(w) for w in col.header.split()) + 2, MAX_WIDTH) for col in columns]
    widths = [max(w, min(len(col.header), 18), 13 if col.fmt == "date" else 0) for w, col in zip(widths, columns)]
    records = frame.to_dict("records")
    for i, row in enumerate(records, 2):
        for j, col in enumerate(columns, 1):
            value, number_format = col.cell_value(row.get(col.name))
            cell = ws.cell(row=i, column=j, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # a report's text, never a formula
            if number_format:
                cell.number_format = number_format
            if col.fmt == "long":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
            target = links.get(row.get("document_id")) if col.link and value else None
            if target:
                cell.hyperlink = target
                cell.font = Font(color="0563C1", underline="single")
            note = notes.get((row.get("document_id"), col.name)) if value else None
            if note and not col.hidden:
                cell.comment = Comment(note, "report-etl", width=320, height=120)
            if value is not None and not col.hidden:
                text = value if isinstance(value, str) else (f"{value:,.2f}" if isinstance(value, float) else str(value))
                longest = max((len(line) for line in text.split("\n")), default=0)
                cap = LONG_WIDTH if col.fmt == "long" else MAX_WIDTH
                widths[j - 1] = min(max(widths[j - 1], longest + 2), cap)
    for j, (col, width) in enumerate(zip(columns, widths), 1):
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = width
        ws.column_dimensions[letter].hidden = col.hidden
    # Wrapped headers: a row tall enough for the longest one (no viewer sizes it by itself).
    lines = max((math.ceil(len(col.header) / max(width - 1, 1)) for col, width in zip(columns, widths)
                 if not col.hidden), default=1)
    ws.row_dimensions[1].height = 15 * min(lines, 4) + 3
    ws.freeze_panes = "B2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(len(records) + 1, 2)}"
    # Printed: landscape A4, the header row and the province column on every page (a sheet
    # shrunk to one page wide is unreadable: it runs over pages instead).
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "A:A"


def document_links(synthesis: Synthesis, review_url: Optional[str] = None) -> dict:
    """Where each document's row links: its page on the review page (the record beside its
    source) when the page's address is known, else the file where it was received."""
    ids = {r.document_id for r in synthesis.sources} | {f.document_id for f in synthesis.failed}
    if review_url:
        return {i: f"{review_url.rstrip('/')}/documents/{i}" for i in ids if i is not None}
    return {r.document_id: Path(r.path).as_uri() for r in synthesis.sources if r.path}


def build_workbook(synthesis: Synthesis, wb: Optional[Workbook] = None, review_url: Optional[str] = None) -> Workbook:
    """The synthesis sheets, appended to `wb` (a new workbook by default)."""
    if wb is None:
        wb = Workbook()
        wb.remove(wb.active)
    links = document_links(synthesis, review_url or os.environ.get("REPORT_ETL_REVIEW_URL"))
    notes = _comments(synthesis)
    for table in sheet_specs():
        write_sheet(wb, table, synthesis.tables[table], links=links, notes=notes.get(table, {}))
    return wb


def write_workbook(synthesis: Synthesis, out: Path, review_url: Optional[str] = None) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    from storage.safe_cells import safe_workbook

    wb = build_workbook(synthesis, review_url=review_url)
    safe_workbook(wb)  # report text never runs as a formula, whatever it starts with
    wb.save(out)
    return out
