"""Figures from table cells: header rows give each column's period (or mark it as the unit, label,
change or plan column); the label cell gives the metric; every value cell is a figure. Tables
read either way: a column per period, or a row per period (`transposed`).
"""

from __future__ import annotations

import re

from extractors.model import Block
from nlp.figures.baselines import attach_table_change, column_baselines, row_baselines
from nlp.figures.draft import FigureDraft
from nlp.figures.metrics import match_metric, metric_rules, trim_label, unit_from_label
from nlp.noun_phrases import table_metric
from nlp.numbers import Quantity, find_quantities, fold_keep, guess_style, parse_numeral, unit_of
from nlp.periods import parse_period

_CHANGE_HEAD = re.compile(r"tăng|giảm|so sánh|so với|\+/-|±|chênh lệch|tốc độ|tỷ lệ|tỉ lệ|%\s*$|\(%\)")
_UNIT_HEAD = re.compile(r"^(?:đvt|đơn vị(?: tính)?|đv)\W*$")
_STT_HEAD = re.compile(r"^(?:stt|tt|số tt|số thứ tự|thứ tự)\W*$")
_PLAN_HEAD = re.compile(r"(?<!\w)(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?!\w)")
_ACTUAL_HEAD = re.compile(r"thực hiện|(?<!\w)th(?!\w)|trước|(?<!\w)sau(?!\w)|kết quả|(?<!\w)ước")
_BEFORE_HEAD = re.compile(r"(?<!\w)trước(?!\w)")
_AFTER_HEAD = re.compile(r"(?<!\w)sau(?!\w)")
_EMPTY_CELL = re.compile(r"^[\s\-–—x/.]*$")


def table_grid(rows: list[Block]) -> list[list[str]]:
    grid = []
    for b in rows:
        cells = b.cells or []
        width = max([c.col + max(c.col_span, 1) for c in cells], default=0)
        row = [""] * width
        for c in cells:
            for k in range(max(c.col_span, 1)):
                if c.col + k < width and not row[c.col + k]:
                    # a cell's wrapped lines are one text: "Khách quốc\ntế", "Nghìn tỷ\nđồng"
                    row[c.col + k] = " ".join(c.text.split())
        if not cells:
            row = [" ".join(t.split()) for t in b.text.split("|")]
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _cell_number(cell: str, style: str | None) -> Quantity | None:
    if not cell or _EMPTY_CELL.match(cell):
        return None
    for q in find_quantities(cell, style, include_skipped=True):
        if q.skip in (None, "year", "section", "code"):
            if q.skip == "code":
                continue
            return q
    return None


def _is_numeric_cell(cell: str, style: str | None) -> bool:
    c = re.sub(r"[+\-–%()\s*]", "", cell)
    return bool(c) and bool(re.fullmatch(r"[\d.,]+(?:[a-zA-Zà-ỹđĐ ]{0,12})?", c)) and \
        parse_period(cell) is None


def _signed_number(cell: str, style: str | None) -> tuple[float, int] | None:
    m = re.search(r"([+\-–−])?\s*(\d[\d.,]*)", cell)
    if not m:
        return None
    v = parse_numeral(m.group(2), style)
    if v is None:
        return None
    sign = -1 if m.group(1) in ("-", "–", "−") else (1 if m.group(1) == "+" else 0)
    return v, sign


def row_label(row: list[str], label_col: int, roles: list[str], style: str | None) -> str:
    """The label of a table row (its metric is decided from it by match_metric): the label cell and
    any later text cell; "" where the row has none."""
    label = row[label_col].strip()
    if not label or _is_numeric_cell(label, style):
        return ""
    extra = [row[c].strip() for c in range(label_col + 1, len(row))
             if roles[c] == "?" and row[c].strip() and not _is_numeric_cell(row[c], style)]
    if extra:  # "Fanpage ... | Người theo dõi | 86,500": the metric may be in a later text column
        label = " ".join([label] + extra)
    return label


