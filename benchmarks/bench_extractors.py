"""Extractor speed against the plain library call, measured in the same run.

    python benchmarks/bench_extractors.py [--repeat N]

Builds a few documents (the test builders), then prints for each format the time per page
of extract() and of the floor — python-docx load + paragraph text for Word files,
pdfplumber extract_text for PDFs — and their ratio. Each figure is the best of N runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
import pdfplumber  # noqa: E402

from extractors import Limits, extract  # noqa: E402
from extractors.convert import convert  # noqa: E402
from tests.extractors.builders import long_table_docx, report_docx, scan_pdf  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def docx_floor(path: Path) -> None:
    d = docx.Document(str(path))
    _ = [p.text for p in d.paragraphs]


def pdf_floor(path: Path) -> None:
    with pdfplumber.open(str(path)) as pdf:
        _ = [page.extract_text() for page in pdf.pages]


def pdf_pages(path: Path) -> int:
    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-extractors-") as tmp:
        tmp = Path(tmp)
        report = report_docx(tmp / "report.docx", pages=8)
        table = long_table_docx(tmp / "table.docx", rows=200)
        report_pdf = convert(report, tmp / "pdf", "pdf")
        table_pdf = convert(table, tmp / "pdf", "pdf")
        odt = convert(report, tmp / "odt", "odt")
        scan = scan_pdf(tmp / "scan.pdf", dpi=200)
        limits = Limits(ocr_dpi=200)
        # (name, file, pages, floor file, floor call, repeats)
        cases = [
            ("docx", report, pdf_pages(report_pdf), report, docx_floor, args.repeat),
            ("docx (table)", table, pdf_pages(table_pdf), table, docx_floor, args.repeat),
            ("pdf", report_pdf, pdf_pages(report_pdf), report_pdf, pdf_floor, args.repeat),
            ("pdf (table)", table_pdf, pdf_pages(table_pdf), table_pdf, pdf_floor, args.repeat),
            # The floor of a converted file is reading the .docx it becomes; the ratio shows
            # the LibreOffice conversion cost.
            ("odt", odt, pdf_pages(report_pdf), report, docx_floor, 1),
            # pdfplumber finds no text on a scan: the ratio is the cost of rendering + OCR.
            ("pdf_scanned", scan, 1, scan, pdf_floor, 1),
        ]
        print(f"{'format':<14}{'pages':>6}{'extract s/page':>16}{'floor s/page':>14}{'ratio':>9}")
        for name, path, pages, floor_path, floor, repeat in cases:
            t_extract = best(lambda: extract(path, limits), repeat)
            t_floor = best(lambda: floor(floor_path), repeat)
            print(f"{name:<14}{pages:>6}{t_extract / pages:>16.4f}{t_floor / pages:>14.4f}"
                  f"{t_extract / max(t_floor, 1e-9):>9.1f}x")


if __name__ == "__main__":
    main()
