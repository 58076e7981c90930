"""Code a fixed sample with the default pipeline and write every layer it produced, one JSON
line per document, so that two versions of the code can be compared with `cmp`/`diff`.

    PYTHONPATH=src python scripts/snapshot_outputs.py OUT.jsonl [--limit 500] [--shared ../shared]

The sample: the first N readable articles of SaudiNewsNet (read as `wasit code` reads them)
followed by the gold seed and dev documents. Each line holds `Doc.to_gold()` plus the cleaned
text, sentences, timexes and the full events/claims, so that a speed change that moves any
offset, code or value shows up. Used to prove that speed work leaves outputs unchanged.
Run it with a fixed PYTHONHASHSEED (e.g. 0): the status cue lookup of the event coder iterates a
set of strings, so with hash randomisation two runs can name a different cue in a rule.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from wasit.doc import Doc
from wasit.ingest import InputDoc, InputReader, Skipped, to_doc
from wasit.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]


def sample(shared: Path, limit: int) -> Iterator[Doc]:
    """The SaudiNewsNet sample and the gold documents, in a fixed order."""
    for n, item in enumerate(InputReader([shared / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"])):
        if n >= limit:
            break
        if isinstance(item, InputDoc):
            doc = to_doc(item)
            if not isinstance(doc, Skipped):
                yield doc
    for name in ("seeds", "dev"):
        with (shared / "data" / "gold" / f"{name}.docs.jsonl").open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield Doc(raw_text=d["text"], doc_id=d["doc_id"], title=d.get("title"), pub_date=d.get("pub_date"))


def snapshot(doc: Doc) -> dict[str, Any]:
    out: dict[str, Any] = dict(doc.to_gold())
    out["clean_text"] = doc.clean_text
    out["clean_map"] = doc.clean_map
    out["removed"] = [asdict(r) for r in doc.removed]
    out["sentences"] = [asdict(s) for s in doc.sentences]
    out["timexes"] = [asdict(t) for t in doc.timexes]
    out["events_full"] = [asdict(e) for e in doc.events]
    out["claims_full"] = [asdict(c) for c in doc.claims]
    out["layers"] = sorted(doc.layers)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    pipe = default_pipeline()
    with args.out.open("w", encoding="utf-8") as f:
        for doc in sample(args.shared, args.limit):
            doc = pipe(doc)
            f.write(json.dumps(snapshot(doc), ensure_ascii=False, sort_keys=True, default=str) + "\n")


if __name__ == "__main__":
    main()
