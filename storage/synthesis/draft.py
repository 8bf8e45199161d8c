"""The draft national report (python-docx), in Vietnamese, following the outline of letter
3836's appendix: an analyst edits it rather than writes it. Every statement names its
provinces; every number is a count from a workbook sheet, named under its table."""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import pandas as pd
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from storage.synthesis.charts import all_charts
from storage.synthesis.data import label, labels, load, sheet_specs
from storage.synthesis.tables import Synthesis
from storage.synthesis.text import names, vn_date, vn_number, vn_percent, vn_period

FONT = "Times New Roman"   # the administrative documents' font (LibreOffice: Liberation Serif)


def _settings() -> dict:
    return load("report")


def _sheet(table: str) -> str:
    return sheet_specs()[table]["sheet"]


class _Writer:
    """A thin layer over python-docx: headings, paragraphs, one table per section, charts."""

    def __init__(self):
        self.doc = Document()
        self.figures = 0
        self.tables = 0
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        for name, size, bold in (("Normal", 13, False), ("Heading 1", 13, True), ("Heading 2", 13, True),
                                 ("Title", 14, True), ("List Bullet", 13, False)):
            style = self.doc.styles[name]
            style.font.name, style.font.size, style.font.bold = FONT, Pt(size), bold
            style.font.color.rgb = RGBColor(0, 0, 0)
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = rpr.makeelement(qn("w:rFonts"), {})
                rpr.append(fonts)
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), FONT)
            for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(theme_attr), None)
        self.doc.styles["Normal"].paragraph_format.space_after = Pt(6)
        self.doc.styles["Normal"].paragraph_format.line_spacing = 1.15
        self.doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(self, text: str, level: int):
        return self.doc.add_heading(text, level=level)

    def para(self, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
             align=None, style: str | None = None):
        p = self.doc.add_paragraph(style=style)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def source(self, *tables: str):
        """Where the numbers above come from: the workbook sheets."""
        sheets = ", ".join(f"«{_sheet(t)}»" for t in tables)
        self.para(f"Nguồn: bảng tổng hợp, sheet {sheets}.", italic=True, size=10)

    def table(self, header: list[str], rows: list[list], widths_cm: list[float], caption: str,
              numeric: tuple[int, ...] | None = None):
        """A captioned table; `numeric` names the right-aligned columns (default: cells that read
        as numbers)."""
        self.tables += 1
        title = self.para(f"Bảng {self.tables}. {caption}", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        title.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header):
            self._cell(cell, text, bold=True)
        for row in rows or [["(không có)"] + [""] * (len(header) - 1)]:
            cells = table.add_row().cells
            for j, (cell, text) in enumerate(zip(cells, row)):
                right = j in numeric if numeric is not None else _is_number(text)
                self._cell(cell, "" if text is None else str(text),
                           align=WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT)
        # LibreOffice reads the grid columns, Word the cell widths: set both.
        table.autofit = False
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
        self._repeat_header(table)
        return table

    @staticmethod
    def _cell(cell, text: str, bold: bool = False, align=WD_ALIGN_PARAGRAPH.LEFT):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if bold else align
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(10.5)

    @staticmethod
    def _repeat_header(table):
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))

    def chart(self, png: bytes, caption: str):
        self.figures += 1
        self.doc.add_picture(io.BytesIO(png), width=Cm(16))
        picture = self.doc.paragraphs[-1]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.space_before = Pt(10)  # apart from a table right above
        picture.paragraph_format.keep_with_next = True  # with its caption
        self.para(f"Biểu đồ {self.figures}. {caption}", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

    def bullet(self, text: str):
        self.para(text, style="List Bullet")


def _is_number(text) -> bool:
    t = str(text or "").replace(".", "").replace(",", "").replace("%", "").replace("+", "").replace("-", "").strip()
    return t.isdigit()


def _fraction(n: int, of: int) -> str:
    return f"{n}/{of}"


# ------------------------------------------------------------------------------ sections

def _reported(s: Synthesis) -> pd.DataFrame:
    summary = s["summary"]
    return summary[summary["reported"] & summary["province"].notna()]


def counts_sentences(s: Synthesis) -> dict[str, str]:
    """The headline sentences (the draft's and the tests' single source)."""
    rep = _reported(s)
    x = rep["province"].nunique()
    y = rep.loc[rep["on_time"].fillna(False).astype(bool), "province"].nunique()
    plan = rep.drop_duplicates("province")["plan_status"].value_counts()
    a, b, c, d = (int(plan.get(k, 0)) for k in ("built", "in_progress", "not_built", "unknown"))
    plan_text = f"{a}/{x} địa phương đã xây dựng Kế hoạch, {b} đang xây dựng, {c} chưa xây dựng"
    if d:
        plan_text += f", {d} không nêu"
    return {"received": f"{x}/63 địa phương đã gửi báo cáo ({y} đúng hạn)", "plan": plan_text}


def _receipt(w: _Writer, s: Synthesis, charts: dict):
    rep = _reported(s)
    missing = s["missing"]
    late = rep[rep["on_time"].eq(False)]
    on_time = rep[rep["on_time"].eq(True)]
    undated = rep[rep["on_time"].isna()]
    sentences = counts_sentences(s)
    w.heading("TÌNH HÌNH GỬI BÁO CÁO", 1)
    w.heading("1. Số địa phương đã gửi báo cáo", 2)
    w.para(f"Thực hiện Công văn số {s.letter.number} ngày {vn_date(s.letter.date)} của Bộ Thông tin và "
           f"Truyền thông, tính đến ngày {vn_date(s.generated)}, {sentences['received']}; hạn gửi báo cáo là "
           f"ngày {vn_date(s.letter.deadline)}.")
    if len(late):
        w.para("Các địa phương gửi sau hạn: " + names(
            f"{p} (ngày {vn_date(d)})" for p, d in zip(late["province"], late["report_date"])) + ".")
    unplaced = s["summary"][s["summary"]["reported"] & s["summary"]["province"].isna()]
    if len(unplaced):
        w.para(f"{len(unplaced)} báo cáo chưa xác định được địa phương, cần người duyệt ghi tỉnh: "
               + names(unplaced["file_name"].astype(str)) + ".")
    no_report = missing[missing["reason"] == "no_report"]
    failed = missing[missing["reason"] == "failed"]
    if len(no_report):
        w.para(f"{len(no_report)} địa phương chưa gửi báo cáo: {names(no_report['province'])}.")
    if len(failed):
        w.para(f"{len(failed)} báo cáo nhận được nhưng chưa đọc được, cần xử lý lại: "
               + names(f"{p or 'không rõ địa phương'} (tệp {f})" for p, f in zip(failed["province"], failed["file_name"]))
               + ".")
    rows = [["Gửi đúng hạn", len(on_time), names(on_time["province"])],
            ["Gửi sau hạn", len(late), names(late["province"])]]
    if len(undated):
        rows.append(["Không ghi ngày", len(undated), names(undated["province"])])
    rows.append(["Chưa gửi hoặc chưa đọc được", len(missing[missing["province"].notna()]),
                 names(missing["province"].dropna())])
    w.table(["Tình hình", "Số địa phương", "Các địa phương"], rows, [4, 2.5, 9.5],
            "Tình hình gửi báo cáo theo Công văn " + s.letter.number)
    w.chart(charts["received_by_day"], f"Số báo cáo theo ngày ký so với hạn {vn_date(s.letter.deadline)}")
    w.source("summary", "missing")


def _plan(w: _Writer, s: Synthesis, charts: dict):
    rep = _reported(s).drop_duplicates("province")
    w.heading("1. Tình hình xây dựng Kế hoạch/Chương trình truyền thông quảng bá", 2)
    w.para(counts_sentences(s)["plan"] + ".")
    rows = []
    for status in labels("plan_status"):
        group = rep[rep["plan_status"] == status]
        if len(group):
            w.para(f"{label('plan_status', status)}: {names(group['province'])}.")
        rows.append([label("plan_status", status), len(group), names(group["province"])])
    w.table(["Tình hình", "Số địa phương", "Các địa phương"], rows, [4, 2.5, 9.5],
            "Tình hình xây dựng Kế hoạch/Chương trình")
    w.chart(charts["plan_status"], "Tình hình xây dựng Kế hoạch/Chương trình (63 địa phương)")
    w.source("summary")


def _pilots(w: _Writer, s: Synthesis):
    summary = s["summary"]
    pilots = summary[summary["pilot"]]
    others = summary[~summary["pilot"] & summary["province"].notna()]
    w.heading("2. Các địa phương thí điểm so với các địa phương khác", 2)

    def stats(group: pd.DataFrame) -> dict:
        got = group[group["reported"]].drop_duplicates("province")
        n = len(got)
        return {"all": group["province"].nunique(), "reported": n,
                "on_time": int(got["on_time"].fillna(False).astype(bool).sum()),
                "built": int((got["plan_status"] == "built").sum()),
                "channels": got["channel_count"].mean() if n else None,
                "figures": got["figures"].mean() if n else None,
                "pairs": int(got["before_after"].sum()) if n else 0,
                "names": list(got["province"]), "missing": [p for p in group["province"] if p not in set(got["province"])]}

    p, o = stats(pilots), stats(others)
    text = (f"Trong {p['all']} địa phương thí điểm, {p['reported']} đã gửi báo cáo ({names(p['names'])})")
    text += f", {p['built']} đã xây dựng Kế hoạch" if p["reported"] else ""
    text += f"; chưa gửi: {names(p['missing'])}." if p["missing"] else "."
    text += (f" Ở {o['all']} địa phương còn lại, {o['reported']} đã gửi báo cáo, {o['built']} đã xây dựng "
             f"Kế hoạch.")
    w.para(text)

    def avg(v):
        return "" if v is None or pd.isna(v) else vn_number(v, 1)

    rows = [["Số địa phương", p["all"], o["all"]],
            ["Đã gửi báo cáo", p["reported"], o["reported"]],
            ["Gửi đúng hạn", p["on_time"], o["on_time"]],
            ["Đã xây dựng Kế hoạch", p["built"], o["built"]],
            ["Số kênh bình quân một địa phương", avg(p["channels"]), avg(o["channels"])],
            ["Số liệu bình quân một báo cáo", avg(p["figures"]), avg(o["figures"])],
            ["Cặp số liệu trước - sau", p["pairs"], o["pairs"]]]
    w.table(["Chỉ số", "08 địa phương thí điểm" if p["all"] == 8 else "Địa phương thí điểm",
             "Các địa phương khác"], rows, [8, 4, 4], "Địa phương thí điểm và các địa phương khác")
    w.source("summary")


def _factors(w: _Writer, s: Synthesis):
    rep = _reported(s).drop_duplicates("province")
    x = len(rep)
    counts = s["factor_counts"]
    identified = rep[rep["factors_identified"].eq(True)]
    not_identified = rep[rep["factors_identified"].eq(False)]
    w.heading("3. Yếu tố truyền thông trọng tâm", 2)
    top = counts[counts["provinces"] > 0]
    text = f"{_fraction(len(identified), x)} địa phương đã xác định yếu tố truyền thông trọng tâm"
    if len(top):
        text += "; các nhóm yếu tố được chọn nhiều nhất: " + names(
            f"{label('factor_group', g)} ({n} địa phương)" for g, n in zip(top["factor_group"], top["provinces"]))
    text += "."
    if len(not_identified):
        text += f" Chưa xác định: {names(not_identified['province'])}."
    w.para(text)
    w.table(["Nhóm yếu tố", "Số địa phương", "Các địa phương"],
            [[label("factor_group", g), n, pn] for g, n, pn in zip(counts["factor_group"], counts["provinces"],
                                                                    counts["province_names"])],
            [4.5, 2.5, 9], "Nhóm yếu tố truyền thông theo số địa phương lựa chọn")
    w.source("factor_counts", "factors_messages")


def _messages(w: _Writer, s: Synthesis):
    rep = _reported(s).drop_duplicates("province")
    fm = s["factors_messages"]
    with_messages = fm[fm["key_messages"].notna()]
    not_identified = rep[rep["key_messages_identified"].eq(False)]
    w.heading("4. Thông điệp chính", 2)
    text = (f"{_fraction(int(rep['key_messages_identified'].eq(True).sum()), len(rep))} địa phương đã xác "
            f"định thông điệp chính của truyền thông")
    text += f"; chưa xác định: {names(not_identified['province'])}." if len(not_identified) else "."
    w.para(text)
    w.table(["Địa phương", "Thông điệp"],
            [[p, m.replace("\n", "; ")] for p, m in zip(with_messages["province"], with_messages["key_messages"])],
            [4, 12], "Thông điệp chính của các địa phương")
    w.source("key_messages")


def _channels(w: _Writer, s: Synthesis, charts: dict):
    counts = s["channel_counts"]
    used = counts[counts["provinces"] > 0]
    n = len(s.sources)
    w.heading("5. Phương thức, kênh truyền thông", 2)
    if len(used):
        w.para("Các kênh được nhiều địa phương sử dụng nhất: " + names(
            f"{label('channel', c)} ({k}/{n} địa phương)" for c, k in zip(used["channel"].head(5),
                                                                        used["provinces"].head(5))) + ".")
    w.table(["Kênh truyền thông", "Số địa phương", "Các địa phương"],
            [[label("channel", c), k, pn] for c, k, pn in zip(used["channel"], used["provinces"],
                                                              used["province_names"])],
            [5, 2.5, 8.5], "Kênh truyền thông theo số địa phương sử dụng")
    w.chart(charts["channels"], "Kênh truyền thông theo số địa phương sử dụng")
    w.source("channel_counts", "channel_matrix")


def _effects(w: _Writer, s: Synthesis):
    figures = s["figures"]
    effects = figures[figures["metric"].isin(_settings()["effect_metrics"])]
    # Per province and indicator the latest value (with its "before" where given): the rest is in the sheet.
    effects = (effects.assign(_order=effects["period"].fillna(""), _label=effects["label"].str.lower())
               .sort_values(["_order"], kind="stable")
               .drop_duplicates(["document_id", "metric", "_label"], keep="last")
               .sort_index())
    w.heading("6. Hiệu quả các kênh theo số liệu địa phương báo cáo", 2)
    provinces = list(dict.fromkeys(effects["province"]))
    w.para(f"{len(provinces)} địa phương nêu số liệu về hiệu quả kênh truyền thông (người theo dõi, lượt xem, "
           f"lượt tiếp cận, lượt truy cập, tin bài trên báo chí nước ngoài)"
           + (f": {names(provinces)}." if provinces else "."))
    rows = []
    for _, f in effects.iterrows():
        before = ("" if pd.isna(f["baseline_value"]) else
                  f"{vn_number(f['baseline_value'])} ({vn_period(f['baseline_period'])})")
        rows.append([f["province"], f["label"] or label("metric", f["metric"]), vn_number(f["value"]),
                     vn_period(f["period"]), before])
    w.table(["Địa phương", "Chỉ tiêu (theo báo cáo)", "Giá trị", "Kỳ", "Trước đó"], rows, [3.2, 5.3, 2.5, 2.5, 2.5],
            "Số liệu về hiệu quả các kênh truyền thông", numeric=(2,))
    w.source("figures")


def _changes(w: _Writer, s: Synthesis, charts: dict):
    pairs = s["before_after"]
    top_n = int(_settings()["top_changes"])
    w.heading("7. Kết quả đạt được: số liệu trước và sau", 2)
    provinces = list(dict.fromkeys(pairs["province"]))
    w.para(f"{len(provinces)} địa phương nêu được {len(pairs)} cặp số liệu trước - sau"
           + (f" ({names(provinces)})" if provinces else "") + ".")
    mismatched = pairs[pairs["mismatch"]]
    if len(mismatched):
        w.para(f"Có {len(mismatched)} cặp số liệu mà mức tăng/giảm báo cáo nêu lệch hơn 1 điểm phần trăm so với "
               f"mức tính từ chính hai số liệu, cần đối chiếu lại với địa phương: " + names(
                   f"{p} ({label('metric', m)} {vn_period(a)})" for p, m, a in
                   zip(mismatched["province"], mismatched["metric"], mismatched["after_period"])) + ".")
    else:
        w.para("Mức tăng/giảm các địa phương nêu khớp với số liệu của chính báo cáo (chênh lệch không quá "
               "1 điểm phần trăm).")
    ranked = pairs.dropna(subset=["computed_change_percent"]).sort_values(
        ["computed_change_percent", "province"], ascending=[False, True]).head(top_n)
    rows = []
    for _, r in ranked.iterrows():
        stated = ("" if pd.isna(r["stated_change_percent"]) else vn_percent(r["stated_change_percent"]))
        if not stated and not pd.isna(r["stated_change_times"]):
            stated = f"gấp {vn_number(r['stated_change_times'], 2)} lần"
        rows.append([r["province"], r["label"] or label("metric", r["metric"]),
                     f"{vn_number(r['before_value'])} ({vn_period(r['before_period'])})",
                     f"{vn_number(r['after_value'])} ({vn_period(r['after_period'])})",
                     vn_percent(r["computed_change_percent"]), stated])
    w.table(["Địa phương", "Chỉ tiêu", "Trước", "Sau", "Thay đổi", "Báo cáo nêu"], rows,
            [2.6, 3.8, 3.1, 3.1, 1.9, 1.9], f"{len(rows)} số liệu tăng nhiều nhất (tính từ hai số liệu)",
            numeric=(4,))
    for key, png in charts.items():
        if key.startswith("before_after_"):
            metric = key.removeprefix("before_after_")
            w.chart(png, f"{label('metric', metric)}: trước và sau khi triển khai")
    w.source("before_after")


def _themes(w: _Writer, s: Synthesis, number: str, title: str, topic: str, table: str):
    themes = s.themes.get(topic, [])
    frame = s[table]
    limit = int(_settings()["themes_per_section"])
    w.heading(f"{number}. {title}", 2)
    provinces = list(dict.fromkeys(frame["province"]))
    lone = int(frame["theme_id"].isna().sum())
    text = f"{len(provinces)} địa phương nêu {len(frame)} ý"
    if themes:
        text += (f"; {len(themes)} nội dung được từ hai địa phương trở lên cùng nêu, nhiều nhất là: "
                 + names(f"{t.name} ({len(t.provinces)} địa phương, ví dụ: «{t.example.rstrip('.;')}» – "
                         f"{t.example_province})" for t in themes[:3]))
    text += "."
    if lone:
        text += f" {lone} ý riêng của từng địa phương xem tại sheet «{_sheet(table)}»."
    w.para(text)
    rows = []
    for t in themes[:limit]:
        kinds = ""
        if topic == "causes":
            ks = frame.loc[frame["theme_id"] == t.theme_id, "kind"].dropna().unique()
            kinds = " (" + ", ".join(label("cause_kind", k) for k in sorted(ks)) + ")" if len(ks) else ""
        rows.append([t.name + kinds, f"{t.example} ({t.example_province})", len(t.provinces), names(t.provinces)])
    w.table(["Chủ đề (từ khóa)", "Ý tiêu biểu", "Số địa phương", "Các địa phương"], rows, [3.2, 7, 1.8, 4],
            f"{title}: các nội dung nhiều địa phương cùng nêu")
    w.source(table, "themes")


def _recommendations(w: _Writer, s: Synthesis):
    frame = s["recommendations"]
    limit = int(_settings()["items_per_addressee"])
    w.heading("1. Kiến nghị theo cơ quan", 2)
    provinces = list(dict.fromkeys(frame["province"]))
    w.para(f"{len(provinces)} địa phương có kiến nghị, đề xuất ({s['summary']['recommendations'].sum()} kiến "
           f"nghị), tập hợp theo cơ quan được kiến nghị dưới đây; một kiến nghị gửi nhiều cơ quan được nêu ở "
           f"từng cơ quan.")
    rows = []
    groups = {a: g for a, g in frame.groupby("addressee", sort=False)}
    for addressee in labels("addressee"):
        g = groups.get(addressee)
        if g is None:
            continue
        rows.append([label("addressee", addressee), g["province"].nunique(), len(g),
                     names(list(dict.fromkeys(g["province"])))])
    w.table(["Cơ quan", "Số địa phương", "Số kiến nghị", "Các địa phương"], rows, [4.5, 2, 2, 7.5],
            "Kiến nghị theo cơ quan được kiến nghị")
    for addressee in labels("addressee"):
        g = groups.get(addressee)
        if g is None:
            continue
        w.para(f"Đối với {label('addressee', addressee)} ({g['province'].nunique()} địa phương):", bold=True)
        bullets = []
        by_theme = defaultdict(list)
        for _, r in g.iterrows():
            by_theme[r["theme_id"] if not pd.isna(r["theme_id"]) else f"#{r['document_id']}{r['field_path']}"].append(r)
        ordered = sorted(by_theme.values(), key=lambda rows_: (-len({r["province"] for r in rows_}),
                                                               rows_[0]["province"]))
        themes = {t.theme_id: t for t in s.themes.get("recommendations", [])}
        for rows_ in ordered:
            provinces = list(dict.fromkeys(r["province"] for r in rows_))
            if len(provinces) == 1:
                bullets.append(f"{rows_[0]['text'].rstrip('.;')} ({provinces[0]}).")
                continue
            # A group: said in different words by several provinces; one of them quoted, named.
            theme = themes.get(rows_[0]["theme_id"])
            quoted = next((r for r in rows_ if theme and r["text"] == theme.example), rows_[0])
            bullets.append(f"{len(provinces)} địa phương ({names(provinces)}) cùng kiến nghị về "
                           f"{theme.name if theme else 'nội dung này'}, ví dụ: «{quoted['text'].rstrip('.;')}» "
                           f"({quoted['province']}).")
        for text in bullets[:limit]:
            w.bullet(text)
        if len(bullets) > limit:
            w.para(f"Và {len(bullets) - limit} kiến nghị khác (sheet «{_sheet('recommendations')}»).", italic=True)
    w.source("recommendations", "themes")


def build_draft(s: Synthesis, charts: dict[str, bytes] | None = None) -> Document:
    charts = charts if charts is not None else all_charts(s)
    w = _Writer()
    w.para("BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC THÔNG TIN ĐỐI NGOẠI", bold=True, size=12,
           align=WD_ALIGN_PARAGRAPH.LEFT)
    w.para("DỰ THẢO", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.para("BÁO CÁO TỔNG HỢP", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    w.para(f"Kết quả thực hiện công tác truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài theo cách làm mới "
           f"tại các địa phương (theo Công văn số {s.letter.number} ngày {vn_date(s.letter.date)})",
           bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    w.para(f"Bản dự thảo tự động lập ngày {vn_date(s.generated)} từ {len(s.sources)} báo cáo (đã áp dụng các "
           f"chỉnh sửa của người duyệt). Mọi con số đều lấy từ bảng tổng hợp (tệp Excel) kèm theo; "
           f"mỗi mục ghi sheet nguồn.", italic=True, size=11)
    _receipt(w, s, charts)
    w.heading("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH/CHƯƠNG TRÌNH TRUYỀN THÔNG QUẢNG BÁ ĐỊA PHƯƠNG "
              "THEO CÁCH LÀM MỚI", 1)
    _plan(w, s, charts)
    _pilots(w, s)
    _factors(w, s)
    _messages(w, s)
    _channels(w, s, charts)
    _effects(w, s)
    _changes(w, s, charts)
    w.heading("II. ĐÁNH GIÁ CHUNG", 1)
    _themes(w, s, "1", "Ưu điểm", "strengths", "strengths")
    _themes(w, s, "2", "Khó khăn, vướng mắc", "difficulties", "difficulties")
    _themes(w, s, "3", "Nguyên nhân", "causes", "causes")
    _themes(w, s, "4", "Bài học kinh nghiệm", "lessons", "lessons")
    w.heading("III. ĐỀ XUẤT, KIẾN NGHỊ", 1)
    _recommendations(w, s)
    return w.doc


def write_draft(s: Synthesis, out: Path, charts: dict[str, bytes] | None = None) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_draft(s, charts).save(out)
    return out
