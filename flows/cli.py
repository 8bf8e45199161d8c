"""`report-etl`: the command line. It parses options, calls flows and storage, and prints."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import typer  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402
from rich.table import Table  # noqa: E402

app = typer.Typer(help="Province reports on letter 3836/BTTTT-TTĐN -> reviewed records and exports.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
# Summary tables are read in terminals and in logs: give them room when no terminal says otherwise.
console = Console(width=None if sys.stdout.isatty() else 160)

DbOption = typer.Option(None, "--db", help="SQLAlchemy URL (default: REPORT_ETL_DB or data/report_etl.sqlite)")


def _workspace(db: Optional[str]):
    from flows.pipeline import Workspace

    return Workspace.from_env(db)


@contextmanager
def _document(db: Optional[str], ref: str):
    """The repository in one transaction and the document `ref` names; a clear error and
    exit 2 when there is no such document."""
    from storage.repository import NotFound, Repository

    with _workspace(db).sessions().begin() as session:
        repo = Repository(session)
        try:
            document = repo.find(ref)
        except NotFound as err:
            console.print(f"[red]{err}[/red]")
            raise typer.Exit(2)
        yield repo, document


def _summary_table(outcomes: list[dict]) -> Table:
    table = Table(title="Documents", show_lines=False)
    for col in ("file", "status", "province", "plan status", "figures", "warnings"):
        table.add_column(col, overflow="fold")
    for o in outcomes:
        status = o["status"]
        style = {"processed": "green", "skipped": "cyan", "failed": "red"}.get(status, "")
        if o.get("error"):
            notes = f"[red]{o.get('error_code')}: {o['error']}[/red]"
        else:
            warns = o.get("warnings") or []
            notes = f"{len(warns)}: {warns[0]}" + (" …" if len(warns) > 1 else "") if warns else "0"
        table.add_row(o["file_name"], f"[{style}]{status}[/{style}]", o.get("province") or "—",
                      o.get("plan_status") or "—", str(o.get("figures") or 0), notes)
    return table


# The progress bar's callback: set while a command runs. Prefect's tasks (same process) call
# it through flows.ingest.progress_hook, the plain runs through their on_outcome argument.
_progress_hook = None


def _hook(outcome) -> None:
    if _progress_hook:
        _progress_hook(outcome)


def _with_progress(total: int, label: str, run):
    global _progress_hook
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[current]}"), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        task_id = progress.add_task(label, total=total, current="")

        def hook(outcome):
            progress.update(task_id, advance=1, current=outcome.file_name)

        _progress_hook = hook
        try:
            return run()
        finally:
            _progress_hook = None


def _current_records(db: Optional[str], include_superseded: bool = False) -> list[dict]:
    from storage.repository import Repository, corrected_records

    ws = _workspace(db)
    with ws.sessions().begin() as session:
        return [r for _, r in corrected_records(Repository(session), include_superseded)]


def _export_defaults(records: list[dict], folder: Path) -> list[Path]:
    from storage.exports import export

    return [export(records, "jsonl", folder / "records.jsonl"), export(records, "xlsx", folder / "records.xlsx")]


FlowOption = typer.Option(None, "--flow/--no-flow",
                          help="Run as a Prefect flow run (default: only when a Prefect server is configured)")


def _as_flow(flow: Optional[bool]) -> bool:
    """A manual run goes through Prefect when asked, or when a server is configured to see it;
    otherwise it runs here and its record is the flow_runs row (no ephemeral API server)."""
    from flows.runs import prefect_server_configured

    return prefect_server_configured() if flow is None else flow


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files or folders (read in place, never moved)"),
           db: Optional[str] = DbOption,
           force: bool = typer.Option(False, help="Process again even if the same bytes were done"),
           export_to: Optional[Path] = typer.Option(None, "--export", help="Then write records.jsonl and records.xlsx here"),
           flow: Optional[bool] = FlowOption):
    """Ingest reports now and print a per-document summary."""
    from flows.pipeline import list_files

    ws = _workspace(db)
    try:
        files = list_files([str(p) for p in paths])
    except FileNotFoundError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(2)
    names = [str(f) for f in files]
    if _as_flow(flow):
        import flows.ingest as ingest_flows
        from flows.ingest import ingest_paths

        ingest_flows.progress_hook = _hook
        run = lambda: ingest_paths(names, db_url=ws.db_url, root=str(ws.root), force=force)  # noqa: E731
    else:
        from flows.runs import ingest_now

        run = lambda: ingest_now(names, ws, force=force, on_outcome=_hook)  # noqa: E731
    outcomes = _with_progress(len(files), "ingest", run)
    console.print(_summary_table(outcomes))
    counts = {s: sum(o["status"] == s for o in outcomes) for s in ("processed", "skipped", "failed")}
    console.print(f"{len(outcomes)} files: {counts['processed']} processed, {counts['skipped']} already done, "
                  f"{counts['failed']} failed" + (f" (copies and reasons in {ws.quarantine})" if counts["failed"] else ""))
    if export_to:
        for out in _export_defaults(_current_records(db), export_to):
            console.print(f"wrote {out}")


@app.command()
def reprocess(refs: List[str] = typer.Argument(None, help="Document id, sha256 prefix, file name or path"),
              all_: bool = typer.Option(False, "--all", help="Every stored document (with --since-version: "
                                        "those whose current record is older)"),
              since_version: Optional[str] = typer.Option(None, "--since-version",
                                                          help="With --all: only records made by a version before this"),
              db: Optional[str] = DbOption, flow: Optional[bool] = FlowOption):
    """Reprocess stored documents: a new record version each; corrections stay on top."""
    from storage.repository import NotFound, Repository

    ws = _workspace(db)
    if all_:
        with ws.sessions().begin() as session:
            refs = [d.sha256 for d in Repository(session).documents_to_reprocess(since_version)]
    if not refs:
        console.print("nothing to reprocess" if all_ else "[red]name a document, or --all[/red]")
        raise typer.Exit(0 if all_ else 2)
    if _as_flow(flow):
        import flows.ingest as ingest_flows
        from flows.ingest import process_document

        ingest_flows.progress_hook = _hook
        run = lambda: process_document(refs, db_url=ws.db_url, root=str(ws.root))  # noqa: E731
    else:
        from flows.runs import reprocess_now

        run = lambda: reprocess_now(refs, ws, on_outcome=_hook)  # noqa: E731
    try:
        outcomes = _with_progress(len(refs), "reprocess", run)
    except NotFound as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(2)
    console.print(_summary_table(outcomes))


@app.command()
def inbox(folder: Path = typer.Argument(..., help="The inbox folder"),
          workers: int = typer.Option(0, help="Documents in parallel (0: REPORT_ETL_WORKERS or the CPU count)"),
          stable_seconds: float = typer.Option(5.0, help="A file must keep its size and mtime this long"),
          db: Optional[str] = DbOption):
    """One pass of the inbox flow now: stable files processed, moved to processed/ or failed/."""
    from flows.inbox import default_workers, ingest_inbox, task_runner

    ws = _workspace(db)
    n = workers or default_workers()
    # A database away: DatabaseUnavailable, told by main() (exit code 3).
    outcomes = ingest_inbox.with_options(task_runner=task_runner(n))(
        str(folder), stable_seconds=stable_seconds, db_url=ws.db_url, root=str(ws.root))
    console.print(_summary_table(outcomes))


@app.command()
def serve(inbox_dir: Path = typer.Option(..., "--inbox", help="The inbox folder"),
          interval: Optional[float] = typer.Option(None, help="Seconds between runs (default 300)"),
          cron: Optional[str] = typer.Option(None, help='Cron schedule instead, e.g. "*/5 * * * *"'),
          workers: int = typer.Option(0, help="Documents in parallel per run (0: REPORT_ETL_WORKERS or CPU count)"),
          stable_seconds: float = typer.Option(5.0),
          with_server: bool = typer.Option(False, "--with-server", help="Also start a local Prefect server"),
          port: int = typer.Option(4200, help="Port of the local server (--with-server)"),
          db: Optional[str] = DbOption):
    """Register the scheduled inbox deployment and serve it against a Prefect server."""
    from flows.inbox import default_workers
    from flows.serve import serve_inbox, start_local_server

    ws = _workspace(db)
    server = None
    if with_server:
        server, api_url = start_local_server(port, log_path=ws.root / "prefect-server.log")
        os.environ["PREFECT_API_URL"] = api_url
        console.print(f"Prefect server at {api_url.removesuffix('/api')} (log: {ws.root / 'prefect-server.log'})")
    try:
        serve_inbox(inbox_dir, ws, interval=None if cron else (interval or 300), cron=cron,
                    workers=workers or default_workers(), stable_seconds=stable_seconds)
    except RuntimeError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(2)
    finally:
        if server is not None:
            server.terminate()


@app.command()
def deploy(pool: str = typer.Option(..., "--pool", help="Work pool name (created as a process pool)"),
           inbox_dir: Path = typer.Option(..., "--inbox", help="The shared inbox folder"),
           interval: Optional[float] = typer.Option(None), cron: Optional[str] = typer.Option(None),
           stable_seconds: float = typer.Option(5.0), db: Optional[str] = DbOption):
    """Deploy the inbox flow to a work pool; start workers with `prefect worker start --pool POOL`."""
    from flows.serve import deploy_to_pool

    if not os.environ.get("PREFECT_API_URL"):
        console.print("[red]PREFECT_API_URL is not set: point it at the shared Prefect server[/red]")
        raise typer.Exit(2)
    deployment_id = deploy_to_pool(pool, inbox_dir, _workspace(db), stable_seconds=stable_seconds,
                                   interval=interval, cron=cron)
    console.print(f"deployment ingest-inbox/inbox ({deployment_id}) on pool {pool}")


@app.command()
def pin(doc: str = typer.Argument(...), by: str = typer.Option(..., "--by"),
        unpin: bool = typer.Option(False, "--unpin", help="Remove the pin instead"),
        db: Optional[str] = DbOption):
    """Pin a report as its province's one in exports, even when a newer one arrives."""
    with _document(db, doc) as (repo, document):
        repo.pin(document, by=by, pinned=not unpin)
        console.print(f"{document.file_name}: {'unpinned' if unpin else 'pinned'}")


