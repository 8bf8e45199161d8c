"""Build the sample inbox and its gold records.

    .venv/bin/python samples/build.py            # build everything
    .venv/bin/python samples/build.py --audit    # also list numbers not cited by any gold figure
    .venv/bin/python samples/build.py -k hue     # only sources whose name contains "hue"

Each ``samples/sources/<name>.py`` holds one report as data (``SAMPLE``) and the hand-written
part of its reference record (``GOLD``). The report is rendered to .docx by
``kit.docx_render`` in the layout the source asks for, then turned into its target format
(.docx, text .pdf, scanned image-only .pdf, text .pdf with scanned pages, .doc, .odt, .rtf) by
LibreOffice / pdftoppm + Pillow + pdfunite.
The gold record is written to ``samples/gold/<file stem>.json`` with the real sha256 and page
count of the generated file and validated against ``storage.record.Record``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from kit import convert, cover, docx_render, legacy, photo  # noqa: E402
from kit.gold import SampleText, audit_numbers, build_gold  # noqa: E402
from kit.markup import parse  # noqa: E402

INBOX, GOLD_DIR, SOURCES = HERE / "inbox", HERE / "gold", HERE / "sources"
# per process: two builds may run at once (e.g. two authors each building their own samples)
WORK = Path(f"/tmp/report_etl_samples_build_{os.getpid()}")
EXT = {"docx": "docx", "pdf": "pdf", "pdf_scanned": "pdf", "doc": "doc", "odt": "odt", "rtf": "rtf"}


def load_sources(pattern: str | None = None) -> list:
    mods = []
    for path in sorted(SOURCES.glob("*.py")):
        if path.name.startswith("_") or (pattern and pattern not in path.stem):
            continue
        spec = importlib.util.spec_from_file_location(f"sample_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--audit", action="store_true")
    ap.add_argument("-k", dest="pattern")
    args = ap.parse_args(argv)
    t0 = time.time()
    from storage.record import Record

    mods = load_sources(args.pattern)
    if WORK.exists():
        shutil.rmtree(WORK)
    (WORK / "docx").mkdir(parents=True)
    INBOX.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    if not args.pattern:  # a full build owns the whole inbox and gold directory
        for p in [*INBOX.iterdir(), *GOLD_DIR.glob("*.json")]:
            p.unlink()

    # 1. the .docx of every sample, from its source
    items, covers = [], []
    for mod in mods:
        s = mod.SAMPLE
        intro, body = parse(s["intro"]), parse(s["body"])
        text = SampleText(s, intro, body)
        appendix = parse(s["appendix"]) if s.get("appendix") else None
        docx = docx_render.render(s, intro, body, WORK / "docx" / f"{s['stem']}.docx", appendix)
        lay = s.get("layout", {})
        if lay.get("encoding") or lay.get("legacy"):   # typed in VNI / TCVN3 fonts (kit/legacy.py)
            heads = {*s["title"], *(b.display for b in body if b.kind == "heading" and b.level == 1)}
            legacy.encode_docx(docx, lay, heads)
        if s.get("cover"):                             # a cover letter before the report (kit/cover.py)
            covers.append(cover.render(s, WORK / "docx" / f"{s['stem']}__cover.docx"))
        items.append((mod, s, text, docx))

    # 2. page counts (and text PDFs) through LibreOffice, all files in one run
    pdfs = convert.soffice([d for *_, d in items] + covers, "pdf", WORK / "pdf")
    pages = {p.stem: convert.pdf_pages(p) for p in pdfs}
    for p in pdfs:
        convert.pin_pdf(p)
    for _, s, _, docx in items:
        docx_render.normalize_zip(docx, pages[s["stem"]])

    # 3. the target formats
    for target in ("doc", "odt", "rtf"):
        convert.soffice([d for _, s, _, d in items if s["format"] == target], target, WORK / target)
    for mod, s, text, docx in items:
        fmt, stem = s["format"], s["stem"]
        out = INBOX / f"{stem}.{EXT[fmt]}"
        lay = s.get("layout", {})
        src_pdf = WORK / "pdf" / f"{stem}.pdf"
        if s.get("cover") and fmt == "pdf_scanned":   # letter and report printed, then photographed/scanned together
            src_pdf = WORK / "pdf" / f"{stem}__joined.pdf"
            convert.unite([WORK / "pdf" / f"{stem}__cover.pdf", WORK / "pdf" / f"{stem}.pdf"], src_pdf)
        if s.get("cover") and fmt != "pdf_scanned":
            assert fmt == "pdf", "a cover letter is sent with a text PDF or a scan"
            convert.unite([WORK / "pdf" / f"{stem}__cover.pdf", WORK / "pdf" / f"{stem}.pdf"], out)
        elif fmt == "docx":
            convert.copy(docx, out)
        elif fmt == "pdf" and s.get("layout", {}).get("scan_pages"):
            lay = s["layout"]
            convert.mixed(WORK / "pdf" / f"{stem}.pdf", out, lay["scan_pages"], dpi=lay.get("scan_dpi", 200),
                          seed=lay.get("scan_seed", 1))
        elif fmt == "pdf":
            convert.copy(WORK / "pdf" / f"{stem}.pdf", out)
        elif fmt == "pdf_scanned" and lay.get("photo"):   # phone photos of the printed pages
            photo.phone_pdf(src_pdf, out, dpi=lay.get("scan_dpi", 170),
                            seed=lay.get("scan_seed", 1), tilts=tuple(lay["photo"]["tilts"]),
                            keystone=lay["photo"].get("keystone", 0.05), quality=lay["photo"].get("quality", 60),
                            stamp=s["signature"][-1] if lay.get("stamp") else None)
        elif fmt == "pdf_scanned" and lay.get("ocr_layer"):   # a scan with the scanner's OCR text layer
            photo.ocr_scan_pdf(WORK / "pdf" / f"{stem}.pdf", out, dpi=lay.get("scan_dpi", 200),
                               seed=lay.get("scan_seed", 1), lang=lay["ocr_layer"],
                               stamp=s["signature"][-1] if lay.get("stamp") else None)
        elif fmt == "pdf_scanned":
            convert.scan(WORK / "pdf" / f"{stem}.pdf", out, dpi=lay.get("scan_dpi", 200),
                         seed=lay.get("scan_seed", 1), skew=lay.get("scan_skew", 0.35), angle=lay.get("scan_angle"),
                         stamp=s["signature"][-1] if lay.get("stamp") else None)
        else:
            convert.copy(WORK / fmt / f"{stem}.{fmt}", out)
            if fmt == "odt":
                convert.pin_zip(out)
            if fmt == "rtf":
                convert.pin_rtf(out)

        # 4. the gold record
        n_pages = pages[stem] + (pages[f"{stem}__cover"] if s.get("cover") else 0)
        document = {"sha256": sha256(out), "file_name": out.name, "format": fmt, "pages": n_pages,
                    **s["document"]}
        gold = build_gold(text, mod.GOLD, document)
        Record.model_validate(gold)
        (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        print(f"{out.name:45s} {fmt:12s} {n_pages} p  {out.stat().st_size // 1024:5d} KB  "
              f"{len(gold['figures']):2d} figures  plan={gold['plan']['status']}")
        if args.audit:
            for line in audit_numbers(text, gold):
                print("    ?", line)
    total = sum(p.stat().st_size for p in INBOX.iterdir())
    print(f"{len(items)} samples, inbox {total / 1e6:.2f} MB, {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
