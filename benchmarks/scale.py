"""Scale (issue 11, goals 5 and 6): N documents on PostgreSQL, ingested by K workers of one
process work pool against a real Prefect server.

    .venv/bin/python benchmarks/scale.py --n 6300 --workers 1 2 [--db-admin URL] [--keep]

For each K: a fresh database (migrated once), a fresh inbox holding the same N corpus files,
the inbox deployment on the pool `bench-scale-K`, K workers (`prefect worker start --limit 1`),
and K flow runs created at once so that they share the one inbox (documents are claimed in the
database, so each is done once). Measured: documents/min from creating the runs to the last
run ending, documents by status, files left in the inbox and filed twice, the database growth
per 1,000 records, peak RSS of the flow-run process and of its children (sampled, and at 10 %,
50 % and 100 % of the documents: flat if nothing of a document is held after it is stored), and
the CPU the Prefect server spent meanwhile. Writes benchmarks/results/scale_DATE.json and .md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import make_corpus, start_server, tree_cpu_seconds  # noqa: E402

PY = sys.executable
PREFECT = str(Path(PY).with_name("prefect"))
RESULTS = ROOT / "benchmarks" / "results"
ADMIN_URL = "postgresql+psycopg://root@127.0.0.1:5432/postgres"
MIB = 1024 * 1024
SAMPLE_SECONDS = 0.5
CHECKPOINTS = (0.1, 0.5, 1.0)  # shares of the documents at which the RSS peaks are noted
# Environment of the workers (and so of their flow runs). Workers poll every 2 s instead of
# 10 s: the pick-up delay is Prefect's setting, not the pipeline's cost.
WORKER_ENV = {"REPORT_ETL_WORKERS": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
              "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_WORKER_QUERY_SECONDS": "2"}


# -- results ----------------------------------------------------------------------------------
@dataclass
class RssPeaks:
    """Peak RSS in MiB: the flow-run process itself (its kernel high-water mark, exact), its
    parse fork server, and the largest other descendant seen (a document's forked child;
    sampled, so a child shorter than the sampling period can be missed)."""

    flow_run_mb: float = 0.0
    fork_server_mb: float = 0.0
    child_mb: float = 0.0
    flow_run_now_mb: float = 0.0  # current RSS of the largest flow-run process at the last sample


@dataclass
class Checkpoint:
    share: float
    documents: int
    seconds: float
    peaks: RssPeaks


@dataclass
class FilesCheck:
    """Each corpus file must end exactly once in processed/ or failed/ (found by inode: the
    inbox holds hard links to the corpus, and moving a file keeps its inode)."""

    processed_dir: int = 0
    failed_dir: int = 0
    left: int = 0
    duplicated: int = 0
    missing: int = 0
    unknown: int = 0


@dataclass
class ScaleResult:
    n: int
    workers: int
    wall_s: float
    docs_per_min: float
    statuses: dict[str, int]
    records: int
    files: FilesCheck
    db_bytes_before: int
    db_bytes_after: int
    db_mb_per_1000_records: float
    data_mb_per_1000_records: float  # the blob store on disk (originals), beside the database
    tables_mb: dict[str, float]
    peaks: RssPeaks
    checkpoints: list[Checkpoint]
    server_cpu_s: float
    flow_runs: list[dict] = field(default_factory=list)
    postgres_restarted: bool = False  # someone restarted the shared PostgreSQL meanwhile
    error: str | None = None  # set when a flow run did not complete: the figures are not valid

    @property
    def documents(self) -> int:
        return self.statuses.get("processed", 0) + self.statuses.get("failed", 0)


# -- PostgreSQL -------------------------------------------------------------------------------
def engine(url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(url, poolclass=NullPool)


def wait_postgres(admin_url: str, timeout: float = 900) -> None:
    """Until PostgreSQL answers: it is shared on this machine, and other work (the storage
    outage tests) stops and restarts it."""
    from sqlalchemy.exc import OperationalError

    deadline = time.monotonic() + timeout
    while True:
        try:
            scalar(admin_url, "SELECT 1")
            return
        except OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(5)


def create_database(admin_url: str, name: str) -> str:
    """CREATE DATABASE (AUTOCOMMIT: it cannot run in a transaction); returns its URL."""
    from sqlalchemy import text

    eng = engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, name: str) -> None:
    from sqlalchemy import text

    eng = engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        # FORCE: this process's migration engine still holds a connection to it.
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    eng.dispose()


def scalar(url: str, sql: str):
    from sqlalchemy import text

    eng = engine(url)
    with eng.connect() as c:
        value = c.execute(text(sql)).scalar()
    eng.dispose()
    return value


def status_counts(url: str) -> dict[str, int]:
    from sqlalchemy import text

    eng = engine(url)
    with eng.connect() as c:
        rows = c.execute(text("SELECT status, count(*) FROM documents GROUP BY status")).all()
    eng.dispose()
    return {s: n for s, n in rows}


def table_sizes_mb(url: str) -> dict[str, float]:
    from sqlalchemy import text

    eng = engine(url)
    with eng.connect() as c:
        rows = c.execute(text("SELECT relname, pg_total_relation_size(oid) FROM pg_class "
                              "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")).all()
    eng.dispose()
    return {name: round(size / MIB, 2) for name, size in sorted(rows, key=lambda r: -r[1]) if size > 64 * 1024}


# -- processes (/proc: psutil is not a dependency) --------------------------------------------
def process_table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line)."""
    table = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError, ValueError):
            continue
        table[int(d.name)] = (ppid, cmd)
    return table


