"""Scheduling and scale-out: serve the inbox flow on a schedule against a Prefect server, start
a local server, or deploy the flow to a work pool that workers on several machines pull from.
Only wiring: the work is in flows.inbox / flows.pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from flows.pipeline import Workspace

ROOT = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).with_name("prefect"))


def prefect_env(api_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def start_local_server(port: int = 4200, host: str = "127.0.0.1", timeout: float = 90.0,
                       log_path: Path | None = None) -> tuple[subprocess.Popen, str]:
    """`prefect server start` on host:port as a child process; returns it with its API URL once
    /api/health answers."""
    api_url = f"http://{host}:{port}/api"
    env = prefect_env()
    env.pop("PREFECT_API_URL", None)
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL
    proc = subprocess.Popen([PREFECT, "server", "start", "--host", host, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}" +
                               (f"; see {log_path}" if log_path else ""))
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return proc, api_url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise TimeoutError(f"prefect server did not answer on {api_url} within {timeout:.0f} s")


def inbox_parameters(inbox: Path, ws: Workspace, stable_seconds: float) -> dict:
    # Absolute paths: the flow runs in another process, maybe in another folder.
    db_url = ws.db_url
    if db_url.startswith("sqlite:///") and not db_url.startswith("sqlite:////"):
        db_url = "sqlite:///" + str(Path(db_url[len("sqlite:///"):]).resolve())
    return {"inbox": str(Path(inbox).resolve()), "stable_seconds": stable_seconds, "db_url": db_url,
            "root": str(ws.root.resolve())}


def serve_inbox(inbox: Path, ws: Workspace, *, interval: float | None = None, cron: str | None = None,
                workers: int = 1, stable_seconds: float = 5.0, name: str = "inbox") -> None:
    """Register the `ingest-inbox/<name>` deployment with its schedule and run its flow runs
    here until stopped (needs PREFECT_API_URL pointing at a server)."""
    from flows.inbox import ingest_inbox, task_runner

    if not os.environ.get("PREFECT_API_URL"):
        raise RuntimeError("PREFECT_API_URL is not set: start `prefect server start` and set it, "
                           "or use `report-etl serve --with-server`")
    flow_ = ingest_inbox.with_options(task_runner=task_runner(workers))
    flow_.serve(name=name, interval=interval, cron=cron, parameters=inbox_parameters(inbox, ws, stable_seconds),
                print_starting_message=True)


def deploy_to_pool(pool: str, inbox: Path, ws: Workspace, *, stable_seconds: float = 5.0,
                   name: str = "inbox", interval: float | None = None, cron: str | None = None) -> str:
    """Create the process work pool if needed and deploy the inbox flow to it from this
    checkout; workers started with `prefect worker start --pool POOL` (on any machine with the
    same checkout path, the shared inbox and the database URL) run its flow runs."""
    from flows.inbox import ingest_inbox

    subprocess.run([PREFECT, "work-pool", "create", pool, "--type", "process", "--overwrite"], check=True,
                   env=prefect_env(), stdout=subprocess.DEVNULL)
    source = ingest_inbox.from_source(source=str(ROOT), entrypoint="flows/inbox.py:ingest_inbox")
    schedule = {"interval": interval} if interval else ({"cron": cron} if cron else {})
    deployment_id = source.deploy(name=name, work_pool_name=pool, parameters=inbox_parameters(inbox, ws, stable_seconds),
                                  build=False, push=False, print_next_steps=False, ignore_warnings=True, **schedule)
    return str(deployment_id)
