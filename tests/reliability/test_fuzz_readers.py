"""1. Fuzzing the readers: structure-aware mutations of the samples (mutations.py), each read
through the pipeline's own path (parse, NLP and record validation in the killable child), as
many at once as the inbox flow has workers. Every input must end as a valid record or an
ExtractionError with a known code; nothing else may escape, nothing may hang past the limit.
Prints inputs/s, the codes seen, the slowest input and the per-document cost of the child."""

from __future__ import annotations

import collections
import os
import threading
from concurrent.futures import ThreadPoolExecutor
import random
import time
from pathlib import Path

import pytest

from extractors.errors import ExtractionError
from extractors import isolation
from extractors.isolation import extract_isolated
from extractors.settings import Limits
from flows.analysis import analyse, analyse_isolated
from tests.reliability.conftest import FULL, SAMPLES, report, scale
from tests.reliability.mutations import mutate

pytestmark = pytest.mark.slow

KNOWN_CODES = {"corrupt", "encrypted", "empty", "zip_bomb", "too_large", "too_many_pages", "unsupported_format",
               "conversion_failed", "conversion_timeout", "incomplete", "ocr_failed", "parse_timeout",
               "parse_crashed"}
# Seeds: every reader's structure. Text PDFs and .docx dominate (their readers are ours);
# .odt/.rtf go through LibreOffice (seconds each), so they get a small share.
SEEDS = {
    ".docx": ["BacGiang_BC412-UBND_quangba_2024.docx", "BenTre_BC-UBND_quangba_3836_vni.docx",
              "HCM_BC3712_quang-ba-hinh-anh.docx", "CanTho_BC_225_UBND.docx", "QuangNinh_BC245-UBND_TTDN.docx"],
    ".pdf": ["BacNinh_BC-UBND_3836_final.pdf", "DaNang_BC_298_TTTT-quangba.pdf", "HaTinh_356_BC-UBND_TTDN.pdf",
             "LongAn_BC318_UBND_quangba_hinhanh.pdf"],
    ".rtf": ["HaiPhong_214-BC-UBND_TTDN.rtf"],
    ".odt": ["HoaBinh_BC187_UBND.odt"],
}
WEIGHTS = {".docx": 0.55, ".pdf": 0.40, ".rtf": 0.03, ".odt": 0.02}
SEED = int(os.environ.get("RELIABILITY_SEED", "20261206"))


def _inputs(n: int):
    rng = random.Random(SEED)
    originals = {s: [(SAMPLES / name).read_bytes() for name in names] for s, names in SEEDS.items()}
    suffixes, weights = zip(*WEIGHTS.items())
    for i in range(n):
        suffix = rng.choices(suffixes, weights)[0]
        data, what = mutate(rng, rng.choice(originals[suffix]), suffix)
        yield i, suffix, data, what