def descendants(pid: int, table: dict[int, tuple[int, str]]) -> list[int]:
    out, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, (ppid, _) in table.items() if ppid == parent]
        out += kids
        frontier += kids
    return out


def memory_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MiB from /proc/PID/status; zeros if the process is gone."""
    rss = hwm = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, hwm


def role(pid: int, table: dict[int, tuple[int, str]]) -> str:
    """flow_run (`python -m prefect.engine`, started by the worker), fork_server (`python -m
    extractors.isolation`), or child: a document's child is forked from the fork server, so it
    has the same command line and is told apart by its parent."""
    ppid, cmd = table[pid]
    if "prefect.engine" in cmd:
        return "flow_run"
    if "extractors.isolation" in cmd and "extractors.isolation" not in table.get(ppid, (0, ""))[1]:
        return "fork_server"
    return "child"


class Sampler(threading.Thread):
    """Every SAMPLE_SECONDS: the RSS of every process under the workers, and the documents done
    (processed + failed in the database), noting the peaks when a checkpoint share is passed."""

    def __init__(self, worker_pids: list[int], db_url: str, n: int):
        super().__init__(daemon=True)
        self.worker_pids, self.db_url, self.n = worker_pids, db_url, n
        self.peaks = RssPeaks()
        self.checkpoints: list[Checkpoint] = []
        self.started = time.monotonic()
        self._halt = threading.Event()
        self.engine = engine(db_url)

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self.note_checkpoints(self.documents_done())
            self._halt.wait(SAMPLE_SECONDS)
        # The last documents can be stored after the last sample: their checkpoint gets the
        # peaks as they stand at the end.
        self.note_checkpoints(self.documents_done())
        self.engine.dispose()

    def documents_done(self) -> int:
        """Processed + failed documents; -1 while the database does not answer (the machine's
        PostgreSQL is shared and can be restarted by others: the sampling goes on)."""
        from sqlalchemy import text
        from sqlalchemy.exc import OperationalError

        try:
            with self.engine.connect() as conn:
                return conn.execute(text("SELECT count(*) FROM documents WHERE status IN ('processed', 'failed')")
                                    ).scalar()
        except OperationalError:
            return -1

    def sample(self) -> None:
        table = process_table()
        now = 0.0
        for worker in self.worker_pids:
            for pid in descendants(worker, table):
                rss, hwm = memory_mb(pid)
                kind = role(pid, table)
                if kind == "flow_run":
                    self.peaks.flow_run_mb = max(self.peaks.flow_run_mb, hwm)
                    now = max(now, rss)
                elif kind == "fork_server":
                    self.peaks.fork_server_mb = max(self.peaks.fork_server_mb, hwm)
                else:
                    self.peaks.child_mb = max(self.peaks.child_mb, hwm)
        self.peaks.flow_run_now_mb = now

    def note_checkpoints(self, done: int) -> None:
        if done < 0:
            return
        for share in CHECKPOINTS[len(self.checkpoints):]:
            if done >= share * self.n:
                self.checkpoints.append(Checkpoint(share, done, round(time.monotonic() - self.started, 1),
                                                   RssPeaks(**asdict(self.peaks))))

    def stop(self) -> None:
        self._halt.set()
        self.join()


def stop_process_tree(proc: subprocess.Popen, grace: float = 20.0) -> None:
    """SIGTERM a process we started and, after `grace`, SIGKILL what is left of its tree (by
    pid: only its own descendants)."""
    kids = descendants(proc.pid, process_table())
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    alive = process_table()
    for pid in kids:
        if pid in alive:
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass


# -- the inbox --------------------------------------------------------------------------------
def fill_inbox(corpus: list[Path], inbox: Path) -> None:
    """Hard links: no copy of the corpus per K, and the inode identifies a file once filed."""
    inbox.mkdir(parents=True)
    for f in corpus:
        os.link(f, inbox / f.name)


def check_files(corpus: list[Path], inbox: Path) -> FilesCheck:
    wanted = {f.stat().st_ino for f in corpus}
    check = FilesCheck(left=sum(1 for p in inbox.iterdir() if p.is_file()))
    seen: Counter[int] = Counter()
    for sub in ("processed", "failed"):
        folder = inbox / sub
        files = [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".error.txt")] \
            if folder.is_dir() else []
        setattr(check, f"{sub}_dir", len(files))
        seen.update(p.stat().st_ino for p in files)
    check.duplicated = sum(c - 1 for ino, c in seen.items() if ino in wanted and c > 1)
    check.unknown = sum(c for ino, c in seen.items() if ino not in wanted)
    left = {p.stat().st_ino for p in inbox.iterdir() if p.is_file()}
    check.missing = len(wanted - set(seen) - left)
    return check


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


# -- Prefect: pool, workers, runs -------------------------------------------------------------
def start_workers(pool: str, k: int, logs: Path) -> list[subprocess.Popen]:
    env = {**os.environ, **WORKER_ENV}
    procs = []
    for i in range(k):
        log = open(logs / f"worker_{pool}_{i}.log", "w")
        procs.append(subprocess.Popen([PREFECT, "worker", "start", "--pool", pool, "--limit", "1"],
                                      stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT))
    return procs


def wait_workers_online(pool: str, k: int, procs: list[subprocess.Popen], timeout: float = 180) -> None:
    """Until the pool lists K workers: their start-up is not part of a run (a pool's workers
    are long-lived)."""
    from prefect.client.orchestration import get_client

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in procs):
                raise RuntimeError(f"a worker of {pool} exited at start; see its log")
            if len(client.read_workers_for_work_pool(pool)) >= k:
                return
            time.sleep(1)
    raise TimeoutError(f"{k} workers did not come online on {pool} in {timeout:.0f} s")


def run_all(deployment: str, k: int, timeout: float) -> tuple[float, list[dict]]:
    """Create K flow runs at once and wait until all are terminal. Returns the wall seconds from
    creating them to the last one ending (the server's end time) and a summary per run."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    t0 = datetime.now(timezone.utc)
    ids = [run_deployment(deployment, timeout=0).id for _ in range(k)]
    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            runs = [client.read_flow_run(i) for i in ids]
            if all(r.state and r.state.is_final() for r in runs):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"flow runs not finished after {timeout:.0f} s: "
                                   f"{[r.state.name if r.state else None for r in runs]}")
            time.sleep(1)
    ended = max((r.end_time or datetime.now(timezone.utc)) for r in runs)
    summary = [{"id": str(r.id), "name": r.name, "state": r.state.name,
                "start_lag_s": round((r.start_time - t0).total_seconds(), 1) if r.start_time else None,
                "run_s": round(r.total_run_time.total_seconds(), 1),
                "message": (r.state.message or "")[:300]} for r in runs]
    return (ended - t0).total_seconds(), summary


