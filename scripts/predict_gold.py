"""Code a DOCS file (doc_id, pub_date, title, text per line) with the default pipeline and
write the predictions in the gold format, to score with ../shared/tools/score.py or
`wasit eval GOLD --pred OUT`.

    PYTHONPATH=src python scripts/predict_gold.py ../shared/data/gold/dev.docs.jsonl dev.pred.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wasit.errors import WasitError
from wasit.evaluate.predict import predict_file, write_jsonl


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("docs", type=Path, help="DOCS JSON Lines file")
    ap.add_argument("out", type=Path, help="where to write the predictions")
    a = ap.parse_args()
    try:
        lines = predict_file(a.docs)
    except WasitError as e:
        print(str(e), file=sys.stderr)
        return 1
    write_jsonl(lines, a.out)
    print(f"{a.out}: {len(lines)} documents, {sum(len(x['events']) for x in lines)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
