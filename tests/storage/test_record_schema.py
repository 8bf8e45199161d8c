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
