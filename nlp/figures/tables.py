"""Figures from table cells, tables as officials draw them: one to four header rows with merged
cells (a column's header is the path of all header rows over it: "Năm 2023 Thực hiện"), a row of
column numbers, group rows spanning the table ("I. Du lịch"), an ĐVT column whose unit scales the
row's cells, "-" and empty cells, comparison columns (a ratio "So sánh 2023/2022 (%)" or a signed
"Tăng (+)/giảm (-) (%)", baselines.py), target columns and rows that give no figures (targets.py),
header rows repeated after a page break. Tables read either way: a column per period, or a row per
period (`_transposed`). Header words are data: nlp/data/tables.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.model import Block
from nlp import vocab
from nlp.figures.baselines import attach_table_change, column_baselines, row_baselines
from nlp.figures.draft import FigureDraft
from nlp.figures.metrics import match_metric, metric_rules, trim_label, unit_from_label
from nlp.noun_phrases import channel_measure, table_metric
from nlp.figures.targets import is_result_row, is_target_column, is_target_row
from nlp.numbers import Quantity, find_quantities, fold_keep, guess_style, parse_numeral, unit_of
from nlp.periods import header_period, parse_period, same_period_last_year


@dataclass(frozen=True)
class _Words:
    stt: re.Pattern
    unit: re.Pattern
    change: re.Pattern
    against_plan: re.Pattern
    absolute: re.Pattern
    percent: re.Pattern
    estimate: re.Pattern
    same_period: re.Pattern
    before: re.Pattern
    after: re.Pattern
    empty_cell: re.Pattern
    numbering_cell: re.Pattern
    table_unit: re.Pattern
    part_row: re.Pattern
    bullet_cell: re.Pattern
    address_cell: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = vocab.load("tables")
    pats = {k: re.compile(v) for k, v in data["columns"].items()}
    pats.update({k: re.compile(data[k]) for k in ("empty_cell", "numbering_cell", "table_unit", "part_row", "bullet_cell", "address_cell")})
    return _Words(**pats)


# A number wrapped inside a narrow cell ("1.210.50" / "0", "1.730." / "000"): its last group
# completed on the next line. Only where the first line's number cannot end there (two group
# separators then fewer than three digits), so two numbers on two lines stay two.
_WRAPPED_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})+\2\d{0,2})[ \t]*\n\s*(\d{1,3})(?![\d])")


def _unwrap_numbers(text: str) -> str:
    def join(m: re.Match) -> str:
        head, tail = m.group(1), m.group(3)
        have = len(head) - head.rfind(m.group(2)) - 1
        return head + tail if have + len(tail) == 3 else m.group(0)
    return _WRAPPED_NUMBER.sub(join, text)


def _cell_text(text: str) -> str:
    """A cell's wrapped lines are one text: "Khách quốc\ntế", "Nghìn tỷ\nđồng", "1.210.50\n0"."""
    return " ".join(_unwrap_numbers(text).split())


def table_grid(rows: list[Block]) -> list[list[str]]:
    """Rows of cell texts. A merged cell's text fills every column it spans, and a text cell merged
    down ("Chỉ tiêu" over two header rows, a label over its "Kế hoạch"/"Thực hiện" rows) the rows it
    spans; a value merged down is not repeated (it is one value)."""
    grid = []
    down: dict[int, tuple[str, int]] = {}   # column -> (text, rows still to fill)
    for b in rows:
        cells = b.cells or []
        width = max([c.col + max(c.col_span, 1) for c in cells] + [max(down, default=-1) + 1 if cells else 0])
        row = [""] * width
        for c in cells:
            for k in range(max(c.col_span, 1)):
                if c.col + k < width and not row[c.col + k]:
                    row[c.col + k] = _cell_text(c.text)
        if not cells:
            row = [" ".join(t.split()) for t in b.text.split("|")]
        for col, (text, left) in list(down.items()):
            if col < len(row) and not row[col]:
                row[col] = text
            if left <= 1:
                del down[col]
            else:
                down[col] = (text, left - 1)
        for c in cells:
            text = _cell_text(c.text)
            if c.row_span > 1 and text and not _is_numeric_cell(text, None):
                for k in range(max(c.col_span, 1)):
                    down[c.col + k] = (text, c.row_span - 1)
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _cell_number(cell: str, style: str | None) -> Quantity | None:
    if not cell or _words().empty_cell.match(cell):
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


