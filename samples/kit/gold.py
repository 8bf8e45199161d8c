"""The reference record of a sample.

``document`` and ``sections`` are derived from the sample's source; the rest is written by
hand in the source's ``GOLD`` and only expanded here: an evidence snippet becomes the whole
sentence, list item or table row that contains it (and its section id), so that evidence
always quotes the document exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .markup import Block, cell_paragraphs, parse, row_text

_ABBREV = ("TP.", "Tp.", "KT.", "TM.", "TS.", "PGS.", "ThS.", "St.", "v.v.", "Q.")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", nfc(s)).strip()


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in re.finditer(r"[.!?…]\s+", text):
        end = m.end()
        before = text[start:m.start() + 1]
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isupper() or nxt in "\"“("):
            continue
        if any(before.endswith(a) for a in _ABBREV):
            continue
        out.append(text[start:m.start() + 1].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


@dataclass
class Unit:
    text: str
    section: str


def F(metric, label, value, unit, unit_text, period, ev, *, base=None, ch=None, approx=False):
    """A figure of GOLD, written compactly: base=(period, value), ch=(direction, percent,
    times, compared_with)."""
    return dict(metric=metric, label=label, value=value, unit=unit, unit_text=unit_text, period=period,
                ev=ev, base=base, ch=ch, approx=approx)


class SampleText:
    """The linear text of a sample, split into sections and evidence units."""

    def __init__(self, sample: dict, intro: list[Block], body: list[Block]):
        self.sample = sample
        h = sample["header"]
        number_line = f"Số: {h['number']}" if h.get("number") else "Số:      /BC-UBND"
        head_lines = [*h["left"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      number_line, *h.get("vv", []), h["place_date"], *sample["title"], *sample["kinh_gui"]]
        if sample.get("cover"):   # a cover letter before the report in the same file: preamble (kit/cover.py)
            from .cover import lines as cover_lines

            head_lines = [*cover_lines(sample["cover"]), *head_lines]
        self.units: list[Unit] = [Unit(nfc(x), "preamble") for x in head_lines]
        pre = list(head_lines) + [line for b in intro for line in (b.display, *(n for _, n in b.notes))]
        for b in intro:
            self._add_units(b, "preamble")
        self.sections: list[dict] = [{"section": "preamble", "heading": None, "text": "\n".join(pre)}]
        current = None
        for b in body:
            if b.kind == "directive":
                continue
            if b.kind == "heading" and b.sid and b.resume:  # back to an earlier section
                current = next(s for s in self.sections if s["section"] == b.sid)
                current["lines"].append(b.display)
                self.units.append(Unit(b.display, b.sid))
                continue
            if b.kind == "heading" and b.sid:
                current = {"section": b.sid, "heading": b.display, "lines": []}
                self.sections.append(current)
                self.units.append(Unit(b.display, b.sid))
                continue
            if b.kind == "table" and any(b.row_sids):
                current = self._report_table(b, current, pre)
                continue
            if current is None:
                raise ValueError(f"{sample['stem']}: body must start with an outline heading")
            current["lines"].append(b.display)
            current["lines"].extend(n for _, n in b.notes)   # footnotes follow their paragraph
            self._add_units(b, current["section"])
        self.sections[0]["text"] = "\n".join(pre)    # a report-table's header row may have joined it
        closing = [*sample["closing"], *sample["recipients"], *[s for s in sample["signature"] if s]]
        for line in closing:
            self._add_units_text(line, "closing")
        out = []
        for s in self.sections:
            if "lines" in s:
                if not s["lines"]:
                    continue  # a heading directly followed by a sub-section: no entry of its own
                s = {"section": s["section"], "heading": s["heading"], "text": "\n".join(s["lines"])}
            out.append(s)
        out.append({"section": "closing", "heading": None, "text": "\n".join(closing)})
        appendix = parse(sample["appendix"]) if sample.get("appendix") else []
        if appendix:  # a Phụ lục after the signature: section "appendix" (RECORD.md)
            head = appendix[0].display if appendix[0].kind == "heading" else None
            rest = appendix[1:] if head else appendix
            for b in appendix:
                self._add_units(b, "appendix")
            out.append({"section": "appendix", "heading": head,
                        "text": "\n".join(b.display for b in rest if b.kind != "directive")})
        ids = [s["section"] for s in out if s["section"] != "other"]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{sample['stem']}: duplicate section ids {ids}")
        self.sections = out

    def _report_table(self, b: Block, current: dict | None, pre: list[str]) -> dict:
        """A report written as one table: each ``{sid}`` row starts that section, its "Nội dung"
        cell (the second) is the heading and the cells after it are the section's text; a row
        without ``{sid}`` continues the section, its "Nội dung" as a sub-heading line. The
        running number (first cell) is not the outline's and is left out. Evidence units are
        the cells' paragraphs (a bullet without its mark, a plain paragraph by sentence)."""
        for cells, sid in zip(b.rows, b.row_sids):
            if sid is None and current is None:      # the table's header row, before section 1
                pre.append(row_text(cells))
                self.units.append(Unit(row_text(cells), "preamble"))
                continue
            head = " ".join(cell_paragraphs(cells[1]))
            body = [p for c in cells[2:] for p in cell_paragraphs(c) if p]
            if sid is not None:
                current = {"section": sid, "heading": head, "lines": []}
                self.sections.append(current)
            else:
                current["lines"].append(head)
            current["lines"].extend(body)
            self.units.append(Unit(head, current["section"]))
            for p in body:
                if p[:2] in ("- ", "+ "):
                    self.units.append(Unit(p[2:].strip(), current["section"]))
                else:
                    self._add_units_text(p, current["section"])
        return current

    def _add_units_text(self, text, sid):
        for s in sentences(text):
            self.units.append(Unit(nfc(s), sid))

    def _add_units(self, b: Block, sid: str):
        if b.kind == "directive":
            return
        if b.kind == "table":
            for r in b.rows:
                self.units.append(Unit(row_text(r), sid))
        elif b.kind in ("item", "boldline", "note", "heading"):
            self.units.append(Unit(b.text if b.kind != "heading" else b.display, sid))
        else:
            self._add_units_text(b.text, sid)
        for _, note in b.notes:
            self._add_units_text(note, sid)

    def full_text(self) -> str:
        return "\n".join(u.text for u in self.units)

    def evidence(self, snippet: str) -> dict:
        key = fold(snippet)
        hits = [u for u in self.units if key in fold(u.text)]
        texts = {u.text for u in hits}
        if not hits:
            raise ValueError(f"{self.sample['stem']}: evidence not found: {snippet!r}")
        if len(texts) > 1:
            raise ValueError(f"{self.sample['stem']}: evidence ambiguous: {snippet!r} -> {sorted(texts)}")
        return {"text": hits[0].text, "section": hits[0].section, "page": None, "block": None}


