"""One document's work, file -> record, as one unit that runs in a killable child
(extractors/isolation.py): the parse and the NLP both stay under REPORT_ETL_PARSE_TIMEOUT, and
two workers' documents run on two cores (the NLP is pure Python: in threads it would hold the
GIL). The parent gets back the checked record as JSON and the blocks the review page shows, so
it only stores them. No Prefect and no database here."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from extractors.settings import DEFAULT_LIMITS, Limits

# What the fork server loads before its first child: the readers (isolation's own list), the
# NLP components and their vocabularies (warm_up runs them once on a tiny document).
PRELOAD = ("nlp.pipeline", "storage.record", "flows.analysis:warm_up")


@dataclass(frozen=True)
class Analysis:
    """The result of one document's work: the record (RECORD.md, validated, as JSON), the
    source blocks for the review page, and the seconds of each stage."""

    record: dict
    blocks: list[dict]
    parse_seconds: float
    nlp_seconds: float


def analyse(path: Path, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Analysis:
    """Parse and analyse one file in this process. Raises ExtractionError for bad input."""
    from extractors import extract
    from nlp.pipeline import build_record
    from storage.record import Record

    t0 = time.perf_counter()
    document = extract(Path(path), limits)
    t1 = time.perf_counter()
    record = build_record(document, sha256).to_json_dict()
    Record.model_validate(record)  # the contract, checked before anything is stored
    return Analysis(record, view_blocks(document), t1 - t0, time.perf_counter() - t1)


def analyse_isolated(path: Path, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Analysis:
    """`analyse` in a killable child with a wall-clock limit (REPORT_ETL_PARSE_TIMEOUT; 0 runs
    it here): a reader or a rule that hangs or crashes on a hostile file fails its document
    (parse_timeout, parse_crashed), never the worker."""
    from extractors.isolation import call_isolated

    return call_isolated("flows.analysis:analyse", (Path(path).resolve(), sha256, limits), name=Path(path).name,
                         preload=PRELOAD)


def view_blocks(document) -> list[dict]:
    """Each body block's index, kind, text, page, box and row cells: what the review page's
    source view needs (whole-table blocks are left out: their rows follow them)."""
    from extractors.model import BlockKind

    out = []
    for b in document.blocks:
        if b.kind == BlockKind.TABLE:
            continue
        item = {"i": b.index, "kind": b.kind.value, "text": b.text, "page": b.page,
                "bbox": list(b.bbox) if b.bbox else None, "level": b.style.outline_level}
        if b.kind == BlockKind.TABLE_ROW:
            item["cells"] = [c.text for c in sorted(b.cells, key=lambda c: c.col)]
            item["table"], item["row"] = b.table_index, b.row
        out.append(item)
    return out


def warm_up() -> None:
    """Run the NLP once on a short report in the letter's outline (nlp/data/warm_up.txt):
    underthesea's models, the vocabularies and the lazily compiled patterns load here, not in
    the first real document (run by the fork server before it forks, so that every child
    starts warm, and by a web server working in-process). Measured: a child forked before it
    spent 0.6 s of a docx's 0.65 s loading underthesea."""
    from extractors.model import BlockKind, Cell, Document
    from nlp.pipeline import build_record
    from nlp.sentences import underthesea_ready

    underthesea_ready()
    doc = Document(file_name="warm-up.docx", format="docx")
    rows: list[list[Cell]] = []
    lines = (Path(__file__).resolve().parents[1] / "nlp" / "data" / "warm_up.txt").read_text(encoding="utf-8")
    for line in lines.splitlines():
        if line.startswith("# ") or not line.strip():
            continue
        if line.startswith("T "):
            rows.append([Cell(text, len(rows), col) for col, text in enumerate(line[2:].split(" | "))])
            continue
        _flush_table(doc, rows)
        if line.startswith("H "):
            doc.add(BlockKind.HEADING, line[2:])
        else:
            doc.add(BlockKind.PARAGRAPH, line)
    _flush_table(doc, rows)
    build_record(doc, "0" * 64)


def _flush_table(doc, rows: list) -> None:
    from extractors.model import BlockKind

    if not rows:
        return
    text = "\n".join(" | ".join(c.text for c in row) for row in rows)
    doc.add(BlockKind.TABLE, text, cells=[c for row in rows for c in row], table_index=0)
    for row in rows:
        doc.add(BlockKind.TABLE_ROW, " | ".join(c.text for c in row), cells=row, table_index=0, row=row[0].row)
    rows.clear()


def start_warm() -> None:
    """Make the next document warm: start the fork server with the NLP preloaded, or, when
    documents are worked in-process (REPORT_ETL_PARSE_TIMEOUT=0), load it here."""
    from extractors.isolation import parse_timeout, start

    if parse_timeout() > 0:
        start(PRELOAD)
    else:
        warm_up()
