from __future__ import annotations

from pathlib import Path

import wasit
from wasit.runner import code_inputs

TEXT = "زر الذهاب إلى الأعلى\nاستقبل أمير قطر وزير الخارجية الأمريكي في الدوحة أمس، وبحث معه جهود الوساطة. وأكد الجانبان أهمية التهدئة."


def test_code_text_cleans_and_segments() -> None:
    doc = wasit.code_text(TEXT, pub_date="2024-01-09")
    assert doc.pub_date == "2024-01-09"
    assert doc.clean_text.startswith("استقبل")
    assert [r.reason for r in doc.removed] == ["navigation (back to top)"]
    assert [s.text for s in doc.sentences][-1] == "وأكد الجانبان أهمية التهدئة."


def test_open_reads_what_code_inputs_wrote(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code_inputs([tmp_path / "a.txt"], db=tmp_path / "w.db", workers=1, pub_date="2024-01-09")
    db = wasit.open(str(tmp_path / "w.db"))
    aid = db.find_article("a")
    assert aid is not None
    doc = db.load_doc(aid)
    assert (doc.doc_id, doc.pub_date, len(doc.sentences)) == ("a", "2024-01-09", 2)
    assert doc.removed[0].text == "زر الذهاب إلى الأعلى"
    db.close()
