"""The vocabulary matchers of channels and addressees compared in one run: the regexes on
folded text (nlp/matchers.py) against spaCy's PhraseMatcher/Matcher built from the same data
files (spacy_matcher.py here), over spaCy's own tokenizer (syllables) and over underthesea's word
segmentation. spaCy is not a dependency of report-etl: `pip install -e '.[compare]'` first.

    .venv/bin/python benchmarks/bench_matchers.py [--inbox samples/inbox --gold samples/gold]
                                                   [--docs-cache FILE] [--repeat 3]

For each backend: cold load (building both matchers from the data files), matching speed in
ms per 1,000 characters over every sentence of the samples (the matcher alone, cold caches),
how many sentences find other (start, end, id) hits than the regexes after longest-match, and
the whole nlp pipeline's seconds over all documents (matchers built, other caches cold) and
the evaluation (nlp.evaluation) of the channels and recommendations groups and overall on all
samples, the whole pipeline run with that backend. Documents are parsed once up front (or read
from --docs-cache, a pickle this script writes) and not counted. Ratios, not thresholds."""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from flows.pipeline import list_files, sha256_file  # noqa: E402
from nlp import channels, matchers, recommendations  # noqa: E402
from nlp.evaluation import evaluate  # noqa: E402
from nlp.pipeline import build_record  # noqa: E402
from nlp.sentences import split_sentences  # noqa: E402
from nlp.textkit import longest_first  # noqa: E402


def _fill_new_fields(obj) -> None:
    """A cached document from an older model: fields added since take their defaults."""
    import dataclasses

    for f in dataclasses.fields(obj):
        if f.name not in obj.__dict__:
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            setattr(obj, f.name, default)


def documents(inbox: Path, cache: Path | None) -> dict:
    if cache and cache.exists():
        docs = pickle.loads(cache.read_bytes())
        for _, doc in docs.values():
            _fill_new_fields(doc)
            for block in doc.blocks:
                _fill_new_fields(block)
                for cell in block.cells:
                    _fill_new_fields(cell)
        return docs
    from extractors import extract

    docs = {p.name: (sha256_file(p)[0], extract(p)) for p in list_files([inbox])}
    if cache:
        cache.write_bytes(pickle.dumps(docs))
    return docs


# built once per process (their cold load is measured on its own): kept across the runs
KEEP = {("nlp.channels", "_matcher"), ("nlp.recommendations", "_matcher"), ("spacy_matcher", "language")}
BACKENDS = ("regex", "spacy", "spacy-underthesea")


def register_spacy() -> None:
    """The spaCy matchers (spacy_matcher.py, beside this file) as backends of nlp/matchers.py.
    spaCy is not a dependency of the project: `pip install 'spacy>=3.7'` (or `.[compare]`)."""
    try:
        from spacy_matcher import SpacyMatcher
    except ImportError as err:
        sys.exit(f"bench_matchers needs spaCy, not a dependency of report-etl: pip install -e '.[compare]' ({err})")
    matchers.BUILDERS["spacy"] = lambda entries, boundary: SpacyMatcher(entries, boundary, "syllables")
    matchers.BUILDERS["spacy-underthesea"] = lambda entries, boundary: SpacyMatcher(entries, boundary, "underthesea")


def clear_caches() -> None:
    """Every run starts cold (per-text caches emptied), the built matchers kept."""
    import functools
    import gc

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and \
                (obj.__module__.startswith("nlp.") or obj.__module__ == "spacy_matcher") and \
                (obj.__module__, obj.__name__) not in KEEP:
            obj.cache_clear()


def sentences(docs: dict) -> list[str]:
    return [s for _, doc in docs.values() for b in doc.body() for s in split_sentences(b.text)]


def run_backend(name: str, docs: dict, texts: list[str], golds: dict, repeat: int, reference: dict | None):
    matchers.ACTIVE = name
    clear_caches()
    for keep in (channels._matcher, recommendations._matcher):
        keep.cache_clear()
    t0 = time.perf_counter()
    ch, ad = channels._matcher(name), recommendations._matcher(name)
    cold = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    best = float("inf")
    hits = {}
    for _ in range(repeat):
        clear_caches()
        t0 = time.perf_counter()
        hits = {t: (longest_first(ch.find(t)), longest_first(ad.find(t))) for t in texts}
        best = min(best, time.perf_counter() - t0)
    differ = sum(1 for t in texts if reference is not None and hits[t] != reference[t])
    nlp_s = float("inf")
    for _ in range(repeat):   # the best of `repeat` cold runs: the CPU is shared
        clear_caches()
        t0 = time.perf_counter()
        preds = [build_record(doc, sha).to_json_dict() for sha, doc in docs.values()]
        nlp_s = min(nlp_s, time.perf_counter() - t0)
    ev = evaluate(preds, golds)
    return {
        "backend": name, "cold_load_s": round(cold, 2), "ms_per_1000_chars": round(best / chars * 1e6, 2),
        "sentences_differing": differ, "nlp_s_all_docs": round(nlp_s, 1), "channels_f1": round(ev.groups["channels"].f1, 3),
        "recommendations_f1": round(ev.groups["recommendations"].f1, 3), "overall_f1": round(ev.overall_f1, 3),
        "misses": {g: [m for d in ev.per_document.values() for m in d[g].misses] for g in ("channels", "recommendations")},
    }, hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    parser.add_argument("--gold", type=Path, default=ROOT / "samples" / "gold")
    parser.add_argument("--docs-cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--misses", action="store_true", help="list the channel/recommendation misses per backend")
    args = parser.parse_args()
    if any(b.startswith("spacy") for b in args.backends.split(",")):
        register_spacy()
    docs = documents(args.inbox, args.docs_cache)
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold.glob("*.json"))}
    texts = sentences(docs)
    split_sentences("warm up the tokenizer. Một câu.")
    from underthesea import word_tokenize

    word_tokenize("warm up underthesea")  # its model load is not the matcher's
    rows, reference = [], None
    for name in args.backends.split(","):
        row, hits = run_backend(name, docs, texts, golds, args.repeat, reference)
        reference = reference or hits
        rows.append(row)
    cols = ["backend", "cold_load_s", "ms_per_1000_chars", "nlp_s_all_docs", "sentences_differing", "channels_f1",
            "recommendations_f1", "overall_f1"]
    print(f"{len(docs)} documents, {len(texts)} sentences, {sum(len(t) for t in texts)} characters")
    print(" | ".join(cols))
    print(" | ".join("---" for _ in cols))
    for row in rows:
        print(" | ".join(str(row[c]) for c in cols))
    if args.misses:
        for row in rows:
            print(f"\n{row['backend']}:")
            for g, ms in row["misses"].items():
                for m in ms:
                    print(f"  {m}")


if __name__ == "__main__":
    main()
