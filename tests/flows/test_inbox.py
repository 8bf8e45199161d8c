"""The inbox flow: stable-file wait, moves, duplicates, crash recovery, reprocessing with
corrections, superseding. Plain functions are called directly; one test runs the real flow."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from flows.inbox import ingest_inbox, stable_files
from flows.pipeline import ingest_file, reprocess
from storage.models import ExtractionRun
from storage.repository import Repository
from tests.flows.conftest import write_report

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_still_being_copied_waits_for_the_next_run(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    done = write_report(inbox / "done.docx")
    growing = inbox / "growing.docx"
    growing.write_bytes(b"PK")
    stop = threading.Event()

    def copy_slowly():
        with growing.open("ab") as fh:
            while not stop.is_set():
                fh.write(b"x" * 1024)
                fh.flush()
                time.sleep(0.05)

    writer = threading.Thread(target=copy_slowly)
    writer.start()
    try:
        stable, arriving = stable_files(inbox, stable_seconds=0.5)
    finally:
        stop.set()
        writer.join()
    assert stable == [done]
    assert arriving == [growing]


def test_inbox_flow_moves_files_and_keeps_one_document_per_content(tmp_path, ws):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_report(inbox / "QuangNinh.docx")
    (inbox / "QuangNinh (copy).docx").write_bytes((inbox / "QuangNinh.docx").read_bytes())
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    # A real Prefect flow run (ephemeral API), inline task runner.
    outcomes = ingest_inbox(str(inbox), stable_seconds=0, db_url=ws.db_url, root=str(ws.root))
    assert sorted(o["status"] for o in outcomes) == ["failed", "processed", "skipped"]
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["QuangNinh (copy).docx", "QuangNinh.docx"]
    failed = sorted(p.name for p in (inbox / "failed").iterdir())
    assert failed == ["scan.pdf", "scan.pdf.error.txt"]
    assert (inbox / "failed" / "scan.pdf.error.txt").read_text(encoding="utf-8").strip()
    assert not [p for p in inbox.iterdir() if p.is_file()]
    with ws.sessions().begin() as s:
        repo = Repository(s)
        assert len(repo.documents()) == 2
        (summary,) = repo.last_flow_runs(1)
        assert (summary.flow_name, summary.seen, summary.processed, summary.skipped, summary.failed) == \
            ("ingest-inbox", 3, 1, 1, 1)


CRASH = """
import os, sys
from pathlib import Path
import nlp.pipeline
from flows.pipeline import Workspace, ingest_file

def crash(*args, **kwargs):
    os._exit(9)  # the process dies in the middle of the document, as on a kill -9 or power loss

