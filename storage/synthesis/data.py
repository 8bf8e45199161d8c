"""The synthesis's data files: the letter (deadline, pilot localities), Vietnamese labels, the
sheet and column names, the theme settings; and the 2024/2025 province maps from
nlp/data/provinces.yaml (one list for the whole project)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from nlp.vocab import load as load_nlp

DATA_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Letter:
    number: str
    date: date
    subject: str
    deadline: date
    deadline_inclusive: bool
    pilot_localities: tuple[str, ...]

    def on_time(self, report_date: date) -> bool:
        return report_date <= self.deadline if self.deadline_inclusive else report_date < self.deadline


@lru_cache(maxsize=1)
def letter() -> Letter:
    d = load("letter")
    return Letter(number=nfc(d["letter"]["number"]), date=date.fromisoformat(str(d["letter"]["date"])),
                  subject=nfc(" ".join(str(d["letter"]["subject"]).split())),
                  deadline=date.fromisoformat(str(d["deadline"])),
                  deadline_inclusive=bool(d.get("deadline_inclusive", True)),
                  pilot_localities=tuple(nfc(p) for p in d["pilot_localities"]))


@lru_cache(maxsize=1)
def provinces_2024() -> tuple[str, ...]:
    """The 63 provinces in the order of the contract's list."""
    return tuple(nfc(p) for p in load_nlp("provinces")["provinces"])


@lru_cache(maxsize=1)
def map_2025() -> dict[str, tuple[str, ...]]:
    """The 34 units of 1 July 2025 -> the 2024 provinces each took in."""
    return {nfc(unit): tuple(nfc(p) for p in members)
            for unit, members in load_nlp("provinces")["merged_2025"].items()}


@lru_cache(maxsize=1)
def province_2025_of() -> dict[str, str]:
    return {p: unit for unit, members in map_2025().items() for p in members}


def label(vocab: str, value) -> str:
    """The Vietnamese label of an id (the id itself when the list has none)."""
    if value is None:
        return ""
    key = str(value).lower() if isinstance(value, bool) else str(value)
    return nfc(str(load("labels").get(vocab, {}).get(key, value)))


def labels(vocab: str) -> dict[str, str]:
    return {str(k): nfc(str(v)) for k, v in load("labels")[vocab].items()}


def sheet_specs() -> dict[str, dict]:
    return load("sheets")["tables"]


def theme_settings() -> dict:
    return load("themes")
