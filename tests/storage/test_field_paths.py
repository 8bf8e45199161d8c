import pytest

from storage import field_paths
from storage.field_paths import FieldPathError


@pytest.mark.parametrize("path, tokens", [
    ("plan.status", ["plan", "status"]),
    ("figures[3].value", ["figures", 3, "value"]),
    ("key_messages.items[0].text", ["key_messages", "items", 0, "text"]),
    ("figures[1].baseline.value", ["figures", 1, "baseline", "value"]),
])
def test_parse(path, tokens):
    assert field_paths.parse(path) == tokens


@pytest.mark.parametrize("bad", ["", "plan.", ".plan", "figures[x]", "figures[0]value", "a..b"])
def test_parse_rejects_malformed(bad):
    with pytest.raises(FieldPathError):
        field_paths.parse(bad)


def test_set_value_copies_and_appends():
    record = {"figures": [{"value": 1}], "plan": {"status": "unknown"}}
    out = field_paths.set_value(record, "figures[1]", {"value": 2})
    out = field_paths.set_value(out, "plan.status", "built")
    assert record == {"figures": [{"value": 1}], "plan": {"status": "unknown"}}
    assert out["figures"][1] == {"value": 2} and out["plan"]["status"] == "built"
    with pytest.raises(FieldPathError):
        field_paths.set_value(record, "figures[5].value", 3)
    with pytest.raises(FieldPathError):
        field_paths.set_value(record, "plan.status.deeper", 3)
