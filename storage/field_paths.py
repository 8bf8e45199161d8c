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
