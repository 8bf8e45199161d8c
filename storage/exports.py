"""Exports of corrected records: JSONL (the contract, one record per line), and tables for
analysts (CSV, Parquet, Excel) with a national synthesis (the Excel file also carries the
Vietnamese sheets of storage/synthesis). Table building is pure; writing is
one function per format."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

import pandas as pd

TABLES = ("records", "figures", "channels", "factors", "key_messages", "assessment", "recommendations")


def _joined(values: Iterable[str], sep: str = "; ") -> str:
    return sep.join(v for v in values if v)


def _doc_cols(record: dict) -> dict:
    d = record["document"]
    return {"province": d.get("province"), "file_name": d.get("file_name"), "sha256": d.get("sha256")}


def records_table(records: list[dict]) -> pd.DataFrame:
    rows = []
    for r in records:
        d, plan = r["document"], r["plan"]
        signer = d.get("signer") or {}
        a = r["assessment"]
        rows.append({
            **_doc_cols(r), "format": d.get("format"), "pages": d.get("pages"), "issuer": d.get("issuer"),
            "number": d.get("number"), "date": d.get("date"), "title": d.get("title"),
            "signer_name": signer.get("name"), "signer_position": signer.get("position"),
            "plan_status": plan.get("status"),
            "plan_references": _joined(f"{p.get('number') or ''} ({p.get('date') or ''})"
                                       for p in plan.get("references") or []),
            "factors_identified": r["factors"].get("identified"),
            "factors": _joined(i["text"] for i in r["factors"]["items"]),
            "key_messages_identified": r["key_messages"].get("identified"),
            "key_messages": _joined((i["text"] for i in r["key_messages"]["items"]), " | "),
            "channels": _joined(sorted({c["channel"] for c in r["channels"]})),
            "figures": len(r["figures"]),
            **{k: len(a.get(k) or []) for k in ("strengths", "difficulties", "causes_objective",
                                                "causes_subjective", "lessons")},
            "recommendations": len(r["recommendations"]),
            "review_status": r["review"].get("status"),
            "corrected_fields": _joined(r["review"].get("corrected_fields") or []),
            "extraction_version": r["extraction"].get("version"),
            "warnings": _joined(r["extraction"].get("warnings") or []),
        })
    return pd.DataFrame(rows)


def _evidence_cols(item: dict) -> dict:
    ev = item.get("evidence") or {}
    return {"evidence_text": ev.get("text"), "evidence_section": ev.get("section"),
            "evidence_page": ev.get("page"), "evidence_block": ev.get("block")}


def figures_table(records: list[dict]) -> pd.DataFrame:
    rows = []
    for r in records:
        for f in r["figures"]:
            base, change = f.get("baseline") or {}, f.get("change") or {}
            rows.append({**_doc_cols(r), "metric": f["metric"], "label": f["label"], "value": f["value"],
                         "unit": f["unit"], "unit_text": f.get("unit_text"), "period": f.get("period"),
                         "baseline_period": base.get("period"), "baseline_value": base.get("value"),
                         "change_direction": change.get("direction"), "change_percent": change.get("percent"),
                         "change_times": change.get("times"), "compared_with": change.get("compared_with"),
                         "approximate": f.get("approximate"), **_evidence_cols(f)})
    return pd.DataFrame(rows)


def _items_table(records: list[dict], getter, **extra) -> pd.DataFrame:
    rows = []
    for r in records:
        for kind, item in getter(r):
            rows.append({**_doc_cols(r), **({"kind": kind} if kind else {}),
                         **{k: fn(item) for k, fn in extra.items()}, "text": item.get("text") or item.get("mention"),
                         **_evidence_cols(item)})
    return pd.DataFrame(rows)


def tables(records: list[dict]) -> dict[str, pd.DataFrame]:
    assessment_kinds = ("strengths", "difficulties", "causes_objective", "causes_subjective", "lessons")
    return {
        "records": records_table(records),
        "figures": figures_table(records),
        "channels": _items_table(records, lambda r: [(None, c) for c in r["channels"]],
                                 channel=lambda c: c["channel"]),
        "factors": _items_table(records, lambda r: [(None, f) for f in r["factors"]["items"]],
                                group=lambda f: f.get("group")),
        "key_messages": _items_table(records, lambda r: [(None, m) for m in r["key_messages"]["items"]]),
        "assessment": _items_table(records, lambda r: [(k, i) for k in assessment_kinds
                                                       for i in r["assessment"].get(k) or []]),
        "recommendations": _items_table(records, lambda r: [(None, i) for i in r["recommendations"]],
                                        addressees=lambda i: _joined(i.get("addressees") or [])),
    }


def synthesis(records: list[dict]) -> dict[str, pd.DataFrame]:
    """The national picture: plan status, channels, factor groups and addressees by number of
    provinces; figures summed per metric, unit and period."""
    n = len(records)
    plan = Counter(r["plan"]["status"] for r in records)
    by_channel: dict[str, set] = defaultdict(set)
    by_group: dict[str, set] = defaultdict(set)
    by_addressee: dict[str, set] = defaultdict(set)
    for r in records:
        who = r["document"].get("province") or r["document"]["file_name"]
        for c in r["channels"]:
            by_channel[c["channel"]].add(who)
        for f in r["factors"]["items"]:
            if f.get("group"):
                by_group[f["group"]].add(who)
        for rec in r["recommendations"]:
            for a in rec.get("addressees") or []:
                by_addressee[a].add(who)

    def share(groups: dict[str, set], key: str) -> pd.DataFrame:
        rows = [{key: k, "provinces": len(v), "share": round(len(v) / n, 3) if n else 0.0,
                 "names": _joined(sorted(v))} for k, v in groups.items()]
        return pd.DataFrame(rows, columns=[key, "provinces", "share", "names"]).sort_values(
            ["provinces", key], ascending=[False, True], ignore_index=True)

    figures = figures_table(records)
    if len(figures):
        fig = (figures.groupby(["metric", "unit", "period"], dropna=False)
               .agg(provinces=("province", "nunique"), total=("value", "sum"), median=("value", "median"))
               .reset_index())
        fig.loc[fig["unit"] == "percent", "total"] = None  # a sum of percentages means nothing
    else:
        fig = pd.DataFrame(columns=["metric", "unit", "period", "provinces", "total", "median"])
    return {
        "synthesis_plan": pd.DataFrame([{"status": s, "provinces": c} for s, c in sorted(plan.items())],
                                       columns=["status", "provinces"]),
        "synthesis_channels": share(by_channel, "channel"),
        "synthesis_factors": share(by_group, "group"),
        "synthesis_addressees": share(by_addressee, "addressee"),
        "synthesis_figures": fig,
    }


def write_jsonl(records: list[dict], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def write_xlsx(records: list[dict], out: Path, sources=None) -> Path:
    """Every table, one sheet each, then the national synthesis's Vietnamese sheets
    (storage/synthesis). `sources` (storage.synthesis.Sources) adds document ids and the failed
    documents; without it the synthesis is computed from the records alone."""
    from storage.safe_cells import safe_workbook
    from storage.synthesis import build, from_records
    from storage.synthesis.workbook import build_workbook

    out.parent.mkdir(parents=True, exist_ok=True)
    sheets = {**tables(records), **synthesis(records)}
    national = build(sources) if sources is not None else from_records(records)
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
        build_workbook(national, writer.book)
        safe_workbook(writer.book)  # report text never runs as a formula (storage/safe_cells.py)
    return out


def write_table(records: list[dict], out: Path, fmt: str, table: str = "records") -> Path:
    """One table (records, figures, channels, ..., or a synthesis_* table) as CSV or Parquet."""
    from storage.safe_cells import safe_frame

    out.parent.mkdir(parents=True, exist_ok=True)
    available = {**tables(records), **synthesis(records)}
    if table not in available:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(available)}")
    frame = available[table]
    if fmt == "csv":
        safe_frame(frame).to_csv(out, index=False, encoding="utf-8")  # no formula injection
    elif fmt == "parquet":
        frame.to_parquet(out, index=False)
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    return out


def export(records: list[dict], fmt: str, out: Path, table: str = "records", sources=None) -> Path:
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "xlsx":
        return write_xlsx(records, out, sources)
    return write_table(records, out, fmt, table)
