"""What a reviewer sees and edits of a record: the record grouped as the letter's outline,
each value with its field path, its kind of input and its evidence; and how a typed value is
read and checked before a correction is saved (pure functions, no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from storage import field_paths
from storage.record import Record
from storage.synthesis.data import labels


@dataclass
class Field:
    name: str                 # Vietnamese label shown beside the value
    path: str                 # field path of the correction ("figures[3].value")
    value: Any
    kind: str = "text"        # text | longtext | number | select | multiselect | bool
    options: dict[str, str] = field(default_factory=dict)   # id -> Vietnamese label (select kinds)

    @property
    def shown(self) -> str:
        if self.value is None or self.value == "" or self.value == []:
            return "—"
        if self.kind == "select":
            return self.options.get(str(self.value), str(self.value))
        if self.kind == "multiselect":
            return ", ".join(self.options.get(v, v) for v in self.value)
        if self.kind == "bool":
            return "có" if self.value else "không"
        if self.kind == "number":
            return format_number(self.value)
        return str(self.value)

    @property
    def typed(self) -> str:
        """The value as it goes into an input box."""
        if self.value is None:
            return ""
        if self.kind == "multiselect":
            return ",".join(self.value)
        if self.kind == "number":
            return format_number(self.value)
        if self.kind == "bool":
            return "true" if self.value else "false"
        return str(self.value)


@dataclass
class Item:
    path: str                 # the list item's path ("figures[3]"), or the group's object path
    fields: list[Field]
    evidence: dict | None = None
    deletable: bool = True


@dataclass
class Group:
    key: str
    title: str
    items: list[Item]
    add: str | None = None    # the list a new item is appended to ("figures", "key_messages.items")


def format_number(value: Any) -> str:
    """1500000 -> '1.500.000', 15.2 -> '15,2' (Vietnamese separators)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.6f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


_NUMBER = re.compile(r"[+-]?[\d.,]+")


def parse_number(text: str) -> float:
    """A number as a reviewer types it: '1.500.000', '1500000', '15,2', '1,234.5'.
    Raises ValueError for anything else."""
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    if not t or not _NUMBER.fullmatch(t):
        raise ValueError(text)
    if "," in t and "." in t:  # the later separator is the decimal one
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", ".") if t.count(",") == 1 else t.replace(",", "")
    elif t.count(".") > 1 or re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", t):
        t = t.replace(".", "")  # dots as thousands separators: '1.500' is fifteen hundred
    return float(t)


class FieldError(ValueError):
    """A typed value that cannot be saved; the message is shown beside the field."""


def read_value(kind: str, text: str, options: dict[str, str] | None = None, *, nullable: bool = True) -> Any:
    """The typed text of one input as the value the record holds, or FieldError."""
    text = (text or "").strip()
    if kind == "number":
        if not text:
            if nullable:
                return None
            raise FieldError("Cần nhập một số.")
        try:
            return parse_number(text)
        except ValueError:
            raise FieldError(f"“{text}” không phải là số (ví dụ: 1.500.000 hoặc 15,2).") from None
    if kind == "select":
        if not text and nullable:
            return None
        if text not in (options or {}):
            raise FieldError(f"“{text}” không có trong danh mục.")
        return text
    if kind == "multiselect":
        values = [v.strip() for v in text.split(",") if v.strip()]
        unknown = [v for v in values if v not in (options or {})]
        if unknown:
            raise FieldError(f"Không có trong danh mục: {', '.join(unknown)}.")
        return values
    if kind == "bool":
        return text.lower() in ("true", "1", "có", "on", "yes")
    if not text and not nullable:
        raise FieldError("Không được để trống.")
    return text or None


def check_record(record: dict) -> str | None:
    """None when the record still keeps to the contract, else a short Vietnamese message."""
    try:
        Record.model_validate(record)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"Giá trị không hợp lệ ở {where}: {first['msg']}"
    return None


# -- the outline view ---------------------------------------------------------------------
def _options(vocab: str) -> dict[str, str]:
    return labels(vocab)


SECTION_TITLES = {"1": "1. Thực trạng triển khai", "2": "2. Đánh giá chung", "2.1": "2.1. Ưu điểm",
                  "2.2": "2.2. Khó khăn, nguyên nhân", "2.3": "2.3. Bài học kinh nghiệm",
                  "3": "3. Đề xuất, kiến nghị", "preamble": "Phần mở đầu", "closing": "Phần kết",
                  "appendix": "Phụ lục", "other": "Khác"}
