"""3. Killed mid-batch: the inbox flow's process (and all it started) SIGKILLed at random
moments during a batch, then restarted; afterwards every file is in processed/ or failed/
(with its .error.txt) exactly once, nothing is left in the inbox, every document has exactly
one current record or its failure, no partial record, and the database passes its check.
The child runs the real Prefect flow against a local Prefect server started once here."""

from __future__ import annotations

import os
import random
import time

import pytest

from flows.pipeline import Workspace
from flows.serve import start_local_server
from tests.reliability.batch import check_batch, fill_inbox, free_port, kill_group, pg_db, start_inbox_run  # noqa: F401
from tests.reliability.conftest import ROOT, report, scale

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def prefect_env(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    old = os.environ.get("PREFECT_HOME")
    os.environ["PREFECT_HOME"] = str(home)
    proc, api_url = start_local_server(free_port(), log_path=home / "server.log", timeout=180)
    yield dict(os.environ, PREFECT_HOME=str(home), PREFECT_API_URL=api_url, PYTHONPATH=str(ROOT),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", REPORT_ETL_WORKERS="1")
    proc.terminate()
    proc.wait(timeout=30)
    if old is None:
        os.environ.pop("PREFECT_HOME", None)
    else:
        os.environ["PREFECT_HOME"] = old


def _kill_and_restart(tmp_path, ws: Workspace, env: dict, kills: int, label: str) -> None:
    rng = random.Random(int(os.environ.get("RELIABILITY_SEED", "20261206")) + len(label))
    log = tmp_path / "runs.log"
    done_kills = runs = rounds = 0
    totals = {"files": 0, "lost": 0, "duplicated": 0, "left_in_inbox": 0, "failed_without_reason": 0}
    problems = []
    started = time.perf_counter()
    # Rounds of one batch each: kill the run at a random moment until the batch is done, then
    # restart until complete and check; a new round (fresh reports) until all kills are spent.
    while done_kills < kills:
        inbox = tmp_path / f"inbox{rounds}"
        names = fill_inbox(inbox, rounds)
        while done_kills < kills and any(p.is_file() for p in inbox.iterdir()):
            proc = start_inbox_run(inbox, ws, env, log=log)
            runs += 1
            time.sleep(rng.uniform(2.0, 14.0))
            if proc.poll() is None:
                kill_group(proc)
                done_kills += 1
        for _ in range(3):  # restarts until the batch is complete (each one normally suffices)
            if not any(p.is_file() for p in inbox.iterdir()):
                break
            proc = start_inbox_run(inbox, ws, env, log=log)
            runs += 1
            assert proc.wait(timeout=1800) == 0, log.read_text(errors="replace")[-3000:]
        figures = check_batch(inbox, ws, names)
        detail = figures.pop("_detail")
        for key in totals:
            totals[key] += figures[key]
        if any(figures[k] for k in ("lost", "duplicated", "left_in_inbox", "failed_without_reason")) or \
                figures["bad_documents"] or figures["stray_tmp"] or figures["integrity"] != "ok":
            problems.append((rounds, figures, detail))
        rounds += 1
    report(f"killed_mid_batch_{label}", kills=done_kills, runs=runs, rounds=rounds, **totals,
           documents=figures["documents"], integrity=figures["integrity"], seconds=round(time.perf_counter() - started))
    assert problems == []


def test_sigkills_mid_batch_sqlite(tmp_path, prefect_env):
    ws = Workspace(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", root=tmp_path / "data")
    _kill_and_restart(tmp_path, ws, prefect_env, scale(3, 50), "sqlite")


@pytest.mark.postgres
def test_sigkills_mid_batch_postgres(tmp_path, prefect_env, pg_db):
    ws = Workspace(db_url=pg_db, root=tmp_path / "data")
    _kill_and_restart(tmp_path, ws, prefect_env, scale(2, 50), "postgres")
