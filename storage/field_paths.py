"""Field paths into a record ("figures[3].value", "key_messages.items[0].text", "plan.status"):
parse, read, write. Reviewers' corrections are addressed this way."""

from __future__ import annotations

import copy
import re
from typing import Any

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_PATH = re.compile(rf"{_NAME}(?:\[\d+\])*(?:\.{_NAME}(?:\[\d+\])*)*")
_TOKEN = re.compile(rf"({_NAME})|\[(\d+)\]")


class FieldPathError(ValueError):
    pass


def parse(path: str) -> list[str | int]:
    """'figures[3].value' -> ['figures', 3, 'value']."""
    if not _PATH.fullmatch(path or ""):
        raise FieldPathError(f"cannot read field path {path!r}: write it like figures[3].value or plan.status")
    return [int(index) if index else name for name, index in _TOKEN.findall(path)]


_MISSING = object()


def get(record: dict, path: str, default: Any = _MISSING) -> Any:
    node: Any = record
    for token in parse(path):
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            if default is _MISSING:
                raise FieldPathError(f"no field {path!r} in this record") from None
            return default
    return node


def exists(record: dict, path: str) -> bool:
    return get(record, path, default=_MISSING_SENTINEL) is not _MISSING_SENTINEL


_MISSING_SENTINEL = object()


def set_value(record: dict, path: str, value: Any) -> dict:
    """A copy of `record` with `path` set to `value`. The parent must exist; a list index may be
    one past the end (appending an item a reviewer adds)."""
    result = copy.deepcopy(record)
    tokens = parse(path)
    node: Any = result
    for token in tokens[:-1]:
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            raise FieldPathError(f"no field {path!r} in this record") from None
    last = tokens[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last > len(node):
            raise FieldPathError(f"no field {path!r} in this record")
        if last == len(node):
            node.append(value)
        else:
            node[last] = value
    else:
        if not isinstance(node, dict):
            raise FieldPathError(f"no field {path!r} in this record")
        node[last] = value
    return result


# What identifies a list item across extraction runs: a correction made to figures[3] must
# follow that figure when reprocessing reorders the list, not whatever lands at index 3.
IDENTITY_KEYS = {
    "figures": ("metric", "period", "label"),
    "channels": ("channel", "mention"),
    "sections": ("section",),
    "plan.references": ("number",),
}
_TEXT_KEYS = ("text",)


def _list_prefix(tokens: list[str | int]) -> int | None:
    """Position of the first list index in the tokens, if any."""
    return next((i for i, t in enumerate(tokens) if isinstance(t, int)), None)


def _identity(prefix: str, item) -> dict:
    if not isinstance(item, dict):
        return {"value": item}
    keys = IDENTITY_KEYS.get(prefix, _TEXT_KEYS)
    return {k: item.get(k) for k in keys}


def anchor(record: dict, path: str) -> dict | None:
    """The identity of the list item `path` points into (None: no list item, or a new one)."""
    tokens = parse(path)
    at = _list_prefix(tokens)
    if at is None:
        return None
    prefix = ".".join(str(t) for t in tokens[:at])
    items = get(record, prefix, default=None)
    index = tokens[at]
    if not isinstance(items, list) or index >= len(items):
        return None
    return {"list": prefix, "identity": _identity(prefix, items[index])}


def relocate(record: dict, path: str, anchor_: dict | None) -> str | None:
    """The path that addresses the anchored item in `record` (which may be a newer extraction
    with the list reordered); None when the item is gone."""
    if not anchor_:
        return path
    tokens = parse(path)
    at = _list_prefix(tokens)
    items = get(record, anchor_["list"], default=None)
    if at is None or not isinstance(items, list):
        return None
    index = tokens[at]
    wanted = anchor_["identity"]
    if index < len(items) and _identity(anchor_["list"], items[index]) == wanted:
        return path
    for i, item in enumerate(items):
        if _identity(anchor_["list"], item) == wanted:
            rest = "".join(f"[{t}]" if isinstance(t, int) else f".{t}" for t in tokens[at + 1:])
            return f"{anchor_['list']}[{i}]{rest}"
    return None


def delete(record: dict, path: str) -> dict:
    """A copy of `record` without the list item `path` names ("figures[3]")."""
    tokens = parse(path)
    if not isinstance(tokens[-1], int):
        raise FieldPathError(f"{path!r} is not a list item: only list items can be deleted")
    result = copy.deepcopy(record)
    items = get(result, path.rsplit("[", 1)[0], default=None)
    if not isinstance(items, list) or tokens[-1] >= len(items):
        raise FieldPathError(f"no field {path!r} in this record")
    del items[tokens[-1]]
    return result
