"""The national synthesis on the reference records of 34 samples, loaded into a database through
the repository API (no extraction): a reviewer's correction, a superseded older report and a
failed file on top. The expected numbers were counted by hand from the gold files (as committed
in 09ea8a5), not copied from the code's output."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from typer.testing import CliRunner

from extractors.model import Document
from flows.cli import app
from nlp.consistency import check_changes, mismatches
from nlp.context import Context
from storage.db import open_database
from storage.record import DocumentInfo, Figure
from storage.repository import Repository
from storage.synthesis import from_records
from storage.synthesis.files import write_tables
from storage.synthesis.themes import ThemeItem, find_themes, tokens
from tests.records import make_record

GOLD = Path(__file__).resolve().parents[2] / "samples" / "gold"
# The 34 samples of this synthesis (colleagues add more samples; these stay the test's set).
STEMS = [
    "BC 112 - UBND tinh Ha Giang", "BRVT_BC389-UBND_thi-diem-quang-ba", "BacGiang_BC412-UBND_quangba_2024",
    "BacNinh_BC-UBND_3836_final", "BinhDinh_BC-UBND_truyen-thong-quang-ba_2024", "BinhDuong_BC-UBND_QuangBaHinhAnh",
    "CaMau_BC318-UBND_TTQB_2024", "CanTho_BC_225_UBND", "DaNang_BC_298_TTTT-quangba",
    "DakLak_STTTT_BC_quang-ba-hinh-anh", "DongThap_CV2874-UBND-VX_bao-cao-3836", "GiaLai_BC156_UBND_TTDN",
    "HCM_BC3712_quang-ba-hinh-anh", "HaNoi_BC-UBND_quangba-TTDN_3836", "HaTinh_356_BC-UBND_TTDN",
    "HaiPhong_214-BC-UBND_TTDN", "HoaBinh_BC187_UBND", "KhanhHoa_1985-BC-STTTT", "KienGiang_BC_scan_20240925",
    "KonTum_STTTT_BC1187_scan", "LamDong_STTTT_BC-quangba-3836", "LaoCai_BC318_UBND_quangba",
    "NgheAn_1742-BC-STTTT_quangba_signed", "NinhBinh_BC-UBND_TTDN_2024", "QuangBinh_BC_scan_27122024",
    "QuangNam_BC_UBND_TTQB_2024_final", "QuangNinh_BC245-UBND_TTDN", "QuangTri_STTTT_BC1532_quangba",
    "SonLa_BC247_scan", "TTHue_BC-UBND_scan", "TayNinh_BC-UBND_quang-ba-hinh-anh-ra-nuoc-ngoai",
    "ThanhHoa_BC-UBND_TTQB_nuoc-ngoai_2024", "VinhLong_BC278_UBND_quang-ba-hinh-anh",
    "YenBai_BC205-UBND_quangba-hinh-anh",
]
SHEETS = ["Tổng hợp", "Số liệu", "Trước - sau", "Kênh", "Kênh - số địa phương", "Kênh - trích dẫn",
          "Yếu tố - Thông điệp", "Yếu tố - số địa phương", "Thông điệp", "Ưu điểm", "Khó khăn", "Nguyên nhân",
          "Bài học", "Kiến nghị", "Chủ đề lặp lại", "Thiếu báo cáo", "Theo tỉnh mới (2025)", "Danh mục mã"]


def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('synthesis') / 'synthesis.sqlite'}"
    sessions = open_database(url)
    with sessions.begin() as session:
        repo = Repository(session)
        # An older report of Quảng Ninh (its own bytes, dated before the real one): superseded.
        older = _gold("QuangNinh_BC245-UBND_TTDN")
        older["document"].update(sha256="0" * 64, file_name="QuangNinh_BC201_ban-cu.docx", number="201/BC-UBND",
                                 date="2024-09-10")
        older["plan"]["status"] = "not_built"
        doc, _ = repo.register_file(older["document"]["sha256"], older["document"]["file_name"], 1, None)
        repo.record_success(doc, older, version="gold", parse_seconds=0, nlp_seconds=0, warnings=[])
        for stem in STEMS:
            record = _gold(stem)
            record["review"] = {"status": "unreviewed", "corrected_fields": []}  # as extracted: nobody reviewed
            doc, _ = repo.register_file(record["document"]["sha256"], record["document"]["file_name"], 1, None)
            repo.record_success(doc, record, version="gold", parse_seconds=0, nlp_seconds=0, warnings=[])
        # A reviewer corrects Sơn La's plan status (the gold says not_built).
        repo.add_correction(repo.find("SonLa_BC247_scan.pdf"), "plan.status", "in_progress", author="Lan")
        # A reviewer approves Hà Nội's record on the review page (a correction of review.status).
        repo.set_approval(repo.find("HaNoi_BC-UBND_quangba-TTDN_3836.pdf"), True, by="Lan")
        # Cao Bằng sent a file that could not be read.
        failed, _ = repo.register_file("f" * 64, "BaoCao_CaoBang_2024.pdf", 1, None)
        repo.record_failure(failed, code="corrupt", message="the PDF has no readable pages", version="gold")
    sessions.kw["bind"].dispose()
    return url


@pytest.fixture(scope="module")
def outputs(db_url, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["synthesis", "--db", db_url, "--xlsx", str(out / "tong-hop.xlsx"),
                                      "--docx", str(out / "du-thao.docx"), "--out-dir", str(out / "tables"),
                                      "--format", "parquet", "--review-url", "http://127.0.0.1:8000/"])
    assert result.exit_code == 0, result.output
    return out


def _sheet(wb, name: str) -> pd.DataFrame:
    rows = list(wb[name].iter_rows(values_only=True))
    return pd.DataFrame(rows[1:], columns=rows[0])


# ------------------------------------------------------------------------------ workbook

def test_workbook_sheets_headers_and_formats(outputs):
    wb = load_workbook(outputs / "tong-hop.xlsx")
    assert wb.sheetnames == SHEETS
    ws = wb["Tổng hợp"]
    headers = [c.value for c in ws[1]]
    assert headers[:9] == ["Tỉnh, thành phố (2024)", "Thuộc tỉnh, thành phố (2025)", "Địa phương thí điểm",
                           "Đã gửi báo cáo", "Số báo cáo", "Ngày báo cáo", "Đúng hạn (24/9/2024)",
                           "Số ngày so với hạn", "Kế hoạch/Chương trình"]
    # The label is shown; the id sits in a hidden column beside it.
    assert headers[9] == "Kế hoạch/Chương trình (mã)" and ws.column_dimensions["J"].hidden
    assert not ws.column_dimensions["I"].hidden
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}64"
    formats = {c.value: ws.cell(2, c.column).number_format for c in ws[1]}
    assert formats["Ngày báo cáo"] == "dd/mm/yyyy" and formats["Số liệu"] == "#,##0"
    assert isinstance(ws.cell(2, headers.index("Số liệu") + 1).value, int)
    ws = wb["Trước - sau"]
    heads = [c.value for c in ws[1]]
    change = ws.cell(2, heads.index("Thay đổi tính được") + 1)
    assert change.number_format == "0.0%" and isinstance(change.value, float)
    value = ws.cell(2, heads.index("Giá trị sau") + 1)
    assert value.number_format == "#,##0" and isinstance(value.value, (int, float))
    for sheet in wb.worksheets:  # numbers are values, never formulas
        assert sheet.max_row >= 1
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                assert not (isinstance(cell.value, str) and cell.value.startswith("="))
    widths = [wb["Tổng hợp"].column_dimensions[c].width for c in "ABCKP"]
    assert all(8 <= w <= 60 for w in widths)
    # Each row links back to its document on the review page.
    ws = wb["Tổng hợp"]
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "Quảng Ninh")
    doc_id = row[heads.index("Mã văn bản")].value
    assert row[heads.index("Tệp")].hyperlink.target == f"http://127.0.0.1:8000/documents/{doc_id}"
    failed = next(r for r in wb["Thiếu báo cáo"].iter_rows(min_row=2) if r[0].value == "Cao Bằng")
    assert failed[-1].hyperlink.target.startswith("http://127.0.0.1:8000/documents/")


def test_without_a_review_page_rows_link_to_the_received_file(tmp_path):
    from storage.synthesis import SourceReport, Sources, build
    from storage.synthesis.workbook import document_links

    received = tmp_path / "QuangNinh_BC245.docx"
    received.write_bytes(b"x")
    result = build(Sources(reports=[SourceReport(document_id=7, file_name=received.name, record=make_record(),
                                                 path=str(received))]))
    assert document_links(result) == {7: received.as_uri()}


def test_workbook_counts_equal_the_hand_count(outputs):
    wb = load_workbook(outputs / "tong-hop.xlsx")
    summary = _sheet(wb, "Tổng hợp")
    assert len(summary) == 63
    reported = summary[summary["Đã gửi báo cáo"] == "có"]
    assert len(reported) == 34
    assert (reported["Đúng hạn (24/9/2024)"] == "có").sum() == 20       # dated 24/9/2024 or before
    plan = reported["Kế hoạch/Chương trình"].value_counts().to_dict()
    assert plan == {"Đã xây dựng": 21, "Đang xây dựng": 9, "Chưa xây dựng": 4}  # Sơn La corrected
    pilots = summary[summary["Địa phương thí điểm"] == "có"]
    assert sorted(pilots["Tỉnh, thành phố (2024)"]) == sorted(
        ["Hà Nội", "Hồ Chí Minh", "Cần Thơ", "Đà Nẵng", "Hải Phòng", "Quảng Ninh", "Thừa Thiên Huế",
         "Bà Rịa - Vũng Tàu"])
    assert (pilots["Đã gửi báo cáo"] == "có").all() and (pilots["Đúng hạn (24/9/2024)"] == "có").sum() == 6
    quang_ninh = summary[summary["Tỉnh, thành phố (2024)"] == "Quảng Ninh"]
    assert len(quang_ninh) == 1  # the older report is superseded
    row = quang_ninh.iloc[0]
    assert (row["Số báo cáo"], row["Kế hoạch/Chương trình"], row["Số liệu"], row["Kiến nghị"], row["Số kênh"]) == \
        ("245/BC-UBND", "Đã xây dựng", 19, 4, 11)
    assert row["Thuộc tỉnh, thành phố (2025)"] == "Quảng Ninh"
    son_la = summary[summary["Tỉnh, thành phố (2024)"] == "Sơn La"].iloc[0]
    assert son_la["Tình trạng duyệt"] == "đang duyệt" and son_la["Tình trạng duyệt (mã)"] == "in_review"
    ha_noi = summary[summary["Tỉnh, thành phố (2024)"] == "Hà Nội"].iloc[0]
    assert ha_noi["Tình trạng duyệt"] == "đã duyệt"
    assert (reported["Tình trạng duyệt"] == "chưa duyệt").sum() == 32
    assert summary.loc[summary["Tỉnh, thành phố (2024)"] == "Hà Giang", "Thuộc tỉnh, thành phố (2025)"].item() == \
        "Tuyên Quang"

    channels = _sheet(wb, "Kênh - số địa phương").set_index("Kênh truyền thông (mã)")["Số địa phương"]
    assert (channels["portal"], channels["facebook"], channels["tiktok"]) == (32, 27, 12)
    matrix = _sheet(wb, "Kênh")
    assert len(matrix) == 34 and matrix["Facebook"].sum() == 27
    factors = _sheet(wb, "Yếu tố - số địa phương").set_index("Nhóm yếu tố (mã)")["Số địa phương"]
    assert factors["tourism"] == 29
    assert len(_sheet(wb, "Số liệu")) == 395
    pairs = _sheet(wb, "Trước - sau")
    assert len(pairs) == 72 and (pairs["Không khớp (> 1 điểm %)"] == "không").all()  # figures with a baseline value
    assert len(_sheet(wb, "Thông điệp")) == 54 and len(_sheet(wb, "Khó khăn")) == 79
    recs = _sheet(wb, "Kiến nghị")
    assert (recs["Cơ quan được kiến nghị (mã)"] == "mic").sum() == 41
    assert recs["Cơ quan được kiến nghị"].iloc[0] == "Chính phủ, Thủ tướng Chính phủ"  # grouped by addressee

    missing = _sheet(wb, "Thiếu báo cáo")
    assert len(missing) == 29
    cao_bang = missing[missing["Tỉnh, thành phố"] == "Cao Bằng"].iloc[0]
    assert cao_bang["Lý do"] == "Báo cáo không đọc được" and cao_bang["Tệp"] == "BaoCao_CaoBang_2024.pdf"
    assert (missing["Lý do"] == "Chưa gửi báo cáo").sum() == 28

    by_2025 = _sheet(wb, "Theo tỉnh mới (2025)").set_index("Tỉnh, thành phố (2025)")
    assert len(by_2025) == 34 and by_2025["Đã gửi báo cáo"].sum() == 34
    hcm = by_2025.loc["Hồ Chí Minh"]  # Hồ Chí Minh + Bình Dương + Bà Rịa - Vũng Tàu
    assert (hcm["Đã gửi báo cáo"], hcm["Đúng hạn"], hcm["Đã xây dựng Kế hoạch"], hcm["Thí điểm"]) == (3, 2, 3, 2)
    assert by_2025.loc["Cần Thơ", "Chưa gửi / không đọc được"] == "Sóc Trăng, Hậu Giang"
    assert by_2025.loc["Phú Thọ", "Chưa xây dựng"] == 1  # Hòa Bình


# ------------------------------------------------------------------------------ draft report

def test_draft_report_counts_tables_and_charts(outputs):
    doc = DocxDocument(str(outputs / "du-thao.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "34/63 địa phương đã gửi báo cáo (20 đúng hạn)" in text
    assert "21/34 địa phương đã xây dựng Kế hoạch, 9 đang xây dựng, 4 chưa xây dựng" in text
    assert "Trong 8 địa phương thí điểm, 8 đã gửi báo cáo" in text
    assert "Chưa xây dựng: Hà Giang, Hòa Bình, Quảng Bình và Kon Tum." in text
    # One table per section: between each level-2 heading and the next heading, exactly one table.
    sections, current = [], None
    for element in doc.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            style = element.find(".//{*}pStyle")
            name = style.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") if style is not None else ""
            if name.startswith("Heading"):
                current = {"level": name, "tables": 0}
                sections.append(current)
        elif tag == "tbl" and current is not None:
            current["tables"] += 1
    level2 = [s for s in sections if s["level"] == "Heading2"]
    assert len(level2) >= 12 and all(s["tables"] == 1 for s in level2)
    # Charts: received by day, plan status, channels, four main metrics before/after.
    pictures = [s for s in doc.inline_shapes]
    assert len(pictures) == 7
    blips = doc.element.body.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    images = [doc.part.related_parts[b.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")]
              for b in blips]
    assert all(part.content_type == "image/png" and part.blob[:8] == b"\x89PNG\r\n\x1a\n" for part in images)


# ------------------------------------------------------------------------------ tables for analysts

def test_parquet_and_csv_tables_have_stable_english_columns(outputs, tmp_path):
    tables = outputs / "tables"
    summary = pd.read_parquet(tables / "summary.parquet")
    assert list(summary.columns)[:10] == ["province", "province_2025", "pilot", "reported", "report_number",
                                          "report_date", "on_time", "days_after_deadline", "plan_status",
                                          "plan_documents"]
    assert summary["reported"].sum() == 34 and (summary["plan_status"] == "built").sum() == 21
    pairs = pd.read_parquet(tables / "before_after.parquet")
    assert list(pairs.columns) == ["province", "metric", "label", "unit", "before_period", "before_value",
                                   "after_period", "after_value", "computed_change_percent", "stated_change_percent",
                                   "stated_change_times", "gap_points", "mismatch", "source", "evidence_text", "page",
                                   "document_id", "file_name", "field_path"]
    assert {p.stem for p in tables.glob("*.parquet")} >= {"summary", "figures", "channel_matrix", "themes",
                                                           "missing", "provinces_2025", "labels"}
    # The same tables as CSV from plain records (no database).
    written = write_tables(from_records([make_record()]), tmp_path / "csv", "csv")
    figures = pd.read_csv(tmp_path / "csv" / "figures.csv")
    assert len(written) == len(list((tmp_path / "csv").glob("*.csv")))
    assert list(figures.columns[:4]) == ["province", "metric", "label", "value"] and figures["value"][0] == 1_500_000


# ------------------------------------------------------------------------------ stated vs computed

def _figures_with_wrong_change() -> list[dict]:
    # "tăng 12%" while its own values give +20%: 1.000.000 (2022) -> 1.200.000 (2023).
    return [
        {"metric": "visitors_total", "label": "lượt khách", "value": 1_000_000, "unit": "visits", "period": "2022"},
        {"metric": "visitors_total", "label": "lượt khách", "value": 1_200_000, "unit": "visits", "period": "2023",
         "change": {"direction": "increase", "percent": 12.0, "compared_with": "2022"}},
        # Consistent: "tăng 26%" for 12,1 -> 15,2 triệu (+25,6%): within one point, no flag.
        {"metric": "visitors_international", "label": "khách quốc tế", "value": 15_200_000, "unit": "visits",
         "period": "2023", "baseline": {"period": "2022", "value": 12_100_000},
         "change": {"direction": "increase", "percent": 26.0, "compared_with": "2022"}},
    ]


def test_stated_change_that_the_figures_contradict_is_flagged():
    warnings = mismatches(_figures_with_wrong_change())
    assert len(warnings) == 1 and warnings[0].startswith("change_mismatch: figures[1] visitors_total 2023")
    # The pipeline component puts the same warning on the record.
    ctx = Context(document=Document(file_name="x.docx", format="docx"),
                  info=DocumentInfo(sha256="a" * 64, file_name="x.docx", format="docx"))
    ctx.figures = [Figure(**f) for f in _figures_with_wrong_change()]
    check_changes(ctx)
    assert ctx.warnings == warnings
    # And the synthesis: the pair flagged in Trước - sau, counted in Tổng hợp.
    record = make_record(province="Bạc Liêu", figures=_figures_with_wrong_change())
    result = from_records([record])
    pairs = result["before_after"].set_index("metric")
    assert pairs.loc["visitors_total", "mismatch"] and not pairs.loc["visitors_international", "mismatch"]
    assert pairs.loc["visitors_total", "computed_change_percent"] == 20.0
    assert pairs.loc["visitors_total", "source"] == "two_periods"
    summary = result["summary"].set_index("province")
    assert summary.loc["Bạc Liêu", "change_mismatches"] == 1


# ------------------------------------------------------------------------------ themes

def test_themes_are_the_same_on_every_run():
    items = [ThemeItem(key=f"{stem}|{i}", province=_gold(stem)["document"]["province"], text=d["text"])
             for stem in STEMS for i, d in enumerate(_gold(stem)["assessment"]["difficulties"])]
    first, first_assignment = find_themes(items, "difficulties")
    tokens.cache_clear()
    second, second_assignment = find_themes(list(reversed(items)), "difficulties")
    assert first_assignment == second_assignment
    assert [(t.theme_id, t.name, t.provinces, t.example) for t in first] == \
        [(t.theme_id, t.name, t.provinces, t.example) for t in second]
    assert len(first) >= 5 and all(len(t.provinces) >= 2 for t in first)


def test_export_xlsx_carries_the_synthesis_sheets(tmp_path):
    from storage.exports import export

    out = export([make_record(), make_record(sha="b" * 64, file_name="HaNoi.pdf", province="Hà Nội")], "xlsx",
                 tmp_path / "records.xlsx")
    wb = load_workbook(out)
    assert {"records", "synthesis_channels"} <= set(wb.sheetnames)  # the raw tables stay
    assert set(SHEETS) <= set(wb.sheetnames)
    summary = _sheet(wb, "Tổng hợp")
    assert (summary["Đã gửi báo cáo"] == "có").sum() == 2
