"""The storage API every caller uses (CLI, flows, the review page): documents, runs, record
versions, corrections and their audit trail. One Repository wraps one Session; the caller
owns the transaction (commit/rollback), so a document's run and record land together or not
at all."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage import field_paths
from storage.models import (
    AuditEvent, Correction, DocumentFile, DocumentRow, ExtractionRun, FlowRunSummary, RecordVersion, User,
)


class StaleVersion(RuntimeError):
    """A reviewer saved on a page read before another reviewer's change: nothing was saved.
    The message names who changed what since."""


class NotFound(LookupError):
    pass


@dataclass
class AppliedRecord:
    """A record with the reviewers' corrections applied, and the corrections that no longer
    fit it (their field vanished after reprocessing): kept and flagged, never dropped."""

    record: dict
    applied: list[Correction]
    orphaned: list[Correction]


class Repository:
    def __init__(self, session: Session):
        self.session = session

    # -- documents -----------------------------------------------------------------------
    def by_sha(self, sha256: str) -> DocumentRow | None:
        return self.session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))

    def find(self, ref: str) -> DocumentRow:
        """A document by id, sha256 (or a prefix of 6+ hex digits), file name or path seen."""
        ref = str(ref).strip()
        if ref.isdigit() and len(ref) < 6:
            doc = self.session.get(DocumentRow, int(ref))
            if doc:
                return doc
        if len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref.lower()):
            rows = self.session.scalars(
                select(DocumentRow).where(DocumentRow.sha256.like(ref.lower() + "%"))).all()
            if len(rows) == 1:
                return rows[0]
            if len(rows) > 1:
                raise NotFound(f"{ref!r} matches {len(rows)} documents; give more of the sha256")
        name = Path(ref).name
        rows = self.session.scalars(select(DocumentRow).where(DocumentRow.file_name == name)).all()
        if not rows:
            rows = self.session.scalars(
                select(DocumentRow).join(DocumentFile).where(
                    (DocumentFile.path == ref) | (DocumentFile.path == str(Path(ref).resolve())))).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            raise NotFound(f"{ref!r} names {len(rows)} documents; use the id or sha256")
        raise NotFound(f"no document {ref!r}")

    def register_file(self, sha256: str, file_name: str, size: int, path: str | None) -> tuple[DocumentRow, bool]:
        """The document for these bytes, created if new; the path is remembered either way."""
        doc = self.by_sha(sha256)
        created = doc is None
        if created:
            doc = DocumentRow(sha256=sha256, file_name=file_name, size_bytes=size, status="pending",
                              pinned=False)
            self.session.add(doc)
            self.session.flush()
        if path and not any(f.path == path for f in doc.files):
            doc.files.append(DocumentFile(path=path))
        return doc, created

    def documents(self, status: str | None = None) -> list[DocumentRow]:
        query = select(DocumentRow).order_by(DocumentRow.id)
        if status:
            query = query.where(DocumentRow.status == status)
        return list(self.session.scalars(query))

    def documents_to_reprocess(self, since_version: str | None = None) -> list[DocumentRow]:
        """Stored documents; with `since_version`, those whose current record was made by an
        older extraction version (or that have none)."""
        from packaging.version import InvalidVersion, Version

        docs = self.documents()
        if not since_version:
            return docs
        limit = Version(since_version)
        chosen = []
        for doc in docs:
            current = self.current_record(doc)
            try:
                made_by = Version(current.record["extraction"]["version"]) if current else None
            except (InvalidVersion, KeyError):
                made_by = None
            if made_by is None or made_by < limit:
                chosen.append(doc)
        return chosen

    def status_counts(self) -> dict[str, int]:
        rows = self.session.execute(select(DocumentRow.status, func.count()).group_by(DocumentRow.status))
        return {status: count for status, count in rows}

    # -- claims: each document processed once across workers --------------------------------
    def claim(self, doc_id: int, *, statuses: tuple[str, ...] = ("pending",),
              stale_after: timedelta = timedelta(minutes=30)) -> str | None:
        """Take the document for processing; the claim token, or None when another live worker
        has it or its status is not one of `statuses`. Compare-and-swap on the row, so two
        workers never both win; a claim left by a dead process (same host) or older than
        `stale_after` is taken over. Commit right after, so other workers see it."""
        doc = self.session.get(DocumentRow, doc_id, populate_existing=True)
        if doc is None or doc.status not in statuses:
            return None
        previous = doc.claimed_by
        if previous and not _claim_is_stale(previous, doc.claimed_at, stale_after):
            return None
        token = worker_token()
        condition = DocumentRow.claimed_by.is_(None) if previous is None else DocumentRow.claimed_by == previous
        result = self.session.execute(
            update(DocumentRow).where(DocumentRow.id == doc_id, condition, DocumentRow.status.in_(statuses))
            .values(claimed_by=token, claimed_at=datetime.now(timezone.utc)))
        return token if result.rowcount == 1 else None

    def release(self, doc: DocumentRow) -> None:
        doc.claimed_by = None
        doc.claimed_at = None

    # -- superseding: the newest report of a province is the one exported ------------------
    def update_supersession(self, province: str | None, actor: str = "system") -> None:
        """Among a province's processed reports, the newest (report date, then ingestion)
        supersedes the others; a reviewer's pin overrides: the newest pinned one is kept."""
        if not province:
            return
        docs = list(self.session.scalars(select(DocumentRow).where(
            DocumentRow.province == province, DocumentRow.status == "processed")))
        if not docs:
            return
        order = lambda d: (d.report_date or "", d.created_at, d.id)
        pinned = [d for d in docs if d.pinned]
        chosen = max(pinned or docs, key=order)
        for d in docs:
            target = None if (d is chosen or d.pinned) else chosen.id
            if d.superseded_by_id != target:
                d.superseded_by_id = target
                self.audit(d, "supersede" if target else "unsupersede", actor,
                           detail=f"superseded by document {target}" if target else "current report of its province")
        self.session.flush()

    def pin(self, doc: DocumentRow, *, by: str, pinned: bool = True) -> None:
        doc.pinned = pinned
        self.audit(doc, "pin" if pinned else "unpin", by)
        self.session.flush()
        self.update_supersession(doc.province, actor=by)

    # -- runs and records ------------------------------------------------------------------
    def record_success(self, doc: DocumentRow, record: dict, *, version: str, parse_seconds: float,
                       nlp_seconds: float, warnings: list[str], blocks: list[dict] | None = None) -> RecordVersion:
        run = ExtractionRun(document_id=doc.id, version=version, status="ok", parse_seconds=parse_seconds,
                            nlp_seconds=nlp_seconds, total_seconds=parse_seconds + nlp_seconds,
                            warnings=list(warnings), blocks=blocks)
        self.session.add(run)
        self.session.flush()
        previous = self.session.scalar(
            select(func.max(RecordVersion.version_no)).where(RecordVersion.document_id == doc.id)) or 0
        self.session.execute(update(RecordVersion).where(RecordVersion.document_id == doc.id)
                             .values(is_current=False))
        row = RecordVersion(document_id=doc.id, run_id=run.id, version_no=previous + 1, is_current=True,
                            record=record)
        self.session.add(row)
        info = record.get("document", {})
        doc.status, doc.error_code, doc.error = "processed", None, None
        doc.format = info.get("format") or doc.format
        old_province, doc.province = doc.province, info.get("province")
        doc.report_date = info.get("date")
        self.release(doc)
        self.session.flush()
        self.update_supersession(doc.province)
        if old_province and old_province != doc.province:
            self.update_supersession(old_province)
        return row

    def record_failure(self, doc: DocumentRow, *, code: str, message: str, version: str,
                       parse_seconds: float = 0.0) -> ExtractionRun:
        run = ExtractionRun(document_id=doc.id, version=version, status="failed", parse_seconds=parse_seconds,
                            total_seconds=parse_seconds, warnings=[], error=f"{code}: {message}")
        self.session.add(run)
        # A document that had a good record keeps it current: a failed reprocess loses nothing.
        if self.current_record(doc) is None:
            doc.status = "failed"
        doc.error_code, doc.error = code, message
        self.release(doc)
        self.session.flush()
        return run

    def current_record(self, doc: DocumentRow) -> RecordVersion | None:
        return self.session.scalar(select(RecordVersion).where(
            RecordVersion.document_id == doc.id, RecordVersion.is_current.is_(True)))

    def source_blocks(self, doc: DocumentRow) -> list[dict] | None:
        """The blocks of the run that made the current record (None for runs made before they
        were kept: the page then shows the record's section texts)."""
        current = self.current_record(doc)
        if current is None:
            return None
        run = self.session.get(ExtractionRun, current.run_id)
        return run.blocks if run is not None else None

    def record_versions(self, doc: DocumentRow) -> list[RecordVersion]:
        return list(self.session.scalars(select(RecordVersion).where(RecordVersion.document_id == doc.id)
                                         .order_by(RecordVersion.version_no)))

    def current_records(self, include_superseded: bool = False) -> list[tuple[DocumentRow, RecordVersion]]:
        query = (select(DocumentRow, RecordVersion)
                 .join(RecordVersion, RecordVersion.document_id == DocumentRow.id)
                 .where(RecordVersion.is_current.is_(True)).order_by(DocumentRow.id))
        rows = [(d, r) for d, r in self.session.execute(query)]
        if include_superseded:
            return rows
        return [(d, r) for d, r in rows if d.superseded_by_id is None or d.pinned]

    # -- corrections -----------------------------------------------------------------------
    def corrections(self, doc: DocumentRow, active_only: bool = False) -> list[Correction]:
        query = select(Correction).where(Correction.document_id == doc.id).order_by(Correction.id)
        if active_only:
            query = query.where(Correction.status.in_(("active", "orphaned")))
        return list(self.session.scalars(query))

    def add_correction(self, doc: DocumentRow, path: str, value: Any, *, author: str,
                       comment: str | None = None, expected_version: int | None = None,
                       op: str = "set") -> Correction:
        """A reviewer sets one field (op "set") or removes one list item (op "delete"). The path
        must exist in the corrected record (or be the next index of a list, to add an item);
        the old value is kept for the audit trail. With `expected_version` (the version the
        reviewer's page was read at) the save is refused with StaleVersion when another change
        landed since."""
        current = self.corrected_record(doc).record
        field_paths.parse(path)
        old = field_paths.get(current, path, default=None)
        if op == "delete":
            field_paths.delete(current, path)  # raises FieldPathError if there is no such item
        elif op == "set":
            field_paths.set_value(current, path, value)  # raises FieldPathError if the path does not fit
        else:
            raise ValueError(f"unknown correction op {op!r}")
        self.bump_review_version(doc, expected_version)
        correction = Correction(document_id=doc.id, field_path=path, value=None if op == "delete" else value,
                                old_value=old, anchor=field_paths.anchor(current, path), author=author,
                                comment=comment, status="active", op=op)
        self.session.add(correction)
        self.session.flush()
        self.audit(doc, "delete" if op == "delete" else "correct", author, correction=correction,
                   field_path=path, old=old, new=correction.value, detail=comment)
        return correction

    def revert_correction(self, correction_id: int, *, by: str, expected_version: int | None = None) -> Correction:
        correction = self.session.get(Correction, correction_id)
        if correction is None:
            raise NotFound(f"no correction {correction_id}")
        if correction.status == "reverted":
            raise ValueError(f"correction {correction_id} is already reverted")
        doc = self.session.get(DocumentRow, correction.document_id)
        self.bump_review_version(doc, expected_version)
        correction.status = "reverted"
        correction.reverted_at = datetime.now(timezone.utc)
        correction.reverted_by = by
        self.audit(doc, "revert", by, correction=correction, field_path=correction.field_path,
                   old=correction.value, new=correction.old_value)
        self.session.flush()
        return correction

    def bump_review_version(self, doc: DocumentRow, expected: int | None) -> int:
        """Compare-and-swap of the document's review version in the database: two reviewers
        saving on the same version, one wins and the other gets StaleVersion."""
        if expected is None:
            result = self.session.execute(update(DocumentRow).where(DocumentRow.id == doc.id)
                                          .values(review_version=DocumentRow.review_version + 1))
        else:
            result = self.session.execute(update(DocumentRow).where(DocumentRow.id == doc.id,
                                                                    DocumentRow.review_version == expected)
                                          .values(review_version=expected + 1))
        if result.rowcount != 1:
            self.session.refresh(doc)
            last = self.session.scalars(select(AuditEvent).where(AuditEvent.document_id == doc.id)
                                        .order_by(AuditEvent.id.desc()).limit(1)).first()
            what = (f"{last.actor} đã {_ACTION_WORDS.get(last.action, last.action)} "
                    f"{last.field_path or ''} lúc {local_time(last.at):%H:%M %d/%m/%Y}".replace("  ", " ") if last else "")
            raise StaleVersion(f"Tài liệu đã được thay đổi sau khi bạn mở trang (phiên bản {expected} -> "
                               f"{doc.review_version}): {what}. Chưa lưu gì: hãy tải lại trang rồi sửa lại.")
        self.session.refresh(doc, ["review_version"])
        return doc.review_version

    def set_approval(self, doc: DocumentRow, approved: bool, *, by: str, comment: str | None = None,
                     expected_version: int | None = None) -> Correction:
        """Approve (or un-approve) a document: a correction of review.status, audited like any."""
        return self.add_correction(doc, "review.status", "approved" if approved else "in_review", author=by,
                                   comment=comment, expected_version=expected_version)

    def last_review_event(self, doc: DocumentRow) -> AuditEvent | None:
        """The newest reviewer's action on this document (who and when), if any."""
        return self.session.scalars(select(AuditEvent).where(AuditEvent.document_id == doc.id,
                                                              AuditEvent.action.in_(REVIEW_ACTIONS))
                                    .order_by(AuditEvent.id.desc()).limit(1)).first()

    # -- users of the review page ---------------------------------------------------------
    def add_user(self, name: str, role: str, password_hash: str) -> User:
        if role not in ("reviewer", "admin"):
            raise ValueError(f"role must be reviewer or admin, not {role!r}")
        if self.user(name) is not None:
            raise ValueError(f"user {name!r} exists already")
        user = User(name=name, role=role, password_hash=password_hash, disabled=False)
        self.session.add(user)
        self.session.flush()
        self.audit(None, "user_add", "admin", detail=f"{name} ({role})")
        return user

    def user(self, name: str) -> User | None:
        return self.session.scalars(select(User).where(User.name == name)).first()

    def users(self) -> list[User]:
        return list(self.session.scalars(select(User).order_by(User.name)))

    def set_user_disabled(self, name: str, disabled: bool = True) -> User:
        user = self.user(name)
        if user is None:
            raise NotFound(f"no user {name!r}")
        user.disabled = disabled
        self.audit(None, "user_disable" if disabled else "user_enable", "admin", detail=name)
        return user

    def corrected_record(self, doc: DocumentRow, record: dict | None = None) -> AppliedRecord:
        """The current record (or `record`) with active corrections applied in the order made."""
        if record is None:
            current = self.current_record(doc)
            if current is None:
                raise NotFound(f"document {doc.id} ({doc.file_name}) has no record yet")
            record = current.record
        applied, orphaned = [], []
        paths = []
        for correction in self.corrections(doc, active_only=True):
            path = field_paths.relocate(record, correction.field_path, correction.anchor)
            try:
                if path is None:
                    raise field_paths.FieldPathError(correction.field_path)
                if correction.op == "delete":
                    record = field_paths.delete(record, path)
                else:
                    record = field_paths.set_value(record, path, correction.value)
                applied.append(correction)
                paths.append(path)
                if correction.status == "orphaned":
                    correction.status = "active"
            except field_paths.FieldPathError:
                orphaned.append(correction)
                correction.status = "orphaned"
        if applied or orphaned:
            record = dict(record)
            review = dict(record.get("review") or {})
            fields = [p for p in dict.fromkeys(paths) if not p.startswith("review.")]
            review["corrected_fields"] = fields
            if review.get("status", "unreviewed") == "unreviewed" and fields:
                review["status"] = "in_review"
            record["review"] = review
            if orphaned:
                extraction = dict(record.get("extraction") or {})
                extraction["warnings"] = list(extraction.get("warnings") or []) + [
                    f"correction {c.id} ({c.field_path}) no longer fits the record: kept, not applied"
                    for c in orphaned]
                record["extraction"] = extraction
        return AppliedRecord(record=record, applied=applied, orphaned=orphaned)

    # -- audit and flow runs ---------------------------------------------------------------
    def audit(self, doc: DocumentRow | None, action: str, actor: str, *, correction: Correction | None = None,
              field_path: str | None = None, old: Any = None, new: Any = None, detail: str | None = None) -> None:
        self.session.add(AuditEvent(document_id=doc.id if doc else None,
                                    correction_id=correction.id if correction else None, action=action,
                                    actor=actor, field_path=field_path, old_value=old, new_value=new,
                                    detail=detail))

    def audit_events(self, doc: DocumentRow) -> list[AuditEvent]:
        return list(self.session.scalars(select(AuditEvent).where(AuditEvent.document_id == doc.id)
                                         .order_by(AuditEvent.id)))

    def save_flow_run(self, summary: FlowRunSummary) -> FlowRunSummary:
        self.session.add(summary)
        self.session.flush()
        return summary

    def last_flow_runs(self, limit: int = 10) -> list[FlowRunSummary]:
        return list(self.session.scalars(select(FlowRunSummary).order_by(FlowRunSummary.id.desc()).limit(limit)))


