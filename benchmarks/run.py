"""The speed benchmark (issue 11): everything as ratios measured in one run, on this machine.

    .venv/bin/python benchmarks/run.py --n 63 630 [6300] [--scan-share 0.1] [--real-server] [--peers]

For each N: N distinct reports generated from samples/inbox (docx, text PDF, and a settable
share of scans; each file with its own bytes so dedup does not skip it), then
  - floor: the fastest bare reader on the same files in one warm process (python-docx
    paragraphs; pdfium characters per page), and pdfplumber's extract_text for reference;
  - stages, in process: parse (extractors.extract), NLP (nlp.pipeline.build_record), store
    and orchestration (the rest of the flow);
  - the flow the schedule runs (flows/inbox.py ingest-inbox) in a fresh process, timed warm
    (after a first run on an empty inbox, as a served deployment is), 1 and 2 workers;
    with --real-server also against `prefect server start` on 127.0.0.1;
  - peak RSS of the flow process (and of its parse children) per N.
Once per run: the cold CLI (`report-etl ingest one.docx`) against the same work as a plain
script in a fresh process (goal 1), and OCR against bare `tesseract -l vie` on the same page
images (goal 4). Writes benchmarks/results/DATE.json and DATE.md (earlier results are kept).
The machine is shared: compare ratios from one run, and repeat.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# A loaded shared machine can take longer than the default 20 s to start the ephemeral API.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

SAMPLES = ROOT / "samples" / "inbox"
PY = sys.executable
RESULTS = ROOT / "benchmarks" / "results"


# -- the corpus -------------------------------------------------------------------------------
def sample_kinds() -> dict[str, list[Path]]:
    """The samples by kind: docx, text PDF (every page's text layer kept), scan (a PDF with
    a page the reader OCRs: no usable or no credible Vietnamese text layer)."""
    from extractors.pdf_chars import open_pdf
    from extractors.text_layer import Action, assess_page, chars_text

    kinds: dict[str, list[Path]] = {"docx": [], "pdf": [], "scan": []}
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix == ".docx":
            kinds["docx"].append(p)
        elif p.suffix == ".pdf":
            pdf = open_pdf(p)
            try:
                text = all(sum(1 for c in pg.chars if not c["text"].isspace()) >= 10
                           and assess_page(pg, chars_text(pg.chars), p, n).action() is Action.KEEP
                           for n, pg in enumerate(pdf.pages, 1))
            finally:
                pdf.close()
            kinds["pdf" if text else "scan"].append(p)
    return kinds


def make_corpus(n: int, folder: Path, scan_share: float = 0.0, seed: int = 0) -> list[Path]:
    """N distinct files: docx and text PDFs in the samples' proportion, `scan_share` of scans.
    A docx gets its own zip comment, a PDF a trailing comment line: own sha256, same content
    (so dedup never skips one and each costs what a real submission costs)."""
    kinds = sample_kinds()
    folder.mkdir(parents=True, exist_ok=True)
    n_scan = round(n * scan_share)
    textual = sorted(kinds["docx"] + kinds["pdf"], key=lambda p: p.name.lower())  # formats interleaved
    plan = [textual[i % len(textual)] for i in range(n - n_scan)] + \
           [kinds["scan"][i % len(kinds["scan"])] for i in range(n_scan)]
    made = []
    for i, src in enumerate(plan):
        dst = folder / f"{i:05d}_{src.name}"
        if src.suffix == ".docx":
            shutil.copyfile(src, dst)
            with zipfile.ZipFile(dst, "a") as z:
                z.comment = f"bench {seed} copy {i}".encode()
        else:
            dst.write_bytes(src.read_bytes() + f"\n% bench {seed} copy {i}\n".encode())
        made.append(dst)
    return made


# -- the floor --------------------------------------------------------------------------------
def floor(files: list[Path]) -> dict:
    """Bare readers on the same files, warm (imports done first): seconds per reader."""
    import docx
    import pdfplumber

    from extractors.pdf_chars import open_pdf

    def docx_bare(p):
        return [para.text for para in docx.Document(str(p)).paragraphs]

    def plumber_bare(p):
        with pdfplumber.open(str(p)) as pdf:
            return [pg.extract_text() for pg in pdf.pages]

    def pdfium_bare(p):
        pdf = open_pdf(p)
        try:
            return [pg.chars for pg in pdf.pages]
        finally:
            pdf.close()

    out = {"docx": 0.0, "pdfplumber": 0.0, "pdfium": 0.0, "pdf_pages": 0}
    for p in files:
        if p.suffix == ".docx":
            t = time.perf_counter()
            docx_bare(p)
            out["docx"] += time.perf_counter() - t
        elif p.suffix == ".pdf":
            t = time.perf_counter()
            out["pdf_pages"] += len(plumber_bare(p))
            out["pdfplumber"] += time.perf_counter() - t
            t = time.perf_counter()
            pdfium_bare(p)
            out["pdfium"] += time.perf_counter() - t
    out["fastest"] = out["docx"] + min(out["pdfium"], out["pdfplumber"])
    out["with_pdfplumber"] = out["docx"] + out["pdfplumber"]
    return out


# -- stages, in process -----------------------------------------------------------------------
def stages(files: list[Path]) -> dict:
    """Parse and NLP per file as the flow runs them: each document in its own child of the
    fork server (flows/analysis.py), which times both stages; no database. In one process the
    NLP's per-text caches would carry over between the corpus's repeated samples and flatter
    it. `child` is the rest of the child's round trip (fork, pickled result)."""
    from flows.analysis import analyse_isolated

    analyse_isolated(files[0], "0" * 64)  # the fork server starts once, as in a served worker
    parse = nlp = wall = 0.0
    pages = 0
    ocr_files = 0
    for p in files:
        t0 = time.perf_counter()
        result = analyse_isolated(p, "0" * 64)
        wall += time.perf_counter() - t0
        parse += result.parse_seconds
        nlp += result.nlp_seconds
        pages += result.record["document"].get("pages") or 0
        ocr_files += bool(result.record["extraction"].get("ocr_used"))
    return {"parse": parse, "nlp": nlp, "child": wall - parse - nlp, "pages": pages, "ocr_files": ocr_files}


