"""Where the NLP time goes, on the samples: the whole nlp pipeline per 1,000 characters,
per component, against the floor of one underthesea sent_tokenize over the same text, and
the top functions of a profile.

    .venv/bin/python benchmarks/bench_nlp.py [--repeat 3] [--profile]

Parsing is done once up front and not counted. Ratios, not thresholds."""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
from nlp import pipeline  # noqa: E402
from nlp.context import Context  # noqa: E402
from nlp.sentences import split_sentences  # noqa: E402
from storage.record import DocumentInfo  # noqa: E402


def documents():
    for path in sorted((ROOT / "samples" / "inbox").iterdir()):
        yield path.name, extract(path)


def clear_caches() -> None:
    """Every run starts cold: the per-text caches would otherwise make repeats free."""
    import gc
    import functools

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.__module__.startswith("nlp."):
            obj.cache_clear()


def time_components(docs, repeat: int) -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    for _ in range(repeat):
        clear_caches()
        for _, doc in docs:
            ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name=doc.file_name, format=doc.format))
            for component in pipeline.components():
                t0 = time.perf_counter()
                component(ctx)
                spent[component.__module__.split(".")[-1]] += time.perf_counter() - t0
    return {k: v / repeat for k, v in spent.items()}


def time_floor(docs, repeat: int) -> float:
    from underthesea import sent_tokenize

    total = 0.0
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _, doc in docs:
            sent_tokenize("\n".join(b.text for b in doc.body()))
        total += time.perf_counter() - t0
    return total / repeat


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    args = parser.parse_args()
    docs = list(documents())
    chars = sum(len(b.text) for _, d in docs for b in d.body())
    split_sentences("warm up the tokenizer. Một câu.")
    per_component = time_components(docs, args.repeat)
    total = sum(per_component.values())
    floor = time_floor(docs, args.repeat)
    report = {
        "documents": len(docs),
        "characters": chars,
        "nlp_ms_per_1000_chars": round(total / chars * 1000 * 1000, 2),
        "floor_sent_tokenize_ms_per_1000_chars": round(floor / chars * 1000 * 1000, 2),
        "ratio_to_floor": round(total / floor, 2) if floor else None,
        "share_by_component": {k: round(v / total, 3) for k, v in sorted(per_component.items(), key=lambda kv: -kv[1])},
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.profile:
        clear_caches()
        prof = cProfile.Profile()
        prof.enable()
        for _, doc in docs:
            pipeline.build_record(doc, "0" * 64)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())


if __name__ == "__main__":
    main()
