"""The national synthesis: computed from the current corrected records (tables.py), written as
a Vietnamese workbook (workbook.py), a draft national report (draft.py, charts.py) and one
CSV/Parquet file per table (files.py). Settings and Vietnamese wording live in the YAML files
beside these modules."""

from storage.synthesis.sources import FailedDocument, SourceReport, Sources, load_sources
from storage.synthesis.tables import Synthesis, build

__all__ = ["FailedDocument", "SourceReport", "Sources", "Synthesis", "build", "load_sources", "from_records"]


def from_records(records: list[dict]) -> Synthesis:
    """The synthesis of plain records (no database: no document ids, no failed documents)."""
    return build(Sources(reports=[SourceReport(document_id=None, file_name=r["document"]["file_name"], record=r)
                                  for r in records]))