def _is_numbering_row(row: list[str]) -> bool:
    """A row of column numbers under the header: "(1) | (2) | (3)=(2)/(1)", "A | B | 1 | 2"."""
    filled = [fold_keep(c) for c in row if c.strip()]
    return len(filled) >= 3 and all(_words().numbering_cell.match(c) for c in filled)


def _is_group_row(row: list[str]) -> bool:
    """A row that names a group of the rows below ("I. DU LỊCH" merged across the table, "II |
    THU HÚT ĐẦU TƯ" merged across all but the numbering cell, or "I | Du lịch" with every other
    cell empty)."""
    filled = [(k, c) for k, c in enumerate(row) if c.strip()]
    if not filled or len(row) < 3:
        return False
    texts = {c for k, c in filled if not (k == 0 and _ROW_NUMBER.match(fold_keep(c).strip()))}
    if len(texts) == 1 and len(filled) >= max(2, len(row) - 1) and not _is_numeric_cell(next(iter(texts)), None):
        return True
    return all(k <= 1 for k, _ in filled) and not any(_is_numeric_cell(c, None) for k, c in filled if k == 1)


def _repeats_header(row: list[str], head_rows: list[list[str]]) -> bool:
    """A header row printed again after a page break (its filled cells are a header row's)."""
    filled = [(k, fold_keep(c)) for k, c in enumerate(row) if c.strip()]
    if len(filled) < 2:
        return False
    return any(all(k < len(h) and fold_keep(h[k]) == c for k, c in filled) for h in head_rows)


def _label_parts(row: list[str], label_col: int, roles: list[str], style: str | None) -> list[str]:
    """The label cell and any later text cell of a row ("Fanpage ... | Người theo dõi | 86,500",
    "Lượt khách quốc tế | Thực hiện | 165.000"); [] where the label cell is empty or a number."""
    label = row[label_col].strip()
    if not label or _is_numeric_cell(label, style):
        return []
    extra = [row[c].strip() for c in range(label_col + 1, len(row))
             if roles[c] == "?" and row[c].strip() and not _is_numeric_cell(row[c], style)
             and row[c].strip() != label and not _words().address_cell.match(row[c].strip())]
    return [label] + extra


def row_label(row: list[str], label_col: int, roles: list[str], style: str | None) -> str:
    """The label of a table row (its metric is decided from it by match_metric): the label cell and
    any later text cell (the metric may be in a later text column); "" where the row has none."""
    return " ".join(_label_parts(row, label_col, roles, style))


_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[ivx]{1,5}|[a-zđ])[.)]?$")


def _header_rows(grid: list[list[str]], style: str | None) -> tuple[list[int], list[int], str]:
    """(header rows, column-number rows, title) at the top of a table. Header rows are the leading
    rows without numeric data cells (at most four), a title row merged across the whole table is
    not one of them, and a group row ends them."""
    heads: list[int] = []
    numbering: list[int] = []
    title = ""
    for r, row in enumerate(grid[:6]):
        if _is_numbering_row(row):
            numbering.append(r)
            continue
        if any(c and _is_numeric_cell(c, style) for c in row[1:]):
            break
        filled = [c for c in row if c.strip()]
        if not heads and len(grid) > 2 and len(row) >= 3 and len(filled) == len(row) and len(set(filled)) == 1:
            title = filled[0]   # "BẢNG TỔNG HỢP ..." across the table
            numbering.append(r)
            continue
        if heads and (_is_group_row(row) or (len(row) > 3 and not any(c.strip() for c in row[3:])) or
                      (_words().stt.match(fold_keep(grid[heads[0]][0])) and _ROW_NUMBER.match(fold_keep(row[0])))):
            break   # a group row, a row with a label only ("Doanh thu du lịch | tỷ đồng"), a numbered row
        if len(heads) == 4:
            break
        heads.append(r)
    return heads, numbering, title


