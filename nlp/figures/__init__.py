"""The figures component: the numbers a report states for a metric and a period (RECORD.md).

Where each rule lives (one module per thing read or decided):

    __init__.py   extract_figures: walks the blocks, sends sentences to prose, tables to tables
    prose.py      figures from sentences (values, changes, "từ X lên Y", periods, stocks);
                  the label is taken in take_label
    tables.py     figures from table cells: header paths over merged cells, ĐVT, group rows,
                  plan/actual columns and rows, a column per period or a row per period; row_label
    metrics.py    the metric and unit a label names (rules as data: nlp/data/metrics.yaml)
    baselines.py  baseline and change: change words, "so với", change/ratio columns
    other.py      figures with no metric of their own (one event's visitors, result counts)
    targets.py    what states targets, not results (targets are not figures)
    merge.py      one value in prose and in a table is one figure
    draft.py      FigureDraft (a figure before its evidence) and SentenceItem
    clauses.py    clause and sentence-part bounds

The words are data: nlp/data/metrics.yaml (label -> metric), prose.yaml (the sentence grammar),
tables.yaml (statistics-table headers), targets.yaml (what states a target).

The unit is the word the report writes ("lượt theo dõi" visits, "người theo dõi" people).
"""

from __future__ import annotations

import re

from extractors.model import BlockKind
from nlp.context import Context
from nlp.figures.draft import FigureDraft
from nlp.figures.merge import add_figure
from nlp.figures.metrics import match_metric
from nlp.figures.prose import figures_in_sentence
from nlp.figures.tables import figures_in_table, table_grid
from nlp.figures.targets import is_target_context
from nlp.periods import find_periods, period_year
from nlp.sentences import split_sentences
from storage.record import Figure

__all__ = ["extract_figures", "figures_in_sentence", "figures_in_table", "match_metric", "FigureDraft"]

BODY_SECTIONS = {"1", "2", "2.1", "2.2", "2.3"}
# An appendix (Phụ lục after the signature) is read like the body (RECORD.md), its prose too.
PROSE_SECTIONS = BODY_SECTIONS | {"appendix"}
# Prose figures are read in the body sections only (section 3 and "Phương hướng" state targets);
# data tables anywhere but the preamble (an appendix "PHỤ LỤC: MỘT SỐ SỐ LIỆU" is section "other").
TABLE_SKIP_SECTIONS = {"preamble"}


def _default_year(ctx: Context) -> int | None:
    y = period_year(ctx.info.date) if ctx.info and ctx.info.date else None
    return y


_BULLET_START = re.compile(r"^\s*(?:[-–—•+*▪●○◦]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s+", re.IGNORECASE)
# A second-level item ("+" under "-", the usual order of administrative documents): it goes on
# with the item above it, whose period it takes where it states none.
_SUB_BULLET = re.compile(r"^\s*\+\s+")


def _block_period(text: str, default_year: int | None) -> str | None:
    for p in find_periods(text, default_year):
        if p.period and not p.compare and p.kind != "date":
            return p.period
    return None


_YEAR_LIST = re.compile(r"\s*(?:,|và|&)\s*$")


def _item_period(text: str, default_year: int | None) -> str | None:
    """The one period a list item names, for the "+" sub-items under it; None where it names
    several years ("VITM Hà Nội 2023, 2024"): a sub-item's value is then of neither."""
    ps = [p for p in find_periods(text, default_year) if p.period and not p.compare and p.kind != "date"]
    if not ps:
        return None
    if len(ps) >= 2 and ps[0].kind == ps[1].kind == "year" and _YEAR_LIST.match(text, ps[0].end, ps[1].start):
        return None
    return ps[0].period


def _sentences(text: str) -> list[str]:
    """Sentences of a block, with fragments the tokenizer cut after "dalat.vn" or "TP." re-joined."""
    out: list[str] = []
    for s in split_sentences(text):
        if out and (s[:1].islower() or s[:1].isdigit() and out[-1][-1:].isdigit()):
            out[-1] = out[-1] + ("" if out[-1] + s in text else " ") + s
        else:
            out.append(s)
    return out


def extract_figures(ctx: Context) -> None:
    """Append the report's figures (body sections only) to `ctx.figures`."""
    doc = ctx.document
    default_year = _default_year(ctx)
    use_all = not ctx.section_of
    found: list[Figure] = []
    lead_period: str | None = None     # from a lead-in line ending with ":" (applies to its list)
    heading_period: str | None = None  # from the current sub-heading
    item_period: str | None = None     # from the list item a "+" sub-item goes on with
    last_text = ""
    last_heading = ""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.FOOTNOTE):
            i += 1
            continue
        if b.kind in (BlockKind.TABLE, BlockKind.TABLE_ROW):
            rows = []
            j = i + 1 if b.kind == BlockKind.TABLE else i
            tindex = b.table_index
            while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and \
                    (tindex is None or blocks[j].table_index == tindex):
                rows.append(blocks[j])
                j += 1
            rows = [r for r in rows if use_all or ctx.section_of.get(r.index) not in TABLE_SKIP_SECTIONS]
            if rows and not use_all and ctx.section_of.get(rows[0].index) not in BODY_SECTIONS and \
                    is_target_context(last_heading, last_text):
                rows = []  # a table of targets under "Phương hướng, nhiệm vụ" / "Đề xuất"
            if rows:
                grid = table_grid(rows)
                caption = last_text if len(last_text) < 300 else ""
                for r, draft in figures_in_table(grid, default_year, lead_period or heading_period, caption):
                    block = rows[r]
                    add_figure(found, draft.to_figure(ctx.evidence(block, block.text)))
            i = max(j, i + 1)
            continue
        section = ctx.section_of.get(b.index)
        text = b.text or ""
        if b.kind == BlockKind.HEADING or b.index in ctx.heading_blocks:
            heading_period = _block_period(text, default_year)
            last_heading = text
            lead_period = None
            last_text = text
            i += 1
            continue
        is_item = b.kind == BlockKind.LIST_ITEM or bool(_BULLET_START.match(text))
        sub_item = bool(_SUB_BULLET.match(text))
        if not is_item:
            lead_period = None
        if not sub_item:
            item_period = _item_period(text, default_year) if is_item else None
        if use_all or section in PROSE_SECTIONS:
            running = (item_period if sub_item else None) or lead_period or heading_period
            for sentence in _sentences(text):
                for draft in figures_in_sentence(sentence, default_year, running):
                    add_figure(found, draft.to_figure(ctx.evidence(b, sentence)))
                p = _block_period(sentence, default_year)
                if p:
                    running = p
        if text.rstrip().endswith(":"):
            lead_period = _block_period(text, default_year) or lead_period
        last_text = text
        i += 1
    ctx.figures.extend(found)