def _items(text_src: SampleText, entries) -> list[dict]:
    out = []
    for e in entries:
        if isinstance(e, str):
            ev = text_src.evidence(e)
            out.append({"text": ev["text"], "evidence": ev})
        else:
            text, snip = e
            ev = text_src.evidence(snip)
            out.append({"text": text or ev["text"], "evidence": ev})
    return out


def build_gold(src: SampleText, gold: dict, document: dict) -> dict:
    g = gold
    plan = {"status": g["plan"]["status"],
            "references": [{"number": n, "date": d} for n, d in g["plan"].get("references", [])],
            "evidence": src.evidence(g["plan"]["ev"]) if g["plan"].get("ev") else None}
    factors = {"identified": g["factors"]["identified"],
               "items": [{"text": t, "group": grp, "evidence": src.evidence(ev)}
                         for t, grp, ev in g["factors"].get("items", [])]}
    messages = {"identified": g["key_messages"]["identified"],
                "items": [{"text": t, "evidence": src.evidence(ev)} for t, ev in g["key_messages"].get("items", [])]}
    channels = [{"channel": c, "mention": m, "evidence": src.evidence(ev)} for c, m, ev in g["channels"]]
    figures = []
    for f in g["figures"]:
        fig = {k: f[k] for k in ("metric", "label", "value", "unit", "unit_text", "period")}
        fig["baseline"] = {"period": f["base"][0], "value": f["base"][1]} if f["base"] else None
        fig["change"] = (dict(zip(("direction", "percent", "times", "compared_with"), f["ch"]))
                         if f["ch"] else None)
        fig["approximate"] = f["approx"]
        fig["evidence"] = src.evidence(f["ev"])
        figures.append(fig)
    assessment = {k: _items(src, g.get(k, [])) for k in
                  ("strengths", "difficulties", "causes_objective", "causes_subjective", "lessons")}
    recs = []
    for r in g["recommendations"]:
        text, addressees, snip = r
        ev = src.evidence(snip)
        recs.append({"text": text or ev["text"], "addressees": addressees, "evidence": ev})
    sections = [{**s, "evidence": {"text": s["heading"] or "", "section": s["section"], "page": None,
                                   "block": None}} for s in src.sections]
    return {
        "schema_version": "1",
        "document": document,
        "plan": plan,
        "factors": factors,
        "key_messages": messages,
        "channels": channels,
        "figures": figures,
        "assessment": assessment,
        "recommendations": recs,
        "sections": sections,
        "extraction": {"version": "gold", "extracted_at": "2024-10-01T00:00:00Z", "warnings": []},
        "review": {"status": "approved", "corrected_fields": []},
    }


_NUM = re.compile(r"\d[\d.,]*")


def audit_numbers(src: SampleText, gold: dict) -> list[str]:
    """Units with numbers that no figure cites as evidence: for a human to check that every
    figure of the report is in the gold and every other number is a deliberate distractor."""
    used = {f["evidence"]["text"] for f in gold["figures"]}
    out = []
    for u in src.units:
        if u.section in ("preamble", "closing") or u.text in used:
            continue
        if _NUM.search(u.text):
            out.append(f"[{u.section}] {u.text}")
    return out
