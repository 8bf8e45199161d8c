"""A SQLite database named in a folder that does not exist yet (REPORT_ETL_DB or --db on a
fresh machine): the folder is made and the database migrated, not a FileNotFoundError from
the migration lock (found running the demo with its own database path)."""

from __future__ import annotations

from storage.db import open_database
from storage.repository import Repository


def test_sqlite_in_a_new_folder_is_created_and_migrated(tmp_path):
    db_file = tmp_path / "not" / "yet" / "there.sqlite"
    sessions = open_database(f"sqlite:///{db_file}")
    with sessions.begin() as session:
        assert Repository(session).documents() == []
    assert db_file.exists()
