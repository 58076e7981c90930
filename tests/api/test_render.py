"""Marked text, CSV cells, query strings and chart geometry."""

from __future__ import annotations

import pytest

from wasit.api.render import (
    Span,
    bar_chart,
    fill_months,
    fill_weeks,
    line_chart,
    mark_text,
    query_string,
    to_csv,
)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [("أبجد هوز", [])]),
        ([Span(0, 4, "a")], [("أبجد", ["a"]), (" هوز", [])]),
        (
            [Span(0, 8, "s"), Span(5, 8, "t")],
            [("أبجد ", ["s"]), ("هوز", ["s", "t"])],
        ),
        ([Span(2, 6, "x"), Span(4, 8, "y")],
         [("أب", []), ("جد", ["x"]), (" ه", ["x", "y"]), ("وز", ["y"])]),
        ([Span(-3, 2, "clip"), Span(6, 99, "clip2"), Span(3, 3, "empty")],
         [("أب", ["clip"]), ("جد ه", []), ("وز", ["clip2"])]),
    ],
)  # fmt: skip
def test_mark_text(spans: list[Span], expected: list[tuple[str, list[str]]]) -> None:
    segs = mark_text("أبجد هوز", spans)
    assert [(s.text, s.classes) for s in segs] == expected
    assert "".join(s.text for s in segs) == "أبجد هوز"


def test_to_csv_flattens() -> None:
    out = to_csv([{"a": ["X", "Y"], "b": None}, {"a": [], "c": {"k": 1}}]).splitlines()
    assert out == ["a,b,c", "X;Y,,", ',,"{""k"": 1}"']


@pytest.mark.parametrize(
    ("params", "changes", "expected"),
    [
        ({}, {}, ""),
        ({"type": "AID"}, {"page": 2}, "?type=AID&page=2"),
        ({"type": "AID", "page": 3}, {"page": None}, "?type=AID"),
        ({"q": "قطر"}, {}, "?q=%D9%82%D8%B7%D8%B1"),
    ],
)
def test_query_string(params: dict[str, object], changes: dict[str, object], expected: str) -> None:
    assert query_string(params, **changes) == expected


def test_line_chart_geometry() -> None:
    ch = line_chart([
        {"label": "A", "points": [{"day": "2023-01-01", "value": 10}, {"day": "2023-01-11", "value": 5}]},
        {"label": "B", "points": [{"day": "2023-01-06", "value": 0}]},
    ], width=200, height=100)  # fmt: skip
    a, b = ch.series
    assert a["points"][0]["x"] < b["points"][0]["x"] < a["points"][1]["x"]
    assert a["points"][0]["y"] < a["points"][1]["y"] < b["points"][0]["y"]  # larger is higher
    assert [t[1] for t in ch.x_ticks] == ["2023-01-01", "2023-01-11"]
    assert line_chart([]).series == []


def test_bar_chart_scales_to_the_largest() -> None:
    bars = bar_chart([("w1", 2), ("w2", 4)], width=100, height=100)["bars"]
    assert bars[1]["h"] == pytest.approx(2 * bars[0]["h"])
    assert bars[0]["x"] < bars[1]["x"]


def test_fill_weeks_adds_empty_weeks() -> None:
    weeks = fill_weeks([{"week": "2023-W41", "n": 2}, {"week": "2023-W44", "n": 5}])
    assert weeks == [("2023-W41", 2), ("2023-W42", 0), ("2023-W43", 0), ("2023-W44", 5)]
    # 2023-01-01 is a Sunday: SQLite and Python call its week 2023-W00, the week of Monday
    # 2022-12-26 (2022-W52); the two labels are one week.
    across = fill_weeks([{"week": "2022-W52", "n": 1}, {"week": "2023-W00", "n": 2},
                         {"week": "2023-W01", "n": 4}])  # fmt: skip
    assert across == [("2022-W52", 3), ("2023-W01", 4)]
    assert fill_weeks([]) == []


def test_fill_months_across_a_year() -> None:
    assert fill_months({"2022-11": 1, "2023-02": 3}) == [
        ("2022-11", 1), ("2022-12", 0), ("2023-01", 0), ("2023-02", 3),
    ]  # fmt: skip
    assert fill_months({"2023": 2}) == []
