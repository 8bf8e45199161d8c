"""Numbers and dates written the Vietnamese way in the draft report: 1.234.567 and 12,5."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd


def vn_number(value, decimals: int = 0) -> str:
    """1234567 -> '1.234.567'; 12.5 with decimals=1 -> '12,5' (trailing ',0' dropped)."""
    if _blank(value):
        return ""
    text = f"{float(value):,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_percent(value, decimals: int = 1) -> str:
    return "" if _blank(value) else f"{vn_number(value, decimals)}%"


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def vn_date(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def names(provinces, limit: int | None = None) -> str:
    """'A, B và C'; past `limit`, 'A, B, ... và N địa phương khác'."""
    items = [p for p in provinces if p]
    if limit and len(items) > limit:
        return ", ".join(items[:limit]) + f" và {len(items) - limit} địa phương khác"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


_HALF = {"H1": "6 tháng đầu năm", "H2": "6 tháng cuối năm", "9M": "9 tháng", "6M": "6 tháng"}
_QUARTER = {"Q1": "quý I", "Q2": "quý II", "Q3": "quý III", "Q4": "quý IV"}


_SHORT = {"H1": "6T", "H2": "6T cuối", "9M": "9T", "6M": "6T"}


def vn_period(period: str | None, short: bool = False) -> str:
    """A record period as people write it: '2024-9M' -> '9 tháng 2024' (short: '9T/2024'),
    '2024-07' -> '7/2024'."""
    if not isinstance(period, str) or not period:
        return ""
    year, _, part = period.partition("-")
    if not part or not year.isdigit():
        return period
    if part in _HALF:
        return f"{_SHORT[part]}/{year}" if short else f"{_HALF[part]} {year}"
    if part in _QUARTER:
        return f"{_QUARTER[part]}/{year}"
    if part.isdigit() and len(part) == 2:
        return f"{int(part)}/{year}"
    return str(period)
