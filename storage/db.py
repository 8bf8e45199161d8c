"""Where the database is and how it is brought to the current schema.

SQLite file under data/ by default; `REPORT_ETL_DB` or `--db` takes any SQLAlchemy URL
(PostgreSQL: postgresql+psycopg://user@127.0.0.1:5432/test)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def data_dir() -> Path:
    """Root of local state: database, content store, exports, quarantine."""
    return Path(os.environ.get("REPORT_ETL_DATA", "data"))


def database_url(url: str | None = None) -> str:
    if url:
        return _normalise(url)
    if os.environ.get("REPORT_ETL_DB"):
        return _normalise(os.environ["REPORT_ETL_DB"])
    path = data_dir() / "report_etl.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _normalise(url: str) -> str:
    # "postgresql://" alone makes SQLAlchemy look for psycopg2; we ship psycopg 3.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str | None = None) -> Engine:
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record):  # WAL lets readers (review page) work during ingest
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Processes opening a fresh database at once must migrate one after another (found by
    # the four-process reliability test: "table documents already exists" on SQLite).
    with _migration_lock(engine), engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(3836)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@contextmanager
def _migration_lock(engine: Engine):
    db_file = engine.url.database if engine.dialect.name == "sqlite" else None
    if not db_file or db_file == ":memory:":
        yield
        return
    import fcntl

    Path(db_file).parent.mkdir(parents=True, exist_ok=True)  # SQLite makes the file, not its folder
    with open(f"{db_file}.migrate.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def open_database(url: str | None = None) -> sessionmaker[Session]:
    """An engine at the newest schema and its session factory."""
    engine = make_engine(url)
    migrate(engine)
    return sessionmaker(engine, expire_on_commit=False)