ASSESSMENT_TITLES = {"strengths": "Ưu điểm", "difficulties": "Khó khăn, vướng mắc",
                     "causes_objective": "Nguyên nhân khách quan", "causes_subjective": "Nguyên nhân chủ quan",
                     "lessons": "Bài học kinh nghiệm"}
TEXT_FIELDS = {"text"}  # list items whose text may not be empty


def outline(record: dict) -> list[Group]:
    """The record grouped as the letter's outline, each value editable by its path."""
    doc = record.get("document") or {}
    signer = doc.get("signer") or {}
    groups = [Group("header", "Thông tin văn bản", [Item("document", [
        Field("Tỉnh, thành phố", "document.province", doc.get("province")),
        Field("Cơ quan ban hành", "document.issuer", doc.get("issuer")),
        Field("Số", "document.number", doc.get("number")),
        Field("Ngày (YYYY-MM-DD)", "document.date", doc.get("date")),
        Field("Trích yếu", "document.title", doc.get("title"), "longtext"),
        Field("Người ký", "document.signer.name", signer.get("name")),
        Field("Chức vụ", "document.signer.position", signer.get("position")),
    ], deletable=False)])]

    plan = record.get("plan") or {}
    plan_items = [Item("plan", [Field("Tình trạng Kế hoạch", "plan.status", plan.get("status"), "select",
                                      _options("plan_status"))], plan.get("evidence"), deletable=False)]
    for i, ref in enumerate(plan.get("references") or []):
        plan_items.append(Item(f"plan.references[{i}]", [
            Field("Số Kế hoạch", f"plan.references[{i}].number", ref.get("number")),
            Field("Ngày", f"plan.references[{i}].date", ref.get("date"))]))
    groups.append(Group("plan", "1. Kế hoạch", plan_items, add="plan.references"))

    factors = record.get("factors") or {}
    groups.append(Group("factors", "Yếu tố truyền thông trọng tâm", [
        Item(f"factors.items[{i}]", [Field("Yếu tố", f"factors.items[{i}].text", f.get("text"), "longtext"),
                                     Field("Nhóm", f"factors.items[{i}].group", f.get("group"), "select",
                                           _options("factor_group"))], f.get("evidence"))
        for i, f in enumerate(factors.get("items") or [])], add="factors.items"))

    messages = record.get("key_messages") or {}
    groups.append(Group("key_messages", "Thông điệp chính", [
        Item(f"key_messages.items[{i}]", [Field("Thông điệp", f"key_messages.items[{i}].text", m.get("text"),
                                                "longtext")], m.get("evidence"))
        for i, m in enumerate(messages.get("items") or [])], add="key_messages.items"))

    groups.append(Group("channels", "Kênh truyền thông", [
        Item(f"channels[{i}]", [Field("Kênh", f"channels[{i}].channel", c.get("channel"), "select", _options("channel")),
                                Field("Cách báo cáo nêu", f"channels[{i}].mention", c.get("mention"))], c.get("evidence"))
        for i, c in enumerate(record.get("channels") or [])], add="channels"))

    figure_items = []
    for i, f in enumerate(record.get("figures") or []):
        baseline, change = f.get("baseline") or {}, f.get("change") or {}
        p = f"figures[{i}]"
        figure_items.append(Item(p, [
            Field("Chỉ tiêu", f"{p}.metric", f.get("metric"), "select", _options("metric")),
            Field("Nhãn", f"{p}.label", f.get("label")),
            Field("Giá trị", f"{p}.value", f.get("value"), "number"),
            Field("Đơn vị", f"{p}.unit", f.get("unit"), "select", _options("unit")),
            Field("Kỳ", f"{p}.period", f.get("period")),
            Field("Kỳ so sánh", f"{p}.baseline.period", baseline.get("period")),
            Field("Giá trị kỳ so sánh", f"{p}.baseline.value", baseline.get("value"), "number"),
            Field("Thay đổi (%)", f"{p}.change.percent", change.get("percent"), "number"),
            Field("Gấp (lần)", f"{p}.change.times", change.get("times"), "number"),
            Field("So với kỳ", f"{p}.change.compared_with", change.get("compared_with")),
            Field("Ước tính", f"{p}.approximate", f.get("approximate"), "bool"),
        ], f.get("evidence")))
    groups.append(Group("figures", "Số liệu trước - sau", figure_items, add="figures"))

    assessment = record.get("assessment") or {}
    for key, title in ASSESSMENT_TITLES.items():
        groups.append(Group(f"assessment.{key}", f"2. {title}", [
            Item(f"assessment.{key}[{i}]", [Field(title, f"assessment.{key}[{i}].text", it.get("text"), "longtext")],
                 it.get("evidence"))
            for i, it in enumerate(assessment.get(key) or [])], add=f"assessment.{key}"))

    groups.append(Group("recommendations", "3. Đề xuất, kiến nghị", [
        Item(f"recommendations[{i}]", [
            Field("Kiến nghị", f"recommendations[{i}].text", r.get("text"), "longtext"),
            Field("Gửi tới", f"recommendations[{i}].addressees", r.get("addressees") or [], "multiselect",
                  _options("addressee"))], r.get("evidence"))
        for i, r in enumerate(record.get("recommendations") or [])], add="recommendations"))

    groups.append(Group("sections", "Các phần của báo cáo", [
        Item(f"sections[{i}]", [Field((s.get("heading") or (s.get("text") or "")[:80]) or "—",
                                      f"sections[{i}].section", s.get("section"), "select", SECTION_TITLES)],
             s.get("evidence"), deletable=False)
        for i, s in enumerate(record.get("sections") or [])]))
    return groups