def figures_in_table(grid: list[list[str]], default_year: int | None = None,
                     context_period: str | None = None, caption: str = "") -> list[tuple[int, FigureDraft]]:
    """The figures a table states: (row number, figure) pairs. `grid` is rows of cell texts."""
    if len(grid) < 2:
        return []
    width = len(grid[0])
    style = guess_style(c for r in grid for c in r[1:])
    # header rows: leading rows without numeric data cells
    n_head = 0
    for r in grid[:3]:
        data = [c for c in r[1:] if c and _is_numeric_cell(c, style)]
        if data:
            break
        n_head += 1
    if n_head == 0:
        return []
    heads = [" ".join(grid[h][c] for h in range(n_head) if grid[h][c]).strip() for c in range(width)]
    # dedupe repeated spanned header text ("Năm 2023 Năm 2023")
    heads = [" ".join(dict.fromkeys(h.split(" | "))) for h in heads]
    low_heads = [fold_keep(h) for h in heads]
    roles: list[str] = ["?"] * width
    col_period: list[str | None] = [None] * width
    col_unit: list[tuple | None] = [None] * width
    for c, h in enumerate(low_heads):
        if _STT_HEAD.match(h):
            roles[c] = "stt"
        elif _UNIT_HEAD.match(h):
            roles[c] = "unit"
        elif _CHANGE_HEAD.search(h) and not (parse_period(h, default_year) and "%" not in h and "tăng" not in h
                                              and "giảm" not in h and "so" not in h):
            roles[c] = "change"
        else:
            p = parse_period(heads[c], default_year)
            target = _PLAN_HEAD.search(h) and not _ACTUAL_HEAD.search(h)
            if p and not target:
                roles[c] = "period"
                col_period[c] = p
            elif p:
                roles[c] = "plan"
        paren = re.search(r"\(([^)]*)\)", heads[c])
        if paren:
            u = unit_of(paren.group(1))
            if u[0] or u[2] != 1.0:
                col_unit[c] = u
    label_col = next((c for c in range(width) if roles[c] == "?"), None)
    if label_col is None:
        return []
    if not any(r == "period" for r in roles):
        # periods down a leading column, metrics across the header row
        pcol = _period_column(grid, n_head, roles, style, default_year)
        if pcol is not None:
            return _transposed(grid, n_head, heads, roles, pcol, style, default_year)
    # a "Số lượng" / "Kết quả" column with no period: the table's period
    if not any(r == "period" for r in roles):
        table_period = parse_period(caption, default_year) or context_period
        for c in range(width):
            if roles[c] == "?" and c != label_col:
                col = [grid[r][c] for r in range(n_head, len(grid))]
                if sum(1 for x in col if x and _is_numeric_cell(x, style)) >= max(1, len(col) // 2):
                    roles[c] = "period"
                    col_period[c] = table_period
    period_cols = [c for c in range(width) if roles[c] == "period"]
    if not period_cols:
        return []
    before_col = next((c for c in period_cols if _BEFORE_HEAD.search(low_heads[c])), None)
    after_col = next((c for c in period_cols if _AFTER_HEAD.search(low_heads[c]) and c != before_col), None)
    unit_col = next((c for c in range(width) if roles[c] == "unit"), None)
    change_cols = [c for c in range(width) if roles[c] == "change"]
    _, other_units, _ = metric_rules()
    label_head_unit = col_unit[label_col]

    out: list[tuple[int, FigureDraft]] = []
    for r in range(n_head, len(grid)):
        row = grid[r]
        label = row_label(row, label_col, roles, style)
        if not label:
            continue
        unit, unit_text, mult = None, None, 1.0
        if unit_col is not None and row[unit_col].strip():
            unit, unit_text, mult = unit_of(row[unit_col])
            if unit is None and unit_text is None:
                unit_text = row[unit_col].strip()
        paren = re.search(r"\(([^)]*)\)\s*$", label)
        if unit is None and paren:
            u = unit_of(paren.group(1))
            if u[0]:
                unit, unit_text, mult = u
        if unit is None and label_head_unit:
            unit, unit_text, mult = label_head_unit
        row_text = " ".join([caption] + row)
        row_period = parse_period(label, default_year)
        cells: dict[int, tuple[float, Quantity, str | None, str | None]] = {}
        for c in period_cols:
            q = _cell_number(row[c], style)
            if q is None:
                continue
            u, ut, m_ = unit, unit_text, mult
            if col_unit[c] and u is None:
                u, ut, m_ = col_unit[c]
            if q.unit is not None:
                u, ut, m_ = q.unit, q.unit_text, 1.0
            value = round(q.value * m_, 6)
            cells[c] = (value, q, u, ut)
        if not cells:
            continue
        any_unit = next((v[2] for v in cells.values() if v[2]), None)
        mm = match_metric(label, any_unit, row_text)
        if mm is None and any_unit is None:
            mm = match_metric(label, None, row_text)
        figs: dict[int, FigureDraft] = {}
        for c, (value, q, u, ut) in cells.items():
            u = u or unit_from_label(label, None) or (mm.unit if mm else None)
            if u is None:
                continue
            # the column's group can make the label's metric more specific
            cm = table_metric(mm, label, [heads[c]], u, row_text)   # nlp/noun_phrases.py
            metric = cm.metric if cm else ("other" if u in other_units else None)
            if metric is None:
                continue
            period = col_period[c] if col_period[c] is not None else row_period
            figs[c] = FigureDraft(metric=metric, label=trim_label(label), value=float(value), unit=u,
                                  unit_text=ut, period=period, approximate=q.approximate)
        row_baselines(figs, before_col, after_col)
        # change columns
        for cc in change_cols:
            sv = _signed_number(row[cc], style)
            if sv is None:
                continue
            stated, sign = sv
            attach_table_change(figs, cc, low_heads[cc], stated, sign, default_year)
        for c in sorted(figs):
            out.append((r, figs[c]))
    return out


def _period_column(grid, n_head, roles, style, default_year) -> int | None:
    """The column that holds the periods of a table read the other way round (one row per period:
    "Năm | Tổng lượt khách (lượt) | Doanh thu (tỷ đồng)" over "2022 | ... ", "6 tháng 2024 | ..."):
    one of the first two label columns, most of whose data cells name a period."""
    rows = grid[n_head:]
    if not rows:
        return None
    cand = [c for c in range(len(grid[0])) if roles[c] == "?"][:2]
    for c in cand:
        cells = [r[c] for r in rows if r[c].strip()]
        named = [x for x in cells if parse_period(x, default_year) and len(x) <= 40]
        if len(named) >= max(1, (len(rows) + 1) // 2) and \
                any(_cell_number(r[k], style) for r in rows for k in range(c + 1, len(r))):
            return c
    return None


def _transposed(grid, n_head, heads, roles, pcol, style, default_year) -> list[tuple[int, FigureDraft]]:
    """Figures of a table with a row per period and a column per metric (header: label and unit)."""
    _, other_units, _ = metric_rules()
    out = []
    rows_period = {r: parse_period(grid[r][pcol], default_year) for r in range(n_head, len(grid))}
    for c in range(len(heads)):
        if c == pcol or roles[c] in ("stt", "unit", "change", "plan"):
            continue
        head = heads[c]
        if not head.strip():
            continue
        paren = re.search(r"\(([^)]*)\)", head)
        unit, unit_text, mult = unit_of(paren.group(1)) if paren else (None, None, 1.0)
        label = trim_label(re.sub(r"\([^)]*\)", "", head))
        by_period = {}
        for r in range(n_head, len(grid)):
            period = rows_period[r]
            q = _cell_number(grid[r][c], style)
            if q is None or period is None:
                continue
            u, ut, m_ = (q.unit, q.unit_text, 1.0) if q.unit else (unit, unit_text, mult)
            mm = match_metric(head, u, head)
            u = u or unit_from_label(head, None) or (mm.unit if mm else None)
            if u is None:
                continue
            metric = mm.metric if mm else ("other" if u in other_units else None)
            if metric is None:
                continue
            f = FigureDraft(metric=metric, label=label, value=round(q.value * m_, 6),
                            unit=u, unit_text=ut, period=period, approximate=q.approximate)
            by_period[period] = f
            out.append((r, f))
        column_baselines(by_period)
    out.sort(key=lambda x: x[0])
    return out
