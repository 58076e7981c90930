"""Claim precision and recall on bench/heldout_claims.tsv (sentences written for wasit).

Each sentence runs through segment + timex + claims (no actor mentions: attribution is not
scored here). A claim is right when category, value (or range) and qualifier all agree.

Usage: PYTHONPATH=src python bench/claims_heldout.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wasit.ar.dates import TimexTagger
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Doc
from wasit.events.claims import ClaimExtractor

TABLE = Path(__file__).with_name("heldout_claims.tsv")


def main(argv: list[str]) -> int:
    tp = fp = fn = 0
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("text\t") or not line.strip():
            continue
        text, _, expected = line.partition("\t")
        doc = Doc(raw_text=text, clean_text=text)
        doc.layers.update({"clean_text", "mentions"})
        doc = ClaimExtractor()(TimexTagger()(SentenceSplitter()(doc)))
        got = set()
        for c in doc.claims:
            value = f"{c.range[0]}-{c.range[1]}" if c.range else str(c.value)
            got.add(f"{c.category}:{value}:{c.qualifier}")
        want = {x for x in expected.split(";") if x}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if "-v" in argv and got != want:
            print(f"{text}\n   want {sorted(want)}\n   got  {sorted(got)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"held-out claims: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
