"""4. The database goes away mid-batch (PostgreSQL stopped once the run has filed its first
document, and kept stopped until the run has ended: its task retries cannot ride it out; it is
this machine's only cluster, so the restart is in a finally), and the content store fills up
(a 1 MB tmpfs): the run fails with a clear message, no file is moved without its record,
nothing is half-written, the next run completes the batch."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from flows.pipeline import Workspace, ingest_file
from storage.repository import Repository
from tests.reliability.batch import PG_ADMIN_URL, check_batch, fill_inbox, pg_db, start_inbox_run  # noqa: F401
from tests.reliability.conftest import SAMPLES, report
from tests.reliability.test_killed_mid_batch import prefect_env  # noqa: F401

pytestmark = pytest.mark.slow


def _cluster() -> str:
    return sorted(os.listdir("/etc/postgresql"))[0]


def _pg(action: str) -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", _cluster(), "main", action] +
                   (["-m", "fast"] if action == "stop" else []), check=True, capture_output=True, timeout=120)


def _pg_up(timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"]).returncode == 0:
            return True
        time.sleep(0.5)
    return False


@pytest.mark.postgres
def test_postgres_stopped_mid_batch(tmp_path, prefect_env, pg_db):
    ws = Workspace(db_url=pg_db, root=tmp_path / "data")
    inbox = tmp_path / "inbox"
    names = sorted(set(fill_inbox(inbox, 1)) | set(fill_inbox(inbox, 2)))  # 23 files: work left to cut
    log = tmp_path / "run.log"
    ws.sessions()  # migrated before the outage
    proc = start_inbox_run(inbox, ws, prefect_env, log=log)
    deadline = time.monotonic() + 600
    while not _filed(inbox) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before the outage could start: " + log.read_text(errors="replace")[-2000:]
    outage = time.perf_counter()
    try:
        _pg("stop")
        code = proc.wait(timeout=900)  # down for as long as the run lasts
    finally:
        _pg("start")
        assert _pg_up(), "PostgreSQL did not come back"
    outage = time.perf_counter() - outage
    text_log = log.read_text(errors="replace")
    told = "DatabaseUnavailable" in text_log and "is unavailable or busy" in text_log \
        and "stay in the inbox for the next run" in text_log
    # No file left the inbox without its document's outcome in the database.
    with ws.sessions().begin() as s:
        repo = Repository(s)
        moved_without_record = []
        for p in (inbox / "processed").glob("*") if (inbox / "processed").exists() else []:
            doc = repo.by_sha(_sha(p))
            if doc is None or doc.status != "processed" or repo.current_record(doc) is None:
                moved_without_record.append(p.name)
        for p in (inbox / "failed").glob("*") if (inbox / "failed").exists() else []:
            if p.name.endswith(".error.txt"):
                continue
            doc = repo.by_sha(_sha(p))
            if doc is None or doc.status != "failed":
                moved_without_record.append(p.name)
    left_after_outage = sum(p.is_file() for p in inbox.iterdir())
    rerun = start_inbox_run(inbox, ws, prefect_env, log=log)
    assert rerun.wait(timeout=1800) == 0, log.read_text(errors="replace")[-3000:]
    figures = check_batch(inbox, ws, names)
    detail = figures.pop("_detail")
    report("postgres_outage", outage_s=round(outage, 1), first_run_exit=code, failure_told=told,
           left_after_outage=left_after_outage, moved_without_record=len(moved_without_record), **figures)
    assert code != 0 and told, text_log[-3000:]
    assert left_after_outage > 0  # the outage did cut the batch
    assert moved_without_record == []
    assert (figures["lost"], figures["duplicated"], figures["left_in_inbox"]) == (0, 0, 0), detail
    assert figures["bad_documents"] == [] and figures["integrity"] == "ok"


def _filed(inbox: Path) -> bool:
    return any((inbox / d).is_dir() and any((inbox / d).iterdir()) for d in ("processed", "failed"))


def _sha(path: Path) -> str:
    from flows.pipeline import sha256_file

    return sha256_file(path)[0]


@pytest.fixture
def tiny_store(tmp_path):
    store = tmp_path / "data" / "store"
    store.mkdir(parents=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(store)], capture_output=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs (root needed): {done.stderr.decode()}")
    yield store
    subprocess.run(["umount", str(store)], check=True)


def test_content_store_full_is_a_clear_error_and_nothing_half_written(tmp_path, tiny_store):
    ws = Workspace(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", root=tmp_path / "data")
    big = tmp_path / "TTHue_BC-UBND_scan.pdf"  # 1.3 MB: more than the store holds
    shutil.copyfile(SAMPLES / "TTHue_BC-UBND_scan.pdf", big)
    with pytest.raises(OSError) as err:
        ingest_file(big, ws)
    assert err.value.errno == errno.ENOSPC and "content store" in str(err.value)
    leftovers = [p for p in tiny_store.rglob("*") if p.is_file()]
    with ws.sessions().begin() as s:
        repo = Repository(s)
        (doc,) = repo.documents()
        state = (doc.status, doc.claimed_by, repo.current_record(doc))
    report("store_full", error=str(err.value)[:120], leftovers=len(leftovers), document_state=state[0])
    # Regression: the blob's temporary file stayed in the store after ENOSPC.
    assert leftovers == []
    assert state == ("pending", None, None)  # no record, no claim: the next run takes it
    # Space again (a small file fits): the batch goes on.
    small = tmp_path / "CanTho.docx"
    shutil.copyfile(SAMPLES / "CanTho_BC_225_UBND.docx", small)
    assert ingest_file(small, ws).status == "processed"