def delete_pool(pool: str) -> None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.delete_work_pool(pool)


# -- one K ------------------------------------------------------------------------------------
@dataclass
class Setup:
    """One K's fresh state: its database (migrated), data folder and inbox."""

    name: str
    db_url: str
    ws: object  # flows.pipeline.Workspace
    inbox: Path
    db_bytes_before: int


def prepare(k: int, corpus: list[Path], work: Path, args, stamp: str) -> Setup:
    from flows.pipeline import Workspace

    name = f"bench_scale_{k}_{stamp}"
    db_url = create_database(args.db_admin, name)
    ws = Workspace(db_url=db_url, root=work / name / "data")
    ws.sessions()  # migrated once, here, so the size before is the empty schema's
    before = scalar(db_url, "SELECT pg_database_size(current_database())")
    fill_inbox(corpus, work / name / "inbox")
    return Setup(name, db_url, ws, work / name / "inbox", before)


def summarize(k: int, corpus: list[Path], setup: Setup, wall: float, runs: list[dict], sampler: Sampler,
              server_cpu: float, pg_started) -> ScaleResult:
    """The figures, read once the runs have ended; measured even when a run failed (to see what
    it left behind): `error` marks the result invalid."""
    bad = [r for r in runs if r["state"] != "Completed"]
    statuses = status_counts(setup.db_url)
    records = scalar(setup.db_url, "SELECT count(*) FROM records WHERE is_current")
    after = scalar(setup.db_url, "SELECT pg_database_size(current_database())")
    docs = statuses.get("processed", 0) + statuses.get("failed", 0)
    mb_per_1000 = 1000 / records / MIB if records else 0.0
    return ScaleResult(
        n=len(corpus), workers=k, wall_s=round(wall, 1), docs_per_min=round(docs / (wall / 60), 1),
        statuses=statuses, records=records, files=check_files(corpus, setup.inbox),
        db_bytes_before=setup.db_bytes_before, db_bytes_after=after,
        db_mb_per_1000_records=round((after - setup.db_bytes_before) * mb_per_1000, 2),
        data_mb_per_1000_records=round(folder_bytes(setup.ws.root) * mb_per_1000, 2),
        tables_mb=table_sizes_mb(setup.db_url), peaks=sampler.peaks, checkpoints=sampler.checkpoints,
        server_cpu_s=round(server_cpu, 1), flow_runs=runs,
        postgres_restarted=scalar(setup.db_url, "SELECT pg_postmaster_start_time()") != pg_started,
        error=f"flow runs not Completed: {bad}" if bad else None)