def _head_parts(grid: list[list[str]], head_rows: list[int], c: int) -> list[str]:
    """A column's header cells: the texts of all header rows over it, top down, a merged cell once."""
    parts: list[str] = []
    for h in head_rows:
        t = grid[h][c]
        if t and (not parts or parts[-1] != t):
            parts.append(t)
    return parts


def _change_role(h: str) -> str:
    """change | skip for a comparison column: against the plan or in the row's own unit it is skipped."""
    w = _words()
    if w.against_plan.search(h):
        return "skip"       # "TH/KH (%)", "So với kế hoạch": how much of a target was reached
    paren = re.findall(r"\(([^)]*)\)", h)
    own_unit = any(unit_of(x)[0] not in (None, "percent") for x in paren)
    if (w.absolute.search(h) or own_unit) and not w.percent.search(h):
        return "skip"       # "Tăng/giảm (lượt)", "Số tuyệt đối": not a percentage
    return "change"


def figures_in_table(grid: list[list[str]], default_year: int | None = None,
                     context_period: str | None = None, caption: str = "") -> list[tuple[int, FigureDraft]]:
    """The figures a table states: (row number, figure) pairs. `grid` is rows of cell texts."""
    if len(grid) < 2:
        return []
    w = _words()
    width = len(grid[0])
    style = guess_style(c for r in grid for c in r[1:])
    head_rows, skip_rows, title = _header_rows(grid, style)
    if not head_rows:
        return []
    if title:
        caption = f"{caption} {title}".strip()
    first_data = max(head_rows + skip_rows) + 1
    head_parts = [_head_parts(grid, head_rows, c) for c in range(width)]
    heads = [" ".join(p).strip() for p in head_parts]
    low_heads = [fold_keep(h) for h in heads]
    roles: list[str] = ["?"] * width
    col_period: list[str | None] = [None] * width
    col_unit: list[tuple | None] = [None] * width
    col_estimate = [bool(w.estimate.search(h)) for h in low_heads]
    for c, h in enumerate(low_heads):
        if w.stt.match(h):
            roles[c] = "stt"
        elif w.unit.match(h):
            roles[c] = "unit"
        elif w.change.search(h) and not (parse_period(h, default_year) and "%" not in h and "tăng" not in h
                                         and "giảm" not in h and "so" not in h):
            roles[c] = _change_role(h)
        else:
            # the whole path, most specific part first: "Năm 2024" over "Ước thực hiện 9 tháng"
            p = header_period(head_parts[c], default_year)
            if is_target_column(h, bool(p)):
                # "Kế hoạch", "Mục tiêu", "Dự kiến" over a period, or over numbers without one
                if p or _numeric_column(grid, first_data, c, style):
                    roles[c] = "plan"
            elif p:
                roles[c] = "period"
                col_period[c] = p
        paren = re.search(r"\(([^)]*)\)", heads[c])
        if paren:
            u = unit_of(paren.group(1))
            if u[0] or u[2] != 1.0:
                col_unit[c] = u
    _same_period_columns(low_heads, roles, col_period)
    if "stt" not in roles and roles[0] == "?" and _numbering_column(grid, first_data, 0):
        roles[0] = "stt"   # its header unreadable ("T T" wrapped in a narrow cell, an OCR'd "|")
    label_col = next((c for c in range(width) if roles[c] == "?"), None)
    if label_col is None:
        return []
    n_head = first_data
    if not any(r == "period" for r in roles):
        # periods down a leading column, metrics across the header row
        pcol = _period_column(grid, n_head, roles, style, default_year)
        if pcol is not None:
            return _transposed(grid, n_head, heads, roles, pcol, style, default_year)
    # a "Số lượng" / "Kết quả" column with no period: the table's period
    if not any(r == "period" for r in roles):
        table_period = parse_period(caption, default_year) or context_period
        for c in range(width):
            if roles[c] == "?" and c != label_col and _numeric_column(grid, n_head, c, style):
                roles[c] = "period"
                col_period[c] = table_period
    period_cols = [c for c in range(width) if roles[c] == "period"]
    if not period_cols:
        return []
    before_col = next((c for c in period_cols if w.before.search(low_heads[c])), None)
    after_col = next((c for c in period_cols if w.after.search(low_heads[c]) and c != before_col), None)
    unit_col = next((c for c in range(width) if roles[c] == "unit"), None)
    change_cols = [c for c in range(width) if roles[c] == "change"]
    _, other_units, _ = metric_rules()
    label_head_unit = col_unit[label_col]
    table_unit = _table_unit(caption)
    head_texts = [grid[h] for h in head_rows]

    out: list[tuple[int, FigureDraft]] = []
    group = ""     # the group row above ("I. Du lịch")
    parent = ""    # the label of the last row without values ("Doanh thu du lịch" over its sub-rows)
    stt_col = next((c for c in range(width) if roles[c] == "stt"), None)
    above = ""     # the label of the last numbered row with values ("7 | Xuất khẩu" over "Trong đó: ...")
    for r in range(n_head, len(grid)):
        row = grid[r]
        if _is_numbering_row(row) or _repeats_header(row, head_texts):
            continue
        label = row_label(row, label_col, roles, style)
        if not label:
            if _is_group_row(row):
                # "II. Đầu tư nước ngoài" in the numbering column, the rest of the row empty
                group = parent = " ".join(dict.fromkeys(c.strip() for c in row if c.strip()))
                above = ""
            continue
        parts = _label_parts(row, label_col, roles, style)
        if any(is_target_row(p) for p in parts):
            continue   # "- Kế hoạch", "Chỉ tiêu giao": a target is not a figure
        result_part = next((p for p in parts if is_result_row(p)), None)
        result_row = result_part is not None
        if result_row:
            # "- Thực hiện" / "Ước thực hiện" under "Doanh thu du lịch", or beside it (merged down)
            rest = [p for p in parts if p is not result_part]
            label = " ".join(rest) if rest else (parent or label)
        unit, unit_text, mult = None, None, 1.0
        if unit_col is not None and row[unit_col].strip():
            unit, unit_text, mult = unit_of(row[unit_col])
            if unit is None and unit_text is None:
                unit_text = row[unit_col].strip()
        from_dvt = unit is not None
        paren = re.search(r"\(([^)]*)\)\s*$", label)
        if unit is None and paren:
            u = unit_of(paren.group(1))
            if u[0]:
                unit, unit_text, mult = u
        if unit is None and label_head_unit:
            unit, unit_text, mult = label_head_unit
        if unit is None and unit_text is None and table_unit:
            unit, unit_text, mult = table_unit
        row_text = " ".join([caption, group] + row)
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
            if _is_group_row(row):
                group = parent = label
                above = ""
            elif not result_row:
                parent = label
            continue
        any_unit = next((v[2] for v in cells.values() if v[2]), None)
        mm = match_metric(label, any_unit, row_text)
        if mm is None and any_unit is None:
            mm = match_metric(label, None, row_text)
        part_row = _is_part_row(label, row[stt_col] if stt_col is not None else "")
        if mm is None and part_row and above:
            # "Trong đó: hạt điều nhân" under "Xuất khẩu": a part of the row above, its metric
            mm = match_metric(above, any_unit, row_text)
        if mm is None and group:
            # "Doanh thu" under "II. Khách quốc tế": the row's own words first, then its group's
            mm = match_metric(f"{label} {group}", any_unit, row_text)
        if not part_row:
            above = label
        lead = _words().part_row.match(fold_keep(label))
        if lead and label[lead.end():].strip():
            label = label[lead.end():].strip()
        shown_label = _shown_label(label)
        figs: dict[int, FigureDraft] = {}
        for c, (value, q, u, ut) in cells.items():
            # a row naming a channel under a column naming measures ("Kênh YouTube" under "Số tin,
            # bài, video đăng tải"): what the column counts for that channel, unless the cell says
            # it itself ("48.200 người đăng ký") (nlp/noun_phrases.py)
            by_channel = None if q.unit_text else channel_measure(label, heads[c], u, row_text)
            u = by_channel.unit if by_channel else (u or unit_from_label(label, None) or (mm.unit if mm else None))
            if u is None:
                continue
            cell_mm = mm
            if cell_mm is None and q.unit_text:
                # "Fanpage Du lịch | facebook.com/... | 12.500 người theo dõi": the value cell's own words
                cell_mm = match_metric(row[c], u, row_text)
            # the row's group and the column's group can make the label's metric more specific
            cm = by_channel or table_metric(cell_mm, label, [group, heads[c]], u, row_text)   # nlp/noun_phrases.py
            # a row with its own ĐVT states a statistic even when no metric names it ("Cơ sở lưu trú
            # đạt chuẩn 3 sao | cơ sở | 14"): "other"
            stated = from_dvt and u == unit
            metric = cm.metric if cm else ("other" if u in other_units or stated else None)
            if metric is None:
                continue
            period = col_period[c] if col_period[c] is not None else row_period
            approximate = q.approximate or col_estimate[c] or (result_row and bool(w.estimate.search(fold_keep(result_part))))
            figs[c] = FigureDraft(metric=metric, label=shown_label, value=float(value), unit=u,
                                  unit_text=ut, period=period, approximate=approximate)
        row_baselines(figs, before_col, after_col)
        # change columns
        for cc in change_cols:
            sv = _signed_number(row[cc], style)
            if sv is None or w.empty_cell.match(row[cc]):
                continue
            stated, sign = sv
            attach_table_change(figs, cc, low_heads[cc], stated, sign, default_year)
        for c in sorted(figs):
            out.append((r, figs[c]))
    return out


