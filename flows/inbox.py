"""The inbox flow: the operators drop reports into a folder all week; each run takes the files
that have finished arriving, processes them in parallel, and moves each to processed/ or
failed/ (with a .error.txt saying why). Nothing is lost: a file is moved only after its
record (or its failure) is committed, and a file still being copied waits for the next run."""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner  # noqa: E402

from flows.ingest import save_summary  # noqa: E402
from flows.pipeline import (DatabaseUnavailable, Outcome, Workspace, database_error_line,  # noqa: E402
                            database_unavailable, ingest_file, is_ignored, safe_url)

PROCESSED, FAILED = "processed", "failed"
MOVED_AWAY = "moved away by another run"


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int


def snapshot(inbox: Path) -> dict[Path, FileState]:
    """Files directly in the inbox (not in processed/ or failed/), with size and mtime."""
    states = {}
    for path in sorted(inbox.iterdir()):
        if path.is_file() and not is_ignored(path):
            try:
                st = path.stat()
            except FileNotFoundError:  # moved away by another worker meanwhile
                continue
            states[path] = FileState(st.st_size, st.st_mtime_ns)
    return states


def stable_files(inbox: Path, stable_seconds: float) -> tuple[list[Path], list[Path]]:
    """(stable, still arriving): a file is stable when its size and mtime did not change over
    `stable_seconds` and it is not empty-and-brand-new. The rest waits for the next run."""
    first = snapshot(inbox)
    if first and stable_seconds > 0:
        time.sleep(stable_seconds)
    second = snapshot(inbox)
    stable = [p for p, s in first.items() if second.get(p) == s]
    arriving = [p for p in second if p not in stable]
    return stable, arriving


def move_to(folder: Path, path: Path, sha256: str, note: str | None = None) -> Path | None:
    """Move a finished file out of the inbox; a name already there gets the sha prefix added.
    `note` is written to TARGET.error.txt first: a process killed between the two steps must
    not leave a failed file without its reason (found by the kill test), and a note without
    its file is simply rewritten by the next run, which still finds the file in the inbox.
    None when the file is gone (another worker moved it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if target.exists():
        target = folder / f"{path.stem}.{sha256[:12]}{path.suffix}"
    if note is not None:
        error_txt = target.with_name(target.name + ".error.txt")
        tmp = error_txt.with_name(f".{error_txt.name}.{os.getpid()}.tmp")
        tmp.write_text(note, encoding="utf-8")
        os.replace(tmp, error_txt)
    try:
        shutil.move(str(path), target)
    except FileNotFoundError:
        return None
    return target


def default_workers() -> int:
    return int(os.environ.get("REPORT_ETL_WORKERS") or os.cpu_count() or 1)


def task_runner(workers: int, kind: str | None = None):
    """Threads by default: most of a document's time is spent in Tesseract and LibreOffice
    subprocesses, which run in parallel from threads; benchmarks/bench_flows.py measured
    threads ahead of processes (1.67x vs 1.5x at 2 workers). REPORT_ETL_TASK_RUNNER=process
    picks Prefect's process pool (for text-only batches, where the Python NLP dominates)."""
    kind = kind or os.environ.get("REPORT_ETL_TASK_RUNNER", "thread")
    if workers > 1 and kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers)
    return ThreadPoolTaskRunner(max_workers=max(1, workers))


# Set once a file has used up its retries on an unavailable database, cleared when a file is
# recorded again: the run's other files then try once each instead of three times (a stopped
# database used to cost ~4 s of retries per file: hours for a large inbox before the run
# said so). Threads of one run share it; the default task runner is threads. A plain dict, not
# a threading.Event: a served deployment cloudpickles the flow with its tasks, and a lock
# cannot be pickled (found by the served-schedule test).
_database_down = {"set": False}


def _retry_unless_database_down(task, task_run, state) -> bool:
    return not _database_down["set"]


@task(name="process-inbox-file", retries=2, retry_delay_seconds=2, retry_condition_fn=_retry_unless_database_down)
def process_inbox_file(path: str, db_url: str, root: str) -> dict:
    # Bad input is not an exception (ingest_file records it); what raises here is transient
    # (database busy, disk) and is retried; the claim makes a retry safe.
    try:
        return ingest_file(Path(path), Workspace(db_url=db_url, root=Path(root))).to_dict()
    except FileNotFoundError:
        if Path(path).exists():
            raise
        # Another run on the same inbox finished it and moved it away after this run listed
        # it (found by the four-process test: the whole run used to fail on it).
        return Outcome(path=path, file_name=Path(path).name, status="skipped", warnings=[MOVED_AWAY]).to_dict()


