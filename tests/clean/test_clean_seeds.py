"""The five seed pages: every boilerplate line goes and no line of the article body is lost.

The expected line numbers are this test's annotation of the seeds (which lines are the page
around the article); the rules themselves know nothing of these pages. Every gold event and
claim quote of the seeds must also survive cleaning.
"""

from __future__ import annotations

import json

import pytest

from shared_data import need_shared
from wasit.clean.boilerplate import BoilerplateCleaner
from wasit.doc import Doc

BOILERPLATE_LINES: dict[str, set[int]] = {
    "seed-01": {17},  # زر الذهاب إلى الأعلى
    "seed-02": {1, 3, 5} | set(range(49, 88, 2)),  # menu, search, label; comment form, related teasers
    "seed-03": {3, 4, 60, 61, 63, 65},  # byline, byline + reading time; share, comment form
    "seed-04": {29, 31, 33},  # source line, comment form
    "seed-05": {3, 36, 38, 40, 42, 44, 46},  # repeated title, link prompt, comments, most read, lists
}


@pytest.mark.shared
@pytest.mark.parametrize("doc_id", sorted(BOILERPLATE_LINES))
def test_seed_cleaning(doc_id: str) -> None:
    docs = {d["doc_id"]: d for d in map(json.loads, need_shared("data", "gold", "seeds.docs.jsonl").open(encoding="utf-8"))}
    gold = {g["doc_id"]: g for g in map(json.loads, need_shared("data", "gold", "seeds.gold.jsonl").open(encoding="utf-8"))}
    raw = need_shared("data", "corpus", "seeds", f"{doc_id}.txt").read_text(encoding="utf-8")
    assert raw == docs[doc_id]["text"]
    doc = BoilerplateCleaner()(Doc(raw_text=raw, doc_id=doc_id))
    removed = {raw.count("\n", 0, r.start) + 1 for r in doc.removed}
    assert removed == BOILERPLATE_LINES[doc_id]
    clean = " ".join(doc.clean_text.split())
    for item in gold[doc_id]["events"] + gold[doc_id]["claims"]:
        assert " ".join(item["quote"].split()) in clean, item["quote"]


@pytest.mark.shared
def test_dev_gold_quotes_survive_cleaning() -> None:
    """On the 38 dev documents (other outlets), no quote of a gold event or claim is lost."""
    docs = list(map(json.loads, need_shared("data", "gold", "dev.docs.jsonl").open(encoding="utf-8")))
    gold = {g["doc_id"]: g for g in map(json.loads, need_shared("data", "gold", "dev.gold.jsonl").open(encoding="utf-8"))}
    cleaner = BoilerplateCleaner()
    lost = []
    for d in docs:
        clean = " ".join(cleaner(Doc(raw_text=d["text"])).clean_text.split())
        g = gold.get(d["doc_id"], {})
        lost += [(d["doc_id"], x["quote"]) for x in g.get("events", []) + g.get("claims", []) if " ".join(x["quote"].split()) not in clean]
    assert lost == []
