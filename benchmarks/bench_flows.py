"""Throughput of the inbox flow on N samples-like reports (default 63, one per province), in
one run: documents per minute at 1 and 2 workers (process pool, and thread pool to compare),
and Prefect's overhead per document against calling the same pipeline function directly.

    .venv/bin/python benchmarks/bench_flows.py [--n 63] [--out benchmarks/results/flows.json]

Reports ratios against the direct call measured in the same run; no absolute thresholds."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from flows.inbox import ingest_inbox, task_runner  # noqa: E402
from flows.pipeline import Workspace, ingest_file  # noqa: E402

SAMPLES = ROOT / "samples" / "inbox"


def make_batch(n: int, folder: Path) -> list[Path]:
    """N distinct files cycled from the samples: a .docx/.odt gets a zip comment, a PDF a
    trailing comment line, so each has its own sha256 and is processed for real."""
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".odt", ".pdf"))
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"{i:02d}_{src.name}"
        if src.suffix in (".docx", ".odt"):
            shutil.copyfile(src, dst)
            with zipfile.ZipFile(dst, "a") as z:
                z.comment = f"bench copy {i}".encode()
        else:
            dst.write_bytes(src.read_bytes() + f"\n% bench copy {i}\n".encode())
        made.append(dst)
    return made


def run_direct(files: list[Path], work: Path) -> float:
    ws = Workspace(db_url=f"sqlite:///{work / 'direct.sqlite'}", root=work / "direct")
    started = time.perf_counter()
    for f in files:
        ingest_file(f, ws)
    return time.perf_counter() - started


def run_flow(files: list[Path], work: Path, name: str, runner) -> float:
    inbox = work / f"inbox-{name}"
    inbox.mkdir()
    for f in files:
        shutil.copyfile(f, inbox / f.name)
    ws = Workspace(db_url=f"sqlite:///{work / (name + '.sqlite')}", root=work / name)
    started = time.perf_counter()
    outcomes = ingest_inbox.with_options(task_runner=runner)(str(inbox), stable_seconds=0, db_url=ws.db_url,
                                                             root=str(ws.root))
    elapsed = time.perf_counter() - started
    done = sum(o["status"] == "processed" for o in outcomes)
    assert done == len(files), f"{name}: {done}/{len(files)} processed"
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=63)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "flows.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-flows-") as tmp:
        work = Path(tmp)
        files = make_batch(args.n, work / "batch")
        # Warm-up: imports and the tokenizer's first load are paid once, not by the first config.
        (work / "warm").mkdir()
        run_direct(files[:2], work / "warm")
        results = {"documents": args.n}
        results["direct_seconds"] = run_direct(files, work)
        results["flow_1_worker_seconds"] = run_flow(files, work, "w1", task_runner(1))
        results["flow_2_threads_seconds"] = run_flow(files, work, "t2", task_runner(2, "thread"))
        results["flow_2_processes_seconds"] = run_flow(files, work, "p2", task_runner(2, "process"))
    n = args.n
    per_min = lambda s: round(n / s * 60, 1)
    report = {
        **{k: round(v, 2) if isinstance(v, float) else v for k, v in results.items()},
        "docs_per_minute": {"direct": per_min(results["direct_seconds"]),
                            "flow_1_worker": per_min(results["flow_1_worker_seconds"]),
                            "flow_2_threads": per_min(results["flow_2_threads_seconds"]),
                            "flow_2_processes": per_min(results["flow_2_processes_seconds"])},
        "prefect_overhead_seconds_per_doc": round(
            (results["flow_1_worker_seconds"] - results["direct_seconds"]) / n, 3),
        "speedup_2_processes_vs_1": round(results["flow_1_worker_seconds"] / results["flow_2_processes_seconds"], 2),
        "speedup_2_threads_vs_1": round(results["flow_1_worker_seconds"] / results["flow_2_threads_seconds"], 2),
        "cpus": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
