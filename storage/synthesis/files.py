"""Every synthesis table as its own CSV or Parquet file (DIR/<table>.csv|parquet), with the
stable English column names of sheets.yaml: one file per table, so DuckDB reads
`SELECT * FROM 'DIR/summary.parquet'` or joins `'DIR/figures.parquet'` to `'DIR/labels.parquet'`."""

from __future__ import annotations

from pathlib import Path

from storage.safe_cells import safe_frame
from storage.synthesis.tables import Synthesis

FORMATS = ("csv", "parquet")


def write_tables(synthesis: Synthesis, out_dir: Path, fmt: str) -> list[Path]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: csv or parquet")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in synthesis.tables.items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            safe_frame(frame).to_csv(path, index=False, encoding="utf-8")  # no formula injection
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written