@app.command()
def export(fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | xlsx | parquet"),
           out: Path = typer.Option(..., "--out", help="Output file"),
           table: str = typer.Option("records", help="For csv/parquet: records, figures, channels, factors, "
                                     "key_messages, assessment, recommendations or a synthesis_* table"),
           include_superseded: bool = typer.Option(False, help="Also export superseded reports"),
           db: Optional[str] = DbOption):
    """Export current records with reviewers' corrections applied."""
    from storage.exports import export as write

    if fmt not in ("jsonl", "csv", "xlsx", "parquet"):
        console.print(f"[red]unknown format {fmt!r}: jsonl, csv, xlsx or parquet[/red]")
        raise typer.Exit(2)
    records = _current_records(db, include_superseded)
    try:
        path = write(records, fmt, out, table, sources=_synthesis_sources(db) if fmt == "xlsx" else None)
    except ValueError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(2)
    console.print(f"wrote {len(records)} records to {path}")


def _synthesis_sources(db: Optional[str]):
    """The current corrected reports (superseded left out) and the failed documents."""
    from storage.repository import Repository
    from storage.synthesis import load_sources

    ws = _workspace(db)
    with ws.sessions().begin() as session:
        return load_sources(Repository(session))


@app.command()
def synthesis(xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Write the workbook (Vietnamese sheets) here"),
              docx: Optional[Path] = typer.Option(None, "--docx", help="Write the draft national report here"),
              out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one file per table here"),
              fmt: str = typer.Option("csv", "--format", help="With --out-dir: csv | parquet"),
              review_url: Optional[str] = typer.Option(
                  None, "--review-url", envvar="REPORT_ETL_REVIEW_URL",
                  help="The review page's address: workbook rows link there (else to the received file)"),
              db: Optional[str] = DbOption):
    """The national synthesis of the current corrected records: workbook, draft report, tables."""
    import time

    from storage.synthesis import build
    from storage.synthesis.files import FORMATS

    if not (xlsx or docx or out_dir):
        console.print("[red]name an output: --xlsx FILE, --docx FILE or --out-dir DIR[/red]")
        raise typer.Exit(2)
    if out_dir and fmt not in FORMATS:
        console.print(f"[red]unknown format {fmt!r}: csv or parquet[/red]")
        raise typer.Exit(2)
    started = time.perf_counter()
    result = build(_synthesis_sources(db))
    if xlsx:
        from storage.synthesis.workbook import write_workbook
        console.print(f"wrote {write_workbook(result, xlsx, review_url)}")
    if docx:
        from storage.synthesis.draft import counts_sentences, write_draft
        console.print(f"wrote {write_draft(result, docx)}: " + "; ".join(counts_sentences(result).values()))
    if out_dir:
        from storage.synthesis.files import write_tables
        console.print(f"wrote {len(write_tables(result, out_dir, fmt))} {fmt} tables to {out_dir}")
    console.print(f"synthesis of {len(result.sources)} reports in {time.perf_counter() - started:.1f} s")


