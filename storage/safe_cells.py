"""Report text in spreadsheet cells, made inert: a cell whose text starts with = + - @ (or a tab,
a carriage return, their full-width forms) is read by Excel and LibreOffice as a formula
(=HYPERLINK(...), =cmd|...). As OWASP recommends for CSV injection, such text gets a leading
apostrophe; the record itself (database, JSONL) keeps the exact text."""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """The value to write in a cell: text that would start a formula is prefixed with '."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def safe_frame(frame):
    """A copy of a pandas DataFrame with every text cell made inert (numbers untouched)."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        # object or pandas' string dtype (the default for text columns in pandas 3)
        if not pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].map(safe_cell, na_action="ignore")
    return out


def safe_workbook(book) -> None:
    """Make every text cell of an openpyxl workbook inert, in place (also the cells openpyxl
    would otherwise store as formulas)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith(TRIGGERS):
                    cell.value = "'" + value
                    cell.data_type = "s"
