"""The synthesis tables, computed from the current corrected records: pure functions returning
DataFrames with the stable English column names of sheets.yaml (ids, not labels: the
workbook shows the labels). One row per province of the 63 in the summary; long tables
elsewhere, each row carrying its document (id, file) and where in it (page, field path)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import pandas as pd

from nlp.consistency import before_after_pairs
from storage.synthesis.data import (
    Letter, labels, letter, map_2025, province_2025_of, provinces_2024, sheet_specs,
)
from storage.synthesis.sources import SourceReport, Sources
from storage.synthesis.themes import Theme, ThemeItem, find_themes

ASSESSMENT_TOPICS = {"strengths": ("strengths",), "difficulties": ("difficulties",),
                     "causes": ("causes_objective", "causes_subjective"), "lessons": ("lessons",)}
CAUSE_KIND = {"causes_objective": "objective", "causes_subjective": "subjective"}


@dataclass
class Synthesis:
    """Every table of the national synthesis, plus the themes behind the items' theme ids."""

    tables: dict[str, pd.DataFrame]
    themes: dict[str, list[Theme]]
    letter: Letter
    sources: list[SourceReport]      # the reports it was computed from, in province order
    failed: list = field(default_factory=list)   # FailedDocument: files that gave no record
    generated: date = field(default_factory=date.today)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def _iso_date(value) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _rank() -> dict[str, int]:
    return {p: i for i, p in enumerate(provinces_2024())}


def _province_of(report: SourceReport) -> str:
    return report.province or ""


def _ordered(reports: list[SourceReport]) -> list[SourceReport]:
    """Reports in the contract's order of provinces; unknown provinces last, by file name."""
    rank = _rank()
    return sorted(reports, key=lambda r: (rank.get(_province_of(r), len(rank)), r.file_name, r.document_id or 0))


def _doc(report: SourceReport) -> dict:
    return {"document_id": report.document_id, "file_name": report.file_name}


def _evidence(item: dict) -> dict:
    ev = item.get("evidence") or {}
    return {"evidence_text": ev.get("text") or None, "section": ev.get("section"), "page": ev.get("page")}


def _frame(name: str, rows: list[dict], extra: list[str] | None = None) -> pd.DataFrame:
    """Rows in the column order of sheets.yaml (a matrix's id columns after the first one)."""
    columns = list(sheet_specs()[name]["columns"])
    if extra:
        columns = columns[:1] + extra + columns[1:]
    frame = pd.DataFrame(rows, columns=columns)
    for col in ("document_id", "page"):
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame


def _review_status(record: dict) -> str:
    """The corrected record's review status: 'approved' once a reviewer approved it on the
    review page (a correction of review.status), 'in_review' once anything was corrected,
    else 'unreviewed' (what every extracted record starts as)."""
    review = record.get("review") or {}
    status = review.get("status") or "unreviewed"
    return "in_review" if status == "unreviewed" and review.get("corrected_fields") else status


def _plan_documents(record: dict) -> str:
    refs = record.get("plan", {}).get("references") or []
    out = []
    for ref in refs:
        when = _iso_date(ref.get("date"))
        out.append((ref.get("number") or "") + (f" ngày {when:%d/%m/%Y}" if when else ""))
    return "; ".join(o for o in out if o)


def _assessment_items(record: dict, topic: str):
    for kind in ASSESSMENT_TOPICS[topic]:
        for i, item in enumerate(record.get("assessment", {}).get(kind) or []):
            yield kind, f"assessment.{kind}[{i}]", item


# ------------------------------------------------------------------------------ tables

