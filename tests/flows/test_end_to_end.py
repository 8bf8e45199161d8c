"""The whole path on the real samples, through the real CLI and a real Prefect flow run:
inbox files -> records in SQLite -> exports -> evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from typer.testing import CliRunner

from flows.cli import app
from storage.record import SCHEMA_PATH

ROOT = Path(__file__).resolve().parents[2]
INBOX = ROOT / "samples" / "inbox"
GOLD = ROOT / "samples" / "gold"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    env = {"REPORT_ETL_DATA": str(data), "REPORT_ETL_DB": f"sqlite:///{data / 'db.sqlite'}"}
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(INBOX), "--export", str(data / "export")], env=env)
    assert first.exit_code == 0, first.output
    return runner, env, data, first.output


def test_every_sample_is_summarised_and_exported(workspace):
    _, _, data, output = workspace
    names = sorted(p.name for p in INBOX.iterdir() if p.is_file())
    assert len(names) >= 10
    for name in names:
        assert name in output.replace("\n", "")  or name[:20] in output
    assert (data / "export" / "records.xlsx").exists()
    lines = (data / "export" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(names)


def test_every_exported_record_validates_against_the_schema(workspace):
    _, _, data, _ = workspace
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for line in (data / "export" / "records.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        jsonschema.validate(record, schema)
        assert record["document"]["province"], record["document"]["file_name"]


def test_ingesting_again_creates_no_duplicates(workspace):
    runner, env, data, _ = workspace
    again = runner.invoke(app, ["ingest", str(INBOX)], env=env)
    assert again.exit_code == 0, again.output
    assert "0 processed" in again.output
    status = runner.invoke(app, ["status"], env=env)
    n = len([p for p in INBOX.iterdir() if p.is_file()])
    assert f"Documents ({n})" in status.output


def test_export_formats_and_evaluate(workspace):
    runner, env, data, _ = workspace
    for fmt in ("csv", "parquet"):
        out = data / f"figures.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--table", "figures"], env=env)
        assert result.exit_code == 0, result.output
        frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
        assert len(frame) > 0 and frame["evidence_text"].notna().all()
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD)], env=env)
    assert result.exit_code == 0, result.output
    for group in ("document", "plan", "factors", "key_messages", "channels", "figures", "assessment",
                  "recommendations", "sections"):
        assert group in result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("overall F1 = 0.") or last == "overall F1 = 1.000"


def test_correction_through_the_cli_reaches_the_export(workspace):
    runner, env, data, _ = workspace
    name = sorted(p.name for p in INBOX.iterdir() if p.suffix == ".docx")[0]
    result = runner.invoke(app, ["correct", name, "plan.status", "built", "--by", "Lan", "--comment", "checked"],
                           env=env)
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["corrections", name], env=env)
    assert "plan.status" in listed.output and "Lan" in listed.output
    out = data / "after.jsonl"
    runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out)], env=env)
    records = {json.loads(l)["document"]["file_name"]: json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()}
    assert records[name]["plan"]["status"] == "built"
    assert "plan.status" in records[name]["review"]["corrected_fields"]
    bad = runner.invoke(app, ["correct", name, "plan.status", "finished", "--by", "Lan"], env=env)
    assert bad.exit_code == 2 and "does not fit" in bad.output


def test_reprocess_one_document_keeps_the_correction_and_pin_is_audited(workspace):
    runner, env, data, _ = workspace
    name = sorted(p.name for p in INBOX.iterdir() if p.suffix == ".docx")[0]
    runner.invoke(app, ["correct", name, "document.number", "999/BC-UBND", "--by", "Minh"], env=env)
    result = runner.invoke(app, ["reprocess", name], env=env)
    assert result.exit_code == 0, result.output
    assert "processed" in result.output
    out = data / "after-reprocess.jsonl"
    runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out)], env=env)
    records = {json.loads(l)["document"]["file_name"]: json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()}
    assert records[name]["document"]["number"] == "999/BC-UBND"
    nothing = runner.invoke(app, ["reprocess", "--all", "--since-version", "0.0.1"], env=env)
    assert nothing.exit_code == 0 and "nothing to reprocess" in nothing.output
    pinned = runner.invoke(app, ["pin", name, "--by", "Minh"], env=env)
    assert pinned.exit_code == 0 and "pinned" in pinned.output
    missing = runner.invoke(app, ["pin", "no-such-report.pdf", "--by", "Minh"], env=env)
    assert missing.exit_code == 2 and "no document" in missing.output
