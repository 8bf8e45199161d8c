"""The pipeline for one file, as plain functions: bytes -> store -> extract -> nlp -> record ->
database. Flows call these; they never parse themselves. Nothing here is Prefect-specific,
so tests and benchmarks call it directly."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from extractors.errors import ExtractionError
from extractors.settings import DEFAULT_LIMITS, Limits
from nlp import VERSION
from storage.blobstore import BlobStore
from storage.db import data_dir, database_url, open_database
from storage.record import Record
from storage.repository import Repository

SUPPORTED_SUFFIXES = {".docx", ".pdf", ".doc", ".odt", ".rtf"}


@dataclass
class Outcome:
    """What happened to one file: the row of the per-document summary."""

    path: str
    file_name: str
    sha256: str = ""
    document_id: int | None = None
    status: str = "processed"        # processed | skipped | failed
    province: str | None = None
    plan_status: str | None = None
    figures: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    error_code: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Workspace:
    """Where state lives: the database URL and the data folder (store, quarantine, exports)."""

    db_url: str
    root: Path

    @classmethod
    def from_env(cls, db_url: str | None = None, root: Path | None = None) -> "Workspace":
        return cls(db_url=database_url(db_url), root=Path(root) if root else data_dir())

    @property
    def store(self) -> BlobStore:
        return BlobStore(self.root / "store")

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def sessions(self) -> sessionmaker[Session]:
        return _sessions(self.db_url)


_open_lock = threading.Lock()


@lru_cache(maxsize=8)
def _open(url: str) -> sessionmaker[Session]:
    return open_database(url)


def _sessions(url: str) -> sessionmaker[Session]:
    # Migrating once per process and URL (opening per file would re-run Alembic each time);
    # the lock keeps task threads from migrating at once (Alembic's context is global).
    with _open_lock:
        return _open(url)


class DatabaseUnavailable(RuntimeError):
    """The database did not answer (stopped, unreachable, or busy past the retries): the files
    it could not record stay where they are for the next run."""


def database_unavailable(err: BaseException) -> bool:
    """True for an error that says the database is away or busy, not that the data is wrong."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    return isinstance(err, (OperationalError, InterfaceError)) or \
        (isinstance(err, DBAPIError) and bool(err.connection_invalidated))


def database_error_line(err: BaseException) -> str:
    """The first line of what the database driver said (SQLAlchemy wraps it as `orig`)."""
    text = str(getattr(err, "orig", None) or err).strip()
    return (text.splitlines() or [type(err).__name__])[0][:300]


def safe_url(url: str) -> str:
    """The database URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def list_files(paths: list[str | Path]) -> list[Path]:
    """Files named or found (recursively) in folders, sorted; hidden and temp files skipped."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(f for f in sorted(p.rglob("*")) if f.is_file() and not is_ignored(f))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return found


def is_ignored(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "~$")) or name.endswith((".error.txt", ".part", ".tmp", ".crdownload"))


def sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def ingest_file(path: Path, ws: Workspace, *, force: bool = False, limits: Limits = DEFAULT_LIMITS) -> Outcome:
    """Ingest one file read in place (never moved). The same bytes already processed are
    skipped unless `force`; a file that cannot be read gets its error and a quarantine copy."""
    started = time.perf_counter()
    path = Path(path)
    outcome = Outcome(path=str(path), file_name=path.name)
    sha, size = sha256_file(path)
    outcome.sha256 = sha
    Session = ws.sessions()
    try:
        _register(Session, sha, path, size)
    except IntegrityError:  # another worker registered the same bytes a moment ago
        _register(Session, sha, path, size)
    with Session.begin() as session:
        repo = Repository(session)
        doc = repo.by_sha(sha)
        outcome.document_id = doc.id
        # Same bytes already done, or failed for a reason in the bytes: not again. A failure
        # of our own (internal_error) is retried: the code may have been fixed since.
        done = doc.status == "processed" or (doc.status == "failed" and doc.error_code != "internal_error")
        if done and not force:
            outcome.status = "skipped"
            _fill_from_record(outcome, repo)
            outcome.seconds = time.perf_counter() - started
            return outcome
        status = doc.status
    with _claimed(ws, outcome, _claimable(force, status)) as claimed:
        if claimed:
            if size <= limits.max_file_bytes:
                ws.store.put(path.read_bytes())
            _process(path, sha, ws, outcome, limits)
    outcome.seconds = time.perf_counter() - started
    return outcome


def _register(Session, sha: str, path: Path, size: int) -> None:
    with Session.begin() as session:
        Repository(session).register_file(sha, path.name, size, str(path.resolve()))


ANY_STATUS = ("pending", "processed", "failed")


def _claimable(force: bool, status: str) -> tuple[str, ...]:
    return ANY_STATUS if force or status == "failed" else ("pending",)


