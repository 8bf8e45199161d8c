"""Prefect flows. They wire tasks, retries and run summaries; the work is in flows.pipeline."""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from flows import runs  # noqa: E402
from flows.pipeline import Outcome, Workspace, ingest_file, list_files, reprocess  # noqa: E402

# Set by the CLI to drive its progress bar; the flow runs in the same process.
progress_hook: Callable[[Outcome], None] | None = None


@task(name="ingest-file", retries=2, retry_delay_seconds=1)
def ingest_file_task(path: str, db_url: str, root: str, force: bool = False) -> dict:
    # Retries cover transient errors (a locked database, a busy disk); bad input is not an
    # exception here: ingest_file records it on the document and returns "failed".
    outcome = ingest_file(Path(path), Workspace(db_url=db_url, root=Path(root)), force=force)
    if progress_hook:
        progress_hook(outcome)
    return outcome.to_dict()


@task(name="reprocess-document", retries=1, retry_delay_seconds=1)
def reprocess_task(ref: str, db_url: str, root: str) -> dict:
    outcome = reprocess(ref, Workspace(db_url=db_url, root=Path(root)))
    if progress_hook:
        progress_hook(outcome)
    return outcome.to_dict()


@flow(name="ingest-paths", log_prints=True)
def ingest_paths(paths: list[str], db_url: str | None = None, root: str | None = None,
                 force: bool = False) -> list[dict]:
    """Ingest files and folders read in place, one task per file, and save a run summary."""
    ws = Workspace.from_env(db_url, Path(root) if root else None)
    started = time.perf_counter()
    start_at = datetime.now(timezone.utc)
    outcomes = [ingest_file_task(str(f), ws.db_url, str(ws.root), force) for f in list_files(paths)]
    save_summary("ingest-paths", ws, outcomes, start_at, time.perf_counter() - started)
    return outcomes


@flow(name="process-document")
def process_document(refs: list[str], db_url: str | None = None, root: str | None = None) -> list[dict]:
    """Reprocess stored documents: a new run and record version each."""
    ws = Workspace.from_env(db_url, Path(root) if root else None)
    started = time.perf_counter()
    start_at = datetime.now(timezone.utc)
    outcomes = [reprocess_task(ref, ws.db_url, str(ws.root)) for ref in refs]
    save_summary("process-document", ws, outcomes, start_at, time.perf_counter() - started)
    return outcomes


def save_summary(name: str, ws: Workspace, outcomes: list[dict], start_at: datetime, seconds: float) -> None:
    """The run summary of flows/runs.py, tied to this Prefect flow run and logged to it."""
    runs.save_summary(name, ws, outcomes, start_at, seconds, prefect_run_id=str(flow_run.get_id() or ""),
                      logger=get_run_logger())