# -- the flow, in a fresh process -------------------------------------------------------------
def child_flow(inbox: str, workers: int, work: str) -> None:
    """(child) ingest-inbox once on an empty inbox (start-up, as a served deployment has
    done before its first scheduled run), then on `inbox`, timed; prints JSON."""
    from flows.inbox import ingest_inbox, task_runner
    from flows.pipeline import Workspace

    work_dir = Path(work)
    ws = Workspace(db_url=os.environ.get("BENCH_DB") or f"sqlite:///{work_dir / 'flow.sqlite'}", root=work_dir / "data")
    empty = work_dir / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    flow = ingest_inbox.with_options(task_runner=task_runner(workers))
    t = time.perf_counter()
    flow(str(empty), stable_seconds=0, db_url=ws.db_url, root=str(ws.root))
    warmup = time.perf_counter() - t
    t = time.perf_counter()
    outcomes = flow(inbox, stable_seconds=0, db_url=ws.db_url, root=str(ws.root))
    seconds = time.perf_counter() - t
    from extractors import isolation

    print("BENCH " + json.dumps({
        "seconds": seconds, "warmup": warmup, "docs": len(outcomes),
        "processed": sum(o["status"] == "processed" for o in outcomes),
        "failed": [o["file_name"] + ": " + str(o["error"]) for o in outcomes if o["status"] == "failed"],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "parse_child_peak_rss_mb": getattr(isolation, "peak_rss_kb", 0) / 1024}))


