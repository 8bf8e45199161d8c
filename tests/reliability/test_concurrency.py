"""5. Concurrency: four inbox-flow processes on one inbox (SQLite and PostgreSQL), every
document exactly once; two reprocesses of one document at once, one wins, the other is told."""

from __future__ import annotations

import threading
import time

import pytest

from flows.pipeline import Workspace, ingest_file, reprocess
from storage.models import ExtractionRun
from tests.reliability.batch import check_batch, fill_inbox, pg_db, start_inbox_run  # noqa: F401
from tests.reliability.conftest import SAMPLES, report
from tests.reliability.test_killed_mid_batch import prefect_env  # noqa: F401

pytestmark = pytest.mark.slow


def _four_runs(tmp_path, ws: Workspace, env: dict, label: str) -> None:
    inbox = tmp_path / "inbox"
    names = fill_inbox(inbox)
    log = tmp_path / "runs.log"
    started = time.perf_counter()
    procs = [start_inbox_run(inbox, ws, env, log=log) for _ in range(4)]
    codes = [p.wait(timeout=1800) for p in procs]
    assert codes == [0, 0, 0, 0], log.read_text(errors="replace")[-3000:]
    figures = check_batch(inbox, ws, names)
    detail = figures.pop("_detail")
    with ws.sessions().begin() as s:
        runs_per_doc = {}
        for run in s.query(ExtractionRun):
            runs_per_doc[run.document_id] = runs_per_doc.get(run.document_id, 0) + 1
    twice = sum(n > 1 for n in runs_per_doc.values())
    report(f"four_processes_{label}", processes=4, **figures, extracted_twice=twice,
           seconds=round(time.perf_counter() - started))
    assert (figures["lost"], figures["duplicated"], figures["left_in_inbox"], twice) == (0, 0, 0, 0), detail
    assert figures["bad_documents"] == [] and figures["integrity"] == "ok"


def test_four_processes_on_one_inbox_sqlite(tmp_path, prefect_env):
    _four_runs(tmp_path, Workspace(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", root=tmp_path / "data"),
               prefect_env, "sqlite")


@pytest.mark.postgres
def test_four_processes_on_one_inbox_postgres(tmp_path, prefect_env, pg_db):
    _four_runs(tmp_path, Workspace(db_url=pg_db, root=tmp_path / "data"), prefect_env, "postgres")


def test_two_reprocesses_at_once_one_wins_the_other_is_told(sqlite_ws):
    outcome = ingest_file(SAMPLES / "CanTho_BC_225_UBND.docx", sqlite_ws)
    assert outcome.status == "processed"
    results, barrier = [], threading.Barrier(2)

    def go():
        barrier.wait()
        results.append(reprocess(str(outcome.document_id), sqlite_ws))

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r.status for r in results)
    report("two_reprocesses", statuses=statuses, told=[w for r in results for w in r.warnings if "another" in w])
    assert statuses == ["processed", "skipped"]
    (loser,) = [r for r in results if r.status == "skipped"]
    assert loser.warnings == ["being processed by another worker"]
