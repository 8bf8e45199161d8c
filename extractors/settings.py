"""Limits and tool settings for extraction, with safe defaults; each can be set by environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = int(_env("REPORT_ETL_MAX_FILE_MB", 100) * 1024 * 1024)
    max_pages: int = int(_env("REPORT_ETL_MAX_PAGES", 300))
    max_inflated_bytes: int = int(_env("REPORT_ETL_MAX_INFLATED_MB", 200) * 1024 * 1024)
    max_compression_ratio: float = _env("REPORT_ETL_MAX_COMPRESSION_RATIO", 200)
    conversion_timeout_s: float = _env("REPORT_ETL_CONVERSION_TIMEOUT", 120)
    ocr_dpi: int = int(_env("REPORT_ETL_OCR_DPI", 300))
    ocr_language: str = os.environ.get("REPORT_ETL_OCR_LANG", "vie")


DEFAULT_LIMITS = Limits()