def _shown_label(label: str) -> str:
    """A row's label as the figure keeps it: "Khách quốc tế (lượt)" without the unit in
    parentheses (it is the figure's unit), and without the words that close a label."""
    paren = re.search(r"\(([^)]*)\)\s*$", label)
    if paren:
        u = unit_of(paren.group(1))
        if u[0] or u[2] != 1.0:
            return trim_label(label[:paren.start()]) or trim_label(label)
    return trim_label(label)


def _is_part_row(label: str, numbering: str) -> bool:
    """A row that is a part of the row above: "Trong đó: ...", "Riêng ...", or numbered with a
    bullet ("-", "+") where the rows around it are numbered "1", "2"."""
    return bool(_words().part_row.match(fold_keep(label))) or bool(_words().bullet_cell.match(numbering.strip()))


def _numbering_column(grid: list[list[str]], first: int, c: int) -> bool:
    """A column of row numbers ("1", "2", "II", "a", "-"): most of its filled data cells are (a
    lone mark such as "|" is a digit OCR misread)."""
    cells = [fold_keep(grid[r][c]).strip() for r in range(first, len(grid)) if grid[r][c].strip()]
    numbered = [x for x in cells if _ROW_NUMBER.match(x) or _words().bullet_cell.match(x)
                or (len(x) == 1 and not x.isalnum())]
    return len(cells) >= 2 and len(numbered) * 4 >= len(cells) * 3


