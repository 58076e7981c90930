"""Print every quality figure of the default pipeline, and re-pin the quality gate.

    PYTHONPATH=src python bench/quality.py              # seeds/dev events and claims, OEDA
    PYTHONPATH=src python bench/quality.py --errors     # … with the misses and false alarms
    PYTHONPATH=src python bench/quality.py --pin        # write new floors to eval_baseline.json
    PYTHONPATH=src python bench/quality.py --pin --lower "why"   # allow a floor to go down

Figures: event P/R/F1 and by type, F1 with sectors, status/mode/date accuracy, mediator
recall/precision, name recall, claim F1 (seeds and dev gold); ASSAULT/PROTEST detection P/R/F1
on the dev half of the OEDA files; how long each took. Reads ../shared (or $WASIT_SHARED).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wasit.evaluate.quality import (  # noqa: E402 - after the path set-up above
    GATED,
    GateError,
    failures,
    gated,
    measure,
    pin,
    read_baseline,
)
from wasit.evaluate.report import (  # noqa: E402
    by_type_lines,
    error_lines,
    oeda_lines,
    summary_lines,
)

BASELINE = ROOT / "bench" / "eval_baseline.json"


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=None, help="the shared/ folder")
    ap.add_argument("--half", default="dev", help="OEDA half: dev, train or all")
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    ap.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    ap.add_argument("--pin", action="store_true", help=f"write new floors to {BASELINE.name}")
    ap.add_argument("--lower", metavar="REASON", help="with --pin: allow floors to go down")
    a = ap.parse_args()
    shared = a.shared or Path(os.environ.get("WASIT_SHARED", ROOT.parent / "shared"))
    if not (shared / "data" / "gold").is_dir():
        print(f"shared data not found under {shared} (use --shared or WASIT_SHARED)", file=sys.stderr)
        return 2
    if a.pin and a.half != "dev":
        print("--pin measures the OEDA dev half only", file=sys.stderr)
        return 2

    q = measure(shared, half=a.half)
    figures = gated(q)
    if a.json:
        full = {
            "gated": figures,
            **{name: scored.figures for name, scored in q.gold.items()},
            "oeda": {etype: res.figures for etype, res in q.oeda.items()},
            "oeda_half": a.half,
            "seconds": {k: round(v, 3) for k, v in q.seconds.items()},
        }
        print(json.dumps(full, ensure_ascii=False))
    else:
        for name, scored in q.gold.items():
            n, secs = q.sizes[name], q.seconds[name]
            print(f"== {name} gold ({n} documents, coded in {secs:.2f} s, {n / secs:.1f} docs/s)")
            for line in summary_lines(scored.figures) + by_type_lines(scored.figures):
                print(line)
            if a.errors:
                for line in error_lines(scored):
                    print(line)
            print()
        print(f"== OEDA sentence detection ({a.half} half)")
        for etype, res in q.oeda.items():
            key = f"oeda_{etype.lower()}"
            for line in oeda_lines(res, errors=a.errors):
                print(line)
            n, secs = q.sizes[key], q.seconds[key]
            print(f"  coded in {secs:.2f} s ({n / secs:.0f} sentences/s)")
        print()
        print("== gated figures")
        baseline = read_baseline(BASELINE) if BASELINE.exists() else {"floors": {}}
        for key, value in figures.items():
            floor = baseline["floors"].get(key)
            print(f"  {key:18s} {value:.4f}  floor {floor}  ({GATED[key]})")
        for msg in failures(figures, baseline["floors"]):
            print(f"  BELOW FLOOR: {msg}")
        print(f"  total time {sum(q.seconds.values()):.1f} s")

    if a.pin:
        baseline = read_baseline(BASELINE) if BASELINE.exists() else {"floors": {}}
        try:
            new, changes = pin(baseline, figures, a.lower, _commit())
        except GateError as e:
            print(str(e), file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps(new, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"pinned {BASELINE}:" if changes else f"{BASELINE}: floors unchanged")
        for c in changes:
            print(f"  {c}")
        if a.lower:
            print("Lowered floors: say why in the commit message too.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
