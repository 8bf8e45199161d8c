"""Peers of the speed benchmark (issue 11): Docling and Unstructured against our reader.

    from benchmarks.peers import run_peers
    result = run_peers(work)            # docx and text-PDF samples of samples/inbox

Each peer runs in its own venv (benchmarks/peers/.venv, made by setup.sh) through
peer_worker.py in a subprocess; our reader (extractors.extract + nlp.pipeline.build_record) is
timed on the same files in this process, warm, and once in a fresh process for its cold start.
Per reader: median seconds per docx, median seconds per PDF page (pages counted by pdfium, the
same divisor for every reader), cold start (imports + first file), and the gold outline
headings it found (headings.py). Ratios are peer / ours, from the same run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .headings import HeadingScore, gold_headings, score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLES = ROOT / "samples" / "inbox"
GOLD = ROOT / "samples" / "gold"
PEER_PYTHON = HERE / ".venv" / "bin" / "python"
WORKER = HERE / "peer_worker.py"
PEERS = ("docling", "unstructured")
WORKER_TIMEOUT_S = 3600
MIN_PAGE_CHARS = 10  # fewer non-space characters on a page: a scan (the peers run without OCR)
# Nothing may be fetched at run time; peer_worker.py sets these too (and refuses connections).
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
               "DO_NOT_TRACK": "1", "SCARF_NO_ANALYTICS": "true", "UNSTRUCTURED_DISABLE_NOTICE": "1"}


@dataclass
class Summary:
    docx_s_median: float | None
    pdf_page_s_median: float | None
    cold_s: float | None
    files: int                 # files read without error
    headings_found: int        # gold headings matched
    headings_gold: int
    recall: float | None
    extra_headings: int        # found headings matching no gold heading
    version: str
    errors: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    by_file: dict = field(default_factory=dict)


# -- the files ----------------------------------------------------------------------------
def pdf_pages(path: Path) -> tuple[int, bool]:
    """(pages, is a text PDF). A scan has a page with < 10 non-space characters, or a page
    whose text layer our reader rejects and OCRs (HungYen's and PhuTho's garbled layers): the
    peers would read garbage there in ms while we OCR for seconds. benchmarks/run.py's
    sample_kinds draws the same line."""
    from extractors.pdf_chars import open_pdf
    from extractors.text_layer import Action, assess_page, chars_text

    pdf = open_pdf(path)
    try:
        text = all(sum(not c["text"].isspace() for c in page.chars) >= MIN_PAGE_CHARS
                   and assess_page(page, chars_text(page.chars), path, n).action() is Action.KEEP
                   for n, page in enumerate(pdf.pages, 1))
        return len(pdf.pages), text
    finally:
        pdf.close()


def default_files() -> list[Path]:
    """The docx and text-PDF samples of samples/inbox (no scans, no .doc/.odt/.rtf)."""
    return [p for p in sorted(SAMPLES.iterdir())
            if p.suffix == ".docx" or (p.suffix == ".pdf" and pdf_pages(p)[1])]


# -- running the readers ------------------------------------------------------------------
def run_worker(python: Path, peer: str, files: list[Path], cwd: Path) -> dict:
    """peer_worker.py in a fresh process; its JSON line, or {"error": ...}."""
    cmd = [str(python), str(WORKER), peer, *map(str, files)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=WORKER_TIMEOUT_S,
                              env={**os.environ, **OFFLINE_ENV})
    except subprocess.TimeoutExpired:
        return {"error": f"{peer}: no answer in {WORKER_TIMEOUT_S} s"}
    (cwd / f"{peer}.stderr.txt").write_text(proc.stderr, encoding="utf-8")  # tracebacks, warnings
    line = next((l for l in reversed(proc.stdout.splitlines()) if l.startswith("{")), None)
    if proc.returncode or line is None:
        return {"error": f"{peer}: exit {proc.returncode}: {proc.stderr[-1500:]}"}
    return json.loads(line)


def run_ours(files: list[Path], cwd: Path) -> dict:
    """Our reader warm in this process; its cold start from a fresh process on the first file."""
    from . import peer_worker

    warm = peer_worker.run("ours", files)
    cold = run_worker(Path(sys.executable), "ours", files[:1], cwd)
    warm["cold_s"] = cold.get("cold_s")
    warm["cold_error"] = cold.get("error") or cold.get("cold_error")
    warm["version"] = f"{warm['version']} ({git_head()})"
    return warm


def git_head() -> str:
    proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    return proc.stdout.strip() or "unknown commit"


# -- summing up ---------------------------------------------------------------------------
def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summarise(raw: dict, page_counts: dict[Path, int], gold: dict[Path, list[str] | None]) -> Summary:
    if "files" not in raw:
        return Summary(None, None, None, 0, 0, 0, None, 0, "", [raw.get("error", "no result")])
    errors = [f"cold: {raw['cold_error']}"] if raw.get("cold_error") else []
    errors += [f"network access attempted: {n}" for n in raw.get("network", [])]
    docx_s, page_s, total, by_file = [], [], HeadingScore(0, 0, 0), {}
    for r in raw["files"]:
        path = Path(r["file"])
        if r["error"]:
            errors.append(f"{path.name}: {r['error']}")
            continue
        if path.suffix.lower() == ".pdf":
            page_s.append(r["seconds"] / page_counts[path])
        else:
            docx_s.append(r["seconds"])
        entry = {"seconds": round(r["seconds"], 4), "headings": len(r["headings"])}
        if gold.get(path) is not None:
            s = score(r["headings"], gold[path])
            total += s
            entry.update(asdict(s))
        by_file[path.name] = entry
    return Summary(
        docx_s_median=median(docx_s), pdf_page_s_median=median(page_s), cold_s=raw.get("cold_s"),
        files=len(by_file), headings_found=total.found, headings_gold=total.gold,
        recall=total.found / total.gold if total.gold else None, extra_headings=total.extra,
        version=raw.get("version", ""), errors=errors, options=raw.get("options", {}), by_file=by_file)


def ratios(summaries: dict[str, Summary]) -> dict[str, float | None]:
    """peer / ours per measure: above 1, the peer is slower."""
    ours = summaries["ours"]
    out = {}
    for peer in PEERS:
        for key, attr in (("docx", "docx_s_median"), ("pdf_page", "pdf_page_s_median"), ("cold", "cold_s")):
            theirs, mine = getattr(summaries[peer], attr), getattr(ours, attr)
            out[f"{peer}_{key}"] = theirs / mine if theirs is not None and mine else None
    return out


def run_peers(work: Path, files: list[Path] | None = None) -> dict:
    if not PEER_PYTHON.exists():
        return {"skipped": "run benchmarks/peers/setup.sh first"}
    files = [Path(f).resolve() for f in (files or default_files())]
    page_counts = {f: pdf_pages(f)[0] for f in files if f.suffix.lower() == ".pdf"}
    gold = {f: gold_headings(GOLD, f) for f in files}
    cwd = Path(work) / "peers"
    cwd.mkdir(parents=True, exist_ok=True)
    summaries = {peer: summarise(run_worker(PEER_PYTHON, peer, files, cwd), page_counts, gold) for peer in PEERS}
    summaries["ours"] = summarise(run_ours(files, cwd), page_counts, gold)
    result: dict = {name: asdict(s) for name, s in summaries.items()}
    result["ratios"] = ratios(summaries)
    result["corpus"] = {"docx": len(files) - len(page_counts), "pdf": len(page_counts),
                        "pdf_pages": sum(page_counts.values())}
    return result
