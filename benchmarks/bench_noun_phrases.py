"""What whole noun-phrase labels (nlp/noun_phrases.py) cost: the whole nlp pipeline over the
samples with label widening on and off (best of --repeat cold runs each, interleaved), the time
spent inside it in one cold run (steadier on a shared CPU than the difference), how many
stretches of text underthesea tagged, and how long one tagging takes.

    .venv/bin/python benchmarks/bench_noun_phrases.py [--inbox samples/inbox] [--docs-cache FILE] [--repeat 3]

Documents are parsed once up front (or read from --docs-cache, as bench_matchers.py writes it)."""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_matchers import clear_caches, documents  # noqa: E402
from nlp import noun_phrases  # noqa: E402
from nlp.figures import prose, tables  # noqa: E402
from nlp.pipeline import build_record, components  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    parser.add_argument("--docs-cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = documents(args.inbox, args.docs_cache)
    components()
    from underthesea import pos_tag

    pos_tag("khởi động")  # the model load is not a label's cost
    chars = sum(len(b.text) for _, d in docs.values() for b in d.body())
    inside = [0.0]

    def timed(fn):
        def run(*a):
            t = time.perf_counter()
            try:
                return fn(*a)
            finally:
                inside[0] += time.perf_counter() - t
        return run

    variants = {"on": (timed(noun_phrases.widen), timed(noun_phrases.table_metric)),
                "off": (lambda text, q, found, nxt, prev: found, lambda mm, *rest: mm)}
    best = {name: float("inf") for name in variants}
    tagged: list[str] = []
    # record what is tagged: the cached function, wrapped (the module looks it up by name)
    tag = noun_phrases.tagged.__wrapped__
    noun_phrases.tagged = functools.lru_cache(maxsize=16384)(lambda text: (tagged.append(text), tag(text))[1])
    for _ in range(args.repeat):
        for name, (widen, table_metric) in variants.items():
            prose.widen, tables.table_metric = widen, table_metric
            clear_caches()
            del tagged[:]
            t0 = time.perf_counter()
            for sha, doc in docs.values():
                build_record(doc, sha)
            best[name] = min(best[name], time.perf_counter() - t0)
            noun_phrases.tagged.cache_clear()
    prose.widen, tables.table_metric = variants["on"]
    clear_caches()
    del tagged[:]
    inside[0] = 0.0
    t0 = time.perf_counter()
    for sha, doc in docs.values():
        build_record(doc, sha)
    run_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in tagged:
        tag(text)
    per_tag = (time.perf_counter() - t0) / max(1, len(tagged))
    extra = best["on"] - best["off"]
    print(f"{len(docs)} documents, {chars} characters")
    print(f"nlp with whole noun-phrase labels: {best['on']:.2f} s; without: {best['off']:.2f} s; "
          f"extra {extra / chars * 1e6:.2f} ms per 1,000 characters ({extra / best['on']:.1%})")
    print(f"time inside widen/table_metric in one cold run: {inside[0]:.2f} s of {run_s:.2f} s "
          f"({inside[0] / run_s:.1%}, {inside[0] / chars * 1e6:.2f} ms per 1,000 characters)")
    print(f"stretches tagged: {len(tagged)}, {per_tag * 1000:.1f} ms each "
          f"(mean {sum(map(len, tagged)) / max(1, len(tagged)):.0f} characters)")


if __name__ == "__main__":
    main()