@app.command()
def evaluate(gold: Path = typer.Option(..., "--gold", help="Folder of reference records (*.json)"),
             pred: Optional[Path] = typer.Option(None, "--pred", help="JSONL of predicted records (default: the database)"),
             inbox: Optional[Path] = typer.Option(None, "--inbox", help="Extract these files afresh instead (no database)"),
             details: bool = typer.Option(False, "--details", help="List every miss per document"),
             db: Optional[str] = DbOption):
    """Field-level precision/recall/F1 per group against reference records."""
    from nlp.evaluation import evaluate as score

    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}
    if not golds:
        console.print(f"[red]no reference records (*.json) in {gold}[/red]")
        raise typer.Exit(2)
    if pred:
        preds = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif inbox:
        preds = _fresh_records(inbox)
    else:
        preds = _current_records(db, include_superseded=True)
    result = score(preds, golds)
    table = Table(title=f"Evaluation against {len(golds)} reference records")
    for col in ("group", "precision", "recall", "F1", "matched", "predicted", "reference"):
        table.add_column(col, justify="right" if col != "group" else "left")
    for name, s in result.groups.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.tp:g}", f"{s.pred:g}",
                      f"{s.gold:g}")
    console.print(table)
    if result.missing:
        console.print(f"[yellow]no prediction for: {', '.join(result.missing)}[/yellow]")
    if details:
        for doc, groups in result.per_document.items():
            misses = [m for s in groups.values() for m in s.misses]
            if misses:
                console.print(f"[bold]{doc}[/bold]")
                for m in misses:
                    console.print(f"  {m}", markup=False)
    print(f"overall F1 = {result.overall_f1:.3f}")


