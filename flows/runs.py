"""Manual runs (ingest these files, reprocess these documents) as plain functions, and the run
summary every run saves to our own `flow_runs` table.

Prefect's flows in flows/ingest.py wrap the same functions. This module imports nothing of
Prefect: a manual run with no Prefect server configured does not pay for starting Prefect's
ephemeral API server in-process (~9 s of a cold CLI call against ~2 s of work); its record of
the run is the `flow_runs` row it saves (shown by `report-etl status`), with no Prefect run id.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from flows.pipeline import Outcome, Workspace, ingest_file, list_files, reprocess
from storage.models import FlowRunSummary
from storage.repository import Repository

OnOutcome = Callable[[Outcome], None]
log = logging.getLogger("report_etl.runs")


def prefect_server_configured() -> bool:
    """True when runs should go through a Prefect server: PREFECT_API_URL is set in the
    environment or in the active Prefect profile. Read without importing Prefect (1 s)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    import tomllib

    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    profiles_path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml")
    try:
        profiles = tomllib.loads(profiles_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return False
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active", "ephemeral")
    return bool(profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL"))


def ingest_now(paths: list[str], ws: Workspace, *, force: bool = False,
               on_outcome: OnOutcome | None = None) -> list[dict]:
    """Ingest files and folders in this process, one after another, and save a run summary."""
    return _run("ingest-paths", ws, [str(f) for f in list_files(paths)],
                lambda f: ingest_file(Path(f), ws, force=force), on_outcome)


def reprocess_now(refs: list[str], ws: Workspace, *, on_outcome: OnOutcome | None = None) -> list[dict]:
    """Reprocess stored documents in this process: a new run and record version each."""
    return _run("process-document", ws, refs, lambda ref: reprocess(ref, ws), on_outcome)


def _run(name: str, ws: Workspace, items: list[str], work: Callable[[str], Outcome],
         on_outcome: OnOutcome | None) -> list[dict]:
    started = time.perf_counter()
    start_at = datetime.now(timezone.utc)
    outcomes = []
    for item in items:
        outcome = work(item)
        if on_outcome:
            on_outcome(outcome)
        outcomes.append(outcome.to_dict())
    save_summary(name, ws, outcomes, start_at, time.perf_counter() - started)
    return outcomes


def save_summary(name: str, ws: Workspace, outcomes: list[dict], start_at: datetime, seconds: float,
                 *, prefect_run_id: str = "", logger: logging.Logger | logging.LoggerAdapter | None = None) -> FlowRunSummary:
    """Save one run's counts and failures to `flow_runs` and log a line."""
    failures = [{"file": o["file_name"], "error": o["error"]} for o in outcomes if o["status"] == "failed"]
    summary = FlowRunSummary(
        flow_name=name, prefect_run_id=prefect_run_id, started_at=start_at,
        finished_at=datetime.now(timezone.utc), seen=len(outcomes),
        processed=sum(o["status"] == "processed" for o in outcomes),
        skipped=sum(o["status"] == "skipped" for o in outcomes), failed=len(failures), failures=failures,
        seconds=seconds)
    with ws.sessions().begin() as session:
        Repository(session).save_flow_run(summary)
    (logger or log).info("%s: %d seen, %d processed, %d skipped, %d failed in %.1f s", name, summary.seen,
                         summary.processed, summary.skipped, summary.failed, seconds)
    return summary
