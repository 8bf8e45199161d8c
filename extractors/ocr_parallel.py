"""OCR of one document's scanned pages in parallel: each page image is read by its own
Tesseract process with one thread (OMP_THREAD_LIMIT=1), as many at once as there are
cores, so a scanned report uses every core instead of Tesseract's few OpenMP threads on
one page at a time.

Rendering stays in the calling thread (pdfium is not thread-safe, and the reader keeps
using it for the other pages); the workers only run the image work (deskew, ruled
tables, Tesseract), whose heavy parts release the GIL. Images are rendered just ahead of
need: at most `workers` pages are in flight, so memory does not grow with page count.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from .settings import Limits


def ocr_workers() -> int:
    value = os.environ.get("REPORT_ETL_OCR_WORKERS")
    if value:
        return max(1, int(value))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class OcrAhead:
    """`take(n)` gives page n's OCR (pdf_ocr.PageOcr), having started the next pages of
    `pages` (those known to need OCR) on the pool meanwhile."""

    def __init__(self, path: Path, pages: list[int], limits: Limits, workers: int | None = None):
        self.path, self.limits = Path(path), limits
        self.pages = sorted(pages)
        self.workers = ocr_workers() if workers is None else workers
        self.futures: dict[int, Future] = {}
        self.pool: ThreadPoolExecutor | None = None
        if self.workers > 1 and len(self.pages) > 1:
            # One thread per Tesseract: the parallelism is across pages. Set for this process
            # (a parse child, normally): Tesseract reads it from its environment.
            os.environ["OMP_THREAD_LIMIT"] = "1"
            self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="ocr")

    def _render(self, n: int):
        from .pdf_chars import PDFIUM_LOCK
        from .pdf_ocr import render_page

        with PDFIUM_LOCK:
            return render_page(self.path, n - 1, self.limits.ocr_dpi)

    def _submit(self, n: int) -> None:
        from .pdf_ocr import ocr_page

        if n not in self.futures and self.pool is not None:
            self.futures[n] = self.pool.submit(ocr_page, self._render(n), n, self.limits.ocr_dpi, self.limits)

    def take(self, n: int):
        from .pdf_ocr import ocr_page

        if self.pool is None or n not in self.pages:
            return ocr_page(self._render(n), n, self.limits.ocr_dpi, self.limits)
        self._submit(n)
        later = [p for p in self.pages if p > n]
        for p in later[: self.workers - 1]:   # keep every worker busy while page n is read
            self._submit(p)
        future = self.futures.pop(n)
        return future.result()

    def close(self) -> None:
        if self.pool is not None:
            for f in self.futures.values():
                f.cancel()
            self.pool.shutdown(wait=True)
            self.pool = None
            self.futures.clear()