@flow(name="ingest-inbox", task_runner=task_runner(int(os.environ.get("REPORT_ETL_WORKERS") or 1)))
def ingest_inbox(inbox: str, stable_seconds: float = 5.0, db_url: str | None = None, root: str | None = None,
                 processed_dir: str | None = None, failed_dir: str | None = None) -> list[dict]:
    """One pass over the inbox. Run it with `.with_options(task_runner=task_runner(n))` for n
    parallel documents (the CLI and `serve` do)."""
    log = get_run_logger()
    ws = Workspace.from_env(db_url, Path(root) if root else None)
    box = Path(inbox)
    processed = Path(processed_dir) if processed_dir else box / PROCESSED
    failed = Path(failed_dir) if failed_dir else box / FAILED
    started, start_at = time.perf_counter(), datetime.now(timezone.utc)
    try:
        ws.sessions()  # migrate here, once, before task processes open the database
    except Exception as err:
        if not database_unavailable(err):
            raise
        raise DatabaseUnavailable(f"the database ({safe_url(ws.db_url)}) is unavailable or busy: "
                                  f"{database_error_line(err)}. Nothing was read; every file stays in the inbox "
                                  "for the next run.") from err
    stable, arriving = stable_files(box, stable_seconds)
    for path in arriving:
        log.info("%s is still arriving: left for the next run", path.name)
    _database_down["set"] = False
    outcomes, unrecorded = [], []
    for path, future in _submitted(stable, ws):
        try:
            outcome = future.result()
        except Exception as err:
            if not database_unavailable(err):
                raise
            # Its task retried and the database is still away: the file stays in the inbox
            # (never moved without its record) and the run fails once the others are done.
            _database_down["set"] = True
            unrecorded.append((path, err))
            continue
        _database_down["set"] = False
        outcomes.append(outcome)
        _file_away(path, outcome, processed, failed, log)
    place = {str(p): i for i, p in enumerate(stable)}
    outcomes.sort(key=lambda o: place.get(o["path"], len(place)))  # the inbox's order, whatever the start
    try:
        save_summary("ingest-inbox", ws, outcomes, start_at, time.perf_counter() - started)
    except Exception as err:
        if not database_unavailable(err):
            raise
        unrecorded.append((None, err))
    if unrecorded:
        files = [p for p, _ in unrecorded if p is not None]
        raise DatabaseUnavailable(
            f"the database ({safe_url(ws.db_url)}) is unavailable or busy: {database_error_line(unrecorded[0][1])}. "
            f"{len(files)} of {len(stable)} files could not be recorded and stay in the inbox for the next run "
            f"({len(outcomes)} recorded and filed before). No file was moved without its record.")
    return outcomes


def _submitted(paths: list[Path], ws: Workspace):
    """(path, future) in order, with at most a few tasks submitted ahead of the one awaited:
    a future (and Prefect's task state in it) is dropped once its file is filed away, so a
    run's memory does not grow with the inbox (6,300 files submitted at once: 176 -> 217 MB)."""
    ahead = max(8, 4 * default_workers())
    pending: deque = deque()
    # Several runs on one inbox (workers of one pool) start at different points of it, and a
    # file another run has already filed is not submitted: each file costs one task, not one
    # per run (two runs on 6,300 files: half their tasks were skips, and the server's CPU).
    start = random.randrange(len(paths)) if paths else 0
    for path in paths[start:] + paths[:start]:
        if not path.exists():
            continue
        pending.append((path, process_inbox_file.submit(str(path), ws.db_url, str(ws.root))))
        if len(pending) >= ahead:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _file_away(path: Path, outcome: dict, processed: Path, failed: Path, log) -> None:
    if outcome["status"] == "skipped" and ("being processed by another worker" in outcome["warnings"]
                                           or MOVED_AWAY in outcome["warnings"]):
        return  # the worker that has it moves it
    if outcome["status"] == "failed" or (outcome["status"] == "skipped" and outcome.get("error")):
        target = move_to(failed, path, outcome["sha256"], f"{outcome['error_code']}: {outcome['error']}\n")
        if target is not None:
            log.warning("%s failed (%s): moved to %s", path.name, outcome["error_code"], target)
        return
    target = move_to(processed, path, outcome["sha256"])
    if outcome["status"] == "skipped":
        log.info("%s: same bytes as a document already done; moved to %s", path.name, target)
