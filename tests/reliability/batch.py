"""Shared by the kill, outage and concurrency tests: a batch of sample files in an inbox, the
child process that runs the inbox flow on it, and the invariants a batch must end with."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from flows.pipeline import Workspace
from storage.models import DocumentRow, RecordVersion
from storage.record import Record
from tests.reliability.conftest import ROOT, SAMPLES

PG_ADMIN_URL = os.environ.get("REPORT_ETL_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")
# Good reports in every fast format, plus files that fail, plus the same bytes under two names.
BATCH = ["BacGiang_BC412-UBND_quangba_2024.docx", "CanTho_BC_225_UBND.docx", "QuangNinh_BC245-UBND_TTDN.docx",
         "HCM_BC3712_quang-ba-hinh-anh.docx", "BacNinh_BC-UBND_3836_final.pdf", "DaNang_BC_298_TTTT-quangba.pdf",
         "LaoCai_BC318_UBND_quangba.docx", "PhuYen_BC198_UBND_TTDN_quangba.docx"]

RUN_INBOX = """
import sys
from flows.inbox import ingest_inbox, task_runner
inbox, db, root, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
flow = ingest_inbox.with_options(task_runner=task_runner(workers)) if workers > 1 else ingest_inbox
flow(inbox, stable_seconds=0, db_url=db, root=root)
"""


def fill_inbox(inbox: Path, round_no: int = 0) -> list[str]:
    """The batch; later rounds (long kill runs) add fresh reports, new bytes each round, so
    every round has real work to be killed in."""
    inbox.mkdir(parents=True, exist_ok=True)
    names = []
    for name in BATCH:
        shutil.copyfile(SAMPLES / name, inbox / name)
        names.append(name)
    (inbox / "copy_of_bacgiang.docx").write_bytes((SAMPLES / BATCH[0]).read_bytes())
    (inbox / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip %d" % round_no)
    (inbox / "empty.pdf").write_bytes(b"")
    names += ["copy_of_bacgiang.docx", "broken.docx", "empty.pdf"]
    if round_no:
        from tests.flows.conftest import write_report

        provinces = ["Quảng Ninh", "Hà Giang", "Lào Cai", "Đà Nẵng", "Cần Thơ", "Hải Phòng"]
        for i, province in enumerate(provinces):
            name = f"round{round_no}_{i}.docx"
            write_report(inbox / name, province=province, visitors=f"{round_no},{i + 1} triệu")
            names.append(name)
    return names


def start_inbox_run(inbox: Path, ws: Workspace, env: dict, workers: int = 1, log: Path | None = None) -> subprocess.Popen:
    out = open(log, "ab") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-c", RUN_INBOX, str(inbox), ws.db_url, str(ws.root), str(workers)],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the run and everything it started (its fork server, LibreOffice, Tesseract)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def check_batch(inbox: Path, ws: Workspace, names: list[str]) -> dict:
    """The invariants after a batch; returns the figures (lost, duplicated, ...)."""
    processed = sorted(p.name for p in (inbox / "processed").glob("*") if p.is_file()) if (inbox / "processed").exists() else []
    failed_dir = inbox / "failed"
    failed = sorted(p.name for p in failed_dir.glob("*") if p.is_file() and not p.name.endswith(".error.txt")) \
        if failed_dir.exists() else []
    left = sorted(p.name for p in inbox.iterdir() if p.is_file())
    landed = processed + failed
    lost = [n for n in names if n not in landed]
    duplicated = [n for n in landed if landed.count(n) > 1 or n not in names]
    no_reason = [n for n in failed if not (failed_dir / f"{n}.error.txt").is_file()]
    stray_tmp = [str(p) for p in list(inbox.rglob(".*.tmp")) + list(ws.root.rglob(".tmp-*")) + list(ws.root.rglob(".*.tmp"))]
    with ws.sessions().begin() as s:
        docs = list(s.scalars(select(DocumentRow)))
        current = dict(s.execute(select(RecordVersion.document_id, func.count()).where(
            RecordVersion.is_current.is_(True)).group_by(RecordVersion.document_id)).all())
        bad_docs = [d.file_name for d in docs if
                    (d.status == "processed" and current.get(d.id) != 1) or
                    (d.status == "failed" and current.get(d.id)) or d.status == "pending" or d.claimed_by]
        for version in s.scalars(select(RecordVersion)):
            Record.model_validate(version.record)  # no partial record
        integrity = _integrity(s, ws.db_url)
    return {"files": len(names), "lost": len(lost), "duplicated": len(duplicated), "left_in_inbox": len(left),
            "failed_without_reason": len(no_reason), "bad_documents": bad_docs, "stray_tmp": stray_tmp,
            "documents": len(docs), "integrity": integrity, "_detail": (lost, duplicated, left, no_reason)}


def _integrity(s, url: str) -> str:
    if url.startswith("sqlite"):
        return s.execute(text("PRAGMA integrity_check")).scalar()
    # PostgreSQL: every record's document exists, no document has two current records, and
    # the heap/index pages of our tables are readable end to end (a full scan of each).
    orphans = s.execute(text("SELECT count(*) FROM records r LEFT JOIN documents d ON d.id = r.document_id "
                             "WHERE d.id IS NULL")).scalar()
    doubles = s.execute(text("SELECT count(*) FROM (SELECT document_id FROM records WHERE is_current "
                             "GROUP BY document_id HAVING count(*) > 1) x")).scalar()
    for table in ("documents", "records", "extraction_runs", "document_files", "audit_events"):
        s.execute(text(f"SELECT count(*), sum(length(t::text)) FROM {table} t")).one()
    return "ok" if orphans == 0 and doubles == 0 else f"orphans={orphans} doubles={doubles}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def pg_db():
    name = f"report_etl_rel_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # survives an outage
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