def summary_table(reports: list[SourceReport], pairs: dict, the_letter: Letter) -> pd.DataFrame:
    by_province: dict[str, list[SourceReport]] = defaultdict(list)
    for r in reports:
        by_province[_province_of(r)].append(r)
    rows = []
    known = provinces_2024()
    pilots = set(the_letter.pilot_localities)
    for province in list(known) + sorted(p for p in by_province if p not in known):
        base = {"province": province or None, "province_2025": province_2025_of().get(province),
                "pilot": province in pilots}
        if province not in by_province:
            rows.append({**base, "reported": False})
            continue
        for report in by_province[province]:
            rec = report.record
            d = rec.get("document", {})
            when = _iso_date(d.get("date"))
            assessment = rec.get("assessment", {})
            checks = pairs.get(id(report), [])
            rows.append({
                **base, "reported": True, **_doc(report),
                "province_2025": base["province_2025"] or d.get("province_2025"),
                "report_number": d.get("number"), "report_date": when,
                "on_time": the_letter.on_time(when) if when else None,
                "days_after_deadline": (when - the_letter.deadline).days if when else None,
                "plan_status": rec.get("plan", {}).get("status") or "unknown",
                "plan_documents": _plan_documents(rec) or None,
                "factors_identified": rec.get("factors", {}).get("identified"),
                "factor_groups": "; ".join(sorted({f["group"] for f in rec.get("factors", {}).get("items") or []
                                                   if f.get("group")})) or None,
                "key_messages_identified": rec.get("key_messages", {}).get("identified"),
                "key_messages": "\n".join(m["text"] for m in rec.get("key_messages", {}).get("items") or []) or None,
                "channels": "; ".join(sorted({c["channel"] for c in rec.get("channels") or []})) or None,
                "channel_count": len({c["channel"] for c in rec.get("channels") or []}),
                "figures": len(rec.get("figures") or []),
                "before_after": len(checks),
                "change_mismatches": sum(c.disagrees for c in checks),
                "difficulties": len(assessment.get("difficulties") or []),
                "causes": len(assessment.get("causes_objective") or []) + len(assessment.get("causes_subjective") or []),
                "lessons": len(assessment.get("lessons") or []),
                "recommendations": len(rec.get("recommendations") or []),
                "review_status": _review_status(rec),
            })
    frame = _frame("summary", rows)
    for col in ("days_after_deadline", "channel_count", "figures", "before_after", "change_mismatches",
                "difficulties", "causes", "lessons", "recommendations"):
        frame[col] = frame[col].astype("Int64")
    for col in ("on_time", "factors_identified", "key_messages_identified"):
        frame[col] = frame[col].astype("boolean")
    return frame


def figures_table(reports: list[SourceReport]) -> pd.DataFrame:
    rows = []
    for r in reports:
        for i, f in enumerate(r.record.get("figures") or []):
            base, change = f.get("baseline") or {}, f.get("change") or {}
            rows.append({"province": _province_of(r), "metric": f.get("metric"), "label": f.get("label"),
                         "value": f.get("value"), "unit": f.get("unit"), "unit_text": f.get("unit_text"),
                         "period": f.get("period"), "baseline_period": base.get("period"),
                         "baseline_value": base.get("value"), "change_direction": change.get("direction"),
                         "change_percent": change.get("percent"), "change_times": change.get("times"),
                         "compared_with": change.get("compared_with"), "approximate": bool(f.get("approximate")),
                         **_evidence(f), **_doc(r), "field_path": f"figures[{i}]"})
    return _frame("figures", rows)


def before_after_table(reports: list[SourceReport], pairs: dict) -> pd.DataFrame:
    rows = []
    for r in reports:
        figures = r.record.get("figures") or []
        for c in pairs.get(id(r), []):
            f = figures[c.index]
            rows.append({"province": _province_of(r), "metric": f.get("metric"), "label": f.get("label"),
                         "unit": f.get("unit"), "before_period": c.before_period, "before_value": c.before_value,
                         "after_period": c.after_period, "after_value": c.after_value,
                         "computed_change_percent": c.computed_percent, "stated_change_percent": c.stated_percent,
                         "stated_change_times": c.stated_times, "gap_points": c.gap_points,
                         "mismatch": c.disagrees, "source": c.source,
                         "evidence_text": _evidence(f)["evidence_text"], "page": _evidence(f)["page"],
                         **_doc(r), "field_path": f"figures[{c.index}]"})
    return _frame("before_after", rows)


