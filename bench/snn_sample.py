"""The SaudiNewsNet sample the stage benchmarks read (evaluation and benchmarks only: the
corpus is CC BY-NC-SA and is read in place from ../shared, never copied)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from wasit.doc import Doc
from wasit.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"


def prepared_docs(n: int, prep: Pipeline, corpus: Path = CORPUS) -> list[Doc]:
    """The first `n` articles of the corpus, each run once through `prep` (not timed)."""
    docs: list[Doc] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pub = (d.get("date_extracted") or "")[:10] or None
            docs.append(prep(Doc(raw_text=d["content"], doc_id=str(d["id"]), pub_date=pub)))
            if len(docs) >= n:
                break
    return docs
