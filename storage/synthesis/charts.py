"""Charts of the national synthesis (matplotlib, PNG): plan status, channels by number of
provinces, before/after for the main metrics, reports received by day against the deadline.
Vietnamese labels in DejaVu Sans (shipped with matplotlib, full Vietnamese coverage), sized
for an A4 page printed in black and white: large type, dark bars, values written on them."""

from __future__ import annotations

import io
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")  # no display: files only
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402
import pandas as pd  # noqa: E402

from storage.synthesis.data import label, labels, load  # noqa: E402
from storage.synthesis.tables import Synthesis  # noqa: E402
from storage.synthesis.text import vn_number, vn_period  # noqa: E402

WIDTH_IN = 6.3          # the text width of an A4 page with 2-3 cm margins
DPI = 200
DARK, LIGHT, ACCENT = "#1F3B5A", "#9DB3CC", "#B03A2E"
STYLE = {"font.family": "DejaVu Sans", "font.size": 9, "axes.titlesize": 10, "axes.titleweight": "bold",
         "axes.spines.top": False, "axes.spines.right": False, "svg.fonttype": "none",
         "pdf.fonttype": 42}


def _png(fig) -> bytes:
    buf = io.BytesIO()
    # Fixed metadata: the same synthesis gives the same bytes.
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _bar_labels(ax, bars, values, fmt=vn_number):
    for bar, value in zip(bars, values):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, " " + fmt(value), va="center", fontsize=8)


def plan_status_chart(s: Synthesis) -> bytes:
    summary = s["summary"]
    reported = summary[summary["reported"]]
    order = list(labels("plan_status"))
    counts = [int((reported["plan_status"] == k).sum()) for k in order]
    names = [label("plan_status", k) for k in order]
    names.append("Chưa gửi báo cáo")
    counts.append(int((~summary["reported"]).sum()))
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.4))
        colors = [DARK, LIGHT, ACCENT, "#BBBBBB", "#DDDDDD"]
        bars = ax.barh(names[::-1], counts[::-1], color=colors[::-1], edgecolor="black", linewidth=0.5)
        _bar_labels(ax, bars, counts[::-1])
        ax.set_xlabel("Số địa phương (trên 63)")
        ax.set_title("Tình hình xây dựng Kế hoạch/Chương trình")
        ax.set_xlim(0, max(counts + [1]) * 1.15)
    return _png(fig)


def channels_chart(s: Synthesis, top: int = 15) -> bytes:
    counts = s["channel_counts"]
    counts = counts[counts["provinces"] > 0].head(top)
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.28 * len(counts) + 1.0))
        names = [label("channel", c) for c in counts["channel"]][::-1]
        values = list(counts["provinces"])[::-1]
        bars = ax.barh(names, values, color=DARK)
        _bar_labels(ax, bars, values)
        ax.set_xlabel(f"Số địa phương sử dụng (trên {len(s.sources)} địa phương đã báo cáo)")
        ax.set_title("Kênh truyền thông được sử dụng nhiều nhất")
        ax.set_xlim(0, max(values + [1]) * 1.12)
    return _png(fig)


def _chart_settings() -> dict:
    return load("report")


def main_pairs(s: Synthesis) -> dict[str, pd.DataFrame]:
    """For each main metric (charts.yaml): one before/after pair per province (its yearly pair
    where it has one, else its latest), in the metric's main unit."""
    pairs = s["before_after"]
    out = {}
    for metric, spec in _chart_settings()["main_metrics"].items():
        rows = pairs[(pairs["metric"] == metric) & (pairs["unit"] == spec["unit"])].copy()
        if rows.empty:
            continue
        rows["yearly"] = rows["after_period"].astype(str).str.fullmatch(r"\d{4}")
        rows = rows.sort_values(["province", "yearly", "after_period"]).groupby("province", sort=False).tail(1)
        out[metric] = rows.sort_values("after_value", ascending=True)
    return out