def find_field(record: dict, path: str) -> Field | None:
    """The editable field at `path` (its kind and options), None when the page offers no such field."""
    for group in outline(record):
        for item in group.items:
            for f in item.fields:
                if f.path == path:
                    return f
    return None


# What a new item of each list holds, and which of its inputs the "add" form asks for.
NEW_ITEM_FIELDS = {
    "figures": [("metric", "select", "metric"), ("label", "text", None), ("value", "number", None),
                ("unit", "select", "unit"), ("period", "text", None)],
    "key_messages.items": [("text", "longtext", None)],
    "factors.items": [("text", "longtext", None), ("group", "select", "factor_group")],
    "channels": [("channel", "select", "channel"), ("mention", "text", None)],
    "recommendations": [("text", "longtext", None), ("addressees", "multiselect", "addressee")],
    "plan.references": [("number", "text", None), ("date", "text", None)],
    **{f"assessment.{k}": [("text", "longtext", None)] for k in ASSESSMENT_TITLES},
}
REQUIRED = {"metric", "value", "unit", "text", "channel", "mention", "label"}


def new_item(list_path: str, form: dict[str, str], evidence: dict | None) -> dict:
    """A new list item from the add form's inputs; FieldError names the first bad input."""
    spec = NEW_ITEM_FIELDS.get(list_path)
    if spec is None:
        raise FieldError("Không thể thêm vào danh sách này.")
    item: dict[str, Any] = {}
    for name, kind, vocab in spec:
        try:
            item[name] = read_value(kind, form.get(name, ""), _options(vocab) if vocab else None,
                                    nullable=name not in REQUIRED)
        except FieldError as err:
            raise FieldError(f"{name}: {err}") from None
    if list_path == "figures":
        item.setdefault("approximate", False)
        item["unit_text"] = None
        item["baseline"] = item["change"] = None
    if list_path == "recommendations" and item.get("addressees") is None:
        item["addressees"] = []
    if list_path != "plan.references":
        item["evidence"] = evidence or {"text": "", "section": None, "page": None, "block": None}
    return item


def next_index(record: dict, list_path: str) -> int:
    items = field_paths.get(record, list_path, default=None)
    if items is None:
        raise FieldError("Không có danh sách này trong bản ghi.")
    return len(items)


def correction_for(record: dict, path: str, value: Any) -> tuple[str, Any]:
    """The (path, value) to save: a value under an absent object ("figures[2].change.percent"
    where the figure has no change yet) sets the whole object instead."""
    tokens = field_paths.parse(path)
    parent_path = path.rsplit(".", 1)[0] if isinstance(tokens[-1], str) and len(tokens) > 1 else None
    if parent_path and field_paths.get(record, parent_path, default=None) is None:
        empty = {"figures": {}, "baseline": {"period": None, "value": None},
                 "change": {"direction": None, "percent": None, "times": None, "compared_with": None}}
        obj = dict(empty.get(parent_path.rsplit(".", 1)[-1], {}))
        obj[str(tokens[-1])] = value
        if parent_path.endswith(".change") and tokens[-1] == "percent" and isinstance(value, (int, float)) \
                and not isinstance(value, bool):
            obj["direction"] = "increase" if value > 0 else "decrease" if value < 0 else "unchanged"
        return parent_path, obj
    return path, value