def test_mutated_samples_end_as_a_record_or_a_clear_error(tmp_path, monkeypatch):
    n = scale(500, 10_000)
    timeout = float(os.environ.get("REPORT_ETL_PARSE_TIMEOUT") or 20)
    # A text PDF that lost its text layer is OCR'd: at 100 dpi, the same path, a third the time.
    limits = Limits(ocr_dpi=100)
    monkeypatch.setenv("REPORT_ETL_PARSE_TIMEOUT", str(timeout))
    codes: collections.Counter[str] = collections.Counter()
    escaped: list[str] = []
    slowest = [0.0, ""]
    lock = threading.Lock()

    def one(item) -> None:
        i, suffix, data, what = item
        path = tmp_path / f"fuzz_{i:05d}{suffix}"
        path.write_bytes(data)
        t0 = time.perf_counter()
        try:
            analyse_isolated(path, "0" * 64, limits)
            code = "record"
        except ExtractionError as err:
            code = err.code
        except Exception as err:  # noqa: BLE001 - this is what the test hunts for
            code = "ESCAPED"
            with lock:
                escaped.append(f"#{i} {what}: {type(err).__name__}: {str(err)[:300]}")
        seconds = time.perf_counter() - t0
        path.unlink()
        with lock:
            codes[code] += 1
            if code not in KNOWN_CODES | {"record", "ESCAPED"}:
                escaped.append(f"#{i} {what}: unknown code {code}")
            if seconds > slowest[0]:
                slowest[:] = [seconds, f"#{i} {what}"]
        assert seconds < timeout + 60, f"#{i} {what} took {seconds:.0f} s: the limit did not hold"

    started = time.perf_counter()
    workers = int(os.environ.get("REPORT_ETL_WORKERS") or os.cpu_count() or 1)
    slots = threading.BoundedSemaphore(workers * 2)  # inputs are made as they are taken, not all at once
    with ThreadPoolExecutor(workers) as pool:
        futures = []
        for item in _inputs(n):
            slots.acquire()
            future = pool.submit(one, item)
            future.add_done_callback(lambda _: slots.release())
            futures.append(future)
        for future in futures:
            future.result()  # a broken limit (the assert in one) fails the test here
    elapsed = time.perf_counter() - started
    report("fuzz", inputs=n, workers=workers, seconds=round(elapsed, 1), inputs_per_s=round(n / elapsed, 2),
           codes=dict(codes.most_common()), slowest=f"{slowest[0]:.1f}s {slowest[1]}",
           peak_parse_rss_mb=round(isolation.peak_rss_kb / 1024), escaped=len(escaped), seed=SEED)
    assert not escaped, "\n".join(escaped[:30])


def test_the_killable_parse_costs_little_per_document(monkeypatch):
    """The fast path: what the child adds to a document's work (fork, pickled result: its round
    trip less the parse and NLP seconds it reports), and the same result as in-process. (Timing
    the in-process call beside it would flatter it: its per-text caches carry over between
    rounds, a child's never do.)"""
    monkeypatch.setenv("REPORT_ETL_PARSE_TIMEOUT", "300")
    files = [SAMPLES / name for name in SEEDS[".docx"] + SEEDS[".pdf"][:2]]
    analyse_isolated(files[0], "0" * 64)  # the fork server starts once per process
    rounds = 5 if FULL else 2  # not RELIABILITY_N: that sets the fuzz count
    work = isolated = 0.0
    for _ in range(rounds):
        for f in files:
            t0 = time.perf_counter()
            b = analyse_isolated(f, "0" * 64)
            isolated += time.perf_counter() - t0
            work += b.parse_seconds + b.nlp_seconds
            a = analyse(f, "0" * 64)
            assert a.blocks == b.blocks
            for r in (a.record, b.record):
                r["extraction"].pop("extracted_at")
            assert a.record == b.record
    docs = rounds * len(files)
    overhead_ms = (isolated - work) / docs * 1000
    report("parse_isolation", documents=docs, work_ms_per_doc=round(work / docs * 1000),
           isolated_ms_per_doc=round(isolated / docs * 1000), overhead_ms_per_doc=round(overhead_ms))
    # Not a timing assertion on shared machines: only that it is not a new interpreter per file
    # (importing the readers and the NLP alone takes ~1.5 s).
    assert overhead_ms < 1000


def test_a_parse_that_hangs_is_stopped_at_the_limit(tmp_path, monkeypatch):
    """Regression: before the killable parse a hanging reader held its worker forever. A scan
    needs OCR for seconds; with a 1 s limit it must come back as parse_timeout within seconds,
    its OCR processes killed with it."""
    monkeypatch.setenv("REPORT_ETL_PARSE_TIMEOUT", "1")
    scan = SAMPLES / "TTHue_BC-UBND_scan.pdf"
    t0 = time.perf_counter()
    with pytest.raises(ExtractionError) as err:
        analyse_isolated(scan, "0" * 64)
    assert err.value.code == "parse_timeout"
    assert time.perf_counter() - t0 < 30


