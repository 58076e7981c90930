"""Error analysis: gold and predicted events of each document side by side.

Usage: python scripts/events_diff.py GOLD.jsonl PRED.jsonl [DOC_ID_PREFIX]
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _codes(side: list[Any]) -> str:
    return ",".join(x if isinstance(x, str) else x["code"] for x in side) or "-"


def _line(e: dict[str, Any]) -> str:
    med = f" med={_codes(e['mediator'])}" if e.get("mediator") else ""
    extra = f"  [{e.get('trigger')}] {e.get('rule') or ''}" if e.get("rule") else ""
    return (f"{e['type']:9} {e.get('mode') or '-':12} {_codes(e['actor']):18} → {_codes(e['recipient']):18}"
            f"{med} {e.get('status')} loc={e.get('location')} | {(e.get('quote') or '')[:90]}{extra}")


def _read(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return {d["doc_id"]: d for d in map(json.loads, f)}


def main(argv: list[str]) -> int:
    gold = _read(argv[0])
    pred = _read(argv[1])
    prefix = argv[2] if len(argv) > 2 else ""
    for doc_id, g in gold.items():
        if not doc_id.startswith(prefix):
            continue
        print(f"=== {doc_id}")
        for e in g["events"]:
            print("  G " + _line(e))
        for e in pred.get(doc_id, {}).get("events", []):
            print("  P " + _line(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
