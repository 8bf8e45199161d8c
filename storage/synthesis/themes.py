"""Recurring themes: items of many reports grouped by similar wording, each group named by its
strongest terms. TF-IDF over underthesea word tokens, then average-linkage agglomerative
clustering on cosine similarity (settings and stopwords in themes.yaml). Deterministic: the
items are taken in a fixed order and ties go to the lowest index, so two runs over the same
records give the same themes, ids and names."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from storage.synthesis.data import nfc, theme_settings

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class ThemeItem:
    key: str            # a stable id of the item (document id + field path)
    province: str
    text: str


@dataclass
class Theme:
    theme_id: str
    name: str
    items: list[ThemeItem] = field(default_factory=list)
    example: str = ""          # the item nearest the group's centre
    example_province: str = ""

    @property
    def provinces(self) -> list[str]:
        return sorted({i.province for i in self.items})


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens (compounds kept whole: "nguồn lực"), stopwords and numbers out."""
    from nlp.sentences import underthesea_ready

    underthesea_ready()  # loads the tagger models once, thread-safe
    from underthesea import word_tokenize  # heavy import: only when themes are computed

    stop = _stopwords()
    out = []
    for token in word_tokenize(nfc(text)):
        t = nfc(token.lower().strip())
        if t and _WORD.search(t) and t not in stop:
            out.append(t)
    return tuple(out)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(nfc(str(w).lower()) for w in theme_settings().get("stopwords") or [])


def tfidf(docs: list[tuple[str, ...]]) -> tuple[np.ndarray, list[str]]:
    """Rows L2-normalised; sublinear tf, smoothed idf (as scikit-learn's defaults)."""
    vocab = sorted({t for d in docs for t in d})
    index = {t: i for i, t in enumerate(vocab)}
    matrix = np.zeros((len(docs), len(vocab)))
    df = Counter(t for d in docs for t in set(d))
    n = len(docs)
    for row, doc in enumerate(docs):
        for term, count in Counter(doc).items():
            matrix[row, index[term]] = (1 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return matrix / norms, vocab


def agglomerate(sim: np.ndarray, min_similarity: float) -> list[list[int]]:
    """Average-linkage clustering: merge the two most similar groups while their mean pairwise
    similarity is at least `min_similarity` (Lance-Williams update). Groups in first-member order."""
    n = len(sim)
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    active = np.ones(n, dtype=bool)
    while active.sum() > 1:
        masked = np.where(active[:, None] & active[None, :], s, -np.inf)
        flat = int(np.argmax(masked))  # first maximum: ties go to the lowest indices
        a, b = divmod(flat, n)
        if masked[a, b] < min_similarity:
            break
        a, b = min(a, b), max(a, b)
        na, nb = len(groups[a]), len(groups[b])
        merged = (na * s[a] + nb * s[b]) / (na + nb)
        s[a, :], s[:, a] = merged, merged
        s[a, a] = -np.inf
        active[b] = False
        s[b, :], s[:, b] = -np.inf, -np.inf
        groups[a] = sorted(groups[a] + groups.pop(b))
    return sorted(groups.values(), key=lambda g: g[0])


def _as_written(term: str, texts: list[str]) -> str:
    """A term as the items mostly write it ("việt nam" -> "Việt Nam", "kinh phí" stays)."""
    seen = Counter(m.group(0) for text in texts
                   for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", nfc(text), re.IGNORECASE))
    if not seen:
        return term
    # The most used form; on a tie the lower-case one (a sentence's first word is capitalised anyway).
    return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0] != kv[0].lower(), kv[0]))[0][0]


def find_themes(items: list[ThemeItem], prefix: str) -> tuple[list[Theme], dict[str, str]]:
    """The recurring themes among `items` (ids `prefix-01`, ... by number of provinces, then
    items, then name) and each item key's theme id (items in no theme are left out)."""
    settings = theme_settings()
    ordered = sorted(items, key=lambda i: (i.province, i.key, i.text))
    docs = [tokens(i.text) for i in ordered]
    if len(ordered) < 2:
        return [], {}
    matrix, vocab = tfidf(docs)
    groups = agglomerate(matrix @ matrix.T, float(settings.get("min_similarity", 0.2)))
    min_provinces = int(settings.get("min_provinces", 2))
    n_terms = int(settings.get("name_terms", 3))
    found = []
    for group in groups:
        members = [ordered[i] for i in group]
        if len({m.province for m in members}) < min_provinces:
            continue
        weights = matrix[group].sum(axis=0)
        presence = (matrix[group] > 0).sum(axis=0)
        # Terms most members share first, then weight; alphabetical on ties (stable names).
        ranked = sorted(range(len(vocab)), key=lambda t: (-presence[t], -weights[t], vocab[t]))
        name = ", ".join(_as_written(vocab[t], [m.text for m in members]) for t in ranked[:n_terms] if weights[t] > 0)
        centroid = matrix[group].mean(axis=0)
        central = group[int(np.argmax(matrix[group] @ centroid))]
        found.append(Theme(theme_id="", name=name, items=members, example=ordered[central].text,
                           example_province=ordered[central].province))
    found.sort(key=lambda t: (-len(t.provinces), -len(t.items), t.name))
    assignment = {}
    for n, theme in enumerate(found, 1):
        theme.theme_id = f"{prefix}-{n:02d}"
        for item in theme.items:
            assignment[item.key] = theme.theme_id
    return found, assignment
