"""A value stated both in prose and in a table is one figure (same metric, unit, period and value
within 0.5%): the first keeps its evidence and gains what the other adds."""

from __future__ import annotations

from storage.record import Figure

_TOLERANCE = 0.005


def _same_value(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b))


def _merge(into: Figure, other: Figure) -> None:
    if into.baseline is None and other.baseline is not None:
        into.baseline = other.baseline
    if other.change is not None:
        if into.change is None:
            into.change = other.change
        else:
            for f in ("direction", "percent", "times", "compared_with"):
                if getattr(into.change, f) is None and getattr(other.change, f) is not None:
                    setattr(into.change, f, getattr(other.change, f))
    into.approximate = into.approximate or other.approximate


def add_figure(figures: list[Figure], fig: Figure) -> None:
    for f in figures:
        if f.metric == fig.metric and f.unit == fig.unit and f.period == fig.period and _same_value(f.value, fig.value):
            _merge(f, fig)
            return
    figures.append(fig)
