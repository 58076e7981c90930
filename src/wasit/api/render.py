"""Helpers the pages and the API share: marked text, CSV, query strings, small SVG charts.

Nothing here produces HTML: marked text is a list of segments and charts are coordinates;
the Jinja templates (autoescaped) turn them into markup, so article text is always escaped.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

QUAD_COLOURS: dict[str, str] = {
    "verbal_coop": "#2f9e44",
    "material_coop": "#1971c2",
    "verbal_conflict": "#f08c00",
    "material_conflict": "#e03131",
}
SERIES_COLOURS = ("#1971c2", "#e03131", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#c2255c")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to mark: offsets, the CSS class and the hover title."""

    start: int
    end: int
    cls: str
    title: str = ""


@dataclass(slots=True)
class Segment:
    """A run of text between span boundaries, with the classes and titles of the spans over it."""

    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        """The CSS classes, space-separated."""
        return " ".join(self.classes)

    @property
    def title(self) -> str:
        """The hover titles, joined."""
        return "; ".join(t for t in self.titles if t)


def mark_text(text: str, spans: list[Span]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece carries the classes of the spans over it.

    Spans may overlap or nest; spans out of range are clipped, empty ones ignored.
    """
    n = len(text)
    spans = [
        Span(max(0, s.start), min(n, s.end), s.cls, s.title)
        for s in spans
        if min(n, s.end) > max(0, s.start)
    ]
    cuts = sorted({0, n, *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        over = [s for s in spans if s.start <= a and b <= s.end]
        seg = Segment(text[a:b], [s.cls for s in over], [s.title for s in over])
        if out and out[-1].classes == seg.classes and out[-1].titles == seg.titles:
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV with a header (the union of keys, in first-seen order)."""
    keys: list[str] = []
    for r in rows:
        keys.extend(k for k in r if k not in keys)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(keys)
    for r in rows:
        w.writerow([_cell(r.get(k)) for k in keys])
    return buf.getvalue()


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """`?a=1&b=2` from params with changes applied (None or '' removes a key)."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


@dataclass(slots=True)
class Chart:
    """An SVG chart's geometry: polylines with points, axis ticks and a legend."""

    width: int
    height: int
    series: list[dict[str, Any]]
    x_ticks: list[tuple[float, str, str]]  # (x, label, SVG text-anchor)
    y_ticks: list[tuple[float, str]]
    title: str = ""


def _day(s: str) -> date | None:
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def line_chart(series: list[dict[str, Any]], title: str = "", width: int = 640,
               height: int = 240) -> Chart:  # fmt: skip
    """Geometry for points over time: `series` items have `label` and `points` [{day, value}]."""
    left, right, top, bottom = 60, 16, 12, 28
    days = [d for s in series for p in s["points"] if (d := _day(p["day"])) is not None]
    values = [float(p["value"]) for s in series for p in s["points"]]
    if not days:
        return Chart(width, height, [], [], [], title)
    d0, d1 = min(days), max(days)
    span = max(1, (d1 - d0).days)
    vmax = max(values) or 1.0

    def x(d: date) -> float:
        return left + (width - left - right) * ((d - d0).days / span if d1 != d0 else 0.5)

    def y(v: float) -> float:
        return height - bottom - (height - top - bottom) * (v / vmax)

    out = []
    for i, s in enumerate(series):
        pts = []
        for p in sorted(s["points"], key=lambda p: p["day"]):
            d = _day(p["day"])
            if d is not None:
                pts.append({"x": round(x(d), 1), "y": round(y(float(p["value"])), 1), **p})
        out.append({
            "label": s["label"], "colour": SERIES_COLOURS[i % len(SERIES_COLOURS)], "points": pts,
            "path": " ".join(f"{p['x']},{p['y']}" for p in pts),
        })  # fmt: skip
    if d1 == d0:
        x_ticks = [(round(x(d0), 1), d0.isoformat(), "middle")]
    else:
        x_ticks = [(round(x(d0), 1), d0.isoformat(), "start"),
                   (round(x(d1), 1), d1.isoformat(), "end")]  # fmt: skip
    y_ticks = [(round(y(v), 1), f"{v:g}") for v in (0.0, vmax / 2, vmax)]
    return Chart(width, height, out, x_ticks, y_ticks, title)


def fill_weeks(weeks: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """(week, count) for every week from the first to the last, zero where none is listed.

    Weeks are labelled as SQLite's `strftime('%Y-W%W')` labels them (Monday-based).
    """
    def monday(label: str) -> date:
        return datetime.strptime(label + "-1", "%Y-W%W-%w").date()

    counts: dict[date, int] = {}
    for w in weeks:
        if w.get("week"):  # a week 00 may begin in December: it merges with that week
            day = monday(w["week"])
            counts[day] = counts.get(day, 0) + int(w["n"])
    if not counts:
        return []
    start, end = min(counts), max(counts)
    out = []
    while start <= end:
        out.append((start.strftime("%Y-W%W"), counts.get(start, 0)))
        start += timedelta(days=7)
    return out


def fill_months(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(YYYY-MM, count) for every month from the first to the last, zero where absent."""
    months = sorted(m for m in counts if len(m) == 7 and m[4] == "-")
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:])
    out = []
    while (label := f"{y:04d}-{m:02d}") <= months[-1]:
        out.append((label, counts.get(label, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def bar_chart(bars: list[tuple[str, int]], width: int = 640, height: int = 160) -> dict[str, Any]:
    """Geometry for a bar chart of (label, count): one bar per label, left to right."""
    if not bars:
        return {"width": width, "height": height, "bars": []}
    top, bottom = 8, 22
    vmax = max(n for _, n in bars) or 1
    step = min(width / len(bars), 48.0)  # a few bars stay bars, not blocks
    out = []
    for i, (label, n) in enumerate(bars):
        h = (height - top - bottom) * n / vmax
        out.append({"x": round(i * step + 1, 1), "w": round(max(1.0, step - 2), 1),
                    "y": round(height - bottom - h, 1), "h": round(h, 1), "label": label, "n": n})  # fmt: skip
    return {"width": width, "height": height, "bars": out}
