"""Scoring predicted records against reference (gold) records, per group, as RECORD.md
"How a record is judged" says: scalars equal after NFC + case folding + white space collapsed;
free text at character similarity >= 0.85; a figure when metric, unit and period are equal and
the value is within 0.5%; section text by how many of its words land in the right section.

Each group reports precision/recall/F1 over its fields (micro within the group); `overall` is
the mean of the groups' F1, so a large group (section words) cannot hide a weak small one."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from rapidfuzz import fuzz

TEXT_THRESHOLD = 0.85
VALUE_TOLERANCE = 0.005
GROUPS = ("document", "plan", "factors", "key_messages", "channels", "figures", "assessment",
          "recommendations", "sections")
ASSESSMENT_LISTS = ("strengths", "difficulties", "causes_objective", "causes_subjective", "lessons")


def norm(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return re.sub(r"\s+", " ", text).strip()


def similar(a, b) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    return fuzz.ratio(a, b) / 100.0 >= TEXT_THRESHOLD


def same(a, b) -> bool:
    return norm(a) == norm(b)


@dataclass
class Score:
    tp: float = 0
    pred: float = 0
    gold: float = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def scalar(pred, gold, name: str, match: Callable = same) -> Score:
    """One field: counted in precision when predicted, in recall when the gold has it."""
    s = Score(pred=int(pred not in (None, "")), gold=int(gold not in (None, "")))
    if s.pred and s.gold and match(pred, gold):
        s.tp = 1
    elif s.pred or s.gold:
        s.misses.append(f"{name}: predicted {pred!r}, reference {gold!r}")
    return s


def matched(preds: list, golds: list, match: Callable, name: str, describe: Callable = str) -> Score:
    """One-to-one greedy matching of list items (each gold item used once)."""
    s = Score(pred=len(preds), gold=len(golds))
    free = list(range(len(golds)))
    unmatched_pred = []
    for p in preds:
        hit = next((i for i in free if match(p, golds[i])), None)
        if hit is None:
            unmatched_pred.append(p)
        else:
            free.remove(hit)
            s.tp += 1
    s.misses += [f"{name}: missed {describe(golds[i])}" for i in free]
    s.misses += [f"{name}: extra {describe(p)}" for p in unmatched_pred]
    return s


def _text(item) -> str:
    return item.get("text") if isinstance(item, dict) else str(item)


def score_document(pred: dict, gold: dict) -> Score:
    s = Score()
    p, g = pred.get("document") or {}, gold.get("document") or {}
    for name in ("province", "number", "date"):
        s.add(scalar(p.get(name), g.get(name), f"document.{name}"))
    for name in ("issuer", "title"):
        s.add(scalar(p.get(name), g.get(name), f"document.{name}", similar))
    ps, gs = p.get("signer") or {}, g.get("signer") or {}
    for name in ("name", "position"):
        s.add(scalar(ps.get(name), gs.get(name), f"document.signer.{name}"))
    return s


def score_plan(pred: dict, gold: dict) -> Score:
    p, g = pred.get("plan") or {}, gold.get("plan") or {}
    s = scalar(p.get("status") or "unknown", g.get("status") or "unknown", "plan.status")
    s.add(matched(p.get("references") or [], g.get("references") or [],
                  lambda a, b: same(a.get("number"), b.get("number")) and same(a.get("date"), b.get("date")),
                  "plan.references", lambda r: f"{r.get('number')} {r.get('date')}"))
    return s


def _flag_and_items(key: str, pred: dict, gold: dict) -> Score:
    p, g = pred.get(key) or {}, gold.get(key) or {}
    s = scalar(p.get("identified"), g.get("identified"), f"{key}.identified",
               lambda a, b: bool(a) == bool(b))
    s.add(matched(p.get("items") or [], g.get("items") or [], lambda a, b: similar(_text(a), _text(b)),
                  f"{key}.items", _text))
    return s


def score_factors(pred: dict, gold: dict) -> Score:
    s = _flag_and_items("factors", pred, gold)
    groups = lambda r: sorted({i.get("group") for i in (r.get("factors") or {}).get("items") or [] if i.get("group")})
    s.add(matched(groups(pred), groups(gold), same, "factors.groups"))
    return s


def score_key_messages(pred: dict, gold: dict) -> Score:
    return _flag_and_items("key_messages", pred, gold)


def score_channels(pred: dict, gold: dict) -> Score:
    # Channels are judged by id, once per distinct id: the synthesis counts which channels a
    # province uses; how many mentions of one channel a report makes is not a contract value.
    ids = lambda r: sorted({c["channel"] for c in r.get("channels") or []})
    return matched(ids(pred), ids(gold), same, "channels")


def _figure_match(a: dict, b: dict) -> bool:
    if not (same(a.get("metric"), b.get("metric")) and same(a.get("unit"), b.get("unit"))
            and same(a.get("period"), b.get("period"))):
        return False
    va, vb = a.get("value"), b.get("value")
    if va is None or vb is None:
        return False
    if vb == 0:
        return va == 0
    return abs(va - vb) <= VALUE_TOLERANCE * abs(vb)


def score_figures(pred: dict, gold: dict) -> Score:
    describe = lambda f: f"{f.get('metric')} {f.get('period')} {f.get('value')} {f.get('unit')}"
    return matched(pred.get("figures") or [], gold.get("figures") or [], _figure_match, "figures", describe)


def score_assessment(pred: dict, gold: dict) -> Score:
    s = Score()
    p, g = pred.get("assessment") or {}, gold.get("assessment") or {}
    for name in ASSESSMENT_LISTS:
        s.add(matched(p.get(name) or [], g.get(name) or [], lambda a, b: similar(_text(a), _text(b)),
                      f"assessment.{name}", _text))
    return s


def score_recommendations(pred: dict, gold: dict) -> Score:
    """Items by text; then each addressee of a matched item counts as a field of its own."""
    preds, golds = pred.get("recommendations") or [], gold.get("recommendations") or []
    s = Score(pred=len(preds), gold=len(golds))
    free = list(range(len(golds)))
    for p in preds:
        hit = next((i for i in free if similar(p.get("text"), golds[i].get("text"))), None)
        if hit is None:
            s.misses.append(f"recommendations: extra {p.get('text')!r}")
            s.pred += len(p.get("addressees") or [])
            continue
        free.remove(hit)
        s.tp += 1
        s.add(matched(sorted(p.get("addressees") or []), sorted(golds[hit].get("addressees") or []), same,
                      f"recommendations[{hit}].addressees"))
    for i in free:
        s.misses.append(f"recommendations: missed {golds[i].get('text')!r}")
        s.gold += len(golds[i].get("addressees") or [])
    return s


_WORD = re.compile(r"\w+", re.UNICODE)


def _section_words(record: dict) -> dict[str, Counter]:
    words: dict[str, Counter] = {}
    for sec in record.get("sections") or []:
        words.setdefault(sec["section"], Counter()).update(_WORD.findall(norm(sec.get("text"))))
    return words


def score_sections(pred: dict, gold: dict) -> Score:
    """Words of each gold section found in the predicted section of the same id."""
    p, g = _section_words(pred), _section_words(gold)
    s = Score(pred=sum(sum(c.values()) for c in p.values()), gold=sum(sum(c.values()) for c in g.values()))
    for sec, counts in g.items():
        got = sum((counts & p.get(sec, Counter())).values())
        s.tp += got
        total = sum(counts.values())
        if total and got / total < 0.9:
            s.misses.append(f"sections: {sec} has {got}/{total} of its words")
    return s


SCORERS: dict[str, Callable[[dict, dict], Score]] = {
    "document": score_document, "plan": score_plan, "factors": score_factors,
    "key_messages": score_key_messages, "channels": score_channels, "figures": score_figures,
    "assessment": score_assessment, "recommendations": score_recommendations, "sections": score_sections,
}


@dataclass
class Evaluation:
    groups: dict[str, Score]
    per_document: dict[str, dict[str, Score]]
    missing: list[str]

    @property
    def overall_f1(self) -> float:
        return sum(s.f1 for s in self.groups.values()) / len(self.groups)


def evaluate(preds: Iterable[dict], golds: dict[str, dict]) -> Evaluation:
    """Score predicted records against gold records keyed by file stem (sha256 also matches).
    A gold document with no prediction scores as an empty prediction."""
    by_key: dict[str, dict] = {}
    for rec in preds:
        doc = rec.get("document") or {}
        by_key[_stem(doc.get("file_name", ""))] = rec
        if doc.get("sha256"):
            by_key[doc["sha256"]] = rec
    groups = {g: Score() for g in GROUPS}
    per_document: dict[str, dict[str, Score]] = {}
    missing = []
    for key, gold in sorted(golds.items()):
        gdoc = gold.get("document") or {}
        pred = by_key.get(key) or by_key.get(_stem(gdoc.get("file_name", ""))) or by_key.get(gdoc.get("sha256", ""))
        if pred is None:
            missing.append(key)
            pred = {}
        per_document[key] = {}
        for name in GROUPS:
            score = SCORERS[name](pred, gold)
            per_document[key][name] = score
            groups[name].add(score)
    return Evaluation(groups=groups, per_document=per_document, missing=missing)


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name