def measure(k: int, corpus: list[Path], work: Path, args, stamp: str, server_pid: int) -> ScaleResult:
    """One K: fresh database and inbox, the deployment on pool bench-scale-K, K workers, K flow
    runs at once; the pool, workers and (unless --keep) the database are removed after."""
    from flows.serve import deploy_to_pool

    pool = f"bench-scale-{k}"
    setup = prepare(k, corpus, work, args, stamp)
    workers: list[subprocess.Popen] = []
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # its table of deployments is noise here
            deploy_to_pool(pool, setup.inbox, setup.ws, stable_seconds=0, name=f"scale-{k}")
        workers = start_workers(pool, k, work)
        wait_workers_online(pool, k, workers)

        pg_started = scalar(setup.db_url, "SELECT pg_postmaster_start_time()")
        sampler = Sampler([w.pid for w in workers], setup.db_url, len(corpus))
        cpu0 = tree_cpu_seconds(server_pid)
        sampler.start()
        try:
            wall, runs = run_all(f"ingest-inbox/scale-{k}", k, args.timeout)
        finally:
            sampler.stop()
        server_cpu = tree_cpu_seconds(server_pid) - cpu0
        return summarize(k, corpus, setup, wall, runs, sampler, server_cpu, pg_started)
    finally:
        for w in workers:
            stop_process_tree(w)
        try:
            delete_pool(pool)
        except Exception as err:  # the result matters more than the tidy-up
            print(f"could not delete pool {pool}: {err}", file=sys.stderr)
        if not args.keep:
            wait_postgres(args.db_admin)
            drop_database(args.db_admin, setup.name)


