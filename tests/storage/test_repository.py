from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.field_paths import FieldPathError
from storage.models import Base
from storage.repository import NotFound, Repository
from tests.records import make_record


def test_migrations_build_exactly_the_models(sessions):
    engine = sessions.kw["bind"]
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _store(sessions, sha="a" * 64, name="QuangNinh.docx", record=None):
    with sessions.begin() as s:
        repo = Repository(s)
        doc, created = repo.register_file(sha, name, 1234, f"/inbox/{name}")
        repo.record_success(doc, record or make_record(sha=sha, file_name=name), version="0.1.0",
                            parse_seconds=0.1, nlp_seconds=0.2, warnings=[])
        return doc.id, created


def test_same_bytes_under_another_name_is_one_document(sessions):
    _store(sessions)
    with sessions.begin() as s:
        doc, created = Repository(s).register_file("a" * 64, "copy of QuangNinh.docx", 1234, "/inbox/copy.docx")
        assert not created
        assert sorted(f.path for f in doc.files) == ["/inbox/QuangNinh.docx", "/inbox/copy.docx"]
    with sessions.begin() as s:
        assert len(Repository(s).documents()) == 1


def test_new_run_keeps_old_versions_and_moves_the_current_pointer(sessions):
    doc_id, _ = _store(sessions)
    newer = make_record(plan={"status": "in_progress", "references": []})
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        repo.record_success(doc, newer, version="0.2.0", parse_seconds=0.1, nlp_seconds=0.1, warnings=["w"])
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        versions = repo.record_versions(doc)
        assert [v.version_no for v in versions] == [1, 2]
        assert [v.is_current for v in versions] == [False, True]
        assert repo.current_record(doc).record["plan"]["status"] == "in_progress"


def test_failed_reprocess_keeps_the_good_record(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        repo.record_failure(doc, code="corrupt", message="broken zip", version="0.2.0")
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        assert doc.status == "processed"
        assert repo.current_record(doc) is not None


def test_find_by_id_sha_prefix_name_and_path(sessions):
    doc_id, _ = _store(sessions, sha="abcdef" + "0" * 58)
    with sessions.begin() as s:
        repo = Repository(s)
        assert repo.find(str(doc_id)).id == doc_id
        assert repo.find("abcdef0").id == doc_id
        assert repo.find("QuangNinh.docx").id == doc_id
        assert repo.find("/inbox/QuangNinh.docx").id == doc_id
        with pytest.raises(NotFound):
            repo.find("nothing-like-it.pdf")


def test_corrections_apply_revert_and_are_audited(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        c1 = repo.add_correction(doc, "figures[0].value", 1_600_000, author="Lan", comment="typo in report")
        repo.add_correction(doc, "plan.status", "in_progress", author="Minh")
        c1_id = c1.id
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        record = repo.corrected_record(doc).record
        assert record["figures"][0]["value"] == 1_600_000
        assert record["plan"]["status"] == "in_progress"
        assert record["review"]["corrected_fields"] == ["figures[0].value", "plan.status"]
        assert record["review"]["status"] == "in_review"
        repo.revert_correction(c1_id, by="Lan")
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        assert repo.corrected_record(doc).record["figures"][0]["value"] == 1_500_000
        events = [(e.action, e.actor, e.field_path, e.old_value, e.new_value) for e in repo.audit_events(doc)]
        assert events[0] == ("correct", "Lan", "figures[0].value", 1_500_000, 1_600_000)
        assert events[-1][:3] == ("revert", "Lan", "figures[0].value")


def test_correction_to_a_missing_field_is_refused(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        repo = Repository(s)
        with pytest.raises(FieldPathError):
            repo.add_correction(repo.find(str(doc_id)), "figures[7].value", 1, author="Lan")


def test_correction_whose_field_vanished_is_kept_and_flagged(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        repo = Repository(s)
        repo.add_correction(repo.find(str(doc_id)), "figures[0].value", 1_600_000, author="Lan")
    # Reprocessing finds no figures any more: the correction must survive, flagged.
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        repo.record_success(doc, make_record(figures=[]), version="0.2.0", parse_seconds=0, nlp_seconds=0,
                            warnings=[])
    with sessions.begin() as s:
        repo = Repository(s)
        doc = repo.find(str(doc_id))
        applied = repo.corrected_record(doc)
        assert applied.orphaned and applied.orphaned[0].field_path == "figures[0].value"
        assert any("no longer fits" in w for w in applied.record["extraction"]["warnings"])
        assert [c.status for c in repo.corrections(doc)] == ["orphaned"]


def test_correction_follows_its_figure_when_reprocessing_reorders_the_list(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        repo = Repository(s)
        repo.add_correction(repo.find(str(doc_id)), "figures[0].value", 1_600_000, author="Lan")
    reordered = make_record()
    other = dict(reordered["figures"][0], metric="export_value", label="kim ngạch xuất khẩu", value=5e9, unit="USD")
    reordered["figures"] = [other, reordered["figures"][0]]
    with sessions.begin() as s:
        repo = Repository(s)
        repo.record_success(repo.find(str(doc_id)), reordered, version="0.2.0", parse_seconds=0, nlp_seconds=0,
                            warnings=[])
    with sessions.begin() as s:
        repo = Repository(s)
        applied = repo.corrected_record(repo.find(str(doc_id)))
        assert [f["value"] for f in applied.record["figures"]] == [5e9, 1_600_000]
        assert applied.record["review"]["corrected_fields"] == ["figures[1].value"]
        assert not applied.orphaned


def test_supersession_prefers_the_newest_report_unless_one_is_pinned(sessions):
    old_id, _ = _store(sessions, sha="1" * 64, name="QN_v1.docx")
    newer = make_record(sha="2" * 64, file_name="QN_v2.docx")
    newer["document"]["date"] = "2024-10-05"
    new_id, _ = _store(sessions, sha="2" * 64, name="QN_v2.docx", record=newer)
    with sessions.begin() as s:
        repo = Repository(s)
        assert repo.find(str(old_id)).superseded_by_id == new_id
        assert [d.file_name for d, _ in repo.current_records()] == ["QN_v2.docx"]
        repo.pin(repo.find(str(old_id)), by="Lan")
    with sessions.begin() as s:
        repo = Repository(s)
        assert repo.find(str(old_id)).superseded_by_id is None
        assert repo.find(str(new_id)).superseded_by_id == old_id
        assert [d.file_name for d, _ in repo.current_records()] == ["QN_v1.docx"]
        assert len(repo.current_records(include_superseded=True)) == 2


def test_only_one_of_two_workers_wins_a_claim(sessions):
    doc_id, _ = _store(sessions)
    with sessions.begin() as s:
        Repository(s).find(str(doc_id)).status = "pending"
    with sessions.begin() as s:
        first = Repository(s).claim(doc_id)
    with sessions.begin() as s:
        second = Repository(s).claim(doc_id)
    assert first and second is None
