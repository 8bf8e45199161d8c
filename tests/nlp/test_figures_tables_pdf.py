"""The statistics tables of test_figures_tables.py printed to a text PDF by LibreOffice and read
through the real PDF extractor (pdfplumber ruling lines, merged cells from the cell boxes, tables
joined across pages) and the whole nlp pipeline: the same figures as from the .docx. The
landscape table runs over a page break, its two header rows repeated at the top of the next page."""

from __future__ import annotations

import pytest

from extractors.convert import convert

from .test_figures_tables import (
    check_plan_actual, check_signed_change, check_targets, find, record_of, tables_report,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pdf_record(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tables_pdf")
    src = tables_report(tmp / "bang_thong_ke.docx", lead_paragraphs=8)
    return record_of(convert(src, tmp / "pdf", "pdf", timeout_s=120))


def test_the_landscape_table_runs_over_a_page_break_with_its_header_repeated(pdf_record):
    _, doc = pdf_record
    assert doc.format == "pdf"
    rows = [b for b in doc.blocks if b.kind.value == "table_row" and b.table_index == 1]
    assert len({b.page for b in rows}) == 2
    # the header row printed again on the next page is still in the blocks, and gives no figure
    assert sum(1 for b in rows if b.text.strip() == "Kế hoạch giao | Ước thực hiện") >= 1


def test_plan_and_actual_columns_with_a_ratio_column(pdf_record):
    check_plan_actual(pdf_record[0].figures)


def test_signed_change_column_and_plan_rows_across_the_page_break(pdf_record):
    figures = pdf_record[0].figures
    check_signed_change(figures)
    first = find(figures, "visitors_international", "2024-9M")
    last = find(figures, "followers", "2024-9M")
    assert last.evidence.page == first.evidence.page + 1


def test_targets_give_no_figures(pdf_record):
    check_targets(pdf_record[0].figures)
