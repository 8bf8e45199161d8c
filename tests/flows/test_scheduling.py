"""Real Prefect server runs: a scheduled deployment served by `report-etl serve` picks up a file
dropped into the inbox; two workers pulling from one work pool against PostgreSQL process a
batch with every document done exactly once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from flows.serve import start_local_server
from storage.db import open_database
from storage.models import DocumentRow, ExtractionRun
from tests.flows.conftest import write_report

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("REPORT_ETL_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    old_home = os.environ.get("PREFECT_HOME")
    os.environ["PREFECT_HOME"] = str(home)
    proc, api_url = start_local_server(_free_port(), log_path=home / "server.log")
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PYTHONPATH=str(ROOT))
    yield env
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    if old_home is None:
        os.environ.pop("PREFECT_HOME", None)
    else:
        os.environ["PREFECT_HOME"] = old_home


def _wait(condition, timeout: float, what: str, procs=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        for p in procs:
            assert p.poll() is None, f"{p.args[:3]} exited with {p.returncode} while waiting for {what}"
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _stop(procs):
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def test_served_schedule_processes_a_file_dropped_into_the_inbox(prefect_server, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db_url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    log = open(tmp_path / "serve.log", "wb")
    server = subprocess.Popen([str(BIN / "report-etl"), "serve", "--inbox", str(inbox), "--interval", "3",
                               "--stable-seconds", "1", "--workers", "1", "--db", db_url],
                              cwd=tmp_path, env=dict(prefect_server, REPORT_ETL_DATA=str(tmp_path / "data")),
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        time.sleep(2)
        write_report(inbox / "KhanhHoa.docx", province="Khánh Hòa")
        _wait(lambda: (inbox / "processed" / "KhanhHoa.docx").exists(), 180, "a scheduled run", [server])
    finally:
        _stop([server])
        log.close()
    sessions = open_database(db_url)
    with sessions.begin() as s:
        (doc,) = s.scalars(select(DocumentRow)).all()
        assert doc.status == "processed" and doc.province == "Khánh Hòa"


@pytest.fixture
def pg_url():
    name = f"report_etl_pool_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_two_workers_on_one_pool_process_each_document_exactly_once(prefect_server, tmp_path, pg_url):
    inbox = tmp_path / "shared-inbox"
    inbox.mkdir()
    provinces = ["Quảng Ninh", "Hà Giang", "Lào Cai", "Đà Nẵng", "Cần Thơ", "Hải Phòng"]
    for i, province in enumerate(provinces):
        write_report(inbox / f"report_{i}.docx", province=province, visitors=f"1,{i + 1} triệu")
    env = dict(prefect_server, REPORT_ETL_DATA=str(tmp_path / "data"), REPORT_ETL_WORKERS="1")
    pool = f"pool-{uuid.uuid4().hex[:6]}"
    subprocess.run([str(BIN / "report-etl"), "deploy", "--pool", pool, "--inbox", str(inbox), "--stable-seconds", "0",
                    "--db", pg_url], cwd=ROOT, env=env, check=True, capture_output=True)
    logs = [open(tmp_path / f"worker{i}.log", "wb") for i in range(2)]
    workers = [subprocess.Popen([str(BIN / "prefect"), "worker", "start", "--pool", pool, "--type", "process"],
                                cwd=ROOT, env=env, stdout=logs[i], stderr=subprocess.STDOUT, start_new_session=True)
               for i in range(2)]
    try:
        # Four flow runs over the same shared inbox: both workers pick runs up at once, and
        # the document claims must keep every document to one extraction run.
        for _ in range(4):
            subprocess.run([str(BIN / "prefect"), "deployment", "run", "ingest-inbox/inbox"], cwd=ROOT, env=env,
                           check=True, capture_output=True)
        processed = inbox / "processed"
        _wait(lambda: processed.exists() and len(list(processed.iterdir())) == len(provinces), 300,
              "the batch to be processed", workers)
    finally:
        _stop(workers)
        for log in logs:
            log.close()
    sessions = open_database(pg_url)
    with sessions.begin() as s:
        docs = s.scalars(select(DocumentRow)).all()
        assert len(docs) == len(provinces) and all(d.status == "processed" for d in docs)
        runs = dict(s.execute(select(ExtractionRun.document_id, func.count()).group_by(ExtractionRun.document_id)).all())
        assert sorted(runs.values()) == [1] * len(provinces)
    sessions.kw["bind"].dispose()
