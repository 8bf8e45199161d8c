import json

import pandas as pd
import pytest

from storage.exports import export, synthesis, tables
from tests.records import make_record


@pytest.fixture
def records():
    second = make_record(sha="b" * 64, file_name="HaNoi.pdf", province="Hà Nội")
    second["channels"].append({"channel": "youtube", "mention": "kênh YouTube", "evidence": {}})
    return [make_record(), second]


def test_jsonl_round_trips_records(tmp_path, records):
    out = export(records, "jsonl", tmp_path / "r.jsonl")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert "Quảng Ninh" in lines[0]  # not \\u-escaped: readable by people too


def test_xlsx_has_every_table_and_the_synthesis(tmp_path, records):
    out = export(records, "xlsx", tmp_path / "r.xlsx")
    sheets = pd.read_excel(out, sheet_name=None)
    assert {"records", "figures", "channels", "synthesis_channels", "synthesis_figures"} <= set(sheets)
    assert list(sheets["records"]["province"]) == ["Quảng Ninh", "Hà Nội"]
    channels = sheets["synthesis_channels"].set_index("channel")
    assert channels.loc["facebook", "provinces"] == 2 and channels.loc["youtube", "provinces"] == 1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_as_csv_and_parquet(tmp_path, records, fmt):
    out = export(records, fmt, tmp_path / f"figures.{fmt}", table="figures")
    frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
    assert list(frame["value"]) == [1_500_000, 1_500_000]
    assert set(frame["evidence_text"]) == {"Năm 2023 đón 1,5 triệu lượt khách quốc tế."}


def test_synthesis_sums_figures_per_metric_and_period(records):
    fig = synthesis(records)["synthesis_figures"]
    row = fig[(fig.metric == "visitors_international") & (fig.period == "2023")].iloc[0]
    assert row.provinces == 2 and row.total == 3_000_000
    assert len(tables(records)["recommendations"]) == 2
