"""Manual runs (`report-etl ingest`, `reprocess`) without a Prefect server run in-process, never
start Prefect's ephemeral API server, and still leave their record of the run; with a server
configured (or --flow) they are Prefect flow runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from storage.db import open_database
from flows.runs import prefect_server_configured
from storage.models import FlowRunSummary
from tests.flows.conftest import write_report

DRIVER = """
import sys
from flows.cli import app
sys.argv = ["report-etl"] + sys.argv[1:]
try:
    app()
except SystemExit as exit_:
    code = exit_.code or 0
else:
    code = 0
print("PREFECT_LOADED", "prefect" in sys.modules)
sys.exit(code)
"""


def _run_cli(args: list[str], tmp_path, **extra_env) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), REPORT_ETL_DATA=str(tmp_path / "data"),
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120", **extra_env)
    return subprocess.run([sys.executable, "-c", DRIVER, *args], env=env, capture_output=True, text=True,
                          timeout=300)


def _summaries(db_url: str) -> list[FlowRunSummary]:
    with open_database(db_url).begin() as session:
        return list(session.scalars(select(FlowRunSummary).order_by(FlowRunSummary.id)))


def test_ingest_and_reprocess_without_a_server_do_not_load_prefect(tmp_path):
    report = write_report(tmp_path / "QuangNinh_BC245.docx")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    done = _run_cli(["ingest", str(report), "--db", db], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 processed" in done.stdout
    assert "PREFECT_LOADED False" in done.stdout
    again = _run_cli(["reprocess", report.name, "--db", db], tmp_path)
    assert again.returncode == 0, again.stderr
    assert "PREFECT_LOADED False" in again.stdout
    runs = _summaries(db)
    assert [(r.flow_name, r.seen, r.processed, r.prefect_run_id) for r in runs] == [
        ("ingest-paths", 1, 1, ""), ("process-document", 1, 1, "")]


@pytest.mark.slow
def test_ingest_with_flow_is_a_prefect_flow_run(tmp_path):
    report = write_report(tmp_path / "QuangNinh_BC245.docx")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    done = _run_cli(["ingest", str(report), "--db", db, "--flow"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "PREFECT_LOADED True" in done.stdout
    (run,) = _summaries(db)
    assert (run.flow_name, run.processed) == ("ingest-paths", 1)
    assert len(run.prefect_run_id) == 36  # the Prefect flow run's UUID


def test_a_server_is_configured_by_environment_or_by_the_active_profile(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    assert not prefect_server_configured()  # no profiles file
    (tmp_path / "profiles.toml").write_text(
        'active = "local"\n[profiles.ephemeral]\n[profiles.local]\n'
        'PREFECT_API_URL = "http://127.0.0.1:4200/api"\n', encoding="utf-8")
    assert prefect_server_configured()
    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")
    assert not prefect_server_configured()
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert prefect_server_configured()