@contextmanager
def _claimed(ws: Workspace, outcome: Outcome, statuses: tuple[str, ...]):
    """Hold the document's claim while processing it. Another worker holding it: skipped.
    An exception releases the claim (the next run retries); a killed process leaves a claim
    that the next run sees as stale and takes over."""
    with ws.sessions().begin() as session:
        repo = Repository(session)
        _release_unreleased(repo, outcome.document_id)
        token = repo.claim(outcome.document_id, statuses=statuses)
    if token is None:
        outcome.status = "skipped"
        outcome.warnings = ["being processed by another worker"]
        yield False
        return
    try:
        yield True
    except BaseException:
        try:
            with ws.sessions().begin() as session:
                repo = Repository(session)
                doc = repo.by_sha(outcome.sha256)
                if doc is not None and doc.claimed_by == token:
                    repo.release(doc)
        except Exception:
            # The database is away (the error we are handling may be that): release it on the
            # next attempt in this process. Found by the outage test: this live process's own
            # claim made its retry skip the file as "being processed by another worker".
            _unreleased[outcome.document_id] = token
        raise


_unreleased: dict[int, str] = {}


def _release_unreleased(repo: Repository, doc_id: int | None) -> None:
    token = _unreleased.pop(doc_id, None) if doc_id is not None else None
    if token is None:
        return
    from storage.models import DocumentRow

    doc = repo.session.get(DocumentRow, doc_id, populate_existing=True)
    if doc is not None and doc.claimed_by == token:
        repo.release(doc)
        repo.session.flush()


def reprocess(ref: str, ws: Workspace, *, limits: Limits = DEFAULT_LIMITS) -> Outcome:
    """A new extraction run and record version for a stored document (by id, sha prefix, name
    or path). Previous versions are kept; corrections apply on top at read time."""
    started = time.perf_counter()
    with ws.sessions().begin() as session:
        doc = Repository(session).find(ref)
        sha, name = doc.sha256, doc.file_name
        doc_id = doc.id
    outcome = Outcome(path=str(ws.store.path_for(sha)), file_name=name, sha256=sha, document_id=doc_id)
    if not ws.store.has(sha):
        raise FileNotFoundError(f"the original bytes of {name} ({sha[:12]}) are not in the store")
    with _claimed(ws, outcome, ANY_STATUS) as claimed, tempfile.TemporaryDirectory(prefix="report-etl-") as tmp:
        if claimed:
            # Extractors read from a path with the original name (its extension is a hint).
            local = Path(tmp) / name
            shutil.copyfile(ws.store.path_for(sha), local)
            _process(local, sha, ws, outcome, limits, quarantine=False)
    outcome.seconds = time.perf_counter() - started
    return outcome


def extract_record(path: Path, sha256: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Record, float, float]:
    """Parse and analyse one file (in a killable child): its record, parse seconds, nlp
    seconds. Raises ExtractionError."""
    from flows.analysis import analyse_isolated

    result = analyse_isolated(path, sha256, limits)
    return Record.model_validate(result.record), result.parse_seconds, result.nlp_seconds


def _process(path: Path, sha: str, ws: Workspace, outcome: Outcome, limits: Limits, quarantine: bool = True) -> None:
    from flows.analysis import analyse_isolated

    Session = ws.sessions()
    try:
        result = analyse_isolated(path, sha, limits)
    except ExtractionError as err:
        _fail(ws, Session, outcome, sha, err.code, err.message, path if quarantine else None)
        return
    except Exception as err:  # an extractor bug must not stop the batch; its file is kept aside
        _fail(ws, Session, outcome, sha, "internal_error", f"{type(err).__name__}: {err}",
              path if quarantine else None)
        return
    data = result.record
    with Session.begin() as session:
        repo = Repository(session)
        doc = repo.by_sha(sha)
        repo.record_success(doc, data, version=VERSION, parse_seconds=result.parse_seconds,
                            nlp_seconds=result.nlp_seconds, warnings=data["extraction"]["warnings"],
                            blocks=result.blocks)
        _fill_from_record(outcome, repo)
    outcome.status = "processed"


def _fail(ws: Workspace, Session, outcome: Outcome, sha: str, code: str, message: str, path: Path | None) -> None:
    outcome.status, outcome.error_code, outcome.error = "failed", code, message
    with Session.begin() as session:
        repo = Repository(session)
        doc = repo.by_sha(sha)
        repo.record_failure(doc, code=code, message=message, version=VERSION)
    if path is not None:
        quarantine_copy(path, sha, ws.quarantine, f"{code}: {message}")


def quarantine_copy(path: Path, sha: str, folder: Path, reason: str) -> Path:
    """Keep a copy of a file that failed, with the reason beside it; the original stays put."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{sha[:12]}-{path.name}"
    # Copy and note written under temporary names, then renamed: a kill mid-copy leaves no
    # truncated file under the real name.
    if path.exists():
        tmp = folder / f".{target.name}.{os.getpid()}.tmp"
        shutil.copyfile(path, tmp)
        os.replace(tmp, target)
    note = target.with_name(target.name + ".error.txt")
    tmp_note = folder / f".{note.name}.{os.getpid()}.tmp"
    tmp_note.write_text(reason + "\n", encoding="utf-8")
    os.replace(tmp_note, note)
    return target


def _fill_from_record(outcome: Outcome, repo: Repository) -> None:
    doc = repo.by_sha(outcome.sha256)
    current = repo.current_record(doc) if doc else None
    if current is None:
        if doc is not None and doc.status == "failed":
            outcome.error_code, outcome.error = doc.error_code, doc.error
        return
    record = current.record
    outcome.province = record["document"].get("province")
    outcome.plan_status = record["plan"].get("status")
    outcome.figures = len(record.get("figures") or [])
    outcome.warnings = list(record["extraction"].get("warnings") or [])
