"""Which metric a label names, and its unit: the rules are data (nlp/data/metrics.yaml).

`match_metric` is the one place a label (a prose window, a table row label or column head) is
turned into a metric; `trim_label` cuts the words that close a label ("... ước đạt").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp import vocab
from nlp.numbers import fold_keep


@dataclass(frozen=True)
class _MetricRule:
    metric: str
    patterns: tuple[re.Pattern, ...]
    units: frozenset | None
    context: re.Pattern | None
    default_unit: str | None
    order: int


def _countries() -> str:
    """"{country}" in a pattern: a foreign country's name (the one list, channels.yaml `countries`)."""
    names = vocab.load("channels").get("countries", [])
    return "|".join(re.escape(fold_keep(c)) for c in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def metric_rules() -> tuple[tuple[_MetricRule, ...], frozenset, tuple[str, ...]]:
    data = vocab.load("metrics")
    country = _countries()
    rules = []
    for i, e in enumerate(data["metrics"]):
        rules.append(_MetricRule(
            metric=e["id"],
            patterns=tuple(re.compile(p.replace("{country}", country)) for p in e["patterns"]),
            units=frozenset(e["units"]) if e.get("units") else None,
            context=re.compile(e["context"]) if e.get("context") else None,
            default_unit=e.get("default_unit"),
            order=i,
        ))
    trailing = tuple(sorted({fold_keep(w) for w in data.get("label_trailing_words", [])}, key=len, reverse=True))
    return tuple(rules), frozenset(data.get("other_units", [])), trailing


_WS = re.compile(r"\s")


@dataclass(frozen=True)
class MetricMatch:
    metric: str
    start: int
    end: int
    unit: str | None          # the unit to use (the number's own, or the metric's default)


def match_metric(window: str, unit: str | None, context: str = "") -> MetricMatch | None:
    """The metric a label window names, for a number with `unit` (None: not stated).
    The earliest match in the window wins; ties go to the rule listed first."""
    rules, _, _ = metric_rules()
    # a line break inside a cell or a wrapped PDF line ("Khách quốc\ntế") is a space (same length)
    low = _WS.sub(" ", fold_keep(window))
    ctx_low = _WS.sub(" ", fold_keep(context)) if context else low
    hits = []
    for rule in rules:
        if unit is not None and rule.units is not None and unit not in rule.units:
            continue
        if unit is None and rule.default_unit is None and rule.units is not None:
            continue
        if rule.context is not None and not rule.context.search(ctx_low):
            continue
        for pat in rule.patterns:
            m = pat.search(low)
            if m:
                hits.append((m.start(), rule.order, m.end(), rule))
    if not hits:
        return None
    hits.sort(key=lambda h: (h[0], h[1]))
    best = hits[0]
    # A match overlapping it and reaching further is more specific ("lượt khách quốc tế").
    for h in hits[1:]:
        if h[0] < best[2] and h[2] > best[2]:
            best = h
    start, _, end, rule = best
    return MetricMatch(rule.metric, start, end, unit if unit is not None else rule.default_unit)


@lru_cache(maxsize=1)
def _label_units() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((u, re.compile(p)) for u, p in vocab.load("metrics")["label_units"].items())


def unit_from_label(label: str, unit: str | None) -> str | None:
    """`unit`, else the unit a label's own words name ("Lượt khách" visits, "Số người theo dõi" people)."""
    if unit is not None:
        return unit
    low = fold_keep(label)
    for u, pat in _label_units():
        if pat.search(low):
            return u
    return None


def trim_label(label: str) -> str:
    _, _, trailing = metric_rules()
    label = label.strip(" ,;:-–()\"'")
    changed = True
    while changed and label:
        changed = False
        low = fold_keep(label)
        for w in trailing:
            if low.endswith(" " + w) or low == w:
                label = label[: len(label) - len(w)].rstrip(" ,;:-–")
                changed = True
                break
        low = fold_keep(label)
        for w in trailing:
            if low.startswith(w + " "):
                label = label[len(w):].lstrip(" ,;:-–")
                changed = True
                break
    return label[:160].strip()
