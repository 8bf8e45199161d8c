"""Database tables (SQLAlchemy 2): documents, the files seen for them, extraction runs,
record versions, reviewers' corrections, audit events and flow-run summaries.

Migrations in storage/migrations/ mirror these classes; tests check they agree.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    """One document, identified by the sha256 of its bytes (the same bytes under another name
    are the same document)."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    file_name: Mapped[str] = mapped_column(String(512))
    format: Mapped[Optional[str]] = mapped_column(String(16))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    # pending -> processed | failed (failed: error_code/error say why; the file is quarantined)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    error_code: Mapped[Optional[str]] = mapped_column(String(32))
    error: Mapped[Optional[str]] = mapped_column(Text)
    province: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    report_date: Mapped[Optional[str]] = mapped_column(String(10))
    superseded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("documents.id"))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who is processing it now (host:pid of a worker) and since when: a claim makes each
    # document processed exactly once across workers; a dead worker's claim is taken over.
    claimed_by: Mapped[Optional[str]] = mapped_column(String(128))
    claimed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    # Bumped by every reviewer's change (correction, revert, approval): a save carries the
    # version its page was read at and is refused when another reviewer changed it since.
    review_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    files: Mapped[list["DocumentFile"]] = relationship(back_populates="document", cascade="all, delete-orphan")
    runs: Mapped[list["ExtractionRun"]] = relationship(back_populates="document", cascade="all, delete-orphan")


class DocumentFile(Base):
    """Every path a document's bytes were seen at (duplicates under other names land here)."""

    __tablename__ = "document_files"
    __table_args__ = (UniqueConstraint("document_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    path: Mapped[str] = mapped_column(String(1024))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[DocumentRow] = relationship(back_populates="files")


class ExtractionRun(Base):
    """One pass of extract -> nlp over a document, with its version, timings and warnings."""

    __tablename__ = "extraction_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    version: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # ok | failed
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    parse_seconds: Mapped[Optional[float]] = mapped_column(Float)
    nlp_seconds: Mapped[Optional[float]] = mapped_column(Float)
    total_seconds: Mapped[Optional[float]] = mapped_column(Float)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    error: Mapped[Optional[str]] = mapped_column(Text)
    # The parsed document's blocks as the review page shows them beside the record (text,
    # kind, page, box, cells): the page never parses a file itself.
    blocks: Mapped[Optional[list[Any]]] = mapped_column(JSON, nullable=True)

    document: Mapped[DocumentRow] = relationship(back_populates="runs")


class RecordVersion(Base):
    """The record (RECORD.md JSON) one run produced. Exactly one per document is current;
    older versions are kept."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id"))
    version_no: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    """A reviewer's value for one field path of a document's record. Kept across reprocessing;
    `status` is active, reverted, or orphaned (its field no longer exists in the record)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    field_path: Mapped[str] = mapped_column(String(256))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Identity of the list item the path points into, so the correction follows its item
    # when reprocessing reorders a list (see field_paths.anchor).
    anchor: Mapped[Any] = mapped_column(JSON, nullable=True)
    author: Mapped[str] = mapped_column(String(128))
    comment: Mapped[Optional[str]] = mapped_column(Text)
    # set: the path takes `value`; delete: the list item at the path is removed.
    op: Mapped[str] = mapped_column(String(8), default="set", server_default="set")
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reverted_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    reverted_by: Mapped[Optional[str]] = mapped_column(String(128))


class AuditEvent(Base):
    """Who did what, when: corrections, reverts, reprocessing, pins, supersessions."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[Optional[int]] = mapped_column(ForeignKey("documents.id"), index=True)
    correction_id: Mapped[Optional[int]] = mapped_column(ForeignKey("corrections.id"))
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    field_path: Mapped[Optional[str]] = mapped_column(String(256))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    detail: Mapped[Optional[str]] = mapped_column(Text)


class FlowRunSummary(Base):
    """What one ingest/reprocess run did: counts, failures, durations."""

    __tablename__ = "flow_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flow_name: Mapped[str] = mapped_column(String(64))
    prefect_run_id: Mapped[Optional[str]] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    seen: Mapped[int] = mapped_column(Integer, default=0)
    processed: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[list[Any]] = mapped_column(JSON, default=list)
    seconds: Mapped[Optional[float]] = mapped_column(Float)


class User(Base):
    """A reviewer or an admin of the review page. Only a password hash is stored (scrypt)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    role: Mapped[str] = mapped_column(String(16))  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(256))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
