"""The per-file pipeline on real files: good reports, duplicates and bad input in one batch."""

from __future__ import annotations

import io
import zipfile


from flows.pipeline import ingest_file, list_files
from storage.repository import Repository
from tests.flows.conftest import write_report as _report


def test_a_batch_with_bad_files_goes_on_and_quarantines_them(tmp_path, ws):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = _report(inbox / "QuangNinh.docx")
    (inbox / "empty.docx").write_bytes(b"")
    (inbox / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.7\n garbage with no objects\n%%EOF")
    outcomes = {f.name: ingest_file(f, ws) for f in list_files([inbox])}

    assert outcomes["QuangNinh.docx"].status == "processed"
    for bad in ("empty.docx", "broken.docx", "notes.pdf"):
        o = outcomes[bad]
        assert o.status == "failed" and o.error_code and o.error, bad
        copies = list(ws.quarantine.glob(f"*-{bad}"))
        assert copies, f"{bad} not quarantined"
        reason = copies[0].with_name(copies[0].name + ".error.txt").read_text(encoding="utf-8")
        assert o.error_code in reason
    assert outcomes["empty.docx"].error_code == "empty"
    # the originals stay where they were: ingest reads in place
    assert good.exists() and (inbox / "broken.docx").exists()
    with ws.sessions().begin() as s:
        repo = Repository(s)
        failed = {d.file_name: d for d in repo.documents("failed")}
        assert set(failed) == {"empty.docx", "broken.docx", "notes.pdf"}
        assert all(repo.current_record(d) is None for d in failed.values())  # no partial record


def test_same_bytes_under_another_name_is_not_processed_twice(tmp_path, ws):
    first = _report(tmp_path / "a.docx")
    copy = tmp_path / "copy of a.docx"
    copy.write_bytes(first.read_bytes())
    assert ingest_file(first, ws).status == "processed"
    second = ingest_file(copy, ws)
    assert second.status == "skipped" and second.province == "Quảng Ninh"
    with ws.sessions().begin() as s:
        docs = Repository(s).documents()
        assert len(docs) == 1 and len(docs[0].files) == 2
    assert ws.store.has(second.sha256)


def test_zip_bomb_is_refused_before_inflating(tmp_path, ws):
    bomb = tmp_path / "bomb.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))  # 300 MB of zeros, ~300 KB zipped
    bomb.write_bytes(buf.getvalue())
    outcome = ingest_file(bomb, ws)
    assert outcome.status == "failed" and outcome.error_code == "zip_bomb"
