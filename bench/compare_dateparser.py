"""Compare wasit's date parser with `dateparser` on the expression table of the tests.

Reads tests/ar/expressions.tsv (written for wasit). For every date row both parsers get the
text and the publication date as the relative base; an answer is right when it agrees with
the expected value at the expected precision (a full date from dateparser is right for an
expected month if it falls in that month; intervals are compared by their start), when it
finds nothing for a row that holds no date, and when it gives no date for a relative
expression without a publication date. Number rows are scored for wasit only: dateparser
does not read counts («سبعة آلاف», «عشرات»).

Usage: PYTHONPATH=src python bench/compare_dateparser.py [-v] [--table FILE]
(bench/heldout_expressions.tsv holds expressions written after the parser, for a fairer check.)
Prints accuracy per parser, the rows where exactly one of them is right, and expressions per
second of each (the ratio is wasit / dateparser, measured in the same run).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import warnings
from pathlib import Path

from wasit.ar.dates import find_timexes
from wasit.ar.numbers import find_numbers

TABLE = Path(__file__).resolve().parents[1] / "tests" / "ar" / "expressions.tsv"


def load(table: Path = TABLE) -> list[tuple[str, str, str | None, str]]:
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("kind\t"):
            continue
        kind, text, pub, expected = line.split("\t")
        rows.append((kind, text, None if pub == "-" else pub, expected))
    return rows


def agrees(value: str | None, expected: str) -> bool:
    if expected == "none" or expected == "null":
        return value is None
    if value is None:
        return False
    return value.split("/")[0].startswith(expected.split("/")[0])


def wasit_date(text: str, pub: str | None) -> str | None:
    found = find_timexes(text, pub)
    return found[0].value if found else None


def dateparser_date(text: str, pub: str | None) -> str | None:
    from dateparser.search import search_dates

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if pub:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(pub)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ar"], settings=settings)  # type: ignore[arg-type]
    return found[0][1].date().isoformat() if found else None


def wasit_number(text: str, expected: str) -> bool:
    found = find_numbers(text)
    if expected == "none":
        return not found
    if not found:
        return False
    if "-" in expected:
        lo, hi = (int(x) for x in expected.split("-"))
        return found[0].range == (lo, hi)
    return found[0].value == int(expected)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    table = Path(argv[argv.index("--table") + 1]) if "--table" in argv else TABLE
    rows = load(table)
    print(f"table: {table}")
    dates = [r for r in rows if r[0] == "date"]
    numbers = [r for r in rows if r[0] == "number"]

    t0 = time.perf_counter()
    ours = [wasit_date(text, pub) for _k, text, pub, _e in dates]
    t_ours = time.perf_counter() - t0
    dateparser_date("اليوم", None)  # load its language data before timing
    t0 = time.perf_counter()
    theirs = [dateparser_date(text, pub) for _k, text, pub, _e in dates]
    t_theirs = time.perf_counter() - t0

    ok_ours = [agrees(v, r[3]) for v, r in zip(ours, dates, strict=True)]
    ok_theirs = [agrees(v, r[3]) for v, r in zip(theirs, dates, strict=True)]
    num_ok = [wasit_number(text, exp) for _k, text, _p, exp in numbers]

    n = len(dates)
    print(f"date rows: {n}")
    print(f"  wasit      right {sum(ok_ours):3d} ({sum(ok_ours) / n:.1%})  {n / t_ours:8.0f} expr/s")
    print(f"  dateparser right {sum(ok_theirs):3d} ({sum(ok_theirs) / n:.1%})  {n / t_theirs:8.0f} expr/s")
    print(f"  speed ratio wasit/dateparser: {t_theirs / t_ours:.1f}x")
    both = sum(a and b for a, b in zip(ok_ours, ok_theirs, strict=True))
    print(f"  both right {both}, only wasit {sum(ok_ours) - both}, only dateparser {sum(ok_theirs) - both}, neither {sum(not a and not b for a, b in zip(ok_ours, ok_theirs, strict=True))}")
    print(f"number rows: {len(numbers)} — wasit right {sum(num_ok)} ({sum(num_ok) / len(numbers):.1%}); dateparser reads no counts")
    if verbose:
        print("\nrows where only one parser is right (text | pub | expected | wasit | dateparser):")
        for (_k, text, pub, exp), a, b, va, vb in zip(dates, ok_ours, ok_theirs, ours, theirs, strict=True):
            if a != b:
                who = "wasit" if a else "dateparser"
                print(f"  [{who}] {text} | {pub or '-'} | {exp} | {va} | {vb}")
        print("\nrows where neither is right:")
        for (_k, text, pub, exp), a, b, va, vb in zip(dates, ok_ours, ok_theirs, ours, theirs, strict=True):
            if not a and not b:
                print(f"  {text} | {pub or '-'} | {exp} | {va} | {vb}")
        for (_k, text, _p, exp), ok in zip(numbers, num_ok, strict=True):
            if not ok:
                print(f"  number wrong: {text} | {exp}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