def _fresh_records(inbox: Path) -> list[dict]:
    from extractors.errors import ExtractionError
    from flows.pipeline import extract_record, list_files, sha256_file

    records = []
    for path in list_files([inbox]):
        try:
            record, _, _ = extract_record(path, sha256_file(path)[0])
            records.append(record.to_json_dict())
        except ExtractionError as err:
            console.print(f"[yellow]{path.name}: {err}[/yellow]")
    return records


@app.command()
def status(db: Optional[str] = DbOption, runs: int = typer.Option(5, help="How many recent runs to show")):
    """Documents by state and the last flow runs."""
    from storage.repository import Repository

    ws = _workspace(db)
    with ws.sessions().begin() as session:
        repo = Repository(session)
        counts = repo.status_counts()
        docs = repo.documents()
        last = repo.last_flow_runs(runs)
        table = Table(title=f"Documents ({sum(counts.values())}): " +
                      ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
        for col in ("id", "file", "status", "province", "sha256", "error"):
            table.add_column(col, overflow="fold")
        for d in docs:
            table.add_row(str(d.id), d.file_name, d.status + (" (superseded)" if d.superseded_by_id else ""),
                          d.province or "—", d.sha256[:12], (f"{d.error_code}: {d.error}" if d.error else ""))
        console.print(table)
        flow_table = Table(title="Last runs")
        for col in ("flow", "started", "seen", "processed", "skipped", "failed", "seconds"):
            flow_table.add_column(col)
        for r in last:
            flow_table.add_row(r.flow_name, r.started_at.strftime("%Y-%m-%d %H:%M:%S"), str(r.seen), str(r.processed),
                               str(r.skipped), str(r.failed), f"{r.seconds or 0:.1f}")
        console.print(flow_table)
    console.print(f"database: {ws.db_url}")


def _parse_value(raw: str):
    """A correction's value: JSON where it parses (numbers, true/false/null, lists), else text."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


@app.command()
def correct(doc: str = typer.Argument(..., help="Document id, sha256 prefix, file name or path"),
            field_path: str = typer.Argument(..., help='e.g. figures[3].value, plan.status, key_messages.items[0].text'),
            value: str = typer.Argument(..., help="New value (JSON where it parses: 1500000, true, null; else text)"),
            by: str = typer.Option(..., "--by", help="Reviewer's name"),
            comment: Optional[str] = typer.Option(None, "--comment"),
            db: Optional[str] = DbOption):
    """Correct one field of a document's record (kept across reprocessing, audited)."""
    from storage.field_paths import FieldPathError
    from storage.record import Record

    with _document(db, doc) as (repo, document):
        try:
            correction = repo.add_correction(document, field_path, _parse_value(value), author=by, comment=comment)
            Record.model_validate(repo.corrected_record(document).record)
        except FieldPathError as err:
            console.print(f"[red]{err}[/red]")
            raise typer.Exit(2)  # leaving the block rolls the correction back
        except ValueError as err:  # the corrected record would break the contract
            console.print(f"[red]that value does not fit the record: {err}[/red]")
            raise typer.Exit(2)
        console.print(f"correction {correction.id}: {field_path} = {correction.value!r} "
                      f"(was {correction.old_value!r}) by {by}")


@app.command()
def corrections(doc: str = typer.Argument(...), db: Optional[str] = DbOption):
    """List a document's corrections."""
    with _document(db, doc) as (repo, document):
        repo.corrected_record(document)  # refreshes orphaned flags against the current record
        table = Table(title=f"Corrections of {document.file_name}")
        for col in ("id", "field", "value", "was", "by", "when", "status", "comment"):
            table.add_column(col, overflow="fold")
        for c in repo.corrections(document):
            table.add_row(str(c.id), c.field_path, json.dumps(c.value, ensure_ascii=False),
                          json.dumps(c.old_value, ensure_ascii=False), c.author,
                          c.created_at.strftime("%Y-%m-%d %H:%M"), c.status, c.comment or "")
        console.print(table)


@app.command()
def revert(correction_id: int = typer.Argument(...), by: str = typer.Option("cli", "--by"),
           db: Optional[str] = DbOption):
    """Revert one correction (audited; the correction stays listed as reverted)."""
    from storage.repository import NotFound, Repository

    ws = _workspace(db)
    with ws.sessions().begin() as session:
        try:
            c = Repository(session).revert_correction(correction_id, by=by)
        except (NotFound, ValueError) as err:
            console.print(f"[red]{err}[/red]")
            raise typer.Exit(2)
        console.print(f"reverted correction {c.id} ({c.field_path})")


users_app = typer.Typer(help="Accounts of the review page (reviewer | admin).", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _read_password() -> str:
    """Asked twice on a terminal; one line from standard input otherwise (scripts, CI)."""
    import getpass

    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Mật khẩu: ")
        if password != getpass.getpass("Nhập lại mật khẩu: "):
            console.print("[red]the two passwords differ[/red]")
            raise typer.Exit(2)
    if len(password) < 8:
        console.print("[red]a password needs at least 8 characters[/red]")
        raise typer.Exit(2)
    return password


@users_app.command("add")
def users_add(name: str = typer.Argument(...), role: str = typer.Option("reviewer", "--role", help="reviewer | admin"),
              db: Optional[str] = DbOption):
    """Add an account; the password is asked twice (or read from standard input)."""
    from review.security import hash_password
    from storage.repository import Repository

    if role not in ("reviewer", "admin"):
        console.print("[red]--role is reviewer or admin[/red]")
        raise typer.Exit(2)
    password_hash = hash_password(_read_password())
    with _workspace(db).sessions().begin() as session:
        try:
            Repository(session).add_user(name, role, password_hash)
        except ValueError as err:
            console.print(f"[red]{err}[/red]")
            raise typer.Exit(2)
    console.print(f"added {name} ({role})")


@users_app.command("list")
def users_list(db: Optional[str] = DbOption):
    """Accounts, their roles, whether disabled, last sign-in (never a password hash)."""
    from storage.repository import Repository

    table = Table(title="Users")
    for col in ("name", "role", "disabled", "last sign-in"):
        table.add_column(col)
    with _workspace(db).sessions().begin() as session:
        for u in Repository(session).users():
            table.add_row(u.name, u.role, "yes" if u.disabled else "no",
                          u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "—")
    console.print(table)


@users_app.command("disable")
def users_disable(name: str = typer.Argument(...), enable: bool = typer.Option(False, "--enable", help="Enable again"),
                  db: Optional[str] = DbOption):
    """Disable an account: it cannot sign in, and its open sessions stop working at once."""
    from storage.repository import NotFound, Repository

    with _workspace(db).sessions().begin() as session:
        try:
            Repository(session).set_user_disabled(name, not enable)
        except NotFound as err:
            console.print(f"[red]{err}[/red]")
            raise typer.Exit(2)
    console.print(f"{name} {'enabled' if enable else 'disabled'}")


@app.command()
def review(host: str = typer.Option("127.0.0.1", help="Address to listen on (behind a reverse proxy: 127.0.0.1)"),
           port: int = typer.Option(8000, help="Port"), db: Optional[str] = DbOption):
    """Start the review page (sign in with an account from `report-etl users add`)."""
    import threading

    import uvicorn

    from review.app import create_app, warm_up

    ws = _workspace(db)
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    console.print(f"review page on http://{host}:{port}/ (database {ws.db_url})")
    uvicorn.run(create_app(ws), host=host, port=port, log_level="warning", proxy_headers=True,
                forwarded_allow_ips="127.0.0.1")


def main() -> None:
    """The console entry: a database that is away or busy is one line and exit code 3 from
    any command, not a traceback."""
    from flows.pipeline import DatabaseUnavailable, database_error_line, database_unavailable

    try:
        app()
    except DatabaseUnavailable as err:
        console.print(f"[red]The run failed: {err}[/red]")
        sys.exit(3)
    except Exception as err:
        if not database_unavailable(err):
            raise
        console.print(f"[red]The database is unavailable or busy: {database_error_line(err)}. Nothing was changed; "
                      "run the command again once it answers.[/red]")
        sys.exit(3)


if __name__ == "__main__":
    main()