# The document's work in this process (REPORT_ETL_PARSE_TIMEOUT=0 in its environment), so that
# the crash is the worker's, not a killable child's.
nlp.pipeline.build_record = crash
ingest_file(Path(sys.argv[1]), Workspace(db_url=sys.argv[2], root=Path(sys.argv[3])))
"""


def test_a_crash_mid_document_loses_nothing_and_the_next_run_completes_it(tmp_path, ws):
    report = write_report(tmp_path / "QuangNinh.docx")
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(report), ws.db_url, str(ws.root)], cwd=ROOT,
                             env=dict(os.environ, PYTHONPATH=str(ROOT), REPORT_ETL_PARSE_TIMEOUT="0"))
    assert crashed.returncode == 9
    assert report.exists()
    with ws.sessions().begin() as s:
        repo = Repository(s)
        (doc,) = repo.documents()
        assert doc.status == "pending" and doc.claimed_by  # claimed by the dead process
        assert repo.current_record(doc) is None            # no partial record
    outcome = ingest_file(report, ws)
    assert outcome.status == "processed"
    with ws.sessions().begin() as s:
        repo = Repository(s)
        (doc,) = repo.documents()
        assert doc.claimed_by is None and repo.current_record(doc) is not None


def test_reprocess_makes_a_new_version_and_keeps_corrections(tmp_path, ws):
    outcome = ingest_file(write_report(tmp_path / "QuangNinh.docx"), ws)
    with ws.sessions().begin() as s:
        repo = Repository(s)
        doc = repo.find(outcome.sha256[:10])
        repo.add_correction(doc, "plan.status", "in_progress", author="Lan")
        repo.add_correction(doc, "document.number", "999/BC-UBND", author="Lan")
    again = reprocess(outcome.sha256[:10], ws)
    assert again.status == "processed"
    with ws.sessions().begin() as s:
        repo = Repository(s)
        doc = repo.find(outcome.sha256[:10])
        assert [v.version_no for v in repo.record_versions(doc)] == [1, 2]
        record = repo.corrected_record(doc).record
        assert record["plan"]["status"] == "in_progress"
        assert record["document"]["number"] == "999/BC-UBND"
        assert s.query(ExtractionRun).filter_by(document_id=doc.id).count() == 2


def test_a_newer_report_of_the_same_province_supersedes_the_older(tmp_path, ws):
    old = ingest_file(write_report(tmp_path / "v1.docx", date=(20, 9, 2024)), ws)
    new = ingest_file(write_report(tmp_path / "v2.docx", date=(5, 10, 2024), visitors="1,6 triệu"), ws)
    assert old.province == new.province == "Quảng Ninh"
    with ws.sessions().begin() as s:
        repo = Repository(s)
        assert [d.file_name for d, _ in repo.current_records()] == ["v2.docx"]
        assert repo.find("v1.docx").superseded_by_id == repo.find("v2.docx").id


def test_two_workers_process_a_batch_in_parallel_without_doubles(tmp_path, ws):
    from flows.inbox import task_runner

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, province in enumerate(["Hà Giang", "Cà Mau", "Phú Yên", "Hưng Yên"]):
        write_report(inbox / f"r{i}.docx", province=province)
    outcomes = ingest_inbox.with_options(task_runner=task_runner(2))(
        str(inbox), stable_seconds=0, db_url=ws.db_url, root=str(ws.root))
    assert sorted(o["province"] for o in outcomes) == ["Cà Mau", "Hà Giang", "Hưng Yên", "Phú Yên"]
    with ws.sessions().begin() as s:
        assert s.query(ExtractionRun).count() == 4


def test_an_unreachable_database_fails_the_run_with_a_clear_message_and_moves_nothing(tmp_path):
    """The operator's view of a database that is away before the run starts (a port nothing
    listens on): exit code 3, one line saying which database and that the files wait for the
    next run, no traceback, every file still in the inbox. (Mid-batch outages:
    tests/reliability/test_storage_outages.py.)"""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_report(inbox / "QuangNinh.docx")
    done = subprocess.run([str(Path(sys.executable).with_name("report-etl")), "inbox", str(inbox), "--stable-seconds", "0",
                           "--db", "postgresql+psycopg://root:secret@127.0.0.1:9/none"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env=dict(os.environ, REPORT_ETL_DATA=str(tmp_path / "data"), COLUMNS="200"))
    out = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 3, out[-2000:]
    assert "The run failed: the database (postgresql+psycopg://root:***@127.0.0.1:9/none) is unavailable" in out
    assert "every file stays in the inbox for the next run" in out and "secret" not in out
    assert "Traceback" not in done.stdout
    assert [p.name for p in inbox.iterdir()] == ["QuangNinh.docx"]


def test_any_command_with_the_database_away_says_so_in_one_line(tmp_path):
    """`report-etl ingest` (in-process, no Prefect) and `report-etl status` against a database
    that does not answer: exit code 3 and one line, no traceback, nothing written."""
    report = write_report(tmp_path / "QuangNinh.docx")
    url = "postgresql+psycopg://root@127.0.0.1:9/none"
    for args in (["ingest", str(report)], ["status"]):
        done = subprocess.run([str(Path(sys.executable).with_name("report-etl")), *args, "--db", url],
                              capture_output=True, text=True, cwd=ROOT, timeout=300,
                              env=dict(os.environ, REPORT_ETL_DATA=str(tmp_path / "data"), COLUMNS="200"))
        out = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 3, (args, out[-2000:])
        assert "The database is unavailable or busy" in out and "127.0.0.1" in out and "Traceback" not in out, out
    assert not (tmp_path / "data" / "store").exists() or not any((tmp_path / "data" / "store").rglob("*.*"))