def channel_tables(reports: list[SourceReport]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    ids = list(labels("channel"))
    matrix, mentions = [], []
    users: dict[str, list[str]] = {c: [] for c in ids}
    for r in reports:
        used = {c["channel"] for c in r.record.get("channels") or []}
        matrix.append({"province": _province_of(r), **{c: int(c in used) for c in ids},
                       "channel_count": len(used), **_doc(r)})
        for c in used:
            users.setdefault(c, []).append(_province_of(r))
        for c in r.record.get("channels") or []:
            mentions.append({"province": _province_of(r), "channel": c["channel"], "mention": c.get("mention"),
                             **{k: v for k, v in _evidence(c).items() if k != "section"}, **_doc(r)})
    counts = _counts_rows(users, "channel", len(reports))
    return (_frame("channel_matrix", matrix, extra=ids), _frame("channel_counts", counts),
            _frame("channel_mentions", mentions))


def _counts_rows(users: dict[str, list[str]], key: str, n_reports: int) -> list[dict]:
    """Per id: how many provinces, their share of the reports received, their names; most first."""
    rows = [{key: k, "provinces": len(set(v)), "share": round(len(set(v)) / n_reports, 4) if n_reports else None,
             "province_names": ", ".join(sorted(set(v), key=lambda p: (_rank().get(p, 99), p)))}
            for k, v in users.items()]
    order = list(users)
    return sorted(rows, key=lambda row: (-row["provinces"], order.index(row[key])))


def factor_tables(reports: list[SourceReport]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    groups = list(labels("factor_group"))
    rows, messages = [], []
    users: dict[str, list[str]] = {g: [] for g in groups}
    for r in reports:
        items = r.record.get("factors", {}).get("items") or []
        per_group = Counter(f.get("group") for f in items)
        for g in per_group:
            if g in users:
                users[g].append(_province_of(r))
        km = r.record.get("key_messages", {})
        rows.append({"province": _province_of(r), **{g: per_group.get(g, 0) for g in groups},
                     "factors_identified": r.record.get("factors", {}).get("identified"),
                     "factors": "; ".join(f["text"] for f in items) or None,
                     "key_messages_identified": km.get("identified"),
                     "key_messages": "\n".join(m["text"] for m in km.get("items") or []) or None, **_doc(r)})
        for i, m in enumerate(km.get("items") or []):
            ev = _evidence(m)
            messages.append({"province": _province_of(r), "message": m["text"], "evidence_text": ev["evidence_text"],
                             "page": ev["page"], **_doc(r), "field_path": f"key_messages.items[{i}]"})
    frame = _frame("factors_messages", rows, extra=groups)
    for col in ("factors_identified", "key_messages_identified"):
        frame[col] = frame[col].astype("boolean")
    return frame, _frame("factor_counts", _counts_rows(users, "factor_group", len(reports))), \
        _frame("key_messages", messages)


def item_tables(reports: list[SourceReport]) -> tuple[dict[str, pd.DataFrame], dict[str, list[Theme]]]:
    """Strengths, difficulties, causes, lessons and recommendations, each item with its
    recurring theme; recommendations one row per addressee (grouped by addressee)."""
    out, themes = {}, {}
    for topic in (*ASSESSMENT_TOPICS, "recommendations"):
        entries = []
        for r in reports:
            if topic == "recommendations":
                for i, item in enumerate(r.record.get("recommendations") or []):
                    entries.append((r, None, f"recommendations[{i}]", item))
            else:
                for kind, path, item in _assessment_items(r.record, topic):
                    entries.append((r, kind, path, item))
        keyed = [(ThemeItem(key=f"{r.document_id}|{r.file_name}|{path}", province=_province_of(r),
                            text=item.get("text") or ""), r, kind, path, item) for r, kind, path, item in entries]
        found, assignment = find_themes([k[0] for k in keyed], topic)
        names = {t.theme_id: t.name for t in found}
        themes[topic] = found
        rows = []
        for theme_item, r, kind, path, item in keyed:
            theme_id = assignment.get(theme_item.key)
            ev = _evidence(item)
            row = {"province": _province_of(r), "theme": names.get(theme_id), "text": item.get("text"),
                   "section": ev["section"], "page": ev["page"], **_doc(r), "field_path": path,
                   "theme_id": theme_id}
            if topic == "causes":
                row["kind"] = CAUSE_KIND[kind]
            if topic == "recommendations":
                for addressee in item.get("addressees") or ["unspecified"]:
                    rows.append({**row, "addressee": addressee})
            else:
                rows.append(row)
        if topic == "recommendations":
            order = list(labels("addressee"))
            rows.sort(key=lambda row: order.index(row["addressee"]) if row["addressee"] in order else len(order))
        out[topic] = _frame(topic, rows)
    return out, themes


def themes_table(themes: dict[str, list[Theme]]) -> pd.DataFrame:
    rows = [{"topic": topic, "theme_id": t.theme_id, "theme": t.name, "provinces": len(t.provinces),
             "items": len(t.items), "province_names": ", ".join(t.provinces), "example": t.example}
            for topic, found in themes.items() for t in found]
    return _frame("themes", rows)


def missing_table(reports: list[SourceReport], sources: Sources, the_letter: Letter) -> pd.DataFrame:
    reported = {_province_of(r) for r in reports}
    failed_by_province: dict[str, list] = defaultdict(list)
    unplaced = []
    for f in sources.failed:
        (failed_by_province[f.province] if f.province else unplaced).append(f)
    rows = []
    pilots = set(the_letter.pilot_localities)
    for province in provinces_2024():
        if province in reported:
            continue
        base = {"province": province, "province_2025": province_2025_of().get(province), "pilot": province in pilots}
        failures = failed_by_province.get(province)
        if failures:
            for f in failures:
                rows.append({**base, "reason": "failed", "error": f.error, "document_id": f.document_id,
                             "file_name": f.file_name})
        else:
            rows.append({**base, "reason": "no_report"})
    for f in unplaced:  # a failed file whose name names no province: listed so nobody misses it
        rows.append({"province": None, "reason": "failed", "error": f.error, "document_id": f.document_id,
                     "file_name": f.file_name, "pilot": None})
    return _frame("missing", rows)


def provinces_2025_table(summary: pd.DataFrame) -> pd.DataFrame:
    rows = []
    by_province = {p: g for p, g in summary.groupby("province", sort=False)}
    for unit, members in map_2025().items():
        part = pd.concat([by_province[m] for m in members if m in by_province]) if members else summary.iloc[0:0]
        got = part[part["reported"]]
        plan = Counter(got["plan_status"])
        rows.append({"province_2025": unit, "provinces_2024": ", ".join(members),
                     "provinces_2024_count": len(members), "reported": int(got["province"].nunique()),
                     "on_time": int(got.loc[got["on_time"].fillna(False).astype(bool), "province"].nunique()),
                     "pilot": int(sum(p in letter().pilot_localities for p in members)),
                     "plan_built": plan.get("built", 0), "plan_in_progress": plan.get("in_progress", 0),
                     "plan_not_built": plan.get("not_built", 0), "plan_unknown": plan.get("unknown", 0),
                     "figures": int(got["figures"].sum()), "difficulties": int(got["difficulties"].sum()),
                     "recommendations": int(got["recommendations"].sum()),
                     "not_reported": ", ".join(m for m in members if m not in set(got["province"])) or None})
    return _frame("provinces_2025", rows)


def labels_table() -> pd.DataFrame:
    rows = [{"vocabulary": vocab, "id": key, "label": text}
            for vocab in labels("vocabulary") for key, text in labels(vocab).items()]
    return _frame("labels", rows)


def build(sources: Sources, *, generated: date | None = None) -> Synthesis:
    """The whole synthesis from the current corrected reports and the failed documents."""
    the_letter = letter()
    reports = _ordered(sources.reports)
    pairs = {id(r): before_after_pairs(r.record.get("figures") or []) for r in reports}
    summary = summary_table(reports, pairs, the_letter)
    channel_matrix, channel_counts, channel_mentions = channel_tables(reports)
    factors_messages, factor_counts, key_messages = factor_tables(reports)
    items, themes = item_tables(reports)
    tables = {
        "summary": summary,
        "figures": figures_table(reports),
        "before_after": before_after_table(reports, pairs),
        "channel_matrix": channel_matrix,
        "channel_counts": channel_counts,
        "channel_mentions": channel_mentions,
        "factors_messages": factors_messages,
        "factor_counts": factor_counts,
        "key_messages": key_messages,
        **items,
        "themes": themes_table(themes),
        "missing": missing_table(reports, sources, the_letter),
        "provinces_2025": provinces_2025_table(summary),
        "labels": labels_table(),
    }
    return Synthesis(tables=tables, themes=themes, letter=the_letter, sources=reports, failed=list(sources.failed),
                     generated=generated or date.today())