def run_flow(files: list[Path], workers: int, work: Path, env: dict | None = None) -> dict:
    inbox = work / f"inbox_w{workers}"
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True)
    for f in files:
        os.link(f, inbox / f.name) if f.stat().st_dev == inbox.stat().st_dev else shutil.copyfile(f, inbox / f.name)
    run_dir = work / f"flow_w{workers}_{int(time.time() * 1000)}"
    run_dir.mkdir()
    proc = subprocess.run([PY, __file__, "--child-flow", str(inbox), str(workers), str(run_dir)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"flow child failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return json.loads(line[6:])


# -- goal 1: the cold CLI ---------------------------------------------------------------------
PLAIN_SCRIPT = """
import sys
from pathlib import Path
from flows.pipeline import Workspace, ingest_file
ws = Workspace(db_url=sys.argv[2], root=Path(sys.argv[3]))
o = ingest_file(Path(sys.argv[1]), ws)
print(o.status, o.province)
"""


def cold_cli(doc: Path, work: Path, repeats: int = 3) -> dict:
    """`report-etl ingest one.docx` from a cold shell against the same work as a plain script
    in a fresh process; each on a fresh database, alternated, best of `repeats`."""
    cli, plain = [], []
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    for i in range(repeats):
        for kind in ("plain", "cli"):
            d = work / f"cold_{kind}_{i}"
            d.mkdir(parents=True)
            db = f"sqlite:///{d / 'x.sqlite'}"
            cmd = ([PY, "-c", PLAIN_SCRIPT, str(doc), db, str(d / "data")] if kind == "plain" else
                   [str(Path(PY).parent / "report-etl"), "ingest", str(doc), "--db", db])
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                                  env={**env, "REPORT_ETL_DATA": str(d / "data")})
            took = time.perf_counter() - t
            if proc.returncode:
                raise RuntimeError(f"{kind} failed: {proc.stderr[-2000:]}")
            (plain if kind == "plain" else cli).append(took)
    return {"file": doc.name, "cli": min(cli), "plain": min(plain), "ratio": min(cli) / min(plain),
            "cli_all": cli, "plain_all": plain}


# -- goal 4: OCR against bare tesseract -------------------------------------------------------
def ocr_vs_tesseract(scans: list[Path], work: Path) -> dict:
    """Our OCR of scanned PDFs (extract, in process) against bare `tesseract -l vie` on the
    same page images (rendered at the OCR dpi), run one page after another (its own threads)."""
    from extractors import extract
    from extractors.pdf_ocr import render_page
    from extractors.settings import DEFAULT_LIMITS
    import pypdfium2 as pdfium

    images = []
    for s in scans:
        n = len(pdfium.PdfDocument(str(s)))
        for i in range(n):
            img = render_page(s, i, DEFAULT_LIMITS.ocr_dpi)
            out = work / f"ocr_{s.stem}_{i}.png"
            img.save(out)
            images.append(out)
    t = time.perf_counter()
    for img in images:
        subprocess.run(["tesseract", str(img), "-", "-l", "vie"], capture_output=True, check=True)
    bare = time.perf_counter() - t
    t = time.perf_counter()
    for s in scans:
        extract(s)
    ours = time.perf_counter() - t
    return {"files": [s.name for s in scans], "pages": len(images), "bare_tesseract": bare, "ours": ours,
            "ratio": ours / bare}


# -- a real Prefect server --------------------------------------------------------------------
def start_server(work: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home = work / "prefect_home"
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    log = open(work / "prefect_server.log", "w")
    proc = subprocess.Popen([str(Path(PY).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/api"
    import urllib.request

    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=2)
            return proc, url
        except Exception:
            time.sleep(1)
    proc.terminate()
    raise RuntimeError("the Prefect server did not come up")


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its descendants (/proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                f = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(d.name)] = (int(f[1]), (int(f[11]) + int(f[12])) / tick)  # ppid, utime+stime
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, (ppid, _) in stats.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(stats[p][1] for p in tree if p in stats)


# -- the report -------------------------------------------------------------------------------
def per_n(n: int, args, work: Path, server_url: str | None, server_pid: int | None = None) -> dict:
    files = make_corpus(n, work / f"corpus_{n}", args.scan_share, seed=n)
    textual = [f for f in files if "scan" not in f.name.lower() and "anh-chup" not in f.name.lower()]
    out: dict = {"n": n, "scan_share": args.scan_share}
    if n <= args.stage_limit:
        out["floor"] = floor(files)
        out["stages"] = stages(files)
    # Above the stage limit only the 2-worker flow runs (peak RSS against N is what it is for).
    for w in (args.workers if n <= args.stage_limit else [max(args.workers)]):
        out[f"flow_w{w}"] = run_flow(files, w, work / f"n{n}")
    if server_url and n <= args.stage_limit:
        cpu0 = tree_cpu_seconds(server_pid) if server_pid else 0.0
        out["flow_server_w1"] = run_flow(files, 1, work / f"n{n}_srv", env={"PREFECT_API_URL": server_url})
        if server_pid:   # what the server itself spent meanwhile, on the same two cores
            out["flow_server_w1"]["server_cpu_s"] = tree_cpu_seconds(server_pid) - cpu0
    out["textual_files"] = len(textual)
    return out


def table(result: dict) -> str:
    rows = ["| N | scans | docs/min (1 worker) | docs/min (2) | pages/s | floor s (fastest / pdfplumber) | "
            "parse s | NLP s | child + store + orchestration s | flow s (1) | flow / floor | real server / ephemeral | "
            "peak RSS MB (flow / parse child) |", "|" + " --- |" * 13]
    for r in result["runs"]:
        n = r["n"]
        f1, f2 = r.get("flow_w1"), r.get("flow_w2")
        if f1 is None and f2 is not None:   # a large N: only the 2-worker flow ran
            rows.append(f"| {n} | {r['scan_share']:.0%} | — | {60 * f2['docs'] / f2['seconds']:.0f} | — | — | — | — | — | "
                        f"— | — | — | {f2['peak_rss_mb']:.0f} / {f2['parse_child_peak_rss_mb']:.0f} |")
            continue
        fl, st = r.get("floor"), r.get("stages")
        dpm = lambda f: f"{60 * f['docs'] / f['seconds']:.0f}" if f else "—"  # noqa: E731
        pages = st["pages"] if st else None
        rest = f"{f1['seconds'] - st['parse'] - st['nlp']:.1f}" if (f1 and st) else "—"
        srv = r.get("flow_server_w1")
        rows.append("| " + " | ".join([
            str(n), f"{r['scan_share']:.0%}", dpm(f1), dpm(f2),
            f"{pages / f1['seconds']:.1f}" if (pages and f1) else "—",
            f"{fl['fastest']:.1f} / {fl['with_pdfplumber']:.1f}" if fl else "—",
            f"{st['parse']:.1f}" if st else "—", f"{st['nlp']:.1f}" if st else "—", rest,
            f"{f1['seconds']:.1f}" if f1 else "—",
            f"{f1['seconds'] / fl['fastest']:.1f}x (2 workers {f2['seconds'] / fl['fastest']:.1f}x)" if (fl and f1 and f2) else "—",
            f"{srv['seconds'] / f1['seconds']:.2f}" if (srv and f1) else "—",
            f"{f1['peak_rss_mb']:.0f} / {f1['parse_child_peak_rss_mb']:.0f}" if f1 else "—"]) + " |")
    out = "\n".join(rows)
    if "pdf_reader" in result:
        p = result["pdf_reader"]
        out += (f"\n\nText layer ({p['pages']} pages of {p['files']} text PDFs): pdfplumber extract_text "
                f"{p['pdfplumber']:.2f} s, pdfium reader (chars, boxes, fonts) {p['pdfium']:.2f} s: "
                f"**{p['ratio']:.1f}x** faster.")
    if "cold_cli" in result:
        c = result["cold_cli"]
        out += (f"\n\nCold `report-etl ingest {c['file']}`: {c['cli']:.2f} s against {c['plain']:.2f} s for the "
                f"same work as a plain script in a fresh process: **{c['ratio']:.2f}x** (best of "
                f"{len(c['cli_all'])}).")
    if isinstance(result.get("peers"), dict) and "ours" in result["peers"]:
        out += "\n\n| reader | s per docx | s per PDF page | cold start s | gold headings found | extra headings |\n" \
               "| --- | --- | --- | --- | --- | --- |"
        for name, r in result["peers"].items():
            if isinstance(r, dict) and "docx_s_median" in r:
                out += (f"\n| {name} {r.get('version') or ''} | {r['docx_s_median']:.3f} | {r['pdf_page_s_median']:.3f} | "
                        f"{r['cold_s']:.1f} | {r['headings_found']}/{r['headings_gold']} | {r['extra_headings']} |")
    if "ocr" in result:
        o = result["ocr"]
        out += (f"\n\nOCR ({o['pages']} page images): ours {o['ours']:.1f} s, bare `tesseract -l vie` "
                f"{o['bare_tesseract']:.1f} s: **{o['ratio']:.2f}x**.")
    return out


def pdf_reader_ratio(repeats: int = 3) -> dict:
    """Goal 3: pdfium characters vs pdfplumber extract_text on the sample text PDFs, best of N."""
    import pdfplumber

    from extractors.pdf_chars import open_pdf

    pdfs = sample_kinds()["pdf"]
    best_p = best_m = float("inf")
    pages = 0
    for _ in range(repeats):
        t = time.perf_counter()
        pages = 0
        for p in pdfs:
            with pdfplumber.open(str(p)) as pdf:
                for pg in pdf.pages:
                    pg.extract_text()
                    pages += 1
        best_p = min(best_p, time.perf_counter() - t)
        t = time.perf_counter()
        for p in pdfs:
            pdf = open_pdf(p)
            for pg in pdf.pages:
                pg.chars
                pg.images
                pg.may_have_ruled_table()
            pdf.close()
        best_m = min(best_m, time.perf_counter() - t)
    return {"files": len(pdfs), "pages": pages, "pdfplumber": best_p, "pdfium": best_m, "ratio": best_p / best_m}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[63])
    ap.add_argument("--scan-share", type=float, default=0.0)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stage-limit", type=int, default=100, help="floor and stages only for N up to this")
    ap.add_argument("--real-server", action="store_true", help="also run the flow against `prefect server start`")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold CLI measurement")
    ap.add_argument("--ocr", type=int, default=0, help="OCR against bare tesseract on this many scans")
    ap.add_argument("--ocr-files", nargs="*", default=[], help="only scans whose name contains one of these")
    ap.add_argument("--peers", action="store_true", help="Docling and Unstructured (benchmarks/peers/)")
    ap.add_argument("--child-flow", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_flow:
        child_flow(args.child_flow[0], int(args.child_flow[1]), args.child_flow[2])
        return
    work = Path(tempfile.mkdtemp(prefix="report-etl-bench-"))
    result: dict = {"date": datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count(),
                    "load_avg_start": os.getloadavg(), "args": {k: v for k, v in vars(args).items() if k != "child_flow"},
                    "runs": []}
    server = None
    try:
        result["pdf_reader"] = pdf_reader_ratio()
        print(json.dumps(result["pdf_reader"]), flush=True)
        if not args.no_cold:
            result["cold_cli"] = cold_cli(sample_kinds()["docx"][0], work)
            print(json.dumps(result["cold_cli"]), flush=True)
        url = None
        if args.real_server:
            server, url = start_server(work)
        for n in args.n:
            r = per_n(n, args, work, url, server.pid if server else None)
            result["runs"].append(r)
            print(json.dumps(r), flush=True)
        if args.ocr:
            scans = [p for p in sample_kinds()["scan"] if not args.ocr_files or any(k in p.name for k in args.ocr_files)]
            result["ocr"] = ocr_vs_tesseract(scans[: args.ocr], work)
            print(json.dumps(result["ocr"]), flush=True)
        if args.peers:
            from benchmarks.peers import run_peers  # their own venv; see benchmarks/peers/setup.sh

            result["peers"] = run_peers(work)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        result["load_avg_end"] = os.getloadavg()
        RESULTS.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M")
        (RESULTS / f"{stamp}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
        md = table(result)
        (RESULTS / f"{stamp}.md").write_text(md + "\n", encoding="utf-8")
        print(md)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
