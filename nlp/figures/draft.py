"""What a sentence or a table row states before it becomes a record Figure (with its evidence)."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.numbers import Quantity
from storage.record import Baseline, Change, Figure


@dataclass
class FigureDraft:
    """A figure before it has its evidence: what one sentence or table row states."""
    metric: str
    label: str
    value: float
    unit: str
    unit_text: str | None = None
    period: str | None = None
    baseline: Baseline | None = None
    change: Change | None = None
    approximate: bool = False
    # where it came from inside the sentence (for tests and debugging)
    span: tuple[int, int] = (0, 0)

    def to_figure(self, evidence) -> Figure:
        return Figure(metric=self.metric, label=self.label, value=self.value, unit=self.unit,
                      unit_text=self.unit_text, period=self.period, baseline=self.baseline,
                      change=self.change, approximate=self.approximate, evidence=evidence)


@dataclass
class SentenceItem:
    """A number in a sentence: a value (becomes a FigureDraft) or a change (qualifies one)."""
    q: Quantity | None
    start: int
    end: int
    kind: str = "value"              # value | change
    direction: str | None = None
    percent: float | None = None
    times: float | None = None
    ratio: bool = False
    # value fields
    metric: str | None = None
    label: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    period: str | None = None
    period_explicit: bool = False
    baseline: Baseline | None = None
    change: Change | None = None
    from_of: int | None = None       # index of the item this one is the "lên Y" of
    is_from: bool = False
