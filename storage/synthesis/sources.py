"""What the synthesis reads: the current corrected records (reviewers' corrections applied,
superseded reports left out) with their document ids, and the documents whose only outcome
is a failure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from storage.repository import Repository, corrected_records


@dataclass(frozen=True)
class SourceReport:
    document_id: Optional[int]
    file_name: str
    record: dict
    path: Optional[str] = None       # where the file can be opened (its link in the workbook)

    @property
    def province(self) -> Optional[str]:
        return self.record.get("document", {}).get("province")


@dataclass(frozen=True)
class FailedDocument:
    document_id: int
    file_name: str
    error: str
    province: Optional[str]          # read from the file name: a failed file has no record


@dataclass
class Sources:
    reports: list[SourceReport] = field(default_factory=list)
    failed: list[FailedDocument] = field(default_factory=list)


def load_sources(repo: Repository) -> Sources:
    """The current reports of the database, each with a path where its file still is (if any)."""
    reports = []
    for doc, record in corrected_records(repo):
        reports.append(SourceReport(document_id=doc.id, file_name=doc.file_name, record=record,
                                    path=_openable_path(doc)))
    failed = [FailedDocument(document_id=d.id, file_name=d.file_name,
                             error=f"{d.error_code}: {d.error}" if d.error_code else (d.error or ""),
                             province=province_from_file_name(d.file_name))
              for d in repo.documents(status="failed")]
    return Sources(reports=reports, failed=failed)


def _openable_path(doc) -> Optional[str]:
    # The content store's copy has no extension (its name is the sha256): no viewer opens it
    # by a click, so only a path the file was received at is a link.
    for f in doc.files:
        if f.path and Path(f.path).is_file():
            return str(Path(f.path).resolve())
    return None


def province_from_file_name(file_name: str) -> Optional[str]:
    """A province named in a file name ("BaoCao_QuangNinh_2024.pdf", "bc tinh Ha Giang.doc"):
    words split at capitals, underscores and dashes, matched on the variants of provinces.yaml."""
    from nlp.header import canonical_province

    stem = Path(file_name).stem
    words = re.sub(r"(?<=[a-zà-ỹđ])(?=[A-ZÀ-ỸĐ])", " ", stem)
    words = re.sub(r"[_\-.]+", " ", words)
    return canonical_province(words, ascii_ok=True)