def test_an_nlp_that_hangs_is_stopped_at_the_limit(tmp_path, monkeypatch):
    """Regression: only the parse ran in the killable child; the NLP ran in the worker with no
    limit. Now the whole document's work does: a document whose NLP never returns (a hook in
    the fork server, nlp_hang.py) comes back as parse_timeout, and the next document is read."""
    from flows.analysis import PRELOAD

    monkeypatch.setenv("REPORT_ETL_PARSE_TIMEOUT", "8")
    sample = SAMPLES / SEEDS[".docx"][0]
    hanging = tmp_path / "hang-nlp.docx"
    hanging.write_bytes(sample.read_bytes())
    hooked = PRELOAD + ("tests.reliability.nlp_hang:install",)
    try:
        t0 = time.perf_counter()
        with pytest.raises(ExtractionError) as err:
            isolation.call_isolated("flows.analysis:analyse", (hanging, "0" * 64, Limits()), name=hanging.name,
                                    preload=hooked)
        assert err.value.code == "parse_timeout"
        assert time.perf_counter() - t0 < 60
        ok = isolation.call_isolated("flows.analysis:analyse", (sample, "0" * 64, Limits()), name=sample.name,
                                     preload=hooked)
        assert ok.record["document"]["province"]
    finally:
        isolation._server.proc.stdin.close()  # the hooked server goes; the next test starts a clean one
        isolation._server = None


def test_a_reader_that_dies_is_parse_crashed(tmp_path, monkeypatch):
    """A C library crashing (segfault, OOM kill) costs the child, not the worker."""
    monkeypatch.setenv("REPORT_ETL_PARSE_TIMEOUT", "60")
    # Below what the child already maps, so any new mapping fails: a scan's page image (tens of
    # MB) cannot be rendered. (A small text PDF can get by on the warm fork server's free heap.)
    monkeypatch.setenv("REPORT_ETL_PARSE_MEMORY_MB", "64")
    with pytest.raises(ExtractionError) as err:
        analyse_isolated(SAMPLES / "TTHue_BC-UBND_scan.pdf", "0" * 64)
    assert err.value.code in ("parse_crashed", "too_large")


@pytest.mark.parametrize("field_offset", [6, 10])  # version needed to extract; compression method
def test_a_zip_header_asking_for_an_unknown_feature_is_corrupt(tmp_path, field_offset):
    """Regression (fuzz seed 8, input #21): zipfile's NotImplementedError ("zip file version
    15.4", an unknown compression method) escaped the readers as an exception."""
    data = bytearray((SAMPLES / SEEDS[".docx"][0]).read_bytes())
    for sig in (b"PK\x01\x02", b"PK\x03\x04"):
        pos = 0
        while (pos := data.find(sig, pos)) >= 0:
            # central directory entries carry "version made by" first: fields sit 2 bytes later
            at = pos + field_offset + (0 if sig == b"PK\x03\x04" else 2) - 2
            data[at:at + 2] = (154 if field_offset == 6 else 77).to_bytes(2, "little")
            pos += 4
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ExtractionError) as err:
        extract_isolated(path, timeout=60)
    assert err.value.code == "corrupt"


def test_an_odt_whose_manifest_does_not_inflate_is_corrupt(tmp_path):
    """Regression (full fuzz run, input #6417: content.xml cut, bytes flipped): zlib.error
    from the manifest read to tell the format escaped the readers as an exception. Here the
    manifest's deflate stream is overwritten with an invalid block type."""
    import zipfile

    source = SAMPLES / SEEDS[".odt"][0]
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo("META-INF/manifest.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_len, extra_len = (int.from_bytes(data[info.header_offset + k:info.header_offset + k + 2], "little")
                           for k in (26, 28))
    start = info.header_offset + 30 + name_len + extra_len
    data[start:start + 8] = b"\xff" * 8  # BTYPE 11: "invalid block type"
    path = tmp_path / "damaged.odt"
    path.write_bytes(bytes(data))
    with pytest.raises(ExtractionError) as err:
        analyse_isolated(path, "0" * 64)
    assert err.value.code == "corrupt" and "decompressing" in err.value.message