def _numeric_column(grid: list[list[str]], first: int, c: int, style: str | None) -> bool:
    col = [grid[r][c] for r in range(first, len(grid))]
    return sum(1 for x in col if x and _is_numeric_cell(x, style)) >= max(1, len(col) // 2)


def _same_period_columns(low_heads: list[str], roles: list[str], col_period: list[str | None]) -> None:
    """"Cùng kỳ (năm 2023)" beside "9 tháng năm 2024": the same nine months a year before."""
    w = _words()
    parts = [p for c, p in enumerate(col_period) if p and roles[c] == "period" and not w.same_period.search(low_heads[c])]
    for c, h in enumerate(low_heads):
        if roles[c] != "period" and not (roles[c] == "?" and w.same_period.search(h)):
            continue
        if not w.same_period.search(h) or w.change.search(h):
            continue
        for p in parts:
            earlier = same_period_last_year(p)
            if earlier and earlier != p and (col_period[c] is None or earlier.startswith(col_period[c])):
                roles[c], col_period[c] = "period", earlier
                break


def _table_unit(caption: str) -> tuple | None:
    """A unit for the whole table: "(Đơn vị tính: tỷ đồng)" above it or in its title row."""
    m = _words().table_unit.search(fold_keep(caption))
    if not m:
        return None
    u = unit_of(m.group(1).strip())
    return u if u[0] or u[2] != 1.0 else None


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