def before_after_chart(s: Synthesis, metric: str, rows: pd.DataFrame, top: int = 12) -> bytes:
    """One main metric: before and after bars of the `top` provinces with the largest after value."""
    spec = _chart_settings()["main_metrics"][metric]
    scale = float(spec.get("scale", 1))
    rows = rows.tail(top)
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.34 * len(rows) + 1.1))
        names = [f"{p} ({vn_period(b, True)} → {vn_period(a, True)})" for p, b, a in zip(rows["province"], rows["before_period"], rows["after_period"])]
        y = list(range(len(rows)))
        before, after = rows["before_value"] / scale, rows["after_value"] / scale
        ax.barh([i + 0.2 for i in y], before, height=0.4, color=LIGHT, edgecolor="black", linewidth=0.4,
                label="Trước")
        bars = ax.barh([i - 0.2 for i in y], after, height=0.4, color=DARK, label="Sau")
        for bar, value, pct in zip(bars, after, rows["computed_change_percent"]):
            change = "" if pd.isna(pct) else f" ({'+' if pct >= 0 else ''}{vn_number(pct, 1)}%)"
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, " " + vn_number(value, 1) + change,
                    va="center", fontsize=8.5)
        ax.set_yticks(y, names, fontsize=9)
        ax.set_xlim(0, max(list(before) + list(after)) * 1.4)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: vn_number(v)))
        ax.set_xlabel(spec["unit_label"])
        more = f" ({top} địa phương lớn nhất)" if len(rows) >= top else ""
        ax.set_title(f"{label('metric', metric)}{more}", loc="left")
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    return _png(fig)


def received_by_day_chart(s: Synthesis) -> bytes:
    summary = s["summary"]
    dates = [d for d in summary.loc[summary["reported"], "report_date"] if isinstance(d, date)]
    deadline = s.letter.deadline
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.6))
        if dates:
            first, last = min(dates + [deadline]), max(dates + [deadline])
            days = [first + timedelta(n) for n in range((last - first).days + 1)]
            if len(days) > 45:  # a straggler months later: the tail as one bar, dated
                days = [d for d in days if d <= deadline + timedelta(14)] + sorted({d for d in dates
                                                                                    if d > deadline + timedelta(14)})
            counts = [sum(d == day for d in dates) for day in days]
            x = range(len(days))
            bars = ax.bar(x, counts, color=DARK)
            for bar, day in zip(bars, days):
                if not s.letter.on_time(day):  # hatched: still told apart on a grey print
                    bar.set(facecolor="white", edgecolor=ACCENT, hatch="////", linewidth=1)
            for bar, n in zip(bars, counts):
                if n:
                    ax.text(bar.get_x() + bar.get_width() / 2, n, str(n), ha="center", va="bottom", fontsize=8)
            ax.set_xticks(list(x), [f"{d:%d/%m}" for d in days], rotation=90, fontsize=7)
            cut = next((i for i, d in enumerate(days) if not s.letter.on_time(d)), len(days)) - 0.5
            ax.axvline(cut, color="black", linestyle="--", linewidth=1)
            ax.text(cut, max(counts) * 1.05 + 0.2, f" hạn {deadline:%d/%m/%Y}", fontsize=8, va="bottom")
            ax.set_ylim(0, max(counts) * 1.25 + 0.5)
        ax.set_ylabel("Số báo cáo")
        ax.set_title("Báo cáo theo ngày ký (cột đặc: đúng hạn; gạch chéo: sau hạn)")
    return _png(fig)


def all_charts(s: Synthesis) -> dict[str, bytes]:
    charts = {"received_by_day": received_by_day_chart(s), "plan_status": plan_status_chart(s),
              "channels": channels_chart(s)}
    for metric, rows in main_pairs(s).items():
        charts[f"before_after_{metric}"] = before_after_chart(s, metric, rows)
    return charts
