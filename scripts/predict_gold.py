"""Code gold-set documents into gold-format JSONL for ../shared/tools/score.py.

Usage: PYTHONPATH=src python scripts/predict_gold.py DOCS.jsonl OUT.jsonl
DOCS lines carry doc_id, pub_date, title, text (as ../shared/data/gold/*.docs.jsonl).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wasit.doc import Doc
from wasit.pipeline import default_pipeline


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write(__doc__ or "")
        return 2
    pipe = default_pipeline()
    with Path(argv[0]).open(encoding="utf-8") as f, Path(argv[1]).open("w", encoding="utf-8") as out:
        for line in f:
            d = json.loads(line)
            doc = Doc(raw_text=d["text"], doc_id=d["doc_id"], title=d.get("title"), pub_date=d.get("pub_date"))
            doc = pipe(doc)
            out.write(json.dumps(doc.to_gold(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
