import json

import jsonschema

from storage.record import SCHEMA_PATH, Record, json_schema
from tests.records import make_record


def test_committed_schema_is_generated_from_the_models():
    # If this fails: python -c "import storage.record as r; r.write_schema()" and commit.
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema()


def test_a_record_validates_and_a_broken_one_does_not():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    record = make_record()
    jsonschema.validate(record, schema)
    Record.model_validate(record)
    broken = make_record(plan={"status": "done", "references": []})
    try:
        jsonschema.validate(broken, schema)
    except jsonschema.ValidationError as err:
        assert "done" in str(err)
    else:
        raise AssertionError("an unknown plan status must not validate")


def test_the_contract_fields_are_all_there():
    """RECORD.md v1 names these keys; we may add, never drop or rename."""
    record = make_record()
    assert set(record) >= {"schema_version", "document", "plan", "factors", "key_messages", "channels", "figures",
                           "assessment", "recommendations", "sections", "extraction", "review"}
    assert set(record["document"]) >= {"sha256", "file_name", "format", "pages", "province", "issuer", "number",
                                       "date", "title", "signer"}
    assert set(record["figures"][0]) >= {"metric", "label", "value", "unit", "unit_text", "period", "baseline",
                                         "change", "approximate", "evidence"}
    # the contract's four evidence keys, plus the page box added for the review page
    assert set(record["figures"][0]["evidence"]) == {"text", "section", "page", "block", "bbox"}
    assert set(record["assessment"]) == {"strengths", "difficulties", "causes_objective", "causes_subjective",
                                         "lessons"}