def measure_with_retries(k: int, corpus: list[Path], work: Path, args, stamp: str, server_pid: int,
                         discarded: list[dict]) -> ScaleResult:
    """`measure`, again (up to --attempts) when PostgreSQL was restarted by someone else during
    the run: an outage that is not ours makes the figures meaningless, not the code wrong. A run
    that fails with PostgreSQL up is not retried."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(1, args.attempts + 1):
        wait_postgres(args.db_admin)
        try:
            result = measure(k, corpus, work, args, f"{stamp}_{attempt}", server_pid)
            if not result.postgres_restarted or attempt == args.attempts:
                return result
            why = result.error or "PostgreSQL restarted during the run"
        except OperationalError as err:  # the database went away while we measured it
            if attempt == args.attempts:
                raise
            why = f"PostgreSQL unavailable: {str(err).splitlines()[0]}"
        print(f"K={k} attempt {attempt} DISCARDED: {why}; again", file=sys.stderr, flush=True)
        discarded.append({"workers": k, "attempt": attempt, "why": why})
    raise AssertionError("unreachable")


# -- the report -------------------------------------------------------------------------------
def markdown(results: list[ScaleResult], meta: dict) -> str:
    head = ("| N | workers | docs/min | wall s | processed | failed | left | duplicated | DB MB / 1,000 records "
            "| flow-run peak RSS MB | child peak RSS MB | server CPU s |")
    lines = [f"# Scale, {meta['date']}", "",
             f"One process work pool, K workers (`--limit 1`, REPORT_ETL_WORKERS=1) against `prefect server start`, "
             f"PostgreSQL {meta['postgres']}; {meta['cpus']} cores shared (load at start {meta['load']}). "
             f"MB = MiB.", "", head, "|" + "---|" * 12]
    for r in results:
        lines.append(f"| {r.n} | {r.workers} | {r.docs_per_min} | {r.wall_s} | {r.statuses.get('processed', 0)} "
                     f"| {r.statuses.get('failed', 0)} | {r.files.left} | {r.files.duplicated} "
                     f"| {r.db_mb_per_1000_records} | {r.peaks.flow_run_mb:.0f} | {r.peaks.child_mb:.0f} "
                     f"| {r.server_cpu_s} |")
    lines += ["", "Peak RSS (MB) as the documents are done (flat = nothing of a document held after it is stored):",
              "", "| N | workers | done | at s | flow-run peak | flow-run now | fork server peak | child peak |",
              "|---|---|---|---|---|---|---|---|"]
    for r in results:
        for c in r.checkpoints:
            lines.append(f"| {r.n} | {r.workers} | {c.share:.0%} ({c.documents}) | {c.seconds} "
                         f"| {c.peaks.flow_run_mb:.0f} | {c.peaks.flow_run_now_mb:.0f} "
                         f"| {c.peaks.fork_server_mb:.0f} | {c.peaks.child_mb:.0f} |")
    lines += ["", "Flow runs: " + "; ".join(
        f"K={r.workers}: " + ", ".join(f"{f['state']} (start +{f['start_lag_s']} s, ran {f['run_s']} s)"
                                       for f in r.flow_runs) for r in results),
        "Blob store on disk (MB / 1,000 records): " + ", ".join(
            f"K={r.workers}: {r.data_mb_per_1000_records}" for r in results),
        "Largest tables (MB): " + "; ".join(f"K={r.workers}: {r.tables_mb}" for r in results)]
    lines += [f"**K={r.workers} INVALID**: " + (r.error or "") +
              (" PostgreSQL was restarted during the run." if r.postgres_restarted else "")
              for r in results if r.error or r.postgres_restarted]
    return "\n".join(lines) + "\n"


def write_results(results: list[ScaleResult], meta: dict) -> str:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / f"scale_{meta['stamp_file']}"
    payload = {"meta": meta, "results": [{**asdict(r), "documents": r.documents} for r in results]}
    stem.with_suffix(".json").write_text(json.dumps(payload, indent=1, default=str))
    md = markdown(results, meta)
    stem.with_suffix(".md").write_text(md)
    return md


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=6300, help="documents")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts, one pool each")
    ap.add_argument("--db-admin", default=ADMIN_URL, help="URL of a database to CREATE/DROP the bench databases from")
    ap.add_argument("--scan-share", type=float, default=0.0, help="share of scanned PDFs in the corpus")
    ap.add_argument("--work", type=Path, help="work folder (default: a new one in /tmp, removed unless --keep)")
    ap.add_argument("--timeout", type=float, default=4 * 3600, help="seconds to wait for one K's runs")
    ap.add_argument("--keep", action="store_true", help="keep the databases and the work folder")
    ap.add_argument("--attempts", type=int, default=3,
                    help="runs of one K when PostgreSQL is restarted by someone else during it")
    return ap.parse_args()


def run(args: argparse.Namespace, work: Path, now: datetime) -> list[ScaleResult]:
    stamp = now.strftime("%Y%m%d_%H%M")
    corpus = make_corpus(args.n, work / "corpus", args.scan_share, seed=args.n)  # once; linked per K
    wait_postgres(args.db_admin)
    server, api_url = start_server(work)
    results: list[ScaleResult] = []
    meta = {"date": now.strftime("%Y-%m-%d %H:%M"), "stamp_file": now.strftime("%Y-%m-%d_%H%M"), "n": args.n,
            "workers": args.workers, "scan_share": args.scan_share, "cpus": os.cpu_count(),
            "load": round(os.getloadavg()[0], 2), "worker_env": WORKER_ENV, "sample_seconds": SAMPLE_SECONDS,
            "work": str(work), "discarded_attempts": []}
    try:
        # Before anything imports prefect: its settings are read from the environment then.
        os.environ.update(PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
                          PREFECT_LOGGING_LEVEL="WARNING")
        meta["postgres"] = scalar(args.db_admin, "SHOW server_version")
        for k in args.workers:
            r = measure_with_retries(k, corpus, work, args, stamp, server.pid, meta["discarded_attempts"])
            results.append(r)
            print(f"K={k}: {r.docs_per_min} docs/min in {r.wall_s} s" +
                  (f"  FAILED: {r.error} (worker logs in {work})" if r.error else ""), flush=True)
    finally:
        stop_process_tree(server)
        if results:
            print(write_results(results, meta))
    return results


def stop_own_processes() -> None:
    """Whatever this process started and is still running (a server or worker left by an
    error or an interrupt in between), by pid: only our own descendants."""
    table = process_table()
    for pid in descendants(os.getpid(), table):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    time.sleep(3)
    for pid in descendants(os.getpid(), process_table()):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main() -> None:
    args = parse_args()
    # SIGTERM as an exception, so that the finally blocks stop the server and workers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    now = datetime.now()
    work = args.work or Path(f"/tmp/bench_scale_{now.strftime('%Y%m%d_%H%M')}")
    work.mkdir(parents=True, exist_ok=True)
    results: list[ScaleResult] = []
    try:
        results = run(args, work, now)
    finally:
        stop_own_processes()
        if not args.keep and results and not any(r.error for r in results):
            shutil.rmtree(work, ignore_errors=True)
    if any(r.error or r.postgres_restarted for r in results):
        sys.exit("INVALID: a flow run failed or PostgreSQL was restarted during a run; see above")


if __name__ == "__main__":
    main()