REVIEW_ACTIONS = ("correct", "delete", "revert")


def local_time(at: datetime) -> datetime:
    """A stored time (UTC; SQLite gives it back naive) in the reviewers' zone, REPORT_ETL_TZ
    (default Asia/Ho_Chi_Minh)."""
    from zoneinfo import ZoneInfo

    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(ZoneInfo(os.environ.get("REPORT_ETL_TZ", "Asia/Ho_Chi_Minh")))
_ACTION_WORDS = {"correct": "sửa", "delete": "xóa", "revert": "hoàn tác"}


def worker_token() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claim_is_stale(token: str, claimed_at: datetime | None, stale_after: timedelta) -> bool:
    host, _, rest = token.partition(":")
    pid = rest.partition(":")[0]
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True  # the worker that claimed it died (a crash mid-document)
        except PermissionError:
            pass
    if claimed_at is None:
        return True
    if claimed_at.tzinfo is None:  # SQLite returns naive datetimes
        claimed_at = claimed_at.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc) - claimed_at > stale_after


def corrected_records(repo: Repository, include_superseded: bool = False) -> Iterable[tuple[DocumentRow, dict]]:
    for doc, version in repo.current_records(include_superseded=include_superseded):
        yield doc, repo.corrected_record(doc, version.record).record
